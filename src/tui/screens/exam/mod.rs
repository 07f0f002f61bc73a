//! The exam screens: the menu with history, a running exam (question, choices, timer, navigator,
//! goto and the review before submitting), and the results with the review of every question.
//!
//! The screen owns the exam in progress and the one just submitted; every change of answer, flag
//! or time is saved through the study session at once.

use crate::core::config::Lang;
use crate::core::exam::blueprint::Blueprint;
use crate::exam_run::{ExamResult, ExamRun, Mode, TickEvent, letter};
use crate::i18n::tr;
use crate::store::Attempt;
use crate::tui::action::{Action, ExamChoice};
use crate::tui::keys::{Scope, key_for};
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, clean, hints, panel};
use ratatui::Frame;
use ratatui::layout::Rect;

mod draw;

/// Which questions the results list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Filter {
    /// Every question.
    #[default]
    All,
    /// Wrong or unanswered.
    Wrong,
    /// Flagged.
    Flagged,
}

/// The scopes of the menu, a running exam (not the tab keys: the arrows move between questions,
/// and only Tab and Shift-Tab switch screens) and the results.
const MENU: &[Scope] = &[Scope::Global, Scope::Letters, Scope::Tabs, Scope::ExamMenu];
/// The menu asking whether to discard the unfinished exam: only yes, or Back to keep it.
const CONFIRM: &[Scope] = &[Scope::Global, Scope::Letters, Scope::ExamConfirm];
const RUN: &[Scope] = &[Scope::Global, Scope::Letters, Scope::ExamRun];
/// The question grid of a running exam: the arrows move in it.
const GRID: &[Scope] = &[Scope::Global, Scope::Letters, Scope::ExamGrid];
const RESULTS: &[Scope] = &[
    Scope::Global,
    Scope::Letters,
    Scope::Tabs,
    Scope::ExamResults,
];

/// The exam screens' state.
#[derive(Debug, Default)]
pub struct ExamScreen {
    /// The exam in progress.
    run: Option<ExamRun>,
    /// The exam just submitted, with its result.
    done: Option<(ExamRun, ExamResult)>,
    /// The unfinished exam that can be resumed: its attempt and what to say about it.
    resumable: Option<(i64, Resumable)>,
    /// Asking whether to discard the unfinished exam.
    pub confirm_discard: bool,
    /// The choice under the cursor (display index).
    pub cursor: usize,
    /// Showing the review before submitting.
    pub reviewing: bool,
    /// Typing a question number to jump to.
    pub goto: Option<String>,
    /// Results filter.
    pub filter: Filter,
    /// Selected row of the results list.
    pub selected: usize,
    /// The results show the selected question's review on the whole screen (summary hidden).
    pub review_full: bool,
    /// Rows of the selected question's review scrolled past.
    pub review_scroll: u16,
    /// Rows of the review as last drawn: what PgUp and PgDn move by.
    review_rows: u16,
    /// The attempt selected in the menu's history (an index into it; `None`: the newest).
    pub history_selected: Option<usize>,
    /// Where each choice was drawn: (first row, last row, display index), for mouse clicks.
    choice_rows: Vec<(u16, u16, usize)>,
    /// The question grid, when shown: the question under its cursor.
    pub grid: Option<usize>,
    /// The grid as drawn: its columns, and each cell (column, row, width, question) for clicks.
    grid_cols: usize,
    grid_cells: Vec<(u16, u16, u16, usize)>,
}

/// An unfinished exam as the menu tells of it.
#[derive(Debug, Clone)]
struct Resumable {
    mode: crate::exam_run::Mode,
    answered: usize,
    total: usize,
    /// Time left, when timed (ms).
    left: Option<i64>,
}

impl Resumable {
    /// The sentence about it in `lang`.
    fn text(&self, lang: Lang) -> String {
        let mode = crate::exam_run::mode_title(lang, &self.mode);
        match self.left {
            Some(l) => tr!(
                lang,
                "exam-resumable-left",
                mode = mode,
                answered = self.answered,
                total = self.total,
                left = crate::exam_run::clock(lang, l)
            ),
            None => tr!(
                lang,
                "exam-resumable",
                mode = mode,
                answered = self.answered,
                total = self.total
            ),
        }
    }
}

/// What the app passes to draw the exam screens.
pub struct ExamView<'a> {
    /// The exam in progress.
    pub run: Option<&'a ExamRun>,
    /// The exam just submitted, with its result.
    pub done: Option<(&'a ExamRun, &'a ExamResult)>,
    /// Submitted attempts, oldest first.
    pub history: &'a [Attempt],
    /// A sentence about an unfinished exam that can be resumed.
    pub resumable: Option<&'a str>,
    /// Asking whether to discard it.
    pub confirm_discard: bool,
    /// A message (warning, refusal, error).
    pub message: Option<&'a str>,
    /// The language to show questions in (where they have it; `t` switches).
    pub lang: Lang,
    /// The language of the screen's own words (the `language` setting).
    pub ui_lang: Lang,
}

impl ExamScreen {
    /// The question whose grid cell is drawn at `column`, `row`, if any.
    pub fn grid_cell_at(&self, column: u16, row: u16) -> Option<usize> {
        self.grid_cells
            .iter()
            .find(|&&(x, y, w, _)| row == y && (x..x + w).contains(&column))
            .map(|c| c.3)
    }

    /// The choice (display index) drawn on screen row `row`, if any.
    pub fn choice_at(&self, row: u16) -> Option<usize> {
        self.choice_rows
            .iter()
            .find(|(top, bottom, _)| (*top..=*bottom).contains(&row))
            .map(|(_, _, d)| *d)
    }

    /// Typing a question number in goto mode; true when the key was used.
    pub fn type_key(&mut self, key: &crossterm::event::KeyEvent) -> bool {
        use crossterm::event::{KeyCode, KeyEventKind};
        let Some(buf) = &mut self.goto else {
            return false;
        };
        if key.kind != KeyEventKind::Press {
            return false;
        }
        match key.code {
            KeyCode::Char(c) if c.is_ascii_digit() && buf.len() < 4 => buf.push(c),
            KeyCode::Backspace => {
                buf.pop();
            }
            _ => return false,
        }
        true
    }
}

impl ExamScreen {
    /// The exam in progress, if any.
    pub fn run(&self) -> Option<&ExamRun> {
        self.run.as_ref()
    }

    /// The exam just submitted and its result, if any.
    pub fn result(&self) -> Option<&ExamResult> {
        self.done.as_ref().map(|d| &d.1)
    }

    /// Looks for an unfinished exam to offer (none while one is running); true when there is one.
    pub fn has_unfinished(&mut self, ctx: &Ctx, now: i64) -> bool {
        self.resumable = None;
        self.confirm_discard = false;
        if self.run.is_some() {
            return false;
        }
        let Some(study) = &ctx.study else {
            return false;
        };
        if let Ok(Some(run)) = study.resume_exam(now) {
            let answered = run.questions.len() - run.unanswered().len();
            self.resumable = Some((
                run.attempt,
                Resumable {
                    mode: run.mode.clone(),
                    answered,
                    total: run.questions.len(),
                    left: run.remaining(),
                },
            ));
        }
        self.resumable.is_some()
    }

    /// Starts an exam, unless an unfinished one waits.
    pub fn start(&mut self, ctx: &mut Ctx, bp: Blueprint, mode: Mode, seed: u64, now: i64) {
        if self.resumable.is_some() {
            ctx.message = Some(tr!(
                ctx.ui_lang,
                "exam-unfinished-waits",
                resume = key_for(Action::ResumeExam, MENU).unwrap_or_default(),
                discard = key_for(Action::DiscardExam, MENU).unwrap_or_default()
            ));
            return;
        }
        let Some(study) = &mut ctx.study else { return };
        match study.start_exam_of(bp, mode, seed, now) {
            Ok(run) => {
                self.run = Some(run);
                self.reset_view();
                ctx.message = None;
            }
            Err(e) => ctx.show_error(
                &tr!(ctx.ui_lang, "exam-error-start"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            ),
        }
    }

    fn reset_view(&mut self) {
        self.cursor = 0;
        self.grid = None;
        self.reviewing = false;
        self.goto = None;
        self.filter = Filter::All;
        self.selected = 0;
        self.review_full = false;
        self.review_scroll = 0;
    }

    fn resume(&mut self, ctx: &mut Ctx, now: i64) {
        let Some(study) = &ctx.study else { return };
        match study.resume_exam(now) {
            Ok(Some(run)) => {
                self.run = Some(run);
                self.reset_view();
                self.resumable = None;
                self.confirm_discard = false;
                ctx.message = None;
            }
            Ok(None) => ctx.message = Some(tr!(ctx.ui_lang, "exam-no-unfinished")),
            Err(e) => ctx.show_error(
                &tr!(ctx.ui_lang, "exam-error-resume"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            ),
        }
    }

    /// Discards the unfinished exam offered on the menu (after the confirmation).
    fn discard(&mut self, ctx: &mut Ctx, now: i64) {
        self.confirm_discard = false;
        let (Some(study), Some((id, _))) = (&ctx.study, &self.resumable) else {
            return;
        };
        let id = *id;
        match study.discard_exam(id, now) {
            Ok(_) => {
                ctx.message = Some(tr!(ctx.ui_lang, "exam-discarded", id = id));
                self.has_unfinished(ctx, now);
            }
            Err(e) => ctx.show_error(
                &tr!(ctx.ui_lang, "exam-error-discard"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            ),
        }
    }

    /// Opens the full review of the attempt selected in the history (the results view); Back
    /// returns to the menu.
    fn open_attempt(&mut self, ctx: &mut Ctx) {
        if self.run.is_some() || self.done.is_some() {
            return;
        }
        let Some(last) = ctx.history.len().checked_sub(1) else {
            ctx.message = Some(tr!(ctx.ui_lang, "exam-nothing-to-review"));
            return;
        };
        let id = ctx.history[self.history_selected.unwrap_or(last).min(last)].id;
        let Some(study) = &ctx.study else { return };
        match study.exam_report(id) {
            Ok(Some((run, result, _))) if !run.questions.is_empty() => {
                ctx.message = (!run.missing.is_empty())
                    .then(|| tr!(ctx.ui_lang, "exam-some-missing", n = run.missing.len()));
                self.done = Some((run, result));
                self.reset_view();
            }
            Ok(_) => ctx.message = Some(tr!(ctx.ui_lang, "exam-all-missing", id = id)),
            Err(e) => ctx.show_error(
                &tr!(ctx.ui_lang, "exam-error-open"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            ),
        }
    }

    fn choose(&mut self, display: usize, ctx: &mut Ctx) {
        let Some(run) = &mut self.run else { return };
        match run.toggle(display) {
            Ok(()) => {
                ctx.message = None;
                self.cursor = display;
                let i = run.position;
                self.save_answer(i, ctx);
            }
            Err(e) => ctx.message = Some(e.text(ctx.ui_lang)),
        }
    }

    /// Strikes out the choice under the cursor, or restores it, and saves it.
    fn strike(&mut self, ctx: &mut Ctx) {
        let Some(run) = &mut self.run else { return };
        if let Err(e) = run.toggle_strike(self.cursor) {
            ctx.message = Some(e.text(ctx.ui_lang));
            return;
        }
        let i = run.position;
        if let Some(study) = &ctx.study
            && let Err(e) = study.save_exam_struck(run, i)
        {
            ctx.show_error(
                &tr!(ctx.ui_lang, "exam-error-strike"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            );
        }
    }

    fn save_answer(&mut self, i: usize, ctx: &mut Ctx) {
        let (Some(study), Some(run)) = (&ctx.study, &self.run) else {
            return;
        };
        if let Err(e) = study.save_exam_answer(run, i) {
            ctx.show_error(
                &tr!(ctx.ui_lang, "exam-error-answer"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            );
        }
    }

    /// Enter: jump to the number typed, submit from the review, or (practice) check the answer and
    /// then move on.
    fn confirm(&mut self, ctx: &mut Ctx, now: i64) {
        if let Some(buf) = self.goto.take() {
            let Some(run) = &mut self.run else { return };
            match buf.parse::<usize>() {
                Ok(n) if (1..=run.questions.len()).contains(&n) => {
                    self.move_to(n - 1, ctx);
                    self.reviewing = false;
                }
                _ => ctx.message = Some(tr!(ctx.ui_lang, "exam-no-such-question", n = buf)),
            }
            return;
        }
        if self.reviewing {
            self.submit(ctx, now);
            return;
        }
        let Some(run) = &mut self.run else { return };
        if run.mode.shows_answers() {
            let i = run.position;
            if run.checked[i] {
                if i + 1 < run.questions.len() {
                    self.move_to(i + 1, ctx);
                } else {
                    self.reviewing = true;
                }
            } else if run.selected[i].is_empty() {
                ctx.message = Some(tr!(ctx.ui_lang, "exam-choose-first"));
            } else {
                // Stored, so that a resumed practice shows this question checked and no other.
                run.checked[i] = true;
                self.save_answer(i, ctx);
            }
        }
    }

    /// Shows question `i` with the cursor on its first choice. A message was about the question
    /// left (a refusal such as "already checked"), so it goes.
    fn move_to(&mut self, i: usize, ctx: &mut Ctx) {
        let Some(run) = &mut self.run else { return };
        run.position = i;
        self.cursor = 0;
        ctx.message = None;
    }

    fn submit(&mut self, ctx: &mut Ctx, now: i64) {
        let (Some(study), Some(mut run)) = (&mut ctx.study, self.run.take()) else {
            return;
        };
        match study.submit_exam(&mut run, now) {
            Ok(result) => {
                self.done = Some((run, result));
                self.reset_view();
                ctx.message = None;
                ctx.refresh(now, false);
            }
            Err(e) => {
                self.run = Some(run);
                ctx.show_error(
                    &tr!(ctx.ui_lang, "exam-error-submit"),
                    crate::context::error_words(ctx.ui_lang, e.as_ref()),
                );
            }
        }
    }
}

impl Screen for ExamScreen {
    fn scopes(&self, _ctx: &Ctx) -> &'static [Scope] {
        if self.run.is_some() && self.grid.is_some() {
            GRID
        } else if self.run.is_some() {
            RUN
        } else if self.done.is_some() {
            RESULTS
        } else if self.confirm_discard {
            CONFIRM
        } else {
            MENU
        }
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[MENU, CONFIRM, RUN, GRID, RESULTS]
    }

    fn type_key(&mut self, key: &crossterm::event::KeyEvent, _ctx: &mut Ctx) -> bool {
        ExamScreen::type_key(self, key)
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx, now: i64) {
        if action == Action::ToggleKorean {
            ctx.lang = crate::tui::screens::drill::other_lang(ctx.lang);
            return;
        }
        let step = match action {
            Action::Up => Some(-1),
            Action::Down => Some(1),
            Action::PageUp => Some(-10),
            Action::PageDown => Some(10),
            Action::Top => Some(-1_000_000),
            Action::Bottom => Some(1_000_000),
            _ => None,
        };
        if let (Some(step), Some(at), Some(run)) = (step, self.grid, &self.run) {
            // The grid: Up and Down move a row, Left and Right (below) one question.
            let rows = step * self.grid_cols.max(1) as isize;
            let to = at as isize + rows;
            if (0..run.questions.len() as isize).contains(&to) {
                self.grid = Some(to as usize);
            }
            return;
        }
        if let (Some(step), None, Some(_)) = (step, &self.run, &self.done) {
            // The results: PgUp and PgDn scroll the selected question's review, the others
            // select a question (from its top).
            if matches!(action, Action::PageUp | Action::PageDown) {
                let page = self.review_rows.saturating_sub(1).max(1);
                self.review_scroll = if step < 0 {
                    self.review_scroll.saturating_sub(page)
                } else {
                    self.review_scroll.saturating_add(page)
                };
            } else {
                self.selected = (self.selected as isize + step).max(0) as usize;
                self.review_scroll = 0;
            }
            return;
        }
        if let Some(step) = step {
            if self.run.is_some() {
                self.cursor = (self.cursor as isize + step).max(0) as usize;
            } else if self.done.is_none() {
                let last = ctx.history.len().saturating_sub(1);
                let at = self.history_selected.unwrap_or(last).min(last);
                self.history_selected = Some((at as isize + step).clamp(0, last as isize) as usize);
            } else {
                self.selected = (self.selected as isize + step).max(0) as usize;
            }
            return;
        }
        match action {
            Action::StartExam(choice) => {
                let bp = crate::core::exam::blueprint::dva_c02();
                self.start(ctx, bp, choice.mode(), now as u64, now);
            }
            Action::ResumeExam => self.resume(ctx, now),
            Action::DiscardExam if self.resumable.is_some() => {
                self.confirm_discard = true;
                ctx.message = None;
            }
            Action::DiscardExam => ctx.message = Some(tr!(ctx.ui_lang, "exam-no-unfinished")),
            Action::Confirm if self.confirm_discard => self.discard(ctx, now),
            Action::OpenAttempt => self.open_attempt(ctx),
            Action::Choose(d) => self.choose(usize::from(d), ctx),
            Action::ToggleChoice => self.choose(self.cursor, ctx),
            Action::Strike => self.strike(ctx),
            Action::NextQuestion | Action::PrevQuestion if self.grid.is_some() => {
                let (Some(run), Some(at)) = (&self.run, self.grid) else {
                    return;
                };
                self.grid = Some(if action == Action::NextQuestion {
                    (at + 1).min(run.questions.len() - 1)
                } else {
                    at.saturating_sub(1)
                });
            }
            Action::Confirm if self.grid.is_some() => {
                if let Some(at) = self.grid.take() {
                    self.move_to(at, ctx);
                }
            }
            Action::QuestionGrid => {
                let Some(run) = &self.run else { return };
                self.grid = match self.grid {
                    Some(_) => None,
                    None => Some(run.position),
                };
                self.goto = None;
                self.reviewing = false;
            }
            Action::NextQuestion | Action::PrevQuestion => {
                let Some(run) = &self.run else { return };
                let to = if action == Action::NextQuestion {
                    (run.position + 1).min(run.questions.len() - 1)
                } else {
                    run.position.saturating_sub(1)
                };
                self.move_to(to, ctx);
            }
            Action::Flag => {
                let Some(run) = &mut self.run else { return };
                let i = run.position;
                run.flagged[i] = !run.flagged[i];
                self.save_answer(i, ctx);
            }
            Action::GoTo => self.goto = Some(String::new()),
            Action::Submit => {
                self.reviewing = true;
                self.goto = None;
            }
            Action::Confirm if self.run.is_none() && self.done.is_some() => {
                self.review_full = !self.review_full;
            }
            Action::Confirm => self.confirm(ctx, now),
            Action::FilterWrong | Action::FilterFlagged => {
                let want = if action == Action::FilterWrong {
                    Filter::Wrong
                } else {
                    Filter::Flagged
                };
                self.filter = if self.filter == want {
                    Filter::All
                } else {
                    want
                };
                self.selected = 0;
                self.review_scroll = 0;
            }
            _ => {}
        }
    }

    fn back(&mut self, ctx: &mut Ctx) -> bool {
        if self.confirm_discard {
            self.confirm_discard = false;
            return true;
        }
        if self.goto.take().is_some() || self.grid.take().is_some() {
            return true;
        }
        if self.done.is_some() && self.review_full {
            self.review_full = false;
            return true;
        }
        if self.reviewing {
            self.reviewing = false;
            return true;
        }
        if self.run.is_none() && self.done.take().is_some() {
            self.reset_view();
            ctx.message = None;
            return true;
        }
        false
    }

    fn enter(&mut self, ctx: &mut Ctx, now: i64) {
        // The exam clock runs only while the exam is on screen.
        if let Some(run) = &mut self.run {
            run.last_tick = Some(now);
        }
        self.has_unfinished(ctx, now);
    }

    fn leave(&mut self, _ctx: &mut Ctx, _now: i64) {
        if let Some(run) = &mut self.run {
            run.last_tick = None;
        }
    }

    fn tick(&mut self, ctx: &mut Ctx, now: i64) {
        let (Some(study), Some(run)) = (&mut ctx.study, &mut self.run) else {
            return;
        };
        // Time counts to the question only while it is on screen.
        let on_screen = (self.grid.is_none() && !self.reviewing).then_some(run.position);
        match study.exam_tick(run, on_screen, now) {
            Ok(Some(TickEvent::Warning(m))) => {
                ctx.message = Some(tr!(ctx.ui_lang, "exam-minutes-left", minutes = m));
            }
            Ok(Some(TickEvent::TimeUp)) => {
                self.submit(ctx, now);
                ctx.message = Some(tr!(ctx.ui_lang, "exam-time-up"));
            }
            Ok(None) => {}
            Err(e) => ctx.show_error(
                &tr!(ctx.ui_lang, "exam-error-time"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            ),
        }
    }

    fn click_at(&mut self, column: u16, row: u16, ctx: &mut Ctx, now: i64) {
        if self.run.is_none() || self.grid.is_none() {
            self.click(row, ctx, now);
            return;
        }
        if let Some(i) = self.grid_cell_at(column, row) {
            self.grid = None;
            self.move_to(i, ctx);
        }
    }

    fn click(&mut self, row: u16, ctx: &mut Ctx, _now: i64) {
        if self.run.is_some()
            && let Some(d) = self.choice_at(row)
        {
            self.choose(d, ctx);
        }
    }

    fn tabs_enabled(&self) -> bool {
        self.run.is_none()
    }

    /// On the results: the cards of the questions answered wrongly in that attempt.
    fn study_these(&self, _ctx: &Ctx) -> Option<crate::core::custom::Filter> {
        let (_, result) = self.done.as_ref().filter(|_| self.run.is_none())?;
        Some(crate::core::custom::Filter::MissedInExam(result.attempt))
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let run = self.run.take();
        let done = self.done.take();
        let resumable = self.resumable.as_ref().map(|r| r.1.text(ctx.ui_lang));
        let view = ExamView {
            run: run.as_ref(),
            done: done.as_ref().map(|(r, res)| (r, res)),
            history: &ctx.history,
            resumable: resumable.as_deref(),
            confirm_discard: self.confirm_discard,
            message: ctx.message.as_deref(),
            lang: ctx.lang,
            ui_lang: ctx.ui_lang,
        };
        self.draw(frame, area, &view, &ctx.theme);
        self.run = run;
        self.done = done;
    }
}

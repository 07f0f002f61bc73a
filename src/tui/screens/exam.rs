//! The exam screens: the menu with history, a running exam (question, choices, timer, navigator,
//! goto and the review before submitting), and the results with the review of every question.
//!
//! The screen owns the exam in progress and the one just submitted; every change of answer, flag
//! or time is saved through the study session at once.

use crate::core::exam::Tally;
use crate::core::exam::blueprint::Blueprint;
use crate::exam_run::{ExamResult, ExamRun, Mode, TickEvent, letter};
use crate::store::Attempt;
use crate::tui::action::{Action, ExamChoice};
use crate::tui::keys::{Scope, key_for};
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, clean, hints, panel};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

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
    /// The unfinished exam that can be resumed: its attempt and a sentence about it.
    resumable: Option<(i64, String)>,
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
    /// Where each choice was drawn: (first row, last row, display index), for mouse clicks.
    choice_rows: Vec<(u16, u16, usize)>,
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
}

use crate::display::clock;

fn bar(t: Tally, width: usize) -> String {
    let filled = ((t.percent() / 100.0) * width as f64).round() as usize;
    format!(
        "{}{}",
        "#".repeat(filled),
        ".".repeat(width - filled.min(width))
    )
}

impl ExamScreen {
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

    /// Draws whichever exam screen applies.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, view: &ExamView, theme: &Theme) {
        if let Some(run) = view.run {
            if self.reviewing {
                self.render_review(frame, area, run, view, theme);
            } else {
                self.render_run(frame, area, run, view, theme);
            }
        } else if let Some((run, result)) = view.done {
            self.render_results(frame, area, run, result, view, theme);
        } else {
            self.render_menu(frame, area, view, theme);
        }
    }

    fn render_menu(&self, frame: &mut Frame, area: Rect, view: &ExamView, theme: &Theme) {
        let mut lines = vec![Line::styled("Mock exams", theme.title), Line::raw("")];
        if let Some(r) = view.resumable {
            lines.push(Line::styled(clean(r), theme.bad));
            let key = |a: Action, scopes: &[Scope]| {
                Span::styled(
                    format!(" {} ", key_for(a, scopes).unwrap_or_default()),
                    theme.key,
                )
            };
            if view.confirm_discard {
                lines.push(Line::styled(
                    "Discard it? It is kept as discarded: never scored, counted or drilled.",
                    theme.title,
                ));
                lines.push(Line::from(vec![
                    key(Action::Confirm, CONFIRM),
                    Span::styled("discard it    ", theme.text),
                    key(Action::Back, CONFIRM),
                    Span::styled("keep it", theme.text),
                ]));
            } else {
                lines.push(Line::from(vec![
                    key(Action::ResumeExam, MENU),
                    Span::styled(
                        "continue it (time counts only while the exam is open)    ",
                        theme.text,
                    ),
                    key(Action::DiscardExam, MENU),
                    Span::styled("discard it", theme.text),
                ]));
            }
            lines.push(Line::raw(""));
        }
        for choice in ExamChoice::ALL {
            let text = match choice {
                ExamChoice::Full => {
                    "Full mock exam: 65 questions in 130 minutes, weighted like DVA-C02"
                }
                ExamChoice::Quick => "Quick: 10 questions, untimed",
                ExamChoice::Practice(crate::core::domain::Domain::Development) => {
                    "Practice: Development with AWS Services (answers after each question)"
                }
                ExamChoice::Practice(crate::core::domain::Domain::Security) => "Practice: Security",
                ExamChoice::Practice(crate::core::domain::Domain::Deployment) => {
                    "Practice: Deployment"
                }
                ExamChoice::Practice(crate::core::domain::Domain::Troubleshooting) => {
                    "Practice: Troubleshooting and Optimization"
                }
            };
            let k = key_for(Action::StartExam(choice), MENU).unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!(" {k} "), theme.key),
                Span::styled(text, theme.text),
            ]));
        }
        lines.push(Line::raw(""));
        if view.history.is_empty() {
            lines.push(Line::styled("No exam taken yet.", theme.dim));
        } else {
            lines.push(Line::styled(
                "History (newest last): date, mode, score, time",
                theme.title,
            ));
            for a in view.history.iter().rev().take(8).rev() {
                let date = crate::core::stats::day_date(a.started_at.div_euclid(86_400_000));
                let score = a.score.unwrap_or(0);
                let pct = if a.total > 0 {
                    score * 100 / a.total
                } else {
                    0
                };
                lines.push(Line::styled(
                    format!(
                        "#{:<4} {date}  {score:>3}/{:<3} ({pct:>3} %)  {}  {}, {} questions",
                        a.id,
                        a.total,
                        clock(a.elapsed_ms),
                        crate::exam_run::mode_title(&a.mode),
                        a.total
                    ),
                    theme.text,
                ));
            }
        }
        if let Some(m) = view.message {
            lines.push(Line::raw(""));
            lines.push(Line::styled(clean(m), theme.bad));
        }
        frame.render_widget(
            Paragraph::new(lines).block(Block::bordered().border_style(theme.border)),
            area,
        );
    }

    fn render_run(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        view: &ExamView,
        theme: &Theme,
    ) {
        let i = run.position;
        let q = &run.questions[i];
        let n = run.questions.len();
        // Every question number with its mark and a space: enough lines to show all of them, unless
        // the question needs the room (then one line around the current question).
        let nav_chars: usize = (1..=n).map(|j| j.to_string().len() + 2).sum();
        let full_nav = (nav_chars / usize::from(area.width.max(1)) + 1).min(6) as u16;
        let mut lines: Vec<Line> = clean(&crate::core::content::reflow(&q.stem))
            .lines()
            .map(|l| Line::styled(l.to_string(), theme.text))
            .collect();
        if q.choose > 1 && !q.stem.to_lowercase().contains("choose") {
            lines.push(Line::styled(format!("(Choose {}.)", q.choose), theme.text));
        }
        lines.push(Line::raw(""));
        self.cursor = self.cursor.min(run.order[i].len().saturating_sub(1));
        let checked = run.mode.shows_answers() && run.checked[i];
        let mut spans_of_choice: Vec<(usize, usize)> = Vec::new();
        for (d, &orig) in run.order[i].iter().enumerate() {
            let first_line = lines.len();
            let c = &q.choices[orig];
            let chosen = run.selected[i].contains(&orig);
            let mark = match (q.choose > 1, chosen) {
                (true, true) => "[x]",
                (true, false) => "[ ]",
                (false, true) => "(*)",
                (false, false) => "( )",
            };
            let style = if d == self.cursor {
                theme.highlight
            } else {
                theme.text
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} {}. ", letter(d)), style),
                Span::styled(clean(&c.text), style),
            ]));
            if checked {
                let verdict = if c.correct {
                    ("right", theme.good)
                } else {
                    ("wrong", theme.bad)
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("      {}: ", verdict.0), verdict.1),
                    Span::styled(clean(&c.why), theme.dim),
                ]));
            }
            spans_of_choice.push((first_line, lines.len()));
        }
        if checked {
            lines.push(Line::styled(
                format!("Source: {}", clean(&q.source)),
                theme.dim,
            ));
        }
        // Where each choice lands once wrapped, so that a click can choose it.
        let inner_width = area.width.saturating_sub(2);
        let heights: Vec<u16> = lines
            .iter()
            .map(|l| {
                Paragraph::new(l.clone())
                    .wrap(Wrap { trim: false })
                    .line_count(inner_width) as u16
            })
            .collect();
        let needed = heights.iter().sum::<u16>() + 2;
        let room = area.height.saturating_sub(2);
        let nav_lines = if needed + full_nav <= room {
            full_nav
        } else {
            room.saturating_sub(needed).clamp(1, full_nav)
        };
        let [status, body, nav, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(nav_lines),
            Constraint::Length(1),
        ])
        .areas(area);
        let inner = Block::bordered().inner(body);
        let time = match run.remaining() {
            Some(left) => format!("elapsed {}  left {}", clock(run.elapsed_ms), clock(left)),
            None => format!("elapsed {}  untimed", clock(run.elapsed_ms)),
        };
        let answered = n - run.unanswered().len();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("Question {} of {n}", i + 1), theme.title),
                Span::styled(format!("  |  {answered} answered  |  {time}"), theme.text),
                Span::styled(if run.flagged[i] { "  |  FLAGGED" } else { "" }, theme.bad),
            ])),
            status,
        );
        let top_of = |line: usize| inner.y + heights[..line].iter().sum::<u16>();
        self.choice_rows = spans_of_choice
            .iter()
            .enumerate()
            .map(|(d, &(a, b))| (top_of(a), top_of(b).saturating_sub(1), d))
            .filter(|&(top, _, _)| top < inner.y + inner.height)
            .collect();
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            body,
        );
        // The navigator: every question as answered (number), unanswered (.) or flagged (!); when
        // it is cut short, the questions from a few before the current one.
        let mut spans = Vec::new();
        let first = if nav_lines < full_nav {
            let fits = usize::from(nav_lines) * usize::from(area.width) / 4;
            i.saturating_sub(fits / 3)
                .min(n.saturating_sub(fits.max(1)))
        } else {
            0
        };
        for j in first..n {
            let s = if run.flagged[j] {
                format!("{}!", j + 1)
            } else if run.answered(j) {
                format!("{}", j + 1)
            } else {
                format!("{}.", j + 1)
            };
            let style = if j == i {
                theme.highlight
            } else if run.answered(j) {
                theme.dim
            } else {
                theme.text
            };
            spans.push(Span::styled(s, style));
            spans.push(Span::raw(" "));
        }
        frame.render_widget(
            Paragraph::new(Line::from(spans)).wrap(Wrap { trim: false }),
            nav,
        );
        let choose = Hint::Pair(Action::Choose(0), "-", Action::Choose(4), "choose");
        let move_ = Hint::Pair(Action::PrevQuestion, " ", Action::NextQuestion, "move");
        let hint_text = match &self.goto {
            Some(buf) => format!(
                "Go to question: {buf}_   ({})",
                hints(
                    &[Scope::Global, Scope::ExamRun],
                    &[
                        Hint::Key(Action::Confirm, "jumps,"),
                        Hint::Key(Action::Back, "cancels")
                    ]
                )
            ),
            None if run.mode.shows_answers() => hints(
                RUN,
                &[
                    choose,
                    Hint::Key(Action::ToggleChoice, "toggle"),
                    Hint::Key(Action::Confirm, "check/next"),
                    move_,
                    Hint::Key(Action::Flag, "flag"),
                    Hint::Key(Action::GoTo, "go to"),
                    Hint::Key(Action::Submit, "submit"),
                    Hint::Key(Action::Back, "pause"),
                ],
            ),
            None => hints(
                RUN,
                &[
                    choose,
                    Hint::Key(Action::ToggleChoice, "toggle"),
                    move_,
                    Hint::Key(Action::Flag, "flag"),
                    Hint::Key(Action::GoTo, "go to"),
                    Hint::Key(Action::Submit, "submit"),
                    Hint::Key(Action::Back, "pause"),
                    Hint::Key(Action::ToggleHelp, "keys"),
                ],
            ),
        };
        // A message (a refusal, a warning) takes the hint's line, so that it is always in sight.
        let bottom = match view.message {
            Some(m) => Line::styled(clean(m), theme.bad),
            None => Line::styled(hint_text, theme.dim),
        };
        frame.render_widget(Paragraph::new(bottom), hint);
    }

    fn render_review(
        &self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        view: &ExamView,
        theme: &Theme,
    ) {
        // A count, then the question numbers: "2 (questions 4, 9)".
        let list = |v: Vec<usize>| {
            if v.is_empty() {
                "0".to_string()
            } else {
                let numbers: Vec<String> = v.iter().map(|i| (i + 1).to_string()).collect();
                format!(
                    "{} ({} {})",
                    v.len(),
                    if v.len() == 1 {
                        "question"
                    } else {
                        "questions"
                    },
                    numbers.join(", ")
                )
            }
        };
        let mut lines = vec![
            Line::styled("Submit the exam?", theme.title),
            Line::raw(""),
            Line::styled(
                format!("Unanswered: {}", list(run.unanswered())),
                theme.text,
            ),
            Line::styled(format!("Flagged: {}", list(run.flagged_list())), theme.text),
        ];
        if let Some(left) = run.remaining() {
            lines.push(Line::styled(
                format!("Time left: {}", clock(left)),
                theme.text,
            ));
        }
        lines.push(Line::raw(""));
        let global = [Scope::Global];
        lines.push(Line::from(vec![
            Span::styled(
                format!(" {} ", key_for(Action::Confirm, RUN).unwrap_or_default()),
                theme.key,
            ),
            Span::styled("submit now    ", theme.text),
            Span::styled(
                format!(" {} ", key_for(Action::Back, &global).unwrap_or_default()),
                theme.key,
            ),
            Span::styled(
                format!(
                    "back to the questions ({} jumps to a number)",
                    key_for(Action::GoTo, RUN).unwrap_or_default()
                ),
                theme.text,
            ),
        ]));
        frame.render_widget(panel(lines, view.message, theme), area);
    }

    fn render_results(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        r: &ExamResult,
        view: &ExamView,
        theme: &Theme,
    ) {
        let [top, bottom] =
            Layout::vertical([Constraint::Length(13), Constraint::Min(4)]).areas(area);
        let t = r.score.overall;
        let mut lines = vec![
            Line::from(vec![
                Span::styled(
                    format!("Score {}/{} ({:.0} %)", t.correct, t.total, t.percent()),
                    theme.title,
                ),
                Span::styled(format!("   time used {}", clock(r.elapsed_ms)), theme.text),
            ]),
            Line::from(vec![
                Span::styled(
                    crate::exam_run::estimate_text(r.estimate.as_ref(), t.total, r.passing_score),
                    theme.text,
                ),
                match r.estimate {
                    Some(e) if e.passes => Span::styled(": likely pass", theme.good),
                    Some(_) => Span::styled(": below the pass mark", theme.bad),
                    None => Span::styled(".", theme.text),
                },
            ]),
            Line::styled(r.estimate_method, theme.dim),
        ];
        // What goes into the drill comes first: the bars below may be cut on a small terminal.
        if r.scheduled_cards > 0 {
            lines.push(Line::styled(
                format!(
                    "{} card(s) from questions answered wrongly are due in the drill now.",
                    r.scheduled_cards
                ),
                theme.text,
            ));
        }
        if !r.unanswered.is_empty() {
            lines.push(Line::styled(
                format!(
                    "Unanswered (not drilled): {} ({} {}).",
                    r.unanswered.len(),
                    if r.unanswered.len() == 1 {
                        "question"
                    } else {
                        "questions"
                    },
                    r.unanswered
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                theme.text,
            ));
        }
        for (d, tally) in &r.score.per_domain {
            lines.push(Line::styled(
                format!(
                    "{:<34} {} {:>3.0} % ({}/{})",
                    d.title(),
                    bar(*tally, 20),
                    tally.percent(),
                    tally.correct,
                    tally.total
                ),
                theme.text,
            ));
        }
        // Task statements as small bars, several to a line.
        let tasks: Vec<String> = r
            .score
            .per_task
            .iter()
            .map(|(code, t)| format!("{code} {} {:>3.0}%", bar(*t, 5), t.percent()))
            .collect();
        for chunk in tasks.chunks(4) {
            lines.push(Line::styled(
                format!("Tasks: {}", chunk.join("  ")),
                theme.text,
            ));
        }
        if !r.score.per_difficulty.is_empty() {
            let levels: Vec<String> = r
                .score
                .per_difficulty
                .iter()
                .map(|(d, t)| format!("{} {}/{} {:.0}%", d.key(), t.correct, t.total, t.percent()))
                .collect();
            lines.push(Line::styled(
                format!("By difficulty: {}", levels.join("  ")),
                theme.text,
            ));
        }
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), top);

        let shown: Vec<usize> = (0..run.questions.len())
            .filter(|&i| match self.filter {
                Filter::All => true,
                Filter::Wrong => !r.questions[i].1,
                Filter::Flagged => r.questions[i].2,
            })
            .collect();
        self.selected = self.selected.min(shown.len().saturating_sub(1));
        let mut lines = Vec::new();
        let title = match self.filter {
            Filter::All => "All questions",
            Filter::Wrong => "Wrong or unanswered questions",
            Filter::Flagged => "Flagged questions",
        };
        lines.push(Line::styled(
            format!(
                "{title} ({}): {}",
                shown.len(),
                hints(
                    RESULTS,
                    &[
                        Hint::Pair(Action::Up, "/", Action::Down, "select"),
                        Hint::Key(Action::FilterWrong, "wrong only"),
                        Hint::Key(Action::FilterFlagged, "flagged only"),
                        Hint::Key(Action::Back, "back"),
                    ]
                )
            ),
            theme.dim,
        ));
        if let Some(&i) = shown.get(self.selected) {
            let q = &run.questions[i];
            let ok = r.questions[i].1;
            lines.push(Line::from(vec![
                Span::styled(format!("Q{} ", i + 1), theme.title),
                if ok {
                    Span::styled("right", theme.good)
                } else {
                    Span::styled("wrong", theme.bad)
                },
                Span::styled(
                    format!("  {}  task {}  {}", q.service, q.task, q.id),
                    theme.dim,
                ),
            ]));
            lines.extend(
                clean(&crate::core::content::reflow(&q.stem))
                    .lines()
                    .map(|l| Line::styled(l.to_string(), theme.text)),
            );
            for (d, &orig) in run.order[i].iter().enumerate() {
                let c = &q.choices[orig];
                let yours = if run.selected[i].contains(&orig) {
                    "yours "
                } else {
                    "      "
                };
                let right = if c.correct { "correct" } else { "       " };
                lines.push(Line::styled(
                    format!("{yours}{right} {}. {}", letter(d), clean(&c.text)),
                    if c.correct { theme.good } else { theme.text },
                ));
                lines.push(Line::styled(format!("      {}", clean(&c.why)), theme.dim));
            }
            lines.push(Line::styled(
                format!("Source: {}", clean(&q.source)),
                theme.dim,
            ));
        }
        frame.render_widget(panel(lines, view.message, theme), bottom);
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
            let left = run
                .remaining()
                .map(|l| format!(", {} left", crate::display::clock(l)))
                .unwrap_or_default();
            self.resumable = Some((
                run.attempt,
                format!(
                    "An unfinished exam ({}): {answered} of {} answered{left}.",
                    crate::exam_run::mode_title(&run.mode.key()),
                    run.questions.len()
                ),
            ));
        }
        self.resumable.is_some()
    }

    /// Starts an exam, unless an unfinished one waits.
    pub fn start(&mut self, ctx: &mut Ctx, bp: Blueprint, mode: Mode, seed: u64, now: i64) {
        if self.resumable.is_some() {
            ctx.message = Some(format!(
                "An unfinished exam waits: press {} to continue it or {} to discard it.",
                key_for(Action::ResumeExam, MENU).unwrap_or_default(),
                key_for(Action::DiscardExam, MENU).unwrap_or_default()
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
            Err(e) => ctx.show_error("could not start the exam", format!("{e:#}")),
        }
    }

    fn reset_view(&mut self) {
        self.cursor = 0;
        self.reviewing = false;
        self.goto = None;
        self.filter = Filter::All;
        self.selected = 0;
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
            Ok(None) => ctx.message = Some("There is no unfinished exam.".into()),
            Err(e) => ctx.show_error("could not resume the exam", format!("{e:#}")),
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
                ctx.message = Some(format!(
                    "Exam #{id} discarded: it is not scored and counts nowhere."
                ));
                self.has_unfinished(ctx, now);
            }
            Err(e) => ctx.show_error("the exam was not discarded", format!("{e:#}")),
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
            Err(e) => ctx.message = Some(e.to_string()),
        }
    }

    fn save_answer(&mut self, i: usize, ctx: &mut Ctx) {
        let (Some(study), Some(run)) = (&ctx.study, &self.run) else {
            return;
        };
        if let Err(e) = study.save_exam_answer(run, i) {
            ctx.show_error("the answer was not saved", format!("{e:#}"));
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
                _ => ctx.message = Some(format!("There is no question {buf}.")),
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
                ctx.message = Some("Choose an answer first.".into());
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
                ctx.show_error("the exam was not submitted", format!("{e:#}"));
            }
        }
    }
}

impl Screen for ExamScreen {
    fn scopes(&self) -> &'static [Scope] {
        if self.run.is_some() {
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
        &[MENU, CONFIRM, RUN, RESULTS]
    }

    fn type_key(&mut self, key: &crossterm::event::KeyEvent, _ctx: &mut Ctx) -> bool {
        ExamScreen::type_key(self, key)
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx, now: i64) {
        let step = match action {
            Action::Up => Some(-1),
            Action::Down => Some(1),
            Action::PageUp => Some(-10),
            Action::PageDown => Some(10),
            Action::Top => Some(-1_000_000),
            Action::Bottom => Some(1_000_000),
            _ => None,
        };
        if let Some(step) = step {
            if self.run.is_some() {
                self.cursor = (self.cursor as isize + step).max(0) as usize;
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
            Action::DiscardExam => ctx.message = Some("There is no unfinished exam.".into()),
            Action::Confirm if self.confirm_discard => self.discard(ctx, now),
            Action::Choose(d) => self.choose(usize::from(d), ctx),
            Action::ToggleChoice => self.choose(self.cursor, ctx),
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
            }
            _ => {}
        }
    }

    fn back(&mut self, _ctx: &mut Ctx) -> bool {
        if self.confirm_discard {
            self.confirm_discard = false;
            return true;
        }
        if self.goto.take().is_some() {
            return true;
        }
        if self.reviewing {
            self.reviewing = false;
            return true;
        }
        if self.run.is_none() && self.done.take().is_some() {
            self.reset_view();
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
        match study.exam_tick(run, now) {
            Ok(Some(TickEvent::Warning(m))) => {
                ctx.message = Some(format!("{m} minutes left."));
            }
            Ok(Some(TickEvent::TimeUp)) => {
                self.submit(ctx, now);
                ctx.message = Some("Time is up: the exam was submitted.".into());
            }
            Ok(None) => {}
            Err(e) => ctx.show_error("could not save the exam time", format!("{e:#}")),
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

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let run = self.run.take();
        let done = self.done.take();
        let resumable = self.resumable.as_ref().map(|r| r.1.clone());
        let view = ExamView {
            run: run.as_ref(),
            done: done.as_ref().map(|(r, res)| (r, res)),
            history: &ctx.history,
            resumable: resumable.as_deref(),
            confirm_discard: self.confirm_discard,
            message: ctx.message.as_deref(),
        };
        self.draw(frame, area, &view, &ctx.theme);
        self.run = run;
        self.done = done;
    }
}

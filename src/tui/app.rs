//! The app model and its loop: draw, wait for one event, turn it into an action, update.
//!
//! `App::update` is the only place that changes the app. Screens render from `AppState` (and the
//! drill's `DrillView`) and keep only view state (selection, scroll, typed text). Store writes happen
//! through `Study` inside `update`, and are committed before the next frame acknowledges them.

use super::action::Action;
use super::keys::{self, Scope};
use super::screens::browse::{BrowseScreen, Detail};
use super::screens::calc::CalcScreen;
use super::screens::drill::{DrillScreen, DrillView};
use super::screens::exam::{ExamScreen, ExamView, Filter};
use super::screens::{help, home::HomeScreen};
use super::theme::Theme;
use crate::context::now_ms;
use crate::core::content::CardBody;
use crate::core::drill::grade_numeric;
use crate::core::scheduler::Rating;
use crate::core::scheduler::queue::DueCounts;
use crate::core::scheduler::readiness::Readiness;
use crate::exam_run::{ExamResult, ExamRun, Mode, TickEvent};
use crate::store::Attempt;
use crate::store::Summary;
use crate::study::Study;
use crossterm::event::{self, Event, KeyEvent};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Wrap};
use ratatui::{DefaultTerminal, Frame};
use std::time::Duration;

/// The smallest terminal the layout supports.
pub const MIN_WIDTH: u16 = 80;
/// The smallest terminal the layout supports.
pub const MIN_HEIGHT: u16 = 24;

/// One pack as Home lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct PackRow {
    /// Pack id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Number of cards.
    pub cards: usize,
    /// Number of questions.
    pub questions: usize,
    /// When its facts were checked.
    pub checked: String,
}

/// What the screens show, prepared by the shell from packs, store and config.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AppState {
    /// Loaded packs.
    pub packs: Vec<PackRow>,
    /// Counts from the store.
    pub summary: Summary,
    /// Where the store is.
    pub store_path: String,
    /// Problems the user should know about (packs that failed to load, orphaned history).
    pub notices: Vec<String>,
    /// Cards due now.
    pub due: DueCounts,
    /// Answers given today.
    pub done_today: u32,
    /// The exam-day prediction, when an exam date is set.
    pub readiness: Option<Readiness>,
    /// The last submitted mock exam: (correct, total, estimated scaled score).
    pub last_exam: Option<(i64, i64, u32)>,
    /// Study days in a row with answers.
    pub streak: usize,
}

/// The screens in the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Today at a glance.
    Home,
    /// The daily review.
    Drill,
    /// Mock exams.
    Exam,
    /// The calculators.
    Calc,
    /// Every card and question.
    Browse,
    /// Statistics.
    Stats,
    /// Settings.
    Settings,
}

impl Tab {
    /// The tabs, in order.
    pub const ALL: [Tab; 7] = [
        Tab::Home,
        Tab::Drill,
        Tab::Exam,
        Tab::Calc,
        Tab::Browse,
        Tab::Stats,
        Tab::Settings,
    ];

    fn title(self) -> &'static str {
        match self {
            Tab::Home => "Home",
            Tab::Drill => "Drill",
            Tab::Exam => "Exam",
            Tab::Calc => "Calculators",
            Tab::Browse => "Browse",
            Tab::Stats => "Stats",
            Tab::Settings => "Settings",
        }
    }
}

/// The app-state key of the calculators' last inputs.
const CALC_INPUTS_KEY: &str = "calc_inputs";

/// The whole app.
pub struct App {
    /// The data the screens show.
    pub state: AppState,
    study: Option<Study>,
    theme: Theme,
    tab: Tab,
    home: HomeScreen,
    drill: DrillScreen,
    message: Option<String>,
    shown_at: i64,
    instance: Option<crate::core::calc::drills::Instance>,
    exam: Option<ExamRun>,
    exam_done: Option<(ExamRun, ExamResult)>,
    exam_screen: ExamScreen,
    calc: CalcScreen,
    browse: BrowseScreen,
    stats: Option<crate::stats_report::StatsReport>,
    settings: super::screens::settings::SettingsScreen,
    config_path: Option<std::path::PathBuf>,
    history: Vec<Attempt>,
    resumable: Option<String>,
    help: bool,
    palette: Option<super::screens::palette::Palette>,
    running: bool,
}

impl App {
    /// A new app on Home, without a study session (for screens that only show `state`).
    pub fn new(state: AppState, theme: Theme) -> App {
        App {
            state,
            study: None,
            theme,
            tab: Tab::Home,
            home: HomeScreen::default(),
            drill: DrillScreen::default(),
            message: None,
            shown_at: 0,
            instance: None,
            exam: None,
            exam_done: None,
            exam_screen: ExamScreen::default(),
            calc: CalcScreen::default(),
            browse: BrowseScreen::default(),
            stats: None,
            settings: Default::default(),
            config_path: None,
            history: Vec::new(),
            resumable: None,
            help: false,
            palette: None,
            running: true,
        }
    }

    /// The key scopes that apply now.
    fn scopes(&self) -> &'static [Scope] {
        match self.tab {
            Tab::Home => &[Scope::Global, Scope::Tabs, Scope::List, Scope::Home],
            Tab::Drill => &[Scope::Global, Scope::Tabs, Scope::Drill],
            Tab::Exam if self.exam.is_some() => &[Scope::Global, Scope::ExamRun],
            Tab::Exam if self.exam_done.is_some() => {
                &[Scope::Global, Scope::Tabs, Scope::ExamResults]
            }
            Tab::Exam => &[Scope::Global, Scope::Tabs, Scope::ExamMenu],
            // The form takes Tab and every printable key; Esc leaves it.
            Tab::Calc => &[Scope::Global],
            Tab::Browse => &[Scope::Global, Scope::Browse],
            Tab::Stats => &[Scope::Global, Scope::Tabs],
            Tab::Settings if self.settings.editing.is_some() => &[Scope::Global, Scope::Settings],
            Tab::Settings => &[Scope::Global, Scope::Tabs, Scope::Settings],
        }
    }

    /// The exercise drawn for the generated card on screen, if any.
    pub fn instance(&self) -> Option<&crate::core::calc::drills::Instance> {
        self.instance.as_ref()
    }

    /// The exam in progress, if any.
    pub fn exam(&self) -> Option<&ExamRun> {
        self.exam.as_ref()
    }

    /// The exam just submitted and its result, if any.
    pub fn exam_result(&self) -> Option<&ExamResult> {
        self.exam_done.as_ref().map(|d| &d.1)
    }

    /// Starts an exam at once (for `awsdrill exam start`).
    pub fn start_exam(&mut self, mode: Mode, seed: u64, now: i64) {
        self.switch_to(Tab::Exam, now);
        if self.resumable.is_some() {
            self.message = Some("Finish the unfinished exam first: press r to continue it.".into());
            return;
        }
        let Some(study) = &mut self.study else { return };
        match study.start_exam(mode, seed, now) {
            Ok(run) => {
                self.exam = Some(run);
                self.exam_screen = ExamScreen::default();
            }
            Err(e) => self.show_error("could not start the exam", format!("{e:#}")),
        }
    }

    /// A new app on Home with a study session.
    pub fn with_study(state: AppState, theme: Theme, study: Study, now: i64) -> App {
        let mut app = App::new(state, theme);
        if let Ok(Some(saved)) = study.store().get_state(CALC_INPUTS_KEY) {
            app.calc.restore(&saved);
        }
        app.study = Some(study);
        app.refresh(now);
        // An exam left unfinished (the process was killed or the terminal closed) is offered first.
        if app.resumable.is_some() {
            app.switch_to(Tab::Exam, now);
        }
        app
    }

    /// Whether the loop should go on.
    pub fn running(&self) -> bool {
        self.running
    }

    /// Whether the help overlay is open.
    pub fn help_open(&self) -> bool {
        self.help
    }

    /// The screen shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The study session, if any.
    pub fn study(&self) -> Option<&Study> {
        self.study.as_ref()
    }

    /// Draws and handles events until the user quits. The clock is read here and nowhere else.
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> std::io::Result<()> {
        while self.running {
            self.tick(now_ms());
            terminal.draw(|frame| self.render(frame))?;
            // Wake once a second so that the timer and cards that come due are shown.
            if event::poll(Duration::from_secs(1))? {
                match event::read()? {
                    Event::Key(key) => self.on_key(&key, now_ms()),
                    Event::Mouse(m) => self.on_mouse(&m, now_ms()),
                    // A resize needs only the redraw at the top of the loop.
                    Event::Resize(..) => {}
                    _ => {}
                }
            }
        }
        Ok(())
    }

    /// Handles one key: text input of the screen first, then the key table.
    pub fn on_key(&mut self, key: &KeyEvent, now: i64) {
        if self.palette.is_some() {
            return self.palette_key(key, now);
        }
        if self.tab == Tab::Drill && !self.help {
            let card = self.study.as_ref().and_then(Study::current);
            if self.drill.type_key(card, key) {
                return;
            }
        }
        if self.tab == Tab::Exam && !self.help && self.exam_screen.type_key(key) {
            return;
        }
        if self.tab == Tab::Calc && !self.help && self.calc.handle_key(key) {
            return;
        }
        if self.tab == Tab::Browse && !self.help && self.browse.type_key(key) {
            return;
        }
        if self.tab == Tab::Settings && !self.help && self.settings.type_key(key) {
            return;
        }
        if let Some(action) = keys::lookup(key, self.scopes()) {
            self.update(action, now);
        }
    }

    /// Brings time-dependent state up to date: a learning card that came due is shown.
    pub fn tick(&mut self, now: i64) {
        if self.tab == Tab::Exam
            && let (Some(study), Some(run)) = (&mut self.study, &mut self.exam)
        {
            match study.exam_tick(run, now) {
                Ok(Some(TickEvent::Warning(m))) => {
                    self.message = Some(format!("{m} minutes left."));
                }
                Ok(Some(TickEvent::TimeUp)) => {
                    self.submit_exam(now);
                    self.message = Some("Time is up: the exam was submitted.".into());
                }
                Ok(None) => {}
                Err(e) => self.show_error("could not save the exam time", format!("{e:#}")),
            }
        }
        if self.tab == Tab::Drill && self.study.as_ref().is_some_and(|s| s.current().is_none()) {
            self.next_card(now);
        }
    }

    fn show_error(&mut self, what: &str, e: impl std::fmt::Display) {
        self.message = Some(format!("{what}: {e}"));
    }

    /// Recomputes what Home and the drill show from the study session.
    fn refresh(&mut self, now: i64) {
        let Some(study) = &self.study else { return };
        match study.queue(now) {
            Ok((_, due)) => self.state.due = due,
            Err(e) => return self.show_error("could not build today's queue", e),
        }
        match study.limits(now) {
            Ok(l) => self.state.done_today = l.new_done_today + l.reviews_done_today,
            Err(e) => return self.show_error("could not read today's reviews", e),
        }
        if let Ok(s) = study.store().summary() {
            self.state.summary = s;
        }
        self.state.readiness = study.readiness(now);
        if self.tab == Tab::Home {
            let cal = study.calendar();
            let today = cal.day(now);
            let first = today - 365;
            if let Ok(rows) = study.store().answers_since(cal.day_start(first)) {
                let days = crate::core::stats::per_day(&rows, cal, first, today);
                self.state.streak = crate::core::stats::streak(&days);
            }
        }
        self.history = study.store().attempt_history().unwrap_or_default();
        self.state.last_exam = self.history.last().map(|a| {
            let t = crate::core::exam::Tally {
                correct: a.score.unwrap_or(0).max(0) as usize,
                total: a.total.max(0) as usize,
            };
            let est =
                crate::core::exam::scaled_estimate(&crate::core::exam::blueprint::dva_c02(), t);
            (t.correct as i64, t.total as i64, est.mid)
        });
        self.resumable = None;
        if self.exam.is_none()
            && let Ok(Some(run)) = study.resume_exam(now)
        {
            let answered = run.questions.len() - run.unanswered().len();
            let left = run
                .remaining()
                .map(|l| format!(", {} left", super::screens::exam::clock(l)))
                .unwrap_or_default();
            self.resumable = Some(format!(
                "An unfinished {} exam: {answered} of {} answered{left}.",
                run.mode.key(),
                run.questions.len()
            ));
        }
    }

    /// Draws a fresh exercise when the card on screen is a generated drill.
    fn draw_instance(&mut self, now: i64) {
        use crate::core::calc::drills::generate;
        use rand::SeedableRng;
        self.instance = match self
            .study
            .as_ref()
            .and_then(Study::current)
            .map(|c| &c.body)
        {
            Some(CardBody::Generated { generator }) => {
                let mut rng = rand::rngs::StdRng::seed_from_u64(now as u64);
                Some(generate(*generator, &mut rng))
            }
            _ => None,
        };
    }

    fn next_card(&mut self, now: i64) {
        let Some(study) = &mut self.study else { return };
        let before = study.current().map(|c| c.id.clone());
        match study.next_card(now) {
            Ok(card) => {
                if card.map(|c| &c.id) != before.as_ref() {
                    self.drill.new_card();
                    self.shown_at = now;
                    self.draw_instance(now);
                }
            }
            Err(e) => self.show_error("could not pick the next card", e),
        }
        self.refresh(now);
    }

    /// Applies one action at time `now`.
    pub fn update(&mut self, action: Action, now: i64) {
        match action {
            Action::Quit => {
                self.save_calc_inputs();
                self.running = false;
            }
            Action::Back if self.help => self.help = false,
            Action::Back if self.tab == Tab::Settings && self.settings.editing.is_some() => {
                self.settings.editing = None;
                self.message = None;
            }
            Action::Back if self.tab == Tab::Exam && self.exam_screen.goto.is_some() => {
                self.exam_screen.goto = None;
            }
            Action::Back if self.tab == Tab::Exam && self.exam_screen.reviewing => {
                self.exam_screen.reviewing = false;
            }
            Action::Back if self.tab == Tab::Exam && self.exam_done.is_some() => {
                self.exam_done = None;
                self.exam_screen = ExamScreen::default();
            }
            Action::Back if self.tab != Tab::Home => self.switch_to(Tab::Home, now),
            Action::Back => {
                self.save_calc_inputs();
                self.running = false;
            }
            Action::ToggleHelp => self.help = !self.help,
            Action::Palette => {
                self.help = false;
                self.palette = Some(Default::default());
            }
            Action::NextTab | Action::PrevTab => {
                let n = Tab::ALL.len();
                let i = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
                let j = if action == Action::NextTab {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.switch_to(Tab::ALL[j], now);
            }
            Action::StartDrill => self.switch_to(Tab::Drill, now),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom => {
                let step = match action {
                    Action::Up => -1,
                    Action::Down => 1,
                    Action::PageUp => -10,
                    Action::PageDown => 10,
                    Action::Top => -1_000_000,
                    _ => 1_000_000,
                };
                match self.tab {
                    Tab::Home => self.home.navigate(action, self.state.packs.len()),
                    Tab::Exam if self.exam.is_some() => {
                        let s = &mut self.exam_screen;
                        s.cursor = (s.cursor as isize + step).max(0) as usize;
                    }
                    Tab::Exam => {
                        let s = &mut self.exam_screen;
                        s.selected = (s.selected as isize + step).max(0) as usize;
                    }
                    Tab::Browse => self.browse.move_by(step),
                    Tab::Settings => self.settings.move_by(step),
                    Tab::Drill | Tab::Calc | Tab::Stats => {}
                }
            }
            Action::Reveal => self.reveal(now),
            Action::Rate(r) if self.drill.revealed => self.rate(r, now),
            Action::Rate(_) => self.message = Some("Show the answer first (Space).".into()),
            Action::Undo => self.undo(now),
            Action::Suspend | Action::Bury | Action::Reset if self.tab == Tab::Browse => {
                self.browse_action(action, now)
            }
            Action::Suspend | Action::Bury => self.set_aside(action, now),
            Action::Reset => {}
            Action::ToggleKorean => self.drill.korean = !self.drill.korean,
            Action::OpenExams => self.switch_to(Tab::Exam, now),
            Action::OpenCalc => self.switch_to(Tab::Calc, now),
            Action::OpenBrowse => self.switch_to(Tab::Browse, now),
            Action::OpenStats => self.switch_to(Tab::Stats, now),
            Action::OpenSettings => self.switch_to(Tab::Settings, now),
            Action::Confirm if self.tab == Tab::Settings => self.confirm_setting(now),
            Action::OpenLink | Action::CopyLink => self.link_action(action),
            Action::CycleSort => self.browse.next_sort(),
            _ => self.update_exam(action, now),
        }
    }

    fn update_exam(&mut self, action: Action, now: i64) {
        match action {
            Action::StartExam(n) => {
                let mode = match n {
                    1 => Mode::Full,
                    2 => Mode::Quick,
                    3..=6 => Mode::Practice(crate::exam_run::Practice::domain(
                        crate::core::domain::Domain::ALL[usize::from(n - 3)],
                    )),
                    _ => return,
                };
                if self.resumable.is_some() {
                    self.message =
                        Some("Finish the unfinished exam first: press r to continue it.".into());
                    return;
                }
                let Some(study) = &mut self.study else { return };
                match study.start_exam(mode, now as u64, now) {
                    Ok(run) => {
                        self.exam = Some(run);
                        self.exam_screen = ExamScreen::default();
                        self.message = None;
                    }
                    Err(e) => self.show_error("could not start the exam", format!("{e:#}")),
                }
            }
            Action::ResumeExam => {
                let Some(study) = &self.study else { return };
                match study.resume_exam(now) {
                    Ok(Some(run)) => {
                        self.exam = Some(run);
                        self.exam_screen = ExamScreen::default();
                        self.resumable = None;
                        self.message = None;
                    }
                    Ok(None) => self.message = Some("There is no unfinished exam.".into()),
                    Err(e) => self.show_error("could not resume the exam", format!("{e:#}")),
                }
            }
            Action::Choose(d) => self.choose(usize::from(d)),
            Action::ToggleChoice => self.choose(self.exam_screen.cursor),
            Action::NextQuestion | Action::PrevQuestion => {
                let Some(run) = &mut self.exam else { return };
                let n = run.questions.len();
                run.position = if action == Action::NextQuestion {
                    (run.position + 1).min(n - 1)
                } else {
                    run.position.saturating_sub(1)
                };
                self.exam_screen.cursor = 0;
                self.message = None;
            }
            Action::Flag => {
                let Some(run) = &mut self.exam else { return };
                let i = run.position;
                run.flagged[i] = !run.flagged[i];
                self.save_exam_answer(i);
            }
            Action::GoTo => self.exam_screen.goto = Some(String::new()),
            Action::Submit => {
                self.exam_screen.reviewing = true;
                self.exam_screen.goto = None;
            }
            Action::Confirm => self.confirm(now),
            Action::FilterWrong | Action::FilterFlagged => {
                let want = if action == Action::FilterWrong {
                    Filter::Wrong
                } else {
                    Filter::Flagged
                };
                let s = &mut self.exam_screen;
                s.filter = if s.filter == want { Filter::All } else { want };
                s.selected = 0;
            }
            _ => {}
        }
    }

    fn choose(&mut self, display: usize) {
        let Some(run) = &mut self.exam else { return };
        match run.toggle(display) {
            Ok(()) => {
                self.message = None;
                self.exam_screen.cursor = display;
                let i = run.position;
                self.save_exam_answer(i);
            }
            Err(e) => self.message = Some(e),
        }
    }

    fn save_exam_answer(&mut self, i: usize) {
        let (Some(study), Some(run)) = (&self.study, &self.exam) else {
            return;
        };
        if let Err(e) = study.save_exam_answer(run, i) {
            self.show_error("the answer was not saved", format!("{e:#}"));
        }
    }

    fn confirm(&mut self, now: i64) {
        if let Some(buf) = self.exam_screen.goto.take() {
            let Some(run) = &mut self.exam else { return };
            match buf.parse::<usize>() {
                Ok(n) if (1..=run.questions.len()).contains(&n) => {
                    run.position = n - 1;
                    self.exam_screen.cursor = 0;
                    self.exam_screen.reviewing = false;
                }
                _ => self.message = Some(format!("There is no question {buf}.")),
            }
            return;
        }
        if self.exam_screen.reviewing {
            self.submit_exam(now);
            return;
        }
        let Some(run) = &mut self.exam else { return };
        if run.mode.shows_answers() {
            let i = run.position;
            if run.checked[i] {
                if i + 1 < run.questions.len() {
                    run.position += 1;
                    self.exam_screen.cursor = 0;
                } else {
                    self.exam_screen.reviewing = true;
                }
            } else if run.selected[i].is_empty() {
                self.message = Some("Choose an answer first.".into());
            } else {
                run.checked[i] = true;
            }
        }
    }

    fn submit_exam(&mut self, now: i64) {
        let (Some(study), Some(mut run)) = (&mut self.study, self.exam.take()) else {
            return;
        };
        match study.submit_exam(&mut run, now) {
            Ok(result) => {
                self.exam_done = Some((run, result));
                self.exam_screen = ExamScreen::default();
                self.message = None;
                self.refresh(now);
            }
            Err(e) => {
                self.exam = Some(run);
                self.show_error("the exam was not submitted", format!("{e:#}"));
            }
        }
    }

    fn browse_action(&mut self, action: Action, now: i64) {
        let Some(id) = self.browse.selected_id().map(str::to_string) else {
            return;
        };
        let Some(study) = &mut self.study else { return };
        if study.card(&id).is_none() {
            self.message = Some(format!(
                "{id} is an exam question, not a card: it has no schedule to change."
            ));
            return;
        }
        let done = match action {
            Action::Suspend => study.toggle_suspend(&id, now).map(|s| {
                if s {
                    format!("Suspended {id}.")
                } else {
                    format!("Unsuspended {id}.")
                }
            }),
            Action::Bury => study
                .bury(&id, now)
                .map(|_| format!("Buried {id} until tomorrow.")),
            _ => study
                .reset(&id, now)
                .map(|_| format!("{id} is new again; its history is kept.")),
        };
        match done {
            Ok(m) => {
                self.message = Some(m);
                let items = study.browse_items(now);
                self.browse.set_items(items);
            }
            Err(e) => self.show_error("could not save", format!("{e:#}")),
        }
    }

    /// The source link of the selected item (Browse) or the card on screen (Drill).
    fn current_link(&self) -> Option<String> {
        let study = self.study.as_ref()?;
        match self.tab {
            Tab::Browse => {
                let id = self.browse.selected_id()?;
                study
                    .card(id)
                    .map(|c| c.source.clone())
                    .or_else(|| study.question(id).map(|q| q.source.clone()))
            }
            _ => study.current().map(|c| c.source.clone()),
        }
    }

    fn link_action(&mut self, action: Action) {
        let Some(url) = self.current_link() else {
            return;
        };
        self.message = Some(if action == Action::CopyLink {
            super::clipboard::copy(&url)
        } else {
            super::clipboard::open(&url)
        });
    }

    /// The details of the item selected in Browse.
    fn browse_detail(&self) -> Option<Detail> {
        use crate::core::scheduler::{Phase, interval_label};
        let study = self.study.as_ref()?;
        let id = self.browse.selected_id()?;
        let mut text = Vec::new();
        let source;
        if let Some(c) = study.card(id) {
            source = c.source.clone();
            match &c.body {
                CardBody::Basic { front, back } => {
                    text.push(front.clone());
                    text.push(format!("-> {back}"));
                }
                CardBody::Cloze { text: t } => text.push(t.clone()),
                CardBody::Numeric {
                    front,
                    answer,
                    unit,
                    ..
                } => {
                    text.push(front.clone());
                    text.push(format!("-> {} {unit}", crate::core::drill::fmt(*answer)));
                }
                CardBody::Generated { generator } => text.push(format!(
                    "A generated drill ({}): a fresh exercise at each review.",
                    generator.key()
                )),
            }
        } else if let Some(q) = study.question(id) {
            source = q.source.clone();
            text.push(q.stem.clone());
            for (i, c) in q.choices.iter().enumerate() {
                text.push(format!(
                    "{}{}. {}",
                    if c.correct { "* " } else { "  " },
                    crate::exam_run::letter(i),
                    c.text
                ));
            }
        } else {
            return None;
        }
        let state = match study.state(id) {
            None => "New: never studied.".to_string(),
            Some(s) => {
                let phase = match s.phase {
                    Phase::New => "new",
                    Phase::Learning => "learning",
                    Phase::Review => "review",
                    Phase::Relearning => "relearning",
                };
                let memory = s
                    .memory
                    .map(|m| {
                        format!(
                            ", stability {:.1} days, difficulty {:.1}",
                            m.stability, m.difficulty
                        )
                    })
                    .unwrap_or_default();
                format!(
                    "State: {phase}{}{}, {} answers, {} lapses, due {}{memory}.",
                    if s.suspended { ", suspended" } else { "" },
                    if s.leech { ", leech" } else { "" },
                    s.reps,
                    s.lapses,
                    crate::core::stats::day_date(study.calendar().day(s.due))
                )
            }
        };
        let history = study
            .store()
            .item_history(id, 5)
            .unwrap_or_default()
            .into_iter()
            .map(|h| {
                format!(
                    "  {}  {}  next in {}",
                    crate::core::stats::day_date(study.calendar().day(h.at)),
                    crate::core::scheduler::Rating::from_number(h.rating)
                        .map_or("?", |r| r.label()),
                    interval_label((h.interval_days * 86_400_000.0) as i64)
                )
            })
            .collect();
        Some(Detail {
            text,
            state,
            history,
            source,
        })
    }

    /// Mouse: a click on the tab bar opens that screen; the wheel moves in lists and choices.
    pub fn on_mouse(&mut self, m: &crossterm::event::MouseEvent, now: i64) {
        use crossterm::event::{MouseButton, MouseEventKind};
        if self.palette.is_some() || self.help {
            return;
        }
        match m.kind {
            MouseEventKind::ScrollUp => self.update(Action::Up, now),
            MouseEventKind::ScrollDown => self.update(Action::Down, now),
            MouseEventKind::Down(MouseButton::Left) if m.row == 0 && self.exam.is_none() => {
                // The tab bar draws " Title " for each tab with one space between them.
                let mut x = 0u16;
                for t in Tab::ALL {
                    let w = t.title().len() as u16 + 2;
                    if m.column >= x && m.column < x + w {
                        self.switch_to(t, now);
                        return;
                    }
                    x += w + 1;
                }
            }
            _ => {}
        }
    }

    /// Keys while the palette is open: typing narrows, Up/Down choose, Enter runs, Esc closes.
    fn palette_key(&mut self, key: &KeyEvent, now: i64) {
        use crossterm::event::{KeyCode, KeyEventKind};
        if key.kind != KeyEventKind::Press {
            return;
        }
        let Some(p) = &mut self.palette else { return };
        match key.code {
            KeyCode::Esc => self.palette = None,
            KeyCode::Enter => {
                let chosen = p.chosen();
                self.palette = None;
                if let Some(a) = chosen {
                    self.update(a, now);
                }
            }
            KeyCode::Up => p.selected = p.selected.saturating_sub(1),
            KeyCode::Down => p.selected = (p.selected + 1).min(p.matches().len().saturating_sub(1)),
            KeyCode::Backspace => {
                p.query.pop();
                p.selected = 0;
            }
            KeyCode::Char(c) => {
                p.query.push(c);
                p.selected = 0;
            }
            _ => {}
        }
    }

    /// The id selected in Browse.
    pub fn browse_selected(&self) -> Option<&str> {
        self.browse.selected_id()
    }

    /// Whether the command palette is open.
    pub fn palette_open(&self) -> bool {
        self.palette.is_some()
    }

    /// Where settings are written (set by the shell; without it Settings only shows them).
    pub fn set_config_path(&mut self, path: std::path::PathBuf) {
        self.config_path = Some(path);
    }

    fn confirm_setting(&mut self, now: i64) {
        let Some(study) = &mut self.study else { return };
        let Some(typed) = self.settings.editing.clone() else {
            self.settings.start(study.config());
            self.message = None;
            return;
        };
        let Some(path) = &self.config_path else {
            self.message = Some("Settings cannot be saved here (no settings file).".into());
            return;
        };
        let key = self.settings.key();
        match crate::context::write_setting(path, key, &typed) {
            Ok(cfg) => {
                self.theme = Theme::new(cfg.theme, Theme::no_color_requested());
                match study.apply_config(cfg) {
                    Ok(()) => {
                        self.settings.editing = None;
                        self.message = Some(format!("Saved {key}."));
                        self.refresh(now);
                    }
                    Err(e) => self.show_error("saved, but could not apply", format!("{e:#}")),
                }
            }
            Err(e) => self.message = Some(format!("Not saved: {e:#}")),
        }
    }

    /// Remembers the calculators' inputs for the next start.
    fn save_calc_inputs(&mut self) {
        let Some(study) = &self.study else { return };
        if let Err(e) = study
            .store()
            .set_state(CALC_INPUTS_KEY, &self.calc.inputs())
        {
            self.show_error("could not save the calculator inputs", e);
        }
    }

    fn switch_to(&mut self, tab: Tab, now: i64) {
        if self.tab == Tab::Calc && tab != Tab::Calc {
            self.save_calc_inputs();
        }
        // The exam clock runs only while the exam is on screen.
        if let Some(run) = &mut self.exam {
            run.last_tick = (tab == Tab::Exam).then_some(now);
        }
        self.tab = tab;
        self.message = None;
        if tab == Tab::Drill {
            self.next_card(now);
        } else {
            self.refresh(now);
        }
        if tab == Tab::Browse
            && let Some(study) = &self.study
        {
            self.browse.set_items(study.browse_items(now));
        }
        if tab == Tab::Stats
            && let Some(study) = &self.study
        {
            match crate::stats_report::report(study, now) {
                Ok(r) => self.stats = Some(r),
                Err(e) => self.show_error("could not compute the stats", format!("{e:#}")),
            }
        }
    }

    fn reveal(&mut self, now: i64) {
        let Some(card) = self.study.as_ref().and_then(Study::current) else {
            return;
        };
        if self.drill.revealed {
            let suggested = match (&self.drill.grade, &self.drill.checked) {
                (Some(Ok(g)), _) => g.suggested,
                (_, Some(Ok(true))) => Rating::Good,
                (Some(Err(_)), _) | (_, Some(_)) => Rating::Again,
                _ => Rating::Good,
            };
            return self.rate(suggested, now);
        }
        if let (CardBody::Generated { .. }, Some(i)) = (&card.body, &self.instance) {
            if self.drill.input.trim().is_empty() {
                self.message = Some("Type your answer first, then Enter.".into());
                return;
            }
            self.drill.checked = Some(crate::core::calc::drills::check(
                &i.expected,
                &self.drill.input,
            ));
        }
        if let CardBody::Numeric {
            answer,
            unit,
            tolerance,
            ..
        } = &card.body
        {
            self.drill.grade = Some(if self.drill.input.trim().is_empty() {
                Err("No answer typed: rate how well you knew it.".to_string())
            } else {
                grade_numeric(&self.drill.input, *answer, unit, *tolerance)
                    .map_err(|e| e.to_string())
            });
        }
        self.drill.revealed = true;
        self.message = None;
    }

    fn rate(&mut self, rating: Rating, now: i64) {
        let Some(study) = &mut self.study else { return };
        match study.answer(rating, now, now - self.shown_at) {
            Ok(Some(note)) => {
                self.message = note.became_leech.then(|| {
                    format!(
                        "{} is now a leech ({} lapses): it was tagged and suspended. Rewrite or unsuspend it.",
                        note.item_id, note.lapses
                    )
                });
                self.next_card(now);
            }
            Ok(None) => {}
            // The answer was not saved: the card stays on screen, revealed, and can be rated again.
            Err(e) => self.show_error("the answer was not saved", format!("{e:#}")),
        }
    }

    fn undo(&mut self, now: i64) {
        let Some(study) = &mut self.study else { return };
        match study.undo(now) {
            Ok(Some(id)) => {
                self.drill.new_card();
                self.shown_at = now;
                self.draw_instance(now);
                self.message = Some(format!("Undid the answer to {id}."));
                self.refresh(now);
            }
            Ok(None) => self.message = Some("Nothing to undo in this session.".into()),
            Err(e) => self.show_error("undo failed", format!("{e:#}")),
        }
    }

    fn set_aside(&mut self, action: Action, now: i64) {
        let Some(study) = &mut self.study else { return };
        let result = if action == Action::Suspend {
            study.suspend_current(now)
        } else {
            study.bury_current(now)
        };
        match result {
            Ok(Some(id)) => {
                let what = if action == Action::Suspend {
                    "Suspended"
                } else {
                    "Buried until tomorrow:"
                };
                self.message = Some(format!("{what} {id}."));
                self.next_card(now);
            }
            Ok(None) => {}
            Err(e) => self.show_error("could not save", format!("{e:#}")),
        }
    }

    /// Draws the current screen, or a message when the terminal is too small.
    pub fn render(&mut self, frame: &mut Frame) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            render_too_small(frame, area, &self.theme);
            return;
        }
        let [tabs, body, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(area);
        let titles = Tab::ALL.iter().map(|t| t.title());
        let selected = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
        frame.render_widget(
            Tabs::new(titles)
                .select(selected)
                .style(self.theme.dim)
                .highlight_style(self.theme.highlight)
                .divider(" "),
            tabs,
        );
        match self.tab {
            Tab::Home => self.home.render(frame, body, &self.state, &self.theme),
            Tab::Drill => {
                let study = self.study.as_ref();
                let now = self.shown_at.max(0);
                let view = DrillView {
                    card: study.and_then(Study::current),
                    previews: study.and_then(|s| s.preview(now).ok().flatten()),
                    counts: self.state.due,
                    session: study.map(|s| s.stats).unwrap_or_default(),
                    next_due_in: study.and_then(|s| s.next_due_after(now)).map(|d| d - now),
                    readiness: self.state.readiness.as_ref(),
                    message: self.message.as_deref(),
                    instance: self.instance.as_ref(),
                };
                self.drill.render(frame, body, &view, &self.theme);
            }
            Tab::Exam => {
                let view = ExamView {
                    run: self.exam.as_ref(),
                    done: self.exam_done.as_ref().map(|(r, res)| (r, res)),
                    history: &self.history,
                    resumable: self.resumable.as_deref(),
                    message: self.message.as_deref(),
                };
                self.exam_screen.render(frame, body, &view, &self.theme);
            }
            Tab::Calc => self.calc.render(frame, body, &self.theme),
            Tab::Settings => {
                if let Some(study) = &self.study {
                    let path = self
                        .config_path
                        .as_ref()
                        .map_or("(not saved)".to_string(), |p| p.display().to_string());
                    self.settings.render(
                        frame,
                        body,
                        study.config(),
                        &path,
                        self.message.as_deref(),
                        &self.theme,
                    )
                }
            }
            Tab::Stats => match &self.stats {
                Some(r) => super::screens::stats::render(frame, body, r, &self.theme),
                None => frame.render_widget(
                    Paragraph::new(
                        self.message
                            .clone()
                            .unwrap_or_else(|| "No stats yet.".into()),
                    ),
                    body,
                ),
            },
            Tab::Browse => {
                let detail = self.browse_detail();
                self.browse.render(
                    frame,
                    body,
                    detail.as_ref(),
                    self.message.as_deref(),
                    &self.theme,
                );
            }
        }
        let hint = Line::from(vec![
            Span::styled("?", self.theme.key),
            Span::styled(" help  ", self.theme.dim),
            Span::styled(
                if matches!(self.tab, Tab::Calc | Tab::Browse) {
                    "Esc"
                } else {
                    "q"
                },
                self.theme.key,
            ),
            Span::styled(
                if self.tab == Tab::Home {
                    " quit"
                } else {
                    " back"
                },
                self.theme.dim,
            ),
        ]);
        frame.render_widget(Paragraph::new(hint), status);
        if self.help {
            help::render(frame, body, self.scopes(), &self.theme);
        }
        if let Some(p) = &self.palette {
            p.render(frame, body, &self.theme);
        }
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.bad),
        Line::raw(format!(
            "This window is {}x{}; awsdrill needs at least {MIN_WIDTH}x{MIN_HEIGHT}.",
            area.width, area.height
        )),
        Line::raw("Enlarge the window, or press q to quit."),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::config::ThemeName;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn state() -> AppState {
        AppState {
            packs: vec![
                PackRow {
                    id: "lambda".into(),
                    title: "AWS Lambda".into(),
                    cards: 40,
                    questions: 26,
                    checked: "2026-11-24".into(),
                },
                PackRow {
                    id: "s3".into(),
                    title: "Amazon S3".into(),
                    cards: 35,
                    questions: 24,
                    checked: "2026-11-24".into(),
                },
            ],
            summary: Summary::default(),
            store_path: "/home/user/.local/share/awsdrill/awsdrill.sqlite3".into(),
            notices: vec![],
            ..AppState::default()
        }
    }

    fn draw(app: &mut App, w: u16, h: u16) -> Terminal<TestBackend> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| app.render(f)).unwrap();
        t
    }

    #[test]
    fn home_on_first_run() {
        let mut app = App::new(state(), Theme::plain());
        insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
    }

    #[test]
    fn home_with_history_and_a_notice() {
        let mut s = state();
        s.summary = Summary {
            cards_with_state: 12,
            reviews: 30,
            exams: 1,
        };
        s.notices = vec!["1 pack file(s) have errors and were not loaded: my.toml".into()];
        let mut app = App::new(s, Theme::new(ThemeName::Dark, false));
        insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
    }

    #[test]
    fn help_overlay_lists_the_keys_of_the_table() {
        let mut app = App::new(state(), Theme::plain());
        app.update(Action::ToggleHelp, 0);
        let t = draw(&mut app, 80, 24);
        let text = format!("{:?}", t.backend());
        for b in keys::help_rows(app.scopes()) {
            assert!(text.contains(b.label), "help lacks {}", b.label);
            assert!(
                text.contains(b.action.description()),
                "help lacks {:?}",
                b.action
            );
        }
        insta::assert_snapshot!(t.backend());
        app.update(Action::Back, 0);
        assert!(!app.help_open());
        assert!(app.running(), "Esc closes help before it quits");
        app.update(Action::Back, 0);
        assert!(!app.running());
    }

    #[test]
    fn too_small_terminal_shows_a_message_not_garbage() {
        let mut app = App::new(state(), Theme::plain());
        insta::assert_snapshot!(draw(&mut app, 60, 12).backend());
        // The smallest size that is drawn in full.
        let t = draw(&mut app, MIN_WIDTH, MIN_HEIGHT);
        assert!(format!("{:?}", t.backend()).contains("Packs"));
    }

    #[test]
    fn pack_text_with_escape_sequences_is_drawn_escaped() {
        let mut s = state();
        s.packs[0].title = "Evil\u{1b}]0;pwned\u{7}\u{1b}[2J".into();
        let mut app = App::new(s, Theme::plain());
        let t = draw(&mut app, 80, 24);
        let cells: String = t
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|c| c.symbol())
            .collect();
        assert!(!cells.contains('\u{1b}') && !cells.contains('\u{7}'));
        assert!(cells.contains("Evil\\u{1b}]0;pwned"), "{cells}");
    }

    #[test]
    fn navigation_stays_inside_the_list() {
        let mut app = App::new(state(), Theme::plain());
        draw(&mut app, 80, 24);
        app.update(Action::Bottom, 0);
        app.update(Action::Down, 0);
        assert_eq!(app.home.selected(), Some(1));
        app.update(Action::PageUp, 0);
        assert_eq!(app.home.selected(), Some(0));
        app.update(Action::Up, 0);
        assert_eq!(app.home.selected(), Some(0));
    }
}

//! The app model and its loop: draw, wait for one event, turn it into an action, update.
//!
//! `App::update` is the only place that changes the app. Screens render from `AppState` (and the
//! drill's `DrillView`) and keep only view state (selection, scroll, typed text). Store writes happen
//! through `Study` inside `update`, and are committed before the next frame acknowledges them.

use super::action::Action;
use super::keys::{self, Scope};
use super::theme::Theme;
use crate::clock::now_ms;
use crate::core::browse::Library;
use crate::core::content::CardBody;
use crate::core::drill::grade_numeric;
use crate::core::scheduler::Rating;
use crate::core::scheduler::queue::DueCounts;
use crate::core::scheduler::readiness::Readiness;
use crate::exam_run::{ExamResult, ExamRun, Mode, TickEvent};
use crate::store::Attempt;
use crate::store::Summary;
use crate::study::Study;
use crate::tui::screens::browse::{BrowseScreen, Detail};
use crate::tui::screens::calc::CalcScreen;
use crate::tui::screens::drill::{DrillScreen, DrillView};
use crate::tui::screens::exam::{ExamScreen, ExamView, Filter};
use crate::tui::screens::{help, home::HomeScreen};
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
    settings: crate::tui::screens::settings::SettingsScreen,
    config_path: Option<std::path::PathBuf>,
    history: Vec<Attempt>,
    resumable: Option<String>,
    help: bool,
    palette: Option<crate::tui::screens::palette::Palette>,
    running: bool,
    /// The last frame showed "Terminal too small" instead of the screen: keys other than quit
    /// are ignored, since what they would change cannot be seen.
    too_small: bool,
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
            too_small: false,
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
        self.start_exam_of(crate::core::exam::blueprint::dva_c02(), mode, seed, now);
    }

    /// Starts an exam of another blueprint at once.
    pub fn start_exam_of(
        &mut self,
        bp: crate::core::exam::blueprint::Blueprint,
        mode: Mode,
        seed: u64,
        now: i64,
    ) {
        self.switch_to(Tab::Exam, now);
        if self.resumable.is_some() {
            self.message = Some("Finish the unfinished exam first: press r to continue it.".into());
            return;
        }
        let Some(study) = &mut self.study else { return };
        match study.start_exam_of(bp, mode, seed, now) {
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
            // A long Browse search goes on between frames, a few milliseconds at a time, and
            // gives way to every key.
            if self.browse.busy() && !event::poll(Duration::ZERO)? {
                let deadline = std::time::Instant::now() + Duration::from_millis(5);
                let lib = self.study.as_ref().map_or(Library::empty(), Study::library);
                self.browse.work(&lib, Some(deadline));
                continue;
            }
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
        if self.too_small {
            // The message offers q (Back, which leaves the app from here) and Ctrl-C quits;
            // resizing needs no key.
            if let Some(Action::Quit | Action::Back) = keys::lookup(key, &[Scope::Global]) {
                self.update(Action::Quit, now);
            }
            return;
        }
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
        if self.tab == Tab::Browse && !self.help {
            let lib = self.study.as_ref().map_or(Library::empty(), Study::library);
            if self.browse.type_key(key, &lib) {
                return;
            }
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
            let store = study.store();
            self.state.streak = crate::core::stats::streak(today, |d| {
                store
                    .answered_between(cal.day_start(d), cal.day_start(d + 1))
                    .unwrap_or(false)
            });
        }
        self.history = study.store().attempt_history().unwrap_or_default();
        self.state.last_exam = self.history.last().map(|a| {
            let (t, est) = crate::exam_run::attempt_score(a);
            (t.correct as i64, t.total as i64, est.mid)
        });
        self.resumable = None;
        if self.exam.is_none()
            && let Ok(Some(run)) = study.resume_exam(now)
        {
            let answered = run.questions.len() - run.unanswered().len();
            let left = run
                .remaining()
                .map(|l| format!(", {} left", crate::display::clock(l)))
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
            Action::CycleSort => {
                let lib = self.study.as_ref().map_or(Library::empty(), Study::library);
                self.browse.next_sort(&lib);
            }
            _ => self.update_exam(action, now),
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
            self.browse
                .set_items(study.browse_items(now), &study.library());
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
}

mod drill;
mod exam;
mod render;
#[cfg(test)]
mod tests;
mod tools;

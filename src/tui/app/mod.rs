//! The app: an event pump and a router. Each loop draws, waits for one event, turns a key into an
//! action with the key scopes of the screen on show, and applies it.
//!
//! `App::update` is the only place that changes the app: it keeps the actions that change screens
//! or open overlays (help, the palette) and hands every other action to the screen on show through
//! the `Screen` contract (`tui::screen`). Screens change their own state and the shared `Ctx`; store
//! writes happen through `Study` and are committed before the next frame acknowledges them.

use super::action::{Action, CustomStart};
use super::keys::{self, Scope};
pub use super::screen::{AppState, PackRow};
use super::screen::{Ctx, Screen};
use super::theme::Theme;
use crate::clock::now_ms;
use crate::exam_run::{ExamResult, ExamRun, Mode};
use crate::study::Study;
use crate::tui::screens::palette::Palette;
use crossterm::event::{self, Event, KeyEvent};
use ratatui::DefaultTerminal;
use std::time::Duration;

/// The smallest terminal the layout supports.
pub const MIN_WIDTH: u16 = 80;
/// The smallest terminal the layout supports.
pub const MIN_HEIGHT: u16 = 24;

/// The screens, in tab order: the tab, the field that holds the screen, its type and its English
/// title (the tab bar shows the catalog's `tab-<field>`, in `assets/i18n/*/app.ftl`).
/// Adding a screen is a file in `screens/` implementing `Screen`, one line here and its title in
/// each catalog.
macro_rules! screens {
    ($($tab:ident => $field:ident: $ty:ty, $title:literal;)*) => {
        /// The screens in the tab bar.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Tab {
            $(
                #[doc = $title]
                $tab,
            )*
        }

        impl Tab {
            /// The tabs, in order.
            pub const ALL: &'static [Tab] = &[$(Tab::$tab),*];

            /// Its title in the tab bar, in `lang`.
            pub fn title(self, lang: crate::core::config::Lang) -> String {
                crate::i18n::tr!(lang, self.title_key())
            }

            /// The catalog key of its title: `tab-` and the screen's field (`tab-home`).
            pub fn title_key(self) -> &'static str {
                match self {
                    $(Tab::$tab => concat!("tab-", stringify!($field)),)*
                }
            }
        }

        /// One of each screen.
        #[derive(Default)]
        struct Screens {
            $($field: $ty,)*
        }

        impl Screens {
            fn get(&self, tab: Tab) -> &dyn Screen {
                match tab {
                    $(Tab::$tab => &self.$field,)*
                }
            }

            fn get_mut(&mut self, tab: Tab) -> &mut dyn Screen {
                match tab {
                    $(Tab::$tab => &mut self.$field,)*
                }
            }
        }
    };
}

screens! {
    Home => home: crate::tui::screens::home::HomeScreen, "Home";
    Drill => drill: crate::tui::screens::drill::DrillScreen, "Drill";
    Exam => exam: crate::tui::screens::exam::ExamScreen, "Exam";
    Calc => calc: crate::tui::screens::calc::CalcScreen, "Calculators";
    Browse => browse: crate::tui::screens::browse::BrowseScreen, "Browse";
    Stats => stats: crate::tui::screens::stats::StatsScreen, "Stats";
    Settings => settings: crate::tui::screens::settings::SettingsScreen, "Settings";
    Iam => iam: crate::tui::screens::iam::IamScreen, "IAM";
}

/// The whole app.
pub struct App {
    ctx: Ctx,
    screens: Screens,
    tab: Tab,
    help: bool,
    palette: Option<Palette>,
    running: bool,
    /// The last frame showed "Terminal too small" instead of the screen: keys other than quit
    /// are ignored, since what they would change cannot be seen.
    too_small: bool,
    /// The day's backup: to start after the first frame, then running on its own thread.
    backup: Backup,
}

/// How the app ended (`run`).
pub enum Ended {
    /// The user quit; with why the day's backup failed, if it did (it was also told on Home).
    Quit(Option<String>),
    /// The store's start-up check, run while the app started, found the store damaged: the app
    /// closed without writing to it.
    Damaged(crate::store::StoreError),
}

/// Where the day's backup stands.
enum Backup {
    /// Nothing to do (screen tests, or done).
    None,
    /// To start after the first frame: the data's paths and the time.
    Pending(crate::paths::Paths, i64),
    /// Running.
    Running(std::thread::JoinHandle<anyhow::Result<Option<std::path::PathBuf>>>),
}

impl App {
    /// A new app on Home, without a study session (for screens that only show `state`).
    pub fn new(state: AppState, theme: Theme) -> App {
        App {
            ctx: Ctx::new(state, theme),
            screens: Screens::default(),
            tab: Tab::Home,
            help: false,
            palette: None,
            running: true,
            too_small: false,
            backup: Backup::None,
        }
    }

    /// Makes the day's backup once the first frame is on screen (`run`), without delaying a key;
    /// a failure is told on Home.
    pub fn back_up_after_first_frame(&mut self, paths: crate::paths::Paths, now: i64) {
        self.backup = Backup::Pending(paths, now);
    }

    /// Collects the backup's result when it has finished (`wait`: wait for it); a failure becomes
    /// a notice on Home and is returned.
    pub fn collect_backup(&mut self, wait: bool) -> Option<String> {
        let Backup::Running(handle) = &self.backup else {
            return None;
        };
        if !wait && !handle.is_finished() {
            return None;
        }
        let Backup::Running(handle) = std::mem::replace(&mut self.backup, Backup::None) else {
            return None;
        };
        let lang = self.ctx.ui_lang;
        let failed = match handle.join() {
            Ok(Ok(_)) => None,
            Ok(Err(e)) => Some(crate::context::error_words(lang, e.as_ref())),
            Err(_) => Some(crate::i18n::tr!(lang, "backup-stopped")),
        }
        .map(|error| crate::i18n::tr!(lang, "backup-failed", error = error));
        if let Some(m) = &failed {
            self.ctx.state.notices.push(m.clone());
        }
        failed
    }

    /// Loads the cards' text when the study session started without it (the app's first frame
    /// needs none); a failure is told on the message line.
    pub fn load_text(&mut self) {
        if let Some(study) = &mut self.ctx.study
            && let Err(e) = study.load_text()
        {
            let what = crate::i18n::tr!(self.ctx.ui_lang, "load-text-failed");
            self.ctx.show_error(&what, e);
        }
    }

    /// The store's start-up check (run in the background as the app opened): `None` while it
    /// runs (unless `wait`), its error when it found the store damaged.
    pub fn store_check(&self, wait: bool) -> Option<Result<(), crate::store::StoreError>> {
        match &self.ctx.study {
            Some(study) => study.store().start_check(wait),
            None => Some(Ok(())),
        }
    }

    /// A new app on Home with a study session. An exam left unfinished (the process was killed or
    /// the terminal closed) is offered first.
    pub fn with_study(state: AppState, theme: Theme, study: Study, now: i64) -> App {
        let mut app = App::new(state, theme);
        app.screens.calc.restore_from(&study);
        app.ctx.study = Some(study);
        app.ctx.refresh(now, true);
        if app.screens.exam.has_unfinished(&app.ctx, now) {
            app.switch_to(Tab::Exam, now);
        }
        app
    }

    /// The data the screens show.
    pub fn state(&self) -> &AppState {
        &self.ctx.state
    }

    /// The key scopes that apply now.
    pub fn scopes(&self) -> &'static [Scope] {
        self.screens.get(self.tab).scopes(&self.ctx)
    }

    /// Every set of key scopes any screen uses, in any of its modes.
    pub fn every_scope_set(&self) -> Vec<&'static [Scope]> {
        Tab::ALL
            .iter()
            .flat_map(|t| self.screens.get(*t).all_scopes().iter().copied())
            .collect()
    }

    /// The exercise drawn for the generated card on screen, if any.
    pub fn instance(&self) -> Option<&crate::core::calc::drills::Instance> {
        self.screens.drill.instance()
    }

    /// The exam in progress, if any.
    pub fn exam(&self) -> Option<&ExamRun> {
        self.screens.exam.run()
    }

    /// The exam just submitted and its result, if any.
    pub fn exam_result(&self) -> Option<&ExamResult> {
        self.screens.exam.result()
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
        self.screens.exam.start(&mut self.ctx, bp, mode, seed, now);
    }

    /// What the app would do with a key now, as `on_key` decides it, without doing it: the
    /// screen's text field (or the palette's query) takes it (`Some(None)`; the text is typed), the
    /// key table gives an action (`Some(Some(action))`, not applied), or nothing uses it (`None`).
    /// For the help tests.
    #[cfg(test)]
    pub(crate) fn key_use(&mut self, key: &KeyEvent) -> Option<Option<Action>> {
        if self.palette.is_some() {
            if keys::Takes::Text.matches(key) || keys::Takes::Backspace.matches(key) {
                self.palette_key(key, 0);
                return Some(None);
            }
            return keys::lookup(key, keys::PALETTE).map(Some);
        }
        if !self.help && self.screens.get_mut(self.tab).type_key(key, &mut self.ctx) {
            return Some(None);
        }
        keys::lookup(key, self.scopes()).map(Some)
    }

    /// The scopes help is generated from now (the palette's own while it is open).
    #[cfg(test)]
    pub(crate) fn help_scopes(&self) -> &'static [Scope] {
        if self.palette.is_some() {
            keys::PALETTE
        } else {
            self.scopes()
        }
    }

    /// Whether the screen on show has work to do between frames (a long search, a count).
    pub fn busy(&self) -> bool {
        self.screens.get(self.tab).busy()
    }

    /// Does some of that work, until `deadline` (the loop calls it when no key waits).
    pub fn work(&mut self, deadline: std::time::Instant) {
        self.screens.get_mut(self.tab).work(&self.ctx, deadline);
    }

    /// Whether the loop should go on.
    pub fn running(&self) -> bool {
        self.running
    }

    /// Whether the help overlay is open.
    pub fn help_open(&self) -> bool {
        self.help
    }

    /// Whether the command palette is open.
    pub fn palette_open(&self) -> bool {
        self.palette.is_some()
    }

    /// The screen shown.
    pub fn tab(&self) -> Tab {
        self.tab
    }

    /// The study session, if any.
    pub fn study(&self) -> Option<&Study> {
        self.ctx.study.as_ref()
    }

    /// The id selected in Browse.
    pub fn browse_selected(&self) -> Option<&str> {
        self.screens
            .browse
            .selected_id(&self.ctx.study.as_ref()?.library())
    }

    /// Where settings are written (set by the shell; without it Settings only shows them).
    pub fn set_config_path(&mut self, path: std::path::PathBuf) {
        self.ctx.config_path = Some(path);
    }

    /// Shows cards and questions in `lang` (where they have it).
    pub fn set_lang(&mut self, lang: crate::core::config::Lang) {
        self.ctx.lang = lang;
    }

    /// Shows the app's own words (screens, help, messages) in `lang`.
    pub fn set_ui_lang(&mut self, lang: crate::core::config::Lang) {
        self.ctx.ui_lang = lang;
    }

    /// Draws and handles events until the user quits, or the store's start-up check finds it
    /// damaged. The clock is read here and nowhere else.
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> std::io::Result<Ended> {
        let mut checking = true;
        while self.running {
            self.tick(now_ms());
            terminal.draw(|frame| self.render(frame))?;
            if let Some(ended) = self.after_frame(&mut checking) {
                return Ok(ended);
            }
            // A screen's long work (a Browse search) goes on between frames, a few milliseconds
            // at a time, and gives way to every key.
            if self.busy() && !event::poll(Duration::ZERO)? {
                self.work(std::time::Instant::now() + Duration::from_millis(5));
                continue;
            }
            // Wake once a second so that the timer and cards that come due are shown (and more
            // often while the start-up check runs, to close soon after it finds damage).
            let wake = if checking { 100 } else { 1000 };
            if event::poll(Duration::from_millis(wake))? {
                match event::read()? {
                    Event::Key(key) => self.on_key(&key, now_ms()),
                    Event::Mouse(m) => self.on_mouse(&m, now_ms()),
                    // A resize needs only the redraw at the top of the loop.
                    Event::Resize(..) => {}
                    _ => {}
                }
            }
        }
        // The next start (and `due`) read the card states from a snapshot written now.
        if let Some(study) = &self.ctx.study {
            study.store().refresh_state_snapshot();
        }
        // A backup still running when the user quits is waited for, not cut short.
        Ok(Ended::Quit(self.collect_backup(true)))
    }

    /// What follows every frame of `run`: the day's backup starts (after the first frame), the
    /// store's start-up check is looked at while it runs (`checking`, cleared once it passed), and
    /// the cards' text loads (after the first frame, before any key). Returns how the app ends
    /// when the check found the store damaged: closed, with nothing written, and the error that
    /// names the newest good backup (the same as a damaged store at start).
    pub fn after_frame(&mut self, checking: &mut bool) -> Option<Ended> {
        if let Backup::Pending(paths, now) = std::mem::replace(&mut self.backup, Backup::None) {
            self.backup = Backup::Running(crate::backup::daily_in_background(
                self.ctx.ui_lang,
                paths,
                now,
            ));
        }
        self.collect_backup(false);
        // The store's start-up check starts after the first frame (and runs on its own
        // thread); it is looked at after every frame until it has passed.
        if *checking {
            match self.store_check(false) {
                None => {}
                Some(Ok(())) => *checking = false,
                Some(Err(e)) => {
                    self.collect_backup(true);
                    return Some(Ended::Damaged(e));
                }
            }
        }
        // The first frame said only the first words of the catalog: the rest is read on a
        // thread meanwhile (`i18n::prepare`).
        crate::i18n::prepare_rest(self.ctx.ui_lang);
        // The first frame came from the packs' rosters: the cards' text comes now, before
        // any key is handled.
        self.load_text();
        None
    }

    /// Handles one key: the palette when it is open, else the screen (its text input, then the key
    /// table in its scopes); help open takes only the keys of every screen.
    pub fn on_key(&mut self, key: &KeyEvent, now: i64) {
        // No screen sees a session without its cards: `run` loads them after the first frame,
        // before it reads a key; a key given before that (a test, a caller of `on_key`) waits
        // for them here.
        self.load_text();
        if self.too_small {
            // The message offers q (Back, which leaves the app from here) and Ctrl-C quits;
            // resizing needs no key.
            let always = [Scope::Global, Scope::Letters];
            if let Some(Action::Quit | Action::Back) = keys::lookup(key, &always) {
                self.update(Action::Quit, now);
            }
            return;
        }
        if self.palette.is_some() {
            return self.palette_key(key, now);
        }
        let action = if self.help {
            keys::lookup(key, self.scopes())
        } else {
            self.screens
                .get_mut(self.tab)
                .handle_key(key, &mut self.ctx)
        };
        if let Some(action) = action {
            self.update(action, now);
        }
    }

    /// Brings time-dependent state of the screen on show up to date (the exam clock, a learning
    /// card that came due).
    pub fn tick(&mut self, now: i64) {
        self.screens.get_mut(self.tab).tick(&mut self.ctx, now);
    }

    /// Applies one action at time `now`.
    pub fn update(&mut self, action: Action, now: i64) {
        match action {
            Action::Quit => self.quit(now),
            Action::ToggleHelp => self.help = !self.help,
            Action::Back if self.help => self.help = false,
            Action::Back => {
                if !self.screens.get_mut(self.tab).back(&mut self.ctx) {
                    if self.tab == Tab::Home {
                        self.quit(now);
                    } else {
                        self.switch_to(Tab::Home, now);
                    }
                }
            }
            Action::Palette => {
                self.help = false;
                self.palette = Some(Palette::new(self.palette_actions(), self.ctx.ui_lang));
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
            Action::OpenExams => self.switch_to(Tab::Exam, now),
            Action::OpenCalc => self.switch_to(Tab::Calc, now),
            Action::OpenIam => self.switch_to(Tab::Iam, now),
            Action::OpenBrowse => self.switch_to(Tab::Browse, now),
            Action::OpenStats => self.switch_to(Tab::Stats, now),
            Action::OpenSettings => self.switch_to(Tab::Settings, now),
            Action::CustomStudy(start) => self.custom_study(start, now),
            Action::OpenLink | Action::CopyLink => {
                if let Some(url) = self.screens.get(self.tab).link(&self.ctx) {
                    self.ctx.message = Some(if action == Action::CopyLink {
                        crate::tui::clipboard::copy(&url)
                    } else {
                        crate::tui::clipboard::open(&url)
                    });
                }
            }
            other => self
                .screens
                .get_mut(self.tab)
                .update(other, &mut self.ctx, now),
        }
    }

    /// The actions the palette offers on this screen: those of its key scopes, and the ones that
    /// open another screen where the tab keys work.
    fn palette_actions(&self) -> Vec<(Action, String)> {
        let scopes = self.scopes();
        let mut rows: Vec<(Action, String)> = keys::help_rows(scopes)
            .into_iter()
            .filter(|r| r.action != Action::Palette)
            .map(|r| (r.action, r.label))
            .collect();
        if scopes.contains(&Scope::Tabs) {
            for r in keys::help_rows(&[Scope::Home]) {
                if is_navigation(r.action) && !rows.iter().any(|(a, _)| *a == r.action) {
                    rows.push((r.action, r.label));
                }
            }
            // Custom study of the leeches or the last exam's misses: found by name, no key.
            for start in [CustomStart::Leeches, CustomStart::MissedLastExam] {
                rows.push((Action::CustomStudy(start), String::new()));
            }
        }
        rows
    }

    /// Custom study: asks for the cards on the drill screen, or starts at once with the leeches,
    /// the last exam's misses or the cards the screen on show lists.
    fn custom_study(&mut self, start: CustomStart, now: i64) {
        use crate::core::custom::Filter;
        let filter = match start {
            CustomStart::Choose => {
                self.switch_to(Tab::Drill, now);
                self.screens.drill.open_prompt(&mut self.ctx, now);
                return;
            }
            CustomStart::Leeches => Filter::Leeches,
            CustomStart::MissedLastExam => Filter::MissedLastExam,
            CustomStart::These => match self.screens.get(self.tab).study_these(&self.ctx) {
                Some(f) => f,
                None => return,
            },
        };
        self.start_custom(filter, now);
    }

    /// Starts a custom session of `filter` and shows it (for `awsdrill study` too); with no card,
    /// the screen on show says so.
    pub fn start_custom(&mut self, filter: crate::core::custom::Filter, now: i64) {
        if crate::tui::screens::drill::start_custom(&mut self.ctx, filter, now) {
            let message = self.ctx.message.take();
            self.switch_to(Tab::Drill, now);
            self.ctx.message = message;
        }
    }

    fn quit(&mut self, now: i64) {
        self.screens.get_mut(self.tab).leave(&mut self.ctx, now);
        self.running = false;
    }

    fn switch_to(&mut self, tab: Tab, now: i64) {
        if tab != self.tab {
            self.screens.get_mut(self.tab).leave(&mut self.ctx, now);
        }
        self.tab = tab;
        self.ctx.message = None;
        self.ctx.refresh(now, tab == Tab::Home);
        self.screens.get_mut(tab).enter(&mut self.ctx, now);
    }
}

/// Actions that only open a screen.
fn is_navigation(action: Action) -> bool {
    matches!(
        action,
        Action::StartDrill
            | Action::OpenExams
            | Action::OpenCalc
            | Action::OpenIam
            | Action::OpenBrowse
            | Action::OpenStats
            | Action::OpenSettings
            | Action::CustomStudy(CustomStart::Choose)
            | Action::NextTab
            | Action::PrevTab
    )
}

mod input;
mod render;
#[cfg(test)]
mod tests;

//! The contract every screen keeps (after ratatui's component template), and `Ctx`, what the
//! screens share: the study session, the numbers Home shows, the theme and the message line.
//!
//! A screen owns its view state and the state only it uses (the exam run, the Browse query). The
//! app is an event pump and a router: it turns keys into actions with the screen's key scopes,
//! handles the actions that change screens or open overlays, and hands every other action to the
//! screen on show. Adding a screen is a file in `screens/` that implements `Screen`, plus one line
//! in the `screens!` list of `app/mod.rs`.

use super::action::Action;
use super::keys::{self, Scope};
use super::theme::Theme;
use crate::core::browse::Library;
use crate::store::Attempt;
use crate::study::Study;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::core::scheduler::readiness::Readiness;
use crate::core::stats::Counts;
use crate::store::Summary;

/// One pack as Home lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct PackRow {
    /// Pack id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Number of cards.
    pub cards: usize,
    /// Number of generated drills.
    pub generators: usize,
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
    /// Every count of cards and answers (`Study::counts`): Home, the drill and Stats show these.
    pub counts: Counts,
    /// The exam-day prediction, when an exam date is set.
    pub readiness: Option<Readiness>,
    /// The last submitted mock exam: (correct, total, estimated scaled score).
    pub last_exam: Option<(i64, i64, String)>,
    /// Study days in a row with answers.
    pub streak: usize,
}

/// What every screen can read and change: the study session (and through it the store), the
/// numbers Home shows, the theme, the message line and where settings are written.
pub struct Ctx {
    /// The data the screens show.
    pub state: AppState,
    /// The study session (none in screen tests that only draw).
    pub study: Option<Study>,
    /// Colours.
    pub theme: Theme,
    /// The message shown on the screen (a warning, a refusal, an error), until the next change.
    pub message: Option<String>,
    /// Where settings are written (without it Settings only shows them).
    pub config_path: Option<std::path::PathBuf>,
    /// Submitted exam attempts, oldest first.
    pub history: Vec<Attempt>,
    /// The language cards and questions are shown in (the settings' `language`; `t` switches it).
    pub lang: crate::core::config::Lang,
    /// The language of the app's own words (the settings' `language` or `--lang`; `t` leaves it).
    pub ui_lang: crate::core::config::Lang,
}

impl Ctx {
    /// A context without a study session.
    pub fn new(state: AppState, theme: Theme) -> Ctx {
        Ctx {
            state,
            study: None,
            theme,
            message: None,
            config_path: None,
            history: Vec::new(),
            lang: crate::core::config::Lang::En,
            ui_lang: crate::core::config::Lang::En,
        }
    }

    /// Shows an error in the message line.
    pub fn show_error(&mut self, what: &str, e: impl std::fmt::Display) {
        self.message = Some(format!("{what}: {e}"));
    }

    /// Every card and question loaded (empty without a study session).
    pub fn library(&self) -> Library<'_> {
        self.study.as_ref().map_or(Library::empty(), Study::library)
    }

    /// Recomputes what Home and the drill show from the study session; `streak` also counts the
    /// study days in a row (Home only: it reads the log a day at a time).
    pub fn refresh(&mut self, now: i64, streak: bool) {
        let Some(study) = &self.study else { return };
        match study.counts(now) {
            Ok(c) => self.state.counts = c,
            Err(e) => {
                let what = crate::i18n::tr!(self.ui_lang, "refresh-counts-failed");
                return self.show_error(&what, e);
            }
        }
        if let Ok(s) = study.store().summary() {
            self.state.summary = s;
        }
        self.state.readiness = study.readiness(now);
        if streak && let Some(study) = &mut self.study {
            self.state.streak = study.streak(now);
        }
        let Some(study) = &self.study else { return };
        self.history = study.store().attempt_history().unwrap_or_default();
        self.state.last_exam = self.history.last().map(|a| {
            let (t, est) = crate::exam_run::attempt_score(a);
            let bp = crate::core::exam::blueprint::by_id(&a.exam)
                .unwrap_or_else(crate::core::exam::blueprint::dva_c02);
            let text = crate::exam_run::estimate_text(
                self.ui_lang,
                est.as_ref(),
                t.total,
                bp.passing_score,
            );
            (t.correct as i64, t.total as i64, text)
        });
    }
}

/// What a screen does. Every method but `scopes`, `update` and `render` has a default that does
/// nothing.
pub trait Screen {
    /// The key table's scopes in force now (key lookup, help and the palette use them).
    fn scopes(&self, ctx: &Ctx) -> &'static [Scope];

    /// Every set of scopes `scopes` can return (the key table's tests check each for clashes).
    fn all_scopes(&self) -> &'static [&'static [Scope]];

    /// Text input: a key the screen takes before the key table. True when it used the key.
    fn type_key(&mut self, _key: &KeyEvent, _ctx: &mut Ctx) -> bool {
        false
    }

    /// A key in context: typed into the screen, or the action the key table gives it here.
    fn handle_key(&mut self, key: &KeyEvent, ctx: &mut Ctx) -> Option<Action> {
        if self.type_key(key, ctx) {
            return None;
        }
        keys::lookup(key, self.scopes(ctx))
    }

    /// Applies an action meant for this screen (the app keeps the ones that change screens).
    fn update(&mut self, action: Action, ctx: &mut Ctx, now: i64);

    /// What Back (Esc, q) means here: close something inside the screen and return true, or return
    /// false and let the app go back to Home.
    fn back(&mut self, _ctx: &mut Ctx) -> bool {
        false
    }

    /// The screen comes on show.
    fn enter(&mut self, _ctx: &mut Ctx, _now: i64) {}

    /// The screen leaves the screen, or the app quits.
    fn leave(&mut self, _ctx: &mut Ctx, _now: i64) {}

    /// Time passed while the screen is on show (before each frame).
    fn tick(&mut self, _ctx: &mut Ctx, _now: i64) {}

    /// A left click on screen row `row` (the tab bar is the app's).
    fn click(&mut self, _row: u16, _ctx: &mut Ctx, _now: i64) {}

    /// A left click at `column`, `row`: where a screen needs the column too (the exam's question
    /// grid); by default the row is enough (`click`).
    fn click_at(&mut self, _column: u16, row: u16, ctx: &mut Ctx, now: i64) {
        self.click(row, ctx, now);
    }

    /// Whether the tab bar may switch screens now (not during a running exam).
    fn tabs_enabled(&self) -> bool {
        true
    }

    /// Whether the screen has work to do between frames (a long Browse search).
    fn busy(&self) -> bool {
        false
    }

    /// Does some of that work, until `deadline`.
    fn work(&mut self, _ctx: &Ctx, _deadline: std::time::Instant) {}

    /// The cards this screen lists, as a custom-study filter ("study these": Browse's results,
    /// the wrong answers of the exam on show); `None` where it lists none.
    fn study_these(&self, _ctx: &Ctx) -> Option<crate::core::custom::Filter> {
        None
    }

    /// The source link of what the screen shows, for Open link and Copy link.
    fn link(&self, _ctx: &Ctx) -> Option<String> {
        None
    }

    /// Draws the screen's body.
    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx);
}

//! The app model and its loop: draw, wait for one event, turn it into an action, update.
//!
//! `App::update` is the only place that changes the app. Screens render from `AppState` and keep
//! only view state (selection, scroll).

use super::action::Action;
use super::keys::{self, Scope};
use super::screens::{help, home::HomeScreen};
use super::theme::Theme;
use crate::store::Summary;
use crossterm::event::{self, Event};
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Tabs, Wrap};
use ratatui::{DefaultTerminal, Frame};

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
}

/// The screens in the tab bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tab {
    /// Today at a glance.
    Home,
}

impl Tab {
    /// The tabs, in order.
    pub const ALL: [Tab; 1] = [Tab::Home];

    fn title(self) -> &'static str {
        match self {
            Tab::Home => "Home",
        }
    }

    fn scopes(self) -> &'static [Scope] {
        match self {
            Tab::Home => &[Scope::Global, Scope::List],
        }
    }
}

/// The whole app.
pub struct App {
    /// The data the screens show.
    pub state: AppState,
    theme: Theme,
    tab: Tab,
    home: HomeScreen,
    help: bool,
    running: bool,
}

impl App {
    /// A new app on Home.
    pub fn new(state: AppState, theme: Theme) -> App {
        App {
            state,
            theme,
            tab: Tab::Home,
            home: HomeScreen::default(),
            help: false,
            running: true,
        }
    }

    /// Whether the loop should go on.
    pub fn running(&self) -> bool {
        self.running
    }

    /// Whether the help overlay is open.
    pub fn help_open(&self) -> bool {
        self.help
    }

    /// Draws and handles events until the user quits.
    pub fn run(mut self, terminal: &mut DefaultTerminal) -> std::io::Result<()> {
        while self.running {
            terminal.draw(|frame| self.render(frame))?;
            match event::read()? {
                Event::Key(key) => {
                    if let Some(action) = keys::lookup(&key, self.tab.scopes()) {
                        self.update(action);
                    }
                }
                // A resize needs only the redraw at the top of the loop.
                Event::Resize(..) => {}
                _ => {}
            }
        }
        Ok(())
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.running = false,
            Action::Back if self.help => self.help = false,
            Action::Back => self.running = false,
            Action::ToggleHelp => self.help = !self.help,
            Action::NextTab | Action::PrevTab => {
                let n = Tab::ALL.len();
                let i = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
                let j = if action == Action::NextTab {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                };
                self.tab = Tab::ALL[j];
            }
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Top
            | Action::Bottom => match self.tab {
                Tab::Home => self.home.navigate(action, self.state.packs.len()),
            },
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
        }
        let hint = Line::from(vec![
            Span::styled("?", self.theme.key),
            Span::styled(" help  ", self.theme.dim),
            Span::styled("q", self.theme.key),
            Span::styled(" quit", self.theme.dim),
        ]);
        frame.render_widget(Paragraph::new(hint), status);
        if self.help {
            help::render(frame, body, self.tab.scopes(), &self.theme);
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
        app.update(Action::ToggleHelp);
        let t = draw(&mut app, 80, 24);
        let text = format!("{:?}", t.backend());
        for b in keys::help_rows(Tab::Home.scopes()) {
            assert!(text.contains(b.label), "help lacks {}", b.label);
            assert!(
                text.contains(b.action.description()),
                "help lacks {:?}",
                b.action
            );
        }
        insta::assert_snapshot!(t.backend());
        app.update(Action::Back);
        assert!(!app.help_open());
        assert!(app.running(), "Esc closes help before it quits");
        app.update(Action::Back);
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
    fn navigation_stays_inside_the_list() {
        let mut app = App::new(state(), Theme::plain());
        draw(&mut app, 80, 24);
        app.update(Action::Bottom);
        app.update(Action::Down);
        assert_eq!(app.home.selected(), Some(1));
        app.update(Action::PageUp);
        assert_eq!(app.home.selected(), Some(0));
        app.update(Action::Up);
        assert_eq!(app.home.selected(), Some(0));
    }
}

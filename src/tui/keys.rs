//! The one key table: which key does what on which screen. The help overlay is generated from it, so
//! the keys shown are always the keys that work. Only key presses are looked up (never releases).

use super::action::{Action, ExamChoice};
use crate::core::scheduler::Rating;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere, also while typing (keys a text field does not take: Esc, F1, Ctrl-...).
    Global,
    /// Single-letter keys that apply everywhere a text field is not taking letters (`q`, `?`, `:`).
    Letters,
    /// Screens with a list (Home's pack table).
    List,
    /// Home only.
    Home,
    /// The review screen.
    Drill,
    /// Switching screens (not during an exam, where the arrows move between questions and only
    /// `Tab` and `Shift-Tab`, bound in `ExamRun`, switch).
    Tabs,
    /// The exam menu.
    ExamMenu,
    /// The exam menu asking whether to discard the unfinished exam.
    ExamConfirm,
    /// A running exam.
    ExamRun,
    /// The grid of every question of a running exam.
    ExamGrid,
    /// The results of an exam.
    ExamResults,
    /// Browse (the query takes every printable key).
    Browse,
    /// Settings.
    Settings,
    /// The calculators' form (every printable key types into the focused field).
    Calc,
    /// A drill card waiting for a typed answer (every printable key types into it).
    Answer,
}

/// A key, as written in the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    /// The key code.
    pub code: KeyCode,
    /// Whether Ctrl must be held.
    pub ctrl: bool,
}

const fn k(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: false,
    }
}

const fn code(code: KeyCode) -> Key {
    Key { code, ctrl: false }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        ctrl: true,
    }
}

/// A row of the key table.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    /// Where it applies.
    pub scope: Scope,
    /// The keys, any of which triggers the action.
    pub keys: &'static [Key],
    /// How the keys are written in help ("q", "Up k").
    pub label: &'static str,
    /// What happens.
    pub action: Action,
}

/// Every binding of the app. Where two rows of the scopes in force give one action, help shows
/// their labels together in table order ("? F1").
pub const BINDINGS: &[Binding] = &[
    Binding {
        scope: Scope::Letters,
        keys: &[k('?')],
        label: "?",
        action: Action::ToggleHelp,
    },
    Binding {
        scope: Scope::Calc,
        keys: &[k('?')],
        label: "?",
        action: Action::ToggleHelp,
    },
    Binding {
        scope: Scope::Global,
        keys: &[code(KeyCode::F(1))],
        label: "F1",
        action: Action::ToggleHelp,
    },
    Binding {
        scope: Scope::Letters,
        keys: &[k('q')],
        label: "q",
        action: Action::Back,
    },
    Binding {
        scope: Scope::Global,
        keys: &[code(KeyCode::Esc)],
        label: "Esc",
        action: Action::Back,
    },
    Binding {
        scope: Scope::Global,
        keys: &[ctrl('c')],
        label: "Ctrl-C",
        action: Action::Quit,
    },
    Binding {
        scope: Scope::Letters,
        keys: &[k(':')],
        label: ":",
        action: Action::Palette,
    },
    Binding {
        scope: Scope::Global,
        keys: &[ctrl('p')],
        label: "Ctrl-P",
        action: Action::Palette,
    },
    Binding {
        scope: Scope::Tabs,
        keys: &[code(KeyCode::Tab), k('l'), code(KeyCode::Right)],
        label: "Tab l Right",
        action: Action::NextTab,
    },
    Binding {
        scope: Scope::Tabs,
        keys: &[code(KeyCode::BackTab), k('h'), code(KeyCode::Left)],
        label: "Shift-Tab h Left",
        action: Action::PrevTab,
    },
    Binding {
        scope: Scope::List,
        keys: &[code(KeyCode::Up), k('k')],
        label: "Up k",
        action: Action::Up,
    },
    Binding {
        scope: Scope::List,
        keys: &[code(KeyCode::Down), k('j')],
        label: "Down j",
        action: Action::Down,
    },
    Binding {
        scope: Scope::List,
        keys: &[code(KeyCode::PageUp), ctrl('u')],
        label: "PgUp Ctrl-U",
        action: Action::PageUp,
    },
    Binding {
        scope: Scope::List,
        keys: &[code(KeyCode::PageDown), ctrl('d')],
        label: "PgDn Ctrl-D",
        action: Action::PageDown,
    },
    Binding {
        scope: Scope::List,
        keys: &[code(KeyCode::Home), k('g')],
        label: "Home g",
        action: Action::Top,
    },
    Binding {
        scope: Scope::List,
        keys: &[code(KeyCode::End), k('G')],
        label: "End G",
        action: Action::Bottom,
    },
];

/// Bindings of the review screen and Home.
const SCREEN_BINDINGS: &[Binding] = &[
    Binding {
        scope: Scope::Home,
        keys: &[k('d')],
        label: "d",
        action: Action::StartDrill,
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k(' '), code(KeyCode::Enter)],
        label: "Space Enter",
        action: Action::Reveal,
    },
    Binding {
        scope: Scope::Answer,
        keys: &[k(' '), code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Reveal,
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('1')],
        label: "1",
        action: Action::Rate(Rating::Again),
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('2')],
        label: "2",
        action: Action::Rate(Rating::Hard),
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('3')],
        label: "3",
        action: Action::Rate(Rating::Good),
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('4')],
        label: "4",
        action: Action::Rate(Rating::Easy),
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('u')],
        label: "u",
        action: Action::Undo,
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('s')],
        label: "s",
        action: Action::Suspend,
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('b')],
        label: "b",
        action: Action::Bury,
    },
    Binding {
        scope: Scope::Drill,
        keys: &[k('t')],
        label: "t",
        action: Action::ToggleKorean,
    },
    Binding {
        scope: Scope::Home,
        keys: &[k('e')],
        label: "e",
        action: Action::OpenExams,
    },
    Binding {
        scope: Scope::Home,
        keys: &[k('c')],
        label: "c",
        action: Action::OpenCalc,
    },
    Binding {
        scope: Scope::Home,
        keys: &[k('b')],
        label: "b",
        action: Action::OpenBrowse,
    },
    Binding {
        scope: Scope::Home,
        keys: &[k('s')],
        label: "s",
        action: Action::OpenStats,
    },
    Binding {
        scope: Scope::Home,
        keys: &[k(',')],
        label: ",",
        action: Action::OpenSettings,
    },
    Binding {
        scope: Scope::Settings,
        keys: &[code(KeyCode::Up), k('k')],
        label: "Up k",
        action: Action::Up,
    },
    Binding {
        scope: Scope::Settings,
        keys: &[code(KeyCode::Down), k('j')],
        label: "Down j",
        action: Action::Down,
    },
    Binding {
        scope: Scope::Settings,
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Confirm,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::Up)],
        label: "Up",
        action: Action::Up,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::Down)],
        label: "Down",
        action: Action::Down,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::PageUp)],
        label: "PgUp",
        action: Action::PageUp,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[code(KeyCode::PageDown)],
        label: "PgDn",
        action: Action::PageDown,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('s')],
        label: "Ctrl-S",
        action: Action::Suspend,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('r')],
        label: "Ctrl-R",
        action: Action::Reset,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('b')],
        label: "Ctrl-B",
        action: Action::Bury,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('o')],
        label: "Ctrl-O",
        action: Action::OpenLink,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('y')],
        label: "Ctrl-Y",
        action: Action::CopyLink,
    },
    Binding {
        scope: Scope::Browse,
        keys: &[ctrl('t')],
        label: "Ctrl-T",
        action: Action::CycleSort,
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('1')],
        label: "1",
        action: Action::StartExam(ExamChoice::ALL[0]),
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('2')],
        label: "2",
        action: Action::StartExam(ExamChoice::ALL[1]),
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('3')],
        label: "3",
        action: Action::StartExam(ExamChoice::ALL[2]),
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('4')],
        label: "4",
        action: Action::StartExam(ExamChoice::ALL[3]),
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('5')],
        label: "5",
        action: Action::StartExam(ExamChoice::ALL[4]),
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('6')],
        label: "6",
        action: Action::StartExam(ExamChoice::ALL[5]),
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('r')],
        label: "r",
        action: Action::ResumeExam,
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[k('x')],
        label: "x",
        action: Action::DiscardExam,
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[code(KeyCode::Up), k('k')],
        label: "Up k",
        action: Action::Up,
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[code(KeyCode::Down), k('j')],
        label: "Down j",
        action: Action::Down,
    },
    Binding {
        scope: Scope::ExamMenu,
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::OpenAttempt,
    },
    Binding {
        scope: Scope::ExamConfirm,
        keys: &[k('y'), code(KeyCode::Enter)],
        label: "y Enter",
        action: Action::Confirm,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('a')],
        label: "a",
        action: Action::Choose(0),
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('b')],
        label: "b",
        action: Action::Choose(1),
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('c')],
        label: "c",
        action: Action::Choose(2),
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('d')],
        label: "d",
        action: Action::Choose(3),
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('e')],
        label: "e",
        action: Action::Choose(4),
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k(' ')],
        label: "Space",
        action: Action::ToggleChoice,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('x')],
        label: "x",
        action: Action::Strike,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[code(KeyCode::Up), k('k')],
        label: "Up k",
        action: Action::Up,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[code(KeyCode::Down), k('j')],
        label: "Down j",
        action: Action::Down,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[code(KeyCode::Right), k('n')],
        label: "Right n",
        action: Action::NextQuestion,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[code(KeyCode::Left), k('p')],
        label: "Left p",
        action: Action::PrevQuestion,
    },
    // During an exam only Tab and Shift-Tab switch screens (leaving the Exam screen pauses the
    // clock): the arrows and h/l move between questions and choices there.
    Binding {
        scope: Scope::ExamRun,
        keys: &[code(KeyCode::Tab)],
        label: "Tab",
        action: Action::NextTab,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[code(KeyCode::BackTab)],
        label: "Shift-Tab",
        action: Action::PrevTab,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('f')],
        label: "f",
        action: Action::Flag,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('g')],
        label: "g",
        action: Action::GoTo,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('o')],
        label: "o",
        action: Action::QuestionGrid,
    },
    Binding {
        scope: Scope::ExamGrid,
        keys: &[code(KeyCode::Up), k('k')],
        label: "Up k",
        action: Action::Up,
    },
    Binding {
        scope: Scope::ExamGrid,
        keys: &[code(KeyCode::Down), k('j')],
        label: "Down j",
        action: Action::Down,
    },
    Binding {
        scope: Scope::ExamGrid,
        keys: &[code(KeyCode::Left), k('h')],
        label: "Left h",
        action: Action::PrevQuestion,
    },
    Binding {
        scope: Scope::ExamGrid,
        keys: &[code(KeyCode::Right), k('l')],
        label: "Right l",
        action: Action::NextQuestion,
    },
    Binding {
        scope: Scope::ExamGrid,
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Confirm,
    },
    Binding {
        scope: Scope::ExamGrid,
        keys: &[k('o')],
        label: "o",
        action: Action::QuestionGrid,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[k('s')],
        label: "s",
        action: Action::Submit,
    },
    Binding {
        scope: Scope::ExamRun,
        keys: &[code(KeyCode::Enter)],
        label: "Enter",
        action: Action::Confirm,
    },
    Binding {
        scope: Scope::ExamResults,
        keys: &[code(KeyCode::Up), k('k')],
        label: "Up k",
        action: Action::Up,
    },
    Binding {
        scope: Scope::ExamResults,
        keys: &[code(KeyCode::Down), k('j')],
        label: "Down j",
        action: Action::Down,
    },
    Binding {
        scope: Scope::ExamResults,
        keys: &[k('w')],
        label: "w",
        action: Action::FilterWrong,
    },
    Binding {
        scope: Scope::ExamResults,
        keys: &[k('f')],
        label: "f",
        action: Action::FilterFlagged,
    },
    Binding {
        scope: Scope::Calc,
        keys: &[
            code(KeyCode::Tab),
            code(KeyCode::Down),
            code(KeyCode::Enter),
        ],
        label: "Tab Down Enter",
        action: Action::NextField,
    },
    Binding {
        scope: Scope::Calc,
        keys: &[code(KeyCode::BackTab), code(KeyCode::Up)],
        label: "Shift-Tab Up",
        action: Action::PrevField,
    },
    Binding {
        scope: Scope::Calc,
        keys: &[code(KeyCode::Left), code(KeyCode::Right)],
        label: "Left/Right",
        action: Action::SwitchCalculator,
    },
    Binding {
        scope: Scope::Calc,
        keys: &[code(KeyCode::PageUp)],
        label: "PgUp",
        action: Action::PageUp,
    },
    Binding {
        scope: Scope::Calc,
        keys: &[code(KeyCode::PageDown)],
        label: "PgDn",
        action: Action::PageDown,
    },
    Binding {
        scope: Scope::Calc,
        keys: &[ctrl('u'), code(KeyCode::Delete)],
        label: "Ctrl-U Delete",
        action: Action::ClearField,
    },
];

fn all() -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().chain(SCREEN_BINDINGS)
}

/// The action for a key event in the given scopes, if any. Releases and repeats of other kinds are
/// ignored so that terminals that report releases do not fire actions twice.
pub fn lookup(ev: &KeyEvent, scopes: &[Scope]) -> Option<Action> {
    if ev.kind != KeyEventKind::Press {
        return None;
    }
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    all()
        .filter(|b| scopes.contains(&b.scope))
        .find(|b| {
            b.keys
                .iter()
                .any(|key| key.code == ev.code && key.ctrl == ctrl)
        })
        .map(|b| b.action)
}

/// Keys bound more than once in a set of scopes (a key must mean one thing wherever it works).
pub fn clashes(scopes: &[Scope]) -> Vec<Key> {
    let keys: Vec<&Key> = all()
        .filter(|b| scopes.contains(&b.scope))
        .flat_map(|b| b.keys.iter())
        .collect();
    let mut out = Vec::new();
    for (i, a) in keys.iter().enumerate() {
        if keys[i + 1..].contains(a) && !out.contains(*a) {
            out.push(**a);
        }
    }
    out
}

/// One row of help: an action and every label that triggers it in the scopes in force.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpRow {
    /// The labels, joined with a space in table order ("? F1").
    pub label: String,
    /// The action.
    pub action: Action,
}

/// The help rows for the given scopes: one per action, in the order the table first names it.
pub fn help_rows(scopes: &[Scope]) -> Vec<HelpRow> {
    let mut rows: Vec<HelpRow> = Vec::new();
    for b in all().filter(|b| scopes.contains(&b.scope)) {
        match rows.iter_mut().find(|r| r.action == b.action) {
            Some(r) => {
                r.label.push(' ');
                r.label.push_str(b.label);
            }
            None => rows.push(HelpRow {
                label: b.label.to_string(),
                action: b.action,
            }),
        }
    }
    rows
}

/// How a key is written in a hint: `q`, `Space`, `Enter`, `Ctrl-S`, `<-`.
pub fn key_name(key: &Key) -> String {
    let base = match key.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Up => "Up".into(),
        KeyCode::Down => "Down".into(),
        KeyCode::Left => "<-".into(),
        KeyCode::Right => "->".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::Delete => "Delete".into(),
        KeyCode::Backspace => "Backspace".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if key.ctrl {
        format!("Ctrl-{}", base.to_uppercase())
    } else {
        base
    }
}

/// The last key of the first binding that triggers `action` in the given scopes (`Enter` of
/// "Space Enter"), as a hint writes it.
pub fn last_key_for(action: Action, scopes: &[Scope]) -> Option<String> {
    all()
        .filter(|b| scopes.contains(&b.scope) && b.action == action)
        .find_map(|b| b.keys.last())
        .map(key_name)
}

/// Every key of the first binding that triggers `action` in the given scopes.
pub fn keys_for(action: Action, scopes: &[Scope]) -> Option<Vec<String>> {
    all()
        .find(|b| scopes.contains(&b.scope) && b.action == action)
        .map(|b| b.keys.iter().map(key_name).collect())
}

/// The first key that triggers `action` in the given scopes, as a hint writes it.
pub fn key_for(action: Action, scopes: &[Scope]) -> Option<String> {
    all()
        .filter(|b| scopes.contains(&b.scope) && b.action == action)
        .find_map(|b| b.keys.first())
        .map(key_name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyEventState;

    fn press(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn arrows_and_vim_keys_do_the_same() {
        let scopes = [Scope::Global, Scope::Tabs, Scope::List];
        let down = lookup(&press(KeyCode::Down, KeyModifiers::NONE), &scopes);
        let j = lookup(&press(KeyCode::Char('j'), KeyModifiers::NONE), &scopes);
        assert_eq!(down, Some(Action::Down));
        assert_eq!(j, down);
        let c = lookup(&press(KeyCode::Char('c'), KeyModifiers::CONTROL), &scopes);
        assert_eq!(c, Some(Action::Quit));
    }

    #[test]
    fn releases_are_ignored() {
        let mut ev = press(KeyCode::Char('q'), KeyModifiers::NONE);
        ev.kind = KeyEventKind::Release;
        assert_eq!(lookup(&ev, &[Scope::Global]), None);
    }
}

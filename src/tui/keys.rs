//! The one key table: which key does what on which screen. The help overlay is generated from it, so
//! the keys shown are always the keys that work. Only key presses are looked up (never releases).

use super::action::{Action, ExamChoice};
use crate::core::scheduler::Rating;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Everywhere.
    Global,
    /// Screens with a list (Home's pack table).
    List,
    /// Home only.
    Home,
    /// The review screen.
    Drill,
    /// Switching screens (not during an exam, where the arrows move between questions).
    Tabs,
    /// The exam menu.
    ExamMenu,
    /// A running exam.
    ExamRun,
    /// The results of an exam.
    ExamResults,
    /// Browse (the query takes every printable key).
    Browse,
    /// Settings.
    Settings,
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

/// Every binding of the app.
pub const BINDINGS: &[Binding] = &[
    Binding {
        scope: Scope::Global,
        keys: &[k('?'), code(KeyCode::F(1))],
        label: "? F1",
        action: Action::ToggleHelp,
    },
    Binding {
        scope: Scope::Global,
        keys: &[code(KeyCode::Esc), k('q')],
        label: "q Esc",
        action: Action::Back,
    },
    Binding {
        scope: Scope::Global,
        keys: &[ctrl('c')],
        label: "Ctrl-C",
        action: Action::Quit,
    },
    Binding {
        scope: Scope::Global,
        keys: &[k(':'), ctrl('p')],
        label: ": Ctrl-P",
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
];

fn all() -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().chain(SCREEN_BINDINGS)
}

/// Every binding of every scope (for the command palette).
pub fn all_bindings() -> impl Iterator<Item = &'static Binding> {
    all()
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

/// The bindings shown in help for the given scopes, in table order.
pub fn help_rows(scopes: &[Scope]) -> Vec<&'static Binding> {
    all().filter(|b| scopes.contains(&b.scope)).collect()
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

    #[test]
    fn no_key_is_bound_twice_in_one_scope_set() {
        for scopes in [
            vec![Scope::Global, Scope::Tabs, Scope::List, Scope::Home],
            vec![Scope::Global, Scope::Tabs, Scope::Drill],
            vec![Scope::Global, Scope::Tabs, Scope::ExamMenu],
            vec![Scope::Global, Scope::ExamRun],
            vec![Scope::Global, Scope::Tabs, Scope::ExamResults],
            vec![Scope::Global, Scope::Browse],
            vec![Scope::Global, Scope::Tabs, Scope::Settings],
        ] {
            let keys: Vec<_> = all()
                .filter(|b| scopes.contains(&b.scope))
                .flat_map(|b| b.keys.iter())
                .collect();
            for (i, a) in keys.iter().enumerate() {
                assert!(!keys[i + 1..].contains(a), "{a:?} is bound twice");
            }
        }
    }
}

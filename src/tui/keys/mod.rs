//! The one key table: which key does what on which screen. The help overlay is generated from it, so
//! the keys shown are always the keys that work. Only key presses are looked up (never releases).

use super::action::Action;
use crate::core::config::Lang;
use crate::i18n::{key_label, tr};
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
    /// Settings while a value is edited (every printable key types into it).
    SettingsEdit,
    /// The calculators' form (every printable key types into the focused field).
    Calc,
    /// A drill card waiting for a typed answer (every printable key types into it).
    Answer,
    /// The IAM policy lab's form (every printable key types into the focused field).
    Iam,
    /// The command palette (every printable key types into its query).
    Palette,
    /// The custom-study prompt (every printable key types into the filter).
    CustomPrompt,
}

/// The keys a text field takes before the key table is asked (`Screen::type_key`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Takes {
    /// Any printable character without Ctrl or Alt.
    Text,
    /// The digits 0-9.
    Digits,
    /// Backspace.
    Backspace,
}

impl Takes {
    /// Whether a key press is of this kind.
    pub fn matches(self, ev: &KeyEvent) -> bool {
        let plain = !ev
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match (self, ev.code) {
            (Takes::Text, KeyCode::Char(c)) => plain && !c.is_control(),
            (Takes::Digits, KeyCode::Char(c)) => plain && c.is_ascii_digit(),
            (Takes::Backspace, KeyCode::Backspace) => true,
            _ => false,
        }
    }
}

/// A row of help for typing: where a text field takes keys, which, and what they do. Help shows
/// these after the table's actions; they are never looked up (the screen takes the keys first).
#[derive(Debug, Clone, Copy)]
pub struct Typing {
    /// Where it applies.
    pub scope: Scope,
    /// The keys taken.
    pub takes: Takes,
    /// How help writes them.
    pub label: &'static str,
    /// The catalog key of what they do (`typing-...` in `keys.ftl`).
    pub what: &'static str,
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

mod table;
pub use table::{BINDINGS, TYPING};
use table::{PALETTE_BINDINGS, SCREEN_BINDINGS};

/// Every binding of the app: the global ones, the screens' and the palette's.
pub fn all() -> impl Iterator<Item = &'static Binding> {
    BINDINGS
        .iter()
        .chain(SCREEN_BINDINGS)
        .chain(PALETTE_BINDINGS)
}

/// The palette's scope set.
pub const PALETTE: &[Scope] = &[Scope::Palette];

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

/// Every line of help for the scopes in force, in `lang`: the actions of the key table
/// (`help_rows`), then the typing rows (`TYPING`), as (keys, what they do).
pub fn help_lines(scopes: &[Scope], lang: Lang) -> Vec<(String, String)> {
    // Actions that read alike (a-e: "select or deselect that choice") share one line.
    let mut lines: Vec<(String, String)> = Vec::new();
    for r in help_rows(scopes) {
        let what = r.action.description(lang);
        let label = key_label(lang, &r.label);
        match lines.iter_mut().find(|(_, w)| *w == what) {
            Some((l, _)) => {
                l.push(' ');
                l.push_str(&label);
            }
            None => lines.push((label, what)),
        }
    }
    lines
        .into_iter()
        .chain(
            TYPING
                .iter()
                .filter(|t| scopes.contains(&t.scope))
                .map(|t| (t.label.to_string(), tr!(lang, t.what))),
        )
        .collect()
}

/// How help writes a key: as a hint does (`key_name`), but the arrows as words (`Left`).
pub fn help_name(key: &Key) -> String {
    match (key.code, key.ctrl) {
        (KeyCode::Left, false) => "Left".into(),
        (KeyCode::Right, false) => "Right".into(),
        _ => key_name(key),
    }
}

/// Whether help for `scopes` names `ev`: a binding in force lists it (its label names the key),
/// or a typing row takes it.
pub fn help_names(ev: &KeyEvent, scopes: &[Scope]) -> bool {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let bound = all().filter(|b| scopes.contains(&b.scope)).any(|b| {
        b.keys
            .iter()
            .any(|k| k.code == ev.code && k.ctrl == ctrl && label_names(b.label, &help_name(k)))
    });
    bound
        || TYPING
            .iter()
            .any(|t| scopes.contains(&t.scope) && t.takes.matches(ev))
}

/// Whether a help label names a key: as one of its words ("Tab l Right", "Left/Right").
fn label_names(label: &str, name: &str) -> bool {
    label.split([' ', '/']).any(|w| w == name)
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

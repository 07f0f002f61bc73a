//! Help is complete: on every screen, in every mode, each key the app takes (a text field's keys
//! or an action of the key table) is named in the help for that mode, and the help overlay shows
//! every one of its lines on an 80x24 terminal.

use super::action::{Action, ExamChoice};
use super::app::{App, AppState, Tab};
use super::keys::{self, help_lines, help_names};
use super::theme::Theme;
use crate::core::content::parse_pack;
use crate::store::Store;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const NOON: i64 = 1_795_521_600_000;

const PACK: &str = r#"
[pack]
id = "t"
title = "Test"
services = ["Lambda"]
schema = 1
checked = 2026-11-24

[[card]]
id = "numeric"
kind = "numeric"
front = "Longest timeout of a standard function?"
answer = 900
unit = "seconds"
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "basic"
kind = "basic"
front = "How many retries does an asynchronous invocation get by default?"
back = "Two."
source = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html"
"#;

/// An app over the small pack (the drill shows the numeric card first), or over the bundled packs
/// (enough questions for an exam).
fn app(bundled: bool) -> App {
    let packs = if bundled {
        crate::study::testing::bundled_packs()
    } else {
        vec![parse_pack("t.toml", PACK.as_bytes()).pack.unwrap()]
    };
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), packs);
    App::with_study(AppState::default(), Theme::plain(), study, NOON)
}

/// Every key worth trying: printable ASCII, the named keys, F1-F12 and Ctrl with a letter.
fn candidates() -> Vec<KeyEvent> {
    let mut out: Vec<KeyEvent> = (0x20u8..0x7f)
        .map(|c| KeyEvent::new(KeyCode::Char(c as char), KeyModifiers::NONE))
        .collect();
    for code in [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::BackTab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::Backspace,
    ] {
        out.push(KeyEvent::new(code, KeyModifiers::NONE));
    }
    out.extend((1..=12).map(|n| KeyEvent::new(KeyCode::F(n), KeyModifiers::NONE)));
    out.extend(('a'..='z').map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)));
    out
}

/// How to reach a mode: a fresh app put in it.
type Reach = Box<dyn Fn() -> App>;

/// The screens in each of their modes: a name, and how to get there.
fn modes() -> Vec<(&'static str, Reach)> {
    let on = |bundled: bool, actions: &'static [Action]| -> Reach {
        Box::new(move || {
            let mut a = app(bundled);
            for act in actions {
                a.update(*act, NOON);
            }
            a
        })
    };
    vec![
        ("home", on(false, &[])),
        ("drill, typing the answer", on(false, &[Action::StartDrill])),
        (
            "drill, the answer shown",
            Box::new(|| {
                let mut a = app(false);
                a.update(Action::StartDrill, NOON);
                for c in "900\n".chars() {
                    let code = if c == '\n' {
                        KeyCode::Enter
                    } else {
                        KeyCode::Char(c)
                    };
                    a.on_key(&KeyEvent::new(code, KeyModifiers::NONE), NOON);
                }
                a
            }),
        ),
        ("exam menu", on(true, &[Action::OpenExams])),
        (
            "exam running",
            on(
                true,
                &[Action::OpenExams, Action::StartExam(ExamChoice::Quick)],
            ),
        ),
        (
            "exam running, going to a question",
            on(
                true,
                &[
                    Action::OpenExams,
                    Action::StartExam(ExamChoice::Quick),
                    Action::GoTo,
                ],
            ),
        ),
        (
            "exam question grid",
            on(
                true,
                &[
                    Action::OpenExams,
                    Action::StartExam(ExamChoice::Quick),
                    Action::QuestionGrid,
                ],
            ),
        ),
        (
            "exam results",
            on(
                true,
                &[
                    Action::OpenExams,
                    Action::StartExam(ExamChoice::Quick),
                    Action::Submit,
                    Action::Confirm,
                ],
            ),
        ),
        ("calculators", on(false, &[Action::OpenCalc])),
        ("browse", on(false, &[Action::OpenBrowse])),
        ("stats", on(false, &[Action::OpenStats])),
        ("settings", on(false, &[Action::OpenSettings])),
        (
            "settings, editing a value",
            on(false, &[Action::OpenSettings, Action::Confirm]),
        ),
        ("palette", on(false, &[Action::Palette])),
    ]
}

#[test]
fn every_key_a_screen_takes_is_named_in_its_help() {
    let mut missing = Vec::new();
    let mut typed: Vec<&str> = Vec::new();
    for (name, make) in modes() {
        // Once with the text fields empty, once with something typed: some keys are taken only
        // then (Space in an answer, ? in a search).
        for prefix in ["", "1"] {
            let mut app = make();
            let scopes = app.help_scopes();
            for c in prefix.chars() {
                app.key_use(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            }
            let backspace = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
            for key in candidates() {
                let used = app.key_use(&key);
                if used == Some(None) && !typed.contains(&name) {
                    typed.push(name);
                }
                if used == Some(None) && key.code != KeyCode::Backspace {
                    // Typed: take it back out, so the next key meets the same field.
                    app.key_use(&backspace);
                }
                if used.is_some() && !help_names(&key, scopes) {
                    missing.push(format!("{name} ({prefix:?} typed): {key:?} -> {used:?}"));
                }
            }
            assert_eq!(app.help_scopes(), scopes, "{name}: still in the same mode");
        }
    }
    assert!(
        missing.is_empty(),
        "keys the app takes that help does not name:\n{}",
        missing.join("\n")
    );
    // The modes with a text field were reached (their fields took keys), the others were not.
    assert_eq!(
        typed,
        [
            "drill, typing the answer",
            "exam running, going to a question",
            "calculators",
            "browse",
            "settings, editing a value",
            "palette"
        ]
    );
}

#[test]
fn help_shows_every_line_of_every_mode_on_80x24() {
    for (name, make) in modes() {
        let mut app = make();
        if app.palette_open() {
            continue;
        }
        let scopes = app.scopes();
        app.update(Action::ToggleHelp, NOON);
        assert!(app.help_open(), "{name}");
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        t.draw(|f| app.render(f)).unwrap();
        let buf = t.backend().buffer();
        let text: String = (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    + "\n"
            })
            .collect();
        for (label, what) in help_lines(scopes, crate::core::config::Lang::En) {
            assert!(
                text.lines()
                    .any(|l| l.contains(&format!(" {label} ")) && l.contains(&what)),
                "{name}: help lacks {label:?} {what:?}\n{text}"
            );
        }
    }
}

#[test]
fn every_label_of_the_key_table_names_its_keys() {
    for b in keys::all() {
        for k in b.keys {
            let name = keys::help_name(k);
            assert!(
                b.label.split([' ', '/']).any(|w| w == name),
                "{:?} {:?}: the label {:?} does not name {name}",
                b.scope,
                b.action,
                b.label
            );
        }
    }
}

#[test]
fn the_palette_says_its_keys() {
    let mut app = app(false);
    app.update(Action::Palette, NOON);
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    t.draw(|f| app.render(f)).unwrap();
    let text = format!("{:?}", t.backend());
    assert!(
        text.contains("Actions: type to narrow, Up/Down choose  Enter runs  Esc closes"),
        "{text}"
    );
    assert!(matches!(app.tab(), Tab::Home));
}

//! Screens of the app shell drawn on a test backend.

use super::*;
use crate::core::config::{Lang, ThemeName};
use crate::i18n::key_label;
use crate::store::Summary;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn state() -> AppState {
    AppState {
        packs: vec![
            PackRow {
                id: "lambda".into(),
                title: "AWS Lambda".into(),
                cards: 40,
                generators: 0,
                questions: 26,
                checked: "2026-11-24".into(),
            },
            PackRow {
                id: "s3".into(),
                title: "Amazon S3".into(),
                cards: 35,
                generators: 0,
                questions: 24,
                checked: "2026-11-24".into(),
            },
        ],
        summary: Summary::default(),
        store_path: "/home/user/.local/share/awsdrill/awsdrill.sqlite3".into(),
        notices: vec![],
        counts: crate::core::stats::Counts {
            cards: crate::core::stats::StateCounts {
                total: 75,
                new: 75,
                ..Default::default()
            },
            ..Default::default()
        },
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
        reviews: 30,
        exams: 1,
    };
    s.counts.answers_all = 30;
    s.counts.cards.studied = 12;
    s.counts.cards.new = 63;
    s.notices = vec!["1 pack file(s) have errors and were not loaded: my.toml".into()];
    let mut app = App::new(s, Theme::new(ThemeName::Dark, false));
    insta::assert_snapshot!(draw(&mut app, 80, 24).backend());
}

#[test]
fn help_overlay_lists_the_keys_of_the_table() {
    for lang in [Lang::En, Lang::Ko] {
        let mut app = App::new(state(), Theme::plain());
        app.set_ui_lang(lang);
        app.update(Action::ToggleHelp, 0);
        let t = draw(&mut app, 80, 24);
        let lines = rows_of(&t);
        // Each row of help is one line: the keys, then what they do, inside the box.
        for r in keys::help_rows(app.scopes()) {
            let (label, what) = (key_label(lang, &r.label), r.action.description(lang));
            assert!(
                lines.iter().any(|l| {
                    l.split('│').any(|cell| {
                        cell.trim_end().starts_with(&format!(" {label}")) && cell.contains(&what)
                    })
                }),
                "help lacks the row {label} {what}:\n{}",
                lines.join("\n")
            );
        }
        // The captures are in `tui::i18n_tests` (help_en, help_ko).
        app.update(Action::Back, 0);
        assert!(!app.help_open());
        assert!(app.running(), "Esc closes help before it quits");
        app.update(Action::Back, 0);
        assert!(!app.running());
    }
}

/// The rows of the screen as text (a wide letter's second cell is left out, as a terminal shows it).
fn rows_of(t: &Terminal<TestBackend>) -> Vec<String> {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            let mut row = String::new();
            let mut skip = 0;
            for x in 0..buf.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let s = buf[(x, y)].symbol();
                skip = unicode_width::UnicodeWidthStr::width(s).saturating_sub(1);
                row.push_str(s);
            }
            row
        })
        .collect()
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
fn keys_do_nothing_while_the_terminal_is_too_small_except_quit() {
    let press = |app: &mut App, c: char| {
        app.on_key(
            &KeyEvent::new(
                crossterm::event::KeyCode::Char(c),
                crossterm::event::KeyModifiers::NONE,
            ),
            0,
        );
    };
    let mut app = App::new(state(), Theme::plain());
    draw(&mut app, 60, 12);
    for c in ['2', '?', ':', 'd', 'j'] {
        press(&mut app, c);
    }
    assert_eq!(app.tab(), Tab::Home);
    assert!(!app.help_open());
    assert!(app.running());
    // Big enough again: keys act.
    draw(&mut app, MIN_WIDTH, MIN_HEIGHT);
    press(&mut app, '?');
    assert!(app.help_open());
    press(&mut app, '?');
    draw(&mut app, 60, 12);
    press(&mut app, 'q');
    assert!(!app.running(), "q quits, as the message says");
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
    assert_eq!(app.screens.home.selected(), Some(1));
    app.update(Action::PageUp, 0);
    assert_eq!(app.screens.home.selected(), Some(0));
    app.update(Action::Up, 0);
    assert_eq!(app.screens.home.selected(), Some(0));
}

#[test]
fn no_key_is_bound_twice_in_any_scope_set_a_screen_uses() {
    let app = App::new(state(), Theme::plain());
    let sets = app.every_scope_set();
    // Home, three drill views (answering, not, the custom-study prompt), five exam views (menu,
    // discard confirmation, run, question grid, results), calculators, Browse, Stats, two Settings
    // views, the IAM lab.
    assert_eq!(sets.len(), 15, "{sets:?}");
    for scopes in sets {
        assert!(
            keys::clashes(scopes).is_empty(),
            "{:?} bound twice in {scopes:?}",
            keys::clashes(scopes)
        );
    }
}

#[test]
fn the_palette_offers_only_what_works_on_the_screen_on_show() {
    let mut app = App::new(state(), Theme::plain());
    app.update(Action::Palette, 0);
    let offered = |app: &App| -> Vec<Action> {
        app.palette
            .as_ref()
            .unwrap()
            .matches()
            .iter()
            .map(|(a, _)| *a)
            .collect()
    };
    let home = offered(&app);
    assert!(home.contains(&Action::OpenExams), "{home:?}");
    assert!(
        !home.iter().any(|a| matches!(a, Action::StartExam(_))),
        "Home offers starting an exam: {home:?}"
    );
    assert!(!home.contains(&Action::Rate(crate::core::scheduler::Rating::Good)));
    assert!(!home.contains(&Action::Palette));
    // Typing what the exam menu's first choice says finds nothing that starts one from Home.
    for c in "full mock exam".chars() {
        app.on_key(
            &KeyEvent::new(
                crossterm::event::KeyCode::Char(c),
                crossterm::event::KeyModifiers::NONE,
            ),
            0,
        );
    }
    assert!(
        !offered(&app)
            .iter()
            .any(|a| matches!(a, Action::StartExam(_))),
    );
    app.update(Action::Back, 0);
    app.palette = None;
    app.update(Action::OpenExams, 0);
    app.update(Action::Palette, 0);
    let menu = offered(&app);
    assert!(menu.contains(&Action::StartExam(crate::tui::action::ExamChoice::Full)));
    assert!(
        menu.contains(&Action::OpenStats),
        "other screens open from the menu too"
    );
}

#[test]
fn help_on_the_calculators_lists_their_keys_and_not_q() {
    let mut app = App::new(state(), Theme::plain());
    app.update(Action::OpenCalc, 0);
    let rows = keys::help_rows(app.scopes());
    let labels: Vec<&str> = rows.iter().map(|r| r.label.as_str()).collect();
    let back = rows.iter().find(|r| r.action == Action::Back).unwrap();
    assert_eq!(back.label, "Esc", "q types into the form: {labels:?}");
    for action in [
        Action::NextField,
        Action::PrevField,
        Action::SwitchCalculator,
        Action::ClearField,
    ] {
        assert!(
            rows.iter().any(|r| r.action == action),
            "{action:?}: {labels:?}"
        );
    }
    // And q types into the focused field instead of leaving the screen.
    app.on_key(
        &KeyEvent::new(
            crossterm::event::KeyCode::Char('q'),
            crossterm::event::KeyModifiers::NONE,
        ),
        0,
    );
    assert_eq!(app.tab(), Tab::Calc);
    assert!(app.running());
}

#[test]
fn ctrl_c_quits_from_the_palette_and_other_ctrl_keys_are_not_typed() {
    let mut app = App::new(state(), Theme::plain());
    app.update(Action::Palette, 0);
    let ctrl = |c| {
        KeyEvent::new(
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::CONTROL,
        )
    };
    app.on_key(&ctrl('u'), 0);
    assert_eq!(app.palette.as_ref().unwrap().query, "");
    app.on_key(&ctrl('c'), 0);
    assert!(!app.running());
}

#[test]
fn browse_opens_help_with_question_mark_on_an_empty_search_and_ctrl_u_clears_it() {
    let mut app = App::new(state(), Theme::plain());
    app.update(Action::OpenBrowse, 0);
    let press = |app: &mut App, c: char, m| {
        app.on_key(&KeyEvent::new(crossterm::event::KeyCode::Char(c), m), 0)
    };
    let none = crossterm::event::KeyModifiers::NONE;
    press(&mut app, '?', none);
    assert!(app.help_open());
    press(&mut app, '?', none);
    assert!(!app.help_open());
    for c in "lambda?".chars() {
        press(&mut app, c, none);
    }
    assert_eq!(app.screens.browse.query(), "lambda?");
    assert!(!app.help_open(), "a ? after text is part of the search");
    press(&mut app, 'u', crossterm::event::KeyModifiers::CONTROL);
    assert_eq!(app.screens.browse.query(), "");
}

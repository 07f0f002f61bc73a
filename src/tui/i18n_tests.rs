//! The screens moved onto the message catalog (Home, Settings, help, the palette, the frame),
//! drawn at 80x24 in English and in Korean. The captures are text as a terminal shows it: a
//! double-width letter fills two columns, and nothing is cut in half.

use super::action::Action;
use super::app::{App, AppState, PackRow, Tab};
use super::theme::Theme;
use crate::core::config::Lang;
use crate::core::domain::Domain;
use crate::core::scheduler::queue::DueCounts;
use crate::core::scheduler::readiness::Readiness;
use crate::core::stats::{Counts, StateCounts};
use crate::store::{Store, Summary};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use unicode_width::UnicodeWidthStr;

/// 2026-11-24 12:00 UTC.
const NOON: i64 = 1_795_521_600_000;

const PACK: &str = r#"
[pack]
id = "t"
title = "Test"
services = ["Lambda"]
schema = 1
checked = 2026-11-24

[[card]]
id = "basic"
kind = "basic"
front = "How many retries does an asynchronous invocation get by default?"
back = "Two."
source = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html"
ko = { front = "비동기 호출의 기본 재시도 횟수는?", back = "두 번." }
"#;

/// The app drawn at `w`x`h`, one line per row, as a terminal shows it (the cell a double-width
/// letter covers is not a second character), without trailing spaces.
pub fn screen_at(app: &mut App, w: u16, h: u16) -> String {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.render(f)).unwrap();
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        let mut row = String::new();
        let mut columns = 0;
        let mut x = 0;
        while x < buf.area.width {
            let s = buf[(x, y)].symbol();
            let w = s.width().max(1) as u16;
            row.push_str(s);
            columns += w;
            x += w;
        }
        assert_eq!(
            columns, buf.area.width,
            "row {y} is {columns} columns: {row}"
        );
        out.push_str(row.trim_end());
        out.push('\n');
    }
    out
}

fn screen(app: &mut App) -> String {
    screen_at(app, 80, 24)
}

fn home_state() -> AppState {
    AppState {
        packs: vec![
            PackRow {
                id: "dynamodb".into(),
                title: "Amazon DynamoDB".into(),
                cards: 53,
                generators: 2,
                questions: 52,
                checked: "2026-12-07".into(),
            },
            PackRow {
                id: "lambda".into(),
                title: "AWS Lambda".into(),
                cards: 55,
                generators: 0,
                questions: 60,
                checked: "2026-12-07".into(),
            },
        ],
        summary: Summary {
            reviews: 3,
            exams: 1,
        },
        store_path: "/home/user/.local/share/awsdrill/awsdrill.sqlite3".into(),
        counts: Counts {
            answers_today: 3,
            answers_all: 3,
            cards: StateCounts {
                total: 110,
                generated: 2,
                studied: 3,
                new: 107,
                ..Default::default()
            },
            due: DueCounts {
                learning: 1,
                review: 4,
                new: 17,
                learning_later_today: 2,
            },
        },
        readiness: Some(Readiness {
            days_left: 52,
            overall: 0.004,
            per_domain: vec![
                (Domain::Development, 0.012, 50),
                (Domain::Security, 0.0, 40),
                (Domain::Deployment, 0.0, 10),
                (Domain::Troubleshooting, 0.0, 5),
            ],
            new_remaining: 105,
            new_per_day_needed: 3,
        }),
        last_exam: Some((7, 10, "estimated scaled score 790".into())),
        streak: 1,
        notices: vec![],
    }
}

fn app_in(lang: Lang, state: AppState) -> App {
    let mut app = App::new(state, Theme::plain());
    app.set_ui_lang(lang);
    app
}

fn study_app_in(lang: Lang) -> App {
    let report = crate::core::content::parse_pack("t.toml", PACK.as_bytes());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let study =
        crate::study::testing::study(Store::open_in_memory().unwrap(), vec![report.pack.unwrap()]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.set_ui_lang(lang);
    app
}

fn name(what: &str, lang: Lang) -> String {
    format!("{what}_{}", crate::i18n::tag(lang))
}

#[test]
fn home_in_both_languages() {
    for lang in [Lang::En, Lang::Ko] {
        let mut state = home_state();
        // A quick exam of 10 questions: too few for a scaled estimate, said in the app's language.
        state.last_exam = Some((7, 10, crate::exam_run::estimate_text(lang, None, 10, 720)));
        let mut app = app_in(lang, state);
        insta::assert_snapshot!(name("home", lang), screen(&mut app));
    }
}

#[test]
fn home_on_first_run_in_both_languages() {
    for lang in [Lang::En, Lang::Ko] {
        let mut state = home_state();
        state.summary = Summary::default();
        state.counts.answers_all = 0;
        state.counts.answers_today = 0;
        state.counts.cards.studied = 0;
        state.counts.cards.new = 110;
        state.counts.due.learning_later_today = 0;
        state.readiness = None;
        state.last_exam = None;
        state.streak = 0;
        let mut app = app_in(lang, state);
        insta::assert_snapshot!(name("home_first_run", lang), screen(&mut app));
    }
}

#[test]
fn settings_in_both_languages_with_a_refused_value() {
    for lang in [Lang::En, Lang::Ko] {
        let mut app = study_app_in(lang);
        app.update(Action::OpenSettings, NOON);
        assert_eq!(app.tab(), Tab::Settings);
        insta::assert_snapshot!(name("settings", lang), screen(&mut app));
        // Without a settings file nothing is saved, and the screen says so in its language.
        app.update(Action::Confirm, NOON);
        app.update(Action::Confirm, NOON);
        let s = screen(&mut app);
        let said = crate::i18n::tr!(lang, "settings-no-file");
        assert!(s.contains(&said), "{s}");
    }
}

#[test]
fn settings_refuse_a_value_in_the_app_language() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config.toml");
    let mut app = study_app_in(Lang::Ko);
    app.set_config_path(path.clone());
    app.update(Action::OpenSettings, NOON);
    // rollover_hour is the sixth setting.
    for _ in 0..5 {
        app.update(Action::Down, NOON);
    }
    app.update(Action::Confirm, NOON);
    for _ in 0..2 {
        app.on_key(&KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE), NOON);
    }
    for c in "30".chars() {
        app.on_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), NOON);
    }
    app.update(Action::Confirm, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("저장하지 못했습니다: rollover_hour 값이 30입니다. 0에서 23 사이여야"),
        "{s}"
    );
    assert!(!path.exists(), "a refused value writes nothing");
    // The title names the temporary settings file, which differs from run to run.
    let dir_name = dir.path().display().to_string();
    let capture: Vec<&str> = s
        .lines()
        .map(|l| {
            if l.contains(&dir_name) {
                "(the title)"
            } else {
                l
            }
        })
        .collect();
    insta::assert_snapshot!("settings_refused_ko", capture.join("\n"));
    // A value that passes is saved, and said so in Korean.
    for _ in 0..2 {
        app.on_key(&KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE), NOON);
    }
    app.on_key(&KeyEvent::new(KeyCode::Char('5'), KeyModifiers::NONE), NOON);
    app.update(Action::Confirm, NOON);
    assert!(screen(&mut app).contains("rollover_hour 설정을 저장했습니다."));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("rollover_hour = 5")
    );
}

#[test]
fn choosing_a_language_in_settings_changes_the_app_words_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = study_app_in(Lang::En);
    app.set_config_path(dir.path().join("config.toml"));
    app.update(Action::OpenSettings, NOON);
    for _ in 0..9 {
        app.update(Action::Down, NOON);
    }
    app.update(Action::Confirm, NOON);
    for _ in 0..4 {
        app.on_key(&KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE), NOON);
    }
    for c in "ko".chars() {
        app.on_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), NOON);
    }
    app.update(Action::Confirm, NOON);
    let s = screen(&mut app);
    assert!(s.contains("language 설정을 저장했습니다."), "{s}");
    assert!(s.starts_with(" 홈   학습"), "{s}");
}

#[test]
fn help_and_palette_in_both_languages() {
    for lang in [Lang::En, Lang::Ko] {
        let mut app = app_in(lang, home_state());
        app.update(Action::ToggleHelp, 0);
        insta::assert_snapshot!(name("help", lang), screen(&mut app));
        app.update(Action::Back, 0);
        app.update(Action::Palette, 0);
        insta::assert_snapshot!(name("palette", lang), screen(&mut app));
    }
}

#[test]
fn the_palette_finds_an_action_by_its_korean_or_english_words() {
    let mut app = app_in(Lang::Ko, home_state());
    app.update(Action::Palette, 0);
    for c in "통계".chars() {
        app.on_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), 0);
    }
    app.on_key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), 0);
    assert_eq!(app.tab(), Tab::Stats);
    app.update(Action::Back, 0);
    app.update(Action::Palette, 0);
    for c in "statistics".chars() {
        app.on_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE), 0);
    }
    app.on_key(&KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE), 0);
    assert_eq!(app.tab(), Tab::Stats);
}

#[test]
fn a_small_terminal_is_told_in_both_languages() {
    for lang in [Lang::En, Lang::Ko] {
        let mut app = app_in(lang, home_state());
        insta::assert_snapshot!(name("too_small", lang), screen_at(&mut app, 60, 12));
    }
}

#[test]
fn korean_tab_titles_are_clicked_where_they_are_drawn() {
    let mut app = app_in(Lang::Ko, home_state());
    let s = screen(&mut app);
    let first = s.lines().next().unwrap();
    // `통계` (Stats) starts at this column: count columns, not bytes or characters.
    let col = first[..first.find("통계").unwrap()].width() as u16;
    app.on_mouse(
        &crossterm::event::MouseEvent {
            kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
            column: col + 1,
            row: 0,
            modifiers: KeyModifiers::NONE,
        },
        NOON,
    );
    assert_eq!(app.tab(), Tab::Stats);
}

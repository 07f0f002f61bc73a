//! The review screen driven through `App` with a real study session on an in-memory store.

use super::action::Action;
use super::app::{App, AppState, Tab};
use super::test_support::screen;
use super::theme::Theme;
use crate::core::config::Lang;
use crate::core::content::parse_pack;
use crate::core::scheduler::Rating;
use crate::store::Store;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
note = "Configurable from 0 to 2."
source = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html"
ko = { front = "비동기 호출의 기본 재시도 횟수는?", back = "두 번.", note = "0~2로 설정 가능." }

[[card]]
id = "cloze"
kind = "cloze"
text = "Memory goes from {{128 MB}} to {{10,240 MB}}."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "numeric"
kind = "numeric"
front = "Longest timeout of a standard function?"
answer = 900
unit = "seconds"
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
"#;

fn app() -> App {
    app_of(PACK)
}

/// The pack with Korean for the numeric card (its front and unit), for the Korean numeric
/// screens; the other tests keep the numeric card English only.
fn app_with_korean_numeric() -> App {
    let pack = PACK.replace(
        "unit = \"seconds\"\n",
        "unit = \"seconds\"\nko = { front = \"일반 함수에 설정할 수 있는 최대 제한 시간은?\", unit = \"초\" }\n",
    );
    assert_ne!(pack, PACK);
    app_of(&pack)
}

fn app_of(pack: &str) -> App {
    let report = parse_pack("t.toml", pack.as_bytes());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let pack = report.pack.unwrap();
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), vec![pack]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::StartDrill, NOON);
    app
}

fn key(app: &mut App, code: KeyCode, now: i64) {
    app.on_key(&KeyEvent::new(code, KeyModifiers::NONE), now);
}

fn revlog_rows(app: &App) -> usize {
    app.study().unwrap().store().summary().unwrap().reviews as usize
}

#[test]
fn front_then_answer_with_the_interval_of_each_button() {
    let mut app = app();
    assert_eq!(app.tab(), Tab::Drill);
    let s = screen(&mut app);
    assert!(
        s.contains("How many retries does an asynchronous invocation get"),
        "{s}"
    );
    assert!(!s.contains("Two."), "answer hidden before reveal\n{s}");
    key(&mut app, KeyCode::Char(' '), NOON);
    let s = screen(&mut app);
    assert!(s.contains("Two."), "{s}");
    assert!(s.contains("Configurable from 0 to 2."), "{s}");
    assert!(s.contains("Source:"), "{s}");
    assert!(
        s.contains("https://docs.aws.amazon.com/lambda/latest/dg/invocation-async"),
        "{s}"
    );
    // The buttons show what the scheduler computes for this card.
    let p = app.study().unwrap().preview(NOON).unwrap().unwrap();
    for pv in p {
        assert!(
            s.contains(&format!(
                "{} {}",
                crate::study_text::rating(Lang::En, pv.rating),
                crate::study_text::preview(Lang::En, &pv)
            )),
            "{pv:?}\n{s}"
        );
    }
    insta::assert_snapshot!(s);
}

#[test]
fn a_rating_is_saved_before_the_next_card_and_undo_brings_it_back() {
    let mut app = app();
    key(&mut app, KeyCode::Char(' '), NOON);
    key(&mut app, KeyCode::Char('3'), NOON + 5_000);
    assert_eq!(revlog_rows(&app), 1, "committed when the next card shows");
    let s = screen(&mut app);
    assert!(s.contains("1 done"), "{s}");
    assert!(
        s.contains("Memory goes from [...] to [...]."),
        "cloze hidden:\n{s}"
    );
    key(&mut app, KeyCode::Char('u'), NOON + 6_000);
    assert_eq!(revlog_rows(&app), 0);
    let s = screen(&mut app);
    assert!(s.contains("Undid the answer to t/basic."), "{s}");
    assert!(s.contains("How many retries"), "{s}");
    assert!(s.contains("0 done"), "{s}");
    key(&mut app, KeyCode::Char('u'), NOON + 7_000);
    assert!(screen(&mut app).contains("Nothing to undo in this session."));
}

#[test]
fn cloze_reveals_its_deletions() {
    let mut app = app();
    app.update(Action::Bury, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Buried until tomorrow: t/basic."), "{s}");
    key(&mut app, KeyCode::Enter, NOON);
    assert!(screen(&mut app).contains("Memory goes from 128 MB to 10,240 MB."));
}

#[test]
fn numeric_answers_are_typed_graded_and_rated_as_suggested() {
    let mut app = app();
    app.update(Action::Suspend, NOON);
    app.update(Action::Bury, NOON);
    assert!(screen(&mut app).contains("Longest timeout"));
    for c in "15 min".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    assert!(screen(&mut app).contains("Your answer: 15 min_"));
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Answer: 900 seconds"), "{s}");
    assert!(s.contains("Read as 15 min = 900 seconds"), "{s}");
    assert!(s.contains("Correct  suggested: Good"), "{s}");
    key(&mut app, KeyCode::Enter, NOON + 3_000);
    assert_eq!(revlog_rows(&app), 1);
    let st = app.study().unwrap().state("t/numeric").unwrap().clone();
    assert_eq!(st.reps, 1);
    assert!(screen(&mut app).contains("No cards are due now."));
}

#[test]
fn a_wrong_number_shows_the_difference() {
    let mut app = app();
    app.update(Action::Suspend, NOON);
    app.update(Action::Suspend, NOON);
    for c in "850".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Off by 50 seconds  suggested: Hard"), "{s}");
}

#[test]
fn korean_text_is_shown_on_request() {
    let mut app = app();
    key(&mut app, KeyCode::Char('t'), NOON);
    key(&mut app, KeyCode::Char(' '), NOON);
    let s = screen(&mut app);
    // Wide characters take two cells; compare without the padding.
    let compact = s.replace(' ', "");
    assert!(compact.contains("비동기호출의기본재시도횟수는?"), "{s}");
    assert!(compact.contains("두번."), "{s}");
}

#[test]
fn rating_before_reveal_is_refused() {
    let mut app = app();
    app.update(Action::Rate(Rating::Good), NOON);
    assert_eq!(revlog_rows(&app), 0);
    assert!(screen(&mut app).contains("Show the answer first (Space)."));
}

#[test]
fn the_calculators_remember_their_last_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let pack = parse_pack("t.toml", PACK.as_bytes()).pack.unwrap();
    let open = |now| {
        let study = crate::study::testing::study(Store::open(&path).unwrap(), vec![pack.clone()]);
        App::with_study(AppState::default(), Theme::plain(), study, now)
    };
    let mut app = open(NOON);
    app.update(Action::OpenCalc, NOON);
    assert_eq!(app.tab(), Tab::Calc);
    // The item-size field has focus: replace 6.5KB with 12KB.
    for _ in 0..5 {
        key(&mut app, KeyCode::Backspace, NOON);
    }
    for c in "12KB".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    let s = screen(&mut app);
    assert!(s.contains("3 / 2 = 1.5 RCU per read"), "{s}");
    assert!(s.contains("Esc back"), "{s}");
    key(&mut app, KeyCode::Esc, NOON);
    assert_eq!(app.tab(), Tab::Home);
    drop(app);
    let mut app = open(NOON + 1000);
    app.update(Action::OpenCalc, NOON + 1000);
    assert!(screen(&mut app).contains("12KB"));
}

#[test]
fn a_generated_drill_draws_an_exercise_and_grades_the_typed_answer_exactly() {
    const GEN: &str = r#"
[pack]
id = "g"
title = "Generated"
services = ["DynamoDB"]
schema = 1
checked = 2026-11-24

[[generator]]
id = "gen-read"
kind = "dynamodb-read"
source = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html"
"#;
    let pack = parse_pack("g.toml", GEN.as_bytes()).pack.unwrap();
    assert_eq!(pack.generators.len(), 1);
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), vec![pack]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::StartDrill, NOON);
    let inst = app.instance().expect("an exercise is drawn").clone();
    let s = screen(&mut app);
    assert!(s.contains("How many RCU must the table provision?"), "{s}");
    let crate::core::calc::drills::Expected::Number { value, .. } = inst.expected else {
        panic!("a number is expected")
    };
    for c in crate::core::drill::fmt(value).chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Correct"), "{s}");
    assert!(s.contains("Working:"), "{s}");
    key(&mut app, KeyCode::Enter, NOON + 2_000);
    assert_eq!(revlog_rows(&app), 1);
    let st = app.study().unwrap().state("g/gen-read").unwrap();
    assert_eq!(st.reps, 1);
}

#[test]
fn browse_searches_highlights_and_changes_a_cards_schedule() {
    let mut app = app();
    app.update(Action::OpenBrowse, NOON);
    assert_eq!(app.tab(), Tab::Browse);
    let s = screen(&mut app);
    assert!(s.contains("3 of 3 items"), "{s}");
    for c in "kind:num".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    let s = screen(&mut app);
    assert!(s.contains("1 of 3 items"), "{s}");
    assert!(s.contains("t/numeric"), "{s}");
    assert!(
        s.contains("-> 900 seconds"),
        "the detail pane shows the answer:\n{s}"
    );
    app.on_key(
        &KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
        NOON,
    );
    assert!(screen(&mut app).contains("Suspended t/numeric."));
    assert!(app.study().unwrap().state("t/numeric").unwrap().suspended);
    for _ in 0..8 {
        key(&mut app, KeyCode::Backspace, NOON);
    }
    for c in "state:susp".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    assert!(screen(&mut app).contains("1 of 3 items"));
    let ctrl_r = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    // Reset asks first: the card is left as it is until Ctrl-R comes again.
    app.on_key(&ctrl_r, NOON);
    assert!(screen(&mut app).contains("Press Ctrl-R again to make t/numeric new"));
    assert!(app.study().unwrap().state("t/numeric").unwrap().suspended);
    app.on_key(&ctrl_r, NOON);
    assert!(screen(&mut app).contains("t/numeric is new again; its history is kept."));
    assert!(!app.study().unwrap().state("t/numeric").unwrap().suspended);
    key(&mut app, KeyCode::Esc, NOON);
    assert_eq!(app.tab(), Tab::Home);
}

/// Korean search in Browse (issue 16): initial consonants find a card by its Korean text, the row
/// shows that text with the matched syllables underlined, and with the content in Korean the rows
/// show Korean unless the query matches only the English.
#[test]
fn browse_finds_korean_text_by_initial_consonants() {
    use ratatui::style::Modifier;
    /// The screen drawn on an 80x24 test terminal.
    fn draw(app: &mut App) -> ratatui::buffer::Buffer {
        let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        t.draw(|f| app.render(f)).unwrap();
        t.backend().buffer().clone()
    }
    /// Its first rows as text, a wide character in one cell (it takes two on screen).
    fn text(buf: &ratatui::buffer::Buffer, rows: u16) -> String {
        let mut out = String::new();
        for y in 0..rows {
            let mut x = 0;
            while x < buf.area.width {
                let sym = buf[(x, y)].symbol();
                out.push_str(sym);
                x += unicode_width::UnicodeWidthStr::width(sym).max(1) as u16;
            }
            out.push('\n');
        }
        out
    }
    let mut app = app();
    app.update(Action::OpenBrowse, NOON);
    for c in "ㅈㅅㄷ".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    let buf = draw(&mut app);
    let underlined: String = (0..80)
        .map(|x| &buf[(x, 3)])
        .filter(|c| c.modifier.contains(Modifier::UNDERLINED))
        .map(|c| c.symbol())
        .collect();
    assert_eq!(underlined, "재시도", "the syllables of the initials typed");
    // The search line and the list.
    insta::assert_snapshot!("browse_korean_initials", text(&buf, 7));
    // In Korean, every row with Korean text shows it; an English query that matches only the
    // English text shows the English.
    app.set_lang(crate::core::config::Lang::Ko);
    app.on_key(
        &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        NOON,
    );
    let s = text(&draw(&mut app), 24);
    assert!(
        s.contains("t/basic                      basic     new       비동기"),
        "{s}"
    );
    assert!(
        s.contains("t/numeric                    numeric   new       Longest"),
        "{s}"
    );
    for c in "retries".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    let s = text(&draw(&mut app), 24);
    assert!(s.contains("1 of 3 items"), "{s}");
    assert!(s.contains("new       How many retries"), "{s}");
}

#[test]
fn stats_show_the_same_numbers_as_the_report() {
    let mut app = app();
    key(&mut app, KeyCode::Char(' '), NOON);
    key(&mut app, KeyCode::Char('3'), NOON + 1000);
    app.update(Action::OpenStats, NOON + 2000);
    assert_eq!(app.tab(), Tab::Stats);
    let r = crate::stats_report::report(app.study().unwrap(), NOON + 2000).unwrap();
    let s = screen(&mut app);
    let c = r.counts.cards;
    for want in [
        crate::stats_report::cards_to_study(crate::core::config::Lang::En, &c),
        format!("{} studied, {} not yet studied", c.studied, c.new),
        format!("Answered today: {}", r.counts.answers_today),
    ] {
        assert!(s.contains(&want), "{want}\n{s}");
    }
    let due: u32 = r.forecast.iter().map(|f| f.1).sum();
    assert!(
        s.contains(&format!("Due per day, next 30 days: {due} in all")),
        "{s}"
    );
    // One answer today, the busiest day: the legend's darkest shade stands for 1.
    assert!(s.contains("· 0 █ 1"), "{s}");
}

#[test]
fn settings_are_edited_validated_and_written_keeping_comments() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("config.toml");
    std::fs::write(&cfg, "# mine\nnew_cards_per_day = 20 # pace\n").unwrap();
    let mut app = app();
    app.set_config_path(cfg.clone());
    app.update(Action::OpenSettings, NOON);
    assert_eq!(app.tab(), Tab::Settings);
    app.update(Action::Down, NOON);
    app.update(Action::Confirm, NOON);
    key(&mut app, KeyCode::Backspace, NOON);
    key(&mut app, KeyCode::Backspace, NOON);
    key(&mut app, KeyCode::Char('x'), NOON);
    app.update(Action::Confirm, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("Not saved: new_cards_per_day: `x` is not a whole number"),
        "{s}"
    );
    key(&mut app, KeyCode::Backspace, NOON);
    for c in "35".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    app.update(Action::Confirm, NOON);
    assert!(screen(&mut app).contains("Saved new_cards_per_day."));
    assert_eq!(
        std::fs::read_to_string(&cfg).unwrap(),
        "# mine\nnew_cards_per_day = 35 # pace\n"
    );
    assert_eq!(app.study().unwrap().config().new_cards_per_day, 35);
}

#[test]
fn the_palette_finds_and_runs_an_action_by_name() {
    let mut app = app();
    key(&mut app, KeyCode::Esc, NOON);
    assert_eq!(app.tab(), Tab::Home);
    key(&mut app, KeyCode::Char(':'), NOON);
    assert!(app.palette_open());
    for c in "statist".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    let s = screen(&mut app);
    assert!(s.contains("show statistics"), "{s}");
    key(&mut app, KeyCode::Enter, NOON);
    assert!(!app.palette_open());
    assert_eq!(app.tab(), Tab::Stats);
}

#[test]
fn mouse_clicks_open_tabs_and_the_wheel_moves_lists() {
    use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};
    let mut app = app();
    let click = |col| MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: col,
        row: 0,
        modifiers: KeyModifiers::NONE,
    };
    // " Home " (0-5), " Drill " (7-13), " Exam " (15-20), " Calculators " (22-34), " Browse " (36-43)
    app.on_mouse(&click(17), NOON);
    assert_eq!(app.tab(), Tab::Exam);
    app.on_mouse(&click(38), NOON);
    assert_eq!(app.tab(), Tab::Browse);
    let s = screen(&mut app);
    assert!(s.contains("Cards and questions"), "{s}");
    let wheel = MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 5,
        row: 5,
        modifiers: KeyModifiers::NONE,
    };
    app.on_mouse(&wheel, NOON);
    app.on_mouse(&wheel, NOON);
    let study = app.study().unwrap();
    let items = study.browse_items(NOON);
    let lib = study.library();
    let first = crate::core::browse::search(&items, &lib, "", Default::default(), None);
    let third = lib.id(&items[first[2].at()]);
    assert_eq!(app.browse_selected(), Some(third));
}

/// One snapshot per screen at 80x24, from the small test pack (the numbers do not move).
#[test]
fn screen_snapshots() {
    let mut app = app();
    key(&mut app, KeyCode::Esc, NOON);
    for (name, action) in [
        ("browse", Action::OpenBrowse),
        ("stats", Action::OpenStats),
        ("settings", Action::OpenSettings),
        ("calculators", Action::OpenCalc),
        ("exam_menu", Action::OpenExams),
    ] {
        app.update(action, NOON);
        insta::assert_snapshot!(name, screen(&mut app));
        key(&mut app, KeyCode::Esc, NOON);
        assert_eq!(app.tab(), Tab::Home, "{name}: Esc goes back to Home");
    }
}

#[test]
fn letters_typed_into_a_numeric_answer_never_act_as_commands() {
    let mut app = app();
    app.update(Action::Suspend, NOON);
    app.update(Action::Bury, NOON);
    assert!(screen(&mut app).contains("Longest timeout"));
    // b would bury, s suspend, u undo, h/l switch screens, q go back, t switch language.
    for c in "bsuhlqt".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    assert_eq!(app.tab(), Tab::Drill);
    let s = screen(&mut app);
    assert!(s.contains("Your answer: bsuhlqt_"), "{s}");
    assert!(
        s.contains("letters type; commands after the answer shows"),
        "{s}"
    );
    let st = app.study().unwrap().state("t/numeric");
    assert!(st.is_none_or(|st| !st.suspended && st.buried_until.is_none()));
    assert_eq!(revlog_rows(&app), 0);
    // Help while answering lists Enter, not the letter commands.
    let rows = crate::tui::keys::help_rows(app.scopes());
    assert!(rows.iter().all(|r| r.action != Action::Bury), "{rows:?}");
    // Once the answer shows, the letters are commands again.
    for _ in 0..7 {
        key(&mut app, KeyCode::Backspace, NOON);
    }
    for c in "900".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    key(&mut app, KeyCode::Char('s'), NOON);
    assert!(screen(&mut app).contains("Suspended t/numeric."));
    // Esc leaves a card that waits for an answer.
    key(&mut app, KeyCode::Esc, NOON);
    assert_eq!(app.tab(), Tab::Home);
}

#[test]
fn a_unit_that_does_not_convert_lets_the_user_type_again() {
    let mut app = app();
    app.update(Action::Suspend, NOON);
    app.update(Action::Bury, NOON);
    for c in "15 MB".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(
        !s.contains("Answer: 900 seconds"),
        "the answer stays hidden:\n{s}"
    );
    assert!(s.contains("cannot be converted"), "{s}");
    // Fix the unit and check again: now it converts and the answer shows.
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace, NOON);
    }
    for c in "min".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Answer: 900 seconds"), "{s}");
    assert!(s.contains("Correct"), "{s}");
}

#[test]
fn answers_today_agree_on_home_the_drill_and_stats() {
    let mut app = app();
    // Three answers: the first Again (it stays in learning and comes back later today), the
    // second Good, then the first again when it is due.
    key(&mut app, KeyCode::Char(' '), NOON);
    key(&mut app, KeyCode::Char('1'), NOON + 1_000);
    key(&mut app, KeyCode::Char(' '), NOON + 2_000);
    key(&mut app, KeyCode::Char('3'), NOON + 3_000);
    let later = NOON + 20 * 60_000;
    app.tick(later);
    key(&mut app, KeyCode::Char(' '), later);
    key(&mut app, KeyCode::Char('3'), later + 1_000);
    assert_eq!(revlog_rows(&app), 3);
    let drill = screen(&mut app);
    assert!(drill.contains("3 done today"), "{drill}");
    let stats = crate::stats_report::report(app.study().unwrap(), later).unwrap();
    let stats_today = stats.days.last().unwrap().answers;
    app.update(Action::Back, later);
    assert_eq!(app.tab(), Tab::Home);
    assert_eq!(app.state().counts.answers_today, 3);
    assert_eq!(stats_today, 3, "stats counts the same answers today");
}

/// An IAM puzzle in the drill: the policies and the request are shown (in Korean with `t`), a
/// typed decision is checked against the evaluator's, and the working is the path through the flow.
#[test]
fn an_iam_puzzle_is_drawn_answered_and_shown_in_korean() {
    const GEN: &str = r#"
[pack]
id = "p"
title = "Puzzles"
services = ["IAM"]
schema = 1
checked = 2026-12-07

[[generator]]
id = "gen-iam"
kind = "iam-decision"
source = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html"
"#;
    let pack = parse_pack("p.toml", GEN.as_bytes()).pack.unwrap();
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), vec![pack]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::StartDrill, NOON);
    let inst = app.instance().expect("a puzzle is drawn").clone();
    let s = screen(&mut app);
    assert!(s.contains("Is the request allowed?"), "{s}");
    assert!(
        s.contains("Your answer: _"),
        "the puzzle fits at 80x24:\n{s}"
    );
    assert!(s.contains("Request: arn:aws:"), "{s}");
    assert!(s.contains("{\"Sid\":"), "{s}");
    let crate::core::calc::drills::Expected::Decision(d) = inst.expected else {
        panic!("a decision is expected: {:?}", inst.expected)
    };
    app.update(Action::ToggleKorean, NOON);
    let s = screen(&mut app);
    // Wide characters take two cells; compare without the padding.
    assert!(s.replace(' ', "").contains("이요청은허용되는가?"), "{s}");
    let typed = match d {
        crate::core::iam::Decision::Allow => "a",
        crate::core::iam::Decision::ExplicitDeny => "e",
        crate::core::iam::Decision::ImplicitDeny => "i",
    };
    key(&mut app, KeyCode::Char(typed.chars().next().unwrap()), NOON);
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Correct"), "{s}");
    assert!(s.contains("Deny evaluation"), "{s}");
    app.update(Action::ToggleKorean, NOON);
    insta::assert_snapshot!("iam_puzzle_revealed", screen(&mut app));
}

/// A pack for a whole session: six basic cards, a numeric card and a generated exercise.
const SESSION_PACK: &str = r#"
[pack]
id = "s"
title = "Session"
services = ["Lambda"]
schema = 1
checked = 2026-11-24

[[card]]
id = "b1"
kind = "basic"
front = "Front one?"
back = "Back one."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "b2"
kind = "basic"
front = "Front two?"
back = "Back two."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "b3"
kind = "basic"
front = "Front three?"
back = "Back three."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "b4"
kind = "basic"
front = "Front four?"
back = "Back four."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "b5"
kind = "basic"
front = "Front five?"
back = "Back five."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "b6"
kind = "basic"
front = "Front six?"
back = "Back six."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "timeout"
kind = "numeric"
front = "Longest timeout of a standard function?"
answer = 900
unit = "seconds"
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[generator]]
id = "gen-read"
kind = "dynamodb-read"
source = "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html"
"#;

/// The app drawn on a `w`x`h` test terminal, as text.
fn screen_of(app: &mut App, w: u16, h: u16) -> String {
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.render(f)).unwrap();
    let buf = t.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

fn current_id(app: &App) -> String {
    app.study().unwrap().current().unwrap().id.to_string()
}

/// One session with Again, Hard, Good and Easy, a typed numeric answer, a bury and a suspend before
/// any answer, and a learning card answered again once it came due; then every count is read on
/// every surface that shows it: Home, the drill's header and summary, Stats, `awsdrill stats` (its
/// lines and its JSON) and `awsdrill due` (its lines and its JSON).
#[test]
fn every_count_agrees_on_home_the_drill_stats_and_the_commands() {
    let report = parse_pack("s.toml", SESSION_PACK.as_bytes());
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    let study =
        crate::study::testing::study(Store::open_in_memory().unwrap(), vec![report.pack.unwrap()]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::StartDrill, NOON);
    let mut t = NOON;
    // Each key a second after the one before.
    fn step(app: &mut App, t: &mut i64, keys: &str) {
        for c in keys.chars() {
            *t += 1_000;
            let code = if c == '\n' {
                KeyCode::Enter
            } else {
                KeyCode::Char(c)
            };
            key(app, code, *t);
        }
    }
    assert_eq!(current_id(&app), "s/b1");
    step(&mut app, &mut t, " 1"); // Again: learning, back in a minute
    assert_eq!(current_id(&app), "s/b2");
    step(&mut app, &mut t, " 2"); // Hard: learning
    assert_eq!(current_id(&app), "s/b3");
    step(&mut app, &mut t, "b"); // buried before any answer
    assert_eq!(current_id(&app), "s/b4");
    step(&mut app, &mut t, "s"); // suspended before any answer
    assert_eq!(current_id(&app), "s/b5");
    step(&mut app, &mut t, " 3"); // Good: the next learning step
    assert_eq!(current_id(&app), "s/b6");
    step(&mut app, &mut t, " 4"); // Easy: review
    assert_eq!(current_id(&app), "s/timeout");
    step(&mut app, &mut t, "15 min\n"); // typed answer, converted: right
    assert!(screen(&mut app).contains("Correct"));
    step(&mut app, &mut t, " "); // the suggested rating (Good)
    // The generated exercise is new: it waits for a typed answer, so it is buried by the action.
    assert_eq!(current_id(&app), "s/gen-read");
    t += 1_000;
    app.update(Action::Bury, t);
    assert!(screen(&mut app).contains("No cards are due now."));
    // b1 comes due after its minute and is answered again.
    t = NOON + 3 * 60_000;
    app.tick(t);
    assert_eq!(current_id(&app), "s/b1");
    step(&mut app, &mut t, " 3");
    let now = t;

    let counts = app.study().unwrap().counts(now).unwrap();
    // 6 answers to 5 cards; 3 cards were only buried or suspended.
    assert_eq!(counts.answers_today, 6);
    assert_eq!(counts.answers_all, 6);
    let c = counts.cards;
    assert_eq!((c.total, c.generated, c.missed_questions), (8, 1, 0));
    assert_eq!((c.studied, c.new), (5, 3), "{c:?}");
    assert_eq!((c.learning, c.review, c.relearning), (4, 1, 0), "{c:?}");
    assert_eq!((c.suspended, c.leech), (1, 0));
    let d = counts.due;
    assert_eq!((d.learning, d.review, d.new), (0, 0, 0), "{d:?}");
    assert_eq!(d.learning_later_today, 4, "{d:?}");

    // The drill: its header, and its summary now that nothing is due.
    let drill = screen_of(&mut app, 100, 30);
    assert!(
        drill.contains("6 done today  |  left: 0 learning (+4 later), 0 review, 0 new"),
        "{drill}"
    );
    assert!(
        drill.contains("4 learning cards come back later today."),
        "{drill}"
    );
    assert!(
        drill.contains("This session: 6 answers, 1 Again"),
        "{drill}"
    );

    // Home.
    app.update(Action::Back, now);
    assert_eq!(app.tab(), Tab::Home);
    assert_eq!(app.state().counts, counts);
    let home = screen_of(&mut app, 100, 30);
    for want in [
        "8 cards to study (7 written, 1 generated exercise)",
        "Due now: 0 learning, 0 review, 0 new.  Answered today: 6.",
        "4 learning cards come back later today.",
        "6 answers and 0 mock exams so far; 5 cards studied, 3 not yet studied.",
    ] {
        assert!(home.contains(want), "{want}\n{home}");
    }

    // Stats: the screen, the command's lines and its JSON are one report.
    app.update(Action::OpenStats, now);
    let r = crate::stats_report::report(app.study().unwrap(), now).unwrap();
    assert_eq!(r.counts, counts);
    assert_eq!(r.days.last().unwrap().answers, counts.answers_today);
    let stats = screen_of(&mut app, 100, 30);
    for want in [
        "Answered today: 6 (6 in all)",
        "Due now: 0 learning, 0 review, 0 new",
        "Later today: 4 learning",
        "8 cards to study (7 written, 1 generated exercise)",
        "5 studied, 3 not yet studied",
        "4 learning, 0 relearning, 1 review",
    ] {
        assert!(stats.contains(want), "{want}\n{stats}");
    }
    let lines = crate::stats_report::text::lines(crate::core::config::Lang::En, &r).join("\n");
    for want in [
        "Today: 6 answers; due now 0 learning (+4 later today), 0 review, 0 new.",
        "8 cards to study (7 written, 1 generated exercise); 5 studied, 3 not yet studied.",
        "Answers in all: 6.",
    ] {
        assert!(lines.contains(want), "{want}\n{lines}");
    }
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["answers_today"], 6);
    assert_eq!(json["cards"]["studied"], 5);
    assert_eq!(json["cards"]["new"], 3);
    assert_eq!(json["cards"]["generated"], 1);
    assert_eq!(json["cards"]["learning"], 4);
    assert_eq!(json["due"]["learning_later_today"], 4);

    // `awsdrill due`: the same counts, in lines and in JSON.
    let due = crate::stats_report::due::report(app.study().unwrap(), now).unwrap();
    assert_eq!(due.total, counts.due);
    assert_eq!(due.cards, counts.cards);
    assert_eq!(due.answers_today, counts.answers_today);
    let per_pack: usize = due.packs.iter().map(|p| p.due.learning_later_today).sum();
    assert_eq!(per_pack, 4, "the packs add up to the total");
    let lines = crate::stats_report::due::text(crate::core::config::Lang::En, &due).join("\n");
    for want in [
        "Due now: 0 (0 learning, 0 review, 0 new). Later today: 4 learning.",
        "Answered today: 6. Cards: 5 studied, 3 not yet studied, 4 in learning steps.",
    ] {
        assert!(lines.contains(want), "{want}\n{lines}");
    }
    let json = serde_json::to_value(&due).unwrap();
    assert_eq!(json["answers_today"], 6);
    assert_eq!(json["total"]["learning_later_today"], 4);
    assert_eq!(json["cards"]["studied"], 5);
}

/// The test pack with `type_cloze_answers` on.
fn typed_cloze_app() -> App {
    typed_cloze_app_in(Lang::En)
}

/// `typed_cloze_app` with the screen's words and the cards in `lang`.
fn typed_cloze_app_in(lang: Lang) -> App {
    let pack = parse_pack("t.toml", PACK.as_bytes()).pack.unwrap();
    let config = crate::core::config::Config {
        type_cloze_answers: true,
        ..Default::default()
    };
    let study = crate::study::Study::new(
        Store::open_in_memory().unwrap(),
        vec![pack],
        config,
        Box::new(crate::core::scheduler::StudyDays::new(chrono::Utc, 4)),
        1,
    )
    .unwrap();
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.set_lang(lang);
    app.set_ui_lang(lang);
    app.update(Action::StartDrill, NOON);
    // The basic card first: bury it, and the cloze card shows.
    app.update(Action::Bury, NOON);
    app
}

#[test]
fn a_typed_cloze_answer_is_graded_blank_by_blank_and_leniently() {
    let mut app = typed_cloze_app();
    let s = screen(&mut app);
    assert!(s.contains("Memory goes from [...] to [...]."), "{s}");
    assert!(
        s.contains("2 blanks: type their answers in order, apart with ;"),
        "{s}"
    );
    // Letters type (b would bury, s suspend), case, spaces and commas do not matter.
    for c in "128mb;  10240 MB".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    assert!(screen(&mut app).contains("Your answer: 128mb;  10240 MB_"));
    let st = app.study().unwrap().state("t/cloze");
    assert!(st.is_none_or(|st| !st.suspended && st.buried_until.is_none()));
    key(&mut app, KeyCode::Enter, NOON + 4_000);
    let s = screen(&mut app);
    assert!(s.contains("Memory goes from 128 MB to 10,240 MB."), "{s}");
    assert!(s.contains("Blank 1: 128 MB  you typed 128mb  right"), "{s}");
    assert!(
        s.contains("Blank 2: 10,240 MB  you typed 10240 MB  right"),
        "{s}"
    );
    assert!(s.contains("Correct  suggested: Good"), "{s}");
    insta::assert_snapshot!(s);
    // Space records the suggested rating.
    key(&mut app, KeyCode::Char(' '), NOON + 5_000);
    assert_eq!(revlog_rows(&app), 1);
    let log = app
        .study()
        .unwrap()
        .store()
        .item_history("t/cloze", 1)
        .unwrap();
    assert_eq!(log[0].rating, Rating::Good.number());
}

#[test]
fn a_wrong_or_missing_blank_suggests_again() {
    let mut app = typed_cloze_app();
    for c in "128 MB".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("Blank 2: 10,240 MB  you typed nothing  wrong"),
        "{s}"
    );
    assert!(s.contains("1 of 2 blanks right  suggested: Again"), "{s}");
    assert!(
        s.contains("Space Again"),
        "the footer says what Space records:\n{s}"
    );
    key(&mut app, KeyCode::Char(' '), NOON + 1_000);
    let log = app
        .study()
        .unwrap()
        .store()
        .item_history("t/cloze", 1)
        .unwrap();
    assert_eq!(log[0].rating, Rating::Again.number());
}

#[test]
fn cloze_answers_are_not_typed_unless_the_setting_is_on() {
    let mut app = app();
    app.update(Action::Bury, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Memory goes from [...] to [...]."), "{s}");
    assert!(!s.contains("Your answer"), "{s}");
    // Letters are commands: b buries the cloze card.
    key(&mut app, KeyCode::Char('b'), NOON);
    assert!(screen(&mut app).contains("Buried until tomorrow: t/cloze."));
}

/// The app in Korean: the screen's own words (`ui_lang`) and the cards (`lang`).
fn korean(mut app: App) -> App {
    app.set_lang(Lang::Ko);
    app.set_ui_lang(Lang::Ko);
    app
}

/// The screen at 80x24 as a terminal shows it (a Korean letter fills two columns).
fn ko_screen(app: &mut App) -> String {
    super::i18n_tests::screen_at(app, 80, 24)
}

#[test]
fn the_drill_in_korean_shows_the_front_then_the_answer_and_the_same_intervals() {
    let mut app = korean(app());
    let s = ko_screen(&mut app);
    assert!(s.contains("비동기 호출의 기본 재시도 횟수는?"), "{s}");
    assert!(s.contains("오늘 답변 0회"), "{s}");
    assert!(!s.contains("done today"), "{s}");
    insta::assert_snapshot!("drill_front_ko", s);
    key(&mut app, KeyCode::Char(' '), NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("두 번."), "{s}");
    assert!(s.contains("출처:"), "{s}");
    // The buttons show the scheduler's intervals: the same numbers as in English.
    let p = app.study().unwrap().preview(NOON).unwrap().unwrap();
    for pv in p {
        let en = crate::study_text::preview(Lang::En, &pv);
        let ko = crate::study_text::preview(Lang::Ko, &pv);
        let digits = |t: &str| {
            t.chars()
                .filter(|c| c.is_ascii_digit() || *c == '.')
                .collect::<String>()
        };
        assert_eq!(digits(&en), digits(&ko));
        assert!(
            s.contains(&format!(
                "{} {ko}",
                crate::study_text::rating(Lang::Ko, pv.rating)
            )),
            "{ko}\n{s}"
        );
    }
    insta::assert_snapshot!("drill_back_ko", s);
}

#[test]
fn a_typed_number_in_korean_unreadable_right_then_the_summary() {
    let mut app = korean(app_with_korean_numeric());
    app.update(Action::Suspend, NOON);
    app.update(Action::Bury, NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("입력한 답: _  (단위: 초)"), "{s}");
    assert!(s.contains("숫자를 입력한 후 Enter"), "{s}");
    for c in "15 MB".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("답의 단위는 초입니다."), "{s}");
    assert!(s.contains("입력하십시오."), "{s}");
    assert!(!s.contains("정답:"), "the answer stays hidden:\n{s}");
    insta::assert_snapshot!("drill_numeric_unreadable_ko", s);
    for _ in 0..5 {
        key(&mut app, KeyCode::Backspace, NOON);
    }
    for c in "15 min".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON + 7_000);
    let s = ko_screen(&mut app);
    assert!(s.contains("정답: 900초"), "{s}");
    assert!(s.contains("읽은 값: 15분 = 900초"), "{s}");
    assert!(s.contains("맞았습니다  제안: 알맞음"), "{s}");
    assert!(!s.contains("seconds"), "no English unit:\n{s}");
    insta::assert_snapshot!("drill_numeric_right_ko", s);
    // Space records Good: nothing is due now, one learning card later today.
    key(&mut app, KeyCode::Char(' '), NOON + 9_000);
    let s = ko_screen(&mut app);
    assert!(s.contains("지금 학습할 카드가 없습니다."), "{s}");
    assert!(
        s.contains("이번 세션: 답변 1회, 다시 0회(0 %), 소요 시간 0분 09초."),
        "{s}"
    );
    assert!(s.contains("다음 카드는 10분 후에"), "{s}");
    insta::assert_snapshot!("drill_summary_ko", s);
    // Undo brings the card back, and says so.
    key(&mut app, KeyCode::Char('u'), NOON + 10_000);
    assert!(ko_screen(&mut app).contains("t/numeric의 답변을 실행 취소했습니다."));
}

#[test]
fn a_wrong_number_in_korean_shows_the_difference() {
    let mut app = korean(app_with_korean_numeric());
    app.update(Action::Suspend, NOON);
    app.update(Action::Bury, NOON);
    for c in "800".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("정답: 900초"), "{s}");
    assert!(s.contains("100초 차이  제안: 다시"), "{s}");
    assert!(!s.contains("seconds"), "no English unit:\n{s}");
    assert!(s.contains("Space 다시"), "{s}");
    insta::assert_snapshot!("drill_numeric_wrong_ko", s);
}

#[test]
fn the_cards_korean_unit_typed_as_shown_is_right_without_a_conversion() {
    let mut app = korean(app_with_korean_numeric());
    app.update(Action::Suspend, NOON);
    app.update(Action::Bury, NOON);
    for c in "900초".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("정답: 900초"), "{s}");
    assert!(s.contains("맞았습니다  제안: 알맞음"), "{s}");
    assert!(
        !s.contains("읽은 값"),
        "the card's own unit needs no conversion:\n{s}"
    );
    // A unit that does not convert is named in Korean in the message.
    let mut app = korean(app_with_korean_numeric());
    app.update(Action::Suspend, NOON);
    app.update(Action::Bury, NOON);
    for c in "15 MB".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("답의 단위는 초입니다"), "{s}");
}

#[test]
fn a_korean_rate_is_typed_and_read_in_korean() {
    let pack = r#"
[pack]
id = "t"
title = "Test"
services = ["API Gateway"]
schema = 1
checked = 2026-11-24

[[card]]
id = "rate"
kind = "numeric"
front = "Default steady-state request rate of an account in a Region?"
answer = 10000
unit = "requests per second"
tolerance = 100
source = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html"
ko = { front = "계정의 리전별 기본 정상 상태 요청 속도는?", unit = "초당 요청 {n}건" }
"#;
    let mut app = korean(app_of(pack));
    let s = ko_screen(&mut app);
    assert!(s.contains("(단위: 초당 요청 N건)"), "{s}");
    for c in "분당 600000".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    key(&mut app, KeyCode::Enter, NOON);
    let s = ko_screen(&mut app);
    assert!(
        s.contains("정답: 초당 요청 10,000건(허용 오차 초당 요청 100건)"),
        "{s}"
    );
    assert!(
        s.contains("읽은 값: 분당 600,000 = 초당 요청 10,000건"),
        "{s}"
    );
    assert!(!s.contains("requests"), "no English unit:\n{s}");
    insta::assert_snapshot!("drill_numeric_rate_ko", s);
}

#[test]
fn with_every_card_set_aside_the_korean_drill_says_nothing_is_due() {
    let mut app = korean(app());
    app.update(Action::Bury, NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("내일까지 보류: t/basic."), "{s}");
    app.update(Action::Bury, NOON);
    app.update(Action::Suspend, NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("t/numeric 카드를 일시 중지했습니다."), "{s}");
    assert!(s.contains("지금 학습할 카드가 없습니다."), "{s}");
    assert!(!s.contains("이번 세션"), "nothing answered:\n{s}");
    insta::assert_snapshot!("drill_empty_ko", s);
    // Rating with no card shown does nothing; undo says there is nothing to undo.
    key(&mut app, KeyCode::Char('u'), NOON);
    assert!(ko_screen(&mut app).contains("이 세션에서 실행 취소할 답변이 없습니다."));
}

#[test]
fn a_typed_cloze_answer_in_korean_is_graded_blank_by_blank() {
    let mut app = typed_cloze_app_in(Lang::Ko);
    let s = ko_screen(&mut app);
    assert!(
        s.contains("빈칸 2개: 답을 순서대로 입력하고 ; 기호로 구분하십시오"),
        "{s}"
    );
    for c in "128mb".chars() {
        key(&mut app, KeyCode::Char(c), NOON);
    }
    let s = ko_screen(&mut app);
    assert!(s.contains("입력한 답: 128mb_"), "{s}");
    assert!(s.contains("내일까지 보류: t/basic."), "{s}");
    insta::assert_snapshot!("drill_cloze_typing_ko", s);
    key(&mut app, KeyCode::Enter, NOON + 3_000);
    let s = ko_screen(&mut app);
    assert!(s.contains("빈칸 1: 128 MB  입력: 128mb  맞음"), "{s}");
    assert!(s.contains("빈칸 2: 10,240 MB  입력: 없음  틀림"), "{s}");
    assert!(s.contains("빈칸 2개 중 1개 정답  제안: 다시"), "{s}");
    insta::assert_snapshot!("drill_cloze_graded_ko", s);
}

#[test]
fn rating_before_the_answer_shows_is_refused_in_korean() {
    let mut app = korean(app());
    key(&mut app, KeyCode::Char('3'), NOON);
    assert!(ko_screen(&mut app).contains("먼저 답을 보십시오(Space)."));
    assert_eq!(revlog_rows(&app), 0);
}

/// The app opens a store with its start-up check in the background (it runs after the first
/// frame). An answer given before the check has passed waits for it; on a damaged store the answer
/// is neither written nor shown as saved, and the app ends as at a damaged start: closed, with the
/// error that names the store (the shell adds the newest good backup and `awsdrill restore`).
#[test]
fn an_answer_waits_for_the_start_up_check_and_a_damaged_store_is_never_written() {
    use crate::store::{StartCheck, StoreError};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    // Custom-study rows fill the last pages of the file: nothing at start reads them, so the
    // app opens and draws, and only the check finds the page overwritten.
    {
        let s = Store::open(&path).unwrap();
        s.conn()
            .execute_batch(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999)
                 INSERT INTO custom_log (item_id, reviewed_at, rating, duration_ms)
                 SELECT 'p/custom-' || i, i, 3, 1000 FROM n;
                 PRAGMA wal_checkpoint(TRUNCATE);",
            )
            .unwrap();
    }
    let mut bytes = std::fs::read(&path).unwrap();
    let at = (bytes.len() / 4096 - 2) * 4096;
    bytes[at..at + 4096].fill(0x5a);
    std::fs::write(&path, &bytes).unwrap();
    let pack = parse_pack("t.toml", PACK.as_bytes()).pack.unwrap();
    let store = Store::open_with(&path, StartCheck::Background).unwrap();
    let study = crate::study::testing::study(store, vec![pack]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::StartDrill, NOON);
    key(&mut app, KeyCode::Char(' '), NOON);
    // The check has not started (no frame yet): the answer starts it and waits for its result.
    app.update(Action::Rate(Rating::Good), NOON);
    let s = screen(&mut app);
    assert!(s.contains("the answer was not saved"), "{s}");
    assert!(s.contains("is damaged"), "{s}");
    assert_eq!(app.study().unwrap().stats.answered, 0);
    assert_eq!(revlog_rows(&app), 0);
    assert!(
        s.contains("How many retries"),
        "the card is still on screen: {s}"
    );
    // After the next frame the app ends with the store's error, as a damaged start does.
    let mut checking = true;
    match app.after_frame(&mut checking) {
        Some(crate::tui::app::Ended::Damaged(e @ StoreError::Corrupt { .. })) => {
            assert_eq!(e.path(), Some(path.as_path()));
        }
        other => panic!("the app goes on: {}", other.is_none()),
    }
    drop(app);
    assert_eq!(std::fs::read(&path).unwrap(), bytes, "not a byte written");
    let wal = dir.path().join("s.sqlite3-wal");
    assert!(
        std::fs::metadata(&wal).map_or(true, |m| m.len() == 0),
        "nothing in the write-ahead log"
    );
}

/// On a sound store the same answer waits for the check, which passes, and is saved.
#[test]
fn an_answer_given_while_the_start_up_check_runs_is_saved_once_it_passes() {
    use crate::store::StartCheck;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    drop(Store::open(&path).unwrap());
    let pack = parse_pack("t.toml", PACK.as_bytes()).pack.unwrap();
    let store = Store::open_with(&path, StartCheck::Background).unwrap();
    let study = crate::study::testing::study(store, vec![pack]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::StartDrill, NOON);
    let mut checking = true;
    assert!(app.after_frame(&mut checking).is_none());
    key(&mut app, KeyCode::Char(' '), NOON);
    app.update(Action::Rate(Rating::Good), NOON);
    assert_eq!(revlog_rows(&app), 1);
    assert!(matches!(app.store_check(false), Some(Ok(()))));
    assert!(app.after_frame(&mut checking).is_none());
    assert!(!checking, "looked at no more once passed");
}

/// The app's start: Home is drawn from the packs' rosters (no card built), with the numbers of a
/// session over the whole deck, and a key given before the cards' text has come (a caller of
/// `on_key` before `after_frame`) is handled on the whole deck, not lost.
#[test]
fn the_first_frame_comes_from_the_rosters_and_a_key_before_the_text_waits_for_it() {
    use crate::context::{Context, OpenOptions};
    let dir = tempfile::tempdir().unwrap();
    let opts = OpenOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..OpenOptions::default()
    };
    // Some history: a few cards answered yesterday (one due today), none of them text-only.
    let whole = Context::open(&opts).unwrap().into_study(0).unwrap();
    let ids: Vec<String> = whole
        .cards()
        .iter()
        .take(30)
        .map(|c| c.id.to_string())
        .collect();
    let mut whole = whole;
    for id in &ids {
        let mut s = crate::core::scheduler::CardState::new_card();
        s.phase = crate::core::scheduler::Phase::Review;
        s.due = NOON - 3_600_000;
        whole.set_state(id, s, NOON - 86_400_000).unwrap();
    }
    let want = whole.counts(NOON).unwrap();
    let first_card = whole.next_card(NOON).unwrap().map(|c| c.id.clone());
    drop(whole);
    let ctx = Context::open_exclusive_without_backup(&opts, NOON).unwrap();
    let state = crate::tui::app_state(&ctx).unwrap();
    let study = ctx.into_study(0).unwrap();
    assert!(
        study.cards().is_empty(),
        "no card is built for the first frame"
    );
    assert_eq!(study.counts(NOON).unwrap(), want);
    let mut app = App::with_study(state, Theme::plain(), study, NOON);
    assert_eq!(app.state().counts, want, "Home's numbers");
    assert!(app.state().packs.iter().all(|p| p.cards > 0));
    // The first key comes before `after_frame` loaded the text: it starts the drill on it.
    key(&mut app, KeyCode::Char('d'), NOON);
    assert_eq!(app.tab(), Tab::Drill);
    let study = app.study().unwrap();
    assert!(!study.cards().is_empty(), "the whole deck is loaded");
    assert_eq!(study.current().map(|c| c.id.clone()), first_card);
    let mut checking = true;
    assert!(app.after_frame(&mut checking).is_none());
    assert_eq!(app.study().unwrap().counts(NOON).unwrap(), want);
    drop(app);
    // With an exam date Home shows the readiness, which reads each card's domain: the first
    // frame still comes from the rosters (they keep the domains), with the same counts and the
    // readiness of the whole deck; one card suspended counts for it as for the whole deck.
    std::fs::write(dir.path().join("config.toml"), "exam_date = 2027-01-15\n").unwrap();
    let mut whole = Context::open(&opts).unwrap().into_study(0).unwrap();
    assert!(whole.toggle_suspend(&ids[0], NOON - 86_400_000).unwrap());
    let want = whole.counts(NOON).unwrap();
    let ready = whole.readiness(NOON);
    assert!(ready.is_some());
    drop(whole);
    let ctx = Context::open_exclusive_without_backup(&opts, NOON).unwrap();
    let mut study = ctx.into_study(0).unwrap();
    assert!(study.cards().is_empty(), "no card for the first frame");
    assert!(!study.needs_questions_now().unwrap());
    assert_eq!(study.counts(NOON).unwrap(), want);
    assert_eq!(study.readiness(NOON), ready);
    study.load_text().unwrap();
    assert_eq!(
        study.readiness(NOON),
        ready,
        "the same once the whole deck is loaded"
    );
}

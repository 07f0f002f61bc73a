//! Custom study driven through `App`: from the palette's prompt, from Browse's results and from an
//! exam's results; what the drill shows during it, and that it changes no card's schedule.

use super::action::{Action, CustomStart, ExamChoice};
use super::app::{App, AppState, Tab};
use super::test_support::screen;
use super::theme::Theme;
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
id = "timeout"
kind = "basic"
front = "Longest timeout of a Lambda function?"
back = "15 minutes (900 seconds)."
tags = ["limits"]
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "memory"
kind = "cloze"
text = "Memory goes from {{128 MB}} to {{10,240 MB}}."
tags = ["limits"]
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[card]]
id = "retries"
kind = "basic"
front = "How many retries does an asynchronous invocation get by default?"
back = "Two."
source = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html"
"#;

fn app() -> App {
    let pack = parse_pack("t.toml", PACK.as_bytes()).pack.unwrap();
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), vec![pack]);
    App::with_study(AppState::default(), Theme::plain(), study, NOON)
}

fn key(app: &mut App, code: KeyCode, now: i64) {
    app.on_key(&KeyEvent::new(code, KeyModifiers::NONE), now);
}

fn typed(app: &mut App, text: &str, now: i64) {
    for c in text.chars() {
        key(app, KeyCode::Char(c), now);
    }
}

/// Rows in the review log and the custom-study log.
fn logs(app: &App) -> (i64, i64) {
    let c = app.study().unwrap().store().conn();
    let n = |t: &str| -> i64 {
        c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    };
    (n("revlog"), n("custom_log"))
}

#[test]
fn from_the_palette_a_typed_filter_counts_its_cards_and_starts_a_session() {
    let mut app = app();
    key(&mut app, KeyCode::Char(':'), NOON);
    typed(&mut app, "custom study: drill cards", NOON);
    key(&mut app, KeyCode::Enter, NOON);
    assert_eq!(app.tab(), Tab::Drill);
    let s = screen(&mut app);
    assert!(
        s.contains("Custom study: drill a chosen set of cards now;"),
        "{s}"
    );
    // Letters type into the filter (t would switch the language, s suspend, q go back).
    typed(&mut app, "tag:limitsq", NOON);
    key(&mut app, KeyCode::Backspace, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Cards: tag:limits_"), "{s}");
    assert!(s.contains("2 cards: tag limits."), "{s}");
    insta::assert_snapshot!("custom_study_prompt", s);
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("Custom study: tag limits  |  0 done, 2 left of 2"),
        "{s}"
    );
    assert!(
        s.contains("Custom study of tag limits: 2 cards. Your schedule does not change."),
        "{s}"
    );
    assert!(s.contains("t/timeout"), "new cards in study order:\n{s}");
    key(&mut app, KeyCode::Char(' '), NOON + 1_000);
    let s = screen(&mut app);
    assert!(s.contains("1 Again again in this session"), "{s}");
    assert!(s.contains("3 Good done"), "{s}");
    assert!(s.contains("q end custom study"), "{s}");
    insta::assert_snapshot!("custom_study_card", s);
    // Again: the card comes back after the other one; Good takes a card out.
    key(&mut app, KeyCode::Char('1'), NOON + 5_000);
    let s = screen(&mut app);
    assert!(s.contains("0 done, 2 left of 2"), "{s}");
    assert!(s.contains("t/memory"), "{s}");
    key(&mut app, KeyCode::Char(' '), NOON + 6_000);
    key(&mut app, KeyCode::Char('3'), NOON + 9_000);
    key(&mut app, KeyCode::Char(' '), NOON + 10_000);
    key(&mut app, KeyCode::Char('4'), NOON + 12_000);
    let s = screen(&mut app);
    assert!(s.contains("Custom study finished: tag limits."), "{s}");
    assert!(
        s.contains("2 cards: 2 done. 3 answers, 1 Again (33 %), 0m 12s spent."),
        "{s}"
    );
    insta::assert_snapshot!("custom_study_finished", s);
    // Nothing reached the schedule or the review log.
    assert_eq!(logs(&app), (0, 3));
    let study = app.study().unwrap();
    assert!(study.state("t/timeout").is_none() && study.state("t/memory").is_none());
    // Back ends it; the normal drill is as before: three new cards.
    key(&mut app, KeyCode::Char('q'), NOON + 13_000);
    assert_eq!(app.tab(), Tab::Home);
    assert!(app.study().unwrap().custom().is_none());
    assert_eq!(app.state().counts.due.new, 3);
    assert_eq!(app.state().counts.answers_today, 0);
    app.update(Action::StartDrill, NOON + 14_000);
    assert!(screen(&mut app).contains("0 done today  |  left: 0 learning, 0 review, 3 new"));
}

#[test]
fn a_filter_that_does_not_read_or_finds_nothing_says_why() {
    let mut app = app();
    app.update(Action::CustomStudy(CustomStart::Choose), NOON);
    typed(&mut app, "task:9.9", NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("`9.9` is not a task statement of the exam guide (1.1 to 4.3)."),
        "{s}"
    );
    for _ in 0..8 {
        key(&mut app, KeyCode::Backspace, NOON);
    }
    typed(&mut app, "leeches", NOON);
    assert!(screen(&mut app).contains("No card matches."));
    key(&mut app, KeyCode::Enter, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("Nothing to study: no card in your leeches"),
        "{s}"
    );
    assert!(s.contains("Cards: leeches_"), "the prompt stays open:\n{s}");
    // Esc closes the prompt; the drill shows the normal queue.
    key(&mut app, KeyCode::Esc, NOON);
    assert_eq!(app.tab(), Tab::Drill);
    assert!(screen(&mut app).contains("0 done today"));
    // From the palette without a prompt: nothing to study, nothing started.
    app.update(Action::CustomStudy(CustomStart::MissedLastExam), NOON);
    assert!(app.study().unwrap().custom().is_none());
}

#[test]
fn browse_studies_its_results() {
    let mut app = app();
    app.update(Action::OpenBrowse, NOON);
    typed(&mut app, "retries", NOON);
    assert!(screen(&mut app).contains("Ctrl-D study these"));
    app.on_key(
        &KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL),
        NOON,
    );
    assert_eq!(app.tab(), Tab::Drill);
    let s = screen(&mut app);
    assert!(
        s.contains("Custom study: search \"retries\"  |  0 done, 1 left of 1"),
        "{s}"
    );
    assert!(s.contains("How many retries"), "{s}");
    // Undo, suspend and bury work inside the session; suspending takes the card out of it.
    key(&mut app, KeyCode::Char(' '), NOON);
    key(&mut app, KeyCode::Char('3'), NOON + 2_000);
    assert_eq!(logs(&app), (0, 1));
    key(&mut app, KeyCode::Char('u'), NOON + 3_000);
    assert_eq!(logs(&app), (0, 0));
    assert!(screen(&mut app).contains("0 done, 1 left of 1"));
    key(&mut app, KeyCode::Char('s'), NOON + 3_000);
    assert!(app.study().unwrap().state("t/retries").unwrap().suspended);
    assert!(screen(&mut app).contains("1 set aside"));
}

#[test]
fn an_exams_results_drill_the_cards_of_the_wrong_answers() {
    let packs = crate::study::testing::bundled_packs();
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), packs);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::OpenExams, NOON);
    app.update(Action::StartExam(ExamChoice::Quick), NOON);
    // A wrong choice on the first question, the rest left unanswered.
    let run = app.exam().unwrap();
    let q = &run.questions[0];
    let wrong = run.order[0]
        .iter()
        .position(|&c| !q.choices[c].correct)
        .unwrap();
    let missed = q.id.clone();
    app.update(Action::Choose(wrong as u8), NOON);
    app.update(Action::Submit, NOON);
    app.update(Action::Confirm, NOON + 60_000);
    let attempt = app.exam_result().unwrap().attempt;
    let s = screen(&mut app);
    assert!(
        s.contains("d: drill the wrong answer's cards now (custom study, schedule unchanged)."),
        "{s}"
    );
    key(&mut app, KeyCode::Char('d'), NOON + 61_000);
    assert_eq!(app.tab(), Tab::Drill);
    let study = app.study().unwrap();
    let session = study.custom().expect("a custom session");
    assert_eq!(
        session.filter,
        crate::core::custom::Filter::MissedInExam(attempt)
    );
    let expected = study
        .custom_select(&session.filter, NOON + 61_000)
        .unwrap()
        .len();
    assert!(expected >= 1);
    assert_eq!(session.counts().cards, expected);
    let linked = &study.question(&missed).unwrap().cards;
    let shown = study.current().unwrap().id.to_string();
    assert!(
        linked.contains(&shown) || shown == missed,
        "{shown} is a card of {missed}"
    );
    // Answering it changes nothing the exam scheduled.
    let before = study.state(&shown);
    let s = screen(&mut app);
    assert!(
        s.contains(&format!(
            "Custom study: the cards missed in exam #{attempt}"
        )),
        "{s}"
    );
    key(&mut app, KeyCode::Char(' '), NOON + 62_000);
    key(&mut app, KeyCode::Char('4'), NOON + 63_000);
    assert_eq!(app.study().unwrap().state(&shown), before);
    assert_eq!(
        app.study().unwrap().custom().unwrap().counts().answers,
        1,
        "answered {:?}",
        Rating::Easy
    );
}

#[test]
fn on_a_large_collection_the_prompt_counts_between_keys() {
    use crate::core::content::{Card, CardBody, Pack};
    let cards: Vec<Box<Card>> = (0..5_001)
        .map(|i| {
            let mut c = Card::plain(
                format!("big/c{i}"),
                CardBody::Basic {
                    front: format!("question {i}").into(),
                    back: "a".into(),
                },
            );
            c.tags = vec![if i % 2 == 0 { "even" } else { "odd" }.into()];
            Box::new(c)
        })
        .collect();
    let pack = Pack {
        id: "big".into(),
        title: "Big".into(),
        services: vec![],
        checked: "2026-11-24".into(),
        description: None,
        cards,
        questions: vec![],
        generators: vec![],
        origin: "test".into(),
    };
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), vec![pack]);
    let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
    app.update(Action::CustomStudy(CustomStart::Choose), NOON);
    typed(&mut app, "tag:even", NOON);
    assert!(app.busy());
    assert!(screen(&mut app).contains("Counting..."));
    while app.busy() {
        app.work(std::time::Instant::now());
    }
    let s = screen(&mut app);
    assert!(s.contains("2501 cards: tag even."), "{s}");
}

/// The screen at 80x24 as a terminal shows it (a Korean letter fills two columns).
fn ko_screen(app: &mut App) -> String {
    super::i18n_tests::screen_at(app, 80, 24)
}

#[test]
fn custom_study_in_korean_from_the_prompt_to_the_end() {
    use crate::core::config::Lang;
    let mut app = app();
    app.set_lang(Lang::Ko);
    app.set_ui_lang(Lang::Ko);
    app.update(Action::CustomStudy(CustomStart::Choose), NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("맞춤 학습: 고른 카드를 지금 학습합니다."), "{s}");
    typed(&mut app, "task:9.9", NOON);
    let s = ko_screen(&mut app);
    assert!(
        s.contains("`9.9`은(는) 시험 가이드의 작업 설명이 아닙니다(1.1~4.3)."),
        "{s}"
    );
    for _ in 0..8 {
        key(&mut app, KeyCode::Backspace, NOON);
    }
    typed(&mut app, "tag:limits", NOON);
    let s = ko_screen(&mut app);
    assert!(s.contains("카드: tag:limits_"), "{s}");
    assert!(s.contains("카드 2장: 태그 limits."), "{s}");
    insta::assert_snapshot!("custom_study_prompt_ko", s);
    key(&mut app, KeyCode::Enter, NOON);
    let s = ko_screen(&mut app);
    assert!(
        s.contains("맞춤 학습: 태그 limits  |  카드 2장 중 0장 완료, 2장 남음"),
        "{s}"
    );
    assert!(
        s.contains("맞춤 학습(태그 limits): 카드 2장. 학습 일정은 바뀌지 않습니다."),
        "{s}"
    );
    key(&mut app, KeyCode::Char(' '), NOON + 1_000);
    let s = ko_screen(&mut app);
    assert!(s.contains("1 다시 이 세션에서 한 번 더"), "{s}");
    assert!(s.contains("3 알맞음 완료"), "{s}");
    assert!(s.contains("q 맞춤 학습 끝내기"), "{s}");
    insta::assert_snapshot!("custom_study_card_ko", s);
    // The same answers as the English test: the same numbers at the end.
    key(&mut app, KeyCode::Char('1'), NOON + 5_000);
    key(&mut app, KeyCode::Char(' '), NOON + 6_000);
    key(&mut app, KeyCode::Char('3'), NOON + 9_000);
    key(&mut app, KeyCode::Char(' '), NOON + 10_000);
    key(&mut app, KeyCode::Char('4'), NOON + 12_000);
    let s = ko_screen(&mut app);
    assert!(s.contains("맞춤 학습 완료: 태그 limits."), "{s}");
    assert!(
        s.contains("카드 2장: 2장 완료. 답변 3회, 다시 1회(33 %), 소요 시간 0분 12초."),
        "{s}"
    );
    insta::assert_snapshot!("custom_study_finished_ko", s);
    assert_eq!(logs(&app), (0, 3));
}

#[test]
fn in_korean_a_custom_session_with_no_card_says_why() {
    use crate::core::config::Lang;
    let mut app = app();
    app.set_ui_lang(Lang::Ko);
    app.update(Action::CustomStudy(CustomStart::Choose), NOON);
    typed(&mut app, "leeches", NOON);
    assert!(ko_screen(&mut app).contains("일치하는 카드가 없습니다."));
    key(&mut app, KeyCode::Enter, NOON);
    let s = ko_screen(&mut app);
    assert!(
        s.contains("학습할 카드가 없습니다. 거머리(leech) 카드에 해당하는 카드가 없습니다"),
        "{s}"
    );
}

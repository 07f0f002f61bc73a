//! The exam screens driven through `App` with a study session over the bundled packs.

use super::action::{Action, ExamChoice};
use super::app::{App, AppState, Tab};
use super::test_support::screen;
use super::theme::Theme;
use crate::core::domain::Domain;
use crate::store::Store;
use crate::study::Study;

const NOON: i64 = 1_795_521_600_000;

fn study(store: Store) -> Study {
    let packs = crate::study::testing::bundled_packs();
    crate::study::testing::study(store, packs)
}

/// An app on a fresh in-memory store over the bundled packs.
fn new_app() -> App {
    App::with_study(
        AppState::default(),
        Theme::plain(),
        study(Store::open_in_memory().unwrap()),
        NOON,
    )
}

#[test]
fn a_quick_exam_is_answered_flagged_reviewed_and_submitted() {
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    assert!(screen(&mut app).contains("2 Quick: 10 questions, untimed"));
    app.update(Action::StartExam(ExamChoice::Quick), NOON);
    let s = screen(&mut app);
    assert!(s.contains("Question 1 of 10"), "{s}");
    assert!(s.contains("untimed"), "{s}");
    app.update(Action::Choose(0), NOON);
    app.update(Action::Flag, NOON);
    app.update(Action::NextQuestion, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("1! 2"),
        "navigator shows question 1 flagged:\n{s}"
    );
    app.update(Action::Submit, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Submit the exam?"), "{s}");
    assert!(
        s.contains("Unanswered: 9 (questions 2, 3, 4, 5, 6, 7, 8, 9, 10)"),
        "{s}"
    );
    assert!(s.contains("Flagged: 1"), "{s}");
    app.update(Action::Back, NOON);
    assert!(screen(&mut app).contains("Question 2 of 10"));
    app.update(Action::Submit, NOON);
    app.update(Action::Confirm, NOON + 60_000);
    let r = app.exam_result().expect("submitted").clone();
    assert_eq!(r.score.overall.total, 10);
    let s = screen(&mut app);
    assert!(
        s.contains(&format!("Score {}/10", r.score.overall.correct)),
        "{s}"
    );
    assert!(
        s.contains("Too few questions to estimate a scaled score (10 scored; it needs 20)"),
        "a quick exam is too short for an estimate:\n{s}"
    );
    assert!(s.contains("Estimate only"), "{s}");
    app.update(Action::FilterFlagged, NOON);
    assert!(screen(&mut app).contains("Flagged questions (1)"));
    app.update(Action::Back, NOON);
    assert!(screen(&mut app).contains("History (newest last)"));
}

#[test]
fn multiple_response_refuses_more_than_the_stated_count() {
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    app.update(Action::StartExam(ExamChoice::Full), NOON);
    let pos = app
        .exam()
        .unwrap()
        .questions
        .iter()
        .position(|q| q.choose == 2)
        .unwrap();
    app.update(Action::GoTo, NOON);
    for c in (pos + 1).to_string().chars() {
        app.on_key(
            &crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char(c)),
            NOON,
        );
    }
    app.update(Action::Confirm, NOON);
    assert_eq!(app.exam().unwrap().position, pos);
    let s = screen(&mut app);
    assert!(s.contains("Choose two") || s.contains("(Choose 2.)"), "{s}");
    app.update(Action::Choose(0), NOON);
    app.update(Action::Choose(1), NOON);
    app.update(Action::Choose(2), NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("Choose 2: deselect a choice before selecting another."),
        "{s}"
    );
    assert_eq!(app.exam().unwrap().selected[pos].len(), 2);
}

#[test]
fn practice_shows_the_explanations_after_each_answer() {
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    app.update(
        Action::StartExam(ExamChoice::Practice(Domain::Security)),
        NOON,
    );
    let run = app.exam().unwrap();
    assert!(
        run.questions
            .iter()
            .all(|q| q.domain == crate::core::domain::Domain::Security)
    );
    app.update(Action::Confirm, NOON);
    assert!(screen(&mut app).contains("Choose an answer first."));
    app.update(Action::Choose(0), NOON);
    app.update(Action::Confirm, NOON);
    let s = screen(&mut app);
    assert!(s.contains("right:") && s.contains("wrong:"), "{s}");
    app.update(Action::Confirm, NOON);
    assert!(screen(&mut app).contains("Question 2 of 20"));
}

#[test]
fn an_unfinished_exam_is_offered_on_start_and_resumed_with_its_time() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    {
        let mut app = App::with_study(
            AppState::default(),
            Theme::plain(),
            study(Store::open(&path).unwrap()),
            NOON,
        );
        app.update(Action::OpenExams, NOON);
        app.update(Action::StartExam(ExamChoice::Full), NOON);
        // Two picks answer the first question whether it asks for one choice (the second replaces
        // the first) or for two.
        app.update(Action::Choose(0), NOON);
        app.update(Action::Choose(1), NOON);
        app.tick(NOON + 1_000);
        app.tick(NOON + 2_000);
        // The app goes away without submitting (as if killed).
    }
    let mut app = App::with_study(
        AppState::default(),
        Theme::plain(),
        study(Store::open(&path).unwrap()),
        NOON + 600_000,
    );
    assert_eq!(app.tab(), Tab::Exam, "the unfinished exam is offered first");
    let s = screen(&mut app);
    assert!(
        s.contains("An unfinished exam (Full mock exam): 1 of 65 answered, 2h 09m 58s left."),
        "{s}"
    );
    app.update(Action::StartExam(ExamChoice::Quick), NOON + 600_000);
    assert!(
        app.exam().is_none(),
        "a new exam waits until the unfinished one is done"
    );
    app.update(Action::ResumeExam, NOON + 600_000);
    let run = app.exam().unwrap();
    assert_eq!(run.elapsed_ms, 2_000);
    // The first question's selection came back: one choice, or two for "Choose two".
    assert_eq!(run.selected[0].len(), run.questions[0].choose);
}

#[test]
fn the_cursor_moves_over_the_choices_and_space_selects() {
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    app.update(Action::StartExam(ExamChoice::Quick), NOON);
    app.update(Action::Down, NOON);
    app.update(Action::ToggleChoice, NOON);
    let run = app.exam().unwrap();
    assert_eq!(
        run.selected[0],
        vec![run.order[0][1]],
        "Down then Space selects choice B"
    );
}

#[test]
fn exam_snapshots() {
    let mut app = new_app();
    app.start_exam(crate::exam_run::Mode::Quick, 7, NOON);
    app.update(Action::Choose(1), NOON);
    app.update(Action::Flag, NOON);
    insta::assert_snapshot!("exam_question", screen(&mut app));
    app.update(Action::Submit, NOON);
    insta::assert_snapshot!("exam_review", screen(&mut app));
    app.update(Action::Confirm, NOON + 90_000);
    insta::assert_snapshot!("exam_results", screen(&mut app));
}

#[test]
fn the_results_review_opens_full_screen_and_scrolls_through_every_choice_and_why() {
    use crossterm::event::{KeyCode, KeyEvent};
    let mut app = new_app();
    app.start_exam(crate::exam_run::Mode::Quick, 7, NOON);
    app.update(Action::Choose(1), NOON);
    app.update(Action::Submit, NOON);
    app.update(Action::Confirm, NOON + 90_000);
    let press = |app: &mut App, code: KeyCode| app.on_key(&KeyEvent::from(code), NOON + 90_000);
    let summary = screen(&mut app);
    assert!(summary.contains("Too few questions"), "{summary}");
    // The rows of the review on screen, from the count in the bottom border.
    let shown = |s: &str| -> (u32, u32, u32) {
        let at = s
            .find("PgUp/PgDn: rows ")
            .expect("the review is cut, so it says which rows");
        let words: Vec<u32> = s[at + 16..]
            .split(|c: char| !c.is_ascii_digit())
            .filter(|w| !w.is_empty())
            .take(3)
            .map(|w| w.parse().unwrap())
            .collect();
        (words[0], words[1], words[2])
    };
    let (from, to, total) = shown(&summary);
    assert_eq!(from, 1);

    // Enter: the summary gives way to the review (the score line stays).
    press(&mut app, KeyCode::Enter);
    let full = screen(&mut app);
    assert!(
        full.contains("Score 0/10") && !full.contains("Too few questions"),
        "{full}"
    );
    assert!(full.contains("Enter summary"), "{full}");
    let (_, full_to, _) = shown(&full);
    assert!(
        full_to > to + 8,
        "the full view shows more rows: {to} -> {full_to}"
    );
    insta::assert_snapshot!("exam_results_full_view", full);

    // PgDn scrolls to the end of the question: the last row is its source.
    for _ in 0..total {
        press(&mut app, KeyCode::PageDown);
    }
    let end = screen(&mut app);
    assert!(end.contains("│Source:"), "{end}");
    let (from_end, to_end, _) = shown(&end);
    assert_eq!(to_end, total, "{end}");
    assert!(from_end > 1);
    // PgUp comes back to the top; another question starts at its top.
    for _ in 0..total {
        press(&mut app, KeyCode::PageUp);
    }
    assert_eq!(shown(&screen(&mut app)).0, 1);
    press(&mut app, KeyCode::PageDown);
    press(&mut app, KeyCode::Down);
    let next = screen(&mut app);
    assert!(next.contains("Q2 "), "{next}");
    if next.contains("PgUp/PgDn: rows ") {
        assert_eq!(shown(&next).0, 1, "{next}");
    }
    // Esc leaves the full view before it leaves the results.
    press(&mut app, KeyCode::Esc);
    let back = screen(&mut app);
    assert!(
        back.contains("Too few questions") && back.contains("Q2 "),
        "{back}"
    );
}

#[test]
fn clicking_a_choice_chooses_it() {
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let mut app = new_app();
    app.start_exam(crate::exam_run::Mode::Quick, 7, NOON);
    let s = screen(&mut app);
    let row = s
        .lines()
        .position(|l| l.contains("( ) C."))
        .expect("choice C is on screen") as u16;
    app.on_mouse(
        &MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 10,
            row,
            modifiers: KeyModifiers::NONE,
        },
        NOON,
    );
    let run = app.exam().unwrap();
    assert_eq!(run.selected[0], vec![run.order[0][2]]);
    assert!(screen(&mut app).contains("(*) C."));
}

#[test]
fn a_message_goes_when_the_question_changes() {
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    app.update(
        Action::StartExam(ExamChoice::Practice(Domain::Security)),
        NOON,
    );
    app.update(Action::Choose(0), NOON);
    app.update(Action::Confirm, NOON);
    app.update(Action::Choose(1), NOON);
    assert!(screen(&mut app).contains("This question is already checked."));
    // Enter moves on to the next question: the message was about the one before.
    app.update(Action::Confirm, NOON);
    let s = screen(&mut app);
    assert!(s.contains("Question 2 of 20"), "{s}");
    assert!(!s.contains("already checked"), "{s}");
    // Going to a number clears it too.
    app.update(Action::GoTo, NOON);
    app.update(Action::Confirm, NOON);
    assert!(screen(&mut app).contains("There is no question"));
    app.update(Action::GoTo, NOON);
    app.on_key(
        &crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char('1')),
        NOON,
    );
    app.update(Action::Confirm, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("Question 1 of 20") && !s.contains("There is no question"),
        "{s}"
    );
}

#[test]
fn tab_and_shift_tab_switch_screens_during_an_exam_and_pause_it() {
    use crossterm::event::{KeyCode, KeyEvent};
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    app.update(Action::StartExam(ExamChoice::Quick), NOON);
    app.update(Action::ToggleHelp, NOON);
    let help = screen(&mut app);
    assert!(help.contains("Tab") && help.contains("Shift-Tab"), "{help}");
    app.update(Action::ToggleHelp, NOON);
    app.on_key(&KeyEvent::from(KeyCode::BackTab), NOON);
    assert_eq!(app.tab(), Tab::Drill, "the screen before Exam");
    assert_eq!(
        app.exam().unwrap().last_tick,
        None,
        "the clock stops off the Exam screen"
    );
    app.on_key(&KeyEvent::from(KeyCode::Tab), NOON);
    assert_eq!(app.tab(), Tab::Exam);
    assert!(
        screen(&mut app).contains("Question 1 of 10"),
        "the exam is still there"
    );
    app.on_key(&KeyEvent::from(KeyCode::Tab), NOON);
    assert_eq!(app.tab(), Tab::Calc, "the screen after Exam");
    app.update(Action::OpenExams, NOON);
    // Left and Right still move between questions.
    app.on_key(&KeyEvent::from(KeyCode::Right), NOON);
    assert_eq!((app.tab(), app.exam().unwrap().position), (Tab::Exam, 1));
}

/// Takes a quick exam with seed `seed` (answers choice A of the first question) and submits it.
fn submit_quick(app: &mut App, seed: u64, now: i64) {
    app.start_exam(crate::exam_run::Mode::Quick, seed, now);
    app.update(Action::Choose(0), now);
    app.update(Action::Flag, now);
    app.tick(now + 1_000);
    app.update(Action::Submit, now + 1_000);
    app.update(Action::Confirm, now + 1_000);
    app.update(Action::Back, now + 1_000);
}

#[test]
fn any_past_attempt_opens_in_the_review_from_the_menu_history() {
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    submit_quick(&mut app, 7, NOON);
    submit_quick(&mut app, 8, NOON + 86_400_000);
    let s = screen(&mut app);
    assert!(
        s.contains("History (newest last): Up/Down select  Enter review"),
        "{s}"
    );
    let rows: Vec<&str> = s.lines().filter(|l| l.contains("Quick exam")).collect();
    assert_eq!(rows.len(), 2, "{s}");
    assert!(rows[0].contains("#1") && rows[1].contains("#2"), "{s}");
    assert!(rows[0].contains("est -"), "too few for an estimate:\n{s}");
    assert!(rows[0].contains("0h 00m 01s"), "time used:\n{s}");
    insta::assert_snapshot!("exam_menu_history", s);
    // The newest is selected: Up selects the first, Enter opens its review.
    app.update(Action::Up, NOON);
    app.update(Action::Up, NOON);
    app.on_key(
        &crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Enter),
        NOON,
    );
    let s = screen(&mut app);
    assert!(s.contains("#1 Quick exam"), "{s}");
    assert!(s.contains("All questions (10)"), "{s}");
    assert!(s.contains("correct A.") || s.contains("correct B."), "{s}");
    assert_eq!(app.exam_result().unwrap().attempt, 1);
    app.update(Action::FilterFlagged, NOON);
    assert!(screen(&mut app).contains("Flagged questions (1)"));
    app.update(Action::FilterWrong, NOON);
    assert!(screen(&mut app).contains("Wrong or unanswered questions"));
    app.update(Action::Back, NOON);
    let s = screen(&mut app);
    assert!(
        s.contains("History (newest last)"),
        "Back returns to the menu:\n{s}"
    );
    assert_eq!(app.tab(), Tab::Exam);
    // Down from the first selects the second.
    app.update(Action::Down, NOON);
    app.update(Action::OpenAttempt, NOON);
    assert_eq!(app.exam_result().unwrap().attempt, 2);
}

#[test]
fn the_question_grid_shows_every_question_and_jumps_by_key_or_click() {
    use crossterm::event::{
        KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
    };
    let mut app = new_app();
    app.start_exam(crate::exam_run::Mode::Quick, 7, NOON);
    app.update(Action::Choose(1), NOON);
    app.update(Action::NextQuestion, NOON);
    app.update(Action::Flag, NOON);
    app.on_key(&KeyEvent::from(KeyCode::Char('o')), NOON);
    let s = screen(&mut app);
    assert!(s.contains("1 answered, 9 unanswered, 1 flagged"), "{s}");
    assert!(s.contains("   1     2!    3.    4."), "{s}");
    insta::assert_snapshot!("exam_grid", s);
    // The cursor starts on the question on show (2); Down moves a row (to 12: none), Right one.
    app.on_key(&KeyEvent::from(KeyCode::Right), NOON);
    app.on_key(&KeyEvent::from(KeyCode::Right), NOON);
    app.on_key(&KeyEvent::from(KeyCode::Down), NOON);
    app.on_key(&KeyEvent::from(KeyCode::Enter), NOON);
    assert_eq!(app.exam().unwrap().position, 3);
    assert!(screen(&mut app).contains("Question 4 of 10"));
    // Esc closes the grid without moving; a click on a number jumps there.
    app.update(Action::QuestionGrid, NOON);
    app.update(Action::Back, NOON);
    assert_eq!(app.exam().unwrap().position, 3);
    assert!(screen(&mut app).contains("Question 4 of 10"));
    app.update(Action::QuestionGrid, NOON);
    let s = screen(&mut app);
    let (row, line) = s
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains("   7."))
        .expect("7 is in the grid");
    let column = line.find("   7.").unwrap() as u16 + 3;
    app.on_mouse(
        &MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column,
            row: row as u16,
            modifiers: KeyModifiers::NONE,
        },
        NOON,
    );
    assert_eq!(app.exam().unwrap().position, 6);
    assert!(screen(&mut app).contains("Question 7 of 10"));
}

#[test]
fn a_struck_choice_is_dimmed_toggled_kept_and_shown_on_resume() {
    use crossterm::event::{KeyCode, KeyEvent};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    {
        let mut app = App::with_study(
            AppState::default(),
            Theme::plain(),
            study(Store::open(&path).unwrap()),
            NOON,
        );
        app.start_exam(crate::exam_run::Mode::Quick, 7, NOON);
        // x strikes the choice under the cursor: B, then C; x again on C restores it.
        app.on_key(&KeyEvent::from(KeyCode::Down), NOON);
        app.on_key(&KeyEvent::from(KeyCode::Char('x')), NOON);
        app.on_key(&KeyEvent::from(KeyCode::Down), NOON);
        app.on_key(&KeyEvent::from(KeyCode::Char('x')), NOON);
        let s = screen(&mut app);
        assert!(s.contains("( ) -B.") && s.contains("( ) -C."), "{s}");
        assert!(s.contains("(struck out)"), "{s}");
        assert!(s.contains("x strike"), "the hint names the key:\n{s}");
        insta::assert_snapshot!("exam_struck", s);
        app.on_key(&KeyEvent::from(KeyCode::Char('x')), NOON);
        let s = screen(&mut app);
        assert!(s.contains("( ) -B.") && s.contains("( ) C."), "{s}");
        let run = app.exam().unwrap();
        assert_eq!(run.struck[0], vec![run.order[0][1]]);
        // A struck choice can still be chosen.
        app.update(Action::Choose(1), NOON);
        assert!(screen(&mut app).contains("(*) -B."));
    }
    let mut app = App::with_study(
        AppState::default(),
        Theme::plain(),
        study(Store::open(&path).unwrap()),
        NOON + 60_000,
    );
    app.update(Action::ResumeExam, NOON + 60_000);
    app.update(Action::GoTo, NOON + 60_000);
    app.on_key(&KeyEvent::from(KeyCode::Char('1')), NOON + 60_000);
    app.update(Action::Confirm, NOON + 60_000);
    let s = screen(&mut app);
    assert!(s.contains("Question 1 of 10"), "{s}");
    assert!(
        s.contains("(*) -B.") && s.contains("( ) C."),
        "the strike came back:\n{s}"
    );
}

#[test]
fn time_per_question_is_counted_on_screen_kept_and_shown_in_the_results() {
    let mut app = new_app();
    app.start_exam(crate::exam_run::Mode::Quick, 7, NOON);
    // 3 s on Q1, 2 s on Q2; the grid and the review before submitting count to no question.
    app.tick(NOON + 1_000);
    app.tick(NOON + 2_000);
    app.tick(NOON + 3_000);
    app.update(Action::NextQuestion, NOON + 3_000);
    app.tick(NOON + 4_000);
    app.tick(NOON + 5_000);
    app.update(Action::QuestionGrid, NOON + 5_000);
    app.tick(NOON + 9_000);
    app.update(Action::Back, NOON + 9_000);
    app.update(Action::NextQuestion, NOON + 9_000);
    app.tick(NOON + 10_000);
    app.update(Action::Submit, NOON + 10_000);
    app.tick(NOON + 14_000);
    let run = app.exam().unwrap();
    assert_eq!(&run.time_ms[..4], &[3_000, 2_000, 1_000, 0]);
    assert_eq!(run.elapsed_ms, 14_000);
    let attempt = run.attempt;
    // Saved as it runs.
    let stored: Vec<i64> = app
        .study()
        .unwrap()
        .store()
        .attempt(attempt)
        .unwrap()
        .unwrap()
        .1
        .iter()
        .map(|a| a.time_ms)
        .collect();
    assert_eq!(&stored[..4], &[3_000, 2_000, 1_000, 0]);
    app.update(Action::Confirm, NOON + 14_000);
    let s = screen(&mut app);
    assert!(
        s.contains("Most time: Q1 0h 00m 03s, Q2 0h 00m 02s, Q3 0h 00m 01s"),
        "{s}"
    );
    assert!(s.contains("time 0h 00m 03s"), "the review of Q1:\n{s}");
    // A past attempt's review shows the same.
    app.update(Action::Back, NOON + 14_000);
    app.update(Action::OpenAttempt, NOON + 14_000);
    let s = screen(&mut app);
    assert!(s.contains("Most time: Q1 0h 00m 03s"), "{s}");
}

#[test]
fn the_menu_starts_a_weak_area_practice() {
    let mut app = new_app();
    app.update(Action::OpenExams, NOON);
    app.update(Action::StartExam(ExamChoice::WeakAreas), NOON);
    let run = app.exam().expect("a weak-area exam runs");
    assert_eq!(run.questions.len(), crate::exam_run::WEAK_COUNT);
    assert!(
        run.mode.shows_answers(),
        "answers after each question, as practice"
    );
    assert_eq!(
        crate::exam_run::mode_title(crate::core::config::Lang::En, &run.mode),
        "Weak areas"
    );
}

/// With the content language Korean the question is shown in Korean, `t` switches to the English
/// original and back, and the results' review follows it (issue 16).
#[test]
fn questions_are_shown_in_korean_and_t_shows_the_english_original() {
    use crate::core::config::Lang;
    use crossterm::event::{KeyCode, KeyEvent};
    let mut app = new_app();
    app.set_lang(Lang::Ko);
    app.update(Action::OpenExams, NOON);
    app.update(Action::StartExam(ExamChoice::Quick), NOON);
    let q = app.exam().unwrap().questions[0].clone();
    let (ko, en) = (
        q.ko_stem.clone().expect("bundled questions have Korean"),
        q.stem.clone(),
    );
    // Wide characters take two cells, so the screen is compared without spaces.
    let bare = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let start = |s: &str| bare(s).chars().take(12).collect::<String>();
    let screen = |app: &mut App| bare(&screen(app));
    let s = screen(&mut app);
    assert!(s.contains(&start(&ko)), "Korean stem expected:\n{s}");
    assert!(!s.contains(&start(&en)), "{s}");
    app.on_key(&KeyEvent::from(KeyCode::Char('t')), NOON);
    let s = screen(&mut app);
    assert!(s.contains(&start(&en)), "English after t:\n{s}");
    app.on_key(&KeyEvent::from(KeyCode::Char('t')), NOON);
    let s = screen(&mut app);
    assert!(
        s.contains(&start(&ko)),
        "Korean again after a second t:\n{s}"
    );
    let first_choice = q.choices[app.exam().unwrap().order[0][0]]
        .ko_text
        .clone()
        .unwrap();
    let head: String = bare(&first_choice).chars().take(8).collect();
    assert!(s.contains(&head), "choices in Korean:\n{s}");
}

/// An app with the screens' own words in Korean and the questions in Korean (issue 16).
fn korean_app(store: Store, now: i64) -> App {
    let mut app = App::with_study(AppState::default(), Theme::plain(), study(store), now);
    app.set_ui_lang(crate::core::config::Lang::Ko);
    app.set_lang(crate::core::config::Lang::Ko);
    app
}

/// Every state of the exam screens in Korean at 80x24: the menu, a question with one answer and
/// with several, the grid, the review before submitting, the results and the review of the
/// answers, a practice question checked, and the unfinished exam offered, then to be discarded.
#[test]
fn exam_snapshots_in_korean() {
    use super::i18n_tests::screen_at;
    let shot = |app: &mut App| screen_at(app, 80, 24);
    let mut app = korean_app(Store::open_in_memory().unwrap(), NOON);
    app.update(Action::OpenExams, NOON);
    let s = shot(&mut app);
    assert!(
        s.contains("모의고사") && s.contains("아직 응시한 시험이 없습니다."),
        "{s}"
    );
    insta::assert_snapshot!("exam_ko_menu", s);

    app.start_exam(crate::exam_run::Mode::Quick, 7, NOON);
    app.update(Action::Choose(1), NOON);
    app.update(Action::Flag, NOON);
    let s = shot(&mut app);
    assert!(s.contains("문제 1/10") && s.contains("검토 표시"), "{s}");
    insta::assert_snapshot!("exam_ko_question", s);
    app.on_key(
        &crossterm::event::KeyEvent::from(crossterm::event::KeyCode::Char('o')),
        NOON,
    );
    let s = shot(&mut app);
    assert!(s.contains("답변 1개, 미답변 9개, 검토 표시 1개"), "{s}");
    insta::assert_snapshot!("exam_ko_grid", s);
    app.update(Action::Back, NOON);
    app.update(Action::Submit, NOON);
    let s = shot(&mut app);
    assert!(s.contains("시험을 제출하시겠습니까?"), "{s}");
    assert!(
        s.contains("미답변: 9개(문제 2, 3, 4, 5, 6, 7, 8, 9, 10)"),
        "{s}"
    );
    insta::assert_snapshot!("exam_ko_review", s);
    app.update(Action::Confirm, NOON + 90_000);
    let s = shot(&mut app);
    assert!(
        s.contains("문제가 너무 적어 환산 점수를 추정할 수 없습니다"),
        "{s}"
    );
    insta::assert_snapshot!("exam_ko_results", s);
    // The review of the answers: the first wrong or unanswered question, choice by choice.
    app.update(Action::FilterWrong, NOON + 90_000);
    app.update(Action::Down, NOON + 90_000);
    let s = shot(&mut app);
    assert!(s.contains("틀렸거나 답하지 않은 문제"), "{s}");
    insta::assert_snapshot!("exam_ko_answer_review", s);
    app.update(Action::Back, NOON + 90_000);
    let s = shot(&mut app);
    assert!(
        s.contains("기록 (최근 응시가 마지막)") && s.contains("빠른 시험"),
        "{s}"
    );
    insta::assert_snapshot!("exam_ko_menu_history", s);

    // Practice shows the right answer and why after each question.
    let mut app = korean_app(Store::open_in_memory().unwrap(), NOON);
    app.update(Action::OpenExams, NOON);
    app.update(
        Action::StartExam(ExamChoice::Practice(Domain::Security)),
        NOON,
    );
    app.update(Action::Choose(0), NOON);
    app.update(Action::Confirm, NOON);
    let s = shot(&mut app);
    assert!(s.contains("정답") || s.contains("오답"), "{s}");
    insta::assert_snapshot!("exam_ko_practice_checked", s);
}

/// A question that asks for several answers, with the exam's time left, in Korean.
#[test]
fn a_multiple_answer_question_in_korean() {
    let mut app = korean_app(Store::open_in_memory().unwrap(), NOON);
    app.update(Action::OpenExams, NOON);
    app.start_exam(crate::exam_run::Mode::Full, 7, NOON);
    let run = app.exam().unwrap();
    let at = (0..run.questions.len())
        .find(|&i| run.questions[i].choose > 1)
        .expect("a full exam has a multiple-response question");
    for _ in 0..at {
        app.update(Action::NextQuestion, NOON);
    }
    app.update(Action::Choose(0), NOON);
    app.update(Action::Choose(1), NOON);
    app.update(Action::Choose(2), NOON);
    let s = super::i18n_tests::screen_at(&mut app, 80, 24);
    assert!(s.contains("남은 시간 2시간 10분 00초"), "{s}");
    assert!(
        s.contains("2개를 선택하십시오") || s.contains("3개를 선택하십시오"),
        "the refusal of one more choice:\n{s}"
    );
    insta::assert_snapshot!("exam_ko_question_multiple", s);
}

/// The unfinished exam offered in Korean, and the question before discarding it.
#[test]
fn an_unfinished_exam_is_offered_and_discarded_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    {
        let mut app = korean_app(Store::open(&path).unwrap(), NOON);
        app.update(Action::OpenExams, NOON);
        app.update(Action::StartExam(ExamChoice::Full), NOON);
        app.update(Action::Choose(0), NOON);
        app.update(Action::Choose(1), NOON);
        app.tick(NOON + 1_000);
        app.tick(NOON + 2_000);
    }
    let mut app = korean_app(Store::open(&path).unwrap(), NOON + 600_000);
    app.update(Action::OpenExams, NOON + 600_000);
    let s = super::i18n_tests::screen_at(&mut app, 80, 24);
    assert!(
        s.contains("끝내지 않은 시험(전체 모의고사): 65문제 중 1문제 답변, 2시간 09분 58초 남음."),
        "{s}"
    );
    insta::assert_snapshot!("exam_ko_resume", s);
    app.update(Action::StartExam(ExamChoice::Quick), NOON + 600_000);
    let s = super::i18n_tests::screen_at(&mut app, 80, 24);
    assert!(s.contains("끝내지 않은 시험이 있습니다."), "{s}");
    app.update(Action::DiscardExam, NOON + 600_000);
    let s = super::i18n_tests::screen_at(&mut app, 80, 24);
    assert!(s.contains("취소하시겠습니까?"), "{s}");
    insta::assert_snapshot!("exam_ko_discard", s);
    app.update(Action::Confirm, NOON + 600_000);
    let s = super::i18n_tests::screen_at(&mut app, 80, 24);
    assert!(s.contains("시험 #1을(를) 취소했습니다."), "{s}");
}

//! Custom study through the study session: it drills the chosen cards and leaves the normal
//! schedule exactly as it would have been without it.

use super::super::testing::{bundled_packs, study};
use crate::core::custom::Filter;
use crate::core::scheduler::Rating;
use crate::store::Store;
use crate::study::Study;

/// 2026-11-24 12:00 UTC.
const NOON: i64 = 1_795_521_600_000;
const HOUR: i64 = 3_600_000;
const DAY: i64 = 24 * HOUR;

/// Answers the next `n` cards of today's queue, cycling through the four ratings.
fn drill(s: &mut Study, n: usize, now: i64) {
    for k in 0..n {
        if s.next_card(now).unwrap().is_none() {
            break;
        }
        s.answer(Rating::ALL[k % 4], now, 4_000).unwrap();
    }
}

/// Every card's state, the queue and its counts at several moments, and the review log's size.
fn schedule(s: &Study) -> String {
    let mut out = String::new();
    for c in s.cards() {
        out.push_str(&format!("{} {:?}\n", c.id, s.state(c.id)));
    }
    for t in [NOON + 2 * HOUR, NOON + DAY, NOON + 4 * DAY] {
        out.push_str(&format!("{:?}\n", s.queue(t).unwrap()));
        let l = s.limits(t).unwrap();
        out.push_str(&format!(
            "{} {} {} {}\n",
            l.new_done_today,
            l.reviews_done_today,
            l.answers_today,
            l.groups_seen_today.len()
        ));
    }
    out.push_str(&format!("{:?}\n", s.store().summary().unwrap()));
    out.push_str(&format!("{:?}\n", s.store().review_retention().unwrap()));
    out.push_str(&format!(
        "{:?}\n",
        s.store().answers_for_training().unwrap()
    ));
    out
}

#[test]
fn a_custom_session_leaves_the_normal_schedule_unchanged() {
    let mut with = study(Store::open_in_memory().unwrap(), bundled_packs());
    let mut without = study(Store::open_in_memory().unwrap(), bundled_packs());
    for s in [&mut with, &mut without] {
        drill(s, 40, NOON);
    }
    assert_eq!(schedule(&with), schedule(&without), "the same start");

    // Custom study on one of them: cards already studied (some due, some in learning) and new
    // ones, every rating, an undo, a card answered Again several times.
    let n = with
        .start_custom(Filter::Search("pack:lambda".into()), NOON + HOUR)
        .unwrap();
    assert!(n > 20, "{n} lambda cards");
    for k in 0..30 {
        let now = NOON + HOUR + k * 10_000;
        with.next_card(now).unwrap().unwrap();
        with.answer(Rating::ALL[(k % 4) as usize], now, 6_000)
            .unwrap();
        if k == 10 {
            assert!(with.undo(now).unwrap().is_some());
        }
    }
    let c = with.custom().unwrap().counts();
    assert_eq!(c.answers, 29);
    assert_eq!(c.done + c.left, n, "every card is done or still to answer");
    let logged: i64 = with
        .store()
        .conn()
        .query_row("SELECT count(*) FROM custom_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(
        logged, 29,
        "each answer logged once, the undone one removed"
    );
    // During the session the normal schedule is already the same.
    assert_eq!(schedule(&with), schedule(&without));
    let ended = with.end_custom().unwrap();
    assert_eq!(ended.answers, 29);
    assert_eq!(schedule(&with), schedule(&without));

    // And it stays the same as both go on: the same cards come, and the same intervals (the
    // interval fuzz's random source was not used by the custom answers).
    for s in [&mut with, &mut without] {
        drill(s, 40, NOON + 2 * HOUR);
        drill(s, 60, NOON + DAY + HOUR);
    }
    assert_eq!(schedule(&with), schedule(&without));
}

#[test]
fn undo_in_a_custom_session_undoes_only_its_answers() {
    let mut s = study(Store::open_in_memory().unwrap(), bundled_packs());
    drill(&mut s, 3, NOON);
    assert_eq!(
        s.start_custom(Filter::Tag("nothing-has-this".into()), NOON)
            .unwrap(),
        0
    );
    assert!(s.custom().is_none(), "no card: no session");
    assert!(
        s.start_custom(Filter::Domain(crate::core::domain::Domain::Security), NOON)
            .unwrap()
            > 0
    );
    assert!(
        !s.can_undo(),
        "the normal answers are not undone from a custom session"
    );
    assert_eq!(s.undo(NOON).unwrap(), None);
    let id = s.next_card(NOON).unwrap().unwrap().id.clone();
    s.answer(Rating::Good, NOON, 1_000).unwrap();
    assert_eq!(s.undo(NOON).unwrap().as_deref(), Some(id.as_str()));
    assert_eq!(s.current().map(|c| c.id.as_str()), Some(id.as_str()));
    assert_eq!(s.custom().unwrap().counts().answers, 0);
    s.end_custom();
    assert!(
        s.can_undo(),
        "after it, the normal answers can be undone again"
    );
    assert_eq!(s.stats.answered, 3);
}

#[test]
fn suspending_in_a_custom_session_takes_the_card_out_of_it() {
    let mut s = study(Store::open_in_memory().unwrap(), bundled_packs());
    let n = s.start_custom(Filter::Pack("lambda".into()), NOON).unwrap();
    let id = s.next_card(NOON).unwrap().unwrap().id.clone();
    s.suspend_current(NOON).unwrap();
    assert!(
        s.state(&id).unwrap().suspended,
        "suspending is a real change"
    );
    let c = s.custom().unwrap().counts();
    assert_eq!((c.set_aside, c.left), (1, n - 1));
    assert_ne!(s.next_card(NOON).unwrap().unwrap().id, id);
}

#[test]
fn missed_in_the_last_exam_are_the_cards_of_the_questions_answered_wrongly() {
    let mut s = study(Store::open_in_memory().unwrap(), bundled_packs());
    assert!(s.missed_questions(None).unwrap().is_empty(), "no exam yet");
    let mut run = s.start_exam(crate::exam_run::Mode::Quick, 7, NOON).unwrap();
    // A wrong choice on the first two questions, the third left unanswered, the rest right.
    for i in 0..run.questions.len() {
        let q = &run.questions[i];
        let right: Vec<usize> = (0..q.choices.len())
            .filter(|&c| q.choices[c].correct)
            .collect();
        let wrong = (0..q.choices.len())
            .find(|&c| !q.choices[c].correct)
            .unwrap();
        run.selected[i] = match i {
            0 | 1 => vec![wrong],
            2 => vec![],
            _ => right,
        };
        s.save_exam_answer(&run, i).unwrap();
    }
    let wrong: Vec<String> = run.questions[..2].iter().map(|q| q.id.clone()).collect();
    s.submit_exam(&mut run, NOON + HOUR).unwrap();
    assert_eq!(s.missed_questions(None).unwrap(), wrong);
    assert_eq!(s.missed_questions(Some(run.attempt)).unwrap(), wrong);
    let chosen = s
        .custom_select(&Filter::MissedLastExam, NOON + HOUR)
        .unwrap();
    let mut expected: Vec<usize> = Vec::new();
    for id in &wrong {
        let q = s.question(id).unwrap();
        let linked: Vec<usize> = q
            .cards
            .iter()
            .filter_map(|c| s.cards().iter().position(|x| x.id == *c))
            .collect();
        if linked.is_empty() {
            expected.push(s.cards().iter().position(|x| x.id == *id).unwrap());
        }
        expected.extend(linked);
    }
    let mut got = chosen.clone();
    got.sort_unstable();
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(got, expected);
    assert_eq!(
        s.custom_select(&Filter::MissedInExam(run.attempt), NOON + HOUR)
            .unwrap()
            .len(),
        chosen.len()
    );
}

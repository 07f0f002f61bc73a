//! Exams on a study session over the bundled packs.

use super::*;
use crate::store::Store;

const NOON: i64 = 1_795_521_600_000;

fn study_on(store: Store) -> Study {
    let packs = crate::study::testing::bundled_packs();
    crate::study::testing::study(store, packs)
}

fn study() -> Study {
    study_on(Store::open_in_memory().unwrap())
}

#[test]
fn a_full_exam_follows_the_blueprint() {
    let mut s = study();
    let run = s.start_exam(Mode::Full, 42, NOON).unwrap();
    assert_eq!(run.questions.len(), 65);
    assert_eq!(run.limit_ms, Some(130 * 60_000));
    for (d, n) in exam::domain_counts(&run.blueprint, 65) {
        assert_eq!(
            run.questions.iter().filter(|q| q.domain == d).count(),
            n,
            "{d}"
        );
    }
    let again = study().start_exam(Mode::Full, 42, NOON).unwrap();
    let ids = |r: &ExamRun| r.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&run), ids(&again), "the same seed draws the same exam");
    assert_eq!(run.order, again.order);
}

#[test]
fn toggling_respects_single_and_multiple_response() {
    let mut s = study();
    let mut run = s.start_exam(Mode::Full, 3, NOON).unwrap();
    let single = run.questions.iter().position(|q| q.choose == 1).unwrap();
    run.position = single;
    run.toggle(0).unwrap();
    run.toggle(1).unwrap();
    assert_eq!(
        run.selected[single],
        vec![run.order[single][1]],
        "a single answer swaps"
    );
    let multi = run.questions.iter().position(|q| q.choose == 2).unwrap();
    run.position = multi;
    run.toggle(0).unwrap();
    run.toggle(1).unwrap();
    let refused = run.toggle(2);
    assert_eq!(refused, Err(crate::exam_run::ToggleError::TooMany(2)));
    assert_eq!(
        refused.unwrap_err().to_string(),
        "Choose 2: deselect a choice before selecting another."
    );
    run.toggle(1).unwrap();
    assert_eq!(run.selected[multi].len(), 1);
    assert!(run.toggle(9).is_err());
}

#[test]
fn answers_flags_and_time_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s.sqlite3");
    let mut s = study_on(Store::open(&path).unwrap());
    let mut run = s.start_exam(Mode::Full, 5, NOON).unwrap();
    run.position = 2;
    run.toggle(1).unwrap();
    s.save_exam_answer(&run, 2).unwrap();
    run.flagged[4] = true;
    s.save_exam_answer(&run, 4).unwrap();
    s.exam_tick(&mut run, None, NOON + 3_000).unwrap();
    drop(s);
    let s = study_on(Store::open(&path).unwrap());
    let back = s
        .resume_exam(NOON + 60_000)
        .unwrap()
        .expect("an open attempt");
    assert_eq!(back.attempt, run.attempt);
    assert_eq!(back.selected[2], run.selected[2]);
    assert!(back.flagged[4]);
    assert_eq!(back.elapsed_ms, 3_000, "time closed does not count");
    assert_eq!(back.position, 0, "resumes at the first unanswered question");
    assert_eq!(back.order, run.order);
}

#[test]
fn the_timer_warns_and_submits_itself() {
    let mut s = study();
    let mut run = s.start_exam(Mode::Full, 8, NOON).unwrap();
    run.elapsed_ms = 120 * 60_000 - 2_000;
    let mut t = NOON;
    let mut events = Vec::new();
    for _ in 0..700 {
        t += 1_000;
        if let Some(e) = s.exam_tick(&mut run, None, t).unwrap() {
            events.push(e);
            if e == TickEvent::TimeUp {
                break;
            }
        }
    }
    assert_eq!(
        events,
        vec![
            TickEvent::Warning(10),
            TickEvent::Warning(5),
            TickEvent::TimeUp
        ]
    );
    assert_eq!(run.remaining(), Some(0));
    // A long pause (the laptop slept) counts 5 seconds at most.
    let mut run = s.start_exam(Mode::Full, 9, NOON).unwrap();
    s.exam_tick(&mut run, None, NOON + 3_600_000).unwrap();
    assert_eq!(run.elapsed_ms, 5_000);
}

/// The ids a question's drill uses: its linked cards, or the question itself.
fn drill_ids(s: &Study, q: &Question) -> Vec<String> {
    if q.cards.iter().any(|c| s.has_card(c)) {
        q.cards.iter().filter(|c| s.has_card(c)).cloned().collect()
    } else {
        vec![q.id.clone()]
    }
}

#[test]
fn submitting_schedules_what_was_answered_wrongly_and_lists_what_was_not_answered() {
    let mut s = study();
    let mut run = s.start_exam(Mode::Quick, 11, NOON).unwrap();
    // The first question right, the second wrong, the rest unanswered (as when time runs out).
    let q0 = run.questions[0].clone();
    run.selected[0] = (0..q0.choices.len())
        .filter(|&i| q0.choices[i].correct)
        .collect();
    let q1 = run.questions[1].clone();
    run.selected[1] = vec![
        (0..q1.choices.len())
            .find(|&i| !q1.choices[i].correct)
            .unwrap(),
    ];
    let r = s.submit_exam(&mut run, NOON + 10_000).unwrap();
    assert_eq!(r.score.overall.correct, 1);
    assert_eq!(r.score.overall.total, 10);
    assert_eq!(s.store().open_attempt().unwrap(), None);
    assert_eq!(
        r.unanswered,
        (3..=10).collect::<Vec<_>>(),
        "listed by number"
    );
    let wrong = drill_ids(&s, &q1);
    assert_eq!(r.scheduled_cards, wrong.len());
    for id in &wrong {
        let st = s.state(id).expect("scheduled");
        assert!(st.due <= NOON + 10_000, "{id}");
    }
    // Unseen questions put nothing into the drill.
    for q in &run.questions[2..] {
        for id in drill_ids(&s, q).iter().filter(|id| !wrong.contains(id)) {
            assert!(
                s.state(id).is_none(),
                "{id} was not answered, yet it is scheduled"
            );
        }
    }
    let (_, due) = s.queue(NOON + 10_000).unwrap();
    assert!(due.learning >= 1);
}

#[test]
fn task_tallies_count_the_submitted_attempts_as_loading_each_would() {
    let mut s = study();
    for (i, seed) in [5u64, 6, 7, 8].into_iter().enumerate() {
        let mut run = s.start_exam(Mode::Full, seed, NOON + i as i64).unwrap();
        for p in 0..run.questions.len() {
            if (p + i) % 3 != 0 {
                run.position = p;
                run.toggle(p % run.order[p].len()).unwrap();
                s.save_exam_answer(&run, p).ok();
            }
        }
        if i == 2 {
            // Discarded: never counted.
            assert!(s.discard_exam(run.attempt, NOON + 50).unwrap());
            continue;
        }
        s.submit_exam(&mut run, NOON + 100 + i as i64).unwrap();
    }
    // The definition before the tallies were read from the answers alone: every submitted attempt
    // loaded whole and scored.
    let mut sum: std::collections::BTreeMap<String, exam::Tally> = Default::default();
    for a in s.store().attempt_history().unwrap() {
        let (run, _) = s.load_attempt(a.id).unwrap().unwrap();
        let qs: Vec<&Question> = run.questions.iter().collect();
        for (task, t) in exam::score(&qs, &run.selected).per_task {
            let e = sum.entry(task).or_default();
            e.correct += t.correct;
            e.total += t.total;
        }
    }
    let expected: Vec<(String, exam::Tally)> = sum.into_iter().collect();
    assert_eq!(
        expected.iter().map(|(_, t)| t.total).sum::<usize>(),
        3 * 65,
        "three submitted attempts"
    );
    assert!(expected.iter().any(|(_, t)| t.correct > 0));
    assert_eq!(s.task_tallies().unwrap(), expected);
}

use super::blueprint::dva_c02;
use super::*;
use crate::core::content::{Choice, Question};
use rand::SeedableRng;
use rand::rngs::StdRng;

fn q(id: usize, domain: Domain, correct: &[usize], n: usize) -> Question {
    Question {
        id: format!("p/q{id}"),
        domain,
        task: format!("{}.1", domain.number()),
        service: "S".into(),
        difficulty: None,
        stem: "?".into(),
        choices: (0..n)
            .map(|i| Choice {
                text: format!("c{i}"),
                correct: correct.contains(&i),
                why: "because".into(),
                ko_text: None,
                ko_why: None,
            })
            .collect(),
        choose: correct.len(),
        source: "https://docs.aws.amazon.com/".into(),
        cards: vec![],
        tags: vec![],
        ko_stem: None,
    }
}

fn pool(per_domain: usize) -> Vec<Question> {
    let mut out = Vec::new();
    for d in Domain::ALL {
        for i in 0..per_domain {
            out.push(q(out.len(), d, &[i % 4], 4));
        }
    }
    out
}

#[test]
fn domain_counts_follow_the_weights() {
    let bp = dva_c02();
    let c = domain_counts(&bp, 65);
    let n: Vec<usize> = c.iter().map(|x| x.1).collect();
    // 65 x 32 % = 20.8, x 26 % = 16.9, x 24 % = 15.6, x 18 % = 11.7: floors 20, 16, 15, 11 (62);
    // the 3 left go to the largest remainders .9, .8, .7 -> 21, 17, 15, 12.
    assert_eq!(n, vec![21, 17, 15, 12]);
    assert_eq!(
        domain_counts(&bp, 10).iter().map(|x| x.1).sum::<usize>(),
        10
    );
}

#[test]
fn full_draws_match_the_blueprint_for_many_seeds_without_duplicates() {
    let bp = dva_c02();
    let qs = pool(40);
    let refs: Vec<&Question> = qs.iter().collect();
    let expected = domain_counts(&bp, 65);
    for seed in 0..200 {
        let mut rng = StdRng::seed_from_u64(seed);
        let drawn = draw_full(&refs, &bp, &HashSet::new(), &mut rng);
        assert_eq!(drawn.len(), 65);
        let ids: HashSet<usize> = drawn.iter().map(|d| d.question).collect();
        assert_eq!(ids.len(), 65, "seed {seed}: a question drawn twice");
        for (d, n) in &expected {
            let got = drawn
                .iter()
                .filter(|x| refs[x.question].domain == *d)
                .count();
            assert_eq!(got, *n, "seed {seed}, {d}");
        }
        for x in &drawn {
            let mut o = x.order.clone();
            o.sort();
            assert_eq!(o, vec![0, 1, 2, 3], "the order is a permutation");
        }
    }
}

#[test]
fn a_seed_makes_the_draw_reproducible_and_recent_questions_wait() {
    let bp = dva_c02();
    let qs = pool(45);
    let refs: Vec<&Question> = qs.iter().collect();
    let a = draw_full(&refs, &bp, &HashSet::new(), &mut StdRng::seed_from_u64(9));
    let b = draw_full(&refs, &bp, &HashSet::new(), &mut StdRng::seed_from_u64(9));
    assert_eq!(a, b);
    let recent: HashSet<String> = a.iter().map(|d| refs[d.question].id.clone()).collect();
    let c = draw_full(&refs, &bp, &recent, &mut StdRng::seed_from_u64(10));
    // 45 per domain leaves enough unseen questions in every domain (21 + 21 <= 45): no repeat.
    assert!(c.iter().all(|d| !recent.contains(&refs[d.question].id)));
}

#[test]
fn a_small_pool_is_used_whole_and_topped_up_across_domains() {
    let bp = dva_c02();
    let mut qs = pool(5);
    qs.retain(|q| q.domain != Domain::Security);
    let refs: Vec<&Question> = qs.iter().collect();
    let d = draw_full(&refs, &bp, &HashSet::new(), &mut StdRng::seed_from_u64(1));
    assert_eq!(d.len(), 15);
}

#[test]
fn an_answer_is_right_when_its_set_of_choices_is_the_correct_set() {
    use rand::RngExt;
    let mut rng = StdRng::seed_from_u64(9);
    let mut right = 0;
    for i in 0..5_000 {
        let n = rng.random_range(4..7);
        let correct: Vec<usize> = (0..n).filter(|_| rng.random_range(0..3) == 0).collect();
        let question = q(i, Domain::Development, &correct, n);
        // Choices chosen, some twice, some that do not exist.
        let selected: Vec<usize> = (0..rng.random_range(0..5))
            .map(|_| rng.random_range(0..n + 1))
            .collect();
        let chosen: HashSet<usize> = selected.iter().copied().collect();
        let want = chosen == correct.iter().copied().collect::<HashSet<usize>>();
        assert_eq!(
            is_correct(&question, &selected),
            want,
            "{correct:?} {selected:?}"
        );
        right += usize::from(want);
    }
    assert!(right > 50, "{right} right answers among the random ones");
}

#[test]
fn multiple_response_scores_only_the_exact_set() {
    let single = q(1, Domain::Security, &[2], 4);
    let multi = q(2, Domain::Deployment, &[0, 3], 5);
    assert!(is_correct(&single, &[2]));
    assert!(!is_correct(&single, &[1]));
    assert!(!is_correct(&single, &[]));
    assert!(is_correct(&multi, &[3, 0]));
    assert!(!is_correct(&multi, &[0]));
    assert!(!is_correct(&multi, &[0, 3, 4]));
    // A choice chosen twice counts once; one that does not exist is wrong.
    assert!(is_correct(&multi, &[0, 3, 0]));
    assert!(!is_correct(&single, &[2, 9]));
    assert!(!is_correct(&multi, &[3, 3]));
    let s = score(&[&single, &multi], &[vec![2], vec![0]]);
    assert_eq!(
        s.overall,
        Tally {
            correct: 1,
            total: 2
        }
    );
    assert_eq!(
        s.per_domain[0],
        (
            Domain::Security,
            Tally {
                correct: 1,
                total: 1
            }
        )
    );
    assert_eq!(
        s.per_domain[1],
        (
            Domain::Deployment,
            Tally {
                correct: 0,
                total: 1
            }
        )
    );
    assert_eq!(s.per_task[0].0, "2.1");
}

#[test]
fn the_scaled_estimate_is_a_wilson_interval_and_needs_enough_questions() {
    let bp = dva_c02();
    let est = |correct, total| scaled_estimate(&bp, Tally { correct, total });
    // 52/65 = 0.8 -> 100 + 900 x 0.8 = 820; the 90 % Wilson interval is 0.707 to 0.869.
    let e = est(52, 65).unwrap();
    assert_eq!((e.low, e.mid, e.high, e.questions), (736, 820, 882, 65));
    assert!(e.passes);
    // All right or all wrong no longer collapses to a point at the end of the scale.
    let e = est(65, 65).unwrap();
    assert_eq!((e.mid, e.high), (1000, 1000));
    assert!(e.low < 970, "{e:?}");
    let e = est(0, 65).unwrap();
    assert_eq!((e.low, e.mid), (100, 100));
    assert!(e.high > 130, "{e:?}");
    // 10/10 on a quick exam says nothing: too few questions.
    assert_eq!(est(10, 10), None);
    assert_eq!(est(19, 19), None);
    assert!(est(20, 20).unwrap().low < 900);
}

#[test]
fn warnings_fire_once_at_ten_and_five_minutes_left() {
    let limit = 130 * 60_000;
    assert_eq!(crossed_warning(limit, 0, 1_000), None);
    assert_eq!(
        crossed_warning(limit, limit - 600_001, limit - 599_000),
        Some(10)
    );
    assert_eq!(
        crossed_warning(limit, limit - 599_000, limit - 598_000),
        None
    );
    assert_eq!(
        crossed_warning(limit, limit - 300_500, limit - 299_500),
        Some(5)
    );
    assert_eq!(remaining_ms(limit, limit + 5), 0);
}

#[test]
fn full_draws_follow_the_difficulty_mix_within_each_domain() {
    let bp = dva_c02();
    assert_eq!(
        bp.difficulty,
        vec![
            (Difficulty::Recall, 15),
            (Difficulty::Apply, 50),
            (Difficulty::Analyse, 35)
        ]
    );
    // 60 questions per domain, twenty of each difficulty.
    let mut qs = pool(60);
    for (i, q) in qs.iter_mut().enumerate() {
        q.difficulty = Some(Difficulty::ALL[i % 3]);
    }
    let refs: Vec<&Question> = qs.iter().collect();
    for seed in 0..50 {
        let drawn = draw_full(
            &refs,
            &bp,
            &HashSet::new(),
            &mut StdRng::seed_from_u64(seed),
        );
        assert_eq!(drawn.len(), 65);
        for (d, n) in domain_counts(&bp, 65) {
            let want = split(&bp.difficulty, n);
            for (level, count) in want {
                let got = drawn
                    .iter()
                    .map(|x| refs[x.question])
                    .filter(|q| q.domain == d && q.difficulty == Some(level))
                    .count();
                assert_eq!(got, count, "seed {seed}, {d}, {level:?}");
            }
        }
    }
    // Development gets 21: 15 % = 3.15, 50 % = 10.5, 35 % = 7.35 -> 3, 11, 7.
    assert_eq!(
        split(&bp.difficulty, 21),
        vec![
            (Difficulty::Recall, 3),
            (Difficulty::Apply, 11),
            (Difficulty::Analyse, 7)
        ]
    );
}

#[test]
fn a_difficulty_short_of_questions_is_topped_up_from_its_domain() {
    let bp = dva_c02();
    // Every question is a recall question: the exam is still full and keeps the domain counts.
    let mut qs = pool(30);
    for q in &mut qs {
        q.difficulty = Some(Difficulty::Recall);
    }
    let refs: Vec<&Question> = qs.iter().collect();
    let drawn = draw_full(&refs, &bp, &HashSet::new(), &mut StdRng::seed_from_u64(3));
    assert_eq!(drawn.len(), 65);
    for (d, n) in domain_counts(&bp, 65) {
        let got = drawn
            .iter()
            .filter(|x| refs[x.question].domain == d)
            .count();
        assert_eq!(got, n, "{d}");
    }
}

#[test]
fn a_weak_area_exam_draws_the_tasks_missed_most() {
    // Half the questions on task 1.1 (always missed), half on 2.1 (always right).
    let mut qs = pool(20);
    for (i, q) in qs.iter_mut().enumerate() {
        q.task = if i % 2 == 0 {
            "1.1".into()
        } else {
            "2.1".into()
        };
    }
    let refs: Vec<&Question> = qs.iter().collect();
    let weights = task_weights(&[
        (
            "1.1".into(),
            Tally {
                correct: 0,
                total: 18,
            },
        ),
        (
            "2.1".into(),
            Tally {
                correct: 18,
                total: 18,
            },
        ),
    ]);
    assert!((weights["1.1"] - 0.95).abs() < 1e-9);
    assert!((weights["2.1"] - 0.05).abs() < 1e-9);
    let mut missed = 0;
    for seed in 0..50 {
        let drawn = draw_weak(
            &refs,
            &weights,
            10,
            &HashSet::new(),
            &mut StdRng::seed_from_u64(seed),
        );
        assert_eq!(drawn.len(), 10);
        let ids: HashSet<usize> = drawn.iter().map(|d| d.question).collect();
        assert_eq!(ids.len(), 10, "no repeats");
        missed += drawn
            .iter()
            .filter(|d| refs[d.question].task == "1.1")
            .count();
    }
    // 19 to 1 odds per pick: far more than half of the 500 picks are on the missed task.
    assert!(missed > 400, "{missed} of 500 on the missed task");
}

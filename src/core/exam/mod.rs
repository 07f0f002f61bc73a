//! Mock exams: drawing questions to a blueprint's domain weights, shuffling choices, scoring single
//! and multiple response as the real exam does, the estimated scaled score, and the timer's rules.
//!
//! Pure: the random source and the elapsed time are passed in.

pub mod blueprint;
pub mod guess;
pub mod mode;

use crate::core::content::{Card, CardBody, Difficulty, Question};
use crate::core::domain::Domain;
use blueprint::Blueprint;
use rand::Rng;
use rand::seq::SliceRandom;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};

/// A drawn question: which one, and the order its choices are shown in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Drawn {
    /// Index into the pool given to the draw.
    pub question: usize,
    /// Original choice indexes in display order (display A shows `order[0]`).
    pub order: Vec<usize>,
}

/// How many questions each domain gets out of `n`, by largest remainder of the weights.
pub fn domain_counts(bp: &Blueprint, n: usize) -> Vec<(Domain, usize)> {
    split(&bp.domains, n)
}

/// `n` split by the weights, by largest remainder (ties to the earlier entry).
fn split<T: Copy>(weights: &[(T, u32)], n: usize) -> Vec<(T, usize)> {
    let total: u32 = weights.iter().map(|d| d.1).sum::<u32>().max(1);
    let mut counts: Vec<(T, usize, f64)> = weights
        .iter()
        .map(|(d, w)| {
            let exact = n as f64 * f64::from(*w) / f64::from(total);
            (*d, exact.floor() as usize, exact - exact.floor())
        })
        .collect();
    let mut left = n.saturating_sub(counts.iter().map(|c| c.1).sum::<usize>());
    let mut by_rest: Vec<usize> = (0..counts.len()).collect();
    by_rest.sort_by(|&a, &b| counts[b].2.total_cmp(&counts[a].2).then(a.cmp(&b)));
    for i in by_rest {
        if left == 0 {
            break;
        }
        counts[i].1 += 1;
        left -= 1;
    }
    counts.into_iter().map(|(d, c, _)| (d, c)).collect()
}

fn shuffled_choices(q: &Question, rng: &mut impl Rng) -> Vec<usize> {
    let mut order: Vec<usize> = (0..q.choices.len()).collect();
    order.shuffle(rng);
    order
}

/// Picks up to `n` of `candidates` (pool indexes): unseen ones first, in random order.
fn pick(
    pool: &[&Question],
    mut candidates: Vec<usize>,
    n: usize,
    recent: &HashSet<String>,
    rng: &mut impl Rng,
) -> Vec<usize> {
    candidates.shuffle(rng);
    // A stable partition keeps the shuffle within each half.
    let (fresh, seen): (Vec<usize>, Vec<usize>) = candidates
        .into_iter()
        .partition(|&i| !recent.contains(&pool[i].id));
    fresh.into_iter().chain(seen).take(n).collect()
}

/// The difficulty a question is drawn as (an unrated question counts as applying a fact).
fn difficulty_of(q: &Question) -> Difficulty {
    q.difficulty.unwrap_or(Difficulty::Apply)
}

/// A full mock exam: the blueprint's number of questions, split by domain weight and, within each
/// domain, by the blueprint's difficulty mix, avoiding the `recent` question ids while the pool
/// allows, with choices shuffled. A difficulty short of questions is topped up from the rest of its
/// domain, and a domain short of questions from the other domains. Questions are in random order.
pub fn draw_full(
    pool: &[&Question],
    bp: &Blueprint,
    recent: &HashSet<String>,
    rng: &mut impl Rng,
) -> Vec<Drawn> {
    let mut chosen = Vec::new();
    let mut taken = HashSet::new();
    for (domain, count) in domain_counts(bp, bp.questions.min(pool.len())) {
        let in_domain: Vec<usize> = (0..pool.len())
            .filter(|&i| pool[i].domain == domain)
            .collect();
        let mut from_domain = Vec::new();
        for (level, n) in split(&bp.difficulty, count) {
            let candidates = in_domain
                .iter()
                .copied()
                .filter(|&i| difficulty_of(pool[i]) == level)
                .collect();
            from_domain.extend(pick(pool, candidates, n, recent, rng));
        }
        if from_domain.len() < count {
            let rest = in_domain
                .iter()
                .copied()
                .filter(|i| !from_domain.contains(i))
                .collect();
            let missing = count - from_domain.len();
            from_domain.extend(pick(pool, rest, missing, recent, rng));
        }
        for i in from_domain {
            taken.insert(i);
            chosen.push(i);
        }
    }
    let missing = bp.questions.min(pool.len()) - chosen.len();
    if missing > 0 {
        let rest = (0..pool.len()).filter(|i| !taken.contains(i)).collect();
        chosen.extend(pick(pool, rest, missing, recent, rng));
    }
    chosen.shuffle(rng);
    chosen
        .into_iter()
        .map(|i| Drawn {
            question: i,
            order: shuffled_choices(pool[i], rng),
        })
        .collect()
}

/// `n` questions among those that `keep` accepts (practice by domain, service or task; quick).
pub fn draw_filtered(
    pool: &[&Question],
    keep: impl Fn(&Question) -> bool,
    n: usize,
    recent: &HashSet<String>,
    rng: &mut impl Rng,
) -> Vec<Drawn> {
    let candidates = (0..pool.len()).filter(|&i| keep(pool[i])).collect();
    pick(pool, candidates, n, recent, rng)
        .into_iter()
        .map(|i| Drawn {
            question: i,
            order: shuffled_choices(pool[i], rng),
        })
        .collect()
}

/// How much each task statement should come up in a weak-area exam: the share of its questions
/// answered wrongly so far, smoothed as (wrong + 1) / (total + 2), so a task never tried counts as
/// a coin toss and a task always right still comes up now and then.
pub fn task_weights(per_task: &[(String, Tally)]) -> BTreeMap<String, f64> {
    per_task
        .iter()
        .map(|(code, t)| {
            let wrong = t.total.saturating_sub(t.correct) as f64;
            (code.clone(), (wrong + 1.0) / (t.total as f64 + 2.0))
        })
        .collect()
}

/// `n` questions drawn without repeats, each with a chance in proportion to its task statement's
/// weight (`task_weights`; a task without a weight counts 0.5), avoiding the `recent` question ids
/// while the pool allows; choices shuffled.
pub fn draw_weak(
    pool: &[&Question],
    weights: &BTreeMap<String, f64>,
    n: usize,
    recent: &HashSet<String>,
    rng: &mut impl Rng,
) -> Vec<Drawn> {
    let fresh: Vec<usize> = (0..pool.len())
        .filter(|&i| !recent.contains(&pool[i].id))
        .collect();
    let candidates: Vec<usize> = if fresh.len() >= n.min(pool.len()) {
        fresh
    } else {
        (0..pool.len()).collect()
    };
    let weight = |i: usize| {
        weights
            .get(&pool[candidates[i]].task)
            .copied()
            .unwrap_or(0.5)
    };
    let amount = n.min(candidates.len());
    let picked: Vec<usize> =
        match rand::seq::index::sample_weighted(rng, candidates.len(), weight, amount) {
            Ok(ix) => ix.into_iter().map(|i| candidates[i]).collect(),
            Err(_) => candidates.iter().copied().take(amount).collect(),
        };
    picked
        .into_iter()
        .map(|i| Drawn {
            question: i,
            order: shuffled_choices(pool[i], rng),
        })
        .collect()
}

/// Whether `selected` (original choice indexes) is right: exactly the correct choices, no others,
/// as the real exam scores multiple response.
pub fn is_correct(q: &Question, selected: &[usize]) -> bool {
    // The set chosen is the set of correct choices (a choice chosen twice counts once): every
    // choice chosen is correct, and every correct one is chosen. No set is built (Stats scores
    // every submitted answer).
    let right = |i: usize| q.choices.get(i).is_some_and(|c| c.correct);
    selected.iter().all(|&i| right(i))
        && (0..q.choices.len())
            .filter(|&i| q.choices[i].correct)
            .all(|i| selected.contains(&i))
}

/// Correct / total for one group.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    /// Right answers.
    pub correct: usize,
    /// Questions.
    pub total: usize,
}

impl Tally {
    /// Percent right (0 for an empty tally).
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            0.0
        } else {
            self.correct as f64 * 100.0 / self.total as f64
        }
    }
}

/// The score of an attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// All questions.
    pub overall: Tally,
    /// Per domain, in the exam guide's order (domains without questions are left out).
    pub per_domain: Vec<(Domain, Tally)>,
    /// Per task statement, sorted by code.
    pub per_task: Vec<(String, Tally)>,
    /// Per difficulty, easiest first (questions without a rating are left out).
    pub per_difficulty: Vec<(Difficulty, Tally)>,
}

/// Scores answers (original choice indexes per question; unanswered is empty).
pub fn score(questions: &[&Question], selected: &[Vec<usize>]) -> Score {
    let mut overall = Tally::default();
    let mut domains: BTreeMap<u8, (Domain, Tally)> = BTreeMap::new();
    let mut tasks: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut levels: BTreeMap<Difficulty, Tally> = BTreeMap::new();
    for (q, sel) in questions.iter().zip(selected) {
        let ok = usize::from(is_correct(q, sel));
        overall.correct += ok;
        overall.total += 1;
        let d = domains
            .entry(q.domain.number())
            .or_insert((q.domain, Tally::default()));
        d.1.correct += ok;
        d.1.total += 1;
        let t = tasks.entry(q.task.as_str()).or_default();
        t.correct += ok;
        t.total += 1;
        if let Some(level) = q.difficulty {
            let l = levels.entry(level).or_default();
            l.correct += ok;
            l.total += 1;
        }
    }
    Score {
        overall,
        per_domain: domains.into_values().collect(),
        per_task: tasks.into_iter().map(|(k, t)| (k.to_string(), t)).collect(),
        per_difficulty: levels.into_iter().collect(),
    }
}

/// An estimated scaled score: the lowest, middle and highest plausible values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ScaledEstimate {
    /// Lower end of the range.
    pub low: u32,
    /// The point estimate (the raw proportion mapped onto the scale).
    pub mid: u32,
    /// Upper end of the range.
    pub high: u32,
    /// Whether the point estimate reaches the passing score.
    pub passes: bool,
    /// The scored questions it rests on.
    pub questions: usize,
}

/// The fewest scored questions an estimate is given for. With fewer, even a 90 % interval is
/// wider than a third of the scale (20 questions at 75 % right: 0.57 to 0.87, 610 to 880 on
/// DVA-C02's 100-1000) and says nothing about passing; a quick exam (10 questions) gets no
/// estimate, a 20-question practice a wide one, a full exam (65) one about 160 points wide.
pub const MIN_ESTIMATE_QUESTIONS: usize = 20;

/// The normal quantile of the interval: 90 % two-sided.
const Z: f64 = 1.645;

/// Estimates the scaled score from a raw tally (the edge says how: `exam_run::ESTIMATE_METHOD`): the proportion right and
/// its Wilson score interval (which stays inside 0-1 and does not collapse at 0 % or 100 %), mapped
/// onto the blueprint's scale. `None` below `MIN_ESTIMATE_QUESTIONS` scored questions. The one
/// estimate the app, the command line and Home show.
pub fn scaled_estimate(bp: &Blueprint, t: Tally) -> Option<ScaledEstimate> {
    if t.total < MIN_ESTIMATE_QUESTIONS {
        return None;
    }
    let n = t.total as f64;
    let p = t.correct as f64 / n;
    let z2 = Z * Z;
    let centre = (p + z2 / (2.0 * n)) / (1.0 + z2 / n);
    let half = Z / (1.0 + z2 / n) * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    let span = f64::from(bp.max_score - bp.min_score);
    let at = |x: f64| (f64::from(bp.min_score) + span * x.clamp(0.0, 1.0)).round() as u32;
    let mid = at(p);
    Some(ScaledEstimate {
        low: at(centre - half),
        mid,
        high: at(centre + half),
        passes: mid >= bp.passing_score,
        questions: t.total,
    })
}

/// The letter of a choice shown at `i`: A, B, C ...
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i.min(25) as u8))
}

/// A missed question without linked cards is studied as a card of its own, under its id.
pub fn card_from_question(q: &Question) -> Card {
    let mut front = q.stem.clone();
    for (i, c) in q.choices.iter().enumerate() {
        front.push_str(&format!("\n{}. {}", letter(i), c.text));
    }
    let mut back = String::new();
    for (i, c) in q.choices.iter().enumerate().filter(|(_, c)| c.correct) {
        back.push_str(&format!("{}. {}\n   {}\n", letter(i), c.text, c.why));
    }
    Card {
        id: q.id.as_str().into(),
        body: CardBody::Basic {
            front: front.into(),
            back: back.trim_end().into(),
        },
        tags: vec!["exam-question".into()],
        source: q.source.as_str().into(),
        domain: Some(q.domain),
        group: None,
        note: None,
        ko: None,
    }
}

/// Time left, in ms (never negative).
pub fn remaining_ms(limit_ms: i64, elapsed_ms: i64) -> i64 {
    (limit_ms - elapsed_ms).max(0)
}

/// The warning (in minutes left: 10 or 5) crossed when the elapsed time moves from `before` to
/// `after`, if any.
pub fn crossed_warning(limit_ms: i64, before: i64, after: i64) -> Option<u32> {
    [10u32, 5].into_iter().find(|m| {
        let at = limit_ms - i64::from(*m) * 60_000;
        at > 0 && before < at && after >= at
    })
}

#[cfg(test)]
mod tests;

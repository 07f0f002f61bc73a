//! Readiness for the exam date: the predicted recall on exam day, per domain and overall, and the new
//! cards per day that would introduce the rest in time.
//!
//! The prediction is the mean retrievability of the cards at the exam date from their FSRS memory
//! states, counting cards never studied as not known (0).

use super::CardState;
use super::day::{Calendar, DAY_MS};
use crate::core::domain::Domain;
use serde::Serialize;

/// The prediction.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readiness {
    /// Study days from today to the exam day (0 on the day itself; negative once it has passed).
    pub days_left: i64,
    /// Mean predicted recall of all cards on exam day, 0 to 1.
    pub overall: f64,
    /// Per domain: (domain, mean predicted recall, number of cards).
    pub per_domain: Vec<(Domain, f64, usize)>,
    /// Cards never studied.
    pub new_remaining: usize,
    /// New cards per day needed to introduce them all before exam day.
    pub new_per_day_needed: usize,
}

/// Predicts recall at `exam_day` (a study day from the same calendar) for `cards` (domain, state).
pub fn predict<S: std::borrow::Borrow<CardState>>(
    cards: impl IntoIterator<Item = (Option<Domain>, Option<S>)>,
    exam_day: i64,
    now: i64,
    cal: &(impl Calendar + ?Sized),
    decay: f32,
) -> Readiness {
    let days_left = exam_day - cal.day(now);
    // The middle of the exam day: the reviews of that morning do not count as retrieval.
    let at = cal.day_start(exam_day) + DAY_MS / 2;
    let mut sums = [(0.0f64, 0usize); 4];
    let mut total = (0.0, 0);
    let mut new_remaining: usize = 0;
    for (domain, state) in cards {
        let r = match state.as_ref().map(|s| s.borrow()) {
            Some(s) if s.memory.is_some() => s.retrievability(at, decay),
            _ => {
                new_remaining += 1;
                0.0
            }
        };
        total.0 += r;
        total.1 += 1;
        if let Some(d) = domain {
            let slot = &mut sums[usize::from(d.number() - 1)];
            slot.0 += r;
            slot.1 += 1;
        }
    }
    let mean = |(sum, n): (f64, usize)| if n == 0 { 0.0 } else { sum / n as f64 };
    let per_domain = Domain::ALL
        .iter()
        .zip(sums)
        .map(|(d, s)| (*d, mean(s), s.1))
        .collect();
    let new_per_day_needed = match days_left {
        d if d <= 0 => new_remaining,
        d => new_remaining.div_ceil(d as usize),
    };
    Readiness {
        days_left,
        overall: mean(total),
        per_domain,
        new_remaining,
        new_per_day_needed,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Memory, Phase, StudyDays};
    use super::*;
    use chrono::Utc;

    const NOON: i64 = 1_795_521_600_000;

    #[test]
    fn new_cards_count_as_unknown_and_memory_decays_to_the_exam() {
        let cal = StudyDays::new(Utc, 4);
        let mut known = CardState::new_card();
        known.phase = Phase::Review;
        known.memory = Some(Memory {
            stability: 10.0,
            difficulty: 5.0,
        });
        known.last_review = Some(NOON);
        let today = cal.day(NOON);
        let cards = [
            (Some(Domain::Security), Some(&known)),
            (Some(Domain::Security), None),
            (None, None),
        ];
        let r = predict(cards, today + 10, NOON, &cal, 0.1542);
        assert_eq!(r.days_left, 10);
        // Predicted at the middle of the exam's study day (04:00 + 12 h = 16:00 UTC, 10 days and
        // 4 hours after the last review).
        let at = cal.day_start(today + 10) + DAY_MS / 2;
        let days = (at - NOON) as f32 / DAY_MS as f32;
        assert!((days - 10.1667).abs() < 1e-3);
        let expected = f64::from(fsrs::current_retrievability(
            known.memory.unwrap().into(),
            days,
            0.1542,
        ));
        assert!(expected < 0.9, "past its stability, recall is under 90 %");
        assert!((r.overall - expected / 3.0).abs() < 1e-6, "{r:?}");
        assert!((r.per_domain[1].1 - expected / 2.0).abs() < 1e-6);
        assert_eq!(r.per_domain[1].2, 2);
        assert_eq!(r.per_domain[0], (Domain::Development, 0.0, 0));
        assert_eq!((r.new_remaining, r.new_per_day_needed), (2, 1));
        let past = predict(cards, today - 1, NOON, &cal, 0.1542);
        assert_eq!(past.new_per_day_needed, 2);
    }
}

//! Turning the review log into FSRS training items, as Anki does: one item per answer after a card's
//! first, holding that card's answers so far with the study days between them.

use super::day::Calendar;
use fsrs::{FSRSItem, FSRSReview};

/// The fewest items with a gap of at least a day that the fsrs optimizer fits parameters from; below
/// it, `fsrs::compute_parameters` returns its defaults or only the initial stabilities.
pub const MIN_TRAINING_ITEMS: usize = 64;

/// Training items from answers (item id, time in Unix ms, rating 1-4), ordered by item then time.
pub fn training_items(
    answers: &[(String, i64, u32)],
    cal: &(impl Calendar + ?Sized),
) -> Vec<FSRSItem> {
    let mut items = Vec::new();
    let mut start = 0;
    while start < answers.len() {
        let id = &answers[start].0;
        let end = answers[start..]
            .iter()
            .position(|a| &a.0 != id)
            .map_or(answers.len(), |p| start + p);
        let mut reviews: Vec<FSRSReview> = Vec::with_capacity(end - start);
        let mut prev_day = None;
        for (_, at, rating) in &answers[start..end] {
            if !(1..=4).contains(rating) {
                continue;
            }
            let day = cal.day(*at);
            let delta_t = prev_day.map_or(0, |p: i64| (day - p).max(0) as u32);
            prev_day = Some(day);
            reviews.push(FSRSReview {
                rating: *rating,
                delta_t,
            });
            if reviews.len() > 1 {
                items.push(FSRSItem {
                    reviews: reviews.clone(),
                });
            }
        }
        start = end;
    }
    items
}

/// Items whose last answer came at least a day after the one before (what the optimizer learns from).
pub fn long_term_items(items: &[FSRSItem]) -> usize {
    items
        .iter()
        .filter(|i| i.reviews.last().is_some_and(|r| r.delta_t > 0))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scheduler::StudyDays;
    use chrono::Utc;

    const NOON: i64 = 1_795_521_600_000;
    const DAY: i64 = 86_400_000;

    #[test]
    fn items_hold_each_cards_history_with_day_gaps() {
        let cal = StudyDays::new(Utc, 4);
        let a = |id: &str, t: i64, r: u32| (id.to_string(), t, r);
        let answers = vec![
            a("p/a", NOON, 3),
            a("p/a", NOON + 600_000, 3),
            a("p/a", NOON + 3 * DAY, 1),
            a("p/b", NOON, 4),
        ];
        let items = training_items(&answers, &cal);
        assert_eq!(items.len(), 2);
        assert_eq!(
            items[1].reviews,
            vec![
                FSRSReview {
                    rating: 3,
                    delta_t: 0
                },
                FSRSReview {
                    rating: 3,
                    delta_t: 0
                },
                FSRSReview {
                    rating: 1,
                    delta_t: 3
                },
            ]
        );
        assert_eq!(long_term_items(&items), 1);
    }
}

//! Study statistics from the review log and card states: answers per day, true retention, counts by
//! state. Pure: rows and states are passed in.

use crate::core::scheduler::queue::DueCounts;
use crate::core::scheduler::{Calendar, CardState, Phase};
use serde::Serialize;

/// One study day.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DayStat {
    /// The local date of the study day, `YYYY-MM-DD`.
    pub date: String,
    /// Answers.
    pub answers: u32,
    /// Answers to cards in review.
    pub reviews: u32,
    /// Of those, not Again.
    pub reviews_passed: u32,
}

/// Where a scheduled card comes from (the drill schedules all three alike).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A card written in a pack.
    Pack,
    /// A generated exercise (a fresh exercise at each review).
    Generated,
    /// A missed exam question that became a card of its own.
    MissedQuestion,
}

/// Cards by state: the one definition of "studied", "not yet studied", "learning" and the totals
/// that every screen and command shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct StateCounts {
    /// Every card the drill schedules: pack cards, generated exercises and missed exam questions.
    pub total: usize,
    /// Of those, generated exercises.
    pub generated: usize,
    /// Of those, missed exam questions that became cards.
    pub missed_questions: usize,
    /// Answered at least once and not reset: in learning, review or relearning. A card buried or
    /// suspended before its first answer is not studied.
    pub studied: usize,
    /// Never answered (or reset to new): `total - studied`, the "not yet studied" of every screen.
    pub new: usize,
    /// In learning steps.
    pub learning: usize,
    /// In review.
    pub review: usize,
    /// In relearning steps.
    pub relearning: usize,
    /// Suspended (any phase).
    pub suspended: usize,
    /// Tagged leech.
    pub leech: usize,
}

impl StateCounts {
    /// Cards from the packs' own card lists (neither generated nor missed questions).
    pub fn from_packs(&self) -> usize {
        self.total - self.generated - self.missed_questions
    }

    /// Cards in learning or relearning steps, whenever they are due.
    pub fn in_steps(&self) -> usize {
        self.learning + self.relearning
    }
}

/// Every count of cards and answers a screen or command shows, computed once
/// (`study::Study::counts`) and used by Home, the drill, Stats, `awsdrill stats` and `awsdrill due`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Answers given since the study day began, learning steps included.
    pub answers_today: u32,
    /// Answers ever given (every row of the review log).
    pub answers_all: u64,
    /// Cards by state.
    pub cards: StateCounts,
    /// What is due: learning cards now, reviews and new cards today (within the daily limits), and
    /// learning cards that come back later today.
    pub due: DueCounts,
}

/// The counts from each card's origin and state, today's due counts and the answer totals.
pub fn counts<'a>(
    cards: impl IntoIterator<Item = (Origin, Option<&'a CardState>)>,
    due: DueCounts,
    answers_today: u32,
    answers_all: u64,
) -> Counts {
    Counts {
        answers_today,
        answers_all,
        cards: by_state(cards),
        due,
    }
}

/// The date of a study day (days since 1970-01-01), `YYYY-MM-DD`.
pub fn day_date(day: i64) -> String {
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|e| e.checked_add_signed(chrono::Duration::days(day)))
        .map_or_else(|| day.to_string(), |d| d.to_string())
}

/// Answers per study day from `first_day` to `last_day` inclusive; rows are (time, rating, phase
/// code before the answer).
pub fn per_day(
    rows: &[(i64, u32, i64)],
    cal: &(impl Calendar + ?Sized),
    first_day: i64,
    last_day: i64,
) -> Vec<DayStat> {
    let n = (last_day - first_day + 1).max(0) as usize;
    let mut out: Vec<DayStat> = (0..n)
        .map(|i| DayStat {
            date: day_date(first_day + i as i64),
            answers: 0,
            reviews: 0,
            reviews_passed: 0,
        })
        .collect();
    // The first instant of each day (and of the day after the last): a row's day is found by a
    // binary search instead of a time-zone conversion per row.
    let starts: Vec<i64> = (first_day..=last_day + 1)
        .map(|d| cal.day_start(d))
        .collect();
    for &(at, rating, phase) in rows {
        let i = starts.partition_point(|&s| s <= at);
        if i == 0 || i > n {
            continue;
        }
        let d = &mut out[i - 1];
        d.answers += 1;
        if phase == Phase::Review.code() {
            d.reviews += 1;
            d.reviews_passed += u32::from(rating > 1);
        }
    }
    out
}

/// Study days in a row with at least one answer, ending today (or yesterday, when today has none
/// yet). `answered(day)` says whether a study day has answers; days are asked from today back, and
/// no further than the first day without answers, so a long history costs one question per day of
/// the streak.
pub fn streak(today: i64, mut answered: impl FnMut(i64) -> bool) -> usize {
    let mut n = usize::from(answered(today));
    let mut day = today - 1;
    while answered(day) {
        n += 1;
        day -= 1;
    }
    n
}

/// Counts cards by state; `cards` yields each loaded card's origin and state (`None` when never
/// answered).
pub fn by_state<'a>(
    cards: impl IntoIterator<Item = (Origin, Option<&'a CardState>)>,
) -> StateCounts {
    let mut c = StateCounts::default();
    for (origin, s) in cards {
        c.total += 1;
        match origin {
            Origin::Pack => {}
            Origin::Generated => c.generated += 1,
            Origin::MissedQuestion => c.missed_questions += 1,
        }
        let Some(s) = s else {
            c.new += 1;
            continue;
        };
        match s.phase {
            Phase::New => c.new += 1,
            Phase::Learning => c.learning += 1,
            Phase::Review => c.review += 1,
            Phase::Relearning => c.relearning += 1,
        }
        c.studied += usize::from(s.phase != Phase::New);
        c.suspended += usize::from(s.suspended);
        c.leech += usize::from(s.leech);
    }
    c
}

/// passed / total as a fraction, when there is anything to divide.
pub fn ratio(passed: u64, total: u64) -> Option<f64> {
    (total > 0).then(|| passed as f64 / total as f64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scheduler::StudyDays;
    use chrono::Utc;

    const NOON: i64 = 1_795_521_600_000;
    const DAY: i64 = 86_400_000;

    #[test]
    fn answers_are_bucketed_by_study_day() {
        let cal = StudyDays::new(Utc, 4);
        let today = cal.day(NOON);
        let rows = [
            (NOON, 3, 2),
            (NOON + 1000, 1, 2),
            (NOON - DAY, 3, 0),
            // 02:00 the next night still belongs to today (rollover at 04:00).
            (NOON + 14 * 3_600_000, 4, 1),
            (NOON - 10 * DAY, 3, 2),
        ];
        let d = per_day(&rows, &cal, today - 1, today);
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].answers, d[0].reviews), (1, 0));
        assert_eq!((d[1].answers, d[1].reviews, d[1].reviews_passed), (3, 2, 1));
        assert_eq!(d[1].date, "2026-11-24");
    }

    #[test]
    fn the_streak_counts_days_in_a_row_and_forgives_an_unfinished_today() {
        // Answers per day, oldest first, the last one today (day 100 + len - 1).
        let run = |counts: &[u32]| {
            let today = 100 + counts.len() as i64 - 1;
            let mut asked = 0;
            let n = streak(today, |d| {
                asked += 1;
                d >= 100 && counts[(d - 100) as usize] > 0
            });
            (n, asked)
        };
        assert_eq!(run(&[1, 0, 3, 2, 5]).0, 3);
        assert_eq!(run(&[1, 4, 2, 0]).0, 3, "today not studied yet");
        assert_eq!(run(&[1, 0, 0]).0, 0);
        assert_eq!(run(&[0]).0, 0);
        assert_eq!(
            run(&[0, 0, 0, 0, 0, 0, 2, 2]),
            (2, 3),
            "days before the gap are not asked"
        );
    }

    #[test]
    fn states_are_counted() {
        let mut s = CardState::new_card();
        s.phase = Phase::Review;
        s.suspended = true;
        s.leech = true;
        // Buried or suspended before any answer: a state row, but not studied.
        let mut buried = CardState::new_card();
        buried.buried_until = Some(1);
        let mut suspended = CardState::new_card();
        suspended.suspended = true;
        let c = by_state([
            (Origin::Pack, None),
            (Origin::Pack, Some(&s)),
            (Origin::Generated, Some(&buried)),
            (Origin::MissedQuestion, Some(&suspended)),
        ]);
        assert_eq!((c.new, c.review, c.suspended, c.leech), (3, 1, 2, 1));
        assert_eq!(
            (c.total, c.studied, c.generated, c.missed_questions),
            (4, 1, 1, 1)
        );
        assert_eq!(c.from_packs(), 2);
        assert_eq!(c.studied + c.new, c.total);
        assert_eq!(ratio(9, 10), Some(0.9));
        assert_eq!(ratio(0, 0), None);
    }
}

/// Cards coming due per study day, from `first_day` for `days` days (overdue cards count on the
/// first day). New and suspended cards are left out.
pub fn forecast<'a>(
    states: impl IntoIterator<Item = &'a CardState>,
    cal: &(impl Calendar + ?Sized),
    first_day: i64,
    days: usize,
) -> Vec<(String, u32)> {
    let mut counts = vec![0u32; days];
    // Where each day after the first begins: a due time's day is a binary search away.
    let next_starts: Vec<i64> = (1..=days as i64)
        .map(|i| cal.day_start(first_day + i))
        .collect();
    for s in states {
        if s.phase == Phase::New || s.suspended {
            continue;
        }
        // Overdue cards count on the first day.
        let d = next_starts.partition_point(|&start| start <= s.due);
        if d < days {
            counts[d] += 1;
        }
    }
    counts
        .into_iter()
        .enumerate()
        .map(|(i, n)| (day_date(first_day + i as i64), n))
        .collect()
}

/// Review counts per item, (item id, reviews, passed), grouped by a key (pack, domain): (key,
/// reviews, passed), sorted by key. Items whose key is unknown are left out.
pub fn retention_by<K: Ord + Clone>(
    items: &[(String, u64, u64)],
    key_of: impl Fn(&str) -> Option<K>,
) -> Vec<(K, u64, u64)> {
    let mut map: std::collections::BTreeMap<K, (u64, u64)> = std::collections::BTreeMap::new();
    for (id, reviews, passed) in items {
        if let Some(k) = key_of(id) {
            let e = map.entry(k).or_default();
            e.0 += reviews;
            e.1 += passed;
        }
    }
    map.into_iter().map(|(k, (n, p))| (k, n, p)).collect()
}

#[cfg(test)]
mod more_tests {
    use super::*;
    use crate::core::scheduler::StudyDays;
    use chrono::Utc;

    const NOON: i64 = 1_795_521_600_000;
    const DAY: i64 = 86_400_000;

    #[test]
    fn forecast_counts_due_cards_per_day_with_overdue_first() {
        let cal = StudyDays::new(Utc, 4);
        let today = cal.day(NOON);
        let mk = |due: i64, phase: Phase| {
            let mut s = CardState::new_card();
            s.phase = phase;
            s.due = due;
            s
        };
        let states = [
            mk(NOON - 5 * DAY, Phase::Review),
            mk(NOON + DAY, Phase::Review),
            mk(NOON + DAY, Phase::Learning),
            mk(NOON + 40 * DAY, Phase::Review),
            mk(0, Phase::New),
        ];
        let f = forecast(states.iter(), &cal, today, 30);
        assert_eq!(f.len(), 30);
        assert_eq!((f[0].1, f[1].1), (1, 2));
        assert_eq!(f.iter().map(|x| x.1).sum::<u32>(), 3);
    }

    #[test]
    fn retention_groups_by_key() {
        let a = vec![
            ("s3/a".to_string(), 3, 2),
            ("s3/b".into(), 1, 0),
            ("iam/c".into(), 4, 4),
            ("x".into(), 3, 3),
        ];
        let r = retention_by(&a, |id| id.split_once('/').map(|(p, _)| p.to_string()));
        assert_eq!(r, vec![("iam".to_string(), 4, 4), ("s3".to_string(), 4, 2)]);
    }
}

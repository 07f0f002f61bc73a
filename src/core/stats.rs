//! Study statistics from the review log and card states: answers per day, true retention, counts by
//! state. Pure: rows and states are passed in.

use crate::core::scheduler::packed::StateRead;
use crate::core::scheduler::queue::DueCounts;
use crate::core::scheduler::{Calendar, Phase};
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
pub fn counts<S: StateRead>(
    cards: impl IntoIterator<Item = (Origin, Option<S>)>,
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

/// Answers counted together: one answer, or all the answers of a quarter hour.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Answered {
    /// Answers.
    pub answers: u32,
    /// Answers to cards in review.
    pub reviews: u32,
    /// Of those, not Again.
    pub passed: u32,
}

impl Answered {
    /// One answer: its rating (1-4) and the phase code before it.
    pub fn one(rating: u32, phase: i64) -> Answered {
        let review = phase == Phase::Review.code();
        Answered {
            answers: 1,
            reviews: u32::from(review),
            passed: u32::from(review && rating > 1),
        }
    }
}

/// A quarter hour in milliseconds: the review log is also counted per quarter hour from the epoch
/// (store schema version 9), and every real UTC offset is a whole number of them.
pub const QUARTER_MS: i64 = 900_000;

/// The first instant of each study day from `first_day` to `last_day + 1` (where the day after the
/// last begins).
pub fn day_starts(cal: &(impl Calendar + ?Sized), first_day: i64, last_day: i64) -> Vec<i64> {
    (first_day..=last_day + 1)
        .map(|d| cal.day_start(d))
        .collect()
}

/// Whether every day start is on a quarter hour: then all the answers of a quarter hour belong to
/// one study day, and counts per quarter hour give the same days as the answers one by one.
pub fn on_quarter_hours(starts: &[i64]) -> bool {
    starts.iter().all(|s| s.rem_euclid(QUARTER_MS) == 0)
}

/// Answers per study day from `first_day` to `last_day` inclusive; `spans` are answers counted
/// from a moment on: each answer at its time, or each quarter hour's answers at its start (only
/// when the days begin on quarter hours, `on_quarter_hours`).
pub fn per_day(
    spans: &[(i64, Answered)],
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
    let starts = day_starts(cal, first_day, last_day);
    for &(at, a) in spans {
        let i = starts.partition_point(|&s| s <= at);
        if i == 0 || i > n {
            continue;
        }
        let d = &mut out[i - 1];
        d.answers += a.answers;
        d.reviews += a.reviews;
        d.reviews_passed += a.passed;
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
pub fn by_state<S: StateRead>(cards: impl IntoIterator<Item = (Origin, Option<S>)>) -> StateCounts {
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
        let (phase, suspended, leech) = s.counted();
        match phase {
            Phase::New => c.new += 1,
            Phase::Learning => c.learning += 1,
            Phase::Review => c.review += 1,
            Phase::Relearning => c.relearning += 1,
        }
        c.studied += usize::from(phase != Phase::New);
        c.suspended += usize::from(suspended);
        c.leech += usize::from(leech);
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
    use crate::core::scheduler::{CardState, StudyDays};
    use chrono::Utc;

    const NOON: i64 = 1_795_521_600_000;
    const DAY: i64 = 86_400_000;

    #[test]
    fn answers_are_bucketed_by_study_day() {
        let cal = StudyDays::new(Utc, 4);
        let today = cal.day(NOON);
        let rows = [
            (NOON, Answered::one(3, 2)),
            (NOON + 1000, Answered::one(1, 2)),
            (NOON - DAY, Answered::one(3, 0)),
            // 02:00 the next night still belongs to today (rollover at 04:00).
            (NOON + 14 * 3_600_000, Answered::one(4, 1)),
            (NOON - 10 * DAY, Answered::one(3, 2)),
        ];
        let d = per_day(&rows, &cal, today - 1, today);
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].answers, d[0].reviews), (1, 0));
        assert_eq!((d[1].answers, d[1].reviews, d[1].reviews_passed), (3, 2, 1));
        assert_eq!(d[1].date, "2026-11-24");
    }

    #[test]
    fn quarter_hours_give_the_days_of_the_answers_when_days_begin_on_quarter_hours() {
        use chrono::FixedOffset;
        // Answers every 7 minutes over three days, rated in turn, half of them in review.
        let rows: Vec<(i64, Answered)> = (0..900)
            .map(|i| {
                let at = NOON - 2 * DAY + i * 7 * 60_000;
                (at, Answered::one(1 + (i % 4) as u32, 2 * (i % 2)))
            })
            .collect();
        let mut quarters: Vec<(i64, Answered)> = Vec::new();
        for &(at, a) in &rows {
            let q = at.div_euclid(QUARTER_MS) * QUARTER_MS;
            match quarters.last_mut() {
                Some((start, b)) if *start == q => {
                    b.answers += a.answers;
                    b.reviews += a.reviews;
                    b.passed += a.passed;
                }
                _ => quarters.push((q, a)),
            }
        }
        // Nepal (UTC+05:45) with the rollover at 04:00: days begin on a quarter hour.
        let nepal = StudyDays::new(FixedOffset::east_opt(5 * 3600 + 45 * 60).unwrap(), 4);
        let today = nepal.day(NOON);
        let starts = day_starts(&nepal, today - 3, today);
        assert!(on_quarter_hours(&starts));
        let by_answer = per_day(&rows, &nepal, today - 3, today);
        assert_eq!(per_day(&quarters, &nepal, today - 3, today), by_answer);
        let inside = rows
            .iter()
            .filter(|(at, _)| (starts[0]..starts[4]).contains(at))
            .count();
        assert!(
            inside > 400 && inside < 900,
            "answers on both sides of the days"
        );
        assert_eq!(
            by_answer.iter().map(|d| d.answers).sum::<u32>(),
            inside as u32
        );
        // An offset of 7 minutes (none is in use today) would split quarter hours between days.
        let odd = StudyDays::new(FixedOffset::east_opt(7 * 60).unwrap(), 4);
        assert!(!on_quarter_hours(&day_starts(&odd, today - 3, today)));
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
pub fn forecast<S: StateRead>(
    states: impl IntoIterator<Item = S>,
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
        let (phase, suspended, _) = s.counted();
        if phase == Phase::New || suspended {
            continue;
        }
        // Overdue cards count on the first day.
        let due = s.due();
        let d = next_starts.partition_point(|&start| start <= due);
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
/// reviews, passed), sorted by key. Items whose key is unknown are left out. Items in a row with
/// the same key (the items of a pack, sorted by id) are added up before they go into the map.
pub fn retention_by<'a, K: Ord>(
    items: impl IntoIterator<Item = (&'a str, u64, u64)>,
    key_of: impl Fn(&'a str) -> Option<K>,
) -> Vec<(K, u64, u64)> {
    let mut map: std::collections::BTreeMap<K, (u64, u64)> = std::collections::BTreeMap::new();
    let mut run: Option<(K, u64, u64)> = None;
    for (id, reviews, passed) in items {
        let Some(k) = key_of(id) else {
            continue;
        };
        match &mut run {
            Some((key, n, p)) if *key == k => {
                *n += reviews;
                *p += passed;
            }
            _ => {
                if let Some((key, n, p)) = run.replace((k, reviews, passed)) {
                    let e = map.entry(key).or_default();
                    e.0 += n;
                    e.1 += p;
                }
            }
        }
    }
    if let Some((key, n, p)) = run {
        let e = map.entry(key).or_default();
        e.0 += n;
        e.1 += p;
    }
    map.into_iter().map(|(k, (n, p))| (k, n, p)).collect()
}

#[cfg(test)]
mod more_tests {
    use super::*;
    use crate::core::scheduler::{CardState, StudyDays};
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
        let a = [
            ("s3/a".to_string(), 3, 2),
            ("s3/b".into(), 1, 0),
            ("iam/c".into(), 4, 4),
            ("x".into(), 3, 3),
        ];
        let r = retention_by(a.iter().map(|(id, n, p)| (id.as_str(), *n, *p)), |id| {
            id.split_once('/').map(|(p, _)| p.to_string())
        });
        assert_eq!(r, vec![("iam".to_string(), 4, 4), ("s3".to_string(), 4, 2)]);
        // Keys that come back after another are added to the same group.
        let b = [
            ("a/1".to_string(), 1, 1),
            ("b/1".into(), 2, 0),
            ("a/2".into(), 3, 3),
            ("a/3".into(), 1, 0),
        ];
        let r = retention_by(b.iter().map(|(id, n, p)| (id.as_str(), *n, *p)), |id| {
            id.split_once('/').map(|(p, _)| p)
        });
        assert_eq!(r, vec![("a", 5, 4), ("b", 2, 0)]);
    }
}

/// The answers-per-day heatmap laid out as a calendar: one column a week (Monday to Sunday, top
/// to bottom), the oldest week left, with where each month begins for the labels above.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Heatmap {
    /// Each week's answers, Monday first; `None` for days outside the window.
    pub weeks: Vec<[Option<u32>; 7]>,
    /// The week columns where a month begins (its first Monday column), with the month (1-12).
    pub months: Vec<(usize, u32)>,
    /// The most answers given on one day.
    pub max: u32,
}

/// Monday 0 to Sunday 6 of a study day (days since 1970-01-01, a Thursday).
pub fn weekday(day: i64) -> usize {
    (day + 3).rem_euclid(7) as usize
}

/// The month (1-12) of a study day.
pub fn month(day: i64) -> u32 {
    use chrono::Datelike;
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1)
        .and_then(|e| e.checked_add_signed(chrono::Duration::days(day)))
        .map_or(1, |d| d.month())
}

/// Lays out `answers` (one count per study day from `first_day`) as a heatmap.
pub fn heatmap(first_day: i64, answers: &[u32]) -> Heatmap {
    let mut weeks: Vec<[Option<u32>; 7]> = Vec::new();
    let mut months = Vec::new();
    for (i, &n) in answers.iter().enumerate() {
        let day = first_day + i as i64;
        let w = weekday(day);
        if weeks.is_empty() || w == 0 {
            weeks.push([None; 7]);
            // A month is labelled at the first column whose Monday (or first day) is in it.
            let m = month(day);
            if months.last().is_none_or(|&(_, last)| last != m) {
                months.push((weeks.len() - 1, m));
            }
        }
        if let Some(week) = weeks.last_mut() {
            week[w] = Some(n);
        }
    }
    Heatmap {
        max: answers.iter().copied().max().unwrap_or(0),
        weeks,
        months,
    }
}

/// How dark a day is drawn: 0 without answers, else 1 to 4 by quarters of the busiest day.
pub fn level(n: u32, max: u32) -> u8 {
    let max = max.max(1);
    match n {
        0 => 0,
        n if n * 4 <= max => 1,
        n if n * 2 <= max => 2,
        n if n * 4 <= max * 3 => 3,
        _ => 4,
    }
}

/// The answers each level 1 to 4 stands for, as (fewest, most), for the legend; a level no whole
/// number of answers falls in is `None`.
pub fn level_ranges(max: u32) -> [Option<(u32, u32)>; 4] {
    let mut out = [None; 4];
    for n in 1..=max {
        let l = usize::from(level(n, max)) - 1;
        out[l] = Some(out[l].map_or((n, n), |(lo, _)| (lo, n)));
    }
    out
}

/// One task statement of the exam guide with the mock exam questions asked on it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaskRow {
    /// The code, for example `1.2`.
    pub code: &'static str,
    /// The exam guide's title.
    pub title: &'static str,
    /// Questions answered right in submitted mock exams.
    pub right: usize,
    /// Questions asked in submitted mock exams.
    pub asked: usize,
    /// right / asked (null when none was asked).
    pub accuracy: Option<f64>,
    /// How weak it is: the share answered wrongly, smoothed as in the weak-area exam
    /// (`exam::task_weights`: (wrong + 1) / (asked + 2), one half when none was asked).
    pub weakness: f64,
}

/// Every task statement of the exam guide with its tally from `per_task` (code -> right / asked),
/// weakest first: by `weakness`, then the most asked, then the code.
pub fn tasks_ranked(per_task: &[(String, crate::core::exam::Tally)]) -> Vec<TaskRow> {
    use crate::core::domain::Domain;
    let weights = crate::core::exam::task_weights(per_task);
    let mut rows: Vec<TaskRow> = Domain::ALL
        .iter()
        .flat_map(|d| d.tasks())
        .map(|t| {
            let tally = per_task
                .iter()
                .find(|(c, _)| c == t.code)
                .map(|(_, t)| *t)
                .unwrap_or_default();
            TaskRow {
                code: t.code,
                title: t.title,
                right: tally.correct,
                asked: tally.total,
                accuracy: ratio(tally.correct as u64, tally.total as u64),
                weakness: weights.get(t.code).copied().unwrap_or(0.5),
            }
        })
        .collect();
    rows.sort_by(|a, b| {
        b.weakness
            .total_cmp(&a.weakness)
            .then(b.asked.cmp(&a.asked))
            .then(a.code.cmp(b.code))
    });
    rows
}

#[cfg(test)]
mod layout_tests {
    use super::*;
    use crate::core::exam::Tally;

    #[test]
    fn the_heatmap_puts_mondays_on_top_and_labels_months() {
        // 2026-11-24 is a Tuesday (day 20781).
        let first = 20_781;
        assert_eq!(day_date(first), "2026-11-24");
        assert_eq!(weekday(first), 1);
        let answers: Vec<u32> = (0..14).collect();
        let h = heatmap(first, &answers);
        assert_eq!(h.weeks.len(), 3, "Tue-Sun, a whole week, then Mon-Mon");
        assert_eq!(h.weeks[0][0], None, "before the window");
        assert_eq!(h.weeks[0][1], Some(0));
        assert_eq!(h.weeks[1][0], Some(6), "the first Monday");
        assert_eq!(h.weeks[2][0], Some(13));
        assert_eq!(h.weeks[2][1], None, "after the window");
        assert_eq!(
            h.months,
            vec![(0, 11), (2, 12)],
            "the first Monday of December is in the third column"
        );
        assert_eq!(h.max, 13);
    }

    #[test]
    fn levels_are_quarters_of_the_busiest_day_and_the_legend_says_which_counts() {
        assert_eq!(level(0, 8), 0);
        assert_eq!(
            [1, 2, 3, 4, 5, 6, 7, 8].map(|n| level(n, 8)),
            [1, 1, 2, 2, 3, 3, 4, 4]
        );
        assert_eq!(
            level_ranges(8),
            [Some((1, 2)), Some((3, 4)), Some((5, 6)), Some((7, 8))]
        );
        assert_eq!(level_ranges(1), [None, None, None, Some((1, 1))]);
        assert_eq!(level_ranges(0), [None; 4]);
    }

    #[test]
    fn task_statements_are_ranked_weakest_first() {
        let t = |c: &str, correct, total| (c.to_string(), Tally { correct, total });
        let rows = tasks_ranked(&[t("1.2", 2, 10), t("2.1", 9, 10), t("3.4", 1, 2)]);
        assert_eq!(rows.len(), 13, "every task statement of the guide");
        assert_eq!((rows[0].code, rows[0].right, rows[0].asked), ("1.2", 2, 10));
        assert_eq!(rows[0].accuracy, Some(0.2));
        assert_eq!(
            rows[1].code, "3.4",
            "2 of 4 smoothed: 0.5, asked more than the untried"
        );
        assert_eq!(rows[2].code, "1.1", "untried: one half");
        assert_eq!(rows[12].code, "2.1", "the strongest last");
        assert!(
            rows.iter()
                .filter(|r| r.asked == 0)
                .all(|r| r.accuracy.is_none())
        );
    }
}

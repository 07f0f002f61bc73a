//! Today's queue and the due counts.
//!
//! Order: learning cards that are due now, then reviews (the lowest recall probability first, that is
//! the most overdue relative to their stability), with new cards spread evenly among them. Siblings
//! (cards of one group) are not shown on a day when another card of the group was studied or queued.

use super::Phase;
use super::day::Calendar;
use super::packed::{PackedState, StateRead};
use serde::Serialize;
use std::collections::HashSet;

/// One card as the queue sees it (the queue works on positions; it needs no id).
#[derive(Debug, Clone, Copy)]
pub struct QueueCard<'a> {
    /// Its state (packed, as the deck keeps it); `None` for a card never answered.
    pub state: Option<&'a PackedState>,
    /// Its sibling group, if any.
    pub group: Option<&'a str>,
}

/// Daily limits and what was already done today.
#[derive(Debug, Clone, Default)]
pub struct Limits {
    /// New cards per day.
    pub new_per_day: u32,
    /// Reviews per day.
    pub max_reviews_per_day: u32,
    /// New cards already introduced today.
    pub new_done_today: u32,
    /// Reviews already done today (answers to review-phase cards).
    pub reviews_done_today: u32,
    /// Every answer given today, learning steps included: the one "answered today" every screen
    /// and command shows.
    pub answers_today: u32,
    /// Groups with a card answered today.
    pub groups_seen_today: HashSet<String>,
}

/// Due counts, as `awsdrill due` and Home show them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct DueCounts {
    /// Learning or relearning cards due now.
    pub learning: usize,
    /// Reviews due today (within the daily limit).
    pub review: usize,
    /// New cards available today (within the daily limit).
    pub new: usize,
    /// Learning cards that come due later today.
    pub learning_later_today: usize,
}

impl DueCounts {
    /// Cards to study now.
    pub fn now(&self) -> usize {
        self.learning + self.review + self.new
    }
}

/// Where a card stands today, before the daily limits and siblings trim the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Today {
    /// New (never answered, or reset), not buried or suspended.
    New,
    /// In learning or relearning steps and due now.
    LearningNow,
    /// In learning or relearning steps and due later today.
    LearningLater,
    /// In review and due today (or overdue).
    Review,
    /// Suspended, buried, or due after today.
    NotToday,
}

/// The one rule for where a card stands today; `tomorrow` is the first instant of the next study
/// day. `awsdrill due` counts per pack with it, `build` for the whole queue.
pub fn today<S: StateRead + ?Sized>(state: Option<&S>, now: i64, tomorrow: i64) -> Today {
    let Some(s) = state else { return Today::New };
    let (available, phase, due) = s.today_fields(now);
    if !available {
        return Today::NotToday;
    }
    match phase {
        Phase::New => Today::New,
        Phase::Learning | Phase::Relearning if due <= now => Today::LearningNow,
        Phase::Learning | Phase::Relearning if due < tomorrow => Today::LearningLater,
        // Due on or before today's study day: before tomorrow's first instant (cheaper than
        // converting every due time to its day).
        Phase::Review if due < tomorrow => Today::Review,
        _ => Today::NotToday,
    }
}

/// Today's queue (indexes into `cards`, in study order) and the due counts.
pub fn build(
    cards: &[QueueCard],
    now: i64,
    cal: &(impl Calendar + ?Sized),
    limits: &Limits,
    decay: f32,
) -> (Vec<usize>, DueCounts) {
    let tomorrow = cal.day_start(cal.day(now) + 1);
    let mut learning = Vec::new();
    let mut later = 0;
    let mut reviews = Vec::new();
    let mut new = Vec::new();
    for (i, c) in cards.iter().enumerate() {
        match today(c.state, now, tomorrow) {
            Today::New => new.push(i),
            Today::LearningNow => learning.push(i),
            Today::LearningLater => later += 1,
            Today::Review => reviews.push(i),
            Today::NotToday => {}
        }
    }
    learning.sort_by_key(|&i| cards[i].state.map_or(0, PackedState::due));
    // Each card's recall probability is computed once, not at every comparison.
    let mut ranked: Vec<(f64, usize)> = reviews
        .iter()
        .map(|&i| {
            (
                cards[i]
                    .state
                    .map_or(0.0, |s| s.get().retrievability(now, decay)),
                i,
            )
        })
        .collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let reviews: Vec<usize> = ranked.into_iter().map(|(_, i)| i).collect();

    // Siblings: one card per group per day, and none from a group studied today.
    let mut groups: HashSet<&str> = limits
        .groups_seen_today
        .iter()
        .map(String::as_str)
        .collect();
    for &i in &learning {
        if let Some(g) = cards[i].group {
            groups.insert(g);
        }
    }
    let mut keep = |list: Vec<usize>, cap: u32| -> Vec<usize> {
        let mut out = Vec::new();
        for i in list {
            if out.len() as u32 >= cap {
                break;
            }
            if let Some(g) = cards[i].group
                && !groups.insert(g)
            {
                continue;
            }
            out.push(i);
        }
        out
    };
    let reviews = keep(
        reviews,
        limits
            .max_reviews_per_day
            .saturating_sub(limits.reviews_done_today),
    );
    let new = keep(
        new,
        limits.new_per_day.saturating_sub(limits.new_done_today),
    );

    let counts = DueCounts {
        learning: learning.len(),
        review: reviews.len(),
        new: new.len(),
        learning_later_today: later,
    };
    let mut order = learning;
    order.extend(interleave(&reviews, &new));
    (order, counts)
}

/// Every this many new cards, one is a generated exercise (a calculator drill declared by a pack),
/// while any are left: at the default 20 new cards a day, two a day.
pub const GENERATED_EVERY: usize = 10;

/// The order new cards are introduced in: the pack cards in their order, with every
/// `GENERATED_EVERY`th place taken by the next generated exercise while any are left (the rest
/// follow the cards when there are more exercises than places).
pub fn new_card_order<T>(cards: Vec<T>, generated: Vec<T>) -> Vec<T> {
    let mut out = Vec::with_capacity(cards.len() + generated.len());
    let mut generated = generated.into_iter().peekable();
    for c in cards {
        if out.len() % GENERATED_EVERY == GENERATED_EVERY - 1
            && let Some(g) = generated.next()
        {
            out.push(g);
        }
        out.push(c);
    }
    out.extend(generated);
    out
}

/// Spreads `b` evenly through `a`.
fn interleave(a: &[usize], b: &[usize]) -> Vec<usize> {
    let total = a.len() + b.len();
    let mut out = Vec::with_capacity(total);
    let (mut i, mut j) = (0, 0);
    while out.len() < total {
        // Take from b when it is behind its even share.
        let want_b = j < b.len() && (i >= a.len() || (j + 1) * total <= (out.len() + 1) * b.len());
        if want_b {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::{Memory, StudyDays};
    use super::*;
    use crate::core::scheduler::CardState;
    use chrono::Utc;

    const NOON: i64 = 1_795_521_600_000;
    const DAY: i64 = 86_400_000;

    fn review(due: i64, stability: f32, last: i64) -> CardState {
        let mut s = CardState::new_card();
        s.phase = Phase::Review;
        s.due = due;
        s.last_review = Some(last);
        s.memory = Some(Memory {
            stability,
            difficulty: 5.0,
        });
        s
    }

    fn limits() -> Limits {
        Limits {
            new_per_day: 20,
            max_reviews_per_day: 200,
            ..Limits::default()
        }
    }

    #[test]
    fn learning_first_then_reviews_by_lowest_recall_with_new_mixed_in() {
        let cal = StudyDays::new(Utc, 4);
        let mut learn = CardState::new_card();
        learn.phase = Phase::Learning;
        learn.due = NOON - 1000;
        let fresh = review(NOON - DAY, 30.0, NOON - 10 * DAY);
        let stale = review(NOON - DAY, 2.0, NOON - 10 * DAY);
        let [learn, fresh, stale] = [learn, fresh, stale].map(PackedState::from);
        let cards = [
            QueueCard {
                state: Some(&fresh),
                group: None,
            },
            QueueCard {
                state: None,
                group: None,
            },
            QueueCard {
                state: Some(&stale),
                group: None,
            },
            QueueCard {
                state: Some(&learn),
                group: None,
            },
        ];
        let (order, counts) = build(&cards, NOON, &cal, &limits(), 0.1542);
        assert_eq!(
            counts,
            DueCounts {
                learning: 1,
                review: 2,
                new: 1,
                learning_later_today: 0
            }
        );
        assert_eq!(order[0], 3, "learning first");
        let rest: Vec<_> = order[1..].iter().filter(|&&i| i != 1).copied().collect();
        assert_eq!(rest, vec![2, 0], "the less stable, more overdue card first");
        assert!(order.contains(&1));
    }

    #[test]
    fn limits_and_siblings_trim_the_day() {
        let cal = StudyDays::new(Utc, 4);
        let cards: Vec<QueueCard> = (0..30)
            .map(|i| QueueCard {
                state: None,
                group: if i < 3 { Some("g") } else { None },
            })
            .collect();
        let mut l = limits();
        l.new_done_today = 5;
        let (order, counts) = build(&cards, NOON, &cal, &l, 0.1542);
        assert_eq!(counts.new, 15);
        assert_eq!(
            order.iter().filter(|&&i| i < 3).count(),
            1,
            "one sibling per day"
        );
        l.groups_seen_today.insert("g".into());
        let (order, _) = build(&cards, NOON, &cal, &l, 0.1542);
        assert!(
            order.iter().all(|&i| i >= 3),
            "no sibling of a group studied today"
        );
    }

    #[test]
    fn suspended_buried_and_future_cards_are_not_due() {
        let cal = StudyDays::new(Utc, 4);
        let mut sus = review(NOON - DAY, 5.0, NOON - 5 * DAY);
        sus.suspended = true;
        let mut bur = review(NOON - DAY, 5.0, NOON - 5 * DAY);
        bur.buried_until = Some(NOON + DAY);
        let future = review(NOON + 3 * DAY, 5.0, NOON - DAY);
        let mut later = CardState::new_card();
        later.phase = Phase::Learning;
        later.due = NOON + 3_600_000;
        let [sus, bur, future, later] = [sus, bur, future, later].map(PackedState::from);
        let cards = [
            QueueCard {
                state: Some(&sus),
                group: None,
            },
            QueueCard {
                state: Some(&bur),
                group: None,
            },
            QueueCard {
                state: Some(&future),
                group: None,
            },
            QueueCard {
                state: Some(&later),
                group: None,
            },
        ];
        let (order, counts) = build(&cards, NOON, &cal, &limits(), 0.1542);
        assert!(order.is_empty());
        assert_eq!(counts.learning_later_today, 1);
    }

    #[test]
    fn every_tenth_new_card_is_generated_while_any_are_left() {
        let cards: Vec<u32> = (0..25).collect();
        let order = new_card_order(cards, vec![100, 101, 102, 103]);
        assert_eq!(order.len(), 29);
        let places: Vec<usize> = order
            .iter()
            .enumerate()
            .filter(|&(_, &c)| c >= 100)
            .map(|(i, _)| i)
            .collect();
        // Places 9, 19 and 29 would be generated; only 25 cards, so the rest follow them.
        assert_eq!(places, vec![9, 19, 27, 28]);
        let pack: Vec<u32> = order.iter().copied().filter(|&c| c < 100).collect();
        assert_eq!(
            pack,
            (0..25).collect::<Vec<_>>(),
            "the cards keep their order"
        );
        assert_eq!(new_card_order(vec![1, 2], Vec::new()), vec![1, 2]);
        assert_eq!(new_card_order(Vec::new(), vec![7]), vec![7]);
    }

    #[test]
    fn interleave_spreads_evenly() {
        assert_eq!(interleave(&[1, 2, 3, 4], &[9, 8]), vec![1, 2, 9, 3, 4, 8]);
        assert_eq!(interleave(&[1, 2], &[9, 8]), vec![1, 9, 2, 8]);
        assert_eq!(interleave(&[], &[9]), vec![9]);
        assert_eq!(interleave(&[1], &[]), vec![1]);
    }
}

//! Answering a card: the new state and the review-log entry, from the FSRS memory update and the
//! (re)learning steps.

use super::day::{Calendar, DAY_MS};
use super::fuzz;
use super::{CardState, Memory, Phase, Rating, SchedError, Scheduler};
use fsrs::NextStates;
use rand::Rng;
use serde::Serialize;

/// What the review log records of one answer (the caller adds the item, the time and the duration).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReviewLog {
    /// The button pressed.
    pub rating: Rating,
    /// The phase before the answer.
    pub phase_before: Phase,
    /// Study days since the previous answer (0 for the first, or the same day).
    pub elapsed_days: i64,
    /// The memory state after the answer.
    pub memory: Memory,
    /// The time until the card is due again, in days (fractions for learning steps).
    pub interval_days: f64,
}

/// The outcome of an answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Answered {
    /// The card's new state.
    pub state: CardState,
    /// The review-log entry.
    pub log: ReviewLog,
    /// True when this answer made the card a leech (it is now suspended).
    pub became_leech: bool,
    /// The interval in study days, when the card is scheduled in days (not a learning step).
    pub days: Option<u32>,
}

/// What one button would do, shown on the button before the user presses it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Preview {
    /// The button.
    pub rating: Rating,
    /// Time until due, in milliseconds.
    pub interval_ms: i64,
    /// The interval in study days, when scheduled in days.
    pub days: Option<u32>,
}

impl Preview {
    /// The interval to show: whole study days when scheduled in days, else the exact time.
    pub fn shown_ms(&self) -> i64 {
        match self.days {
            Some(d) => i64::from(d) * DAY_MS,
            None => self.interval_ms,
        }
    }
}

impl Scheduler {
    /// Answers `card` with `rating` at `now`; `rng` fuzzes review intervals.
    pub fn answer(
        &self,
        card: &CardState,
        rating: Rating,
        now: i64,
        cal: &(impl Calendar + ?Sized),
        rng: &mut impl Rng,
    ) -> Result<Answered, SchedError> {
        self.schedule(card, rating, now, cal, &mut |ivl, elapsed| {
            fuzz::fuzzed(ivl, elapsed, self.settings.max_interval_days, rng)
        })
    }

    /// What each button would do now, without fuzz.
    pub fn preview(
        &self,
        card: &CardState,
        now: i64,
        cal: &(impl Calendar + ?Sized),
    ) -> Result<[Preview; 4], SchedError> {
        let max = self.settings.max_interval_days;
        let mut out = [Preview {
            rating: Rating::Again,
            interval_ms: 0,
            days: None,
        }; 4];
        for (slot, rating) in out.iter_mut().zip(Rating::ALL) {
            let a = self.schedule(card, rating, now, cal, &mut |ivl, _| {
                ivl.round().clamp(1.0, f64::from(max)) as u32
            })?;
            *slot = Preview {
                rating,
                interval_ms: a.state.due - now,
                days: a.days,
            };
        }
        Ok(out)
    }

    fn next_states(&self, card: &CardState, elapsed: i64) -> Result<NextStates, SchedError> {
        let elapsed = u32::try_from(elapsed.max(0)).unwrap_or(u32::MAX);
        self.fsrs()
            .next_states(
                card.memory.map(Into::into),
                self.settings.desired_retention,
                elapsed,
            )
            .map_err(|e| SchedError::Fsrs(e.to_string()))
    }

    fn schedule(
        &self,
        card: &CardState,
        rating: Rating,
        now: i64,
        cal: &(impl Calendar + ?Sized),
        fuzz: &mut dyn FnMut(f64, i64) -> u32,
    ) -> Result<Answered, SchedError> {
        let today = cal.day(now);
        let elapsed = card
            .last_review
            .map_or(0, |last| (today - cal.day(last)).max(0));
        let next = self.next_states(card, elapsed)?;
        let memory: Memory = match rating {
            Rating::Again => next.again.memory,
            Rating::Hard => next.hard.memory,
            Rating::Good => next.good.memory,
            Rating::Easy => next.easy.memory,
        }
        .into();

        let mut s = card.clone();
        s.reps += 1;
        s.last_review = Some(now);
        s.memory = Some(memory);
        let mut became_leech = false;
        let mut scheduled_days = None;

        // Whole-day intervals of the three passing buttons, kept in order hard <= good < easy.
        let round = |x: f32| f64::from(x).round().max(1.0) as u32;
        let hard = round(next.hard.interval);
        let good = round(next.good.interval).max(hard + 1);
        let mut graduate = |s: &mut CardState, rating: Rating| {
            let days = match rating {
                Rating::Hard => fuzz(f64::from(next.hard.interval), elapsed).min(good),
                Rating::Good => fuzz(f64::from(next.good.interval), elapsed).max(hard + 1),
                _ => fuzz(f64::from(next.easy.interval), elapsed).max(good + 1),
            }
            .clamp(1, self.settings.max_interval_days);
            s.phase = Phase::Review;
            s.step = 0;
            s.due = cal.day_start(today + i64::from(days));
            days
        };

        match card.phase {
            Phase::New | Phase::Learning | Phase::Relearning => {
                let relearning = card.phase == Phase::Relearning;
                let steps = if relearning {
                    &self.settings.relearning_steps
                } else {
                    &self.settings.learning_steps
                };
                let in_steps = if relearning {
                    Phase::Relearning
                } else {
                    Phase::Learning
                };
                let step = (card.step as usize).min(steps.len().saturating_sub(1));
                let secs = |i: usize| i64::from(steps[i]) * 1000;
                match rating {
                    _ if steps.is_empty() => {
                        scheduled_days = Some(graduate(&mut s, rating.max_passing()));
                    }
                    Rating::Again => {
                        s.phase = in_steps;
                        s.step = 0;
                        s.due = now + secs(0);
                    }
                    Rating::Hard => {
                        s.phase = in_steps;
                        s.step = step as u32;
                        let delay = match (step, steps.len()) {
                            (0, 1) => (secs(0) * 3 / 2).min(secs(0) + DAY_MS),
                            (0, _) => (secs(0) + secs(1)) / 2,
                            _ => secs(step),
                        };
                        s.due = now + delay;
                    }
                    Rating::Good if step + 1 < steps.len() && card.phase != Phase::New => {
                        s.phase = in_steps;
                        s.step = step as u32 + 1;
                        s.due = now + secs(step + 1);
                    }
                    Rating::Good if card.phase == Phase::New && steps.len() > 1 => {
                        s.phase = Phase::Learning;
                        s.step = 1;
                        s.due = now + secs(1);
                    }
                    Rating::Good | Rating::Easy => scheduled_days = Some(graduate(&mut s, rating)),
                }
            }
            Phase::Review => match rating {
                Rating::Again => {
                    s.lapses += 1;
                    if s.lapses >= self.settings.leech_threshold && !s.leech {
                        s.leech = true;
                        s.suspended = true;
                        became_leech = true;
                    }
                    if self.settings.relearning_steps.is_empty() {
                        let days = round(next.again.interval);
                        s.due = cal.day_start(today + i64::from(days));
                        scheduled_days = Some(days);
                    } else {
                        s.phase = Phase::Relearning;
                        s.step = 0;
                        s.due = now + i64::from(self.settings.relearning_steps[0]) * 1000;
                    }
                }
                _ => scheduled_days = Some(graduate(&mut s, rating)),
            },
        }

        let log = ReviewLog {
            rating,
            phase_before: card.phase,
            elapsed_days: if card.last_review.is_some() {
                elapsed
            } else {
                0
            },
            memory,
            interval_days: scheduled_days.map_or((s.due - now) as f64 / DAY_MS as f64, f64::from),
        };
        Ok(Answered {
            state: s,
            log,
            became_leech,
            days: scheduled_days,
        })
    }
}

impl Rating {
    /// Again counts as Good when there are no steps to repeat (the card graduates either way).
    fn max_passing(self) -> Rating {
        if self == Rating::Again {
            Rating::Hard
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Settings, StudyDays};
    use super::*;
    use chrono::Utc;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    const H: i64 = 3_600_000;

    fn sched() -> Scheduler {
        Scheduler::new(
            &[],
            Settings {
                desired_retention: 0.9,
                learning_steps: vec![60, 600],
                relearning_steps: vec![600],
                leech_threshold: 8,
                max_interval_days: 36_500,
            },
        )
        .unwrap()
    }

    /// 2026-11-24 12:00 UTC.
    const NOON: i64 = 1_795_521_600_000;

    fn cal() -> StudyDays<Utc> {
        StudyDays::new(Utc, 4)
    }

    #[test]
    fn new_cards_walk_the_learning_steps_then_graduate() {
        let s = sched();
        let mut rng = StdRng::seed_from_u64(1);
        let c = CardState::new_card();
        let again = s.answer(&c, Rating::Again, NOON, &cal(), &mut rng).unwrap();
        assert_eq!(
            (again.state.phase, again.state.due - NOON),
            (Phase::Learning, 60_000)
        );
        let hard = s.answer(&c, Rating::Hard, NOON, &cal(), &mut rng).unwrap();
        assert_eq!(
            hard.state.due - NOON,
            330_000,
            "hard on the first step averages 1m and 10m"
        );
        let good = s.answer(&c, Rating::Good, NOON, &cal(), &mut rng).unwrap();
        assert_eq!((good.state.phase, good.state.step), (Phase::Learning, 1));
        assert_eq!(good.state.due - NOON, 600_000);
        let later = NOON + 600_000;
        let grad = s
            .answer(&good.state, Rating::Good, later, &cal(), &mut rng)
            .unwrap();
        assert_eq!(grad.state.phase, Phase::Review);
        assert_eq!(grad.state.reps, 2);
        let easy = s.answer(&c, Rating::Easy, NOON, &cal(), &mut rng).unwrap();
        assert_eq!(easy.state.phase, Phase::Review);
    }

    #[test]
    fn memory_states_are_what_fsrs_computes() {
        let s = sched();
        let mut rng = StdRng::seed_from_u64(2);
        let c = CardState::new_card();
        let a = s.answer(&c, Rating::Good, NOON, &cal(), &mut rng).unwrap();
        let expected = fsrs::FSRS::default()
            .next_states(None, 0.9, 0)
            .unwrap()
            .good
            .memory;
        assert_eq!(a.log.memory, Memory::from(expected));
        // A review 5 study days later uses elapsed_days = 5.
        let mut rev = a.state.clone();
        rev.phase = Phase::Review;
        let t = NOON + 5 * DAY_MS;
        let b = s.answer(&rev, Rating::Good, t, &cal(), &mut rng).unwrap();
        let expected = fsrs::FSRS::default()
            .next_states(Some(expected), 0.9, 5)
            .unwrap()
            .good;
        assert_eq!(b.log.elapsed_days, 5);
        assert_eq!(b.log.memory, Memory::from(expected.memory));
        // The interval is FSRS's, fuzzed within the documented range, landing on a day start.
        let days = cal().day(b.state.due) - cal().day(t);
        let (lo, hi) = fuzz::fuzz_range(f64::from(expected.interval), 5, 36_500);
        assert!(
            (i64::from(lo)..=i64::from(hi)).contains(&days),
            "{days} not in {lo}..={hi} (fsrs says {})",
            expected.interval
        );
        assert_eq!(cal().day_start(cal().day(b.state.due)), b.state.due);
    }

    #[test]
    fn previews_match_the_unfuzzed_fsrs_intervals_and_keep_their_order() {
        let s = sched();
        let mut c = CardState::new_card();
        c.phase = Phase::Review;
        c.memory = Some(Memory {
            stability: 20.0,
            difficulty: 5.0,
        });
        c.last_review = Some(NOON - 20 * DAY_MS);
        let p = s.preview(&c, NOON, &cal()).unwrap();
        let next = fsrs::FSRS::default()
            .next_states(c.memory.map(Into::into), 0.9, 20)
            .unwrap();
        let day_of = |ms: i64| cal().day(NOON + ms) - cal().day(NOON);
        assert_eq!(
            day_of(p[2].interval_ms),
            f64::from(next.good.interval).round() as i64
        );
        assert!(day_of(p[1].interval_ms) <= day_of(p[2].interval_ms));
        assert!(day_of(p[2].interval_ms) < day_of(p[3].interval_ms));
        assert_eq!(
            p[0].interval_ms, 600_000,
            "again goes to the 10m relearning step"
        );
        assert_eq!(p[0].shown_ms(), 600_000);
    }

    #[test]
    fn lapses_relearn_and_leeches_are_suspended() {
        let s = sched();
        let mut rng = StdRng::seed_from_u64(3);
        let mut c = CardState::new_card();
        c.phase = Phase::Review;
        c.memory = Some(Memory {
            stability: 3.0,
            difficulty: 7.0,
        });
        c.last_review = Some(NOON - 3 * DAY_MS);
        c.lapses = 6;
        let a = s.answer(&c, Rating::Again, NOON, &cal(), &mut rng).unwrap();
        assert_eq!(
            (a.state.phase, a.state.lapses, a.became_leech),
            (Phase::Relearning, 7, false)
        );
        let mut r = a.state.clone();
        r.phase = Phase::Review;
        let b = s
            .answer(&r, Rating::Again, NOON + H, &cal(), &mut rng)
            .unwrap();
        assert_eq!(b.state.lapses, 8);
        assert!(b.became_leech && b.state.leech && b.state.suspended);
    }
}

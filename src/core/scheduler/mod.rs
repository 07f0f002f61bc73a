//! The spaced-repetition scheduler: FSRS memory states through the `fsrs` crate, Anki-style learning
//! and relearning steps, interval fuzz, leeches, today's queue and exam-day readiness.
//!
//! Pure: the current time, the calendar (time zone and rollover hour) and the random source are
//! passed in. Storage only saves what this module computes.

mod answer;
pub mod day;
mod fuzz;
pub mod packed;
pub mod queue;
pub mod readiness;
pub mod train;

pub use answer::{Answered, Preview, ReviewLog};
pub use day::{Calendar, DAY_MS, StudyDays};

use fsrs::{FSRS, MemoryState};
use serde::Serialize;

/// Where a card is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Phase {
    /// Never answered.
    New,
    /// Going through the learning steps.
    Learning,
    /// Graduated: scheduled in days.
    Review,
    /// Forgotten from review, going through the relearning steps.
    Relearning,
}

impl Phase {
    /// The number stored in the database.
    pub fn code(self) -> i64 {
        match self {
            Phase::New => 0,
            Phase::Learning => 1,
            Phase::Review => 2,
            Phase::Relearning => 3,
        }
    }

    /// The phase for a stored number.
    pub fn from_code(code: i64) -> Option<Phase> {
        [
            Phase::New,
            Phase::Learning,
            Phase::Review,
            Phase::Relearning,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }
}

/// The four answer buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Rating {
    /// Forgot.
    Again,
    /// Remembered with difficulty.
    Hard,
    /// Remembered.
    Good,
    /// Remembered easily.
    Easy,
}

impl Rating {
    /// All ratings in button order.
    pub const ALL: [Rating; 4] = [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy];

    /// 1 to 4, as FSRS and the review log count them.
    pub fn number(self) -> u32 {
        match self {
            Rating::Again => 1,
            Rating::Hard => 2,
            Rating::Good => 3,
            Rating::Easy => 4,
        }
    }

    /// The rating for 1 to 4.
    pub fn from_number(n: u32) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.number() == n)
    }
}

/// An FSRS memory state.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Memory {
    /// Days for recall probability to fall to 90 %.
    pub stability: f32,
    /// 1 (easy) to 10 (hard).
    pub difficulty: f32,
}

impl From<MemoryState> for Memory {
    fn from(m: MemoryState) -> Self {
        Memory {
            stability: m.stability,
            difficulty: m.difficulty,
        }
    }
}

impl From<Memory> for MemoryState {
    fn from(m: Memory) -> Self {
        MemoryState {
            stability: m.stability,
            difficulty: m.difficulty,
        }
    }
}

/// The scheduling state of one card. A card that was never answered has `CardState::new_card()`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CardState {
    /// The phase.
    pub phase: Phase,
    /// The memory state, once answered.
    pub memory: Option<Memory>,
    /// When it is due (Unix ms); for new cards, 0.
    pub due: i64,
    /// When it was last answered (Unix ms).
    pub last_review: Option<i64>,
    /// The index of the current (re)learning step.
    pub step: u32,
    /// How many times it was answered.
    pub reps: u32,
    /// How many times it was forgotten from review.
    pub lapses: u32,
    /// Suspended cards are never shown.
    pub suspended: bool,
    /// Buried until this moment (Unix ms).
    pub buried_until: Option<i64>,
    /// Tagged leech (too many lapses).
    pub leech: bool,
}

impl CardState {
    /// The state of a card never answered.
    pub fn new_card() -> CardState {
        CardState {
            phase: Phase::New,
            memory: None,
            due: 0,
            last_review: None,
            step: 0,
            reps: 0,
            lapses: 0,
            suspended: false,
            buried_until: None,
            leech: false,
        }
    }

    /// Whether the card can be shown at `now` (not suspended, not buried).
    pub fn available(&self, now: i64) -> bool {
        !self.suspended && self.buried_until.is_none_or(|b| b <= now)
    }

    /// Probability of recall at `at` (Unix ms), from the memory state; 0 for cards never answered.
    pub fn retrievability(&self, at: i64, decay: f32) -> f64 {
        match (self.memory, self.last_review) {
            (Some(m), Some(last)) => {
                let days = ((at - last).max(0) as f64 / DAY_MS as f64) as f32;
                f64::from(fsrs::current_retrievability(m.into(), days, decay))
            }
            _ => 0.0,
        }
    }
}

/// Scheduler settings (from the user's config).
#[derive(Debug, Clone, PartialEq)]
pub struct Settings {
    /// Target recall probability at the due date.
    pub desired_retention: f32,
    /// Learning steps in seconds.
    pub learning_steps: Vec<u32>,
    /// Relearning steps in seconds.
    pub relearning_steps: Vec<u32>,
    /// Lapses after which a card becomes a leech and is suspended.
    pub leech_threshold: u32,
    /// The longest interval, in days.
    pub max_interval_days: u32,
}

impl Settings {
    /// Settings from the user's config.
    pub fn from_config(c: &crate::core::config::Config) -> Settings {
        Settings {
            desired_retention: c.desired_retention as f32,
            learning_steps: c.learning_steps.clone(),
            relearning_steps: c.relearning_steps.clone(),
            leech_threshold: c.leech_threshold,
            max_interval_days: 36_500,
        }
    }
}

/// Why scheduling failed. Its words are made by `study_text` (its `Display`).
#[derive(Debug)]
pub enum SchedError {
    /// FSRS refused the parameters or a memory state (FSRS's own message).
    Fsrs(String),
}

impl std::error::Error for SchedError {}

/// FSRS with our parameters and settings.
#[derive(Debug, Clone)]
pub struct Scheduler {
    fsrs: FSRS,
    params: Vec<f32>,
    /// The settings in force.
    pub settings: Settings,
}

impl Scheduler {
    /// A scheduler with these FSRS parameters (an empty slice means the crate's defaults).
    pub fn new(params: &[f32], settings: Settings) -> Result<Scheduler, SchedError> {
        let fsrs = FSRS::new(params).map_err(|e| SchedError::Fsrs(e.to_string()))?;
        let params = if params.is_empty() {
            fsrs::DEFAULT_PARAMETERS.to_vec()
        } else {
            params.to_vec()
        };
        Ok(Scheduler {
            fsrs,
            params,
            settings,
        })
    }

    /// The FSRS parameters in use.
    pub fn params(&self) -> &[f32] {
        &self.params
    }

    /// The forgetting curve's decay (the last FSRS-6 parameter).
    pub fn decay(&self) -> f32 {
        if self.params.len() >= 21 {
            self.params[20]
        } else {
            fsrs::FSRS5_DEFAULT_DECAY
        }
    }

    /// The underlying FSRS model.
    pub fn fsrs(&self) -> &FSRS {
        &self.fsrs
    }
}

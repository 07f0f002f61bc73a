//! The words of the study and exam core: the reasons a typed answer cannot be read, the scheduler's
//! and the store's exam-mode errors, and intervals. `core` returns these as data; this module is
//! where they become English (a catalog for another language plugs in here).
//!
//! Uses only `core` and `display`.

use crate::core::calc::drills::CheckError;
use crate::core::drill::NumericError;
use crate::core::exam::mode::BadMode;
use crate::core::scheduler::{Preview, SchedError};
use std::fmt;

const DAY_MS: f64 = 86_400_000.0;

impl fmt::Display for NumericError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NumericError::Empty => f.write_str("type a number first"),
            NumericError::NotANumber(t) => write!(f, "`{t}` is not a number"),
            NumericError::WrongUnit { expected, typed } => write!(
                f,
                "the answer is in {expected}; `{typed}` cannot be converted to it"
            ),
        }
    }
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CheckError::Empty => f.write_str("type an answer first"),
            CheckError::Number(e) => e.fmt(f),
            CheckError::NotADecision => {
                f.write_str("type allow, explicit deny or implicit deny (or a, e, i)")
            }
        }
    }
}

impl fmt::Display for SchedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SchedError::Fsrs(why) => write!(f, "scheduler: {why}"),
        }
    }
}

impl fmt::Display for BadMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "`{}` is not an exam mode this awsdrill knows", self.0)
    }
}

/// A short interval for a duration in milliseconds: `1m`, `10m`, `3h`, `4d`, `2.3mo`, `1.5y`.
pub fn interval(ms: i64) -> String {
    let mins = ms as f64 / 60_000.0;
    let days = ms as f64 / DAY_MS;
    if mins < 60.0 {
        format!("{}m", mins.round().max(1.0))
    } else if days < 1.0 {
        format!("{}h", (mins / 60.0).round())
    } else if days < 30.0 {
        format!("{}d", days.round())
    } else if days < 365.0 {
        format!("{:.1}mo", days / 30.0)
    } else {
        format!("{:.1}y", days / 365.0)
    }
}

/// The interval a rating button leads to.
pub fn preview(p: &Preview) -> String {
    interval(p.shown_ms())
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3_600_000;
    const DAY: i64 = 86_400_000;

    #[test]
    fn intervals_are_short_and_exact() {
        assert_eq!(interval(60_000), "1m");
        assert_eq!(interval(600_000), "10m");
        assert_eq!(interval(3 * H), "3h");
        assert_eq!(interval(4 * DAY), "4d");
        assert_eq!(interval(60 * DAY), "2.0mo");
        assert_eq!(interval(730 * DAY), "2.0y");
    }

    #[test]
    fn errors_say_what_was_typed() {
        assert_eq!(
            NumericError::NotANumber("abc".into()).to_string(),
            "`abc` is not a number"
        );
        assert_eq!(
            CheckError::from(NumericError::WrongUnit {
                expected: "seconds".into(),
                typed: "KB".into()
            })
            .to_string(),
            "the answer is in seconds; `KB` cannot be converted to it"
        );
        assert_eq!(CheckError::Empty.to_string(), "type an answer first");
        assert_eq!(
            BadMode("quick;x".into()).to_string(),
            "`quick;x` is not an exam mode this awsdrill knows"
        );
    }
}

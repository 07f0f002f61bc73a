//! The words of the study and exam core: the reasons a typed answer cannot be read, the scheduler's
//! and the store's exam-mode errors, and intervals. `core` returns these as data; this module is
//! where they become words, in the language asked for (`assets/i18n/*/study.ftl`). The `Display`
//! impls write English, for logs and the commands that print errors.
//!
//! Uses only `core` and `i18n`.

use crate::core::calc::drills::CheckError;
use crate::core::config::Lang;
use crate::core::drill::NumericError;
use crate::core::exam::mode::BadMode;
use crate::core::scheduler::{Preview, Rating, SchedError};
use crate::i18n::tr;
use std::fmt;

const DAY_MS: f64 = 86_400_000.0;

/// A rating's name in `lang`, as its button and the hints show it (`Again`, `다시`).
pub fn rating(lang: Lang, r: Rating) -> String {
    tr!(
        lang,
        match r {
            Rating::Again => "study-rating-again",
            Rating::Hard => "study-rating-hard",
            Rating::Good => "study-rating-good",
            Rating::Easy => "study-rating-easy",
        }
    )
}

/// Why a typed number cannot be read, in `lang`.
pub fn numeric_error(lang: Lang, e: &NumericError) -> String {
    match e {
        NumericError::Empty => tr!(lang, "study-numeric-empty"),
        NumericError::NotANumber(t) => tr!(lang, "study-numeric-not-a-number", typed = t.as_str()),
        NumericError::WrongUnit { expected, typed } => tr!(
            lang,
            "study-numeric-wrong-unit",
            expected = expected.as_str(),
            typed = typed.as_str()
        ),
    }
}

/// Why a generated exercise's typed answer cannot be read, in `lang`.
pub fn check_error(lang: Lang, e: &CheckError) -> String {
    match e {
        CheckError::Empty => tr!(lang, "study-check-empty"),
        CheckError::Number(e) => numeric_error(lang, e),
        CheckError::NotADecision => tr!(lang, "study-check-not-a-decision"),
    }
}

/// The scheduler's error, in `lang`.
pub fn sched_error(lang: Lang, e: &SchedError) -> String {
    match e {
        SchedError::Fsrs(why) => tr!(lang, "study-sched-error", error = why.to_string()),
    }
}

/// An exam mode the store does not know, in `lang`.
pub fn bad_mode(lang: Lang, e: &BadMode) -> String {
    tr!(lang, "study-bad-mode", mode = e.0.as_str())
}

impl fmt::Display for NumericError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&numeric_error(Lang::En, self))
    }
}

impl fmt::Display for CheckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&check_error(Lang::En, self))
    }
}

impl fmt::Display for SchedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&sched_error(Lang::En, self))
    }
}

impl fmt::Display for BadMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&bad_mode(Lang::En, self))
    }
}

/// A short interval for a duration in milliseconds, in `lang`: `1m`, `10m`, `3h`, `4d`, `2.3mo`,
/// `1.5y` (`10분`, `4일`, `2.3개월` in Korean: the same numbers).
pub fn interval(lang: Lang, ms: i64) -> String {
    let mins = ms as f64 / 60_000.0;
    let days = ms as f64 / DAY_MS;
    let (key, n) = if mins < 60.0 {
        (
            "study-interval-minutes",
            format!("{}", mins.round().max(1.0)),
        )
    } else if days < 1.0 {
        ("study-interval-hours", format!("{}", (mins / 60.0).round()))
    } else if days < 30.0 {
        ("study-interval-days", format!("{}", days.round()))
    } else if days < 365.0 {
        ("study-interval-months", format!("{:.1}", days / 30.0))
    } else {
        ("study-interval-years", format!("{:.1}", days / 365.0))
    };
    tr!(lang, key, n = n)
}

/// The interval a rating button leads to, in `lang`.
pub fn preview(lang: Lang, p: &Preview) -> String {
    interval(lang, p.shown_ms())
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: i64 = 3_600_000;
    const DAY: i64 = 86_400_000;

    #[test]
    fn intervals_are_short_and_exact() {
        let en = |ms| interval(Lang::En, ms);
        assert_eq!(en(60_000), "1m");
        assert_eq!(en(600_000), "10m");
        assert_eq!(en(3 * H), "3h");
        assert_eq!(en(4 * DAY), "4d");
        assert_eq!(en(60 * DAY), "2.0mo");
        assert_eq!(en(730 * DAY), "2.0y");
    }

    #[test]
    fn korean_intervals_have_the_same_numbers() {
        let ko = |ms| interval(Lang::Ko, ms);
        assert_eq!(ko(600_000), "10분");
        assert_eq!(ko(3 * H), "3시간");
        assert_eq!(ko(4 * DAY), "4일");
        assert_eq!(ko(70 * DAY), "2.3개월");
        assert_eq!(ko(547 * DAY), "1.5년");
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
        assert_eq!(
            numeric_error(Lang::Ko, &NumericError::NotANumber("abc".into())),
            "`abc`은(는) 숫자가 아닙니다"
        );
    }
}

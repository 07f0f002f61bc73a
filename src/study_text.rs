//! The words of the study and exam core: the reasons a typed answer cannot be read, the scheduler's
//! and the store's exam-mode errors, and intervals. `core` returns these as data; this module is
//! where they become words, in the language asked for (`assets/i18n/*/study.ftl`). The `Display`
//! impls write English, for logs and the commands that print errors.
//!
//! Uses only `core` and `i18n`.

use crate::core::calc::drills::CheckError;
use crate::core::config::Lang;
pub use crate::core::drill::quantity;
use crate::core::drill::{
    Conversion, NumericError, SizeUnit, TimeUnit, UnitRead, fmt, with_number,
};
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

/// A numeric card's unit alone, as the answer prompt names it, in the content language `lang`:
/// `seconds`, `초`, `초당 요청 N건` (a form's `{n}` shown as N).
pub fn unit_name(lang: Lang, unit: &str, ko_unit: Option<&str>) -> String {
    match ko_unit.filter(|_| lang == Lang::Ko) {
        Some(k) => k.replacen("{n}", &tr!(lang, "study-number-placeholder"), 1),
        None => unit.to_string(),
    }
}

/// How a value typed in another unit was read, in the content language `lang`: `15 min = 900
/// seconds` (the typed unit as typed), `15분 = 900초` (Korean names for the typed unit). `None`
/// when the two sides read the same (`900초 = 900초`).
pub fn conversion(
    lang: Lang,
    c: &Conversion,
    value: f64,
    unit: &str,
    ko_unit: Option<&str>,
) -> Option<String> {
    let card = quantity(lang, value, unit, ko_unit);
    let typed = if lang == Lang::Ko {
        let n = fmt(c.typed);
        match &c.read {
            UnitRead::Time(t) => with_number(&n, &time_name(lang, *t)),
            UnitRead::Size(SizeUnit::Byte) => with_number(&n, &tr!(lang, "study-bytes")),
            UnitRead::Size(_) => format!("{n} {}", c.unit),
            UnitRead::Rate { thing, per } => {
                // What is counted: a Korean counter or a size symbol as typed; an English word
                // is left out (the card's side names it).
                let thing = if !thing.is_ascii() {
                    thing.clone()
                } else if crate::core::drill::is_size(thing) {
                    format!(" {thing}")
                } else {
                    String::new()
                };
                format!("{} {n}{thing}", per_name(lang, *per))
            }
        }
    } else {
        format!("{} {}", fmt(c.typed), c.unit)
    };
    (typed != card).then(|| format!("{typed} = {card}"))
}

fn time_name(lang: Lang, t: TimeUnit) -> String {
    tr!(
        lang,
        match t {
            TimeUnit::Millisecond => "study-time-ms",
            TimeUnit::Second => "study-time-s",
            TimeUnit::Minute => "study-time-min",
            TimeUnit::Hour => "study-time-h",
            TimeUnit::Day => "study-time-d",
            TimeUnit::Week => "study-time-w",
            TimeUnit::Month => "study-time-mo",
            TimeUnit::Year => "study-time-y",
        }
    )
}

fn per_name(lang: Lang, t: TimeUnit) -> String {
    tr!(
        lang,
        match t {
            TimeUnit::Millisecond => "study-per-ms",
            TimeUnit::Second => "study-per-s",
            TimeUnit::Minute => "study-per-min",
            TimeUnit::Hour => "study-per-h",
            TimeUnit::Day => "study-per-d",
            TimeUnit::Week => "study-per-w",
            TimeUnit::Month => "study-per-mo",
            TimeUnit::Year => "study-per-y",
        }
    )
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
    fn numeric_quantities_use_the_korean_unit_in_korean() {
        let q = quantity;
        assert_eq!(q(Lang::En, 900.0, "seconds", Some("초")), "900 seconds");
        assert_eq!(q(Lang::Ko, 900.0, "seconds", Some("초")), "900초");
        assert_eq!(q(Lang::Ko, 10240.0, "MB", Some("MB")), "10,240 MB");
        assert_eq!(q(Lang::Ko, 5.0, "percent", Some("%")), "5%");
        assert_eq!(
            q(Lang::Ko, 400000.0, "GB-seconds", Some("GB-초")),
            "400,000 GB-초"
        );
        assert_eq!(
            q(
                Lang::Ko,
                10000.0,
                "requests per second",
                Some("초당 요청 {n}건")
            ),
            "초당 요청 10,000건"
        );
        // A card without a Korean unit keeps its English one.
        assert_eq!(q(Lang::Ko, 3.0, "trips", None), "3 trips");
        assert_eq!(
            unit_name(Lang::Ko, "layers", Some("계층 {n}개")),
            "계층 N개"
        );
        assert_eq!(unit_name(Lang::Ko, "seconds", Some("초")), "초");
        assert_eq!(unit_name(Lang::En, "seconds", Some("초")), "seconds");
    }

    #[test]
    fn a_conversion_is_worded_in_the_content_language() {
        use crate::core::drill::grade_numeric;
        let read = |lang, typed, answer, unit, ko| {
            let g = grade_numeric(typed, answer, unit, Some(ko), 0.0).unwrap();
            conversion(lang, g.converted.as_ref()?, g.value, unit, Some(ko))
        };
        // English as before: the typed unit as typed.
        assert_eq!(
            read(Lang::En, "15 min", 900.0, "seconds", "초").as_deref(),
            Some("15 min = 900 seconds")
        );
        assert_eq!(
            read(Lang::Ko, "15 min", 900.0, "seconds", "초").as_deref(),
            Some("15분 = 900초")
        );
        assert_eq!(
            read(Lang::Ko, "15분", 900.0, "seconds", "초").as_deref(),
            Some("15분 = 900초")
        );
        assert_eq!(
            read(Lang::Ko, "4096 bytes", 4.0, "KB", "KB").as_deref(),
            Some("4,096바이트 = 4 KB")
        );
        assert_eq!(
            read(Lang::Ko, "1 MiB", 1024.0, "KB", "KB").as_deref(),
            Some("1 MiB = 1,024 KB")
        );
        let rps = ("requests per second", "초당 요청 {n}건");
        assert_eq!(
            read(Lang::Ko, "분당 600000건", 10000.0, rps.0, rps.1).as_deref(),
            Some("분당 600,000건 = 초당 요청 10,000건")
        );
        assert_eq!(
            read(
                Lang::Ko,
                "600000 requests per minute",
                10000.0,
                rps.0,
                rps.1
            )
            .as_deref(),
            Some("분당 600,000 = 초당 요청 10,000건")
        );
        assert_eq!(
            read(Lang::Ko, "60 MB/min", 1.0, "MB per second", "초당 {n} MB").as_deref(),
            Some("분당 60 MB = 초당 1 MB")
        );
        // `900 s` reads the same as the card in Korean: no line.
        assert_eq!(read(Lang::Ko, "900 s", 900.0, "seconds", "초"), None);
        assert_eq!(
            read(Lang::En, "900 s", 900.0, "seconds", "초").as_deref(),
            Some("900 s = 900 seconds")
        );
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

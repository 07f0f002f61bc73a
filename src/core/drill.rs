//! What the review screen needs from a card: the cloze text with its deletions hidden or shown, and
//! the grading of a typed numeric answer against the card's answer, tolerance and unit.
//!
//! Pure.

use crate::core::content::cloze_deletions;
use crate::core::scheduler::Rating;

/// A piece of a cloze text as shown: plain text, or a deletion (hidden or revealed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClozePart {
    /// Text outside deletions.
    Text(String),
    /// A hidden deletion: `[...]` or `[hint]`.
    Hidden(String),
    /// A revealed deletion: the answer.
    Shown(String),
}

/// Splits a cloze text into parts, with deletions hidden (`revealed == false`) or shown.
pub fn cloze_parts(text: &str, revealed: bool) -> Vec<ClozePart> {
    let Ok(dels) = cloze_deletions(text) else {
        return vec![ClozePart::Text(text.to_string())];
    };
    let mut out = Vec::new();
    let mut at = 0;
    for d in dels {
        if d.range.start > at {
            out.push(ClozePart::Text(text[at..d.range.start].to_string()));
        }
        out.push(if revealed {
            ClozePart::Shown(d.answer)
        } else {
            ClozePart::Hidden(format!("[{}]", d.hint.as_deref().unwrap_or("...")))
        });
        at = d.range.end;
    }
    if at < text.len() {
        out.push(ClozePart::Text(text[at..].to_string()));
    }
    out
}

/// The grade of a typed numeric answer.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericGrade {
    /// The typed value, in the card's unit.
    pub value: f64,
    /// How the value was read, when a unit was converted ("15 minutes = 900 seconds").
    pub converted: Option<String>,
    /// value - answer, in the card's unit.
    pub difference: f64,
    /// Whether the difference is within the tolerance.
    pub correct: bool,
    /// The rating the screen suggests: Good when correct, Hard when within 10 %, else Again.
    pub suggested: Rating,
}

/// Why a typed answer could not be read. Its words are made by `study_text` (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NumericError {
    /// Nothing typed.
    Empty,
    /// Not a number.
    NotANumber(String),
    /// A unit that cannot be converted to the card's unit.
    WrongUnit {
        /// The card's unit.
        expected: String,
        /// The unit typed.
        typed: String,
    },
}

impl std::error::Error for NumericError {}

/// Time units and their length in seconds. A month is 30 days and a year 365 days.
const TIME: &[(&[&str], f64)] = &[
    (&["ms", "millisecond", "milliseconds"], 0.001),
    (&["s", "sec", "secs", "second", "seconds"], 1.0),
    (&["m", "min", "mins", "minute", "minutes"], 60.0),
    (&["h", "hr", "hrs", "hour", "hours"], 3600.0),
    (&["d", "day", "days"], 86_400.0),
    (&["w", "wk", "wks", "week", "weeks"], 7.0 * 86_400.0),
    (&["mo", "month", "months"], 30.0 * 86_400.0),
    (&["y", "yr", "yrs", "year", "years"], 365.0 * 86_400.0),
];

/// Data sizes and their bytes. KB, MB, GB and TB count in 1,024s, as the DynamoDB and Lambda
/// guides do (a DynamoDB "KB" is 1,024 bytes), so they equal KiB, MiB, GiB and TiB.
const SIZE: &[(&[&str], f64)] = &[
    (&["b", "byte", "bytes"], 1.0),
    (&["kb", "kib", "kilobyte", "kilobytes"], 1024.0),
    (&["mb", "mib", "megabyte", "megabytes"], 1024.0 * 1024.0),
    (
        &["gb", "gib", "gigabyte", "gigabytes"],
        1024.0 * 1024.0 * 1024.0,
    ),
    (
        &["tb", "tib", "terabyte", "terabytes"],
        1024.0 * 1024.0 * 1024.0 * 1024.0,
    ),
];

/// Which kind of quantity a unit measures, and its size in that kind's base unit.
fn factor(unit: &str) -> Option<(u8, f64)> {
    let u = unit.trim().to_lowercase();
    let find = |table: &[(&[&str], f64)]| {
        table
            .iter()
            .find(|(names, _)| names.contains(&u.as_str()))
            .map(|(_, f)| *f)
    };
    find(TIME)
        .map(|f| (0, f))
        .or_else(|| find(SIZE).map(|f| (1, f)))
}

/// A rate unit split in what is counted and the time it is per: "requests per second" ->
/// ("requests", 1 s); "MB/s" -> ("MB", 1 s); "per minute" -> ("", 60 s).
fn rate(unit: &str) -> Option<(String, f64)> {
    let u = unit.trim();
    let (thing, per) = u
        .rsplit_once(" per ")
        .or_else(|| u.strip_prefix("per ").map(|p| ("", p)))
        .or_else(|| u.rsplit_once('/'))?;
    match factor(per) {
        Some((0, seconds)) => Some((thing.trim().to_lowercase(), seconds)),
        _ => None,
    }
}

/// The same count, singular or plural: "request" and "requests".
fn same_thing(a: &str, b: &str) -> bool {
    a == b || a.strip_suffix('s') == Some(b) || b.strip_suffix('s') == Some(a)
}

/// `value` in `typed` units expressed in `card` units, when the two convert.
fn convert(value: f64, typed: &str, card: &str) -> Option<f64> {
    if let (Some((k1, from)), Some((k2, to))) = (factor(typed), factor(card))
        && k1 == k2
    {
        return Some(value * from / to);
    }
    let (thing, per) = rate(card)?;
    match rate(typed) {
        Some((t, p)) if t.is_empty() || same_thing(&t, &thing) => Some(value * per / p),
        _ => None,
    }
}

/// Grades `typed` (a number, optionally followed by a unit) against the card.
pub fn grade_numeric(
    typed: &str,
    answer: f64,
    unit: &str,
    tolerance: f64,
) -> Result<NumericGrade, NumericError> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(NumericError::Empty);
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | '_')))
        .unwrap_or(t.len());
    let (num, typed_unit) = t.split_at(split);
    let cleaned: String = num.chars().filter(|c| !matches!(c, ',' | '_')).collect();
    let mut value: f64 = cleaned
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())
        .ok_or_else(|| NumericError::NotANumber(t.to_string()))?;
    let typed_unit = typed_unit.trim();
    let mut converted = None;
    let same = |a: &str, b: &str| {
        a.eq_ignore_ascii_case(b.trim()) || same_thing(&a.to_lowercase(), &b.trim().to_lowercase())
    };
    if !typed_unit.is_empty() && !same(typed_unit, unit) {
        match convert(value, typed_unit, unit) {
            Some(v) => {
                converted = Some(format!("{} {typed_unit} = {} {unit}", fmt(value), fmt(v)));
                value = v;
            }
            None => {
                return Err(NumericError::WrongUnit {
                    expected: unit.to_string(),
                    typed: typed_unit.to_string(),
                });
            }
        }
    }
    let difference = value - answer;
    let correct = difference.abs() <= tolerance + 1e-9 * answer.abs().max(1.0);
    let suggested = if correct {
        Rating::Good
    } else if answer != 0.0 && (difference / answer).abs() <= 0.10 {
        Rating::Hard
    } else {
        Rating::Again
    };
    Ok(NumericGrade {
        value,
        converted,
        difference,
        correct,
        suggested,
    })
}

/// A number without needless decimals, with thousands separators: `10,240`, `0.5`.
pub fn fmt(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let s = format!("{}", v.abs() as i64);
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 { format!("-{out}") } else { out }
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloze_hides_and_reveals_deletions() {
        let t = "From {{128 MB}} to {{10,240 MB::max}}.";
        assert_eq!(
            cloze_parts(t, false),
            vec![
                ClozePart::Text("From ".into()),
                ClozePart::Hidden("[...]".into()),
                ClozePart::Text(" to ".into()),
                ClozePart::Hidden("[max]".into()),
                ClozePart::Text(".".into()),
            ]
        );
        assert_eq!(
            cloze_parts(t, true)[3],
            ClozePart::Shown("10,240 MB".into())
        );
    }

    #[test]
    fn days_weeks_months_years_sizes_and_rates_convert() {
        let read = |typed: &str, answer: f64, unit: &str| {
            grade_numeric(typed, answer, unit, 0.0).map(|g| (g.correct, g.value))
        };
        assert_eq!(read("2 weeks", 14.0, "days"), Ok((true, 14.0)));
        assert_eq!(read("1 year", 365.0, "days"), Ok((true, 365.0)));
        assert_eq!(read("3 months", 90.0, "days"), Ok((true, 90.0)));
        assert_eq!(read("36 hours", 2160.0, "minutes"), Ok((true, 2160.0)));
        // Data sizes: KB counts in 1,024s, as DynamoDB does.
        assert_eq!(read("4096 bytes", 4.0, "KB"), Ok((true, 4.0)));
        assert_eq!(read("1 MiB", 1024.0, "KB"), Ok((true, 1024.0)));
        assert_eq!(read("10 GB", 10240.0, "MB"), Ok((true, 10240.0)));
        assert_eq!(read("0.5 KB", 512.0, "bytes"), Ok((true, 512.0)));
        // Rates: per second, minute or hour, with or without the thing counted.
        assert_eq!(
            read("600 per minute", 10.0, "requests per second"),
            Ok((true, 10.0))
        );
        assert_eq!(
            read("36000 requests per hour", 10.0, "requests per second"),
            Ok((true, 10.0))
        );
        assert_eq!(read("60 MB/min", 1.0, "MB per second"), Ok((true, 1.0)));
        // Singular and plural are the same unit.
        assert_eq!(read("1 second", 1.0, "seconds"), Ok((true, 1.0)));
        // Units of another kind, or another thing counted, do not convert.
        assert!(matches!(
            read("5 MB", 5.0, "seconds"),
            Err(NumericError::WrongUnit { .. })
        ));
        assert!(matches!(
            read("10 messages per second", 10.0, "requests per second"),
            Err(NumericError::WrongUnit { .. })
        ));
    }

    #[test]
    fn numeric_answers_are_graded_with_tolerance_and_units() {
        let g = grade_numeric("900", 900.0, "seconds", 0.0).unwrap();
        assert!(g.correct && g.suggested == Rating::Good && g.difference == 0.0);
        let g = grade_numeric("15 min", 900.0, "seconds", 0.0).unwrap();
        assert!(g.correct);
        assert_eq!(g.converted.as_deref(), Some("15 min = 900 seconds"));
        let g = grade_numeric("10,240", 10240.0, "MB", 0.0).unwrap();
        assert!(g.correct);
        let g = grade_numeric("850", 900.0, "seconds", 0.0).unwrap();
        assert_eq!(
            (g.correct, g.difference, g.suggested),
            (false, -50.0, Rating::Hard)
        );
        let g = grade_numeric("300", 900.0, "seconds", 0.0).unwrap();
        assert_eq!(g.suggested, Rating::Again);
        let g = grade_numeric("3.4", 3.5, "GB", 0.1).unwrap();
        assert!(g.correct);
    }

    #[test]
    fn bad_numeric_input_is_explained() {
        assert_eq!(grade_numeric(" ", 1.0, "s", 0.0), Err(NumericError::Empty));
        assert!(matches!(
            grade_numeric("abc", 1.0, "s", 0.0),
            Err(NumericError::NotANumber(_))
        ));
        // Sizes convert now (issue 21); a time is still no size.
        assert_eq!(
            grade_numeric("4 hours", 4.0, "KB", 0.0),
            Err(NumericError::WrongUnit {
                expected: "KB".into(),
                typed: "hours".into()
            })
        );
        let huge = "9".repeat(400);
        assert!(matches!(
            grade_numeric(&huge, 1.0, "s", 0.0),
            Err(NumericError::NotANumber(_))
        ));
    }

    #[test]
    fn numbers_are_formatted_plainly() {
        assert_eq!(fmt(10240.0), "10,240");
        assert_eq!(fmt(0.5), "0.5");
        assert_eq!(fmt(-1234567.0), "-1,234,567");
    }
}

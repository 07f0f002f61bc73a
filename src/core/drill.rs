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

/// Why a typed answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NumericError {
    /// Nothing typed.
    #[error("type a number first")]
    Empty,
    /// Not a number.
    #[error("`{0}` is not a number")]
    NotANumber(String),
    /// A unit that cannot be converted to the card's unit.
    #[error("the answer is in {expected}; `{typed}` cannot be converted to it")]
    WrongUnit {
        /// The card's unit.
        expected: String,
        /// The unit typed.
        typed: String,
    },
}

/// Time units and their length in seconds.
const TIME: &[(&[&str], f64)] = &[
    (&["ms", "millisecond", "milliseconds"], 0.001),
    (&["s", "sec", "secs", "second", "seconds"], 1.0),
    (&["m", "min", "mins", "minute", "minutes"], 60.0),
    (&["h", "hr", "hrs", "hour", "hours"], 3600.0),
    (&["d", "day", "days"], 86_400.0),
];

fn time_factor(unit: &str) -> Option<f64> {
    let u = unit.trim().to_lowercase();
    TIME.iter()
        .find(|(names, _)| names.contains(&u.as_str()))
        .map(|(_, f)| *f)
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
    if !typed_unit.is_empty() && !typed_unit.eq_ignore_ascii_case(unit.trim()) {
        match (time_factor(typed_unit), time_factor(unit)) {
            (Some(from), Some(to)) => {
                let v = value * from / to;
                converted = Some(format!("{} {typed_unit} = {} {unit}", fmt(value), fmt(v)));
                value = v;
            }
            _ => {
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
        assert_eq!(
            grade_numeric("4 GB", 4.0, "KB", 0.0),
            Err(NumericError::WrongUnit {
                expected: "KB".into(),
                typed: "GB".into()
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

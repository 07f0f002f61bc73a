//! What the review screen needs from a card: the cloze text with its deletions hidden or shown, the
//! lenient grading of a typed cloze answer, and the grading of a typed numeric answer against the
//! card's answer, tolerance and unit.
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

/// What separates the answers to a cloze card's deletions when they are typed on one line
/// (`128 MB; 10,240 MB`); the full-width `；` works too. A card with one deletion takes the line
/// whole.
pub const CLOZE_SEPARATOR: char = ';';

/// One deletion of a typed cloze answer, graded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BlankGrade {
    /// The deletion's answer.
    pub expected: String,
    /// What was typed for it (trimmed; empty when nothing was).
    pub typed: String,
    /// Whether the two are the same answer (`same_answer`).
    pub correct: bool,
}

/// The grade of a typed cloze answer, deletion by deletion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClozeGrade {
    /// Each deletion in text order.
    pub blanks: Vec<BlankGrade>,
    /// Answers typed beyond the number of deletions (not graded).
    pub extra: usize,
    /// The rating the screen suggests: Good when every deletion is right, else Again.
    pub suggested: Rating,
}

impl ClozeGrade {
    /// Whether every deletion is right.
    pub fn correct(&self) -> bool {
        self.blanks.iter().all(|b| b.correct)
    }
}

/// An answer as it is compared: compatibility forms folded (NFKC: full-width letters, digits and
/// punctuation become their half-width forms), lower case, and only letters and digits kept,
/// except a point between two digits (`2.5` stays apart from `25`).
pub fn answer_key(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let folded: Vec<char> = s.nfkc().flat_map(char::to_lowercase).collect();
    let mut out = String::with_capacity(folded.len());
    for (i, &c) in folded.iter().enumerate() {
        let digit_point = c == '.'
            && i > 0
            && folded[i - 1].is_ascii_digit()
            && folded.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_alphanumeric() || digit_point {
            out.push(c);
        }
    }
    out
}

/// Whether a typed answer is the expected one, leniently: case, spaces, punctuation and full-width
/// forms do not matter (`answer_key`). An answer that is only punctuation (`*`) is compared with
/// its spaces removed instead.
pub fn same_answer(expected: &str, typed: &str) -> bool {
    let key = answer_key(expected);
    if key.is_empty() {
        let bare = |s: &str| -> String {
            use unicode_normalization::UnicodeNormalization;
            s.nfkc().filter(|c| !c.is_whitespace()).collect()
        };
        return !typed.trim().is_empty() && bare(expected) == bare(typed);
    }
    key == answer_key(typed)
}

/// Grades a typed answer to a cloze text: one answer per deletion, in order, separated by
/// `CLOZE_SEPARATOR` when there are several. `None` when the text has no deletions.
pub fn grade_cloze(text: &str, typed: &str) -> Option<ClozeGrade> {
    let dels = cloze_deletions(text).ok().filter(|d| !d.is_empty())?;
    let parts: Vec<&str> = if dels.len() == 1 {
        vec![typed.trim()]
    } else {
        typed
            .split([CLOZE_SEPARATOR, '；'])
            .map(str::trim)
            .collect()
    };
    let blanks: Vec<BlankGrade> = dels
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let typed = parts.get(i).copied().unwrap_or("").to_string();
            BlankGrade {
                correct: same_answer(&d.answer, &typed),
                expected: d.answer.clone(),
                typed,
            }
        })
        .collect();
    let extra = parts
        .iter()
        .skip(dels.len())
        .filter(|p| !p.is_empty())
        .count();
    let suggested = if blanks.iter().all(|b| b.correct) {
        Rating::Good
    } else {
        Rating::Again
    };
    Some(ClozeGrade {
        blanks,
        extra,
        suggested,
    })
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
    fn typed_cloze_answers_ignore_case_spaces_punctuation_and_width() {
        assert!(same_answer("10,240 MB", "10240mb"));
        assert!(same_answer("$LATEST", "latest"));
        assert!(same_answer("AWS_IAM", "aws iam"));
        assert!(same_answer("/opt", " OPT "));
        assert!(same_answer(
            "429 Too Many Requests",
            "429 too-many-requests"
        ));
        // Full-width letters, digits and spaces (a Korean or Japanese keyboard) are the same.
        assert!(same_answer("128 MB", "１２８\u{3000}ＭＢ"));
        assert!(same_answer("180일", "180 일"));
        // A point between digits counts; other differences do.
        assert!(same_answer("169.254.169.254", "169.254.169.254"));
        assert!(!same_answer("2.5", "25"));
        assert!(!same_answer("128 MB", "129 MB"));
        assert!(!same_answer("Allow", ""));
        // An answer of punctuation only is compared without spaces.
        assert!(same_answer("*", " * "));
        assert!(!same_answer("*", ""));
    }

    #[test]
    fn several_deletions_are_typed_apart_with_a_semicolon() {
        let t = "From {{128 MB}} to {{10,240 MB::max}}.";
        let g = grade_cloze(t, "128mb; 10240 mb").unwrap();
        assert!(g.correct() && g.suggested == Rating::Good && g.extra == 0);
        assert_eq!(g.blanks[1].typed, "10240 mb");
        let g = grade_cloze(t, "128 MB ；10,000 MB; 3 GB").unwrap();
        assert_eq!(
            g.blanks.iter().map(|b| b.correct).collect::<Vec<_>>(),
            vec![true, false]
        );
        assert_eq!((g.extra, g.suggested), (1, Rating::Again));
        let g = grade_cloze(t, "128 MB").unwrap();
        assert_eq!(g.blanks[1].typed, "", "a missing answer is wrong");
        assert!(!g.correct());
        // One deletion takes the whole line, semicolons and all.
        let g = grade_cloze("Use {{a; b}} here", "a;b").unwrap();
        assert!(g.correct());
        assert_eq!(grade_cloze("no deletion", "x"), None);
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

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
    /// How the value was read, when a unit was converted (`15 min` on a card in seconds).
    pub converted: Option<Conversion>,
    /// value - answer, in the card's unit.
    pub difference: f64,
    /// Whether the difference is within the tolerance.
    pub correct: bool,
    /// The rating the screen suggests: Good when correct, Hard when within 10 %, else Again.
    pub suggested: Rating,
}

/// A typed value in another unit than the card's, and how that unit was read. The screen writes
/// it in the content language ("15 min = 900 seconds", "15분 = 900초"): `study_text::conversion`.
#[derive(Debug, Clone, PartialEq)]
pub struct Conversion {
    /// The number typed.
    pub typed: f64,
    /// The unit as typed (trimmed): `min`, `분`, `per minute`, `분당 건`.
    pub unit: String,
    /// What the typed unit measures.
    pub read: UnitRead,
}

/// What a typed unit was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnitRead {
    /// A length of time.
    Time(TimeUnit),
    /// A data size.
    Size(SizeUnit),
    /// A count (or size) per a length of time.
    Rate {
        /// What is counted, as typed (`requests`, `건`, `MB`), or empty.
        thing: String,
        /// The length of time it is per.
        per: TimeUnit,
    },
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeUnit {
    /// ms.
    Millisecond,
    /// s.
    Second,
    /// min.
    Minute,
    /// h.
    Hour,
    /// d.
    Day,
    /// Seven days.
    Week,
    /// 30 days.
    Month,
    /// 365 days.
    Year,
}

/// A unit of data size (KB = KiB: 1,024 bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeUnit {
    /// B.
    Byte,
    /// KB, KiB.
    Kilobyte,
    /// MB, MiB.
    Megabyte,
    /// GB, GiB.
    Gigabyte,
    /// TB, TiB.
    Terabyte,
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

/// Time units, their names in English and Korean, and their length in seconds. A month is 30
/// days and a year 365 days.
const TIME: &[(TimeUnit, &[&str], f64)] = &[
    (
        TimeUnit::Millisecond,
        &["ms", "millisecond", "milliseconds", "밀리초"],
        0.001,
    ),
    (
        TimeUnit::Second,
        &["s", "sec", "secs", "second", "seconds", "초"],
        1.0,
    ),
    (
        TimeUnit::Minute,
        &["m", "min", "mins", "minute", "minutes", "분"],
        60.0,
    ),
    (
        TimeUnit::Hour,
        &["h", "hr", "hrs", "hour", "hours", "시간"],
        3600.0,
    ),
    (TimeUnit::Day, &["d", "day", "days", "일"], 86_400.0),
    (
        TimeUnit::Week,
        &["w", "wk", "wks", "week", "weeks", "주", "주일"],
        7.0 * 86_400.0,
    ),
    (
        TimeUnit::Month,
        &["mo", "month", "months", "개월", "달"],
        30.0 * 86_400.0,
    ),
    (
        TimeUnit::Year,
        &["y", "yr", "yrs", "year", "years", "년"],
        365.0 * 86_400.0,
    ),
];

/// The Korean words for "per" a length of time that come before the number (`초당 10000`,
/// `분당 600건`), longest first.
const KOREAN_PER: &[(&str, TimeUnit)] = &[
    ("밀리초당", TimeUnit::Millisecond),
    ("시간당", TimeUnit::Hour),
    ("개월당", TimeUnit::Month),
    ("초당", TimeUnit::Second),
    ("분당", TimeUnit::Minute),
    ("일당", TimeUnit::Day),
    ("하루에", TimeUnit::Day),
    ("주당", TimeUnit::Week),
    ("월당", TimeUnit::Month),
    ("달에", TimeUnit::Month),
    ("연간", TimeUnit::Year),
    ("년당", TimeUnit::Year),
];

/// Korean counters that count any thing per time (`10000건/초`: requests, records, messages),
/// never a data size.
const KOREAN_COUNTERS: &[&str] = &["건", "개", "회", "번"];

/// Data sizes and their bytes. KB, MB, GB and TB count in 1,024s, as the DynamoDB and Lambda
/// guides do (a DynamoDB "KB" is 1,024 bytes), so they equal KiB, MiB, GiB and TiB.
const SIZE: &[(SizeUnit, &[&str], f64)] = &[
    (SizeUnit::Byte, &["b", "byte", "bytes", "바이트"], 1.0),
    (
        SizeUnit::Kilobyte,
        &["kb", "kib", "kilobyte", "kilobytes"],
        1024.0,
    ),
    (
        SizeUnit::Megabyte,
        &["mb", "mib", "megabyte", "megabytes"],
        1024.0 * 1024.0,
    ),
    (
        SizeUnit::Gigabyte,
        &["gb", "gib", "gigabyte", "gigabytes"],
        1024.0 * 1024.0 * 1024.0,
    ),
    (
        SizeUnit::Terabyte,
        &["tb", "tib", "terabyte", "terabytes"],
        1024.0 * 1024.0 * 1024.0 * 1024.0,
    ),
];

fn find<U: Copy>(table: &[(U, &[&str], f64)], unit: &str) -> Option<(U, f64)> {
    let u = unit.trim().to_lowercase();
    table
        .iter()
        .find(|(_, names, _)| names.contains(&u.as_str()))
        .map(|(k, _, f)| (*k, *f))
}

/// Which kind of quantity a unit measures, and its size in that kind's base unit.
fn factor(unit: &str) -> Option<(UnitRead, f64)> {
    find(TIME, unit)
        .map(|(t, f)| (UnitRead::Time(t), f))
        .or_else(|| find(SIZE, unit).map(|(s, f)| (UnitRead::Size(s), f)))
}

/// A rate unit split in what is counted and the time it is per: "requests per second" ->
/// ("requests", second, 1 s); "MB/s" -> ("MB", second, 1 s); "per minute" -> ("", minute, 60 s);
/// "건/초" -> ("건", second, 1 s).
fn rate(unit: &str) -> Option<(String, TimeUnit, f64)> {
    let u = unit.trim();
    let (thing, per) = u
        .rsplit_once(" per ")
        .or_else(|| u.strip_prefix("per ").map(|p| ("", p)))
        .or_else(|| u.rsplit_once('/'))?;
    let (per, seconds) = find(TIME, per)?;
    Some((thing.trim().to_string(), per, seconds))
}

/// Whether a unit is a data size (`MB`, `KiB`, `bytes`).
pub fn is_size(unit: &str) -> bool {
    find(SIZE, unit).is_some()
}

/// The same count, singular or plural: "request" and "requests", "repository" and
/// "repositories".
fn same_thing(a: &str, b: &str) -> bool {
    a == b || singular(a) == singular(b)
}

/// An English unit as written beside the number one. Packs write units as they read after "in"
/// (`seconds`, `requests per second`, `repositories`); beside 1 the counted word is singular:
/// `1 second`, `1 request per second`, `1 repository`, `1 GB-second`. The counted word is the last
/// one before ` per ` (or before ` the `, as in `times the function timeout`); symbols and words
/// that are not plurals stay as they are (`MB`, `vCPU`, `percent`).
pub fn singular(unit: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    let end = [" per ", " the "]
        .iter()
        .filter_map(|sep| unit.find(sep))
        .min()
        .unwrap_or(unit.len());
    let head = &unit[..end];
    let start = head.rfind(' ').map_or(0, |i| i + 1);
    let word = &head[start..];
    let one = singular_word(word);
    if one == word {
        return Cow::Borrowed(unit);
    }
    Cow::Owned(format!("{}{one}{}", &unit[..start], &unit[end..]))
}

/// One English plural made singular by the regular rules (`retries` -> `retry`, `batches` ->
/// `batch`, `indexes` -> `index`, `bytes` -> `byte`); anything else unchanged.
fn singular_word(word: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    // Only a lowercase word is an English plural here (`RCUs` is not written; `MBs` stays).
    let stem_is_word =
        |stem: &str| stem.len() > 1 && stem.ends_with(|c: char| c.is_ascii_lowercase());
    if let Some(stem) = word.strip_suffix("ies")
        && stem_is_word(stem)
    {
        return Cow::Owned(format!("{stem}y"));
    }
    // `batches`, `branches`, `searches`, `pushes`, `indexes`, `processes` lose `es`; `caches`,
    // `sizes` and most others only `s`.
    for es in ["tches", "nches", "rches", "shes", "xes", "sses"] {
        if word.ends_with(es) && stem_is_word(&word[..word.len() - es.len()]) {
            return Cow::Borrowed(&word[..word.len() - 2]);
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if stem_is_word(stem) && !stem.ends_with(['s', 'u', 'i']) => Cow::Borrowed(stem),
        _ => Cow::Borrowed(word),
    }
}

/// Whether a typed thing per time counts what the card's rate counts: nothing typed, the same
/// word, or a Korean counter (`건`, `개`) for a card that counts things rather than bytes.
fn counts_the_same(typed: &str, card: &str) -> bool {
    typed.is_empty()
        || same_thing(&typed.to_lowercase(), &card.to_lowercase())
        || (KOREAN_COUNTERS.contains(&typed) && find(SIZE, card).is_none())
}

/// `value` in `typed` units expressed in `card` units, when the two convert, with how the typed
/// unit was read.
fn convert(value: f64, typed: &str, card: &str) -> Option<(f64, UnitRead)> {
    if let (Some((k1, from)), Some((k2, to))) = (factor(typed), factor(card))
        && std::mem::discriminant(&k1) == std::mem::discriminant(&k2)
    {
        return Some((value * from / to, k1));
    }
    let (thing, _, per) = rate(card)?;
    match rate(typed) {
        Some((t, unit, p)) if counts_the_same(&t, &thing) => Some((
            value * per / p,
            UnitRead::Rate {
                thing: t,
                per: unit,
            },
        )),
        _ => None,
    }
}

/// A typed number: digits with `,` or `_` between them, a sign and a point.
fn number(s: &str) -> Option<f64> {
    let cleaned: String = s.chars().filter(|c| !matches!(c, ',' | '_')).collect();
    cleaned.parse().ok().filter(|v: &f64| v.is_finite())
}

/// The number of `typed` when it is written in the card's Korean unit (`900초` for `초`,
/// `샤드 4개` or `4개` for `샤드 {n}개`); spaces and case do not matter.
fn in_korean_unit(typed: &str, ko_unit: &str) -> Option<f64> {
    let bare = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let form = bare(ko_unit);
    let (pre, post) = form.split_once("{n}").unwrap_or(("", &form));
    let t = bare(typed);
    [(pre, post), (pre, ""), ("", post)]
        .iter()
        .filter(|(a, b)| !(a.is_empty() && b.is_empty()))
        .find_map(|(a, b)| number(t.strip_prefix(a)?.strip_suffix(b)?))
}

/// A rate typed the Korean way, the time first: `초당 10000`, `분당 600건`, `초당 10 MB`. The
/// number, the word for "per", what is counted (as typed) and the time.
fn korean_rate(typed: &str) -> Option<(f64, &'static str, String, TimeUnit)> {
    let (rest, word, per) = KOREAN_PER
        .iter()
        .find_map(|(word, per)| Some((typed.strip_prefix(word)?, *word, *per)))?;
    let rest = rest.trim_start();
    let split = rest
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | '_')))
        .unwrap_or(rest.len());
    let (num, thing) = rest.split_at(split);
    Some((number(num)?, word, thing.trim().to_string(), per))
}

/// Grades `typed` (a number, optionally followed by a unit) against a card whose unit may also be
/// written in Korean (`ko_unit`, the card's `ko.unit`). Read besides English units: the card's Korean unit as it is shown
/// (`900초`, `초당 요청 10,000건`, `4개` for `샤드 {n}개`); Korean times (`밀리초`, `초`, `분`,
/// `시간`, `일`, `주`, `개월`/`달`, `년`); rates with the time after a slash (`10000/초`,
/// `10000건/초`, `60 MB/분`) or before the number (`초당 10000`, `분당 600건`), a counter
/// (`건`, `개`, `회`, `번`) standing for whatever the card counts.
pub fn grade_numeric(
    typed: &str,
    answer: f64,
    unit: &str,
    ko_unit: Option<&str>,
    tolerance: f64,
) -> Result<NumericGrade, NumericError> {
    let t = typed.trim();
    if t.is_empty() {
        return Err(NumericError::Empty);
    }
    let mut converted = None;
    let value = if let Some(v) = ko_unit.and_then(|k| in_korean_unit(t, k)) {
        v
    } else if let Some((v, word, thing, per)) = korean_rate(t) {
        let typed_unit = format!("{word} {thing}").trim().to_string();
        let (card_thing, _, card_per) = rate(unit).ok_or_else(|| NumericError::WrongUnit {
            expected: unit.to_string(),
            typed: typed_unit.clone(),
        })?;
        if !counts_the_same(&thing, &card_thing) {
            return Err(NumericError::WrongUnit {
                expected: unit.to_string(),
                typed: typed_unit,
            });
        }
        converted = Some(Conversion {
            typed: v,
            unit: typed_unit,
            read: UnitRead::Rate { thing, per },
        });
        v * card_per / seconds(per)
    } else {
        let split = t
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+' | '_')))
            .unwrap_or(t.len());
        let (num, typed_unit) = t.split_at(split);
        let value = number(num).ok_or_else(|| NumericError::NotANumber(t.to_string()))?;
        let typed_unit = typed_unit.trim();
        let same = |a: &str, b: &str| {
            a.eq_ignore_ascii_case(b.trim())
                || same_thing(&a.to_lowercase(), &b.trim().to_lowercase())
        };
        if typed_unit.is_empty() || same(typed_unit, unit) {
            value
        } else {
            match convert(value, typed_unit, unit) {
                Some((v, read)) => {
                    converted = Some(Conversion {
                        typed: value,
                        unit: typed_unit.to_string(),
                        read,
                    });
                    v
                }
                None => {
                    return Err(NumericError::WrongUnit {
                        expected: unit.to_string(),
                        typed: typed_unit.to_string(),
                    });
                }
            }
        }
    };
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

/// A time unit's length in seconds.
fn seconds(unit: TimeUnit) -> f64 {
    TIME.iter()
        .find(|(t, _, _)| *t == unit)
        .map_or(1.0, |(_, _, s)| *s)
}

/// A numeric card's number with its unit, in the content language `lang`: the card's Korean
/// unit (`ko.unit`) in Korean when it has one (`900초`, `10 MB`, `초당 요청 10,000건`), else
/// the English unit after the number (`900 seconds`; beside 1 in the singular: `1 second`).
pub fn quantity(
    lang: crate::core::config::Lang,
    value: f64,
    unit: &str,
    ko_unit: Option<&str>,
) -> String {
    let label = is_label(unit);
    let n = if label { plain(value) } else { fmt(value) };
    match ko_unit.filter(|_| lang == crate::core::config::Lang::Ko) {
        Some(k) => with_number(&n, k),
        None if label => format!("{unit} {n}"),
        None if value == 1.0 => format!("{n} {}", singular(unit)),
        None => format!("{n} {unit}"),
    }
}

/// Whether a unit names its number rather than counting in it (`UDP port`): the number is an
/// identifier, written after the name and without thousands separators (`UDP port 2000`, not
/// `2,000 UDP port`).
pub fn is_label(unit: &str) -> bool {
    unit.split_whitespace()
        .last()
        .is_some_and(|w| w.eq_ignore_ascii_case("port"))
}

/// A number as an identifier: without thousands separators or needless decimals (`2000`).
fn plain(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        fmt(v)
    }
}

/// A formatted number in a Korean unit: in place of `{n}` when the unit has it
/// (`초당 요청 {n}건`), else before the unit, with a space when the unit starts with a Latin
/// letter or a digit (`10 MB`, `400,000 GB-초`) and none otherwise (`900초`, `40%`).
pub fn with_number(n: &str, unit: &str) -> String {
    if unit.contains("{n}") {
        unit.replacen("{n}", n, 1)
    } else if unit.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        format!("{n} {unit}")
    } else {
        format!("{n}{unit}")
    }
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
            grade_numeric(typed, answer, unit, None, 0.0).map(|g| (g.correct, g.value))
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
        let g = grade_numeric("900", 900.0, "seconds", None, 0.0).unwrap();
        assert!(g.correct && g.suggested == Rating::Good && g.difference == 0.0);
        let g = grade_numeric("15 min", 900.0, "seconds", None, 0.0).unwrap();
        assert!(g.correct);
        // How it was read is data; `study_text::conversion` writes "15 min = 900 seconds".
        assert_eq!(
            g.converted,
            Some(Conversion {
                typed: 15.0,
                unit: "min".into(),
                read: UnitRead::Time(TimeUnit::Minute)
            })
        );
        let g = grade_numeric("10,240", 10240.0, "MB", None, 0.0).unwrap();
        assert!(g.correct);
        let g = grade_numeric("850", 900.0, "seconds", None, 0.0).unwrap();
        assert_eq!(
            (g.correct, g.difference, g.suggested),
            (false, -50.0, Rating::Hard)
        );
        let g = grade_numeric("300", 900.0, "seconds", None, 0.0).unwrap();
        assert_eq!(g.suggested, Rating::Again);
        let g = grade_numeric("3.4", 3.5, "GB", None, 0.1).unwrap();
        assert!(g.correct);
    }

    #[test]
    fn bad_numeric_input_is_explained() {
        assert_eq!(
            grade_numeric(" ", 1.0, "s", None, 0.0),
            Err(NumericError::Empty)
        );
        assert!(matches!(
            grade_numeric("abc", 1.0, "s", None, 0.0),
            Err(NumericError::NotANumber(_))
        ));
        // Sizes convert now (issue 21); a time is still no size.
        assert_eq!(
            grade_numeric("4 hours", 4.0, "KB", None, 0.0),
            Err(NumericError::WrongUnit {
                expected: "KB".into(),
                typed: "hours".into()
            })
        );
        let huge = "9".repeat(400);
        assert!(matches!(
            grade_numeric(&huge, 1.0, "s", None, 0.0),
            Err(NumericError::NotANumber(_))
        ));
    }

    /// Grades `typed` on a card with a Korean unit: (correct, value in the card's unit, how a
    /// converted unit was read).
    fn ko(
        typed: &str,
        answer: f64,
        unit: &str,
        ko: &str,
    ) -> Result<(bool, f64, Option<UnitRead>), NumericError> {
        grade_numeric(typed, answer, unit, Some(ko), 0.0)
            .map(|g| (g.correct, g.value, g.converted.map(|c| c.read)))
    }

    #[test]
    fn the_cards_korean_unit_typed_as_shown_is_the_cards_unit() {
        assert_eq!(ko("900초", 900.0, "seconds", "초"), Ok((true, 900.0, None)));
        assert_eq!(
            ko("900 초", 900.0, "seconds", "초"),
            Ok((true, 900.0, None))
        );
        assert_eq!(ko("10 mb", 10.0, "MB", "MB"), Ok((true, 10.0, None)));
        assert_eq!(ko("40%", 40.0, "% CPU", "CPU {n}%"), Ok((true, 40.0, None)));
        assert_eq!(
            ko("CPU 40%", 40.0, "% CPU", "CPU {n}%"),
            Ok((true, 40.0, None))
        );
        // A form with `{n}`: whole, or only the part before or after the number.
        for typed in ["5개", "계층 5개", "계층5", "5"] {
            assert_eq!(
                ko(typed, 5.0, "layers", "계층 {n}개"),
                Ok((true, 5.0, None)),
                "{typed}"
            );
        }
        assert_eq!(
            ko(
                "초당 요청 10,000건",
                10000.0,
                "requests per second",
                "초당 요청 {n}건"
            ),
            Ok((true, 10000.0, None))
        );
        assert_eq!(
            ko(
                "6배",
                6.0,
                "times the function timeout",
                "함수 제한 시간의 {n}배"
            ),
            Ok((true, 6.0, None))
        );
    }

    #[test]
    fn korean_times_convert() {
        let time = |t| Some(UnitRead::Time(t));
        assert_eq!(
            ko("15분", 900.0, "seconds", "초"),
            Ok((true, 900.0, time(TimeUnit::Minute)))
        );
        assert_eq!(
            ko("1시간", 60.0, "minutes", "분"),
            Ok((true, 60.0, time(TimeUnit::Hour)))
        );
        assert_eq!(
            ko("2주", 14.0, "days", "일"),
            Ok((true, 14.0, time(TimeUnit::Week)))
        );
        assert_eq!(
            ko("1주일", 7.0, "days", "일"),
            Ok((true, 7.0, time(TimeUnit::Week)))
        );
        assert_eq!(
            ko("3개월", 90.0, "days", "일"),
            Ok((true, 90.0, time(TimeUnit::Month)))
        );
        assert_eq!(
            ko("3달", 90.0, "days", "일"),
            Ok((true, 90.0, time(TimeUnit::Month)))
        );
        assert_eq!(
            ko("1년", 365.0, "days", "일"),
            Ok((true, 365.0, time(TimeUnit::Year)))
        );
        assert_eq!(
            ko("1일", 24.0, "hours", "시간"),
            Ok((true, 24.0, time(TimeUnit::Day)))
        );
        // `밀리초` ends in `초` but is not the card's unit: it converts.
        assert_eq!(
            ko("3000밀리초", 3.0, "seconds", "초"),
            Ok((true, 3.0, time(TimeUnit::Millisecond)))
        );
        assert_eq!(
            ko("512바이트", 0.5, "KB", "KB"),
            Ok((true, 0.5, Some(UnitRead::Size(SizeUnit::Byte))))
        );
        // Without a Korean unit on the card, Korean times still read.
        assert_eq!(
            grade_numeric("15분", 900.0, "seconds", None, 0.0).map(|g| g.correct),
            Ok(true)
        );
    }

    #[test]
    fn korean_rates_convert() {
        let rps = "requests per second";
        let form = "초당 요청 {n}건";
        let per = |thing: &str, per| {
            Some(UnitRead::Rate {
                thing: thing.into(),
                per,
            })
        };
        assert_eq!(
            ko("10000/초", 10000.0, rps, form),
            Ok((true, 10000.0, per("", TimeUnit::Second)))
        );
        assert_eq!(
            ko("10000건/초", 10000.0, rps, form),
            Ok((true, 10000.0, per("건", TimeUnit::Second)))
        );
        assert_eq!(
            ko("600000건/분", 10000.0, rps, form),
            Ok((true, 10000.0, per("건", TimeUnit::Minute)))
        );
        assert_eq!(
            ko("초당 10000", 10000.0, rps, form),
            Ok((true, 10000.0, per("", TimeUnit::Second)))
        );
        assert_eq!(
            ko("초당 10,000건", 10000.0, rps, form),
            Ok((true, 10000.0, per("건", TimeUnit::Second)))
        );
        assert_eq!(
            ko("분당 600000개", 10000.0, rps, form),
            Ok((true, 10000.0, per("개", TimeUnit::Minute)))
        );
        assert_eq!(
            ko("시간당 36000", 10.0, rps, form),
            Ok((true, 10.0, per("", TimeUnit::Hour)))
        );
        // Sizes per time: the symbol is the thing counted.
        assert_eq!(
            ko("초당 2 MB", 2.0, "MB per second", "초당 {n} MB"),
            Ok((true, 2.0, None))
        );
        assert_eq!(
            ko("분당 60 MB", 1.0, "MB per second", "초당 {n} MB"),
            Ok((true, 1.0, per("MB", TimeUnit::Minute)))
        );
        assert_eq!(
            ko("60 MB/분", 1.0, "MB per second", "초당 {n} MB"),
            Ok((true, 1.0, per("MB", TimeUnit::Minute)))
        );
        // A counter is no size; a rate is no time.
        assert!(matches!(
            ko("초당 1건", 1.0, "MB per second", "초당 {n} MB"),
            Err(NumericError::WrongUnit { .. })
        ));
        assert_eq!(
            ko("초당 10", 10.0, "seconds", "초"),
            Err(NumericError::WrongUnit {
                expected: "seconds".into(),
                typed: "초당".into()
            })
        );
    }

    #[test]
    fn numbers_are_formatted_plainly() {
        assert_eq!(fmt(10240.0), "10,240");
        assert_eq!(fmt(0.5), "0.5");
        assert_eq!(fmt(-1234567.0), "-1,234,567");
    }

    #[test]
    fn a_unit_beside_one_is_singular_and_read_back_either_way() {
        use crate::core::config::Lang;
        for (unit, one) in [
            ("seconds", "second"),
            ("hours", "hour"),
            ("days", "day"),
            ("requests per second", "request per second"),
            (
                "messages per second per action",
                "message per second per action",
            ),
            (
                "execution environments per 10 seconds",
                "execution environment per 10 seconds",
            ),
            ("batches per shard", "batch per shard"),
            (
                "API calls per second per action",
                "API call per second per action",
            ),
            ("times the function timeout", "time the function timeout"),
            ("concurrent executions", "concurrent execution"),
            ("repositories", "repository"),
            ("retries", "retry"),
            ("indexes", "index"),
            ("boundaries", "boundary"),
            ("bytes", "byte"),
            ("GB-seconds", "GB-second"),
            ("caches", "cache"),
            ("branches", "branch"),
            ("processes", "process"),
            // Symbols and words that are not plurals stay.
            ("MB", "MB"),
            ("vCPU", "vCPU"),
            ("RCU", "RCU"),
            ("percent", "percent"),
            ("% CPU", "% CPU"),
            ("status", "status"),
            ("access", "access"),
        ] {
            assert_eq!(singular(unit), one, "{unit}");
            assert_eq!(quantity(Lang::En, 1.0, unit, None), format!("1 {one}"));
            // Any other number keeps the unit as written, and Korean is not touched.
            assert_eq!(quantity(Lang::En, 2.0, unit, None), format!("2 {unit}"));
            assert_eq!(quantity(Lang::Ko, 1.0, unit, Some("초")), "1초");
            // What is shown is read back: the singular typed against the plural card, and the
            // plural against a card written in the singular.
            let typed = format!("1 {one}");
            assert_eq!(
                grade_numeric(&typed, 1.0, unit, None, 0.0).map(|g| g.correct),
                Ok(true),
                "{typed} against {unit}"
            );
        }
    }

    #[test]
    fn a_port_is_named_before_its_number_without_separators() {
        use crate::core::config::Lang;
        assert!(is_label("UDP port") && is_label("port") && !is_label("ports per rule"));
        assert_eq!(
            quantity(Lang::En, 2000.0, "UDP port", None),
            "UDP port 2000"
        );
        assert_eq!(
            quantity(Lang::Ko, 2000.0, "UDP port", Some("UDP 포트 {n}")),
            "UDP 포트 2000"
        );
        // Counted units keep their separators.
        assert_eq!(
            quantity(Lang::En, 2000.0, "requests", None),
            "2,000 requests"
        );
        // The number is typed either way.
        for typed in ["2000", "2,000", "2000 UDP port"] {
            assert_eq!(
                grade_numeric(typed, 2000.0, "UDP port", None, 0.0).map(|g| g.correct),
                Ok(true),
                "{typed}"
            );
        }
    }
}

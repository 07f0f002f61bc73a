//! From a requirement to real names ("memory optimized, Graviton, local NVMe, 2xlarge" ->
//! `r8gd.2xlarge`, ...), and close real names for a typo.

use super::rules::{Category, match_pattern, rules};
use super::{Decoded, decode, known_types};
use crate::core::calc::{CalcError, ErrorKind, Twice};
use serde::Serialize;
use std::sync::OnceLock;

/// What the user asks for; `None` or empty means "any" for the category, processor and size, and
/// "none" for the capabilities (the letters must be exactly these).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Requirement {
    /// The category.
    pub category: Option<Category>,
    /// A processor option letter: `a`, `g` or `i`.
    pub processor: Option<String>,
    /// Option letters (`d`, `n`, ...) and hyphen parts (`flex`), sorted.
    pub capabilities: Vec<String>,
    /// A size (`2xlarge`, `metal`).
    pub size: Option<String>,
}

/// The names that meet a requirement, and how the name is put together.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Build {
    /// What was asked.
    pub requirement: Requirement,
    /// One step per piece of the name (the CLI's JSON writes them as sentences).
    #[serde(skip)]
    pub steps: Vec<BuildStep>,
    /// The shape of the name: `(r|u|x|z)<generation>gd.2xlarge`.
    pub pattern: String,
    /// Real names that match, newest generation first within each series.
    pub matches: Vec<String>,
}

/// A step of building a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BuildStep {
    /// The category's series.
    CategorySeries {
        /// The category.
        category: Category,
        /// Its current series.
        series: Vec<String>,
    },
    /// The processor's letter.
    ProcessorLetter {
        /// The processor.
        name: String,
        /// The letter.
        letter: String,
    },
    /// A capability's letter.
    OptionLetter {
        /// Its meaning.
        meaning: String,
        /// The letter.
        letter: String,
    },
    /// A capability's hyphen part.
    SuffixPart {
        /// Its meaning.
        meaning: String,
        /// The part, without the hyphen.
        part: String,
    },
    /// The size.
    Size {
        /// As asked.
        size: String,
        /// Its meaning.
        meaning: String,
    },
    /// The shape of the name.
    Pattern(String),
    /// No real name matches.
    NoMatch,
    /// The real names that match.
    Matches {
        /// The first twelve.
        shown: Vec<String>,
        /// How many more.
        more: usize,
    },
}

/// Reads a requirement such as "memory optimized, Graviton, local NVMe, 2xlarge".
pub fn parse_requirement(text: &str) -> Result<Requirement, CalcError> {
    let r = rules();
    let mut req = Requirement::default();
    let tokens: Vec<String> = text
        .split([',', ';', '+'])
        .map(|t| {
            t.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        })
        .filter(|t| !t.is_empty())
        .collect();
    if tokens.is_empty() {
        return Err(CalcError::new("build", ErrorKind::RequirementMissing));
    }
    let twice = |what: Twice, a: &str, b: &str| {
        Err(CalcError::new(
            "build",
            ErrorKind::TwoGiven {
                what,
                first: a.to_string(),
                second: b.to_string(),
            },
        ))
    };
    for t in &tokens {
        if let Some(c) = Category::ALL
            .into_iter()
            .find(|c| c.aliases().contains(&t.as_str()))
        {
            if let Some(old) = req.category {
                return twice(Twice::Categories, old.words(), t);
            }
            req.category = Some(c);
        } else if r
            .size
            .iter()
            .any(|s| match_pattern(&s.pattern, t).is_some())
        {
            if let Some(old) = &req.size {
                return twice(Twice::Sizes, old, t);
            }
            req.size = Some(t.clone());
        } else if let Some(o) = r
            .option
            .iter()
            .find(|o| o.code == *t || o.aliases.iter().any(|a| a == t))
        {
            if o.processor.is_some() {
                if let Some(old) = &req.processor {
                    return twice(Twice::Processors, old, t);
                }
                req.processor = Some(o.code.clone());
            } else if !req.capabilities.contains(&o.code) {
                req.capabilities.push(o.code.clone());
            }
        } else if let Some(s) = r.suffix.iter().find(|s| s.aliases.iter().any(|a| a == t)) {
            if !req.capabilities.contains(&s.pattern) {
                req.capabilities.push(s.pattern.clone());
            }
        } else {
            return Err(CalcError::new(
                "build",
                ErrorKind::UnknownWord { word: t.clone() },
            ));
        }
    }
    req.capabilities.sort();
    Ok(req)
}

fn decoded_list() -> &'static [Decoded] {
    static ALL: OnceLock<Vec<Decoded>> = OnceLock::new();
    ALL.get_or_init(|| {
        known_types()
            .iter()
            .filter_map(|n| decode(n).ok())
            .collect()
    })
}

/// The processor letter and the other capability codes of a decoded name (`None` when it has an
/// unknown piece, so that it is never matched by guesswork).
fn features(d: &Decoded) -> Option<(Option<String>, Vec<String>)> {
    if !d.unknown.is_empty() {
        return None;
    }
    let r = rules();
    let mut processor = None;
    let mut caps = Vec::new();
    for c in &d.capabilities {
        if let Some(tail) = c.code.strip_prefix('-') {
            caps.push(tail.to_string());
        } else if r.option(&c.code).is_some_and(|o| o.processor.is_some()) && processor.is_none() {
            processor = Some(c.code.clone());
        } else {
            caps.push(c.code.clone());
        }
    }
    caps.sort();
    Some((processor, caps))
}

/// The real names that meet `req`, with the steps that build the name.
pub fn build(req: &Requirement) -> Build {
    let r = rules();
    let mut steps = Vec::new();
    let series: Vec<&str> = r
        .series
        .iter()
        .filter(|s| !s.legacy && req.category.is_none_or(|c| c == s.category))
        .map(|s| s.code.as_str())
        .collect();
    if let Some(c) = req.category {
        steps.push(BuildStep::CategorySeries {
            category: c,
            series: series.iter().map(|s| s.to_string()).collect(),
        });
    }
    let mut letters = String::new();
    if let Some(p) = &req.processor {
        let o = r.option(p);
        let name = o.and_then(|o| o.processor.clone()).unwrap_or_default();
        steps.push(BuildStep::ProcessorLetter {
            name,
            letter: p.clone(),
        });
        letters.push_str(p);
    }
    // The order the letters usually take in AWS names (x2iedn, m8azn, r5b).
    let order = ["e", "d", "z", "n", "b", "q"];
    let mut caps: Vec<&String> = req.capabilities.iter().collect();
    caps.sort_by_key(|c| order.iter().position(|o| o == c).unwrap_or(order.len()));
    let mut suffix = String::new();
    for c in caps {
        if let Some(o) = r.option(c) {
            steps.push(BuildStep::OptionLetter {
                meaning: o.meaning.clone(),
                letter: c.clone(),
            });
            letters.push_str(c);
        } else if let Some(s) = r.suffix.iter().find(|s| &s.pattern == c) {
            steps.push(BuildStep::SuffixPart {
                meaning: s.meaning.clone(),
                part: c.clone(),
            });
            suffix = format!("-{c}");
        }
    }
    let size = req.size.clone().unwrap_or_else(|| "<size>".into());
    if let Some(s) = &req.size {
        let meaning = r
            .size
            .iter()
            .find_map(|rule| {
                match_pattern(&rule.pattern, s).map(|n| super::rules::fill(&rule.meaning, n))
            })
            .unwrap_or_default();
        steps.push(BuildStep::Size {
            size: s.clone(),
            meaning,
        });
    }
    let series_part = match series.as_slice() {
        [one] => (*one).to_string(),
        many => format!("({})", many.join("|")),
    };
    let pattern = format!("{series_part}<generation>{letters}{suffix}.{size}");
    steps.push(BuildStep::Pattern(pattern.clone()));
    let mut matches: Vec<(usize, std::cmp::Reverse<u64>, &str)> = decoded_list()
        .iter()
        .filter(|d| req.category.is_none_or(|c| d.category == Some(c)))
        .filter(|d| req.size.is_none() || d.size == req.size)
        .filter(|d| {
            features(d).is_some_and(|(p, caps)| {
                caps == req.capabilities && (req.processor.is_none() || p == req.processor)
            })
        })
        .map(|d| {
            let rank = r
                .series
                .iter()
                .position(|s| s.code == d.series.code)
                .unwrap_or(usize::MAX);
            (
                rank,
                std::cmp::Reverse(d.generation.unwrap_or(0)),
                d.name.as_str(),
            )
        })
        .collect();
    matches.sort();
    let matches: Vec<String> = matches.into_iter().map(|(_, _, n)| n.to_string()).collect();
    if matches.is_empty() {
        steps.push(BuildStep::NoMatch);
    } else {
        steps.push(BuildStep::Matches {
            shown: matches.iter().take(12).cloned().collect(),
            more: matches.len().saturating_sub(12),
        });
    }
    Build {
        requirement: req.clone(),
        steps,
        pattern,
        matches,
    }
}

/// Up to `n` real names within two edits of `name` (a typo, a missing or swapped letter), closest
/// first.
///
/// ```
/// use awsdrill::core::calc::ec2::suggest;
/// assert_eq!(suggest("m7gd.2xlarg", 3)[0], "m7gd.2xlarge");
/// ```
pub fn suggest(name: &str, n: usize) -> Vec<String> {
    let name = name.trim().to_ascii_lowercase();
    let mut scored: Vec<(usize, &String)> = known_types()
        .iter()
        .filter(|k| k.len().abs_diff(name.len()) <= 2)
        .map(|k| (distance(&name, k), k))
        .filter(|(d, _)| *d <= 2)
        .collect();
    scored.sort();
    scored.into_iter().take(n).map(|(_, k)| k.clone()).collect()
}

/// Edit distance with adjacent transpositions (optimal string alignment).
fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for i in 0..=a.len() {
        d[i * w] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1)
                .min(d[i * w + j - 1] + 1)
                .min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()]
}

#[cfg(test)]
mod tests {
    use super::distance;

    #[test]
    fn edit_distance_counts_swaps_as_one() {
        assert_eq!(distance("m7gd.2xlarg", "m7gd.2xlarge"), 1);
        assert_eq!(distance("m7dg.large", "m7gd.large"), 1);
        assert_eq!(distance("c5.large", "c5.large"), 0);
        assert_eq!(distance("", "abc"), 3);
    }
}

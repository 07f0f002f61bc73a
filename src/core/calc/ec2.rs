//! The EC2 instance-type decoder: a name such as `r7iz.metal-16xl` becomes its series, category,
//! generation, processor, option letters with their meanings, size and bare-metal flag; whether
//! the name exists; and close real names for a typo. `build` goes the other way, from a requirement
//! ("memory optimized, Graviton, local NVMe, 2xlarge") to the names that exist.
//!
//! Pure. The rules and the list of names are data files in `assets/`, compiled in. A letter that no
//! rule explains is reported as unknown, never guessed.

mod build;
mod rules;
#[cfg(test)]
mod tests;

pub use build::{Build, Requirement, build, parse_requirement, suggest};
pub use rules::{Category, Rules, is_known, known_types, rules};

use super::{CalcError, shown};
use rules::{fill, match_pattern};
use serde::Serialize;

/// A piece of a name and what it means (`None` when no rule explains it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// The letters as they appear in the name (`d`, `-flex`, `32tb`).
    pub code: String,
    /// The meaning from the naming rules.
    pub meaning: Option<String>,
}

/// A decoded instance type name.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decoded {
    /// The name, lowercase.
    pub name: String,
    /// Everything before the dot (AWS's "instance family": `c6i`, `u7in-32tb`).
    pub family: String,
    /// The letters before the generation (`m`, `inf`, `u`).
    pub series: Part,
    /// Whether the series is missing from the current AWS naming table.
    pub legacy: bool,
    /// The category, from the series.
    pub category: Option<Category>,
    /// The generation number.
    pub generation: Option<u64>,
    /// The processor, when a letter, a part or the series says it.
    pub processor: Option<String>,
    /// Which piece of the name says the processor.
    pub processor_from: Option<String>,
    /// Every option letter and hyphen part, in order.
    pub capabilities: Vec<Part>,
    /// The size after the dot (`2xlarge`, `metal-16xl`).
    pub size: Option<String>,
    /// What the size means, when a rule explains it.
    pub size_meaning: Option<String>,
    /// Bare metal.
    pub metal: bool,
    /// Whether the name is in the bundled list of instance types.
    pub known: bool,
    /// Pieces that no rule explains.
    pub unknown: Vec<String>,
    /// Close real names, when the name is not known.
    pub suggestions: Vec<String>,
    /// Things to know (legacy series, where the generation is).
    pub notes: Vec<String>,
}

/// Decodes one instance type name.
///
/// ```
/// use awsdrill::core::calc::ec2::{decode, Category};
/// let d = decode("r7iz.metal-16xl").unwrap();
/// assert_eq!(d.category, Some(Category::MemoryOptimized));
/// assert_eq!(d.processor.as_deref(), Some("Intel"));
/// assert!(d.metal && d.known && d.unknown.is_empty());
/// ```
pub fn decode(input: &str) -> Result<Decoded, CalcError> {
    let name = input.trim().to_ascii_lowercase();
    if name.is_empty() {
        return Err(CalcError::new(
            "name",
            "missing; give an instance type such as m7gd.2xlarge",
        ));
    }
    if name.len() > 64 {
        return Err(CalcError::new(
            "name",
            format!("`{}` is too long for an instance type name", shown(&name)),
        ));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '.' || *c == '-'))
    {
        return Err(CalcError::new(
            "name",
            format!(
                "`{}` has `{}`; instance type names have letters, digits, `.` and `-`",
                shown(&name),
                shown(&c.to_string())
            ),
        ));
    }
    let r = rules();
    let (family, size_text) = match name.split_once('.') {
        Some((f, s)) => (f.to_string(), Some(s.to_string())),
        None => (name.clone(), None),
    };
    let (head, tail) = match family.split_once('-') {
        Some((h, t)) => (h, Some(t)),
        None => (family.as_str(), None),
    };
    let mut d = Decoded {
        name: name.clone(),
        family: family.clone(),
        series: Part {
            code: String::new(),
            meaning: None,
        },
        legacy: false,
        category: None,
        generation: None,
        processor: None,
        processor_from: None,
        capabilities: Vec::new(),
        size: None,
        size_meaning: None,
        metal: false,
        known: is_known(&name),
        unknown: Vec::new(),
        suggestions: Vec::new(),
        notes: Vec::new(),
    };
    let letters = head.bytes().take_while(u8::is_ascii_alphabetic).count();
    let series = &head[..letters];
    let after_series = &head[letters..];
    let digits = after_series.bytes().take_while(u8::is_ascii_digit).count();
    let (gen_text, options) = after_series.split_at(digits);
    d.series.code = series.to_string();
    match r.series(series) {
        Some(s) => {
            d.series.meaning = Some(s.meaning.clone());
            d.category = Some(s.category);
            d.legacy = s.legacy;
            if s.legacy {
                d.notes.push(format!(
                    "series `{series}` is not in the current AWS naming table; its meaning comes from older AWS pages"
                ));
            }
            if let Some(p) = &s.processor {
                d.processor = Some(p.clone());
                d.processor_from = Some(format!("series {series}"));
            }
        }
        None => d.unknown.push(if series.is_empty() {
            "(no series letters)".to_string()
        } else {
            series.to_string()
        }),
    }
    if !gen_text.is_empty() {
        d.generation = gen_text.parse().ok();
    }
    let mut from_letter = None;
    for (i, c) in options.char_indices() {
        let code = c.to_string();
        if c.is_ascii_digit() {
            d.unknown.push(options[i..].to_string());
            d.capabilities.push(Part {
                code: options[i..].to_string(),
                meaning: None,
            });
            break;
        }
        match r.option(&code) {
            Some(o) => {
                let meaning = d
                    .category
                    .and_then(|cat| o.by_category.get(&cat).cloned())
                    .unwrap_or_else(|| o.meaning.clone());
                if let (Some(p), None) = (&o.processor, &from_letter) {
                    from_letter = Some((p.clone(), format!("letter {code}")));
                }
                d.capabilities.push(Part {
                    code,
                    meaning: Some(meaning),
                });
            }
            None => {
                d.unknown.push(code.clone());
                d.capabilities.push(Part {
                    code,
                    meaning: None,
                });
            }
        }
    }
    if let Some((p, from)) = from_letter {
        d.processor = Some(p);
        d.processor_from = Some(from);
    }
    if let Some(tail) = tail {
        decode_tail(&mut d, tail);
    }
    if d.generation.is_none() && !series.is_empty() && d.series.meaning.is_some() {
        d.notes
            .push("the name has no generation number".to_string());
    }
    match size_text {
        None => d
            .unknown
            .push("(no size: a name is FAMILY.SIZE)".to_string()),
        Some(s) => {
            let hit = r
                .size
                .iter()
                .find_map(|rule| match_pattern(&rule.pattern, &s).map(|n| (rule, n)));
            match hit {
                Some((rule, n)) => {
                    d.metal = rule.metal;
                    d.size_meaning = Some(fill(&rule.meaning, n));
                    d.size = Some(s);
                }
                None => {
                    d.unknown.push(s.clone());
                    d.size = Some(s);
                }
            }
        }
    }
    if !d.known {
        d.suggestions = suggest(&name, 5);
    }
    Ok(d)
}

/// The part after the hyphen: `flex`, `32tb`, `m2pro`, `b200`, or the older `6tb1` whose trailing
/// digit is the generation.
fn decode_tail(d: &mut Decoded, tail: &str) {
    let r = rules();
    let find = |t: &str| {
        r.suffix
            .iter()
            .find_map(|rule| match_pattern(&rule.pattern, t).map(|n| (rule, n)))
    };
    let mut hit = find(tail);
    let mut part = tail;
    if hit.is_none() && d.generation.is_none() {
        let cut = tail.trim_end_matches(|c: char| c.is_ascii_digit());
        if cut.len() < tail.len()
            && let Some(h) = find(cut)
        {
            d.generation = tail[cut.len()..].parse().ok();
            d.notes.push(format!(
                "in the older name `{}` the generation ({}) follows the memory size",
                d.family,
                &tail[cut.len()..]
            ));
            hit = Some(h);
            part = cut;
        }
    }
    match hit {
        Some((rule, n)) => {
            if let (Some(p), true) = (&rule.processor, d.processor_from.is_none()) {
                d.processor = Some(fill(p, n));
                d.processor_from = Some(format!("-{part}"));
            }
            d.capabilities.push(Part {
                code: format!("-{part}"),
                meaning: Some(fill(&rule.meaning, n)),
            });
        }
        None => {
            d.unknown.push(format!("-{tail}"));
            d.capabilities.push(Part {
                code: format!("-{tail}"),
                meaning: None,
            });
        }
    }
}

impl Decoded {
    /// The decoding as text lines (the CLI prints them; the TUI shows them).
    pub fn lines(&self) -> Vec<String> {
        let mut out = Vec::new();
        let status = if self.known {
            "a real instance type (in the EC2 API's list)".to_string()
        } else if self.suggestions.is_empty() {
            "not in the list of instance types".to_string()
        } else {
            format!(
                "not in the list of instance types; did you mean {}?",
                self.suggestions.join(", ")
            )
        };
        out.push(format!("{}: {status}", self.name));
        out.push(format!(
            "  family      {} (everything before the dot)",
            self.family
        ));
        let series = match &self.series.meaning {
            Some(m) => format!("{}: {m}", self.series.code),
            None => format!("{}: unknown series", self.series.code),
        };
        out.push(format!("  series      {series}"));
        if let Some(c) = self.category {
            out.push(format!("  category    {}", c.words()));
        }
        if let Some(g) = self.generation {
            out.push(format!("  generation  {g}"));
        }
        match (&self.processor, &self.processor_from) {
            (Some(p), Some(from)) => out.push(format!("  processor   {p} ({from})")),
            _ => out.push("  processor   not stated in the name".to_string()),
        }
        for c in &self.capabilities {
            let label = if c.code.starts_with('-') {
                c.code.clone()
            } else {
                format!("option {}", c.code)
            };
            let meaning = c
                .meaning
                .as_deref()
                .unwrap_or("unknown: no naming rule explains it");
            out.push(format!("  {label:<11} {meaning}"));
        }
        if let Some(s) = &self.size {
            let meaning = self.size_meaning.as_deref().unwrap_or("unknown size");
            out.push(format!("  size        {s}: {meaning}"));
        }
        for n in &self.notes {
            out.push(format!("  note: {n}"));
        }
        if !self.unknown.is_empty() {
            out.push(format!("  unknown     {}", self.unknown.join(", ")));
        }
        out
    }
}

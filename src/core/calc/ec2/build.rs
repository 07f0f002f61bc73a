//! From a requirement to real names ("memory optimized, Graviton, local NVMe, 2xlarge" ->
//! `r8gd.2xlarge`, ...; "gpu, at least 64 GiB" -> `g4dn.4xlarge`, ...), and close real names for a
//! typo.

use super::hardware::{AcceleratorKind, Arch};
use super::rules::{Category, match_pattern, rules};
use super::{Decoded, decode, known_types};
use crate::core::calc::{CalcError, ErrorKind, Twice};
use serde::Serialize;
use std::sync::OnceLock;

/// What the user asks for; `None` or empty means "any" for the category, processor, size and
/// hardware, and "none" for the capabilities (the letters must be exactly these) unless hardware is
/// asked for: then the letters given must be in the name and others may be.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Requirement {
    /// The category.
    pub category: Option<Category>,
    /// A processor option letter: `a`, `g` or `i`.
    pub processor: Option<String>,
    /// Option letters (`d`, `n`, ...) and hyphen parts (`flex`), sorted.
    pub capabilities: Vec<String>,
    /// A size (`2xlarge`, `metal`).
    pub size: Option<String>,
    /// A kind of accelerator (`gpu`).
    pub accelerator: Option<AcceleratorKind>,
    /// An instruction set (`arm`, `x86`).
    pub arch: Option<Arch>,
    /// At least this much memory, in GiB.
    pub min_memory_gib: Option<f64>,
    /// At least this many vCPUs.
    pub min_vcpus: Option<u32>,
}

/// A requirement on the hardware rather than the letters of the name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HardwareFilter {
    /// A kind of accelerator (from the guide's family, else the series: p and g are GPUs).
    Accelerator(AcceleratorKind),
    /// An instruction set, from the processor's maker.
    Arch(Arch),
    /// At least this much memory, in GiB (from the guide's tables).
    MinMemory(f64),
    /// At least this many vCPUs (from the guide's tables).
    MinVcpus(u32),
}

impl Requirement {
    /// The hardware asked for, in the order the builder applies it.
    pub fn hardware(&self) -> Vec<HardwareFilter> {
        let mut out = Vec::new();
        out.extend(self.accelerator.map(HardwareFilter::Accelerator));
        out.extend(self.arch.map(HardwareFilter::Arch));
        out.extend(self.min_memory_gib.map(HardwareFilter::MinMemory));
        out.extend(self.min_vcpus.map(HardwareFilter::MinVcpus));
        out
    }
}

/// The names that meet a requirement, and how the name is put together.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Build {
    /// What was asked.
    pub requirement: Requirement,
    /// One step per piece of the name (the CLI's JSON writes them as sentences).
    #[serde(skip)]
    pub steps: Vec<BuildStep>,
    /// The shape of the name: `(r|u|x|z)<generation>gd.2xlarge`.
    pub pattern: String,
    /// Real names that match, newest generation first within each series (smallest first when
    /// a memory or vCPU minimum is asked).
    pub matches: Vec<String>,
    /// Names that have the letters asked for but no hardware data to judge the rest by.
    pub unjudged: usize,
}

/// A step of building a name.
#[derive(Debug, Clone, PartialEq)]
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
        /// The same in Korean.
        meaning_ko: String,
        /// The letter.
        letter: String,
    },
    /// A capability's hyphen part.
    SuffixPart {
        /// Its meaning.
        meaning: String,
        /// The same in Korean.
        meaning_ko: String,
        /// The part, without the hyphen.
        part: String,
    },
    /// The size.
    Size {
        /// As asked.
        size: String,
        /// Its meaning.
        meaning: String,
        /// The same in Korean.
        meaning_ko: String,
    },
    /// A requirement on the hardware, judged from the guide's tables.
    Hardware(HardwareFilter),
    /// The shape of the name.
    Pattern(String),
    /// Names with the letters asked for that have no hardware data here, left out.
    Unjudged(usize),
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
    // The words that set a minimum, for the error when one is given twice.
    let mut memory_word: Option<String> = None;
    let mut vcpus_word: Option<String> = None;
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
        } else if let Some(kind) = accelerator_word(t) {
            if let Some(old) = req.accelerator {
                return twice(Twice::Accelerators, accelerator_code(old), t);
            }
            req.accelerator = Some(kind);
        } else if let Some(arch) = arch_word(t) {
            if let Some(old) = req.arch {
                return twice(Twice::Architectures, arch_code(old), t);
            }
            req.arch = Some(arch);
        } else if let Some(rest) = at_least(t) {
            match parse_minimum(rest) {
                Some(Minimum::Memory(gib)) => {
                    if let Some(old) = &memory_word {
                        return twice(Twice::MemoryMinimums, old, t);
                    }
                    req.min_memory_gib = Some(gib);
                    memory_word = Some(t.clone());
                }
                Some(Minimum::Vcpus(n)) => {
                    if let Some(old) = &vcpus_word {
                        return twice(Twice::VcpuMinimums, old, t);
                    }
                    req.min_vcpus = Some(n);
                    vcpus_word = Some(t.clone());
                }
                None => {
                    return Err(CalcError::new(
                        "build",
                        ErrorKind::BadMinimum { word: t.clone() },
                    ));
                }
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

fn accelerator_word(t: &str) -> Option<AcceleratorKind> {
    match t {
        "gpu" | "gpus" => Some(AcceleratorKind::Gpu),
        "inferentia" => Some(AcceleratorKind::Inferentia),
        "trainium" => Some(AcceleratorKind::Trainium),
        "fpga" | "fpgas" => Some(AcceleratorKind::Fpga),
        _ => None,
    }
}

/// The word the builder reads for a kind of accelerator (as typed in a requirement).
fn accelerator_code(kind: AcceleratorKind) -> &'static str {
    match kind {
        AcceleratorKind::Gpu => "gpu",
        AcceleratorKind::Inferentia => "inferentia",
        AcceleratorKind::Trainium => "trainium",
        AcceleratorKind::Fpga => "fpga",
        AcceleratorKind::Gaudi => "gaudi",
        AcceleratorKind::Media => "media",
    }
}

fn arch_word(t: &str) -> Option<Arch> {
    match t {
        "arm" | "arm64" => Some(Arch::Arm),
        "x86" | "x86_64" | "x86-64" => Some(Arch::X86),
        _ => None,
    }
}

fn arch_code(arch: Arch) -> &'static str {
    match arch {
        Arch::Arm => "arm",
        Arch::X86 => "x86",
    }
}

enum Minimum {
    Memory(f64),
    Vcpus(u32),
}

/// What follows "at least" in a requirement's word (`at least 16 gib` -> `16 gib`).
fn at_least(t: &str) -> Option<&str> {
    let rest = t.strip_prefix("at")?.trim_start();
    let rest = rest.strip_prefix("least")?;
    rest.starts_with(' ').then(|| rest.trim_start())
}

/// `16 gib`, `16gib`, `16 gb`, `8 vcpus`, `8 vcpu` (lowercase, after "at least").
fn parse_minimum(text: &str) -> Option<Minimum> {
    let digits = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(digits);
    match unit.trim() {
        "gib" | "gb" => {
            let gib: f64 = number.parse().ok()?;
            (gib.is_finite() && gib > 0.0).then_some(Minimum::Memory(gib))
        }
        "vcpus" | "vcpu" | "cpus" | "cpu" => {
            let n: u32 = number.parse().ok()?;
            (n > 0).then_some(Minimum::Vcpus(n))
        }
        _ => None,
    }
}

/// Whether a decoded real name meets the hardware asked for: `Some(true)` or `Some(false)`, or
/// `None` when there is no data to judge by.
fn meets(d: &Decoded, req: &Requirement) -> Option<bool> {
    let specs = d.hardware.as_ref().map(|h| &h.specs);
    let accelerator = match (d.accelerator_kind, d.category) {
        (Some(k), _) => Some(k),
        (None, Some(Category::AcceleratedComputing) | None) => None,
        // Outside accelerated computing a family without an accelerator has none.
        (None, Some(_)) => return judge(d, req, specs, Some(None)),
    };
    judge(d, req, specs, accelerator.map(Some))
}

/// Each requirement judged: false if any is false, unknown if any cannot be judged, else true.
fn judge(
    d: &Decoded,
    req: &Requirement,
    specs: Option<&super::Specs>,
    accelerator: Option<Option<AcceleratorKind>>,
) -> Option<bool> {
    let answers = [
        req.accelerator.map(|k| accelerator.map(|a| a == Some(k))),
        req.arch
            .map(|arch| d.processor_maker.map(|m| m.arch() == arch)),
        req.min_memory_gib.map(|m| specs.map(|s| s.memory_gib >= m)),
        req.min_vcpus.map(|n| specs.map(|s| s.vcpus >= n)),
    ];
    let asked = answers.iter().flatten();
    if asked.clone().any(|a| *a == Some(false)) {
        Some(false)
    } else if asked.clone().any(Option::is_none) {
        None
    } else {
        Some(true)
    }
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
                meaning_ko: o.meaning_ko.clone(),
                letter: c.clone(),
            });
            letters.push_str(c);
        } else if let Some(s) = r.suffix.iter().find(|s| &s.pattern == c) {
            steps.push(BuildStep::SuffixPart {
                meaning: s.meaning.clone(),
                meaning_ko: s.meaning_ko.clone(),
                part: c.clone(),
            });
            suffix = format!("-{c}");
        }
    }
    let size = req.size.clone().unwrap_or_else(|| "<size>".into());
    if let Some(s) = &req.size {
        let (meaning, meaning_ko) = r
            .size
            .iter()
            .find_map(|rule| {
                match_pattern(&rule.pattern, s).map(|n| {
                    (
                        super::rules::fill(&rule.meaning, n),
                        super::rules::fill(&rule.meaning_ko, n),
                    )
                })
            })
            .unwrap_or_default();
        steps.push(BuildStep::Size {
            size: s.clone(),
            meaning,
            meaning_ko,
        });
    }
    let hardware = req.hardware();
    steps.extend(hardware.iter().copied().map(BuildStep::Hardware));
    let series_part = match series.as_slice() {
        [one] => (*one).to_string(),
        many => format!("({})", many.join("|")),
    };
    // With hardware asked for, other letters may follow the ones given.
    let more = if hardware.is_empty() { "" } else { "*" };
    let pattern = format!("{series_part}<generation>{letters}{more}{suffix}.{size}");
    steps.push(BuildStep::Pattern(pattern.clone()));
    let lettered = decoded_list()
        .iter()
        .filter(|d| req.category.is_none_or(|c| d.category == Some(c)))
        .filter(|d| req.size.is_none() || d.size == req.size)
        .filter(|d| {
            features(d).is_some_and(|(p, caps)| {
                let letters_ok = if hardware.is_empty() {
                    caps == req.capabilities
                } else {
                    req.capabilities.iter().all(|c| caps.contains(c))
                };
                letters_ok && (req.processor.is_none() || p == req.processor)
            })
        });
    let mut unjudged = 0;
    let mut found: Vec<&Decoded> = Vec::new();
    for d in lettered {
        match meets(d, req) {
            Some(true) => found.push(d),
            Some(false) => {}
            None => unjudged += 1,
        }
    }
    let rank = |d: &Decoded| {
        r.series
            .iter()
            .position(|s| s.code == d.series.code)
            .unwrap_or(usize::MAX)
    };
    if req.min_memory_gib.is_some() || req.min_vcpus.is_some() {
        // Smallest that fits first: the hardware exists for every name judged.
        let size = |d: &Decoded| {
            d.hardware
                .as_ref()
                .map_or((0, 0.0), |h| (h.specs.vcpus, h.specs.memory_gib))
        };
        found.sort_by(|a, b| {
            let (av, am) = size(a);
            let (bv, bm) = size(b);
            am.total_cmp(&bm)
                .then(av.cmp(&bv))
                .then(a.name.cmp(&b.name))
        });
    } else {
        found.sort_by(|a, b| {
            rank(a)
                .cmp(&rank(b))
                .then(b.generation.unwrap_or(0).cmp(&a.generation.unwrap_or(0)))
                .then(a.name.cmp(&b.name))
        });
    }
    let matches: Vec<String> = found.iter().map(|d| d.name.clone()).collect();
    if unjudged > 0 {
        steps.push(BuildStep::Unjudged(unjudged));
    }
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
        unjudged,
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

//! The EC2 instance-type decoder: a name such as `r7iz.metal-16xl` becomes its series, category,
//! generation, processor, option letters with their meanings, size and bare-metal flag; whether
//! the name exists; and close real names for a typo. `build` goes the other way, from a requirement
//! ("memory optimized, Graviton, local NVMe, 2xlarge") to the names that exist.
//!
//! A real name also gets its hardware where AWS's guide lists it: vCPUs, memory, network, instance
//! storage and accelerators, and the processor of a family whose name has no processor letter.
//!
//! Pure. The rules, the list of names and the hardware are data files in `assets/`, compiled in. A
//! letter that no rule explains is reported as unknown, never guessed.

mod build;
mod calculator;
pub mod hardware;
mod rules;
#[cfg(test)]
mod tests;

pub use build::{Build, BuildStep, HardwareFilter, Requirement, build, parse_requirement, suggest};
pub use calculator::Ec2Calculator;
pub use hardware::{AcceleratorKind, Arch, Maker, Network, Specs, Storage};
pub use rules::{Category, Rules, is_known, known_types, rules};

use super::{CalcError, ErrorKind};
use rules::{fill, match_pattern};
use serde::Serialize;

/// A piece of a name and what it means (`None` when no rule explains it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Part {
    /// The letters as they appear in the name (`d`, `-flex`, `32tb`).
    pub code: String,
    /// The meaning from the naming rules.
    pub meaning: Option<String>,
    /// The same in Korean (the JSON keeps the English only).
    #[serde(skip)]
    pub meaning_ko: Option<String>,
}

/// Which piece of a name says the processor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProcessorFrom {
    /// The series (`a` of A1).
    Series(String),
    /// An option letter (`g`).
    Letter(String),
    /// A hyphen part, with its hyphen (`-m2pro`).
    Part(String),
    /// The guide's list of the processors of each family (the name has no processor letter).
    Guide,
}

/// Why a real name has no hardware here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpecsMissing {
    /// The guide's revision that was read does not list the family (newer, or never in its
    /// tables).
    FamilyNotInGuide,
    /// The guide lists the family, but not this size.
    SizeNotInGuide,
}

/// The hardware of a real instance type: its specs, its accelerators in words of the guide, and
/// where they come from.
#[derive(Debug, Clone, PartialEq)]
pub struct Hardware {
    /// vCPUs, memory, network, storage and how many accelerators.
    pub specs: Specs,
    /// What the accelerators are, when the type has them and the guide names them.
    pub accelerator: Option<hardware::FamilyAccelerator>,
    /// The page whose tables hold the type.
    pub source: String,
    /// When the guide was read.
    pub read: String,
    /// The date of the guide's revision read.
    pub revision: String,
}

/// A piece of a name that no rule explains.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unknown {
    /// Letters or digits as they appear in the name.
    Piece(String),
    /// The name starts without series letters.
    NoSeries,
    /// The name has no size after a dot.
    NoSize,
}

/// Something to know about a decoded name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeNote {
    /// The series is not in the current AWS naming table.
    LegacySeries {
        /// The series letters.
        series: String,
    },
    /// The name has no generation number.
    NoGeneration,
    /// An older name whose generation follows the memory size (`u-6tb1`).
    GenerationAfterMemory {
        /// The family.
        family: String,
        /// The generation's digits.
        generation: String,
    },
}

/// A decoded instance type name.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
    /// Which piece of the name says the processor (the CLI's JSON writes it in words).
    #[serde(skip)]
    pub processor_from: Option<ProcessorFrom>,
    /// Who makes the processor.
    #[serde(skip)]
    pub processor_maker: Option<Maker>,
    /// The guide's words for the processor model, when it names one.
    #[serde(skip)]
    pub processor_model: Option<String>,
    /// The same in Korean.
    #[serde(skip)]
    pub processor_model_ko: Option<String>,
    /// The page that says the processor (the naming rules for a letter, else the guide's family
    /// list).
    #[serde(skip)]
    pub processor_source: Option<String>,
    /// The kind of accelerator, from the guide's family or from the series.
    #[serde(skip)]
    pub accelerator_kind: Option<AcceleratorKind>,
    /// The hardware, when the guide lists the type.
    #[serde(skip)]
    pub hardware: Option<Hardware>,
    /// Why a real name has no hardware.
    #[serde(skip)]
    pub hardware_missing: Option<SpecsMissing>,
    /// Every option letter and hyphen part, in order.
    pub capabilities: Vec<Part>,
    /// The size after the dot (`2xlarge`, `metal-16xl`).
    pub size: Option<String>,
    /// What the size means, when a rule explains it.
    pub size_meaning: Option<String>,
    /// The same in Korean.
    #[serde(skip)]
    pub size_meaning_ko: Option<String>,
    /// Bare metal.
    pub metal: bool,
    /// Whether the name is in the bundled list of instance types.
    pub known: bool,
    /// Pieces that no rule explains.
    #[serde(skip)]
    pub unknown: Vec<Unknown>,
    /// Close real names, when the name is not known.
    pub suggestions: Vec<String>,
    /// Things to know (legacy series, where the generation is).
    #[serde(skip)]
    pub notes: Vec<DecodeNote>,
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
        return Err(CalcError::new("name", ErrorKind::NameMissing));
    }
    if name.len() > 64 {
        return Err(CalcError::new("name", ErrorKind::NameTooLong { name }));
    }
    if let Some(c) = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || *c == '.' || *c == '-'))
    {
        return Err(CalcError::new("name", ErrorKind::BadCharacter { name, c }));
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
            meaning_ko: None,
        },
        legacy: false,
        category: None,
        generation: None,
        processor: None,
        processor_from: None,
        processor_maker: None,
        processor_model: None,
        processor_model_ko: None,
        processor_source: None,
        accelerator_kind: None,
        hardware: None,
        hardware_missing: None,
        capabilities: Vec::new(),
        size: None,
        size_meaning: None,
        size_meaning_ko: None,
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
            d.series.meaning_ko = Some(s.meaning_ko.clone());
            d.category = Some(s.category);
            d.legacy = s.legacy;
            if s.legacy {
                d.notes.push(DecodeNote::LegacySeries {
                    series: series.to_string(),
                });
            }
            if let Some(p) = &s.processor {
                d.processor = Some(p.clone());
                d.processor_from = Some(ProcessorFrom::Series(series.to_string()));
                d.processor_maker = s.maker;
            }
            d.accelerator_kind = s.accelerator;
        }
        None => d.unknown.push(if series.is_empty() {
            Unknown::NoSeries
        } else {
            Unknown::Piece(series.to_string())
        }),
    }
    if !gen_text.is_empty() {
        d.generation = gen_text.parse().ok();
    }
    let mut from_letter = None;
    for (i, c) in options.char_indices() {
        let code = c.to_string();
        if c.is_ascii_digit() {
            d.unknown.push(Unknown::Piece(options[i..].to_string()));
            d.capabilities.push(Part {
                code: options[i..].to_string(),
                meaning: None,
                meaning_ko: None,
            });
            break;
        }
        match r.option(&code) {
            Some(o) => {
                let meaning = d
                    .category
                    .and_then(|cat| o.by_category.get(&cat).cloned())
                    .unwrap_or_else(|| o.meaning.clone());
                let meaning_ko = d
                    .category
                    .and_then(|cat| o.by_category_ko.get(&cat).cloned())
                    .unwrap_or_else(|| o.meaning_ko.clone());
                if let (Some(p), None) = (&o.processor, &from_letter) {
                    from_letter = Some((p.clone(), ProcessorFrom::Letter(code.clone()), o.maker));
                }
                d.capabilities.push(Part {
                    code,
                    meaning: Some(meaning),
                    meaning_ko: Some(meaning_ko),
                });
            }
            None => {
                d.unknown.push(Unknown::Piece(code.clone()));
                d.capabilities.push(Part {
                    code,
                    meaning: None,
                    meaning_ko: None,
                });
            }
        }
    }
    if let Some((p, from, maker)) = from_letter {
        d.processor = Some(p);
        d.processor_from = Some(from);
        d.processor_maker = maker;
    }
    if let Some(tail) = tail {
        decode_tail(&mut d, tail);
    }
    if d.generation.is_none() && !series.is_empty() && d.series.meaning.is_some() {
        d.notes.push(DecodeNote::NoGeneration);
    }
    match size_text {
        None => d.unknown.push(Unknown::NoSize),
        Some(s) => {
            let hit = r
                .size
                .iter()
                .find_map(|rule| match_pattern(&rule.pattern, &s).map(|n| (rule, n)));
            match hit {
                Some((rule, n)) => {
                    d.metal = rule.metal;
                    d.size_meaning = Some(fill(&rule.meaning, n));
                    d.size_meaning_ko = Some(fill(&rule.meaning_ko, n));
                    d.size = Some(s);
                }
                None => {
                    d.unknown.push(Unknown::Piece(s.clone()));
                    d.size = Some(s);
                }
            }
        }
    }
    if !d.known {
        d.suggestions = suggest(&name, 5);
    }
    add_hardware(&mut d);
    Ok(d)
}

/// The processor of a family whose name does not say it, the model behind a letter, the
/// accelerators and the specs, from the guide's tables.
fn add_hardware(d: &mut Decoded) {
    let family = hardware::family(&d.family);
    if d.processor_from.is_some() {
        d.processor_source = Some(rules().source.clone());
    }
    if let Some(p) = family.and_then(|f| f.processor.as_ref()) {
        match d.processor_maker {
            None if d.processor_from.is_none() => {
                d.processor = Some(maker_name(p.maker).to_string());
                d.processor_from = Some(ProcessorFrom::Guide);
                d.processor_maker = Some(p.maker);
                d.processor_model = p.model.clone();
                d.processor_model_ko = p.model_ko.clone();
                d.processor_source = Some(p.source.clone());
            }
            Some(m) if m == p.maker && p.model.is_some() => {
                d.processor_model = p.model.clone();
                d.processor_model_ko = p.model_ko.clone();
                d.processor_source = Some(p.source.clone());
            }
            _ => {}
        }
    }
    let accelerator = family.and_then(|f| f.accelerator.clone());
    if let Some(a) = &accelerator {
        d.accelerator_kind = Some(a.kind);
    }
    if !d.known {
        return;
    }
    let data = hardware::families();
    match (
        hardware::specs(&d.name),
        family.and_then(|f| f.specs_page.clone()),
    ) {
        (Some(specs), Some(source)) => {
            d.hardware = Some(Hardware {
                specs: specs.clone(),
                accelerator: accelerator.filter(|_| specs.accelerators.is_some()),
                source,
                read: data.read.clone(),
                revision: data.revision.clone(),
            });
        }
        (_, Some(_)) => d.hardware_missing = Some(SpecsMissing::SizeNotInGuide),
        _ => d.hardware_missing = Some(SpecsMissing::FamilyNotInGuide),
    }
}

/// The processor's name when the guide says it: the words the naming rules use for the letters.
pub fn maker_name(maker: Maker) -> &'static str {
    match maker {
        Maker::Intel => "Intel",
        Maker::Amd => "AMD",
        Maker::Graviton => "AWS Graviton",
        Maker::Apple => "Apple silicon",
    }
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
            d.notes.push(DecodeNote::GenerationAfterMemory {
                family: d.family.clone(),
                generation: tail[cut.len()..].to_string(),
            });
            hit = Some(h);
            part = cut;
        }
    }
    match hit {
        Some((rule, n)) => {
            if let (Some(p), true) = (&rule.processor, d.processor_from.is_none()) {
                d.processor = Some(fill(p, n));
                d.processor_from = Some(ProcessorFrom::Part(format!("-{part}")));
                d.processor_maker = rule.maker;
            }
            d.capabilities.push(Part {
                code: format!("-{part}"),
                meaning: Some(fill(&rule.meaning, n)),
                meaning_ko: Some(fill(&rule.meaning_ko, n)),
            });
        }
        None => {
            d.unknown.push(Unknown::Piece(format!("-{tail}")));
            d.capabilities.push(Part {
                code: format!("-{tail}"),
                meaning: None,
                meaning_ko: None,
            });
        }
    }
}

/// What the decoder and the builder say, one line each, as data (the `calc_text` module writes
/// them in words).
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// Whether the name exists, with close real names when it does not.
    Status {
        /// The name.
        name: String,
        /// Whether it is in the list.
        known: bool,
        /// Close real names.
        suggestions: Vec<String>,
    },
    /// The family.
    Family(String),
    /// The series, with its meaning when a rule gives one.
    Series {
        /// The letters.
        code: String,
        /// The meaning.
        meaning: Option<String>,
        /// The same in Korean.
        meaning_ko: Option<String>,
    },
    /// The category.
    Category(Category),
    /// The generation.
    Generation(u64),
    /// The processor and the piece that says it, or `None` when neither the name nor the guide
    /// says it.
    Processor(Option<(String, ProcessorFrom)>),
    /// The guide's words for the processor model, in English and in Korean.
    ProcessorModel(String, Option<String>),
    /// An option letter or hyphen part.
    Capability(Part),
    /// The size, with its meaning when a rule gives one.
    Size {
        /// As in the name.
        size: String,
        /// The meaning.
        meaning: Option<String>,
        /// The same in Korean.
        meaning_ko: Option<String>,
    },
    /// A note of the decoding.
    Note(DecodeNote),
    /// Pieces no rule explains.
    Unknown(Vec<Unknown>),
    /// Default vCPUs.
    Vcpus(u32),
    /// Memory in GiB.
    Memory(f64),
    /// Network bandwidth, or `None` when the guide's network table leaves the type out.
    Network(Option<Network>),
    /// Instance storage.
    Storage(Storage),
    /// The accelerators: how many, and what they are when the guide says it.
    Accelerators {
        /// How many.
        count: u32,
        /// What they are.
        what: Option<hardware::FamilyAccelerator>,
    },
    /// The page the hardware comes from.
    HardwareSource(String),
    /// When the page was read, and the date of the guide's revision read.
    HardwareRead {
        /// When it was read.
        read: String,
        /// The guide's revision.
        revision: String,
    },
    /// A real name with no hardware here.
    NoHardware(SpecsMissing),
    /// The line before the builder's steps.
    BuildHeading,
    /// A step of the builder.
    Build(BuildStep),
    /// Nothing typed yet.
    Prompt,
}

impl Decoded {
    /// The decoding, line by line: the status, then each piece of the name.
    pub fn said(&self) -> Vec<Said> {
        let mut out = vec![Said::Status {
            name: self.name.clone(),
            known: self.known,
            suggestions: self.suggestions.clone(),
        }];
        out.push(Said::Family(self.family.clone()));
        out.push(Said::Series {
            code: self.series.code.clone(),
            meaning: self.series.meaning.clone(),
            meaning_ko: self.series.meaning_ko.clone(),
        });
        out.extend(self.category.map(Said::Category));
        out.extend(self.generation.map(Said::Generation));
        out.push(Said::Processor(
            self.processor.clone().zip(self.processor_from.clone()),
        ));
        out.extend(
            self.processor_model
                .clone()
                .map(|m| Said::ProcessorModel(m, self.processor_model_ko.clone())),
        );
        out.extend(self.capabilities.iter().cloned().map(Said::Capability));
        if let Some(s) = &self.size {
            out.push(Said::Size {
                size: s.clone(),
                meaning: self.size_meaning.clone(),
                meaning_ko: self.size_meaning_ko.clone(),
            });
        }
        if let Some(h) = &self.hardware {
            out.push(Said::Vcpus(h.specs.vcpus));
            out.push(Said::Memory(h.specs.memory_gib));
            out.push(Said::Network(h.specs.network.clone()));
            out.push(Said::Storage(h.specs.storage.clone()));
            if let Some(count) = h.specs.accelerators {
                out.push(Said::Accelerators {
                    count,
                    what: h.accelerator.clone(),
                });
            }
            out.push(Said::HardwareSource(h.source.clone()));
            out.push(Said::HardwareRead {
                read: h.read.clone(),
                revision: h.revision.clone(),
            });
        }
        out.extend(self.hardware_missing.map(Said::NoHardware));
        out.extend(self.notes.iter().cloned().map(Said::Note));
        if !self.unknown.is_empty() {
            out.push(Said::Unknown(self.unknown.clone()));
        }
        out
    }
}

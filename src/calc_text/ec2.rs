//! The EC2 decoder and builder in English.

use crate::core::calc::ec2::{BuildStep, DecodeNote, Decoded, ProcessorFrom, Said, Unknown};

/// One line of a decoding or a build.
pub fn said(s: &Said) -> String {
    match s {
        Said::Status {
            name,
            known,
            suggestions,
        } => {
            let status = if *known {
                "a real instance type (in the EC2 API's list)".to_string()
            } else if suggestions.is_empty() {
                "not in the list of instance types".to_string()
            } else {
                format!(
                    "not in the list of instance types; did you mean {}?",
                    suggestions.join(", ")
                )
            };
            format!("{name}: {status}")
        }
        Said::Family(f) => format!("  family      {f} (everything before the dot)"),
        Said::Series { code, meaning } => match meaning {
            Some(m) => format!("  series      {code}: {m}"),
            None => format!("  series      {code}: unknown series"),
        },
        Said::Category(c) => format!("  category    {}", c.words()),
        Said::Generation(g) => format!("  generation  {g}"),
        Said::Processor(Some((p, from))) => {
            format!("  processor   {p} ({})", processor_from(from))
        }
        Said::Processor(None) => "  processor   not stated in the name".to_string(),
        Said::Capability(c) => {
            let label = if c.code.starts_with('-') {
                c.code.clone()
            } else {
                format!("option {}", c.code)
            };
            let meaning = c
                .meaning
                .as_deref()
                .unwrap_or("unknown: no naming rule explains it");
            format!("  {label:<11} {meaning}")
        }
        Said::Size { size, meaning } => format!(
            "  size        {size}: {}",
            meaning.as_deref().unwrap_or("unknown size")
        ),
        Said::Note(n) => format!("  note: {}", note(n)),
        Said::Unknown(u) => format!(
            "  unknown     {}",
            u.iter().map(unknown).collect::<Vec<_>>().join(", ")
        ),
        Said::BuildHeading => "build:".to_string(),
        Said::Build(b) => format!("  {}", build_step(b)),
        Said::Prompt => {
            "Type an instance type name to decode, or a requirement to build names.".to_string()
        }
    }
}

/// The decoding as text lines (the CLI prints them; the TUI shows them).
pub fn decoded_lines(d: &Decoded) -> Vec<String> {
    d.said().iter().map(said).collect()
}

/// A step of building a name.
pub fn build_step(s: &BuildStep) -> String {
    match s {
        BuildStep::CategorySeries { category, series } => {
            format!("{}: series {}", category.words(), series.join(", "))
        }
        BuildStep::ProcessorLetter { name, letter } => format!("{name}: processor letter {letter}"),
        BuildStep::OptionLetter { meaning, letter } => format!("{meaning}: letter {letter}"),
        BuildStep::SuffixPart { meaning, part } => {
            format!("{meaning}: part -{part} after a hyphen")
        }
        BuildStep::Size { size, meaning } => format!("size {size}: {meaning}"),
        BuildStep::Pattern(p) => format!("so the name looks like {p}"),
        BuildStep::NoMatch => "no instance type in the list has exactly these letters".to_string(),
        BuildStep::Matches { shown, more } => {
            let more = if *more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            format!("real names: {}{more}", shown.join(", "))
        }
    }
}

/// Which piece says the processor: `series a`, `letter g`, `-m2pro`.
pub fn processor_from(from: &ProcessorFrom) -> String {
    match from {
        ProcessorFrom::Series(s) => format!("series {s}"),
        ProcessorFrom::Letter(l) => format!("letter {l}"),
        ProcessorFrom::Part(p) => p.clone(),
    }
}

/// A piece no rule explains.
pub fn unknown(u: &Unknown) -> String {
    match u {
        Unknown::Piece(p) => p.clone(),
        Unknown::NoSeries => "(no series letters)".to_string(),
        Unknown::NoSize => "(no size: a name is FAMILY.SIZE)".to_string(),
    }
}

/// A note of the decoding.
pub fn note(n: &DecodeNote) -> String {
    match n {
        DecodeNote::LegacySeries { series } => format!(
            "series `{series}` is not in the current AWS naming table; its meaning comes from older AWS pages"
        ),
        DecodeNote::NoGeneration => "the name has no generation number".to_string(),
        DecodeNote::GenerationAfterMemory { family, generation } => format!(
            "in the older name `{family}` the generation ({generation}) follows the memory size"
        ),
    }
}

/// The words of the decoder's form fields.
pub fn field_text(key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "name" => ("Decode", "an instance type: c7i-flex.large"),
        "build" => ("Build", "memory, graviton, nvme, 2xlarge"),
        _ => return None,
    };
    Some(super::FieldText { label, hint })
}

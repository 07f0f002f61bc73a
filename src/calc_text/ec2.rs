//! The EC2 decoder and builder in English.

use crate::core::calc::ec2::hardware::FamilyAccelerator;
use crate::core::calc::ec2::{
    AcceleratorKind, Arch, BuildStep, DecodeNote, Decoded, HardwareFilter, Network, ProcessorFrom,
    Said, SpecsMissing, Storage, Unknown,
};
use crate::core::calc::number::group;

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
        Said::Processor(None) => {
            "  processor   not stated in the name nor in the guide's pages read here".to_string()
        }
        Said::ProcessorModel(m) => format!("              {m}"),
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
        Said::Vcpus(n) => format!("  vCPUs       {n}"),
        Said::Memory(m) => format!("  memory      {} GiB", decimal(*m)),
        Said::Network(Some(n)) => format!("  network     {}", network(n)),
        Said::Network(None) => {
            "  network     not in the guide's network table (it lists enhanced networking only)"
                .to_string()
        }
        Said::Storage(s) => format!("  storage     {}", storage(s)),
        Said::Accelerators { count, what } => {
            format!("  accelerators {}", accelerators(*count, what.as_ref()))
        }
        Said::HardwareSource(page) => format!("  hardware    {page}"),
        Said::HardwareRead { read, revision } => {
            format!("  read        {read} (the guide's revision of {revision})")
        }
        Said::NoHardware(m) => format!("  hardware    {}", missing(*m)),
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
        BuildStep::Hardware(h) => hardware_filter(h),
        BuildStep::Pattern(p) => {
            if p.contains('*') {
                format!("so the name looks like {p} (* any other letters)")
            } else {
                format!("so the name looks like {p}")
            }
        }
        BuildStep::Unjudged(n) => format!(
            "{} with these letters {} no hardware data here (the guide's tables read lack them) and {} left out",
            crate::display::count(*n as u64, "name", "names"),
            if *n == 1 { "has" } else { "have" },
            if *n == 1 { "is" } else { "are" }
        ),
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
        ProcessorFrom::Guide => "the guide's list of processors per family".to_string(),
    }
}

/// A number of GiB or Gbps: whole numbers grouped (24,576), others with their decimals (0.5, 3.75).
pub fn decimal(x: f64) -> String {
    if x.fract() == 0.0 && (0.0..1e15).contains(&x) {
        group(x as u64)
    } else {
        let s = format!("{x:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Network bandwidth as the guide writes it, with its number when the words hide it.
pub fn network(n: &Network) -> String {
    match n.gbps {
        Some(g) if n.up_to => format!("{} (bursts to {} Gbps)", n.text, decimal(g)),
        Some(g) if n.text.contains("x ") => format!("{} ({} Gbps in all)", n.text, decimal(g)),
        Some(_) => n.text.clone(),
        None => format!("{} (the guide gives no number for this older type)", n.text),
    }
}

/// Instance storage, with the total when there are several volumes.
pub fn storage(s: &Storage) -> String {
    match s {
        Storage::EbsOnly => "EBS only (no instance store)".to_string(),
        Storage::InstanceStore {
            volumes,
            gb_each,
            medium,
        } if *volumes > 1 => format!(
            "{volumes} x {} GB {medium} ({} GB in all)",
            group(u64::from(*gb_each)),
            group(s.total_gb())
        ),
        Storage::InstanceStore {
            volumes,
            gb_each,
            medium,
        } => format!("{volumes} x {} GB {medium}", group(u64::from(*gb_each))),
    }
}

/// What a kind of accelerator is called, one or many.
pub fn accelerator_noun(kind: AcceleratorKind, count: u32) -> &'static str {
    let one = count == 1;
    match kind {
        AcceleratorKind::Gpu if one => "GPU",
        AcceleratorKind::Gpu => "GPUs",
        AcceleratorKind::Inferentia if one => "inference chip",
        AcceleratorKind::Inferentia => "inference chips",
        AcceleratorKind::Trainium if one => "training chip",
        AcceleratorKind::Trainium => "training chips",
        AcceleratorKind::Fpga if one => "FPGA",
        AcceleratorKind::Fpga => "FPGAs",
        AcceleratorKind::Gaudi if one => "deep learning accelerator",
        AcceleratorKind::Gaudi => "deep learning accelerators",
        AcceleratorKind::Media if one => "media accelerator",
        AcceleratorKind::Media => "media accelerators",
    }
}

/// `8 x NVIDIA A100 GPUs (80 GB each)`.
pub fn accelerators(count: u32, what: Option<&FamilyAccelerator>) -> String {
    match what {
        None => format!("{count}"),
        Some(a) => {
            let memory = a
                .memory
                .as_ref()
                .map(|m| format!(" ({m} each)"))
                .unwrap_or_default();
            format!(
                "{count} x {} {} {}{memory}",
                a.maker,
                a.model,
                accelerator_noun(a.kind, count)
            )
        }
    }
}

/// Why a real name has no hardware here.
pub fn missing(m: SpecsMissing) -> &'static str {
    match m {
        SpecsMissing::FamilyNotInGuide => {
            "not in the guide's tables read here (the family is newer than the revision read, or never in its tables)"
        }
        SpecsMissing::SizeNotInGuide => "the guide's table for this family does not list this size",
    }
}

/// A requirement on the hardware.
pub fn hardware_filter(h: &HardwareFilter) -> String {
    match h {
        HardwareFilter::Accelerator(k) => format!(
            "{}: from the guide's family tables, else the series (p and g are GPUs, inf Inferentia, trn Trainium, f FPGAs)",
            accelerator_noun(*k, 2)
        ),
        HardwareFilter::Arch(Arch::Arm) => {
            "Arm: an AWS Graviton or Apple silicon processor".to_string()
        }
        HardwareFilter::Arch(Arch::X86) => "x86: an Intel or AMD processor".to_string(),
        HardwareFilter::MinMemory(m) => format!(
            "at least {} GiB of memory, from the guide's tables",
            decimal(*m)
        ),
        HardwareFilter::MinVcpus(n) => format!("at least {n} vCPUs, from the guide's tables"),
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
        "build" => ("Build", "memory, graviton, nvme or gpu, at least 16 GiB"),
        _ => return None,
    };
    Some(super::FieldText { label, hint })
}

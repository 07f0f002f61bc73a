//! The EC2 decoder and builder in words (`assets/i18n/*/calc-ec2.ftl`). The meanings of series,
//! options and sizes are the AWS naming table's own words (`assets/ec2-naming.toml`), in English
//! or in Korean (`meaning_ko`); so are the processor models (`assets/ec2-families.toml`).

use crate::core::calc::ec2::hardware::FamilyAccelerator;
use crate::core::calc::ec2::hardware::NetworkLevel;
use crate::core::calc::ec2::{
    AcceleratorKind, Arch, BuildStep, Category, DecodeNote, Decoded, HardwareFilter, Network,
    ProcessorFrom, Said, SpecsMissing, Storage, Unknown,
};
use crate::core::calc::number::group;
use crate::core::config::Lang;
use crate::i18n::tr;
use unicode_width::UnicodeWidthStr;

/// The columns of a line's label, before the space and the value.
const LABEL: usize = 11;

/// `  label       value`, the label padded to `LABEL` display columns.
fn line(label: &str, value: &str) -> String {
    let pad = LABEL.saturating_sub(label.width());
    format!("  {label}{} {value}", " ".repeat(pad))
}

/// The English or the Korean of words the data gives in both (the English when the Korean is
/// missing).
fn pick<'a>(lang: Lang, en: &'a str, ko: Option<&'a str>) -> &'a str {
    match (lang, ko) {
        (Lang::Ko, Some(ko)) => ko,
        _ => en,
    }
}

/// A meaning from the naming rules in `lang`, when a rule gives one.
fn meaning(lang: Lang, en: &Option<String>, ko: &Option<String>) -> Option<String> {
    en.as_deref()
        .map(|en| pick(lang, en, ko.as_deref()).to_string())
}

/// "memory optimized".
pub fn category(lang: Lang, c: Category) -> String {
    match c {
        Category::GeneralPurpose => tr!(lang, "calc-ec2-general-purpose"),
        Category::ComputeOptimized => tr!(lang, "calc-ec2-compute-optimized"),
        Category::MemoryOptimized => tr!(lang, "calc-ec2-memory-optimized"),
        Category::StorageOptimized => tr!(lang, "calc-ec2-storage-optimized"),
        Category::AcceleratedComputing => tr!(lang, "calc-ec2-accelerated-computing"),
        Category::Hpc => tr!(lang, "calc-ec2-hpc"),
    }
}

/// One line of a decoding or a build.
pub fn said(lang: Lang, s: &Said) -> String {
    let label = |key: &str| tr!(lang, key);
    match s {
        Said::Status {
            name,
            known,
            suggestions,
        } => {
            if *known {
                tr!(lang, "calc-ec2-known", name = name.clone())
            } else if suggestions.is_empty() {
                tr!(lang, "calc-ec2-not-known", name = name.clone())
            } else {
                tr!(
                    lang,
                    "calc-ec2-did-you-mean",
                    name = name.clone(),
                    names = suggestions.join(", ")
                )
            }
        }
        Said::Family(f) => line(
            &label("calc-ec2-label-family"),
            &tr!(lang, "calc-ec2-family", family = f.clone()),
        ),
        Said::Series {
            code,
            meaning: en,
            meaning_ko,
        } => {
            let value = match meaning(lang, en, meaning_ko) {
                Some(m) => format!("{code}: {m}"),
                None => tr!(lang, "calc-ec2-unknown-series", code = code.clone()),
            };
            line(&label("calc-ec2-label-series"), &value)
        }
        Said::Category(c) => line(&label("calc-ec2-label-category"), &category(lang, *c)),
        Said::Generation(g) => line(&label("calc-ec2-label-generation"), &g.to_string()),
        Said::Processor(Some((p, from))) => line(
            &label("calc-ec2-label-processor"),
            &format!("{p} ({})", processor_from(lang, from)),
        ),
        Said::Processor(None) => line(
            &label("calc-ec2-label-processor"),
            &tr!(lang, "calc-ec2-no-processor"),
        ),
        Said::ProcessorModel(m, ko) => {
            format!("              {}", pick(lang, m, ko.as_deref()))
        }
        Said::Capability(c) => {
            let name = if c.code.starts_with('-') {
                c.code.clone()
            } else {
                tr!(lang, "calc-ec2-label-option", code = c.code.clone())
            };
            let meaning = meaning(lang, &c.meaning, &c.meaning_ko)
                .unwrap_or_else(|| tr!(lang, "calc-ec2-unknown-capability"));
            line(&name, &meaning)
        }
        Said::Size {
            size,
            meaning: en,
            meaning_ko,
        } => {
            let meaning =
                meaning(lang, en, meaning_ko).unwrap_or_else(|| tr!(lang, "calc-ec2-unknown-size"));
            line(&label("calc-ec2-label-size"), &format!("{size}: {meaning}"))
        }
        Said::Note(n) => format!("  {}", tr!(lang, "calc-ec2-note", note = note(lang, n))),
        Said::Unknown(u) => line(
            &label("calc-ec2-label-unknown"),
            &u.iter()
                .map(|u| unknown(lang, u))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Said::Vcpus(n) => line(&label("calc-ec2-label-vcpus"), &n.to_string()),
        Said::Memory(m) => line(
            &label("calc-ec2-label-memory"),
            &tr!(lang, "calc-ec2-gib", n = decimal(*m)),
        ),
        Said::Network(Some(n)) => line(&label("calc-ec2-label-network"), &network(lang, n)),
        Said::Network(None) => line(
            &label("calc-ec2-label-network"),
            &tr!(lang, "calc-ec2-no-network"),
        ),
        Said::Storage(s) => line(&label("calc-ec2-label-storage"), &storage(lang, s)),
        Said::Accelerators { count, what } => line(
            &label("calc-ec2-label-accelerators"),
            &accelerators(lang, *count, what.as_ref()),
        ),
        Said::HardwareSource(page) => line(&label("calc-ec2-label-hardware"), page),
        Said::HardwareRead { read, revision } => line(
            &label("calc-ec2-label-read"),
            &tr!(
                lang,
                "calc-ec2-revision",
                read = read.clone(),
                revision = revision.clone()
            ),
        ),
        Said::NoHardware(m) => line(&label("calc-ec2-label-hardware"), &missing(lang, *m)),
        Said::BuildHeading => tr!(lang, "calc-ec2-build"),
        Said::Build(b) => format!("  {}", build_step(lang, b)),
        Said::Prompt => tr!(lang, "calc-ec2-prompt"),
    }
}

/// The decoding as text lines (the CLI prints them; the TUI shows them).
pub fn decoded_lines(lang: Lang, d: &Decoded) -> Vec<String> {
    d.said().iter().map(|s| said(lang, s)).collect()
}

/// A step of building a name.
pub fn build_step(lang: Lang, s: &BuildStep) -> String {
    match s {
        BuildStep::CategorySeries {
            category: c,
            series,
        } => tr!(
            lang,
            "calc-ec2-category-series",
            category = category(lang, *c),
            series = series.join(", ")
        ),
        BuildStep::ProcessorLetter { name, letter } => tr!(
            lang,
            "calc-ec2-processor-letter",
            name = name.to_string(),
            letter = letter.to_string()
        ),
        BuildStep::OptionLetter {
            meaning,
            meaning_ko,
            letter,
        } => tr!(
            lang,
            "calc-ec2-option-letter",
            meaning = pick(lang, meaning, Some(meaning_ko)).to_string(),
            letter = letter.to_string()
        ),
        BuildStep::SuffixPart {
            meaning,
            meaning_ko,
            part,
        } => tr!(
            lang,
            "calc-ec2-suffix-part",
            meaning = pick(lang, meaning, Some(meaning_ko)).to_string(),
            part = part.to_string()
        ),
        BuildStep::Size {
            size,
            meaning,
            meaning_ko,
        } => tr!(
            lang,
            "calc-ec2-size",
            size = size.to_string(),
            meaning = pick(lang, meaning, Some(meaning_ko)).to_string()
        ),
        BuildStep::Hardware(h) => hardware_filter(lang, h),
        BuildStep::Pattern(p) => {
            let key = if p.contains('*') {
                "calc-ec2-pattern-star"
            } else {
                "calc-ec2-pattern"
            };
            // The slot of the generation's number, in `lang` (`<세대>`).
            let slot = tr!(lang, "calc-ec2-generation-slot");
            tr!(lang, key, pattern = p.replace("<generation>", &slot))
        }
        BuildStep::Unjudged(n) => tr!(
            lang,
            "calc-ec2-unjudged",
            count = *n as u64,
            n = n.to_string()
        ),
        BuildStep::NoMatch => tr!(lang, "calc-ec2-no-match"),
        BuildStep::Matches { shown, more } => {
            if *more > 0 {
                tr!(
                    lang,
                    "calc-ec2-matches-more",
                    names = shown.join(", "),
                    more = more.to_string()
                )
            } else {
                tr!(lang, "calc-ec2-matches", names = shown.join(", "))
            }
        }
    }
}

/// Which piece says the processor: `series a`, `letter g`, `-m2pro`.
pub fn processor_from(lang: Lang, from: &ProcessorFrom) -> String {
    match from {
        ProcessorFrom::Series(s) => tr!(lang, "calc-ec2-from-series", series = s.to_string()),
        ProcessorFrom::Letter(l) => tr!(lang, "calc-ec2-from-letter", letter = l.to_string()),
        ProcessorFrom::Part(p) => p.clone(),
        ProcessorFrom::Guide => tr!(lang, "calc-ec2-from-guide"),
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

/// The guide's network text (`Up to 10 Gigabit`) in `lang`: the English as the guide writes it,
/// the Korean made from its parts with the same numbers (`최대 10기가비트`).
pub fn network_text(lang: Lang, n: &Network) -> String {
    if lang == Lang::En {
        return n.text.clone();
    }
    match (n.level, n.gbps) {
        (Some(level), _) => {
            let key = match level {
                NetworkLevel::VeryLow => "calc-ec2-net-very-low",
                NetworkLevel::Low => "calc-ec2-net-low",
                NetworkLevel::LowToModerate => "calc-ec2-net-low-to-moderate",
                NetworkLevel::Moderate => "calc-ec2-net-moderate",
                NetworkLevel::High => "calc-ec2-net-high",
            };
            tr!(lang, key)
        }
        (None, Some(g)) => {
            let links = n.links.max(1);
            let each = decimal(g / f64::from(links));
            if links > 1 {
                tr!(
                    lang,
                    "calc-ec2-net-links",
                    links = links.to_string(),
                    n = each
                )
            } else if n.up_to {
                tr!(lang, "calc-ec2-net-up-to-gigabit", n = each)
            } else {
                tr!(lang, "calc-ec2-net-gigabit", n = each)
            }
        }
        (None, None) => n.text.clone(),
    }
}

/// Network bandwidth as the guide writes it, with its number when the words hide it.
pub fn network(lang: Lang, n: &Network) -> String {
    let text = network_text(lang, n);
    match n.gbps {
        Some(g) if n.up_to => tr!(
            lang,
            "calc-ec2-network-up-to",
            text = text,
            gbps = decimal(g)
        ),
        Some(g) if n.text.contains("x ") => tr!(
            lang,
            "calc-ec2-network-in-all",
            text = text,
            gbps = decimal(g)
        ),
        Some(_) => text,
        None => tr!(lang, "calc-ec2-network-no-number", text = text),
    }
}

/// Instance storage, with the total when there are several volumes.
pub fn storage(lang: Lang, s: &Storage) -> String {
    match s {
        Storage::EbsOnly => tr!(lang, "calc-ec2-ebs-only"),
        Storage::InstanceStore {
            volumes,
            gb_each,
            medium,
        } if *volumes > 1 => tr!(
            lang,
            "calc-ec2-volumes-in-all",
            volumes = volumes.to_string(),
            gb = group(u64::from(*gb_each)),
            medium = medium.to_string(),
            total = group(s.total_gb())
        ),
        Storage::InstanceStore {
            volumes,
            gb_each,
            medium,
        } => tr!(
            lang,
            "calc-ec2-volumes",
            volumes = volumes.to_string(),
            gb = group(u64::from(*gb_each)),
            medium = medium.to_string()
        ),
    }
}

/// What a kind of accelerator is called, one or many.
pub fn accelerator_noun(lang: Lang, kind: AcceleratorKind, count: u32) -> String {
    let key = match kind {
        AcceleratorKind::Gpu => "calc-ec2-gpu",
        AcceleratorKind::Inferentia => "calc-ec2-inferentia",
        AcceleratorKind::Trainium => "calc-ec2-trainium",
        AcceleratorKind::Fpga => "calc-ec2-fpga",
        AcceleratorKind::Gaudi => "calc-ec2-gaudi",
        AcceleratorKind::Media => "calc-ec2-media",
    };
    tr!(lang, key, count = count)
}

/// `8 x NVIDIA A100 GPUs (80 GB each)`.
pub fn accelerators(lang: Lang, count: u32, what: Option<&FamilyAccelerator>) -> String {
    match what {
        None => format!("{count}"),
        Some(a) => {
            let noun = accelerator_noun(lang, a.kind, count);
            match &a.memory {
                Some(m) => tr!(
                    lang,
                    "calc-ec2-accelerators-each",
                    count = count.to_string(),
                    maker = a.maker.clone(),
                    model = a.model.clone(),
                    noun = noun,
                    memory = m.clone()
                ),
                None => tr!(
                    lang,
                    "calc-ec2-accelerators",
                    count = count.to_string(),
                    maker = a.maker.clone(),
                    model = a.model.clone(),
                    noun = noun
                ),
            }
        }
    }
}

/// Why a real name has no hardware here.
pub fn missing(lang: Lang, m: SpecsMissing) -> String {
    match m {
        SpecsMissing::FamilyNotInGuide => tr!(lang, "calc-ec2-family-not-in-guide"),
        SpecsMissing::SizeNotInGuide => tr!(lang, "calc-ec2-size-not-in-guide"),
    }
}

/// A requirement on the hardware.
pub fn hardware_filter(lang: Lang, h: &HardwareFilter) -> String {
    match h {
        HardwareFilter::Accelerator(k) => tr!(
            lang,
            "calc-ec2-want-accelerator",
            noun = accelerator_noun(lang, *k, 2)
        ),
        HardwareFilter::Arch(Arch::Arm) => tr!(lang, "calc-ec2-want-arm"),
        HardwareFilter::Arch(Arch::X86) => tr!(lang, "calc-ec2-want-x86"),
        HardwareFilter::MinMemory(m) => tr!(lang, "calc-ec2-want-memory", gib = decimal(*m)),
        HardwareFilter::MinVcpus(n) => tr!(lang, "calc-ec2-want-vcpus", n = n.to_string()),
    }
}

/// A piece no rule explains.
pub fn unknown(lang: Lang, u: &Unknown) -> String {
    match u {
        Unknown::Piece(p) => p.clone(),
        Unknown::NoSeries => tr!(lang, "calc-ec2-no-series"),
        Unknown::NoSize => tr!(lang, "calc-ec2-no-size"),
    }
}

/// A note of the decoding.
pub fn note(lang: Lang, n: &DecodeNote) -> String {
    match n {
        DecodeNote::LegacySeries { series } => {
            tr!(lang, "calc-ec2-legacy-series", series = series.to_string())
        }
        DecodeNote::NoGeneration => tr!(lang, "calc-ec2-no-generation"),
        DecodeNote::GenerationAfterMemory { family, generation } => tr!(
            lang,
            "calc-ec2-generation-after-memory",
            family = family.to_string(),
            generation = generation.to_string()
        ),
    }
}

/// The words of the decoder's form fields.
pub fn field_text(lang: Lang, key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "name" => ("calc-field-ec2-name", "calc-hint-ec2-name"),
        "build" => ("calc-field-ec2-build", "calc-hint-ec2-build"),
        _ => return None,
    };
    Some(super::field(lang, label, hint))
}

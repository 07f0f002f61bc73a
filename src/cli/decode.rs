//! `awsdrill decode NAME...`: what each part of an EC2 instance type name means, whether the name
//! exists, close real names for a typo; `--build` goes from a requirement to real names.

use super::calc::write_out_in;
use super::{EXIT_CANNOT_RUN, EXIT_FINDINGS, print_error};
use crate::calc_text;
use crate::core::calc::ec2::{self, Build, Decoded, Requirement};
use crate::core::calc::{CalcError, ErrorKind};
use crate::core::config::Lang;
use crate::i18n::tr;
use serde::Serialize;

/// Exit status for input the decoder refuses (shared with lint's "found problems").
const EXIT_INVALID: u8 = EXIT_FINDINGS;

/// Options of `awsdrill decode`.
#[derive(Debug, clap::Args)]
pub struct DecodeArgs {
    /// Instance type names, such as m7gd.2xlarge or c7i-flex.large
    #[arg(value_name = "NAME")]
    pub names: Vec<String>,
    /// Build names from a requirement instead, with commas: a category (general, compute, memory,
    /// storage, accelerated, hpc), a processor (amd, graviton, intel), capabilities (nvme, network,
    /// ebs, extra, high frequency, qualcomm, flex), a size, and hardware (gpu, inferentia,
    /// trainium, fpga, arm, x86, at least 16 GiB, at least 8 vCPUs)
    #[arg(long, value_name = "REQUIREMENT", allow_hyphen_values = true)]
    pub build: Option<String>,
    /// Print JSON (fields documented in the README)
    #[arg(long)]
    pub json: bool,
}

#[derive(Serialize)]
struct Json<'a> {
    calculator: &'static str,
    source: &'a str,
    decoded: Vec<DecodedJson<'a>>,
    build: Option<BuildJson<'a>>,
}

/// A decoded name with the pieces the core keeps as data (where the processor is said, the
/// unknown pieces, the notes) in words (English in every language, as a machine reads them), in
/// the order of `Decoded`'s fields.
#[derive(Serialize)]
struct DecodedJson<'a> {
    name: &'a str,
    family: &'a str,
    series: &'a ec2::Part,
    legacy: bool,
    category: Option<ec2::Category>,
    generation: Option<u64>,
    processor: Option<&'a str>,
    processor_from: Option<String>,
    processor_maker: Option<ec2::Maker>,
    processor_model: Option<&'a str>,
    processor_source: Option<&'a str>,
    capabilities: &'a [ec2::Part],
    size: Option<&'a str>,
    size_meaning: Option<&'a str>,
    metal: bool,
    known: bool,
    unknown: Vec<String>,
    suggestions: &'a [String],
    notes: Vec<String>,
    specs: Option<SpecsJson<'a>>,
    specs_missing: Option<String>,
}

/// A real name's hardware, from the guide's tables.
#[derive(Serialize)]
struct SpecsJson<'a> {
    vcpus: u32,
    memory_gib: f64,
    network: Option<&'a str>,
    network_gbps: Option<f64>,
    network_up_to: bool,
    storage: String,
    storage_gb: u64,
    instance_store: Option<&'a ec2::Storage>,
    accelerators: Option<AcceleratorsJson<'a>>,
    source: &'a str,
    read: &'a str,
    revision: &'a str,
}

#[derive(Serialize)]
struct AcceleratorsJson<'a> {
    count: u32,
    kind: Option<ec2::AcceleratorKind>,
    maker: Option<&'a str>,
    model: Option<&'a str>,
    memory_each: Option<&'a str>,
    source: Option<&'a str>,
}

impl<'a> SpecsJson<'a> {
    fn new(h: &'a ec2::Hardware) -> SpecsJson<'a> {
        let s = &h.specs;
        let a = h.accelerator.as_ref();
        SpecsJson {
            vcpus: s.vcpus,
            memory_gib: s.memory_gib,
            network: s.network.as_ref().map(|n| n.text.as_str()),
            network_gbps: s.network.as_ref().and_then(|n| n.gbps),
            network_up_to: s.network.as_ref().is_some_and(|n| n.up_to),
            storage: match &s.storage {
                ec2::Storage::EbsOnly => "EBS only".to_string(),
                ec2::Storage::InstanceStore {
                    volumes,
                    gb_each,
                    medium,
                } => format!("{volumes} x {gb_each} GB {medium}"),
            },
            storage_gb: s.storage.total_gb(),
            instance_store: match &s.storage {
                ec2::Storage::EbsOnly => None,
                store => Some(store),
            },
            accelerators: s.accelerators.map(|count| AcceleratorsJson {
                count,
                kind: a.map(|a| a.kind),
                maker: a.map(|a| a.maker.as_str()),
                model: a.map(|a| a.model.as_str()),
                memory_each: a.and_then(|a| a.memory.as_deref()),
                source: a.map(|a| a.source.as_str()),
            }),
            source: &h.source,
            read: &h.read,
            revision: &h.revision,
        }
    }
}

impl<'a> DecodedJson<'a> {
    fn new(d: &'a Decoded) -> DecodedJson<'a> {
        use calc_text::ec2::{note, processor_from, unknown};
        let en = Lang::En;
        DecodedJson {
            name: &d.name,
            family: &d.family,
            series: &d.series,
            legacy: d.legacy,
            category: d.category,
            generation: d.generation,
            processor: d.processor.as_deref(),
            processor_from: d.processor_from.as_ref().map(|p| processor_from(en, p)),
            processor_maker: d.processor_maker,
            processor_model: d.processor_model.as_deref(),
            processor_source: d.processor_source.as_deref(),
            capabilities: &d.capabilities,
            size: d.size.as_deref(),
            size_meaning: d.size_meaning.as_deref(),
            metal: d.metal,
            known: d.known,
            unknown: d.unknown.iter().map(|u| unknown(en, u)).collect(),
            suggestions: &d.suggestions,
            notes: d.notes.iter().map(|n| note(en, n)).collect(),
            specs: d.hardware.as_ref().map(SpecsJson::new),
            specs_missing: d.hardware_missing.map(|m| calc_text::ec2::missing(en, m)),
        }
    }
}

/// A build with its steps in words.
#[derive(Serialize)]
struct BuildJson<'a> {
    requirement: &'a Requirement,
    steps: Vec<String>,
    pattern: &'a str,
    matches: &'a [String],
    unjudged: usize,
}

impl<'a> BuildJson<'a> {
    fn new(b: &'a Build) -> BuildJson<'a> {
        BuildJson {
            requirement: &b.requirement,
            steps: b
                .steps
                .iter()
                .map(|s| calc_text::ec2::build_step(Lang::En, s))
                .collect(),
            pattern: &b.pattern,
            matches: &b.matches,
            unjudged: b.unjudged,
        }
    }
}

fn print_input_errors(lang: Lang, errors: &[CalcError]) {
    for e in errors {
        let field = if e.field == "name" {
            "NAME".to_string()
        } else {
            format!("--{}", e.field)
        };
        print_error(format!("{field}: {}", calc_text::message(lang, e)));
    }
}

/// Runs `awsdrill decode`, writing its text (not its JSON) and its errors in `lang`.
pub(super) fn run(args: &DecodeArgs, lang: Lang) -> u8 {
    if args.names.is_empty() && args.build.is_none() {
        print_input_errors(lang, &[CalcError::new("name", ErrorKind::NamesMissing)]);
        return EXIT_INVALID;
    }
    let mut errors = Vec::new();
    let mut decoded = Vec::new();
    for n in &args.names {
        match ec2::decode(n) {
            Ok(d) => decoded.push(d),
            Err(e) => errors.push(e),
        }
    }
    let build = match args.build.as_deref().map(ec2::parse_requirement) {
        None => None,
        Some(Ok(req)) => Some(ec2::build(&req)),
        Some(Err(e)) => {
            errors.push(e);
            None
        }
    };
    if !errors.is_empty() {
        print_input_errors(lang, &errors);
        return EXIT_INVALID;
    }
    let text = if args.json {
        let doc = Json {
            calculator: "ec2-decode",
            source: &ec2::rules().source,
            decoded: decoded.iter().map(DecodedJson::new).collect(),
            build: build.as_ref().map(BuildJson::new),
        };
        match serde_json::to_string_pretty(&doc) {
            Ok(s) => crate::core::content::diag::printable_json(&s) + "\n",
            Err(e) => {
                print_error(tr!(lang, "calc-json-failed", error = e.to_string()));
                return EXIT_CANNOT_RUN;
            }
        }
    } else {
        let mut blocks: Vec<String> = decoded
            .iter()
            .map(|d| calc_text::ec2::decoded_lines(lang, d).join("\n"))
            .collect();
        if let Some(b) = &build {
            let steps: Vec<String> = b
                .steps
                .iter()
                .map(|s| calc_text::ec2::build_step(lang, s))
                .collect();
            let heading = tr!(lang, "calc-ec2-build");
            blocks.push(format!("{heading}\n  {}", steps.join("\n  ")));
        }
        let rules = tr!(lang, "calc-rules", source = ec2::rules().source.as_str());
        format!("{}\n\n{rules}\n", blocks.join("\n\n"))
    };
    write_out_in(lang, &text)
}

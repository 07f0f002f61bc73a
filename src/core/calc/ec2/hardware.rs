//! What an instance type is made of: vCPUs, memory, network, instance storage and accelerators per
//! type (`assets/ec2-instance-specs.tsv`), and per family where the guide lists it, its processor
//! and its accelerators (`assets/ec2-families.toml`). Both are compiled in and parsed once.
//!
//! Pure data: the words are made in `calc_text`.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::sync::OnceLock;

const SPECS: &str = include_str!("../../../../assets/ec2-instance-specs.tsv");
const FAMILIES: &str = include_str!("../../../../assets/ec2-families.toml");

/// The columns of the specs file, in order.
pub const COLUMNS: [&str; 6] = [
    "type",
    "vcpus",
    "memory_gib",
    "network",
    "storage",
    "accelerators",
];

/// Who makes a processor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Maker {
    /// Intel (x86).
    Intel,
    /// AMD (x86).
    Amd,
    /// AWS Graviton (Arm).
    Graviton,
    /// Apple silicon (Arm).
    Apple,
}

impl Maker {
    /// The instruction set.
    pub fn arch(self) -> Arch {
        match self {
            Maker::Intel | Maker::Amd => Arch::X86,
            Maker::Graviton | Maker::Apple => Arch::Arm,
        }
    }
}

/// An instruction set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Arch {
    /// x86-64 (Intel, AMD).
    X86,
    /// 64-bit Arm (AWS Graviton, Apple silicon).
    Arm,
}

/// A kind of accelerator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AcceleratorKind {
    /// Graphics processing units.
    Gpu,
    /// AWS Inferentia chips.
    Inferentia,
    /// AWS Trainium chips.
    Trainium,
    /// Field programmable gate arrays.
    Fpga,
    /// Habana Gaudi accelerators.
    Gaudi,
    /// Media transcoding accelerators.
    Media,
}

/// Whether the guide lists a family as current or previous generation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Generation {
    /// "Current generation instances".
    Current,
    /// "Previous generation instances".
    Previous,
}

/// A family's processor as the guide names it.
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyProcessor {
    /// Who makes it.
    pub maker: Maker,
    /// The guide's words (`Intel Xeon Scalable processors (Skylake 8175M or Cascade Lake
    /// 8259CL)`), when it names a model.
    pub model: Option<String>,
    /// The same in Korean, as the Korean guide writes it.
    pub model_ko: Option<String>,
    /// The page and section that say it.
    pub source: String,
}

/// A family's accelerators as the guide names them.
#[derive(Debug, Clone, PartialEq)]
pub struct FamilyAccelerator {
    /// The kind.
    pub kind: AcceleratorKind,
    /// Who makes them (`NVIDIA`).
    pub maker: String,
    /// The model (`A100`).
    pub model: String,
    /// Memory per accelerator as the page writes it (`16 GiB GDDR6`), when it gives it.
    pub memory: Option<String>,
    /// The page that says it.
    pub source: String,
}

/// A family in the guide.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    /// `m5`, `u-6tb1`.
    pub name: String,
    /// Current or previous, as the guide lists it.
    pub generation: Option<Generation>,
    /// The page whose tables hold the family's sizes.
    pub specs_page: Option<String>,
    /// The processor, when the guide names it.
    pub processor: Option<FamilyProcessor>,
    /// The accelerators, when the family has them.
    pub accelerator: Option<FamilyAccelerator>,
}

/// Network bandwidth as the guide writes it, and its number.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Network {
    /// `Up to 12.5 Gigabit`, `4x 100 Gigabit`, `Moderate`.
    pub text: String,
    /// Gigabits per second (`4x 100` is 400), or `None` for the words of older types (Low,
    /// Moderate, High).
    pub gbps: Option<f64>,
    /// Whether the number is a burst ("Up to").
    pub up_to: bool,
    /// How many links the number counts (`4x 100 Gigabit`: 4; else 1).
    #[serde(skip)]
    pub links: u32,
    /// The older words as a level, when the guide gives no number.
    #[serde(skip)]
    pub level: Option<NetworkLevel>,
}

/// The words older types have for their network instead of a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NetworkLevel {
    /// "Very Low".
    VeryLow,
    /// "Low".
    Low,
    /// "Low to Moderate".
    LowToModerate,
    /// "Moderate".
    Moderate,
    /// "High".
    High,
}

/// Instance storage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Storage {
    /// No instance store: EBS volumes only.
    EbsOnly,
    /// Instance store volumes (`2 x 300 GB NVMe SSD`).
    InstanceStore {
        /// How many volumes.
        volumes: u32,
        /// The size of each, in GB as the guide writes it.
        gb_each: u32,
        /// `NVMe SSD`, `SSD`, `HDD`, `NVMe HDD`.
        medium: String,
    },
}

impl Storage {
    /// All volumes together, in GB.
    pub fn total_gb(&self) -> u64 {
        match self {
            Storage::EbsOnly => 0,
            Storage::InstanceStore {
                volumes, gb_each, ..
            } => u64::from(*volumes) * u64::from(*gb_each),
        }
    }
}

/// The hardware of one instance type.
#[derive(Debug, Clone, PartialEq)]
pub struct Specs {
    /// The type's name.
    pub name: String,
    /// Default vCPUs.
    pub vcpus: u32,
    /// Memory in GiB.
    pub memory_gib: f64,
    /// Network bandwidth, when the guide's network table lists the type.
    pub network: Option<Network>,
    /// Instance storage.
    pub storage: Storage,
    /// How many accelerators, when the type has them.
    pub accelerators: Option<u32>,
}

/// Why a line of the data files is wrong (a bug in the bundled files; a test keeps them valid).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataError {
    /// The file's line, from 1 (0 for the whole file).
    pub line: usize,
    /// The column or key.
    pub field: String,
    /// The text that could not be read.
    pub text: String,
}

fn err(line: usize, field: &str, text: &str) -> DataError {
    DataError {
        line,
        field: field.to_string(),
        text: text.to_string(),
    }
}

/// Reads `Up to 12.5 Gigabit`, `25 Gigabit`, `4x 100 Gigabit`; the older words have no number.
pub fn parse_network(text: &str) -> Option<Network> {
    const WORDS: [(&str, NetworkLevel); 5] = [
        ("Very Low", NetworkLevel::VeryLow),
        ("Low", NetworkLevel::Low),
        ("Low to Moderate", NetworkLevel::LowToModerate),
        ("Moderate", NetworkLevel::Moderate),
        ("High", NetworkLevel::High),
    ];
    if let Some((_, level)) = WORDS.iter().find(|(w, _)| *w == text) {
        return Some(Network {
            text: text.to_string(),
            gbps: None,
            up_to: false,
            links: 1,
            level: Some(*level),
        });
    }
    let (up_to, rest) = match text.strip_prefix("Up to ") {
        Some(r) => (true, r),
        None => (false, text),
    };
    let number = rest.strip_suffix(" Gigabit")?;
    let (times, each) = match number.split_once("x ") {
        Some((n, e)) => (n.parse::<f64>().ok()?, e),
        None => (1.0, number),
    };
    let each: f64 = each.parse().ok()?;
    if !(each.is_finite() && each > 0.0 && times >= 1.0) {
        return None;
    }
    Some(Network {
        text: text.to_string(),
        gbps: Some(times * each),
        up_to,
        links: times as u32,
        level: None,
    })
}

/// Reads `EBS only` or `2 x 300 GB NVMe SSD`.
pub fn parse_storage(text: &str) -> Option<Storage> {
    if text == "EBS only" {
        return Some(Storage::EbsOnly);
    }
    let (volumes, rest) = text.split_once(" x ")?;
    let (size, medium) = rest.split_once(" GB ")?;
    const MEDIA: [&str; 4] = ["NVMe SSD", "SSD", "HDD", "NVMe HDD"];
    if !MEDIA.contains(&medium) {
        return None;
    }
    Some(Storage::InstanceStore {
        volumes: volumes.parse().ok()?,
        gb_each: size.parse().ok()?,
        medium: medium.to_string(),
    })
}

/// Parses a specs file (the bundled one, or a test's): comment lines start with `#`, then the
/// header line of [`COLUMNS`], then one type per line.
pub fn parse_specs(text: &str) -> Result<Vec<Specs>, DataError> {
    let mut out = Vec::new();
    let mut header = false;
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let cells: Vec<&str> = line.split('\t').collect();
        if !header {
            if cells != COLUMNS {
                return Err(err(n, "header", line));
            }
            header = true;
            continue;
        }
        if cells.len() != COLUMNS.len() {
            return Err(err(n, "columns", line));
        }
        let name = cells[0];
        if name.is_empty()
            || name != name.to_ascii_lowercase()
            || !name.contains('.')
            || name.contains(' ')
        {
            return Err(err(n, "type", name));
        }
        let vcpus: u32 = cells[1].parse().map_err(|_| err(n, "vcpus", cells[1]))?;
        let memory_gib: f64 = cells[2]
            .parse()
            .ok()
            .filter(|m: &f64| m.is_finite() && *m > 0.0)
            .ok_or_else(|| err(n, "memory_gib", cells[2]))?;
        let network = match cells[3] {
            "-" => None,
            t => Some(parse_network(t).ok_or_else(|| err(n, "network", t))?),
        };
        let storage = parse_storage(cells[4]).ok_or_else(|| err(n, "storage", cells[4]))?;
        let accelerators = match cells[5] {
            "-" => None,
            t => Some(
                t.parse::<u32>()
                    .ok()
                    .filter(|c| *c > 0)
                    .ok_or_else(|| err(n, "accelerators", t))?,
            ),
        };
        if vcpus == 0 {
            return Err(err(n, "vcpus", cells[1]));
        }
        out.push(Specs {
            name: name.to_string(),
            vcpus,
            memory_gib,
            network,
            storage,
            accelerators,
        });
    }
    if !header {
        return Err(err(0, "header", ""));
    }
    Ok(out)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamiliesFile {
    read: String,
    revision: String,
    pages: BTreeMap<String, String>,
    family: Vec<FamilyRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FamilyRow {
    name: String,
    generation: Option<Generation>,
    specs: Option<String>,
    processor: Option<ProcessorRow>,
    accelerator: Option<AcceleratorRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProcessorRow {
    maker: Maker,
    model: Option<String>,
    model_ko: Option<String>,
    page: String,
    anchor: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AcceleratorRow {
    kind: AcceleratorKind,
    maker: String,
    model: String,
    memory: Option<String>,
    page: String,
}

/// The families file: when it was read, the revision of the guide read, and the families.
#[derive(Debug, Clone, PartialEq)]
pub struct Families {
    /// The date the guide was read (`2026-12-07`).
    pub read: String,
    /// The date of the guide's revision that was read.
    pub revision: String,
    /// The families, by name.
    pub families: BTreeMap<String, Family>,
}

/// Parses a families file (the bundled one, or a test's). Page keys must be in `[pages]`.
pub fn parse_families(text: &str) -> Result<Families, DataError> {
    let file: FamiliesFile = toml::from_str(text).map_err(|e| DataError {
        line: e
            .span()
            .map(|s| text[..s.start].lines().count().max(1))
            .unwrap_or(0),
        field: "toml".into(),
        text: e.message().to_string(),
    })?;
    let page = |key: &str, field: &str| {
        file.pages
            .get(key)
            .cloned()
            .ok_or_else(|| err(0, field, key))
    };
    let mut families = BTreeMap::new();
    for row in &file.family {
        let processor = match &row.processor {
            None => None,
            Some(p) => Some(FamilyProcessor {
                maker: p.maker,
                model: p.model.clone(),
                model_ko: p.model_ko.clone(),
                source: format!("{}#{}", page(&p.page, "processor.page")?, p.anchor),
            }),
        };
        let accelerator = match &row.accelerator {
            None => None,
            Some(a) => Some(FamilyAccelerator {
                kind: a.kind,
                maker: a.maker.clone(),
                model: a.model.clone(),
                memory: a.memory.clone(),
                source: page(&a.page, "accelerator.page")?,
            }),
        };
        let specs_page = match &row.specs {
            None => None,
            Some(k) => Some(page(k, "specs")?),
        };
        let family = Family {
            name: row.name.clone(),
            generation: row.generation,
            specs_page,
            processor,
            accelerator,
        };
        if families.insert(row.name.clone(), family).is_some() {
            return Err(err(0, "name", &row.name));
        }
    }
    Ok(Families {
        read: file.read,
        revision: file.revision,
        families,
    })
}

struct Data {
    families: Families,
    specs: Vec<Specs>,
    by_name: HashMap<String, usize>,
}

fn data() -> &'static Data {
    static DATA: OnceLock<Data> = OnceLock::new();
    DATA.get_or_init(|| {
        let families = parse_families(FAMILIES).expect("assets/ec2-families.toml is valid");
        let specs = parse_specs(SPECS).expect("assets/ec2-instance-specs.tsv is valid");
        let by_name = specs
            .iter()
            .enumerate()
            .map(|(i, s)| (s.name.clone(), i))
            .collect();
        Data {
            families,
            specs,
            by_name,
        }
    })
}

/// The bundled families file.
pub fn families() -> &'static Families {
    &data().families
}

/// Every instance type with specs, in the file's order.
pub fn all_specs() -> &'static [Specs] {
    &data().specs
}

/// The specs of one instance type (lowercase), when the guide lists it.
pub fn specs(name: &str) -> Option<&'static Specs> {
    let d = data();
    d.by_name.get(name).map(|i| &d.specs[*i])
}

/// A family of the guide.
pub fn family(name: &str) -> Option<&'static Family> {
    data().families.families.get(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn network_reads_the_guide_s_forms() {
        let n = parse_network("Up to 12.5 Gigabit").unwrap();
        assert_eq!((n.gbps, n.up_to), (Some(12.5), true));
        assert_eq!(parse_network("4x 100 Gigabit").unwrap().gbps, Some(400.0));
        assert_eq!(parse_network("25 Gigabit").unwrap().gbps, Some(25.0));
        assert_eq!(parse_network("Moderate").unwrap().gbps, None);
        assert!(parse_network("100").is_none());
        assert!(parse_network("Up to Gigabit").is_none());
        assert!(parse_network("0 Gigabit").is_none());
    }

    #[test]
    fn storage_reads_volumes_size_and_medium() {
        assert_eq!(parse_storage("EBS only"), Some(Storage::EbsOnly));
        let s = parse_storage("2 x 300 GB NVMe SSD").unwrap();
        assert_eq!(s.total_gb(), 600);
        assert_eq!(
            s,
            Storage::InstanceStore {
                volumes: 2,
                gb_each: 300,
                medium: "NVMe SSD".into()
            }
        );
        assert!(parse_storage("2 x 300 GB tape").is_none());
        assert!(parse_storage("lots").is_none());
    }

    #[test]
    fn a_bad_line_names_its_line_and_column() {
        let head = "# c\ntype\tvcpus\tmemory_gib\tnetwork\tstorage\taccelerators\n";
        let e = parse_specs(&format!("{head}m5.large\t2\teight\t-\tEBS only\t-\n")).unwrap_err();
        assert_eq!(
            (e.line, e.field.as_str(), e.text.as_str()),
            (3, "memory_gib", "eight")
        );
        let e = parse_specs(&format!("{head}m5.large\t2\t8\t-\tEBS only\n")).unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (3, "columns"));
        let e = parse_specs("m5.large\t2\t8\t-\tEBS only\t-\n").unwrap_err();
        assert_eq!((e.line, e.field.as_str()), (1, "header"));
        let ok = parse_specs(&format!("{head}m5.large\t2\t8\t-\tEBS only\t-\n")).unwrap();
        assert_eq!(ok[0].vcpus, 2);
    }

    #[test]
    fn the_families_file_refuses_unknown_fields_and_pages() {
        let e = parse_families(
            "read = \"x\"\nrevision = \"y\"\n[pages]\n[[family]]\nname = \"m5\"\ncolour = 1\n",
        )
        .unwrap_err();
        assert!(e.text.contains("colour"), "{e:?}");
        let e = parse_families(
            "read = \"x\"\nrevision = \"y\"\n[pages]\n[[family]]\nname = \"m5\"\nspecs = \"gp\"\n",
        )
        .unwrap_err();
        assert_eq!((e.field.as_str(), e.text.as_str()), ("specs", "gp"));
    }
}

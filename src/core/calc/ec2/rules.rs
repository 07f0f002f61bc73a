//! The naming rules (`assets/ec2-naming.toml`) and the list of instance types
//! (`assets/ec2-instance-types.txt`), compiled in and parsed once, at first use.

use super::hardware::{AcceleratorKind, Maker};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

const NAMING: &str = include_str!("../../../../assets/ec2-naming.toml");
const TYPES: &str = include_str!("../../../../assets/ec2-instance-types.txt");

/// The instance categories of the EC2 Instance Types guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// M, T, Mac (and the legacy A1).
    GeneralPurpose,
    /// C.
    ComputeOptimized,
    /// R, X, U, Z.
    MemoryOptimized,
    /// I, Im, Is, D (and the legacy H1).
    StorageOptimized,
    /// P, G, F, Inf, Trn, VT (and the legacy DL).
    AcceleratedComputing,
    /// Hpc.
    Hpc,
}

impl Category {
    /// Every category.
    pub const ALL: [Category; 6] = [
        Category::GeneralPurpose,
        Category::ComputeOptimized,
        Category::MemoryOptimized,
        Category::StorageOptimized,
        Category::AcceleratedComputing,
        Category::Hpc,
    ];

    /// "memory optimized".
    pub fn words(self) -> &'static str {
        match self {
            Category::GeneralPurpose => "general purpose",
            Category::ComputeOptimized => "compute optimized",
            Category::MemoryOptimized => "memory optimized",
            Category::StorageOptimized => "storage optimized",
            Category::AcceleratedComputing => "accelerated computing",
            Category::Hpc => "high-performance computing",
        }
    }

    /// What a user may type for it (lowercase).
    pub(crate) fn aliases(self) -> &'static [&'static str] {
        match self {
            Category::GeneralPurpose => &["general purpose", "general", "gp"],
            Category::ComputeOptimized => &["compute optimized", "compute"],
            Category::MemoryOptimized => &["memory optimized", "memory"],
            Category::StorageOptimized => &["storage optimized", "storage"],
            Category::AcceleratedComputing => {
                &["accelerated computing", "accelerated", "accelerator"]
            }
            Category::Hpc => &[
                "hpc",
                "high performance computing",
                "high-performance computing",
            ],
        }
    }
}

/// Letters before the generation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeriesRule {
    /// `c`, `hpc`, `mac`.
    pub code: String,
    /// As the AWS table says it.
    pub meaning: String,
    /// The same in Korean, as the Korean AWS guide says it.
    pub meaning_ko: String,
    /// The category.
    pub category: Category,
    /// The processor, when the series alone says it (A1: Graviton).
    pub processor: Option<String>,
    /// Who makes that processor.
    pub maker: Option<Maker>,
    /// The kind of accelerator the series names (p, g: GPUs; inf: Inferentia).
    pub accelerator: Option<AcceleratorKind>,
    /// Not in the current AWS table.
    #[serde(default)]
    pub legacy: bool,
}

/// A letter after the generation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionRule {
    /// One letter.
    pub code: String,
    /// As the AWS table says it.
    pub meaning: String,
    /// The same in Korean, as the Korean AWS guide says it.
    pub meaning_ko: String,
    /// The processor this letter names (a, g, i).
    pub processor: Option<String>,
    /// Who makes that processor.
    pub maker: Option<Maker>,
    /// Words for the reverse builder ("nvme").
    #[serde(default)]
    pub aliases: Vec<String>,
    /// A more exact meaning in some categories (e: extra memory, storage or GPU memory).
    #[serde(default)]
    pub by_category: BTreeMap<Category, String>,
    /// The same in Korean.
    #[serde(default)]
    pub by_category_ko: BTreeMap<Category, String>,
}

/// A part after a hyphen (`flex`, `32tb`, `m2pro`, `b200`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuffixRule {
    /// Letters with at most one `<n>` for digits.
    pub pattern: String,
    /// With `{n}` for the digits.
    pub meaning: String,
    /// The same in Korean, with `{n}`.
    pub meaning_ko: String,
    /// The processor it names, with `{n}`.
    pub processor: Option<String>,
    /// Who makes that processor.
    pub maker: Option<Maker>,
    /// Words for the reverse builder.
    #[serde(default)]
    pub aliases: Vec<String>,
}

/// A size after the dot.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeRule {
    /// Letters with at most one `<n>`.
    pub pattern: String,
    /// With `{n}`.
    pub meaning: String,
    /// The same in Korean, with `{n}`.
    pub meaning_ko: String,
    /// Bare metal.
    #[serde(default)]
    pub metal: bool,
}

/// The whole rules file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// The AWS page the rules come from.
    pub source: String,
    /// When they were last compared with it.
    pub checked: String,
    /// Series letters.
    pub series: Vec<SeriesRule>,
    /// Option letters.
    pub option: Vec<OptionRule>,
    /// Parts after a hyphen.
    pub suffix: Vec<SuffixRule>,
    /// Sizes.
    pub size: Vec<SizeRule>,
}

impl Rules {
    /// The series rule for `code`.
    pub fn series(&self, code: &str) -> Option<&SeriesRule> {
        self.series.iter().find(|s| s.code == code)
    }

    /// The option rule for `code`.
    pub fn option(&self, code: &str) -> Option<&OptionRule> {
        self.option.iter().find(|o| o.code == code)
    }
}

/// The parsed rules. The file is compiled in, so a parse failure is a bug that tests catch.
pub fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| parse_rules(NAMING).expect("assets/ec2-naming.toml is valid"))
}

/// Parses a rules file (the bundled one, or a test's).
pub fn parse_rules(text: &str) -> Result<Rules, String> {
    toml::from_str(text).map_err(|e| e.to_string())
}

/// The instance types in the bundled list, sorted.
pub fn known_types() -> &'static [String] {
    &list().0
}

/// Whether `name` (lowercase) is in the bundled list.
pub fn is_known(name: &str) -> bool {
    list().1.contains(name)
}

fn list() -> &'static (Vec<String>, HashSet<String>) {
    static LIST: OnceLock<(Vec<String>, HashSet<String>)> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut v: Vec<String> = TYPES
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_ascii_lowercase)
            .collect();
        v.sort();
        v.dedup();
        let set = v.iter().cloned().collect();
        (v, set)
    })
}

/// Matches `text` against a pattern with at most one `<n>`; returns the digits' value (0 when the
/// pattern has none).
pub fn match_pattern(pattern: &str, text: &str) -> Option<u64> {
    match pattern.split_once("<n>") {
        None => (pattern == text).then_some(0),
        Some((pre, post)) => {
            let mid = text.strip_prefix(pre)?.strip_suffix(post)?;
            if mid.is_empty() || !mid.bytes().all(|b| b.is_ascii_digit()) || mid.len() > 6 {
                return None;
            }
            mid.parse().ok()
        }
    }
}

/// `template` with `{n}` replaced by `n`.
pub fn fill(template: &str, n: u64) -> String {
    template.replace("{n}", &n.to_string())
}

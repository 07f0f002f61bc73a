//! The hard names of the issue, every family of the rules, every name of the bundled list.

use super::rules::parse_rules;
use super::*;

fn codes(d: &Decoded) -> Vec<&str> {
    d.capabilities.iter().map(|c| c.code.as_str()).collect()
}

/// Name, series, category, generation, processor, capability codes, size, metal.
type Row = (
    &'static str,
    &'static str,
    Category,
    Option<u64>,
    Option<&'static str>,
    &'static [&'static str],
    &'static str,
    bool,
);

#[test]
fn the_hard_names_decode_right() {
    use Category::*;
    // name, series, category, generation, processor, capability codes, size, metal
    let table: [Row; 9] = [
        (
            "c7i-flex.large",
            "c",
            ComputeOptimized,
            Some(7),
            Some("Intel"),
            &["i", "-flex"],
            "large",
            false,
        ),
        (
            "r7iz.metal-16xl",
            "r",
            MemoryOptimized,
            Some(7),
            Some("Intel"),
            &["i", "z"],
            "metal-16xl",
            true,
        ),
        (
            "u7in-32tb.224xlarge",
            "u",
            MemoryOptimized,
            Some(7),
            Some("Intel"),
            &["i", "n", "-32tb"],
            "224xlarge",
            false,
        ),
        (
            "mac2-m2pro.metal",
            "mac",
            GeneralPurpose,
            Some(2),
            Some("Apple M2 Pro"),
            &["-m2pro"],
            "metal",
            true,
        ),
        (
            "x2iedn.xlarge",
            "x",
            MemoryOptimized,
            Some(2),
            Some("Intel"),
            &["i", "e", "d", "n"],
            "xlarge",
            false,
        ),
        (
            "is4gen.medium",
            "is",
            StorageOptimized,
            Some(4),
            Some("AWS Graviton"),
            &["g", "e", "n"],
            "medium",
            false,
        ),
        (
            "trn1n.32xlarge",
            "trn",
            AcceleratedComputing,
            Some(1),
            None,
            &["n"],
            "32xlarge",
            false,
        ),
        (
            "p6-b200.48xlarge",
            "p",
            AcceleratedComputing,
            Some(6),
            None,
            &["-b200"],
            "48xlarge",
            false,
        ),
        (
            "u-12tb1.112xlarge",
            "u",
            MemoryOptimized,
            Some(1),
            Some("Intel"),
            &["-12tb"],
            "112xlarge",
            false,
        ),
    ];
    for (name, series, category, generation, processor, caps, size, metal) in table {
        let d = decode(name).unwrap();
        assert!(d.unknown.is_empty(), "{name}: unknown {:?}", d.unknown);
        assert!(d.known, "{name} is in the bundled list");
        assert_eq!(d.series.code, series, "{name}");
        assert_eq!(d.category, Some(category), "{name}");
        assert_eq!(d.generation, generation, "{name}");
        assert_eq!(d.processor.as_deref(), processor, "{name}");
        assert_eq!(codes(&d), caps, "{name}");
        assert_eq!(d.size.as_deref(), Some(size), "{name}");
        assert_eq!(d.metal, metal, "{name}");
    }
    let d = decode("x2iedn.xlarge").unwrap();
    assert_eq!(d.capabilities[1].meaning.as_deref(), Some("Extra memory"));
    let d = decode("is4gen.medium").unwrap();
    assert_eq!(
        d.capabilities[1].meaning.as_deref(),
        Some("Extra instance storage")
    );
    let d = decode("u7in-32tb.224xlarge").unwrap();
    assert_eq!(
        d.capabilities[2].meaning.as_deref(),
        Some("32 TiB of memory (high-memory instance)")
    );
    let d = decode("p6-b200.48xlarge").unwrap();
    assert_eq!(
        d.capabilities[0].meaning.as_deref(),
        Some("NVIDIA Blackwell B200 GPUs")
    );
    assert_eq!(d.family, "p6-b200");
}

/// Names of the bundled list whose pieces the naming rules do not explain, and why. Everything
/// else in the list must decode with no unknown piece.
const EXCEPTIONS: &[(&str, &str)] = &[
    (
        "cc1",
        "first Cluster Compute names (2010): `cc` is in no naming table",
    ),
    (
        "cc2",
        "first Cluster Compute names: `cc` is in no naming table",
    ),
    ("cg1", "Cluster GPU (2010): `cg` is in no naming table"),
    (
        "cr1",
        "high-memory cluster (2013): `cr` is in no naming table",
    ),
    ("hi1", "High I/O (2012): `hi` is in no naming table"),
    ("hs1", "High storage (2012): `hs` is in no naming table"),
    ("g3s", "the `s` of G3s is in no naming table"),
    (
        "g6f",
        "the `f` of G6f (fractional GPUs) is not in the naming table",
    ),
    ("gr6", "the series `gr` is not in the naming table"),
    (
        "gr6f",
        "the series `gr` and the `f` are not in the naming table",
    ),
    ("u7inh-32tb", "the `h` of U7inh is not in the naming table"),
];

#[test]
fn every_listed_name_decodes_with_no_unknown_letters_or_is_a_listed_exception() {
    let mut used = std::collections::BTreeSet::new();
    for name in known_types() {
        let d = decode(name).unwrap();
        let exception = EXCEPTIONS.iter().find(|(f, _)| *f == d.family);
        match exception {
            Some(_) => {
                assert!(
                    !d.unknown.is_empty(),
                    "{name} decodes fully now: drop it from EXCEPTIONS"
                );
                used.insert(d.family.clone());
            }
            None => {
                assert!(d.unknown.is_empty(), "{name}: unknown {:?}", d.unknown);
                assert!(d.category.is_some() && d.size.is_some(), "{name}");
            }
        }
        assert!(d.known && d.suggestions.is_empty(), "{name}");
    }
    for (family, why) in EXCEPTIONS {
        assert!(
            used.contains(*family),
            "{family} ({why}) is not in the list any more"
        );
    }
}

#[test]
fn every_rule_is_used_by_a_real_name_and_means_its_category() {
    let r = rules();
    let decoded: Vec<Decoded> = known_types().iter().map(|n| decode(n).unwrap()).collect();
    for s in &r.series {
        let d = decoded
            .iter()
            .find(|d| d.series.code == s.code && d.unknown.is_empty())
            .unwrap_or_else(|| panic!("no real name uses series {}", s.code));
        assert_eq!(d.category, Some(s.category), "series {}", s.code);
        assert_eq!(d.legacy, s.legacy, "series {}", s.code);
    }
    for o in &r.option {
        assert!(
            decoded.iter().any(|d| codes(d).contains(&o.code.as_str())),
            "no real name uses option {}",
            o.code
        );
    }
    for s in &r.suffix {
        assert!(
            known_types().iter().any(|n| {
                n.split('.')
                    .next()
                    .and_then(|f| f.split_once('-'))
                    .is_some_and(|(_, t)| {
                        rules::match_pattern(&s.pattern, t).is_some()
                            || rules::match_pattern(
                                &s.pattern,
                                t.trim_end_matches(|c: char| c.is_ascii_digit()),
                            )
                            .is_some()
                    })
            }),
            "no real name uses the part {}",
            s.pattern
        );
    }
    for z in &r.size {
        assert!(
            decoded.iter().any(|d| d
                .size
                .as_ref()
                .is_some_and(|s| rules::match_pattern(&z.pattern, s).is_some())),
            "no real name has the size {}",
            z.pattern
        );
    }
    assert_eq!(
        r.source,
        "https://docs.aws.amazon.com/ec2/latest/instancetypes/instance-type-names.html"
    );
}

#[test]
fn the_rules_file_refuses_unknown_fields() {
    let e = parse_rules("source = \"x\"\nchecked = \"y\"\nseries = []\noption = []\nsuffix = []\nsize = []\ncolour = 1\n")
        .unwrap_err();
    assert!(e.contains("colour"), "{e}");
}

const GP: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html";
const CO: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/compute-optimized-instances.html";
const MO: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/memory-optimized-instances.html";
const SO: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/storage-optimized-instances.html";
const AC: &str =
    "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html";

/// Name, vCPUs, memory (GiB), network, instance store, accelerators, and the page whose
/// "Hardware specifications" and "Network performance" tables hold the row; the instance store
/// column is from https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html.
type GuideRow = (
    &'static str,
    u32,
    f64,
    Option<&'static str>,
    &'static str,
    Option<u32>,
    &'static str,
);

/// Rows copied by hand from the guide's pages (the revision of 2023-05-11), to check the converted
/// file against: one or more per category, old and new, bare metal, burstable and accelerated.
const GUIDE_SAMPLE: [GuideRow; 28] = [
    (
        "t2.nano",
        1,
        0.5,
        Some("Low to Moderate"),
        "EBS only",
        None,
        GP,
    ),
    (
        "m5.large",
        2,
        8.0,
        Some("Up to 10 Gigabit"),
        "EBS only",
        None,
        GP,
    ),
    (
        "m6g.medium",
        1,
        4.0,
        Some("Up to 10 Gigabit"),
        "EBS only",
        None,
        GP,
    ),
    ("m1.small", 1, 1.7, Some("Low"), "1 x 160 GB HDD", None, GP),
    (
        "a1.metal",
        16,
        32.0,
        Some("Up to 10 Gigabit"),
        "EBS only",
        None,
        GP,
    ),
    (
        "mac1.metal",
        12,
        32.0,
        Some("25 Gigabit"),
        "EBS only",
        None,
        GP,
    ),
    (
        "c5.9xlarge",
        36,
        72.0,
        Some("12 Gigabit"),
        "EBS only",
        None,
        CO,
    ),
    (
        "c6gn.16xlarge",
        64,
        128.0,
        Some("100 Gigabit"),
        "EBS only",
        None,
        CO,
    ),
    (
        "c3.8xlarge",
        32,
        60.0,
        Some("10 Gigabit"),
        "2 x 320 GB SSD",
        None,
        CO,
    ),
    (
        "hpc6a.48xlarge",
        96,
        384.0,
        Some("100 Gigabit"),
        "EBS only",
        None,
        CO,
    ),
    (
        "r5.24xlarge",
        96,
        768.0,
        Some("25 Gigabit"),
        "EBS only",
        None,
        MO,
    ),
    (
        "x1e.32xlarge",
        128,
        3904.0,
        Some("25 Gigabit"),
        "2 x 1920 GB SSD",
        None,
        MO,
    ),
    (
        "z1d.3xlarge",
        12,
        96.0,
        Some("Up to 10 Gigabit"),
        "1 x 450 GB NVMe SSD",
        None,
        MO,
    ),
    (
        "u-12tb1.112xlarge",
        448,
        12288.0,
        Some("100 Gigabit"),
        "EBS only",
        None,
        MO,
    ),
    (
        "x2iedn.32xlarge",
        128,
        4096.0,
        Some("100 Gigabit"),
        "2 x 1900 GB NVMe SSD",
        None,
        MO,
    ),
    (
        "r6id.metal",
        128,
        1024.0,
        Some("50 Gigabit"),
        "4 x 1900 GB NVMe SSD",
        None,
        MO,
    ),
    (
        "i3.large",
        2,
        15.25,
        Some("Up to 10 Gigabit"),
        "1 x 475 GB NVMe SSD",
        None,
        SO,
    ),
    (
        "i3en.24xlarge",
        96,
        768.0,
        Some("100 Gigabit"),
        "8 x 7500 GB NVMe SSD",
        None,
        SO,
    ),
    (
        "d3en.12xlarge",
        48,
        192.0,
        Some("75 Gigabit"),
        "24 x 13980 GB NVMe HDD",
        None,
        SO,
    ),
    (
        "is4gen.8xlarge",
        32,
        192.0,
        Some("50 Gigabit"),
        "4 x 7500 GB NVMe SSD",
        None,
        SO,
    ),
    (
        "h1.16xlarge",
        64,
        256.0,
        Some("25 Gigabit"),
        "8 x 2000 GB HDD",
        None,
        SO,
    ),
    (
        "p4d.24xlarge",
        96,
        1152.0,
        Some("4x 100 Gigabit"),
        "8 x 1000 GB NVMe SSD",
        Some(8),
        AC,
    ),
    (
        "g5.48xlarge",
        192,
        768.0,
        Some("100 Gigabit"),
        "2 x 3800 GB NVMe SSD",
        Some(8),
        AC,
    ),
    (
        "g4dn.xlarge",
        4,
        16.0,
        Some("Up to 25 Gigabit"),
        "1 x 125 GB NVMe SSD",
        Some(1),
        AC,
    ),
    (
        "inf2.48xlarge",
        192,
        768.0,
        Some("100 Gigabit"),
        "EBS only",
        Some(12),
        AC,
    ),
    (
        "f1.16xlarge",
        64,
        976.0,
        None,
        "4 x 940 GB NVMe SSD",
        Some(8),
        AC,
    ),
    (
        "trn1.32xlarge",
        128,
        512.0,
        Some("8x 100 Gigabit"),
        "4 x 1900 GB NVMe SSD",
        Some(16),
        AC,
    ),
    (
        "vt1.24xlarge",
        96,
        192.0,
        Some("25 Gigabit"),
        "EBS only",
        Some(16),
        AC,
    ),
];

#[test]
fn the_specs_agree_with_rows_of_the_guide_s_tables() {
    for (name, vcpus, memory, network, storage, accelerators, page) in GUIDE_SAMPLE {
        let d = decode(name).unwrap();
        let h = d
            .hardware
            .as_ref()
            .unwrap_or_else(|| panic!("{name}: no specs"));
        assert_eq!(h.specs.vcpus, vcpus, "{name}");
        assert_eq!(h.specs.memory_gib, memory, "{name}");
        assert_eq!(
            h.specs.network.as_ref().map(|n| n.text.as_str()),
            network,
            "{name}"
        );
        assert_eq!(
            h.specs.storage,
            hardware::parse_storage(storage).unwrap(),
            "{name}"
        );
        assert_eq!(h.specs.accelerators, accelerators, "{name}");
        assert_eq!(h.source, page, "{name}");
        assert_eq!(
            (h.read.as_str(), h.revision.as_str()),
            ("2026-12-07", "2023-05-11")
        );
    }
    let p4d = decode("p4d.24xlarge").unwrap();
    let a = p4d.hardware.unwrap().accelerator.unwrap();
    assert_eq!(
        (a.kind, a.maker.as_str(), a.model.as_str()),
        (AcceleratorKind::Gpu, "NVIDIA", "A100")
    );
    let n = decode("p4d.24xlarge")
        .unwrap()
        .hardware
        .unwrap()
        .specs
        .network
        .unwrap();
    assert_eq!(n.gbps, Some(400.0));
}

#[test]
fn processors_come_from_the_letter_or_the_guide_s_family_lists() {
    // name, processor, where it is said, model (from the guide) or None
    let table = [
        ("m5.large", "Intel", ProcessorFrom::Guide, true),
        ("c5.large", "Intel", ProcessorFrom::Guide, true),
        ("t2.micro", "Intel", ProcessorFrom::Guide, true),
        ("i3.large", "Intel", ProcessorFrom::Guide, true),
        ("z1d.large", "Intel", ProcessorFrom::Guide, true),
        ("x1e.xlarge", "Intel", ProcessorFrom::Guide, true),
        ("g5.xlarge", "AMD", ProcessorFrom::Guide, true),
        ("t3a.nano", "AMD", ProcessorFrom::Letter("a".into()), true),
        (
            "m6g.large",
            "AWS Graviton",
            ProcessorFrom::Letter("g".into()),
            true,
        ),
        (
            "m8g.large",
            "AWS Graviton",
            ProcessorFrom::Letter("g".into()),
            false,
        ),
        (
            "m7i.large",
            "Intel",
            ProcessorFrom::Letter("i".into()),
            false,
        ),
        ("mac1.metal", "Intel", ProcessorFrom::Guide, true),
        ("mac2.metal", "Apple silicon", ProcessorFrom::Guide, true),
        (
            "mac2-m2pro.metal",
            "Apple M2 Pro",
            ProcessorFrom::Part("-m2pro".into()),
            false,
        ),
        ("m5dn.large", "Intel", ProcessorFrom::Guide, false),
        ("u-24tb1.metal", "Intel", ProcessorFrom::Guide, true),
    ];
    for (name, processor, from, model) in table {
        let d = decode(name).unwrap();
        assert_eq!(d.processor.as_deref(), Some(processor), "{name}");
        assert_eq!(d.processor_from.as_ref(), Some(&from), "{name}");
        assert_eq!(d.processor_model.is_some(), model, "{name}");
        assert!(
            d.processor_source
                .as_deref()
                .unwrap()
                .starts_with("https://docs.aws.amazon.com/"),
            "{name}"
        );
    }
    assert_eq!(
        decode("m6g.large").unwrap().processor_model.as_deref(),
        Some("AWS Graviton2")
    );
    assert_eq!(
        decode("mac1.metal")
            .unwrap()
            .processor_maker
            .map(Maker::arch),
        Some(Arch::X86)
    );
}

/// Families the guide's pages read list, with no processor letter and no processor named there.
const GUIDE_LISTS_NO_PROCESSOR: &[&str] = &[
    "c1", "c3", "cc2", "cr1", "g2", "hs1", "i2", "inf2", "m1", "m2", "m3", "r3", "t1", "trn1",
    "trn1n", "u-3tb1",
];

/// Families the guide's revision read does not list, with no processor letter in their name.
const NOT_IN_GUIDE_NO_PROCESSOR: &[&str] = &[
    "cc1",
    "cg1",
    "dl2q",
    "f2",
    "g3s",
    "g6",
    "g6e",
    "g6f",
    "g7e",
    "gr6",
    "gr6f",
    "hi1",
    "p5",
    "p5e",
    "p5en",
    "p6-b200",
    "p6-b300",
    "p6e-gb200",
    "trn2",
];

#[test]
fn every_family_has_a_processor_but_the_listed_gaps() {
    let mut missing_listed = Vec::new();
    let mut missing_other = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for name in known_types() {
        let d = decode(name).unwrap();
        if !seen.insert(d.family.clone()) {
            continue;
        }
        if d.processor.is_none() {
            assert!(
                d.processor_from.is_none() && d.processor_maker.is_none(),
                "{name}"
            );
            if hardware::family(&d.family).is_some() {
                missing_listed.push(d.family.clone());
            } else {
                missing_other.push(d.family.clone());
            }
        } else {
            assert!(
                d.processor_maker.is_some(),
                "{name}: a processor with no maker"
            );
        }
    }
    assert_eq!(missing_listed, GUIDE_LISTS_NO_PROCESSOR);
    assert_eq!(missing_other, NOT_IN_GUIDE_NO_PROCESSOR);
    // Every processor the data file names is used.
    for f in hardware::families().families.values() {
        if f.processor.is_some() {
            let any = known_types()
                .iter()
                .find(|n| n.split('.').next() == Some(&f.name))
                .unwrap();
            assert!(
                decode(any).unwrap().processor_source.is_some(),
                "{}",
                f.name
            );
        }
    }
}

#[test]
fn the_data_files_agree_with_the_list_of_names() {
    let all = hardware::all_specs();
    assert_eq!(all.len(), 648);
    let mut names = std::collections::BTreeSet::new();
    for s in all {
        assert!(is_known(&s.name), "{} is not in the EC2 API's list", s.name);
        assert!(names.insert(&s.name), "{} twice", s.name);
        let family = s.name.split('.').next().unwrap();
        let f =
            hardware::family(family).unwrap_or_else(|| panic!("{family} not in the families file"));
        assert!(f.specs_page.is_some(), "{family}");
        assert_eq!(
            s.accelerators.is_some(),
            f.accelerator.is_some(),
            "{}",
            s.name
        );
    }
    for f in hardware::families().families.values() {
        if f.specs_page.is_some() {
            assert!(
                all.iter()
                    .any(|s| s.name.starts_with(&format!("{}.", f.name))),
                "{}",
                f.name
            );
        }
        assert!(
            f.generation.is_some(),
            "{}: listed as current or previous",
            f.name
        );
    }
    // Every real name has specs or says why not.
    let mut without = 0;
    for n in known_types() {
        let d = decode(n).unwrap();
        assert_ne!(d.hardware.is_some(), d.hardware_missing.is_some(), "{n}");
        without += usize::from(d.hardware.is_none());
    }
    assert_eq!(without, known_types().len() - 648);
}

#[test]
fn the_bundled_data_files_parse() {
    let families =
        hardware::parse_families(include_str!("../../../../assets/ec2-families.toml")).unwrap();
    assert_eq!(
        (families.read.as_str(), families.revision.as_str()),
        ("2026-12-07", "2023-05-11")
    );
    hardware::parse_specs(include_str!("../../../../assets/ec2-instance-specs.tsv")).unwrap();
}

fn matches(text: &str) -> Build {
    build(&parse_requirement(text).unwrap())
}

#[test]
fn the_builder_filters_real_types_by_their_hardware() {
    let gpu = matches("gpu");
    for n in [
        "p4d.24xlarge",
        "g5.xlarge",
        "g4ad.xlarge",
        "p5.48xlarge",
        "g6.xlarge",
    ] {
        assert!(gpu.matches.contains(&n.to_string()), "{n}");
    }
    for n in &gpu.matches {
        assert_eq!(
            decode(n).unwrap().accelerator_kind,
            Some(AcceleratorKind::Gpu),
            "{n}"
        );
    }
    assert!(
        !gpu.matches
            .iter()
            .any(|n| n.starts_with("inf") || n.starts_with("dl1"))
    );
    let inf = matches("inferentia");
    assert!(!inf.matches.is_empty() && inf.matches.iter().all(|n| n.starts_with("inf")));
    let trn = matches("trainium");
    assert!(trn.matches.contains(&"trn1n.32xlarge".to_string()));
    assert!(trn.matches.iter().all(|n| n.starts_with("trn")));
    let fpga = matches("fpga");
    assert!(fpga.matches.contains(&"f1.2xlarge".to_string()));
    assert!(fpga.matches.iter().all(|n| n.starts_with('f')));

    let arm = matches("arm");
    for n in [
        "a1.medium",
        "m6g.large",
        "m8g.large",
        "mac2.metal",
        "mac2-m2pro.metal",
    ] {
        assert!(arm.matches.contains(&n.to_string()), "{n}");
    }
    assert!(!arm.matches.contains(&"m5.large".to_string()));
    let x86 = matches("x86");
    for n in ["m5.large", "c6a.large", "mac1.metal", "m7i.large"] {
        assert!(x86.matches.contains(&n.to_string()), "{n}");
    }
    assert!(!x86.matches.iter().any(|n| n.starts_with("m6g.")));
    for n in &x86.matches {
        assert_eq!(
            decode(n).unwrap().processor_maker.map(Maker::arch),
            Some(Arch::X86),
            "{n}"
        );
    }

    let big = matches("at least 16 GiB");
    assert!(big.unjudged > 0, "types without specs cannot be judged");
    for n in &big.matches {
        assert!(
            decode(n).unwrap().hardware.unwrap().specs.memory_gib >= 16.0,
            "{n}"
        );
    }
    assert!(big.matches.contains(&"m5.xlarge".to_string()));
    assert!(!big.matches.contains(&"m5.large".to_string()));
    let smallest = decode(&big.matches[0]).unwrap().hardware.unwrap().specs;
    assert_eq!(
        smallest.memory_gib, 16.0,
        "smallest first: {:?}",
        big.matches
    );

    let b = matches("memory, graviton, at least 8 vcpus, at least 64 gib");
    assert!(
        b.matches.contains(&"r6g.2xlarge".to_string()),
        "{:?}",
        b.matches
    );
    assert!(
        b.matches.contains(&"r6gd.2xlarge".to_string()),
        "other letters may follow"
    );
    for n in &b.matches {
        let d = decode(n).unwrap();
        let s = d.hardware.unwrap().specs;
        assert!(s.vcpus >= 8 && s.memory_gib >= 64.0, "{n}");
        assert_eq!(d.category, Some(Category::MemoryOptimized));
    }
    // Without hardware the letters stay exact.
    assert!(
        !matches("memory, graviton, 2xlarge")
            .matches
            .contains(&"r6gd.2xlarge".to_string())
    );
    assert!(
        matches("compute, x86, at least 8 vcpus, xlarge")
            .matches
            .is_empty()
    );
    let req = parse_requirement("GPU, ARM, at least 16GiB, at least 4 vCPU").unwrap();
    assert_eq!(req.accelerator, Some(AcceleratorKind::Gpu));
    assert_eq!(req.arch, Some(Arch::Arm));
    assert_eq!((req.min_memory_gib, req.min_vcpus), (Some(16.0), Some(4)));
    assert_eq!(
        build(&req).matches.first().map(String::as_str),
        Some("g5g.2xlarge")
    );
}

/// Every meaning of the naming rules has its Korean, with the same `{n}`, and every processor
/// model of the families file has its Korean: the Korean screens never fall back to English.
#[test]
fn every_naming_entry_and_processor_model_has_its_korean() {
    let r = rules();
    let mut pairs: Vec<(String, &str, &str)> = Vec::new();
    for s in &r.series {
        pairs.push((format!("series {}", s.code), &s.meaning, &s.meaning_ko));
    }
    for o in &r.option {
        pairs.push((format!("option {}", o.code), &o.meaning, &o.meaning_ko));
        assert_eq!(
            o.by_category.keys().collect::<Vec<_>>(),
            o.by_category_ko.keys().collect::<Vec<_>>(),
            "option {}: by_category_ko has the categories of by_category",
            o.code
        );
        for (cat, en) in &o.by_category {
            pairs.push((
                format!("option {} {cat:?}", o.code),
                en,
                &o.by_category_ko[cat],
            ));
        }
    }
    for s in &r.suffix {
        pairs.push((format!("part {}", s.pattern), &s.meaning, &s.meaning_ko));
    }
    for s in &r.size {
        pairs.push((format!("size {}", s.pattern), &s.meaning, &s.meaning_ko));
    }
    assert!(pairs.len() > 40, "{}", pairs.len());
    for (what, en, ko) in pairs {
        assert!(!ko.trim().is_empty(), "{what}: no meaning_ko");
        assert_eq!(
            en.contains("{n}"),
            ko.contains("{n}"),
            "{what}: {{n}} in both"
        );
        // Korean, unless the meaning is a product's name.
        let names = [
            "FPGA",
            "AWS Inferentia",
            "macOS",
            "AWS Trainium",
            "NVIDIA Blackwell B{n} GPU",
        ];
        assert!(
            ko.chars().any(|c| ('가'..='힣').contains(&c)) || names.contains(&ko),
            "{what}: {ko:?} is neither Korean nor the product's name"
        );
    }
    let mut models = 0;
    for f in hardware::families().families.values() {
        if let Some(p) = &f.processor
            && let Some(m) = &p.model
        {
            models += 1;
            let ko = p.model_ko.as_deref().unwrap_or_default();
            assert!(!ko.is_empty(), "{}: no model_ko for {m:?}", f.name);
            assert!(
                !ko.contains("processors") && !ko.contains("generation"),
                "{}: {ko:?}",
                f.name
            );
        }
    }
    assert!(models > 50, "{models}");
}

#[test]
fn a_korean_meaning_follows_the_category_as_the_english_does() {
    // e: extra memory in a memory optimized family, extra storage in a storage optimized one.
    let d = decode("x2iedn.32xlarge").unwrap();
    let e = d.capabilities.iter().find(|c| c.code == "e").unwrap();
    assert_eq!(e.meaning.as_deref(), Some("Extra memory"));
    assert_eq!(e.meaning_ko.as_deref(), Some("추가 메모리"));
    let d = decode("i3en.large").unwrap();
    let e = d.capabilities.iter().find(|c| c.code == "e").unwrap();
    assert_eq!(e.meaning_ko.as_deref(), Some("추가 인스턴스 스토리지"));
    let d = decode("c7i-flex.large").unwrap();
    assert_eq!(d.series.meaning_ko.as_deref(), Some("컴퓨팅 최적화"));
    assert_eq!(d.size_meaning_ko.as_deref(), Some("medium과 xlarge 사이"));
}

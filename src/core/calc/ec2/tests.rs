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
            None,
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

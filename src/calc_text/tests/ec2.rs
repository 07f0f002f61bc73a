//! The decoder and the builder as the user reads them: unknown pieces, typos, legacy series, errors.

use super::en::ec2::{build_step, decoded_lines, note, unknown};
use super::en::error_line;
use crate::core::calc::ec2::*;

fn unknowns(d: &Decoded) -> Vec<String> {
    d.unknown.iter().map(unknown).collect()
}

fn codes(d: &Decoded) -> Vec<&str> {
    d.capabilities.iter().map(|c| c.code.as_str()).collect()
}

#[test]
fn unknown_letters_are_reported_never_guessed() {
    let d = decode("m7y.large").unwrap();
    assert_eq!(unknowns(&d), ["y"]);
    assert!(!d.known);
    assert_eq!(d.capabilities[0].meaning, None);
    assert!(
        decoded_lines(&d)
            .iter()
            .any(|l| l.contains("unknown: no naming rule explains it"))
    );
    let d = decode("qq9.large").unwrap();
    assert_eq!(unknowns(&d), ["qq"]);
    assert_eq!(d.category, None);
    let d = decode("m5.huge").unwrap();
    assert_eq!(unknowns(&d), ["huge"]);
    let d = decode("m5").unwrap();
    assert_eq!(unknowns(&d), ["(no size: a name is FAMILY.SIZE)"]);
}

#[test]
fn typos_get_close_real_names() {
    let d = decode("m7gd.2xlarg").unwrap();
    assert!(!d.known);
    assert_eq!(d.suggestions[0], "m7gd.2xlarge");
    assert!(decoded_lines(&d)[0].contains("did you mean m7gd.2xlarge"));
    assert!(
        decode("r7z.large")
            .unwrap()
            .suggestions
            .contains(&"r7iz.large".to_string())
    );
    assert_eq!(decode(" M7GD.2XLARGE ").unwrap().name, "m7gd.2xlarge");
    assert!(decode("M7GD.2XLARGE").unwrap().known);
}

#[test]
fn legacy_series_say_so() {
    let d = decode("a1.large").unwrap();
    assert!(d.legacy && d.unknown.is_empty());
    assert_eq!(d.processor.as_deref(), Some("AWS Graviton"));
    assert!(note(&d.notes[0]).contains("not in the current AWS naming table"));
    // p5 has no processor letter, and the guide's pages read do not list the family.
    let d = decode("p5.48xlarge").unwrap();
    assert_eq!(d.processor, None);
    let lines = decoded_lines(&d);
    assert!(
        lines
            .iter()
            .any(|l| l == "  processor   not stated in the name nor in the guide's pages read here"),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("  hardware    not in the guide's tables read here")),
        "{lines:#?}"
    );
}

#[test]
fn a_real_name_shows_its_hardware_and_where_it_comes_from() {
    let lines = decoded_lines(&decode("m5.large").unwrap());
    for want in [
        "  processor   Intel (the guide's list of processors per family)",
        "              Intel Xeon Scalable processors (Skylake 8175M or Cascade Lake 8259CL)",
        "  vCPUs       2",
        "  memory      8 GiB",
        "  network     Up to 10 Gigabit (bursts to 10 Gbps)",
        "  storage     EBS only (no instance store)",
        "  hardware    https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html",
        "  read        2026-12-07 (the guide's revision of 2023-05-11)",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}\n{lines:#?}");
    }
    let lines = decoded_lines(&decode("p4de.24xlarge").unwrap());
    for want in [
        "  network     4x 100 Gigabit (400 Gbps in all)",
        "  storage     8 x 1,000 GB NVMe SSD (8,000 GB in all)",
        "  accelerators 8 x NVIDIA A100 GPUs (80 GB each)",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}\n{lines:#?}");
    }
    let lines = decoded_lines(&decode("t2.nano").unwrap());
    assert!(
        lines.iter().any(|l| l == "  memory      0.5 GiB"),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l
            == "  network     Low to Moderate (the guide gives no number for this older type)"),
        "{lines:#?}"
    );
    let lines = decoded_lines(&decode("inf2.xlarge").unwrap());
    assert!(
        lines
            .iter()
            .any(|l| l == "  accelerators 1 x AWS Inferentia2 inference chip (32 GiB HBM each)"),
        "{lines:#?}"
    );
    let lines = decoded_lines(&decode("u-18tb1.112xlarge").unwrap());
    assert!(
        lines.iter().any(|l| l
            == "  hardware    the guide's table for this family does not list this size"),
        "{lines:#?}"
    );
}

#[test]
fn numbers_keep_their_decimals_and_group_thousands() {
    use crate::calc_text::ec2::decimal;
    assert_eq!(decimal(8.0), "8");
    assert_eq!(decimal(0.5), "0.5");
    assert_eq!(decimal(3.75), "3.75");
    assert_eq!(decimal(24576.0), "24,576");
    assert_eq!(decimal(12.5), "12.5");
}

#[test]
fn bad_names_are_errors_that_name_the_field() {
    for (name, wanted) in [
        ("", "name: missing"),
        ("   ", "name: missing"),
        ("m5.large; rm -rf", "name: `m5.large; rm -rf` has `;`"),
        ("m5.\u{1b}[2J", "\\u{1b}"),
    ] {
        let e = decode(name).map_err(|e| error_line(&e)).unwrap_err();
        assert!(e.contains(wanted), "{name:?}: {e}");
    }
    assert!(error_line(&decode(&"m".repeat(65)).unwrap_err()).contains("too long"));
}

#[test]
fn the_reverse_builder_finds_real_names() {
    let req = parse_requirement("memory optimized, Graviton, local NVMe, 2xlarge").unwrap();
    assert_eq!(req.category, Some(Category::MemoryOptimized));
    assert_eq!(req.processor.as_deref(), Some("g"));
    assert_eq!(req.capabilities, ["d"]);
    let b = build(&req);
    assert_eq!(b.pattern, "(r|u|x|z)<generation>gd.2xlarge");
    for n in [
        "r8gd.2xlarge",
        "r7gd.2xlarge",
        "r6gd.2xlarge",
        "x2gd.2xlarge",
    ] {
        assert!(b.matches.contains(&n.to_string()), "{n} in {:?}", b.matches);
    }
    assert!(
        b.matches.iter().position(|n| n == "r8gd.2xlarge")
            < b.matches.iter().position(|n| n == "r6gd.2xlarge")
    );
    for n in &b.matches {
        let d = decode(n).unwrap();
        assert_eq!(d.category, Some(Category::MemoryOptimized));
        assert_eq!(codes(&d), ["g", "d"]);
    }
    let b = build(&parse_requirement("compute, intel, flex, large").unwrap());
    assert_eq!(b.matches, ["c8i-flex.large", "c7i-flex.large"]);
    assert!(
        b.steps
            .iter()
            .map(build_step)
            .any(|s| s.contains("part -flex"))
    );
    let b = build(&parse_requirement("storage, graviton, extra, network, medium").unwrap());
    assert!(
        b.matches.contains(&"is4gen.medium".to_string()),
        "{:?}",
        b.matches
    );
    let none = build(&parse_requirement("hpc, qualcomm, nano").unwrap());
    assert!(none.matches.is_empty());
    assert!(build_step(none.steps.last().unwrap()).contains("no instance type"));
}

#[test]
fn bad_requirements_name_the_field() {
    for (text, wanted) in [
        ("", "build: missing"),
        ("memory, compute", "build: two categories given"),
        ("amd, intel", "build: two processors given"),
        ("large, xlarge", "build: two sizes given"),
        (
            "memory, purple",
            "build: `purple` is not a category, processor, capability, size or hardware",
        ),
        (
            "gpu, fpga",
            "build: two kinds of accelerator given (`gpu` and `fpga`)",
        ),
        (
            "arm, x86",
            "build: two instruction sets given (`arm` and `x86`)",
        ),
        (
            "at least 8 GiB, at least 16 GiB",
            "build: two memory minimums given (`at least 8 gib` and `at least 16 gib`)",
        ),
        (
            "at least 2 vcpus, at least 4 vcpus",
            "build: two vCPU minimums given",
        ),
        (
            "at least lots gib",
            "build: `at least lots gib` needs a number and a unit",
        ),
        (
            "at least 16 parsecs",
            "build: `at least 16 parsecs` needs a number",
        ),
    ] {
        let e = parse_requirement(text)
            .map_err(|e| error_line(&e))
            .unwrap_err();
        assert!(e.starts_with(wanted), "{text}: {e}");
    }
}

/// The guide's network texts: the English exactly as the guide writes it, the Korean made from
/// the same numbers.
#[test]
fn network_text_in_both_languages_keeps_the_numbers() {
    use crate::calc_text::ec2::network_text;
    use crate::core::calc::ec2::hardware::parse_network;
    use crate::core::config::Lang;
    for (guide, ko) in [
        ("Up to 10 Gigabit", "최대 10기가비트"),
        ("Up to 12.5 Gigabit", "최대 12.5기가비트"),
        ("25 Gigabit", "25기가비트"),
        ("4x 100 Gigabit", "4x 100기가비트"),
        ("Moderate", "중간"),
        ("Low to Moderate", "낮음~중간"),
        ("Very Low", "매우 낮음"),
    ] {
        let n = parse_network(guide).unwrap();
        assert_eq!(network_text(Lang::En, &n), guide);
        assert_eq!(network_text(Lang::Ko, &n), ko);
    }
    // Every network text of the bundled specs has a Korean without the guide's English words.
    for s in hardware::all_specs() {
        if let Some(n) = &s.network {
            let ko = network_text(Lang::Ko, n);
            assert!(!ko.contains("Gigabit") && !ko.contains("Up to"), "{ko}");
            assert_eq!(network_text(Lang::En, n), n.text);
        }
    }
}

/// A decoding in Korean: the naming table's meanings and the processor model in Korean, the
/// numbers and the names as in English.
#[test]
fn a_decoding_in_korean_has_korean_meanings_and_the_same_numbers() {
    use crate::core::config::Lang;
    let d = decode("m5.large").unwrap();
    let en = crate::calc_text::ec2::decoded_lines(Lang::En, &d).join("\n");
    let ko = crate::calc_text::ec2::decoded_lines(Lang::Ko, &d).join("\n");
    for line in [
        "  시리즈      m: 범용",
        "              Intel Xeon Scalable 프로세서(Skylake 8175M 또는 Cascade Lake 8259CL)",
        "  크기        large: medium과 xlarge 사이",
        "  네트워크    최대 10기가비트 (버스트 시 10 Gbps)",
    ] {
        assert!(ko.contains(line), "missing {line:?} in\n{ko}");
    }
    assert!(en.contains("  series      m: General purpose"), "{en}");
    assert!(en.contains("Up to 10 Gigabit (bursts to 10 Gbps)"), "{en}");
    let d = decode("c7i-flex.large").unwrap();
    let ko = crate::calc_text::ec2::decoded_lines(Lang::Ko, &d).join("\n");
    for line in [
        "  시리즈      c: 컴퓨팅 최적화",
        "  옵션 i      Intel 프로세서",
        "  -flex       Flex 인스턴스: CPU 기준 40%, 하루 중 대부분 최대 100%로 실행 가능",
    ] {
        assert!(ko.contains(line), "missing {line:?} in\n{ko}");
    }
    let b = build(&parse_requirement("memory optimized, Graviton, local NVMe, 2xlarge").unwrap());
    let ko: Vec<String> = b
        .steps
        .iter()
        .map(|s| crate::calc_text::ec2::build_step(Lang::Ko, s))
        .collect();
    assert!(
        ko.contains(&"인스턴스 스토어 볼륨(로컬 NVMe SSD): 문자 d".to_string()),
        "{ko:?}"
    );
    assert!(
        ko.contains(&"크기 2xlarge: xlarge의 2배".to_string()),
        "{ko:?}"
    );
}

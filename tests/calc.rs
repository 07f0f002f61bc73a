//! The calculators through the real binary: `awsdrill calc dynamodb` and `awsdrill decode`, their
//! JSON fields, their text working, their errors and exit statuses.

mod common;
use common::{run, stderr, stdout};
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)))
}

fn fails(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?} should fail: {}",
        stdout(&out)
    );
    assert!(stdout(&out).is_empty());
    stderr(&out)
}

#[test]
fn the_issue_example_prints_its_working() {
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "calc",
        "dynamodb",
        "--item-size",
        "6.5KB",
        "--reads",
        "80",
        "--consistency",
        "eventual",
    ];
    let out = run(dir.path(), &args);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        "reads:  1 RCU per read (GetItem, eventually consistent) x 80 reads/s = 80 RCU/s -> provision 80 RCU",
        "  1. item size: 6.5KB read as 6.5 x 1,024 = 6,656 bytes (DynamoDB's KB is 1,024 bytes)",
        "  2. GetItem: a read unit covers up to 4 KB and the size rounds up: ceil(6,656 B / 4,096 B) = 2 units",
        "  3. eventually consistent: half a unit per 4 KB: 2 / 2 = 1 RCU per read",
        "  4. x 80 reads/s = 80 RCU/s",
        "rules: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
}

#[test]
fn dynamodb_json_has_the_documented_fields() {
    let v = json(&[
        "calc",
        "dynamodb",
        "--item-size",
        "6.5KB",
        "--reads",
        "80",
        "--json",
    ]);
    assert_eq!(v["calculator"], "dynamodb");
    assert_eq!(v["direction"], "forward");
    assert_eq!(v["mode"], "provisioned");
    assert_eq!(v["items"][0]["size"], "6.5KB");
    assert_eq!(v["items"][0]["bytes"], 6656);
    let r = &v["read"];
    assert_eq!(r["operation"], "GetItem");
    assert_eq!(r["consistency"], "eventual");
    assert_eq!(r["unit"], "RCU");
    assert_eq!(r["per_operation"], 1);
    assert_eq!(r["operations_per_second"], 80);
    assert_eq!(r["per_second"], 80);
    assert_eq!(r["capacity"], 80);
    assert!(v["write"].is_null() && v["replication"].is_null());
    assert_eq!(v["working"].as_array().unwrap().len(), 5);
    assert!(
        v["source"]
            .as_str()
            .unwrap()
            .starts_with("https://docs.aws.amazon.com/")
    );
}

#[test]
fn writes_gsis_replicas_and_on_demand_in_json() {
    let v = json(&[
        "calc",
        "dynamodb",
        "--item-size",
        "2.5KB",
        "--writes",
        "10",
        "--gsi",
        "1KB",
        "--gsi",
        "200B",
        "--regions",
        "3",
        "--on-demand",
        "--json",
    ]);
    let w = &v["write"];
    assert_eq!(
        (w["operation"].as_str(), w["unit"].as_str()),
        (Some("PutItem"), Some("WRU"))
    );
    assert_eq!(
        (w["per_operation"].as_u64(), w["per_second"].as_u64()),
        (Some(3), Some(30))
    );
    assert!(w["capacity"].is_null());
    assert_eq!(v["gsis"][0]["per_second"], 10);
    assert_eq!(v["gsis"][1]["projected_bytes"], 200);
    let r = &v["replication"];
    assert_eq!(r["unit"], "rWRU");
    assert_eq!(r["replicated_per_second"], 60);
    assert_eq!(r["gsi_per_region_per_second"], 20);
}

#[test]
fn batch_query_and_half_units_in_json() {
    let v = json(&[
        "calc",
        "dynamodb",
        "--operation",
        "batch-get-item",
        "--items",
        "1.5KB,6.5KB",
        "--consistency",
        "strong",
        "--json",
    ]);
    assert_eq!(v["read"]["per_operation"], 3);
    let v = json(&[
        "calc",
        "dynamodb",
        "--operation",
        "query",
        "--items",
        "1500x64B",
        "--reads",
        "3",
        "--json",
    ]);
    assert_eq!(v["read"]["per_operation"], 12);
    let v = json(&[
        "calc",
        "dynamodb",
        "--item-size",
        "4KB",
        "--reads",
        "3",
        "--json",
    ]);
    assert_eq!(v["read"]["per_operation"], 0.5);
    assert_eq!(v["read"]["per_second"], 1.5);
    assert_eq!(v["read"]["capacity"], 2);
}

#[test]
fn reverse_mode_in_json() {
    let v = json(&[
        "calc",
        "dynamodb",
        "--item-size",
        "6.5KB",
        "--rcu",
        "80",
        "--wcu",
        "10",
        "--json",
    ]);
    assert_eq!(v["direction"], "reverse");
    assert_eq!(v["read"]["max_per_second"], 80);
    assert_eq!(v["write"]["per_operation"], 7);
    assert_eq!(v["write"]["max_per_second"], 1);
}

#[test]
fn bad_input_names_the_flag_and_exits_1() {
    for (args, wanted) in [
        (
            vec!["--item-size", "-1KB"],
            "awsdrill: --item-size: `-1KB` is negative",
        ),
        (
            vec!["--item-size", "0KB"],
            "awsdrill: --item-size: `0KB` is zero",
        ),
        (
            vec!["--item-size", "401KB"],
            "awsdrill: --item-size: 401KB (410,624 bytes) is over DynamoDB's 400 KB item limit",
        ),
        (
            vec!["--item-size", "3GB"],
            "awsdrill: --item-size: unknown unit `GB`",
        ),
        (
            vec!["--item-size", "1KB", "--reads", "ten"],
            "awsdrill: --reads: `ten` is not a whole number",
        ),
        (
            vec!["--item-size", "1KB", "--consistency", "maybe"],
            "awsdrill: --consistency: unknown consistency `maybe`",
        ),
        (
            vec!["--operation", "batch-write-item", "--items", "26x1KB"],
            "awsdrill: --items: BatchWriteItem takes at most 25 items",
        ),
        (vec![], "awsdrill: --item-size: missing"),
        // A flag given with nothing in it is not the flag left out (it was taken as 1 read/s).
        (
            vec!["--item-size", "1KB", "--reads", ""],
            "awsdrill: --reads: empty; write a value, or leave the flag out",
        ),
        (
            vec!["--item-size", "1KB", "--writes", " "],
            "awsdrill: --writes: empty",
        ),
        (
            vec!["--item-size", "1KB", "--reads", "1", "--regions", ""],
            "awsdrill: --regions: empty",
        ),
        (
            vec!["--item-size", "1KB", "--reads", "1", "--consistency", ""],
            "awsdrill: --consistency: empty",
        ),
        (
            vec!["--item-size", "1KB", "--rcu", ""],
            "awsdrill: --rcu: empty",
        ),
        (
            vec!["--item-size", "1KB", "--reads", "1", "--gsi", ""],
            "awsdrill: --gsi: empty",
        ),
    ] {
        let mut all = vec!["calc", "dynamodb"];
        all.extend(args);
        let err = fails(&all);
        assert!(err.contains(wanted), "{all:?}: {err}");
    }
}

#[test]
fn an_unknown_flag_is_clap_s_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["calc", "dynamodb", "--colour", "red"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn help_documents_each_flag() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["calc", "dynamodb", "--help"]);
    let text = stdout(&out);
    for flag in [
        "--operation",
        "--item-size",
        "--items",
        "--previous-size",
        "--reads",
        "--writes",
        "--consistency",
        "--gsi",
        "--gsi-key-change",
        "--regions",
        "--on-demand",
        "--rcu",
        "--wcu",
        "--json",
    ] {
        assert!(
            text.contains(&format!("{flag} ")),
            "help lacks {flag}:\n{text}"
        );
    }
    let out = run(dir.path(), &["--help"]);
    let text = stdout(&out);
    assert!(text.contains("calc") && text.contains("decode"), "{text}");
}

#[test]
fn decode_json_has_the_documented_fields() {
    let v = json(&["decode", "r7iz.metal-16xl", "u7in-32tb.224xlarge", "--json"]);
    assert_eq!(v["calculator"], "ec2-decode");
    assert!(v["build"].is_null());
    let d = &v["decoded"][0];
    assert_eq!(d["name"], "r7iz.metal-16xl");
    assert_eq!(d["family"], "r7iz");
    assert_eq!(d["series"]["code"], "r");
    assert_eq!(d["category"], "memory-optimized");
    assert_eq!(d["generation"], 7);
    assert_eq!(d["processor"], "Intel");
    assert_eq!(d["capabilities"][1]["code"], "z");
    assert_eq!(d["capabilities"][1]["meaning"], "High CPU frequency");
    assert_eq!(d["size"], "metal-16xl");
    assert_eq!(d["metal"], true);
    assert_eq!(d["known"], true);
    assert_eq!(d["unknown"].as_array().unwrap().len(), 0);
    assert_eq!(v["decoded"][1]["capabilities"][2]["code"], "-32tb");
}

/// `specs` and `processor` in `decode --json`, for a type the guide's tables list, one with
/// accelerators, and one whose family is newer than the tables read. Values from
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html and
/// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/accelerated-computing-instances.html.
#[test]
fn decode_json_gives_specs_and_the_processor_with_its_source() {
    let v = json(&["decode", "m5.large", "p4d.24xlarge", "m8g.large", "--json"]);
    let m5 = &v["decoded"][0];
    assert_eq!(m5["processor"], "Intel");
    assert_eq!(m5["processor_maker"], "intel");
    assert_eq!(
        m5["processor_from"],
        "the guide's list of processors per family"
    );
    assert_eq!(
        m5["processor_model"],
        "Intel Xeon Scalable processors (Skylake 8175M or Cascade Lake 8259CL)"
    );
    assert_eq!(
        m5["processor_source"],
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html#general-purpose-hardware"
    );
    let s = &m5["specs"];
    assert_eq!(s["vcpus"], 2);
    assert_eq!(s["memory_gib"], 8.0);
    assert_eq!(s["network"], "Up to 10 Gigabit");
    assert_eq!(s["network_gbps"], 10.0);
    assert_eq!(s["network_up_to"], true);
    assert_eq!(s["storage"], "EBS only");
    assert_eq!(s["storage_gb"], 0);
    assert!(s["instance_store"].is_null() && s["accelerators"].is_null());
    assert_eq!(
        s["source"],
        "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/general-purpose-instances.html"
    );
    assert_eq!(s["read"], "2026-12-07");
    assert_eq!(s["revision"], "2023-05-11");
    assert!(m5["specs_missing"].is_null());

    let p4d = &v["decoded"][1]["specs"];
    assert_eq!(p4d["vcpus"], 96);
    assert_eq!(p4d["memory_gib"], 1152.0);
    assert_eq!(p4d["network_gbps"], 400.0);
    assert_eq!(p4d["storage"], "8 x 1000 GB NVMe SSD");
    assert_eq!(p4d["storage_gb"], 8000);
    assert_eq!(p4d["instance_store"]["volumes"], 8);
    assert_eq!(p4d["instance_store"]["medium"], "NVMe SSD");
    let a = &p4d["accelerators"];
    assert_eq!(a["count"], 8);
    assert_eq!(a["kind"], "gpu");
    assert_eq!(a["maker"], "NVIDIA");
    assert_eq!(a["model"], "A100");

    let m8g = &v["decoded"][2];
    assert_eq!(m8g["processor"], "AWS Graviton");
    assert_eq!(m8g["processor_from"], "letter g");
    assert!(m8g["specs"].is_null());
    assert!(
        m8g["specs_missing"]
            .as_str()
            .unwrap()
            .starts_with("not in the guide's tables read here"),
        "{m8g}"
    );
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["decode", "m5.large"]);
    let text = stdout(&out);
    for line in [
        "  vCPUs       2",
        "  memory      8 GiB",
        "  storage     EBS only",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
}

#[test]
fn decode_builds_names_from_hardware() {
    let v = json(&["decode", "--build", "gpu, at least 64 GiB", "--json"]);
    let b = &v["build"];
    assert_eq!(b["requirement"]["accelerator"], "gpu");
    assert_eq!(b["requirement"]["min_memory_gib"], 64.0);
    assert!(b["requirement"]["arch"].is_null() && b["requirement"]["min_vcpus"].is_null());
    assert!(b["unjudged"].as_u64().unwrap() > 0);
    let matches: Vec<&str> = b["matches"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(matches.contains(&"p4d.24xlarge") && matches.contains(&"g5.4xlarge"));
    assert!(!matches.contains(&"g5.2xlarge"), "32 GiB: {matches:?}");
    let v = json(&["decode", "--build", "x86, at least 8 vcpus", "--json"]);
    assert_eq!(v["build"]["requirement"]["arch"], "x86");
    assert_eq!(v["build"]["requirement"]["min_vcpus"], 8);
    assert!(
        fails(&["decode", "--build", "at least many gib"])
            .contains("awsdrill: --build: `at least many gib` needs a number and a unit")
    );
}

#[test]
fn decode_suggests_real_names_for_a_typo() {
    let v = json(&["decode", "m7gd.2xlarg", "--json"]);
    let d = &v["decoded"][0];
    assert_eq!(d["known"], false);
    assert_eq!(d["suggestions"][0], "m7gd.2xlarge");
    assert_eq!(d["unknown"][0], "2xlarg");
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["decode", "m7gd.2xlarg"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains("did you mean m7gd.2xlarge"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn decode_builds_names_from_a_requirement() {
    let v = json(&[
        "decode",
        "--build",
        "memory optimized, graviton, local nvme, 2xlarge",
        "--json",
    ]);
    let b = &v["build"];
    assert_eq!(b["pattern"], "(r|u|x|z)<generation>gd.2xlarge");
    let matches: Vec<&str> = b["matches"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        matches.contains(&"r8gd.2xlarge") && matches.contains(&"x2gd.2xlarge"),
        "{matches:?}"
    );
    assert_eq!(b["requirement"]["category"], "memory-optimized");
}

#[test]
fn decode_errors_name_the_input_and_exit_1() {
    assert!(fails(&["decode"]).contains("awsdrill: NAME: missing"));
    assert!(fails(&["decode", "m5.lar ge"]).contains("awsdrill: NAME: `m5.lar ge` has ` `"));
    assert!(
        fails(&["decode", "--build", "memory, purple"])
            .contains("awsdrill: --build: `purple` is not a category")
    );
}

#[test]
fn calc_ec2_is_the_decoder_and_decode_stays_its_alias() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        vec!["r7iz.metal-16xl", "m7gd.2xlarg"],
        vec!["c7i-flex.large", "--build", "memory, graviton", "--json"],
        vec![],
        vec!["--build", "memory, purple"],
    ] {
        let decode = run(dir.path(), &[&["decode"], args.as_slice()].concat());
        let calc = run(dir.path(), &[&["calc", "ec2"], args.as_slice()].concat());
        assert_eq!(decode.status.code(), calc.status.code(), "{args:?}");
        assert_eq!(stdout(&decode), stdout(&calc), "{args:?}");
        assert_eq!(stderr(&decode), stderr(&calc), "{args:?}");
    }
    let out = run(dir.path(), &["calc", "--help"]);
    let text = stdout(&out);
    assert!(text.contains("dynamodb") && text.contains("ec2"), "{text}");
}

/// `--lang ko`: the text output in Korean with the same numbers; the JSON stays as it is.
fn korean(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let mut with_lang = vec!["--lang", "ko"];
    with_lang.extend_from_slice(args);
    let out = run(dir.path(), &with_lang);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

#[test]
fn calc_dynamodb_in_korean() {
    let text = korean(&[
        "calc",
        "dynamodb",
        "--item-size",
        "6.5KB",
        "--reads",
        "80",
        "--consistency",
        "eventual",
    ]);
    for line in [
        "읽기: 읽기 요청당 1 RCU (GetItem, 최종적으로 일관된 읽기) x 초당 읽기 80회 = 80 RCU/s -> 80 RCU 프로비저닝",
        "계산 과정:",
        "  1. 항목 크기: 6.5KB = 6.5 x 1,024 = 6,656바이트 (DynamoDB의 KB는 1,024바이트)",
        "  2. GetItem: 읽기 단위 하나는 최대 4 KB이고 크기는 올림합니다: ceil(6,656 B / 4,096 B) = 2단위",
        "  3. 최종적으로 일관된 읽기: 4 KB당 절반 단위: 2 / 2 = 읽기 요청당 1 RCU",
        "  4. x 초당 읽기 80회 = 80 RCU/s",
        "규칙: https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    // The JSON is the same in both languages.
    let args = [
        "calc",
        "dynamodb",
        "--item-size",
        "6.5KB",
        "--reads",
        "80",
        "--json",
    ];
    let en = json(&args);
    let ko = json(&[&["--lang", "ko"], &args[..]].concat());
    assert_eq!(en, ko);
}

#[test]
fn calc_dynamodb_errors_in_korean_name_the_flag() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &[
            "--lang",
            "ko",
            "calc",
            "dynamodb",
            "--item-size",
            "-1KB",
            "--writes",
            "x",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains("--item-size: `-1KB`은(는) 음수입니다. 항목은 최소 1바이트입니다"),
        "{err}"
    );
    assert!(
        err.contains("--writes: `x`은(는) 정수가 아닙니다. 입력할 값: 초당 쓰기 수"),
        "{err}"
    );
}

#[test]
fn calc_s3_in_korean() {
    let text = korean(&[
        "calc",
        "s3",
        "--reads",
        "11000",
        "--writes",
        "3500",
        "--prefixes",
        "1",
    ]);
    for line in [
        "S3: 초당 11,000 GET/HEAD 및 3,500 PUT/COPY/POST/DELETE 요청에 접두사 2개 필요",
        "접두사 1개에 고르게 분산: 접두사당 요청률을 넘으므로 503 Slow Down이 예상됩니다. 최소 2개를 사용하십시오",
        "GET/HEAD: ceil(초당 11,000회 / 접두사당 5,500회) = 접두사 2개",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    assert!(!text.contains("prefixes"), "{text}");
}

#[test]
fn decode_in_korean() {
    let text = korean(&["decode", "m5.large"]);
    for line in [
        "m5.large: 실제 인스턴스 유형입니다(EC2 API 목록에 있음)",
        "  패밀리      m5 (점 앞의 전부)",
        "  범주        범용",
        "  세대        5",
        "  vCPU        2",
        "  메모리      8 GiB",
        "규칙: ",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    let text = korean(&["decode", "--build", "memory, graviton, nvme, 2xlarge"]);
    assert!(
        text.starts_with("이름 구성:\n  메모리 최적화: 시리즈 "),
        "{text}"
    );
    assert!(text.contains("실제 이름: r8gd.2xlarge"), "{text}");
    // The JSON is the same in both languages.
    let en = json(&["decode", "m5.large", "--json"]);
    let ko = json(&["--lang", "ko", "decode", "m5.large", "--json"]);
    assert_eq!(en, ko);
}

#[test]
fn decode_in_korean_says_the_meanings_and_the_network_in_korean() {
    let text = korean(&["decode", "m5.large"]);
    for line in [
        "  시리즈      m: 범용",
        "              Intel Xeon Scalable 프로세서(Skylake 8175M 또는 Cascade Lake 8259CL)",
        "  크기        large: medium과 xlarge 사이",
        "  네트워크    최대 10기가비트 (버스트 시 10 Gbps)",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    let text = korean(&["decode", "c7i-flex.large"]);
    assert!(text.contains("  옵션 i      Intel 프로세서"), "{text}");
    assert!(
        text.contains("  -flex       Flex 인스턴스: CPU 기준 40%"),
        "{text}"
    );
    // The JSON keeps the naming table's English.
    let en = json(&["decode", "c7i-flex.large", "--json"]);
    let ko = json(&["--lang", "ko", "decode", "c7i-flex.large", "--json"]);
    assert_eq!(en, ko);
}

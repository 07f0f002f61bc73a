//! Property tests over untrusted input: pack files, the settings file, calculator input and typed
//! answers. Each property runs `PROPTEST_CASES` cases (10,000 by default here; more by hand, for
//! example `PROPTEST_CASES=200000 cargo test --release --test fuzz`). The property is always the
//! same: no panic, no hang, and every error is located or names its field.

use awsdrill::core::calc::dynamodb::{Form, evaluate};
use awsdrill::core::calc::ec2::decode;
use awsdrill::core::calc::size::{parse_list, parse_size};
use awsdrill::core::config::parse_config;
use awsdrill::core::content::{Severity, parse_pack};
use awsdrill::core::drill::grade_numeric;
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces a pack file is made of, so that random files get past the TOML parser often.
fn pack_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("[pack]".to_string()),
        Just("[[card]]".to_string()),
        Just("[[question]]".to_string()),
        Just("[[question.choice]]".to_string()),
        Just("[[generator]]".to_string()),
        (
            prop::sample::select(vec![
                "id",
                "kind",
                "front",
                "back",
                "text",
                "answer",
                "unit",
                "tolerance",
                "source",
                "domain",
                "task",
                "stem",
                "correct",
                "why",
                "schema",
                "checked",
                "title",
                "services",
                "tags",
                "cards",
                "group",
                "note",
                "ko",
                "service",
            ]),
            prop_oneof![
                "\"[a-z{}:/ .-]{0,30}\"".prop_map(|s| s),
                any::<i64>().prop_map(|n| n.to_string()),
                any::<f64>().prop_map(|f| format!("{f:?}")),
                Just("true".to_string()),
                Just("2026-11-24".to_string()),
                Just("[\"a\", 1]".to_string()),
                Just("{ front = \"x\" }".to_string()),
                Just("\"https://docs.aws.amazon.com/x\"".to_string()),
                Just("\"basic\"".to_string()),
                Just("\"cloze\"".to_string()),
                Just("\"numeric\"".to_string()),
                Just("\"security\"".to_string()),
            ]
        )
            .prop_map(|(k, v)| format!("{k} = {v}")),
        ".{0,40}",
    ]
}

/// The flags of `awsdrill calc dynamodb` (without dashes): the fields a calculator error may name.
fn dynamodb_flags() -> Vec<String> {
    use clap::CommandFactory;
    let cmd = awsdrill::cli::Cli::command();
    let calc = cmd.find_subcommand("calc").expect("calc");
    let dynamo = calc.find_subcommand("dynamodb").expect("calc dynamodb");
    dynamo
        .get_arguments()
        .filter_map(|a| a.get_long().map(str::to_string))
        .collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn pack_files_of_any_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let r = parse_pack("fuzz.toml", &bytes);
        for f in &r.findings {
            prop_assert!(f.line > 0 || f.code == "file-too-large");
        }
    }

    #[test]
    fn pack_shaped_files_never_panic_and_errors_are_located(lines in prop::collection::vec(pack_line(), 0..40)) {
        let text = lines.join("\n");
        let r = parse_pack("fuzz.toml", text.as_bytes());
        for f in r.findings.iter().filter(|f| f.severity == Severity::Error) {
            prop_assert!(f.line >= 1 && f.column >= 1, "{:?}", f);
            let _ = awsdrill::content_text::render(awsdrill::core::config::Lang::En, f);
        }
    }

    #[test]
    fn config_files_never_panic(lines in prop::collection::vec(pack_line(), 0..12)) {
        let (_, findings) = parse_config("config.toml", &lines.join("\n"));
        for f in findings {
            prop_assert!(f.line >= 1);
        }
    }

    #[test]
    fn calculator_input_never_panics_and_names_its_field(
        size in ".{0,16}",
        items in ".{0,24}",
        reads in ".{0,12}",
        op in prop::sample::select(vec!["", "get-item", "query", "scan", "batch-get-item", "batch-write-item", "transact-write-items", "put-item", "update-item", "bogus"]),
    ) {
        let _ = parse_size("item-size", &size);
        let _ = parse_list("items", &items);
        let form = Form {
            operation: op.into(),
            item_size: size,
            items,
            reads: reads.clone(),
            writes: reads,
            ..Form::default()
        };
        if let Err(errs) = evaluate(&form) {
            let flags = dynamodb_flags();
            for e in errs {
                prop_assert!(flags.contains(&e.field.to_string()), "{} is not a flag of calc dynamodb: {:?}", e.field, flags);
            }
        }
    }

    #[test]
    fn numbers_near_the_limits_are_handled(n in any::<u64>(), unit in prop::sample::select(vec!["B", "KB", "KiB", "MB", "x"])) {
        let _ = parse_size("item-size", &format!("{n}{unit}"));
        let form = Form { item_size: "1KB".into(), reads: n.to_string(), writes: n.to_string(), ..Form::default() };
        let _ = evaluate(&form);
    }

    #[test]
    fn typed_answers_and_instance_names_never_panic(typed in ".{0,40}", name in ".{0,30}") {
        let _ = grade_numeric(&typed, 900.0, "seconds", None, 0.0);
        let _ = grade_numeric(&typed, 900.0, "seconds", Some("초"), 0.0);
        let _ = grade_numeric(&typed, 10_000.0, "requests per second", Some("초당 요청 {n}건"), 0.0);
        let _ = decode(&name);
    }

    /// IAM policies of policy-shaped text: no panic, every finding inside the text, and a policy
    /// that reads evaluates a request of arbitrary parts without panicking.
    #[test]
    fn iam_policies_never_panic(parts in prop::collection::vec(iam_piece(), 0..30), ctx in "[a-zA-Z:/=,.0-9${}*?]{0,30}") {
        use awsdrill::core::iam::{Context, Policies, NamedPolicy, PolicyType, Request, evaluate, parse_policy, parse_principal};
        let text = parts.concat();
        for ty in [PolicyType::Identity, PolicyType::Resource, PolicyType::Rcp] {
            let parsed = parse_policy(&text, ty);
            for f in &parsed.findings {
                prop_assert!(f.span.start <= text.len(), "{f:?}");
            }
            if let Some(policy) = parsed.policy {
                let mut c = Context::default();
                let _ = c.add_pair(&ctx);
                let p = parse_principal("arn:aws:sts::111122223333:assumed-role/R/s").unwrap();
                let req = Request::new(p, "s3:GetObject", "arn:aws:s3:::b/k", c);
                let mut set = Policies::default();
                let np = NamedPolicy { name: "p".into(), policy };
                match ty {
                    PolicyType::Identity => set.identity.push(np),
                    PolicyType::Resource => set.resource = Some(np),
                    _ => set.rcps.push(np),
                }
                let _ = evaluate(&set, &req);
            }
        }
    }
}

/// Pieces of policy JSON, so that random documents often parse.
fn iam_piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"Version\"",
        "\"2012-10-17\"",
        "\"2008-10-17\"",
        "\"Statement\"",
        "\"Effect\"",
        "\"Allow\"",
        "\"Deny\"",
        "\"Action\"",
        "\"NotAction\"",
        "\"s3:*\"",
        "\"*\"",
        "\"Resource\"",
        "\"NotResource\"",
        "\"arn:aws:s3:::b/${aws:username}/*\"",
        "\"Principal\"",
        "\"NotPrincipal\"",
        "\"AWS\"",
        "\"111122223333\"",
        "\"Condition\"",
        "\"StringLike\"",
        "\"ForAnyValue:StringNotEqualsIfExists\"",
        "\"Null\"",
        "\"IpAddress\"",
        "\"DateLessThan\"",
        "\"aws:SourceIp\"",
        "\"10.0.0.0/8\"",
        "\"true\"",
        "true",
        "12",
        "null",
        "\"${\"",
        "\"\\u00e9\"",
        "\"Sid\"",
    ])
    .prop_map(str::to_string)
}

//! `awsdrill iam` through the real binary: the decision in JSON and text, the exit statuses
//! (0 allowed, 1 denied, 2 invalid input), context handling and located policy findings.

mod common;
use common::{run, stderr, stdout};
use serde_json::Value;

const CARLOS: &str = "arn:aws:iam::123456789012:user/carlossalazar";

fn iam(args: &[&str]) -> std::process::Output {
    let dir = tempfile::tempdir().unwrap();
    let mut all = vec!["iam"];
    all.extend_from_slice(args);
    run(dir.path(), &all)
}

fn eval_json(args: &[&str]) -> (i32, Value) {
    let mut all = vec!["eval"];
    all.extend_from_slice(args);
    all.push("--json");
    let out = iam(&all);
    let v = serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{e}: {} {}", stdout(&out), stderr(&out)));
    (out.status.code().unwrap(), v)
}

/// reference_policies_evaluation-logic.html: Carlos and the carlossalazar-logs bucket.
#[test]
fn decisions_and_exit_statuses() {
    let base = [
        "--identity",
        "example:carlos-identity",
        "--resource-policy",
        "example:carlos-bucket-policy",
        "--principal",
        CARLOS,
        "--action",
        "s3:PutObject",
        "--resource",
    ];
    let with = |r: &'static str| {
        let mut a = base.to_vec();
        a.push(r);
        a
    };
    let (code, v) = eval_json(&with("arn:aws:s3:::carlossalazar-logs"));
    assert_eq!(code, 1);
    assert_eq!(v["decision"], "explicit-deny");
    assert_eq!(v["decided_by"], "identity");
    assert_eq!(v["deciding"][0]["sid"], "DenyS3Logs");
    assert_eq!(v["deciding"][0]["line"], 24);
    assert_eq!(v["path"][0]["check"], "deny-evaluation");
    assert_eq!(v["path"][0]["then"], "explicit-deny");
    let (code, v) = eval_json(&with("arn:aws:s3:::carlossalazar/notes.txt"));
    assert_eq!(code, 0);
    assert_eq!(v["decision"], "allow");
    assert_eq!(v["request"]["cross_account"], false);
    let (code, v) = eval_json(&with("arn:aws:s3:::someone-else/notes.txt"));
    assert_eq!(code, 1);
    assert_eq!(v["decision"], "implicit-deny");
    assert_eq!(v["deciding"], Value::Array(vec![]));
    // The text report names the decision, the statement with its place, and the path.
    let out = iam(&{
        let mut a = vec!["eval"];
        a.extend(with("arn:aws:s3:::carlossalazar-logs"));
        a
    });
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.starts_with("Decision: explicit Deny"), "{text}");
    assert!(
        text.contains("example:carlos-identity:24:9  DenyS3Logs (Deny)"),
        "{text}"
    );
    assert!(text.contains("1. Deny evaluation:"), "{text}");
}

/// Cross-account (reference_policies_evaluation-logic-cross-account.html): an S3 ARN has no
/// account, so without --resource-account the bucket is the principal's.
#[test]
fn resource_account_of_s3() {
    let args = |acct: Option<&'static str>| {
        let mut a = vec![
            "--identity",
            "example:carlos-cross-account-identity",
            "--resource-policy",
            "example:production-bucket-policy",
            "--principal",
            "arn:aws:iam::111111111111:user/carlossalazar",
            "--action",
            "s3:PutObject",
            "--resource",
            "arn:aws:s3:::Production/report.csv",
        ];
        if let Some(acct) = acct {
            a.extend(["--resource-account", acct]);
        }
        a
    };
    let (code, v) = eval_json(&args(None));
    assert_eq!(code, 0);
    assert_eq!(v["request"]["resource_account"], "111111111111");
    assert_eq!(v["request"]["cross_account"], false);
    let (code, v) = eval_json(&args(Some("222222222222")));
    assert_eq!(code, 0);
    assert_eq!(v["request"]["cross_account"], true);
    let steps: Vec<&str> = v["path"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["check"].as_str().unwrap())
        .collect();
    assert_eq!(steps.last(), Some(&"resource-policy-cross-account"));
}

/// Context values: a multivalued key with commas, an IP address; a key not given is absent.
#[test]
fn context_values() {
    let args = |ctx: &[&'static str]| {
        let mut a = vec![
            "--identity",
            "tests/fixtures/iam/tag-keys.json",
            "--principal",
            "arn:aws:iam::111122223333:user/alice",
            "--action",
            "ec2:CreateTags",
            "--resource",
            "arn:aws:ec2:us-east-1:111122223333:instance/i-0abc",
        ];
        for c in ctx {
            a.extend(["--context", c]);
        }
        a
    };
    let (code, v) = eval_json(&args(&[
        "aws:TagKeys=environment,cost-center",
        "aws:SourceIp=203.0.113.7",
    ]));
    assert_eq!(code, 0, "{v}");
    let tag = v["context"].as_array().unwrap()[0].clone();
    assert_eq!(
        tag["values"],
        serde_json::json!(["environment", "cost-center"])
    );
    let (code, _) = eval_json(&args(&[
        "aws:TagKeys=environment,owner",
        "aws:SourceIp=203.0.113.7",
    ]));
    assert_eq!(code, 1);
    // No aws:TagKeys: ForAllValues is true for an absent key; no aws:SourceIp: IpAddress is false.
    let (code, _) = eval_json(&args(&["aws:SourceIp=203.0.113.7"]));
    assert_eq!(code, 0);
    let (code, v) = eval_json(&args(&["aws:TagKeys=environment"]));
    assert_eq!(code, 1);
    assert_eq!(v["decision"], "implicit-deny");
}

/// Invalid input exits 2 and says where: a Version other than 2012-10-17 or 2008-10-17 with
/// line:col and a caret, a bad flag value named by its flag.
#[test]
fn invalid_input_exits_2() {
    let out = iam(&[
        "eval",
        "--identity",
        "tests/fixtures/iam/bad-version.json",
        "--principal",
        CARLOS,
        "--action",
        "s3:GetObject",
        "--resource",
        "arn:aws:s3:::amzn-s3-demo-bucket/a",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("error[bad-version]"), "{err}");
    assert!(
        err.contains("tests/fixtures/iam/bad-version.json:2:16"),
        "{err}"
    );
    assert!(err.contains("^^^^^^^^^^^^"), "{err}");
    assert!(stdout(&out).is_empty());
    for (flag, value, says) in [
        ("--principal", "alice", "--principal:"),
        ("--action", "s3:Get*", "--action:"),
        ("--resource", "bucket/key", "--resource:"),
        ("--context", "aws:SourceIp", "--context:"),
        ("--resource-account", "12", "--resource-account:"),
    ] {
        let mut a = vec![
            "eval",
            "--identity",
            "example:carlos-identity",
            "--principal",
            CARLOS,
            "--action",
            "s3:GetObject",
            "--resource",
            "arn:aws:s3:::b/k",
        ];
        a.extend([flag, value]);
        // A repeated single-value flag: put the bad value last so it is the one read.
        let out = iam(&a);
        if flag == "--principal" || flag == "--action" || flag == "--resource" {
            // clap refuses a second value of a single-value flag; give it alone instead.
            let mut b: Vec<&str> = a.clone();
            let i = b.iter().position(|x| *x == flag).unwrap();
            b.drain(i..i + 2);
            let out = iam(&b);
            assert_eq!(out.status.code(), Some(2), "{flag}");
            assert!(stderr(&out).contains(says), "{flag}: {}", stderr(&out));
            continue;
        }
        assert_eq!(out.status.code(), Some(2), "{flag}");
        assert!(stderr(&out).contains(says), "{flag}: {}", stderr(&out));
    }
    let out = iam(&[
        "eval",
        "--identity",
        "tests/fixtures/iam/missing.json",
        "--principal",
        CARLOS,
        "--action",
        "s3:GetObject",
        "--resource",
        "*",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.json: no such file"));
}

/// `iam check`: every finding located, errors exit 1, a clean file exits 0; variables in a
/// 2008-10-17 policy are a warning.
#[test]
fn check_reports_located_findings() {
    let out = iam(&[
        "check",
        "tests/fixtures/iam/many-problems.json",
        "--type",
        "resource",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    for code in [
        "unknown-element",
        "bad-action",
        "malformed-arn",
        "notprincipal-allow",
        "unknown-operator",
        "duplicate-sid",
    ] {
        assert!(text.contains(&format!("error[{code}]")), "{code}: {text}");
    }
    assert!(text.contains("write `Effect`"), "{text}");
    let out = iam(&[
        "check",
        "tests/fixtures/iam/old-version-variable.json",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["errors"], 0);
    assert_eq!(v["findings"][0]["code"], "variable-not-substituted");
    assert_eq!(v["findings"][0]["line"], 7);
    let out = iam(&["check", "example:xcompany-boundaries", "--type", "boundary"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = iam(&["example"]);
    assert!(stdout(&out).contains("carlos-identity"));
}

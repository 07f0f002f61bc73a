//! The differential check: random request/policy combinations (tests/fixtures/iam/differential.json,
//! drawn by scripts/iam_diff/run.mjs) evaluated by awsdrill and compared with the decisions that
//! @cloud-copilot/iam-simulate, a second and independent implementation, gave for them. Node is
//! needed only to make the fixture again, not to run this test.

use awsdrill::core::iam::eval::Decision;
use awsdrill::core::iam::{
    Context, NamedPolicy, Policies, PolicyType, Request, evaluate, parse_policy, parse_principal,
};
use serde_json::Value;

/// Cases where the two implementations disagree and awsdrill follows AWS's documentation; each
/// with the reason (see README, "Differential check").
const KNOWN_DISAGREEMENTS: &[(&str, &str)] = &[];

fn policy(name: &str, ty: PolicyType, v: &Value) -> NamedPolicy {
    let text = serde_json::to_string_pretty(v).unwrap();
    let parsed = parse_policy(&text, ty);
    assert!(
        !parsed.has_errors(),
        "{name}: {:?}\n{text}",
        parsed.findings
    );
    NamedPolicy {
        name: name.to_string(),
        policy: parsed.policy.unwrap(),
    }
}

fn decide(case: &Value) -> Decision {
    let id = case["id"].as_str().unwrap();
    let mut p = Policies::default();
    for (i, v) in case["identity"].as_array().unwrap().iter().enumerate() {
        p.identity.push(policy(
            &format!("{id}/identity{i}"),
            PolicyType::Identity,
            v,
        ));
    }
    for (i, v) in case["scps"].as_array().unwrap().iter().enumerate() {
        p.scps
            .push(policy(&format!("{id}/scp{i}"), PolicyType::Scp, v));
    }
    for (i, v) in case["rcps"].as_array().unwrap().iter().enumerate() {
        p.rcps
            .push(policy(&format!("{id}/rcp{i}"), PolicyType::Rcp, v));
    }
    let one = |key: &str, ty| {
        let v = &case[key];
        (!v.is_null()).then(|| policy(&format!("{id}/{key}"), ty, v))
    };
    p.resource = one("resource_policy", PolicyType::Resource);
    p.boundary = one("boundary", PolicyType::Boundary);
    p.session = one("session", PolicyType::Session);
    let mut ctx = Context::default();
    for (k, v) in case["context"].as_object().unwrap() {
        let value = match v {
            Value::Array(a) => a
                .iter()
                .map(|x| x.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(","),
            other => other.as_str().unwrap().to_string(),
        };
        ctx.add_pair(&format!("{k}={value}")).unwrap();
        if v.is_array() {
            // A list is a multivalued key even with one value.
            ctx.entries.last_mut().unwrap().multi = true;
        }
    }
    let principal = parse_principal(case["principal"].as_str().unwrap()).unwrap();
    let mut req = Request::new(
        principal,
        case["action"].as_str().unwrap(),
        case["resource"].as_str().unwrap(),
        ctx,
    );
    req.resource_account = case["resource_account"].as_str().map(str::to_string);
    evaluate(&p, &req).decision
}

#[test]
fn awsdrill_agrees_with_iam_simulate() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/iam/differential.json"
    ))
    .unwrap();
    let fixture: Value = serde_json::from_str(&text).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert!(cases.len() >= 300, "only {} cases", cases.len());
    let mut counts = std::collections::BTreeMap::new();
    let mut disagreements = Vec::new();
    for case in cases {
        let id = case["id"].as_str().unwrap();
        let theirs = case["iam_simulate"].as_str().unwrap();
        let ours = decide(case).key();
        *counts.entry(theirs).or_insert(0) += 1;
        let known = KNOWN_DISAGREEMENTS.iter().any(|(k, _)| *k == id);
        if (ours != theirs) != known {
            disagreements.push(format!("{id}: awsdrill {ours}, iam-simulate {theirs}"));
        }
    }
    // Every decision kind is exercised.
    assert!(counts.len() == 3, "{counts:?}");
    assert!(
        disagreements.is_empty(),
        "{} of {} cases differ (or a known disagreement no longer does):\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
}

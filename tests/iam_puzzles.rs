//! The IAM puzzles and exam questions whose answer is a policy evaluation, confirmed by the
//! evaluator: every scenario card of content/packs/iam-puzzles.toml (its back starts with the
//! decision the evaluator gives), and the questions of the iam pack listed below (their key
//! states what the evaluator finds).

use awsdrill::core::iam::eval::{Decision, Evaluation};
use awsdrill::core::iam::examples::example;
use awsdrill::core::iam::{
    Context, NamedPolicy, Policies, PolicyType, Request, evaluate, parse_policy, parse_principal,
};

fn named(name: &str) -> NamedPolicy {
    let e = example(name).unwrap();
    NamedPolicy {
        name: name.into(),
        policy: parse_policy(e.text, e.policy_type).policy.unwrap(),
    }
}

fn inline(ty: PolicyType, json: &str) -> NamedPolicy {
    let p = parse_policy(json, ty);
    assert!(!p.has_errors(), "{:?}", p.findings);
    NamedPolicy {
        name: "inline".into(),
        policy: p.policy.unwrap(),
    }
}

fn req(principal: &str, action: &str, resource: &str, ctx: &[&str]) -> Request {
    let mut c = Context::default();
    for p in ctx {
        c.add_pair(p).unwrap();
    }
    Request::new(parse_principal(principal).unwrap(), action, resource, c)
}

fn pack(name: &str) -> toml::Value {
    let path = format!("{}/content/packs/{name}.toml", env!("CARGO_MANIFEST_DIR"));
    toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn decision_words(d: Decision) -> &'static str {
    match d {
        Decision::Allow => "Allow",
        Decision::ExplicitDeny => "Explicit deny",
        Decision::ImplicitDeny => "Implicit deny",
    }
}

fn sids(ev: &Evaluation) -> Vec<String> {
    ev.deciding().iter().filter_map(|s| s.sid.clone()).collect()
}

/// Each scenario card with the evaluation it describes.
fn scenario(id: &str) -> Evaluation {
    let carlos = "arn:aws:iam::123456789012:user/carlossalazar";
    match id {
        "carlos-logs-bucket" => {
            let ev = evaluate(
                &Policies {
                    identity: vec![named("carlos-identity")],
                    resource: Some(named("carlos-bucket-policy")),
                    ..Default::default()
                },
                &req(
                    carlos,
                    "s3:PutObject",
                    "arn:aws:s3:::carlossalazar-logs",
                    &[],
                ),
            );
            assert_eq!(sids(&ev), ["DenyS3Logs"]);
            ev
        }
        "bucket-policy-alone" => evaluate(
            &Policies {
                resource: Some(named("carlos-bucket-policy")),
                ..Default::default()
            },
            &req(
                carlos,
                "s3:PutObject",
                "arn:aws:s3:::carlossalazar/notes.txt",
                &[],
            ),
        ),
        "cross-account-delete" => {
            let mut r = req(
                "arn:aws:iam::111111111111:user/carlossalazar",
                "s3:DeleteObject",
                "arn:aws:s3:::Production/report.csv",
                &[],
            );
            r.resource_account = Some("222222222222".into());
            let ev = evaluate(
                &Policies {
                    identity: vec![named("carlos-cross-account-identity")],
                    resource: Some(named("production-bucket-policy")),
                    ..Default::default()
                },
                &r,
            );
            assert!(ev.cross_account);
            ev
        }
        "boundary-blocks-create-user" => {
            let ev = evaluate(
                &Policies {
                    identity: vec![named("shirley-create-user")],
                    boundary: Some(named("shirley-boundary")),
                    ..Default::default()
                },
                &req(
                    "arn:aws:iam::111122223333:user/ShirleyRodriguez",
                    "iam:CreateUser",
                    "*",
                    &[],
                ),
            );
            assert_eq!(ev.decided_by, Some(PolicyType::Boundary));
            ev
        }
        "role-arn-grant-and-boundary" => {
            let ev = evaluate(
                &Policies {
                    resource: Some(named("reports-bucket-role-session")),
                    boundary: Some(named("shirley-create-user")),
                    ..Default::default()
                },
                &req(
                    "arn:aws:sts::111122223333:assumed-role/Reports/nightly",
                    "s3:GetObject",
                    "arn:aws:s3:::amzn-s3-demo-bucket-reports/r.csv",
                    &[],
                ),
            );
            assert_eq!(ev.decided_by, Some(PolicyType::Boundary));
            ev
        }
        "scp-allow-list" => {
            let ev = evaluate(
                &Policies {
                    identity: vec![named("iam-admin-full")],
                    scps: vec![named("scp-allow-s3-dynamodb")],
                    ..Default::default()
                },
                &req(
                    "arn:aws:iam::111122223333:user/alice",
                    "ec2:RunInstances",
                    "*",
                    &[],
                ),
            );
            assert_eq!(ev.decided_by, Some(PolicyType::Scp));
            ev
        }
        "region-scp-notaction" => evaluate(
            &Policies {
                identity: vec![named("iam-admin-full")],
                scps: vec![named("scp-full-access"), named("scp-deny-outside-regions")],
                ..Default::default()
            },
            &req(
                "arn:aws:iam::111122223333:user/alice",
                "iam:ListUsers",
                "*",
                &["aws:RequestedRegion=us-east-1"],
            ),
        ),
        "variable-old-version" => evaluate(
            &Policies {
                identity: vec![inline(
                    PolicyType::Identity,
                    include_str!("fixtures/iam/old-version-variable.json"),
                )],
                ..Default::default()
            },
            &req(
                "arn:aws:iam::111122223333:user/alice",
                "s3:GetObject",
                "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/a.txt",
                &[],
            ),
        ),
        "mfa-ifexists-access-keys" => evaluate(
            &Policies {
                identity: vec![named("deny-without-mfa")],
                ..Default::default()
            },
            &req(
                "arn:aws:iam::111122223333:user/alice",
                "ec2:StopInstances",
                "*",
                &[],
            ),
        ),
        "federated-user-no-session-policy" => evaluate(
            &Policies {
                identity: vec![named("developer-role")],
                ..Default::default()
            },
            &req(
                "arn:aws:sts::111122223333:federated-user/bob",
                "s3:GetObject",
                "arn:aws:s3:::amzn-s3-demo-bucket/a.txt",
                &[],
            ),
        ),
        other => panic!("scenario card {other} has no evaluation in tests/iam_puzzles.rs"),
    }
}

#[test]
fn every_scenario_card_states_the_evaluators_decision() {
    let p = pack("iam-puzzles");
    let cards = p["card"].as_array().unwrap();
    assert!(cards.len() >= 10);
    for card in cards {
        let id = card["id"].as_str().unwrap();
        let ev = scenario(id);
        let back = card["back"].as_str().unwrap();
        assert!(
            back.starts_with(decision_words(ev.decision)),
            "{id}: the evaluator says {:?}, the card says: {back}",
            ev.decision
        );
        assert!(card.get("ko").is_some(), "{id} has no Korean text");
        assert!(
            card["source"]
                .as_str()
                .unwrap()
                .starts_with("https://docs.aws.amazon.com/"),
            "{id}"
        );
    }
}

/// The key of an exam question, found by a phrase of the correct choice.
fn key(pack_name: &str, id: &str) -> String {
    let p = pack(pack_name);
    let q = p["question"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["id"].as_str() == Some(id))
        .unwrap_or_else(|| panic!("{pack_name}/{id} is gone"));
    let correct: Vec<&str> = q["choice"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c.get("correct").and_then(toml::Value::as_bool) == Some(true))
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert_eq!(correct.len(), 1, "{id}");
    correct[0].to_string()
}

/// Exam questions of the iam pack whose key is a policy evaluation: the evaluator reaches the
/// key's conclusion on the scenario of the stem. (The questions' text is not edited here.)
#[test]
fn exam_question_keys_confirmed_by_the_evaluator() {
    let user = |n: &str| format!("arn:aws:iam::111122223333:user/{n}");
    let session = "arn:aws:sts::111122223333:assumed-role/report-reader/s";
    // iam/q-bucket-deny: identity Allow, bucket-policy Deny naming the role -> explicit deny.
    assert!(key("iam", "q-bucket-deny").contains("An explicit Deny in any policy"));
    let ev = evaluate(
        &Policies {
            identity: vec![inline(
                PolicyType::Identity,
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}}"#,
            )],
            resource: Some(inline(
                PolicyType::Resource,
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::111122223333:role/report-reader"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::reports/*"}}"#,
            )),
            ..Default::default()
        },
        &req(session, "s3:GetObject", "arn:aws:s3:::reports/q1.csv", &[]),
    );
    assert_eq!(ev.decision, Decision::ExplicitDeny);
    // iam/q-same-account-bucket: bucket policy allows the user, no identity policy -> allowed.
    assert!(key("iam", "q-same-account-bucket").starts_with("The download succeeds"));
    let ev = evaluate(
        &Policies {
            resource: Some(inline(
                PolicyType::Resource,
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:user/analyst"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::analytics-data/*"}}"#,
            )),
            ..Default::default()
        },
        &req(
            &user("analyst"),
            "s3:GetObject",
            "arn:aws:s3:::analytics-data/x.parquet",
            &[],
        ),
    );
    assert_eq!(ev.decision, Decision::Allow);
    // iam/q-boundary-blocks-ec2: identity ec2:* s3:*, boundary s3:* dynamodb:* -> S3 only.
    assert!(key("iam", "q-boundary-blocks-ec2").starts_with("S3 actions only"));
    let p = Policies {
        identity: vec![inline(
            PolicyType::Identity,
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["ec2:*","s3:*"],"Resource":"*"}}"#,
        )],
        boundary: Some(inline(
            PolicyType::Boundary,
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["s3:*","dynamodb:*"],"Resource":"*"}}"#,
        )),
        ..Default::default()
    };
    let role = "arn:aws:sts::111122223333:assumed-role/app/s";
    for (action, want) in [
        ("s3:GetObject", Decision::Allow),
        ("ec2:RunInstances", Decision::ImplicitDeny),
        ("dynamodb:GetItem", Decision::ImplicitDeny),
    ] {
        assert_eq!(
            evaluate(&p, &req(role, action, "*", &[])).decision,
            want,
            "{action}"
        );
    }
    // iam/q-scp-blocks-admin: AdministratorAccess, SCP allows ec2 s3 lambda dynamodb -> SageMaker denied by the SCP.
    assert!(key("iam", "q-scp-blocks-admin").starts_with("The SCP sets the maximum permissions"));
    let ev = evaluate(
        &Policies {
            identity: vec![inline(
                PolicyType::Identity,
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"*","Resource":"*"}}"#,
            )],
            scps: vec![inline(
                PolicyType::Scp,
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":["ec2:*","s3:*","lambda:*","dynamodb:*"],"Resource":"*"}}"#,
            )],
            ..Default::default()
        },
        &req(role, "sagemaker:CreateTrainingJob", "*", &[]),
    );
    assert_eq!(
        (ev.decision, ev.decided_by),
        (Decision::ImplicitDeny, Some(PolicyType::Scp))
    );
    // iam/q-group-membership: user policy and group policy both apply.
    assert!(key("iam", "q-group-membership").starts_with("Both dynamodb:Query and s3:GetObject"));
    let p = Policies {
        identity: vec![
            inline(
                PolicyType::Identity,
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"dynamodb:Query","Resource":"*"}}"#,
            ),
            inline(
                PolicyType::Identity,
                r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}"#,
            ),
        ],
        ..Default::default()
    };
    for action in ["dynamodb:Query", "s3:GetObject"] {
        assert_eq!(
            evaluate(&p, &req(&user("dana"), action, "*", &[])).decision,
            Decision::Allow
        );
    }
    // iam/q-notaction-allow: Allow NotAction iam:* -> IAM implicitly denied, others allowed.
    assert!(key("iam", "q-notaction-allow").contains("IAM stays implicitly denied"));
    let p = Policies {
        identity: vec![inline(
            PolicyType::Identity,
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","NotAction":"iam:*","Resource":"*"}}"#,
        )],
        ..Default::default()
    };
    let ops = "arn:aws:sts::111122223333:assumed-role/ops-role/s";
    assert_eq!(
        evaluate(&p, &req(ops, "iam:CreateUser", "*", &[])).decision,
        Decision::ImplicitDeny
    );
    assert_eq!(
        evaluate(&p, &req(ops, "s3:ListAllMyBuckets", "*", &[])).decision,
        Decision::Allow
    );
    // iam/q-source-ip: Deny for * with NotIpAddress aws:SourceIp 203.0.113.0/24.
    assert!(key("iam", "q-source-ip").contains("NotIpAddress aws:SourceIp 203.0.113.0/24"));
    let p = Policies {
        identity: vec![inline(
            PolicyType::Identity,
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::hr-records/*"}}"#,
        )],
        resource: Some(inline(
            PolicyType::Resource,
            r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::hr-records/*","Condition":{"NotIpAddress":{"aws:SourceIp":"203.0.113.0/24"}}}}"#,
        )),
        ..Default::default()
    };
    let fed = "arn:aws:sts::111122223333:assumed-role/hr-readers/ana";
    let get = |ip: &str| {
        evaluate(
            &p,
            &req(
                fed,
                "s3:GetObject",
                "arn:aws:s3:::hr-records/a.pdf",
                &[&format!("aws:SourceIp={ip}")],
            ),
        )
        .decision
    };
    assert_eq!(get("203.0.113.25"), Decision::Allow);
    assert_eq!(get("198.51.100.9"), Decision::ExplicitDeny);
    // iam/q-variable-not-working: Version 2008-10-17 leaves ${aws:username} unreplaced.
    assert!(
        key("iam", "q-variable-not-working")
            .starts_with("Variables are not replaced under Version 2008-10-17")
    );
    let policy = |v: &str| {
        inline(
            PolicyType::Identity,
            &format!(
                r#"{{"Version":"{v}","Statement":{{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::team-docs/${{aws:username}}/*"}}}}"#
            ),
        )
    };
    let r = req(
        &user("mia"),
        "s3:GetObject",
        "arn:aws:s3:::team-docs/mia/plan.md",
        &[],
    );
    let with = |v| {
        evaluate(
            &Policies {
                identity: vec![policy(v)],
                ..Default::default()
            },
            &r,
        )
        .decision
    };
    assert_eq!(with("2008-10-17"), Decision::ImplicitDeny);
    assert_eq!(with("2012-10-17"), Decision::Allow);
}

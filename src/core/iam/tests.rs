//! AWS's documented examples of policy evaluation, reproduced. Each test names the page it follows.

use super::eval::{Check, Decision, Grantee, Then};
use super::examples::example;
use super::parse::{ArnProblem, FindingKind};
use super::*;
use crate::core::content::diag::Severity;

fn named(name: &str) -> NamedPolicy {
    let e = example(name).unwrap_or_else(|| panic!("no example {name}"));
    let parsed = parse_policy(e.text, e.policy_type);
    assert!(!parsed.has_errors(), "{name}: {:?}", parsed.findings);
    NamedPolicy {
        name: name.to_string(),
        policy: parsed.policy.unwrap(),
    }
}

fn text(name: &str, ty: PolicyType, json: &str) -> NamedPolicy {
    let parsed = parse_policy(json, ty);
    assert!(!parsed.has_errors(), "{name}: {:?}", parsed.findings);
    NamedPolicy {
        name: name.to_string(),
        policy: parsed.policy.unwrap(),
    }
}

fn request(principal: &str, action: &str, resource: &str, ctx: &[&str]) -> Request {
    let mut c = Context::default();
    for p in ctx {
        c.add_pair(p).unwrap();
    }
    Request::new(parse_principal(principal).unwrap(), action, resource, c)
}

fn sids(ev: &Evaluation) -> Vec<String> {
    ev.deciding()
        .iter()
        .map(|s| s.sid.clone().unwrap_or_else(|| format!("#{}", s.index)))
        .collect()
}

const CARLOS: &str = "arn:aws:iam::123456789012:user/carlossalazar";

/// reference_policies_evaluation-logic.html, "Example identity-based and resource-based policy
/// evaluation": Carlos saving a file to carlossalazar-logs is denied by DenyS3Logs; to the
/// carlossalazar bucket it is allowed, by both policies.
#[test]
fn same_account_carlos() {
    let p = Policies {
        identity: vec![named("carlos-identity")],
        resource: Some(named("carlos-bucket-policy")),
        ..Default::default()
    };
    let logs = evaluate(
        &p,
        &request(
            CARLOS,
            "s3:PutObject",
            "arn:aws:s3:::carlossalazar-logs",
            &[],
        ),
    );
    assert_eq!(logs.decision, Decision::ExplicitDeny);
    assert_eq!(sids(&logs), ["DenyS3Logs"]);
    assert_eq!(logs.decided_by, Some(PolicyType::Identity));
    let own = evaluate(
        &p,
        &request(
            CARLOS,
            "s3:PutObject",
            "arn:aws:s3:::carlossalazar/notes.txt",
            &[],
        ),
    );
    assert_eq!(own.decision, Decision::Allow);
    // The bucket policy names Carlos's user ARN: it allows by itself, in the same account.
    assert_eq!(
        own.steps[3].check,
        Check::ResourcePolicySameAccount {
            present: true,
            grantee: Some(Grantee::User)
        }
    );
    // "If one of the policy types allows the request and the other doesn't, the request is
    // still allowed": without the identity policy, and without the bucket policy.
    let only_bucket = Policies {
        resource: Some(named("carlos-bucket-policy")),
        ..Default::default()
    };
    let r = request(
        CARLOS,
        "s3:PutObject",
        "arn:aws:s3:::carlossalazar/notes.txt",
        &[],
    );
    assert_eq!(evaluate(&only_bucket, &r).decision, Decision::Allow);
    let only_identity = Policies {
        identity: vec![named("carlos-identity")],
        ..Default::default()
    };
    assert_eq!(evaluate(&only_identity, &r).decision, Decision::Allow);
    assert_eq!(
        evaluate(&Policies::default(), &r).decision,
        Decision::ImplicitDeny
    );
}

/// reference_policies_evaluation-logic-cross-account.html, "Example cross-account policy
/// evaluation": carlossalazar in 111111111111 writing to Production-logs in 222222222222 is denied
/// (explicitly, by DenyS3Logs); to Production it is allowed because both accounts allow.
#[test]
fn cross_account_carlos() {
    let carlos = "arn:aws:iam::111111111111:user/carlossalazar";
    let mut r = request(
        carlos,
        "s3:PutObject",
        "arn:aws:s3:::Production-logs/f",
        &[],
    );
    r.resource_account = Some("222222222222".into());
    let p = Policies {
        identity: vec![named("carlos-cross-account-identity")],
        ..Default::default()
    };
    let logs = evaluate(&p, &r);
    assert!(logs.cross_account);
    assert_eq!(logs.decision, Decision::ExplicitDeny);
    assert_eq!(sids(&logs), ["DenyS3Logs"]);
    let mut r = request(carlos, "s3:PutObject", "arn:aws:s3:::Production/f", &[]);
    r.resource_account = Some("222222222222".into());
    let p = Policies {
        identity: vec![named("carlos-cross-account-identity")],
        resource: Some(named("production-bucket-policy")),
        ..Default::default()
    };
    let ok = evaluate(&p, &r);
    assert_eq!(ok.decision, Decision::Allow);
    assert_eq!(sids(&ok), ["AllowS3ProductionObjectActions", "#0"]);
    // Either side alone is not enough across accounts.
    let no_bucket = Policies {
        identity: vec![named("carlos-cross-account-identity")],
        ..Default::default()
    };
    let ev = evaluate(&no_bucket, &r);
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Resource));
    let no_identity = Policies {
        resource: Some(named("production-bucket-policy")),
        ..Default::default()
    };
    let ev = evaluate(&no_identity, &r);
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Identity));
    // The bucket policy lets him create and edit, not delete.
    let mut del = request(carlos, "s3:DeleteObject", "arn:aws:s3:::Production/f", &[]);
    del.resource_account = Some("222222222222".into());
    assert_eq!(evaluate(&p, &del).decision, Decision::ImplicitDeny);
}

/// access_policies_boundaries.html: ShirleyRodriguez's boundary allows S3, CloudWatch and EC2;
/// with a policy allowing iam:CreateUser, creating a user still fails.
#[test]
fn boundary_shirley() {
    let shirley = "arn:aws:iam::111122223333:user/ShirleyRodriguez";
    let p = Policies {
        identity: vec![named("shirley-create-user")],
        boundary: Some(named("shirley-boundary")),
        ..Default::default()
    };
    let ev = evaluate(&p, &request(shirley, "iam:CreateUser", "*", &[]));
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Boundary));
    // "A boundary ... does not provide permissions on its own".
    let only_boundary = Policies {
        boundary: Some(named("shirley-boundary")),
        ..Default::default()
    };
    let ev = evaluate(
        &only_boundary,
        &request(shirley, "s3:GetObject", "arn:aws:s3:::b/k", &[]),
    );
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Identity));
}

/// access_policies_boundaries.html, XCompanyBoundaries: a user may manage only their own access
/// keys (`arn:aws:iam::*:user/${aws:username}`), and DenyS3Logs denies the logs bucket whatever the
/// permissions policy allows.
#[test]
fn boundary_with_policy_variable() {
    let p = Policies {
        identity: vec![named("iam-admin-full")],
        boundary: Some(named("xcompany-boundaries")),
        ..Default::default()
    };
    let zhang = "arn:aws:iam::111122223333:user/Zhang";
    let own = evaluate(
        &p,
        &request(
            zhang,
            "iam:CreateAccessKey",
            "arn:aws:iam::111122223333:user/Zhang",
            &[],
        ),
    );
    assert_eq!(own.decision, Decision::Allow);
    let other = evaluate(
        &p,
        &request(
            zhang,
            "iam:CreateAccessKey",
            "arn:aws:iam::111122223333:user/Maria",
            &[],
        ),
    );
    assert_eq!(other.decision, Decision::ImplicitDeny);
    assert_eq!(other.decided_by, Some(PolicyType::Boundary));
    let logs = evaluate(
        &p,
        &request(zhang, "s3:GetObject", "arn:aws:s3:::logs/a", &[]),
    );
    assert_eq!(logs.decision, Decision::ExplicitDeny);
    assert_eq!(sids(&logs), ["DenyS3Logs"]);
    assert_eq!(logs.decided_by, Some(PolicyType::Boundary));
}

/// access_policies_boundaries.html, "Resource-based policies": within an account, a boundary
/// does not reduce what a resource-based policy grants to the user.
#[test]
fn boundary_does_not_limit_a_grant_to_the_user() {
    let p = Policies {
        resource: Some(named("carlos-bucket-policy")),
        boundary: Some(named("shirley-create-user")),
        ..Default::default()
    };
    let ev = evaluate(
        &p,
        &request(CARLOS, "s3:GetObject", "arn:aws:s3:::carlossalazar/a", &[]),
    );
    assert_eq!(ev.decision, Decision::Allow);
    assert_eq!(ev.decided_by, Some(PolicyType::Resource));
}

/// reference_policies_evaluation-logic.html, the table of resource-based policies and implicit
/// denies: a grant to the role ARN is limited by a boundary or session policy; a grant to the
/// role session ARN is not; a grant to the account leaves the decision to identity policies.
#[test]
fn role_versus_session_grants() {
    let session = "arn:aws:sts::111122223333:assumed-role/Reports/nightly";
    let other_session = "arn:aws:sts::111122223333:assumed-role/Reports/daytime";
    let obj = "arn:aws:s3:::amzn-s3-demo-bucket-reports/r.csv";
    let base = Policies {
        resource: Some(named("reports-bucket-role-session")),
        session: Some(named("session-read-only")),
        boundary: Some(named("shirley-create-user")),
        ..Default::default()
    };
    // GetObject is granted to the role: the boundary (iam:CreateUser only) limits it.
    let ev = evaluate(&base, &request(session, "s3:GetObject", obj, &[]));
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Boundary));
    // Without the boundary the session policy allows GetObject: allowed by the resource policy.
    let no_boundary = Policies {
        boundary: None,
        ..base.clone()
    };
    let ev = evaluate(&no_boundary, &request(session, "s3:GetObject", obj, &[]));
    assert_eq!(ev.decision, Decision::Allow);
    assert_eq!(ev.decided_by, Some(PolicyType::Resource));
    // PutObject is granted to the session itself: neither boundary nor session policy limit it.
    let ev = evaluate(&base, &request(session, "s3:PutObject", obj, &[]));
    assert_eq!(ev.decision, Decision::Allow);
    assert_eq!(
        ev.steps[3].check,
        Check::ResourcePolicySameAccount {
            present: true,
            grantee: Some(Grantee::Session)
        }
    );
    // Another session of the role is not named: its identity policies decide (none here).
    let ev = evaluate(&base, &request(other_session, "s3:PutObject", obj, &[]));
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Identity));
    // ListBucket is granted to the account: identity policies must allow.
    let bucket = "arn:aws:s3:::amzn-s3-demo-bucket-reports";
    let ev = evaluate(
        &no_boundary,
        &request(session, "s3:ListBucket", bucket, &[]),
    );
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Identity));
    let with_identity = Policies {
        identity: vec![named("developer-role")],
        session: None,
        ..no_boundary.clone()
    };
    let ev = evaluate(
        &with_identity,
        &request(session, "s3:ListBucket", bucket, &[]),
    );
    assert_eq!(ev.decision, Decision::Allow);
    assert_eq!(ev.decided_by, Some(PolicyType::Identity));
}

/// access_policies.html#policies_session and the flow chart's last box: a session's permissions
/// are the intersection of the role's identity policies and the session policy; a federated user
/// session without a session policy has none.
#[test]
fn session_policies() {
    let session = "arn:aws:sts::111122223333:assumed-role/Developer/alice";
    let p = Policies {
        identity: vec![named("developer-role")],
        session: Some(named("session-read-only")),
        ..Default::default()
    };
    let get = evaluate(
        &p,
        &request(session, "s3:GetObject", "arn:aws:s3:::b/k", &[]),
    );
    assert_eq!(get.decision, Decision::Allow);
    assert_eq!(sids(&get), ["AppData", "ReadObjectsOnly"]);
    let put = evaluate(
        &p,
        &request(session, "s3:PutObject", "arn:aws:s3:::b/k", &[]),
    );
    assert_eq!(put.decision, Decision::ImplicitDeny);
    assert_eq!(put.decided_by, Some(PolicyType::Session));
    // The session policy cannot grant more than the identity policy.
    let ev = evaluate(
        &Policies {
            identity: vec![named("shirley-create-user")],
            ..p.clone()
        },
        &request(session, "s3:GetObject", "arn:aws:s3:::b/k", &[]),
    );
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Identity));
    let fed = "arn:aws:sts::111122223333:federated-user/bob";
    let no_session = Policies {
        identity: vec![named("developer-role")],
        ..Default::default()
    };
    let ev = evaluate(
        &no_session,
        &request(fed, "s3:GetObject", "arn:aws:s3:::b/k", &[]),
    );
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Session));
    let ev = evaluate(&p, &request(fed, "s3:GetObject", "arn:aws:s3:::b/k", &[]));
    assert_eq!(ev.decision, Decision::Allow);
    // "resource-based policies that grant permissions to a federated user ARN grant permissions
    // directly to the session": allowed without any session or identity policy.
    let bucket = text(
        "bucket",
        PolicyType::Resource,
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"AWS":"arn:aws:sts::111122223333:federated-user/bob"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}}"#,
    );
    let ev = evaluate(
        &Policies {
            resource: Some(bucket),
            ..Default::default()
        },
        &request(fed, "s3:GetObject", "arn:aws:s3:::b/k", &[]),
    );
    assert_eq!(ev.decision, Decision::Allow);
    assert_eq!(ev.decided_by, Some(PolicyType::Resource));
}

/// reference_policies_evaluation-logic.html, "Evaluating identity-based policies with
/// Organizations SCPs": the action must be allowed by both; an SCP's deny wins.
/// orgs_manage_policies_scps_examples.html: the Region deny with NotAction.
#[test]
fn service_control_policies() {
    let alice = "arn:aws:iam::111122223333:user/alice";
    let table = "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders";
    let allow_list = Policies {
        identity: vec![named("iam-admin-full")],
        scps: vec![named("scp-allow-s3-dynamodb")],
        ..Default::default()
    };
    let ev = evaluate(&allow_list, &request(alice, "dynamodb:GetItem", table, &[]));
    assert_eq!(ev.decision, Decision::Allow);
    let ev = evaluate(&allow_list, &request(alice, "ec2:RunInstances", "*", &[]));
    assert_eq!(ev.decision, Decision::ImplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Scp));
    // SCPs at one level unite their allows: FullAWSAccess beside the Region deny.
    let regions = Policies {
        identity: vec![named("iam-admin-full")],
        scps: vec![named("scp-full-access"), named("scp-deny-outside-regions")],
        ..Default::default()
    };
    let in_eu = request(
        alice,
        "ec2:RunInstances",
        "*",
        &["aws:RequestedRegion=eu-west-1"],
    );
    assert_eq!(evaluate(&regions, &in_eu).decision, Decision::Allow);
    let us = request(
        alice,
        "ec2:RunInstances",
        "*",
        &["aws:RequestedRegion=us-east-1"],
    );
    let ev = evaluate(&regions, &us);
    assert_eq!(ev.decision, Decision::ExplicitDeny);
    assert_eq!(sids(&ev), ["DenyAllOutsideRequestedRegions"]);
    // IAM is excluded by NotAction: allowed from any Region.
    let iam = request(
        alice,
        "iam:ListUsers",
        "*",
        &["aws:RequestedRegion=us-east-1"],
    );
    assert_eq!(evaluate(&regions, &iam).decision, Decision::Allow);
    // A key not given is absent: StringNotEquals is then true, so the deny applies.
    let none = request(alice, "ec2:RunInstances", "*", &[]);
    assert_eq!(evaluate(&regions, &none).decision, Decision::ExplicitDeny);
    // An SCP does not grant: without an identity policy, implicit deny.
    let ev = evaluate(
        &Policies {
            scps: vec![named("scp-full-access")],
            ..Default::default()
        },
        &in_eu,
    );
    assert_eq!(ev.decided_by, Some(PolicyType::Identity));
}

/// orgs_manage_policies_rcps_examples.html, EnforceSecureTransport: requests without TLS are
/// denied; RCPFullAWSAccess is always attached, so an RCP allows unless it denies.
#[test]
fn resource_control_policies() {
    let alice = "arn:aws:iam::111122223333:user/alice";
    let p = Policies {
        identity: vec![named("developer-role")],
        rcps: vec![named("rcp-enforce-secure-transport")],
        ..Default::default()
    };
    let tls = request(
        alice,
        "s3:GetObject",
        "arn:aws:s3:::b/k",
        &["aws:SecureTransport=true"],
    );
    let ev = evaluate(&p, &tls);
    assert_eq!(ev.decision, Decision::Allow);
    assert_eq!(ev.steps[1].check, Check::ResourceControlPolicies);
    assert_eq!(ev.steps[1].then, Then::Continue);
    let plain = request(
        alice,
        "s3:GetObject",
        "arn:aws:s3:::b/k",
        &["aws:SecureTransport=false"],
    );
    let ev = evaluate(&p, &plain);
    assert_eq!(ev.decision, Decision::ExplicitDeny);
    assert_eq!(ev.decided_by, Some(PolicyType::Rcp));
    assert_eq!(
        ev.steps.len(),
        1,
        "an explicit deny ends the evaluation at once"
    );
}

/// reference_policies_evaluation-logic.html, "The difference between explicit and implicit
/// denies": iam:Get* and iam:List* allowed, iam:CreatePolicy implicitly denied,
/// iam:GetOrganizationsAccessReport explicitly denied by DenyReports.
#[test]
fn explicit_and_implicit_denies() {
    let p = Policies {
        identity: vec![named("allow-get-list-deny-reports")],
        ..Default::default()
    };
    let u = "arn:aws:iam::111122223333:user/alice";
    assert_eq!(
        evaluate(&p, &request(u, "iam:ListUsers", "*", &[])).decision,
        Decision::Allow
    );
    assert_eq!(
        evaluate(&p, &request(u, "iam:CreatePolicy", "*", &[])).decision,
        Decision::ImplicitDeny
    );
    let ev = evaluate(
        &p,
        &request(u, "iam:GetOrganizationsAccessReport", "*", &[]),
    );
    assert_eq!(ev.decision, Decision::ExplicitDeny);
    assert_eq!(sids(&ev), ["DenyReports"]);
}

/// Condition examples: MFA with BoolIfExists (reference_policies_elements_condition_operators.html
/// #Conditions_IfExists), the source IP deny (reference_policies_examples_aws_deny-ip.html) and the
/// home folder with ${aws:username} (reference_policies_variables.html).
#[test]
fn condition_examples() {
    let u = "arn:aws:iam::111122223333:user/alice";
    let mfa = Policies {
        identity: vec![named("deny-without-mfa")],
        ..Default::default()
    };
    let stop = |ctx: &[&str]| evaluate(&mfa, &request(u, "ec2:StopInstances", "*", ctx)).decision;
    assert_eq!(
        stop(&[]),
        Decision::ExplicitDeny,
        "absent key: IfExists is true"
    );
    assert_eq!(
        stop(&["aws:MultiFactorAuthPresent=false"]),
        Decision::ExplicitDeny
    );
    assert_eq!(stop(&["aws:MultiFactorAuthPresent=true"]), Decision::Allow);
    let ip = Policies {
        identity: vec![named("developer-role"), named("deny-outside-ip-range")],
        ..Default::default()
    };
    let get =
        |ctx: &[&str]| evaluate(&ip, &request(u, "s3:GetObject", "arn:aws:s3:::b/k", ctx)).decision;
    assert_eq!(
        get(&["aws:SourceIp=203.0.113.7", "aws:ViaAWSService=false"]),
        Decision::Allow
    );
    assert_eq!(
        get(&["aws:SourceIp=198.51.100.7", "aws:ViaAWSService=false"]),
        Decision::ExplicitDeny
    );
    // Made by a service on the user's behalf: the Bool condition fails, the deny does not apply.
    assert_eq!(
        get(&["aws:SourceIp=198.51.100.7", "aws:ViaAWSService=true"]),
        Decision::Allow
    );
    let home = Policies {
        identity: vec![named("s3-home-folder")],
        ..Default::default()
    };
    let obj = |p: &str, key: &str| evaluate(&home, &request(p, "s3:GetObject", key, &[])).decision;
    assert_eq!(
        obj(u, "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/a.txt"),
        Decision::Allow
    );
    assert_eq!(
        obj(u, "arn:aws:s3:::amzn-s3-demo-bucket/home/bob/a.txt"),
        Decision::ImplicitDeny
    );
    // A role session has no aws:username: the variable does not resolve and nothing matches.
    assert_eq!(
        obj(
            "arn:aws:sts::111122223333:assumed-role/R/alice",
            "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/a.txt"
        ),
        Decision::ImplicitDeny
    );
    let list = |prefix: &str| {
        evaluate(
            &home,
            &request(
                u,
                "s3:ListBucket",
                "arn:aws:s3:::amzn-s3-demo-bucket",
                &[&format!("s3:prefix={prefix}")],
            ),
        )
        .decision
    };
    assert_eq!(list("home/alice/photos"), Decision::Allow);
    assert_eq!(list("home/bob/"), Decision::ImplicitDeny);
}

/// reference_policies_variables.html: variables are substituted only under Version 2012-10-17;
/// under 2008-10-17 (or no Version) `${aws:username}` is literal text.
#[test]
fn variables_need_the_2012_version() {
    let policy = |version: &str| {
        format!(
            r#"{{{version}"Statement":[{{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/${{aws:username}}/*"}}]}}"#
        )
    };
    let u = "arn:aws:iam::111122223333:user/alice";
    let r = request(u, "s3:GetObject", "arn:aws:s3:::b/alice/x", &[]);
    let literal = request(u, "s3:GetObject", "arn:aws:s3:::b/${aws:username}/x", &[]);
    for (version, subst) in [
        (r#""Version":"2012-10-17","#, true),
        (r#""Version":"2008-10-17","#, false),
        ("", false),
    ] {
        let p = Policies {
            identity: vec![text("p", PolicyType::Identity, &policy(version))],
            ..Default::default()
        };
        let want = |yes: bool| {
            if yes {
                Decision::Allow
            } else {
                Decision::ImplicitDeny
            }
        };
        assert_eq!(evaluate(&p, &r).decision, want(subst), "{version}");
        assert_eq!(evaluate(&p, &literal).decision, want(!subst), "{version}");
    }
    let parsed = parse_policy(&policy(r#""Version":"2008-10-17","#), PolicyType::Identity);
    assert!(parsed.findings.iter().any(|f| matches!(
        f.kind,
        FindingKind::VariableNotSubstituted { .. }
    ) && f.severity == Severity::Warning));
}

/// reference_policies_elements_notprincipal.html and access_policies_boundaries.html: a Deny with
/// NotPrincipal applies to everyone not listed, and always to a principal with a boundary.
#[test]
fn not_principal() {
    let policy = r#"{"Version":"2012-10-17","Statement":[
        {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},
        {"Effect":"Deny","NotPrincipal":{"AWS":["arn:aws:iam::111122223333:user/alice","111122223333"]},
         "Action":"s3:*","Resource":"arn:aws:s3:::b/*"}]}"#;
    let p = Policies {
        resource: Some(text("bucket", PolicyType::Resource, policy)),
        ..Default::default()
    };
    let alice = "arn:aws:iam::111122223333:user/alice";
    let bob = "arn:aws:iam::444455556666:user/bob";
    let mut r = request(alice, "s3:GetObject", "arn:aws:s3:::b/k", &[]);
    assert_eq!(evaluate(&p, &r).decision, Decision::Allow);
    let mut rb = request(bob, "s3:GetObject", "arn:aws:s3:::b/k", &[]);
    rb.resource_account = Some("111122223333".into());
    assert_eq!(evaluate(&p, &rb).decision, Decision::ExplicitDeny);
    let with_boundary = Policies {
        boundary: Some(named("developer-role")),
        ..p.clone()
    };
    r.resource_account = None;
    assert_eq!(
        evaluate(&with_boundary, &r).decision,
        Decision::ExplicitDeny
    );
}

/// The root user has full access in its account ("with the exception of the AWS account root
/// user, which has full access"), but SCPs and explicit denies still apply.
#[test]
fn root_user() {
    let root = "arn:aws:iam::111122223333:root";
    let r = request(root, "ec2:TerminateInstances", "*", &[]);
    assert_eq!(evaluate(&Policies::default(), &r).decision, Decision::Allow);
    let scp = Policies {
        scps: vec![named("scp-allow-s3-dynamodb")],
        ..Default::default()
    };
    assert_eq!(evaluate(&scp, &r).decision, Decision::ImplicitDeny);
}

/// Located findings: the study notes' classic `2012-01-17`, an unknown element with its right
/// spelling, NotPrincipal with Allow, malformed ARNs and unknown operators.
#[test]
fn validation_findings() {
    let kinds = |json: &str, ty| -> Vec<FindingKind> {
        parse_policy(json, ty)
            .findings
            .into_iter()
            .map(|f| f.kind)
            .collect()
    };
    assert_eq!(
        kinds(
            r#"{"Version":"2012-01-17","Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}"#,
            PolicyType::Identity
        ),
        [FindingKind::BadVersion {
            found: "2012-01-17".into()
        }]
    );
    let k = kinds(
        r#"{"Version":"2012-10-17","Statement":[{"effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3"}]}"#,
        PolicyType::Identity,
    );
    assert!(k.contains(&FindingKind::UnknownElement {
        name: "effect".into(),
        suggestion: Some("Effect")
    }));
    assert!(k.contains(&FindingKind::MalformedArn {
        value: "arn:aws:s3".into(),
        problem: ArnProblem::TooFewParts
    }));
    let k = kinds(
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotPrincipal":{"AWS":"111122223333"},"Action":"s3:*","Resource":"*","Condition":{"StringEqual":{"a:b":"c"}}}]}"#,
        PolicyType::Resource,
    );
    assert!(k.contains(&FindingKind::NotPrincipalWithAllow));
    assert!(k.contains(&FindingKind::UnknownOperator {
        name: "StringEqual".into(),
        suggestion: None
    }));
    let k = kinds(
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","Action":"s3GetObject","Resource":"*","Condition":{"stringequals":{"a:b":"c"},"NumericLessThan":{"s3:max-keys":"ten"}}}}"#,
        PolicyType::Identity,
    );
    assert!(k.contains(&FindingKind::PrincipalNotAllowed {
        policy: PolicyType::Identity
    }));
    assert!(k.contains(&FindingKind::BadAction {
        value: "s3GetObject".into()
    }));
    assert!(k.contains(&FindingKind::UnknownOperator {
        name: "stringequals".into(),
        suggestion: Some("StringEquals")
    }));
    assert!(matches!(
        k.last(),
        Some(FindingKind::BadConditionValue { .. })
    ));
    // RCPs deny only (orgs_manage_policies_rcps_syntax.html).
    let k = kinds(
        r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":"*","NotAction":"s3:*","Resource":"*"}}"#,
        PolicyType::Rcp,
    );
    assert_eq!(
        k,
        [
            FindingKind::RcpAllow,
            FindingKind::NotInRcp {
                element: "NotAction"
            }
        ]
    );
    // A syntax error is located where the parser stopped.
    let src = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [,]\n}";
    let p = parse_policy(src, PolicyType::Identity);
    assert!(matches!(p.findings[0].kind, FindingKind::Syntax { .. }));
    assert_eq!(p.findings[0].span.start, src.find("[,").unwrap() + 1);
    // Every bundled example is clean.
    for e in examples::EXAMPLES {
        let p = parse_policy(e.text, e.policy_type);
        assert!(p.findings.is_empty(), "{}: {:?}", e.name, p.findings);
    }
}

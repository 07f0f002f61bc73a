//! The IAM policy lab's words: findings of policy validation (with the rustc-like caret block),
//! the decision, each step of the path through the evaluation flow, and each statement's match.
//! The command line and the IAM screen both write through here.

use crate::core::content::diag::{Severity, excerpt, locate, printable};
use crate::core::iam::eval::{Check, Decision, Grantee, StatementTrace, Step, Then};
use crate::core::iam::parse::{ArnProblem, Finding, FindingKind, Want};
use crate::core::iam::policy::{Effect, PolicyType, ValueKind};
use std::fmt::Write as _;

/// `Allow`, `explicit Deny`, `implicit Deny`.
pub fn decision(d: Decision) -> &'static str {
    match d {
        Decision::Allow => "Allow",
        Decision::ExplicitDeny => "explicit Deny",
        Decision::ImplicitDeny => "implicit Deny",
    }
}

/// What a policy type is called in sentences.
pub fn policy_type(t: PolicyType) -> &'static str {
    match t {
        PolicyType::Identity => "identity-based policies",
        PolicyType::Resource => "resource-based policy",
        PolicyType::Boundary => "permissions boundary",
        PolicyType::Session => "session policy",
        PolicyType::Scp => "service control policies (SCPs)",
        PolicyType::Rcp => "resource control policies (RCPs)",
    }
}

/// A short label for a policy type (tables, the screen).
pub fn policy_label(t: PolicyType) -> &'static str {
    match t {
        PolicyType::Identity => "Identity",
        PolicyType::Resource => "Resource",
        PolicyType::Boundary => "Boundary",
        PolicyType::Session => "Session",
        PolicyType::Scp => "SCP",
        PolicyType::Rcp => "RCP",
    }
}

fn want(w: Want) -> &'static str {
    match w {
        Want::String => "a string",
        Want::StringOrList => "a string or a list of strings",
        Want::Object => "an object",
        Want::Statements => "a statement object or a list of statement objects",
        Want::Principal => "\"*\" or an object such as {\"AWS\": \"111122223333\"}",
        Want::ConditionValue => "a string, number or boolean, or a list of them",
    }
}

fn value_kind(k: ValueKind) -> &'static str {
    match k {
        ValueKind::String => "strings",
        ValueKind::Number => "numbers",
        ValueKind::Date => "dates (ISO 8601 such as 2026-01-31T12:00:00Z, or seconds since 1970)",
        ValueKind::Bool => "the values true and false",
        ValueKind::Binary => "base64 text",
        ValueKind::Ip => "IP addresses or CIDR ranges such as 203.0.113.0/24",
        ValueKind::Arn => "ARNs",
    }
}

/// The sentence of a finding.
pub fn finding_message(k: &FindingKind) -> String {
    use FindingKind::*;
    match k {
        Syntax { message } => format!("the JSON is not valid: {message}"),
        NotAnObject => "a policy is one JSON object: { \"Version\": ..., \"Statement\": ... }".into(),
        UnknownElement { name, suggestion } => match suggestion {
            Some(s) => format!(
                "`{name}` is not a policy element: element names are case sensitive; write `{s}`"
            ),
            None => format!("`{name}` is not a policy element here"),
        },
        DuplicateElement { name } => format!("`{name}` is given twice in the same object"),
        MissingElement { name: "Statement" } => "the policy has no `Statement`".into(),
        MissingElement { name } => format!("this statement has no `{name}`"),
        ConflictingElements { first, second } => {
            format!("`{first}` and `{second}` cannot both be in one statement")
        }
        WrongType { element, want: w } => format!("`{element}` must be {}", want(*w)),
        BadVersion { found } => format!(
            "Version \"{found}\" does not exist: write \"2012-10-17\" (the current version; \"2008-10-17\" is the old one)"
        ),
        NoVersion => "no `Version`: the policy is read as 2008-10-17, where policy variables such as ${aws:username} are plain text; add \"Version\": \"2012-10-17\"".into(),
        BadEffect { found } => {
            format!("Effect must be \"Allow\" or \"Deny\", written so, not \"{found}\"")
        }
        EmptyList { element } => format!("`{element}` is an empty list"),
        NotPrincipalWithAllow => "NotPrincipal with \"Effect\": \"Allow\" is not allowed: it would grant access to everyone not listed; use NotPrincipal only with Deny".into(),
        PrincipalNotAllowed { policy } => format!(
            "`Principal` has no place in a {}: the principal is the identity it is attached to",
            match policy {
                PolicyType::Identity => "identity-based policy",
                PolicyType::Boundary => "permissions boundary",
                PolicyType::Session => "session policy",
                PolicyType::Scp => "service control policy",
                PolicyType::Resource | PolicyType::Rcp => "policy of this type",
            }
        ),
        PrincipalRequired => {
            "this statement of a resource-based policy needs `Principal` or `NotPrincipal`".into()
        }
        BadPrincipalKey { name } => format!(
            "`{name}` is not a kind of principal: use AWS, Service, Federated or CanonicalUser"
        ),
        BadPrincipal { value } => format!(
            "\"{value}\" is not an AWS principal: use \"*\", a 12-digit account ID, or an IAM or STS ARN with its account (no wildcards inside)"
        ),
        MalformedArn { value, problem } => match problem {
            ArnProblem::NoPrefix => {
                format!("\"{value}\" is not an ARN: an ARN starts with `arn:` (or use \"*\")")
            }
            ArnProblem::TooFewParts => format!(
                "\"{value}\" has fewer than the six parts of an ARN (arn:partition:service:region:account:resource)"
            ),
            ArnProblem::NoService => format!("\"{value}\" has no service part"),
            ArnProblem::BadAccount => format!(
                "the account part of \"{value}\" must be 12 digits, empty, or a wildcard"
            ),
        },
        BadAction { value } => format!(
            "\"{value}\" is not an action: write service:Action, such as s3:GetObject or s3:Get*, or \"*\""
        ),
        UnknownOperator { name, suggestion } => match suggestion {
            Some(s) => format!(
                "`{name}` is not a condition operator: operators are case sensitive; write `{s}` (with its prefix and IfExists, if any)"
            ),
            None => format!("`{name}` is not a condition operator"),
        },
        NullIfExists => "`Null` cannot take IfExists: Null itself tests whether the key exists".into(),
        BadConditionValue { op, value, want } => format!(
            "{} compares {}: \"{value}\" is not one",
            op.name(),
            value_kind(*want)
        ),
        VariableNotSubstituted { version } => format!(
            "policy variables are substituted only under Version 2012-10-17; this policy is {}, so `${{...}}` here is plain text",
            version.as_str()
        ),
        RcpAllow => "an RCP statement must be a Deny: only the AWS-managed RCPFullAWSAccess allows, and it is always attached".into(),
        NotInRcp { element } => format!("`{element}` cannot be used in a resource control policy"),
        DuplicateSid { sid } => {
            format!("Sid \"{sid}\" is used by another statement of this policy")
        }
    }
}

/// `file:line:col` of a byte offset in `src`.
pub fn location(file: &str, src: &str, at: usize) -> String {
    let l = locate(src, at..at + 1);
    format!("{file}:{}:{}", l.line, l.column)
}

/// A finding as rustc shows a diagnostic: a header, the location, the line and a caret.
pub fn render_finding(file: &str, src: &str, f: &Finding) -> String {
    let label = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let loc = locate(src, f.span.clone());
    let mut out = format!(
        "{label}[{}]: {}\n",
        f.code(),
        printable(&finding_message(&f.kind))
    );
    let _ = writeln!(
        out,
        "  --> {}",
        printable(&format!("{file}:{}:{}", loc.line, loc.column))
    );
    let num = loc.line.to_string();
    let pad = " ".repeat(num.len());
    let (shown, lead, width) = excerpt(&loc.text, loc.column, loc.width);
    let _ = writeln!(out, "{pad} |");
    let _ = writeln!(out, "{num} | {shown}");
    let _ = writeln!(
        out,
        "{pad} | {}{}",
        " ".repeat(lead),
        "^".repeat(width.max(1))
    );
    out
}

fn types(ts: &[PolicyType]) -> String {
    let names: Vec<&str> = ts.iter().map(|t| policy_type(*t)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The sentence of one box of the flow chart, with what it found.
pub fn check(c: &Check) -> String {
    match c {
        Check::DenyEvaluation { denied_in } if denied_in.is_empty() => {
            "Deny evaluation: no Deny statement applies in any policy.".into()
        }
        Check::DenyEvaluation { denied_in } => format!(
            "Deny evaluation: a Deny statement applies in the {}; an explicit deny overrides every allow.",
            types(denied_in)
        ),
        Check::ResourceControlPolicies => {
            "Resource control policies: none denies, and RCPFullAWSAccess (attached to every root, OU and account, and never detached) allows.".into()
        }
        Check::ServiceControlPolicies { allowed: true } => {
            "Service control policies: an SCP of the principal's account allows the action.".into()
        }
        Check::ServiceControlPolicies { allowed: false } => {
            "Service control policies: no SCP of the principal's account allows the action.".into()
        }
        Check::ResourcePolicySameAccount { present: false, .. } => {
            "Resource-based policy: none given.".into()
        }
        Check::ResourcePolicySameAccount { grantee, .. } => match grantee {
            None => "Resource-based policy: no Allow statement applies.".into(),
            Some(Grantee::Account) => "Resource-based policy: it allows the principal's account, which leaves the decision to the account's identity-based policies.".into(),
            Some(Grantee::User) => "Resource-based policy: it allows this IAM user by its ARN; within one account an implicit deny in identity-based policies or the permissions boundary does not limit that.".into(),
            Some(Grantee::Session) => "Resource-based policy: it allows this role session by its session ARN; permissions granted to a session are not limited by an implicit deny in identity-based policies, the boundary or the session policy.".into(),
            Some(Grantee::FederatedUser) => "Resource-based policy: it allows this federated user session by its ARN; permissions granted to a session are not limited by an implicit deny in identity-based policies, the boundary or the session policy.".into(),
            Some(Grantee::Anyone) => "Resource-based policy: it allows everyone (\"*\"), this principal included.".into(),
            Some(Grantee::NotListed) => "Resource-based policy: it allows every principal not listed in NotPrincipal, this one included.".into(),
            Some(Grantee::Role) => "Resource-based policy: it allows the role by its role ARN; a grant to the role is still limited by the permissions boundary and the session policy.".into(),
        },
        Check::RootUser => "The account's root user: identity-based policies do not apply to it; it has full access in its own account.".into(),
        Check::IdentityPolicies { allowed: true } => {
            "Identity-based policies: a statement allows the request.".into()
        }
        Check::IdentityPolicies { allowed: false } => {
            "Identity-based policies: no statement allows the request.".into()
        }
        Check::PermissionsBoundary { allowed: true } => {
            "Permissions boundary: it allows the request.".into()
        }
        Check::PermissionsBoundary { allowed: false } => {
            "Permissions boundary: it does not allow the request (a boundary only limits; it never grants).".into()
        }
        Check::SessionPolicy { present: false, .. } => {
            "Session policy: none given; a federated user session has no permissions without one.".into()
        }
        Check::SessionPolicy { allowed: true, .. } => {
            "Session policy: it allows the request.".into()
        }
        Check::SessionPolicy { allowed: false, .. } => {
            "Session policy: it does not allow the request (a session policy only limits).".into()
        }
        Check::ResourcePolicyCrossAccount { present: false, .. } => {
            "Cross-account: the resource's account has no resource-based policy to allow the principal.".into()
        }
        Check::ResourcePolicyCrossAccount { allowed, .. } => {
            if *allowed {
                "Cross-account: the resource-based policy in the resource's account allows the principal too.".into()
            } else {
                "Cross-account: the resource-based policy in the resource's account does not allow the principal.".into()
            }
        }
    }
}

/// Where a step led: `continue`, `Allow`, `implicit Deny`, `skipped`.
pub fn then(t: Then) -> String {
    match t {
        Then::Continue => "continue".into(),
        Then::Skipped => "skipped".into(),
        Then::Decide(d) => format!("final decision: {}", decision(d)),
    }
}

/// The key of where a step led, for JSON.
pub fn then_key(t: Then) -> &'static str {
    match t {
        Then::Continue => "continue",
        Then::Skipped => "skipped",
        Then::Decide(d) => d.key(),
    }
}

/// The sentence of one step: what its box found, or that no policy of its type was given.
pub fn step_text(s: &Step) -> String {
    if s.then != Then::Skipped {
        return check(&s.check);
    }
    match s.check {
        Check::ResourceControlPolicies => "Resource control policies: none given.".into(),
        Check::ServiceControlPolicies { .. } => "Service control policies: none given.".into(),
        Check::PermissionsBoundary { .. } => "Permissions boundary: none given.".into(),
        Check::SessionPolicy { .. } => "Session policy: none given.".into(),
        _ => check(&s.check),
    }
}

/// One line of the path: the step's sentence and where it led.
pub fn step(s: &Step) -> String {
    format!("{} -> {}", step_text(s), then(s.then))
}

/// The name of a statement: its Sid, or `statement N` (from 1).
pub fn statement_name(s: &StatementTrace) -> String {
    match &s.sid {
        Some(sid) => sid.clone(),
        None => format!("statement {}", s.index + 1),
    }
}

fn grantee(g: Grantee) -> &'static str {
    match g {
        Grantee::Account => "its account",
        Grantee::Anyone => "\"*\"",
        Grantee::Role => "its role",
        Grantee::User => "the user",
        Grantee::FederatedUser => "the federated user",
        Grantee::Session => "the session",
        Grantee::NotListed => "not listed in NotPrincipal",
    }
}

/// How a statement met the request: `DenyS3Logs (Deny): action yes, resource yes -> applies`.
pub fn statement_line(s: &StatementTrace) -> String {
    let yn = |b: bool| if b { "yes" } else { "no" };
    let effect = match s.effect {
        Effect::Allow => "Allow",
        Effect::Deny => "Deny",
    };
    let mut parts = vec![
        format!("action {}", yn(s.action)),
        format!("resource {}", yn(s.resource)),
    ];
    if s.names_principal {
        parts.push(match s.principal {
            Some(g) => format!("principal yes ({})", grantee(g)),
            None => "principal no".into(),
        });
    }
    if !s.conditions.is_empty() {
        let held = s.conditions.iter().filter(|c| **c).count();
        parts.push(format!("conditions {held} of {} hold", s.conditions.len()));
    }
    format!(
        "{} ({effect}): {} -> {}",
        statement_name(s),
        parts.join(", "),
        if s.applies {
            "applies"
        } else {
            "does not apply"
        }
    )
}

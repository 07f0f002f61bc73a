//! The IAM policy lab's words: findings of policy validation (with the rustc-like caret block),
//! the decision, each step of the path through the evaluation flow, and each statement's match.
//! The command line and the IAM screen both write through here, in the language given (the
//! catalog `assets/i18n/<lang>/iam.ftl`).

use crate::core::config::Lang;
use crate::core::content::diag::{Severity, excerpt, locate, printable};
use crate::core::iam::eval::{Check, Decision, Grantee, StatementTrace, Step, Then};
use crate::core::iam::parse::{ArnProblem, Finding, FindingKind, JsonSyntax, Want};
use crate::core::iam::policy::{Effect, PolicyType, ValueKind};
use crate::i18n::tr;
use std::fmt::Write as _;

/// `Allow`, `explicit Deny`, `implicit Deny` (허용, 명시적 거부, 암시적 거부).
pub fn decision(lang: Lang, d: Decision) -> String {
    tr!(lang, "iam-decision", decision = d.key())
}

/// What a policy type is called in sentences.
pub fn policy_type(lang: Lang, t: PolicyType) -> String {
    tr!(lang, "iam-policy-type", type = t.key())
}

/// A short label for a policy type (tables, the screen).
pub fn policy_label(lang: Lang, t: PolicyType) -> String {
    tr!(lang, "iam-policy-label", type = t.key())
}

/// The type of a statement in the command's lists: the key (`identity`) in English, as `--json`
/// writes it; a label in Korean.
pub fn policy_key(lang: Lang, t: PolicyType) -> String {
    tr!(lang, "iam-policy-key", type = t.key())
}

fn want(lang: Lang, w: Want) -> String {
    let key = match w {
        Want::String => "iam-want-string",
        Want::StringOrList => "iam-want-string-or-list",
        Want::Object => "iam-want-object",
        Want::Statements => "iam-want-statements",
        Want::Principal => "iam-want-principal",
        Want::ConditionValue => "iam-want-condition-value",
    };
    tr!(lang, key)
}

fn value_kind(lang: Lang, k: ValueKind) -> String {
    let key = match k {
        ValueKind::String => "iam-kind-string",
        ValueKind::Number => "iam-kind-number",
        ValueKind::Date => "iam-kind-date",
        ValueKind::Bool => "iam-kind-bool",
        ValueKind::Binary => "iam-kind-binary",
        ValueKind::Ip => "iam-kind-ip",
        ValueKind::Arn => "iam-kind-arn",
    };
    tr!(lang, key)
}

/// A kind of JSON syntax error in `lang` (in English, the parser's own words).
fn json_syntax(lang: Lang, what: &JsonSyntax) -> String {
    use JsonSyntax as J;
    let key = match what {
        J::BareDecimalPoint => "iam-json-bare-decimal-point",
        J::Comment => "iam-json-comment",
        J::ExpectedColon => "iam-json-expected-colon",
        J::ExpectedValue => "iam-json-expected-value",
        J::ExpectedDigit => "iam-json-expected-digit",
        J::ExpectedDigitAfterMinus => "iam-json-expected-digit-after-minus",
        J::ExpectedExponent => "iam-json-expected-exponent",
        J::ExpectedPropertyName => "iam-json-expected-property-name",
        J::Hexadecimal => "iam-json-hexadecimal",
        J::ExpectedComma => "iam-json-expected-comma",
        J::MultipleValues => "iam-json-multiple-values",
        J::NonFinite => "iam-json-non-finite",
        J::SingleQuoted => "iam-json-single-quoted",
        J::TrailingComma => "iam-json-trailing-comma",
        J::UnaryPlus => "iam-json-unary-plus",
        J::UnexpectedCloseBrace => "iam-json-unexpected-close-brace",
        J::UnexpectedCloseBracket => "iam-json-unexpected-close-bracket",
        J::UnexpectedColon => "iam-json-unexpected-colon",
        J::UnexpectedComma => "iam-json-unexpected-comma",
        J::UnexpectedToken => "iam-json-unexpected-token",
        J::UnexpectedTokenInObject => "iam-json-unexpected-token-in-object",
        J::UnexpectedWord => "iam-json-unexpected-word",
        J::UnterminatedArray => "iam-json-unterminated-array",
        J::UnterminatedComment => "iam-json-unterminated-comment",
        J::UnterminatedObject => "iam-json-unterminated-object",
        J::UnterminatedString => "iam-json-unterminated-string",
        J::TooDeep => "iam-json-too-deep",
        J::BadEscape => "iam-json-bad-escape",
        J::ExpectedHexDigits => "iam-json-expected-hex-digits",
        J::BadUnicodeEscape(v) => {
            return tr!(lang, "iam-json-bad-unicode-escape", escape = v.as_str());
        }
    };
    tr!(lang, key)
}

/// The sentence of a finding.
pub fn finding_message(lang: Lang, k: &FindingKind) -> String {
    use FindingKind::*;
    let name = |n: &str| n.to_string();
    match k {
        Syntax { what, .. } => tr!(
            lang,
            "iam-finding-syntax",
            message = json_syntax(lang, what)
        ),
        NotAnObject => tr!(lang, "iam-finding-not-an-object"),
        UnknownElement {
            name: n,
            suggestion,
        } => match suggestion {
            Some(s) => tr!(
                lang,
                "iam-finding-unknown-element-suggest",
                name = name(n),
                suggestion = name(s)
            ),
            None => tr!(lang, "iam-finding-unknown-element", name = name(n)),
        },
        DuplicateElement { name: n } => {
            tr!(lang, "iam-finding-duplicate-element", name = name(n))
        }
        MissingElement { name: "Statement" } => tr!(lang, "iam-finding-no-statement"),
        MissingElement { name: n } => tr!(lang, "iam-finding-missing-element", name = name(n)),
        ConflictingElements { first, second } => tr!(
            lang,
            "iam-finding-conflicting-elements",
            first = name(first),
            second = name(second)
        ),
        WrongType { element, want: w } => tr!(
            lang,
            "iam-finding-wrong-type",
            element = name(element),
            want = want(lang, *w)
        ),
        BadVersion { found } => tr!(lang, "iam-finding-bad-version", found = name(found)),
        NoVersion => tr!(lang, "iam-finding-no-version"),
        BadEffect { found } => tr!(lang, "iam-finding-bad-effect", found = name(found)),
        EmptyList { element } => tr!(lang, "iam-finding-empty-list", element = name(element)),
        NotPrincipalWithAllow => tr!(lang, "iam-finding-notprincipal-allow"),
        PrincipalNotAllowed { policy } => {
            tr!(
                lang,
                "iam-finding-principal-not-allowed",
                policy = policy.key()
            )
        }
        PrincipalRequired => tr!(lang, "iam-finding-principal-required"),
        BadPrincipalKey { name: n } => {
            tr!(lang, "iam-finding-bad-principal-key", name = name(n))
        }
        BadPrincipal { value } => tr!(lang, "iam-finding-bad-principal", value = name(value)),
        MalformedArn { value, problem } => {
            let key = match problem {
                ArnProblem::NoPrefix => "iam-finding-arn-no-prefix",
                ArnProblem::TooFewParts => "iam-finding-arn-too-few-parts",
                ArnProblem::NoService => "iam-finding-arn-no-service",
                ArnProblem::BadAccount => "iam-finding-arn-bad-account",
            };
            tr!(lang, key, value = name(value))
        }
        BadAction { value } => tr!(lang, "iam-finding-bad-action", value = name(value)),
        UnknownOperator {
            name: n,
            suggestion,
        } => match suggestion {
            Some(s) => tr!(
                lang,
                "iam-finding-unknown-operator-suggest",
                name = name(n),
                suggestion = name(s)
            ),
            None => tr!(lang, "iam-finding-unknown-operator", name = name(n)),
        },
        NullIfExists => tr!(lang, "iam-finding-null-ifexists"),
        BadConditionValue { op, value, want } => tr!(
            lang,
            "iam-finding-bad-condition-value",
            op = op.name(),
            want = value_kind(lang, *want),
            value = name(value)
        ),
        VariableNotSubstituted { version } => tr!(
            lang,
            "iam-finding-variable-not-substituted",
            version = version.as_str()
        ),
        RcpAllow => tr!(lang, "iam-finding-rcp-allow"),
        NotInRcp { element } => tr!(lang, "iam-finding-not-in-rcp", element = name(element)),
        DuplicateSid { sid } => tr!(lang, "iam-finding-duplicate-sid", sid = name(sid)),
    }
}

/// `file:line:col` of a byte offset in `src`.
pub fn location(file: &str, src: &str, at: usize) -> String {
    let l = locate(src, at..at + 1);
    format!("{file}:{}:{}", l.line, l.column)
}

/// `error` or `warning` (오류, 경고): the word before a finding.
pub fn severity(lang: Lang, s: Severity) -> String {
    match s {
        Severity::Error => tr!(lang, "iam-severity-error"),
        Severity::Warning => tr!(lang, "iam-severity-warning"),
    }
}

/// A finding as rustc shows a diagnostic: a header, the location, the line and a caret.
pub fn render_finding(lang: Lang, file: &str, src: &str, f: &Finding) -> String {
    let label = severity(lang, f.severity);
    let loc = locate(src, f.span.clone());
    let mut out = format!(
        "{label}[{}]: {}\n",
        f.code(),
        printable(&finding_message(lang, &f.kind))
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

fn types(lang: Lang, ts: &[PolicyType]) -> String {
    let names: Vec<String> = ts.iter().map(|t| policy_type(lang, *t)).collect();
    match names.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr!(
            lang,
            "iam-and",
            init = init.join(", "),
            last = last.as_str()
        ),
    }
}

/// The sentence of one box of the flow chart, with what it found.
pub fn check(lang: Lang, c: &Check) -> String {
    let key = match c {
        Check::DenyEvaluation { denied_in } if denied_in.is_empty() => "iam-check-deny-none",
        Check::DenyEvaluation { denied_in } => {
            return tr!(lang, "iam-check-deny", types = types(lang, denied_in));
        }
        Check::ResourceControlPolicies => "iam-check-rcp",
        Check::ServiceControlPolicies { allowed: true } => "iam-check-scp-allowed",
        Check::ServiceControlPolicies { allowed: false } => "iam-check-scp-denied",
        Check::ResourcePolicySameAccount { present: false, .. } => "iam-check-resource-none",
        Check::ResourcePolicySameAccount { grantee, .. } => match grantee {
            None => "iam-check-resource-no-allow",
            Some(Grantee::Account) => "iam-check-resource-account",
            Some(Grantee::User) => "iam-check-resource-user",
            Some(Grantee::Session) => "iam-check-resource-session",
            Some(Grantee::FederatedUser) => "iam-check-resource-federated",
            Some(Grantee::Anyone) => "iam-check-resource-anyone",
            Some(Grantee::NotListed) => "iam-check-resource-not-listed",
            Some(Grantee::Role) => "iam-check-resource-role",
        },
        Check::RootUser => "iam-check-root",
        Check::IdentityPolicies { allowed: true } => "iam-check-identity-allowed",
        Check::IdentityPolicies { allowed: false } => "iam-check-identity-denied",
        Check::PermissionsBoundary { allowed: true } => "iam-check-boundary-allowed",
        Check::PermissionsBoundary { allowed: false } => "iam-check-boundary-denied",
        Check::SessionPolicy { present: false, .. } => "iam-check-session-none",
        Check::SessionPolicy { allowed: true, .. } => "iam-check-session-allowed",
        Check::SessionPolicy { allowed: false, .. } => "iam-check-session-denied",
        Check::ResourcePolicyCrossAccount { present: false, .. } => "iam-check-cross-none",
        Check::ResourcePolicyCrossAccount { allowed: true, .. } => "iam-check-cross-allowed",
        Check::ResourcePolicyCrossAccount { allowed: false, .. } => "iam-check-cross-denied",
    };
    tr!(lang, key)
}

/// Where a step led: `continue`, `Allow`, `implicit Deny`, `skipped`.
pub fn then(lang: Lang, t: Then) -> String {
    match t {
        Then::Continue => tr!(lang, "iam-then-continue"),
        Then::Skipped => tr!(lang, "iam-then-skipped"),
        Then::Decide(d) => tr!(lang, "iam-then-decide", decision = decision(lang, d)),
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
pub fn step_text(lang: Lang, s: &Step) -> String {
    if s.then != Then::Skipped {
        return check(lang, &s.check);
    }
    match s.check {
        Check::ResourceControlPolicies => tr!(lang, "iam-skipped-rcp"),
        Check::ServiceControlPolicies { .. } => tr!(lang, "iam-skipped-scp"),
        Check::PermissionsBoundary { .. } => tr!(lang, "iam-skipped-boundary"),
        Check::SessionPolicy { .. } => tr!(lang, "iam-skipped-session"),
        _ => check(lang, &s.check),
    }
}

/// One line of the path: the step's sentence and where it led.
pub fn step(lang: Lang, s: &Step) -> String {
    format!("{} -> {}", step_text(lang, s), then(lang, s.then))
}

/// The name of a statement: its Sid, or `statement N` (from 1).
pub fn statement_name(lang: Lang, s: &StatementTrace) -> String {
    match &s.sid {
        Some(sid) => sid.clone(),
        None => tr!(lang, "iam-statement", n = s.index + 1),
    }
}

fn grantee(lang: Lang, g: Grantee) -> String {
    let key = match g {
        Grantee::Account => "iam-grantee-account",
        Grantee::Anyone => "iam-grantee-anyone",
        Grantee::Role => "iam-grantee-role",
        Grantee::User => "iam-grantee-user",
        Grantee::FederatedUser => "iam-grantee-federated-user",
        Grantee::Session => "iam-grantee-session",
        Grantee::NotListed => "iam-grantee-not-listed",
    };
    tr!(lang, key)
}

/// The value of a statement's `Effect` as written in a policy (`Allow`, `Deny`).
pub fn effect(e: Effect) -> &'static str {
    match e {
        Effect::Allow => EFFECTS[0],
        Effect::Deny => EFFECTS[1],
    }
}

/// The values of `Effect`: policy JSON, the same in every language.
const EFFECTS: [&str; 2] = ["Allow", "Deny"];

/// How a statement met the request: `DenyS3Logs (Deny): action yes, resource yes -> applies`.
pub fn statement_line(lang: Lang, s: &StatementTrace) -> String {
    let mut parts = vec![
        tr!(
            lang,
            if s.action {
                "iam-match-action-yes"
            } else {
                "iam-match-action-no"
            }
        ),
        tr!(
            lang,
            if s.resource {
                "iam-match-resource-yes"
            } else {
                "iam-match-resource-no"
            }
        ),
    ];
    if s.names_principal {
        parts.push(match s.principal {
            Some(g) => tr!(lang, "iam-match-principal-yes", grantee = grantee(lang, g)),
            None => tr!(lang, "iam-match-principal-no"),
        });
    }
    if !s.conditions.is_empty() {
        let held = s.conditions.iter().filter(|c| **c).count();
        parts.push(tr!(
            lang,
            "iam-match-conditions",
            held = held,
            total = s.conditions.len()
        ));
    }
    let key = if s.applies {
        "iam-statement-applies"
    } else {
        "iam-statement-does-not-apply"
    };
    tr!(
        lang,
        key,
        name = statement_name(lang, s),
        effect = effect(s.effect),
        parts = parts.join(", ")
    )
}

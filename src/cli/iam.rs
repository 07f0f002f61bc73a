//! `awsdrill iam`: the IAM policy lab on the command line. `eval` evaluates a request against
//! policies as AWS's evaluation logic does and prints the decision, the deciding statements and the
//! path through the flow; `check` validates policy files with located findings; `example` lists or
//! prints the bundled example policies.

use super::calc::write_out;
use super::{EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::calc_text::iam as words;
use crate::core::config::Lang;
use crate::core::content::diag::{Severity, locate};
use crate::core::iam::eval::{Decision, Evaluation, StatementTrace};
use crate::core::iam::examples::{EXAMPLES, example};
use crate::core::iam::request::Source;
use crate::core::iam::{NamedPolicy, Policies, PolicyType, Request, evaluate, parse_policy};
use crate::i18n::tr;
use crate::iam_files::{PolicyText, RequestField, read_policy};
use serde::Serialize;
use std::fmt::Write as _;

/// The IAM policy lab's subcommands.
#[derive(Debug, clap::Subcommand)]
pub enum IamCommand {
    /// Evaluate a request against policies: Allow, explicit Deny or implicit Deny, the deciding
    /// statements and the path through AWS's evaluation flow
    Eval(Box<EvalArgs>),
    /// Validate policy files: every problem with file:line:col and a caret
    Check(CheckArgs),
    /// List the bundled example policies, or print one (use them as `example:NAME` for a FILE)
    Example {
        /// The example to print
        name: Option<String>,
    },
}

/// Options of `awsdrill iam eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// Identity-based policies of the principal (one or more)
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub identity: Vec<String>,
    /// The resource-based policy of the resource (bucket policy, key policy ...)
    #[arg(long, value_name = "FILE")]
    pub resource_policy: Option<String>,
    /// The principal's permissions boundary
    #[arg(long, value_name = "FILE")]
    pub boundary: Option<String>,
    /// Service control policies of the principal's account, all at one level
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub scp: Vec<String>,
    /// Resource control policies of the resource's account (RCPFullAWSAccess is always attached)
    #[arg(long, value_name = "FILE", num_args = 1..)]
    pub rcp: Vec<String>,
    /// The session policy passed when the role or federated user session was created
    #[arg(long, value_name = "FILE")]
    pub session: Option<String>,
    /// Who asks: an IAM user, role, assumed-role session, federated user or root ARN
    #[arg(long, value_name = "ARN")]
    pub principal: String,
    /// The action, as service:Action (s3:GetObject)
    #[arg(long, value_name = "ACTION")]
    pub action: String,
    /// The resource ARN, or * for actions without a resource
    #[arg(long, value_name = "ARN")]
    pub resource: String,
    /// The account owning a resource whose ARN has none (S3), when it is not the principal's
    #[arg(long, value_name = "ACCOUNT")]
    pub resource_account: Option<String>,
    /// A context key and its value: aws:SourceIp=203.0.113.7, aws:TagKeys=a,b (repeatable)
    #[arg(long, value_name = "KEY=VALUE", num_args = 1..)]
    pub context: Vec<String>,
    /// Print JSON (fields documented in the README)
    #[arg(long)]
    pub json: bool,
}

/// Options of `awsdrill iam check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Policy files (or example:NAME)
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<String>,
    /// The policies' type, which decides whether Principal is required or refused
    #[arg(long = "type", value_name = "TYPE", default_value = "identity", value_parser = parse_type)]
    pub policy_type: PolicyType,
    /// Print the findings as JSON
    #[arg(long)]
    pub json: bool,
}

fn parse_type(s: &str) -> Result<PolicyType, String> {
    PolicyType::ALL
        .into_iter()
        .find(|t| t.key() == s)
        .ok_or_else(|| {
            let all: Vec<&str> = PolicyType::ALL.iter().map(|t| t.key()).collect();
            crate::i18n::tr!(
                super::help::value_lang(),
                "cli-help-one-of",
                values = all.join(", ")
            )
        })
}

/// Runs `awsdrill iam ...`.
/// The text output and the errors are in `lang`; `--json` output is the same in every language.
pub(super) fn run(lang: Lang, cmd: &IamCommand) -> u8 {
    match cmd {
        IamCommand::Eval(args) => eval(lang, args),
        IamCommand::Check(args) => check(lang, args),
        IamCommand::Example { name } => show_example(lang, name.as_deref()),
    }
}

/// A finding as JSON.
#[derive(Serialize)]
struct JsonFinding {
    severity: Severity,
    code: &'static str,
    file: String,
    line: usize,
    column: usize,
    message: String,
}

/// A policy read and checked: its text, and its findings rendered.
struct Loaded {
    text: PolicyText,
    policy: Option<crate::core::iam::Policy>,
    findings: Vec<crate::core::iam::Finding>,
}

impl Loaded {
    fn json_findings(&self) -> Vec<JsonFinding> {
        self.findings
            .iter()
            .map(|f| {
                let l = locate(&self.text.text, f.span.clone());
                JsonFinding {
                    severity: f.severity,
                    code: f.code(),
                    file: self.text.name.clone(),
                    line: l.line,
                    column: l.column,
                    message: words::finding_message(Lang::En, &f.kind),
                }
            })
            .collect()
    }

    fn rendered(&self, lang: Lang) -> String {
        self.findings
            .iter()
            .map(|f| words::render_finding(lang, &self.text.name, &self.text.text, f))
            .collect()
    }
}

fn load(lang: Lang, spec: &str, ty: PolicyType) -> Result<Loaded, String> {
    let text = read_policy(lang, spec)?;
    let parsed = parse_policy(&text.text, ty);
    Ok(Loaded {
        policy: parsed.policy,
        findings: parsed.findings,
        text,
    })
}

fn check(lang: Lang, args: &CheckArgs) -> u8 {
    let mut all = Vec::new();
    for f in &args.files {
        match load(lang, f, args.policy_type) {
            Ok(l) => all.push(l),
            Err(e) => {
                print_error(e);
                return EXIT_CANNOT_RUN;
            }
        }
    }
    let errors = all
        .iter()
        .flat_map(|l| &l.findings)
        .filter(|f| f.severity == Severity::Error)
        .count();
    let warnings = all.iter().map(|l| l.findings.len()).sum::<usize>() - errors;
    if args.json {
        #[derive(Serialize)]
        struct Out {
            errors: usize,
            warnings: usize,
            findings: Vec<JsonFinding>,
        }
        let out = Out {
            errors,
            warnings,
            findings: all.iter().flat_map(Loaded::json_findings).collect(),
        };
        crate::exit::say_json(&serde_json::to_string_pretty(&out).unwrap_or_default());
    } else {
        let mut text: String = all.iter().map(|l| l.rendered(lang)).collect();
        let _ = writeln!(
            text,
            "{}",
            tr!(
                lang,
                "iam-cli-checked",
                files = all.len(),
                errors = errors,
                warnings = warnings
            )
        );
        if write_out(&text) != EXIT_OK {
            return EXIT_CANNOT_RUN;
        }
    }
    if errors > 0 { EXIT_FINDINGS } else { EXIT_OK }
}

fn show_example(lang: Lang, name: Option<&str>) -> u8 {
    match name {
        None => {
            let mut text = String::new();
            for e in EXAMPLES {
                let _ = writeln!(
                    text,
                    "{:<32} {:<9} {}",
                    e.name,
                    e.policy_type.key(),
                    e.source
                );
            }
            write_out(&text)
        }
        Some(n) => match example(n) {
            Some(e) => write_out(e.text),
            None => {
                print_error(tr!(lang, "iam-cli-no-example", name = n));
                EXIT_CANNOT_RUN
            }
        },
    }
}

/// The request from the flags, or the message naming the bad flag.
fn request(lang: Lang, args: &EvalArgs) -> Result<Request, String> {
    crate::iam_files::build_request(
        lang,
        &args.principal,
        &args.action,
        &args.resource,
        args.resource_account.as_deref(),
        &args.context,
    )
    .map_err(|(field, message)| {
        let flag = match field {
            RequestField::Principal => "--principal",
            RequestField::Action => "--action",
            RequestField::Resource => "--resource",
            RequestField::ResourceAccount => "--resource-account",
            RequestField::Context => "--context",
        };
        format!("{flag}: {message}")
    })
}

/// A statement as JSON: where it is, how it met the request.
#[derive(Serialize)]
struct JsonStatement {
    #[serde(rename = "type")]
    policy_type: PolicyType,
    policy: String,
    statement: usize,
    sid: Option<String>,
    effect: String,
    line: usize,
    column: usize,
    action: bool,
    resource: bool,
    principal: Option<crate::core::iam::eval::Grantee>,
    conditions: Vec<bool>,
    applies: bool,
}

fn statement_json(s: &StatementTrace, loaded: &[Loaded]) -> JsonStatement {
    let (line, column) = loaded
        .iter()
        .find(|l| l.text.name == s.policy)
        .map(|l| {
            let at = locate(&l.text.text, s.span.clone());
            (at.line, at.column)
        })
        .unwrap_or((0, 0));
    JsonStatement {
        policy_type: s.policy_type,
        policy: s.policy.clone(),
        statement: s.index + 1,
        sid: s.sid.clone(),
        effect: format!("{:?}", s.effect),
        line,
        column,
        action: s.action,
        resource: s.resource,
        principal: s.principal,
        conditions: s.conditions.clone(),
        applies: s.applies,
    }
}

fn statement_place(s: &StatementTrace, loaded: &[Loaded]) -> String {
    loaded.iter().find(|l| l.text.name == s.policy).map_or_else(
        || s.policy.clone(),
        |l| words::location(&l.text.name, &l.text.text, s.span.start),
    )
}

fn eval(lang: Lang, args: &EvalArgs) -> u8 {
    let mut wanted: Vec<(PolicyType, &str)> = Vec::new();
    wanted.extend(
        args.identity
            .iter()
            .map(|f| (PolicyType::Identity, f.as_str())),
    );
    wanted.extend(
        args.resource_policy
            .iter()
            .map(|f| (PolicyType::Resource, f.as_str())),
    );
    wanted.extend(
        args.boundary
            .iter()
            .map(|f| (PolicyType::Boundary, f.as_str())),
    );
    wanted.extend(
        args.session
            .iter()
            .map(|f| (PolicyType::Session, f.as_str())),
    );
    wanted.extend(args.scp.iter().map(|f| (PolicyType::Scp, f.as_str())));
    wanted.extend(args.rcp.iter().map(|f| (PolicyType::Rcp, f.as_str())));
    let mut loaded: Vec<(PolicyType, Loaded)> = Vec::new();
    for (ty, spec) in wanted {
        match load(lang, spec, ty) {
            Ok(l) => loaded.push((ty, l)),
            Err(e) => {
                print_error(e);
                return EXIT_CANNOT_RUN;
            }
        }
    }
    let has_errors = loaded
        .iter()
        .any(|(_, l)| l.findings.iter().any(|f| f.severity == Severity::Error));
    for (_, l) in &loaded {
        crate::exit::say_err(format_args!("{}", l.rendered(lang).trim_end()));
    }
    if has_errors {
        if args.json {
            #[derive(Serialize)]
            struct Invalid {
                error: &'static str,
                findings: Vec<JsonFinding>,
            }
            let out = Invalid {
                error: "invalid policy",
                findings: loaded.iter().flat_map(|(_, l)| l.json_findings()).collect(),
            };
            crate::exit::say_json(&serde_json::to_string_pretty(&out).unwrap_or_default());
        }
        print_error(tr!(lang, "iam-cli-invalid"));
        return EXIT_CANNOT_RUN;
    }
    let req = match request(lang, args) {
        Ok(r) => r,
        Err(e) => {
            print_error(e);
            return EXIT_CANNOT_RUN;
        }
    };
    let mut policies = Policies::default();
    for (ty, l) in &loaded {
        let np = NamedPolicy {
            name: l.text.name.clone(),
            policy: l.policy.clone().expect("checked above: no errors"),
        };
        match ty {
            PolicyType::Identity => policies.identity.push(np),
            PolicyType::Resource => policies.resource = Some(np),
            PolicyType::Boundary => policies.boundary = Some(np),
            PolicyType::Session => policies.session = Some(np),
            PolicyType::Scp => policies.scps.push(np),
            PolicyType::Rcp => policies.rcps.push(np),
        }
    }
    let ev = evaluate(&policies, &req);
    let files: Vec<Loaded> = loaded.into_iter().map(|(_, l)| l).collect();
    let status = if args.json {
        crate::exit::say_json(
            &serde_json::to_string_pretty(&json(&ev, &req, &files)).unwrap_or_default(),
        );
        EXIT_OK
    } else {
        write_out(&report(lang, &ev, &req, &files))
    };
    if status != EXIT_OK {
        return status;
    }
    match ev.decision {
        Decision::Allow => EXIT_OK,
        _ => EXIT_FINDINGS,
    }
}

/// The `--json` document, fields in this order.
#[derive(Serialize)]
struct Json<'a> {
    decision: &'static str,
    decided_by: Option<PolicyType>,
    request: JsonRequest<'a>,
    context: &'a [crate::core::iam::request::ContextEntry],
    deciding: Vec<JsonStatement>,
    path: Vec<serde_json::Value>,
    policies: Vec<JsonType>,
    warnings: Vec<JsonFinding>,
}

#[derive(Serialize)]
struct JsonRequest<'a> {
    principal: &'a str,
    principal_type: &'static str,
    action: &'a str,
    resource: &'a str,
    principal_account: &'a str,
    resource_account: &'a str,
    cross_account: bool,
}

#[derive(Serialize)]
struct JsonType {
    #[serde(rename = "type")]
    policy_type: PolicyType,
    count: usize,
    allows: Vec<JsonStatement>,
    denies: Vec<JsonStatement>,
    statements: Vec<JsonStatement>,
}

fn json<'a>(ev: &'a Evaluation, req: &'a Request, files: &[Loaded]) -> Json<'a> {
    let path = ev
        .steps
        .iter()
        .map(|s| {
            let mut v = serde_json::to_value(&s.check).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("then".into(), words::then_key(s.then).into());
                o.insert("text".into(), words::step_text(Lang::En, s).into());
            }
            v
        })
        .collect();
    let policies = ev
        .types
        .iter()
        .map(|t| JsonType {
            policy_type: t.policy_type,
            count: t.count,
            allows: t.allows().map(|s| statement_json(s, files)).collect(),
            denies: t.denies().map(|s| statement_json(s, files)).collect(),
            statements: t
                .statements
                .iter()
                .map(|s| statement_json(s, files))
                .collect(),
        })
        .collect();
    Json {
        decision: ev.decision.key(),
        decided_by: ev.decided_by,
        request: JsonRequest {
            principal: &req.principal.arn,
            principal_type: req.principal.principal_type(),
            action: &req.action,
            resource: &req.resource,
            principal_account: &ev.principal_account,
            resource_account: &ev.resource_account,
            cross_account: ev.cross_account,
        },
        context: &req.context.entries,
        deciding: ev
            .deciding()
            .iter()
            .map(|s| statement_json(s, files))
            .collect(),
        path,
        policies,
        warnings: files.iter().flat_map(Loaded::json_findings).collect(),
    }
}

/// The text report.
fn report(lang: Lang, ev: &Evaluation, req: &Request, files: &[Loaded]) -> String {
    let mut out = String::new();
    let decision = words::decision(lang, ev.decision);
    let line = match ev.decided_by {
        Some(t) => tr!(
            lang,
            "iam-decision-line-by",
            decision = decision,
            by = words::policy_type(lang, t)
        ),
        None => tr!(lang, "iam-decision-line", decision = decision),
    };
    let _ = writeln!(out, "{line}");
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            "iam-cli-request",
            principal = req.principal.arn.as_str(),
            action = req.action.as_str(),
            resource = req.resource.as_str()
        )
    );
    let accounts = if ev.cross_account {
        "iam-cli-accounts-cross"
    } else {
        "iam-cli-accounts-same"
    };
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            accounts,
            principal = ev.principal_account.as_str(),
            resource = ev.resource_account.as_str()
        )
    );
    let ctx: Vec<String> = req
        .context
        .entries
        .iter()
        .map(|e| {
            let pair = format!("{}={}", e.key, e.values.join(","));
            if e.source == Source::Principal {
                tr!(lang, "iam-cli-from-principal", pair = pair)
            } else {
                pair
            }
        })
        .collect();
    let _ = writeln!(
        out,
        "{}",
        tr!(lang, "iam-cli-context", pairs = ctx.join("; "))
    );
    let _ = writeln!(out);
    let deciding = ev.deciding();
    if deciding.is_empty() {
        let _ = writeln!(out, "{}", tr!(lang, "iam-cli-deciding-none"));
    } else {
        let _ = writeln!(out, "{}", tr!(lang, "iam-deciding"));
        for s in deciding {
            let _ = writeln!(
                out,
                "  {} {}  {} ({})",
                pad(&words::policy_key(lang, s.policy_type), 9),
                statement_place(s, files),
                words::statement_name(lang, s),
                words::effect(s.effect)
            );
        }
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr!(lang, "iam-path"));
    for (i, s) in ev.steps.iter().enumerate() {
        let _ = writeln!(out, "  {}. {}", i + 1, words::step(lang, s));
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "{}", tr!(lang, "iam-cli-by-type"));
    for t in &ev.types {
        let label = words::policy_label(lang, t.policy_type);
        if !t.present() {
            let _ = writeln!(out, "  {}", tr!(lang, "iam-cli-type-none", type = label));
            continue;
        }
        let _ = writeln!(out, "  {label}:");
        for s in &t.statements {
            let _ = writeln!(
                out,
                "    {}  {}",
                statement_place(s, files),
                words::statement_line(lang, s)
            );
        }
    }
    out
}

/// `text` padded with spaces to `width` terminal columns (a Korean letter takes two).
fn pad(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{text}{}", " ".repeat(width.saturating_sub(text.width())))
}

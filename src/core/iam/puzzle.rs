//! IAM puzzles for the drill: a small set of policies and one request, drawn at random, whose
//! decision (and deciding statement) the evaluator works out. Each review draws a fresh puzzle;
//! the puzzles are balanced between Allow, explicit Deny and implicit Deny by drawing until the
//! wanted decision comes up. Pure: the caller passes the random source.

use super::eval::{Decision, Evaluation, NamedPolicy, Policies, evaluate};
use super::parse::parse_policy;
use super::policy::PolicyType;
use super::request::{Context, Request, parse_principal};
use rand::{Rng, RngExt};
use serde_json::{Value, json};

const A: &str = "111122223333";
const B: &str = "444455556666";

/// One policy of a puzzle.
#[derive(Debug, Clone, PartialEq)]
pub struct PuzzlePolicy {
    /// Its type.
    pub policy_type: PolicyType,
    /// The statements, one compact JSON object each (what the prompt shows).
    pub statements: Vec<String>,
    /// The whole policy document (Version 2012-10-17).
    pub text: String,
}

/// A drawn puzzle and its evaluation.
#[derive(Debug, Clone, PartialEq)]
pub struct Puzzle {
    /// The policies that apply.
    pub policies: Vec<PuzzlePolicy>,
    /// The principal's ARN.
    pub principal: String,
    /// The action.
    pub action: String,
    /// The resource ARN.
    pub resource: String,
    /// The account that owns the resource.
    pub resource_account: String,
    /// The context keys given, as `key=value`.
    pub context: Vec<String>,
    /// The evaluator's answer with its trace.
    pub evaluation: Evaluation,
}

impl Puzzle {
    /// The Sid of the one statement that decides, for puzzles that have exactly one.
    pub fn deciding_sid(&self) -> Option<String> {
        match self.evaluation.deciding().as_slice() {
            [one] => one.sid.clone(),
            _ => None,
        }
    }
}

fn pick<T: Copy>(rng: &mut impl Rng, from: &[T]) -> T {
    from[rng.random_range(0..from.len())]
}

fn chance(rng: &mut impl Rng, p: f64) -> bool {
    rng.random_bool(p)
}

/// A request target: the action, its resource, and patterns that do and do not match them.
struct Target {
    action: &'static str,
    resource: &'static str,
    service: &'static str,
    hits: &'static [&'static str],
    misses: &'static [&'static str],
    resource_hits: &'static [&'static str],
    resource_misses: &'static [&'static str],
}

const TARGETS: &[Target] = &[
    Target {
        action: "s3:GetObject",
        resource: "arn:aws:s3:::reports/2026/q1.csv",
        service: "S3",
        hits: &["s3:GetObject", "s3:Get*", "s3:*"],
        misses: &["s3:PutObject", "s3:List*", "dynamodb:GetItem"],
        resource_hits: &["arn:aws:s3:::reports/*", "*"],
        resource_misses: &["arn:aws:s3:::reports", "arn:aws:s3:::logs/*"],
    },
    Target {
        action: "s3:PutObject",
        resource: "arn:aws:s3:::reports/2026/q1.csv",
        service: "S3",
        hits: &["s3:PutObject", "s3:*Object", "s3:*"],
        misses: &["s3:GetObject", "s3:Get*", "sqs:SendMessage"],
        resource_hits: &["arn:aws:s3:::reports/*", "*"],
        resource_misses: &["arn:aws:s3:::reports", "arn:aws:s3:::archive/*"],
    },
    Target {
        action: "dynamodb:GetItem",
        resource: "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders",
        service: "DynamoDB",
        hits: &["dynamodb:GetItem", "dynamodb:Get*", "dynamodb:*"],
        misses: &["dynamodb:PutItem", "dynamodb:Query", "s3:GetObject"],
        resource_hits: &[
            "arn:aws:dynamodb:eu-west-1:111122223333:table/Orders",
            "arn:aws:dynamodb:*:*:table/*",
        ],
        resource_misses: &[
            "arn:aws:dynamodb:eu-west-1:111122223333:table/Users",
            "arn:aws:dynamodb:us-east-1:111122223333:table/Orders",
        ],
    },
    Target {
        action: "sqs:SendMessage",
        resource: "arn:aws:sqs:eu-west-1:111122223333:jobs",
        service: "SQS",
        hits: &["sqs:SendMessage", "sqs:Send*", "sqs:*"],
        misses: &["sqs:ReceiveMessage", "sns:Publish", "sqs:Delete*"],
        resource_hits: &[
            "arn:aws:sqs:eu-west-1:111122223333:jobs",
            "arn:aws:sqs:*:*:*",
        ],
        resource_misses: &["arn:aws:sqs:eu-west-1:111122223333:jobs-dlq"],
    },
];

/// Principals a puzzle can ask as.
const PRINCIPALS: &[&str] = &[
    "arn:aws:iam::111122223333:user/alice",
    "arn:aws:sts::111122223333:assumed-role/Developer/alice",
    "arn:aws:iam::444455556666:user/bob",
];

/// Conditions a statement may carry, with the context values that meet and miss them.
const CONDITIONS: &[(&str, &str, &str, &str, &str, &str)] = &[
    // (operator, key, policy value, met, missed, Sid topic)
    (
        "IpAddress",
        "aws:SourceIp",
        "203.0.113.0/24",
        "203.0.113.7",
        "198.51.100.7",
        "FromOffice",
    ),
    (
        "Bool",
        "aws:MultiFactorAuthPresent",
        "true",
        "true",
        "false",
        "WithMfa",
    ),
    (
        "StringEquals",
        "aws:RequestedRegion",
        "eu-west-1",
        "eu-west-1",
        "us-east-1",
        "InEu",
    ),
];

/// Deny conditions: (operator, key, policy value, met, missed, Sid topic).
const DENY_CONDITIONS: &[(&str, &str, &str, &str, &str, &str)] = &[
    (
        "NotIpAddress",
        "aws:SourceIp",
        "203.0.113.0/24",
        "198.51.100.7",
        "203.0.113.7",
        "OutsideOffice",
    ),
    (
        "BoolIfExists",
        "aws:MultiFactorAuthPresent",
        "false",
        "false",
        "true",
        "WithoutMfa",
    ),
    (
        "StringNotEquals",
        "aws:RequestedRegion",
        "eu-west-1",
        "us-east-1",
        "eu-west-1",
        "OutsideEu",
    ),
];

struct Builder<'r, R: Rng> {
    rng: &'r mut R,
    target: &'static Target,
    context: Vec<(String, String)>,
    sids: Vec<String>,
}

impl<R: Rng> Builder<'_, R> {
    fn sid(&mut self, base: String) -> String {
        let mut sid = base.clone();
        let mut n = 2;
        while self.sids.contains(&sid) {
            sid = format!("{base}{n}");
            n += 1;
        }
        self.sids.push(sid.clone());
        sid
    }

    /// Sets a context key once (the first value set wins, so conditions stay consistent).
    fn set(&mut self, key: &str, value: &str) {
        if !self.context.iter().any(|(k, _)| k == key) {
            self.context.push((key.to_string(), value.to_string()));
        }
    }

    fn statement(&mut self, allow: bool, principal: Option<Value>) -> Value {
        let t = self.target;
        let action_hit = chance(self.rng, 0.75);
        let action = if action_hit {
            pick(self.rng, t.hits)
        } else {
            pick(self.rng, t.misses)
        };
        let resource = if chance(self.rng, 0.8) {
            pick(self.rng, t.resource_hits)
        } else {
            pick(self.rng, t.resource_misses)
        };
        let effect = if allow { "Allow" } else { "Deny" };
        let mut topic = if allow {
            t.service.to_string()
        } else {
            action
                .split(':')
                .nth(1)
                .unwrap_or("")
                .trim_end_matches('*')
                .to_string()
        };
        let mut s = json!({"Sid": "", "Effect": effect});
        if let Some(p) = principal {
            s["Principal"] = p;
        }
        s["Action"] = json!(action);
        s["Resource"] = json!(resource);
        if chance(self.rng, 0.4) {
            let pool = if allow { CONDITIONS } else { DENY_CONDITIONS };
            let (op, key, value, met, missed, name) = pick(self.rng, pool);
            s["Condition"] = json!({ op: { key: value } });
            let v = if chance(self.rng, 0.5) { met } else { missed };
            // A key the deny's IfExists tests may also be left out of the request.
            if !(op.ends_with("IfExists") && chance(self.rng, 0.3)) {
                self.set(key, v);
            }
            topic = format!("{topic}{name}");
        }
        let sid = self.sid(format!("{effect}{topic}"));
        s["Sid"] = json!(sid);
        s
    }

    fn policy(&mut self, ty: PolicyType, statements: Vec<Value>) -> PuzzlePolicy {
        let doc = json!({"Version": "2012-10-17", "Statement": statements});
        PuzzlePolicy {
            policy_type: ty,
            statements: statements.iter().map(compact).collect(),
            text: serde_json::to_string_pretty(&doc).unwrap_or_default(),
        }
    }
}

/// A statement on one line, its elements in the order policies are usually written.
fn compact(s: &Value) -> String {
    let parts: Vec<String> = [
        "Sid",
        "Effect",
        "Principal",
        "Action",
        "Resource",
        "Condition",
    ]
    .iter()
    .filter_map(|k| s.get(*k).map(|v| format!("\"{k}\":{v}")))
    .collect();
    format!("{{{}}}", parts.join(","))
}

/// Draws one puzzle (any decision).
fn draw_once(rng: &mut impl Rng) -> Option<Puzzle> {
    let target = &TARGETS[rng.random_range(0..TARGETS.len())];
    let principal = pick(rng, PRINCIPALS);
    let p = parse_principal(principal).ok()?;
    let cross = p.account == B;
    let mut b = Builder {
        rng,
        target,
        context: Vec::new(),
        sids: Vec::new(),
    };
    let mut policies = Vec::new();
    // Identity-based policy: nearly always, one or two statements.
    if chance(b.rng, 0.9) {
        let mut st = vec![{
            let allow = chance(b.rng, 0.8);
            b.statement(allow, None)
        }];
        if chance(b.rng, 0.5) {
            let allow = chance(b.rng, 0.4);
            st.push(b.statement(allow, None));
        }
        policies.push(b.policy(PolicyType::Identity, st));
    }
    // A resource-based policy for S3 and SQS (not DynamoDB tables in these puzzles).
    if target.service != "DynamoDB" && (cross || chance(b.rng, 0.4)) {
        let who = match pick(b.rng, &[0u8, 1, 2, 3]) {
            0 => json!({"AWS": principal_grantee(principal)}),
            1 => json!({"AWS": if cross { B } else { A }}),
            2 => json!({"AWS": format!("arn:aws:iam::{A}:role/Developer")}),
            _ => json!({"AWS": format!("arn:aws:iam::{A}:user/carol")}),
        };
        let allow = chance(b.rng, 0.75);
        let st = vec![b.statement(allow, Some(who))];
        policies.push(b.policy(PolicyType::Resource, st));
    }
    // One limit at most: a boundary, a session policy (sessions only), or an SCP.
    match pick(b.rng, &[0u8, 1, 2, 3]) {
        1 => {
            let st = vec![b.statement(true, None)];
            policies.push(b.policy(PolicyType::Boundary, st));
        }
        2 if principal.contains(":assumed-role/") => {
            let st = vec![b.statement(true, None)];
            policies.push(b.policy(PolicyType::Session, st));
        }
        3 => {
            let allow = chance(b.rng, 0.6);
            let st = vec![b.statement(allow, None)];
            let mut scps = vec![st];
            if !allow {
                // A deny SCP sits beside FullAWSAccess, as in a real organization.
                scps.insert(0, vec![json!({"Sid": "FullAWSAccess", "Effect": "Allow", "Action": "*", "Resource": "*"})]);
            }
            for st in scps {
                policies.push(b.policy(PolicyType::Scp, st));
            }
        }
        _ => {}
    }
    // At most three statements: the puzzle must fit the drill's panel at 80x24.
    if policies.iter().map(|p| p.statements.len()).sum::<usize>() > 3 {
        return None;
    }
    let mut ctx = Context::default();
    let context: Vec<String> = b.context.iter().map(|(k, v)| format!("{k}={v}")).collect();
    for pair in &context {
        ctx.add_pair(pair).ok()?;
    }
    let resource_account = if cross && target.service == "S3" {
        A.to_string()
    } else {
        super::matcher::arn_account(target.resource)
            .unwrap_or(&p.account)
            .to_string()
    };
    let mut req = Request::new(p, target.action, target.resource, ctx);
    req.resource_account = Some(resource_account.clone());
    let mut set = Policies::default();
    for (i, pp) in policies.iter().enumerate() {
        let np = NamedPolicy {
            name: format!("{}{i}", pp.policy_type.key()),
            policy: parse_policy(&pp.text, pp.policy_type).policy?,
        };
        match pp.policy_type {
            PolicyType::Identity => set.identity.push(np),
            PolicyType::Resource => set.resource = Some(np),
            PolicyType::Boundary => set.boundary = Some(np),
            PolicyType::Session => set.session = Some(np),
            PolicyType::Scp => set.scps.push(np),
            PolicyType::Rcp => set.rcps.push(np),
        }
    }
    let evaluation = evaluate(&set, &req);
    Some(Puzzle {
        policies,
        principal: principal.to_string(),
        action: target.action.to_string(),
        resource: target.resource.to_string(),
        resource_account,
        context,
        evaluation,
    })
}

/// How a resource policy names the requesting principal directly.
fn principal_grantee(principal: &str) -> String {
    principal.to_string()
}

/// Draws a puzzle whose decision is `want` (tries up to 200 draws, then takes the last one).
pub fn draw_with(rng: &mut impl Rng, want: Decision) -> Puzzle {
    let mut last = None;
    for _ in 0..200 {
        if let Some(p) = draw_once(rng) {
            if p.evaluation.decision == want {
                return p;
            }
            last = Some(p);
        }
    }
    last.expect("the puzzle generator makes valid policies")
}

/// Draws a puzzle, each decision equally likely.
pub fn draw(rng: &mut impl Rng) -> Puzzle {
    let want = pick(
        rng,
        &[
            Decision::Allow,
            Decision::ExplicitDeny,
            Decision::ImplicitDeny,
        ],
    );
    draw_with(rng, want)
}

/// Draws a puzzle with exactly one deciding statement (an explicit deny by one statement, or an
/// allow by one statement with nothing else consulted), for "which statement decides?".
pub fn draw_deciding(rng: &mut impl Rng) -> Puzzle {
    let mut last = None;
    for _ in 0..400 {
        let want = if chance(rng, 0.6) {
            Decision::ExplicitDeny
        } else {
            Decision::Allow
        };
        if let Some(p) = draw_once(rng) {
            let statements = p.policies.iter().map(|x| x.statements.len()).sum::<usize>();
            if p.evaluation.decision == want && p.deciding_sid().is_some() && statements >= 2 {
                return p;
            }
            last = Some(p);
        }
    }
    last.expect("the puzzle generator makes valid policies")
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn puzzles_cover_every_decision_and_are_valid() {
        let mut rng = StdRng::seed_from_u64(18);
        for want in [
            Decision::Allow,
            Decision::ExplicitDeny,
            Decision::ImplicitDeny,
        ] {
            for _ in 0..30 {
                let p = draw_with(&mut rng, want);
                assert_eq!(p.evaluation.decision, want, "{p:?}");
                for pp in &p.policies {
                    let parsed = parse_policy(&pp.text, pp.policy_type);
                    assert!(parsed.findings.is_empty(), "{:?}", parsed.findings);
                }
            }
        }
        for _ in 0..30 {
            let p = draw_deciding(&mut rng);
            assert!(p.deciding_sid().is_some(), "{p:?}");
        }
    }

    #[test]
    fn the_same_seed_draws_the_same_puzzle() {
        let a = draw(&mut StdRng::seed_from_u64(7));
        let b = draw(&mut StdRng::seed_from_u64(7));
        assert_eq!(a, b);
    }
}

//! The evaluation: AWS's policy evaluation logic, step by step, with a typed trace of the path taken.
//!
//! The order is the flow chart's: explicit deny in any policy first, then resource control policies,
//! service control policies, the resource-based policy (within one account it can allow by itself,
//! by how it names the principal), identity-based policies, the permissions boundary and the session
//! policy. Across accounts the identity side and the resource-based policy must both allow.
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html>,
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html>,
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html>,
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html>

use super::condition::{holds, substitute};
use super::matcher::{action_matches, arn_matches_toks, compile};
use super::policy::{
    Effect, Policy, PolicyType, PrincipalKey, Principals, Span, Statement, Version,
};
use super::request::{Principal, PrincipalKind, Request};

/// A policy with the name it is shown under (its file name).
#[derive(Debug, Clone, PartialEq)]
pub struct NamedPolicy {
    /// The name (a file name, or an example's name).
    pub name: String,
    /// The policy.
    pub policy: Policy,
}

/// Every policy that applies to a request, by type.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Policies {
    /// Identity-based policies of the principal.
    pub identity: Vec<NamedPolicy>,
    /// The resource's resource-based policy.
    pub resource: Option<NamedPolicy>,
    /// The principal's permissions boundary.
    pub boundary: Option<NamedPolicy>,
    /// The session policy.
    pub session: Option<NamedPolicy>,
    /// SCPs of the principal's account, all at one level (their allows are united).
    pub scps: Vec<NamedPolicy>,
    /// RCPs of the resource's account (RCPFullAWSAccess is always attached beside them).
    pub rcps: Vec<NamedPolicy>,
}

impl Policies {
    /// The policies of one type.
    pub fn of(&self, ty: PolicyType) -> Vec<&NamedPolicy> {
        match ty {
            PolicyType::Identity => self.identity.iter().collect(),
            PolicyType::Resource => self.resource.iter().collect(),
            PolicyType::Boundary => self.boundary.iter().collect(),
            PolicyType::Session => self.session.iter().collect(),
            PolicyType::Scp => self.scps.iter().collect(),
            PolicyType::Rcp => self.rcps.iter().collect(),
        }
    }
}

/// The final decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// Allowed.
    Allow,
    /// Denied by a Deny statement.
    ExplicitDeny,
    /// Denied because nothing that had to allow did.
    ImplicitDeny,
}

impl Decision {
    /// `allow`, `explicit-deny`, `implicit-deny`.
    pub fn key(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::ExplicitDeny => "explicit-deny",
            Decision::ImplicitDeny => "implicit-deny",
        }
    }
}

/// How the Principal of a resource-based policy statement named the requesting principal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Grantee {
    /// The principal's account (its ID or root ARN): the account decides through identity policies.
    Account,
    /// `"*"`: everyone.
    Anyone,
    /// The role of the requesting session (its role ARN).
    Role,
    /// The IAM user itself.
    User,
    /// The federated user session itself.
    FederatedUser,
    /// The assumed-role session itself (its session ARN).
    Session,
    /// Everyone not listed in `NotPrincipal`.
    NotListed,
}

/// One statement and how it met the request.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct StatementTrace {
    /// The policy's type.
    pub policy_type: PolicyType,
    /// The policy's name.
    pub policy: String,
    /// The statement's position in its policy, from 0.
    pub index: usize,
    /// Its Sid.
    pub sid: Option<String>,
    /// Its effect.
    pub effect: Effect,
    /// Whether the action matched.
    pub action: bool,
    /// Whether the resource matched (true when the statement names none).
    pub resource: bool,
    /// How the principal matched, for statements that name one (`None`: no match or no element).
    pub principal: Option<Grantee>,
    /// Whether the statement names a principal at all.
    pub names_principal: bool,
    /// Whether each condition held, in order.
    pub conditions: Vec<bool>,
    /// Whether the statement applies to the request.
    pub applies: bool,
    /// The statement's span in its policy's text.
    #[serde(skip)]
    pub span: Span,
}

/// What the policies of one type say about the request.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TypeResult {
    /// The type.
    pub policy_type: PolicyType,
    /// How many policies of the type were given.
    pub count: usize,
    /// Every statement with how it met the request.
    pub statements: Vec<StatementTrace>,
}

impl TypeResult {
    /// Whether any policy of this type was given.
    pub fn present(&self) -> bool {
        self.count > 0
    }

    /// The Allow statements that apply.
    pub fn allows(&self) -> impl Iterator<Item = &StatementTrace> {
        self.statements
            .iter()
            .filter(|s| s.applies && s.effect == Effect::Allow)
    }

    /// The Deny statements that apply.
    pub fn denies(&self) -> impl Iterator<Item = &StatementTrace> {
        self.statements
            .iter()
            .filter(|s| s.applies && s.effect == Effect::Deny)
    }

    /// Whether an Allow statement applies.
    pub fn allowed(&self) -> bool {
        self.allows().next().is_some()
    }
}

/// One box of the flow chart, with what it found.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "check")]
pub enum Check {
    /// Every applicable policy searched for a Deny statement that applies.
    DenyEvaluation {
        /// The types holding one (empty: none).
        denied_in: Vec<PolicyType>,
    },
    /// RCPs given: RCPFullAWSAccess is always attached, so only a Deny stops here.
    ResourceControlPolicies,
    /// Does an SCP allow the action?
    ServiceControlPolicies {
        /// Whether one does.
        allowed: bool,
    },
    /// Same account: does the resource-based policy allow, and how does it name the principal?
    ResourcePolicySameAccount {
        /// Whether a resource-based policy was given.
        present: bool,
        /// The strongest way an Allow statement named the principal (`None`: no Allow applies).
        grantee: Option<Grantee>,
    },
    /// The account's root user: identity-based policies do not apply to it.
    RootUser,
    /// Do identity-based policies allow?
    IdentityPolicies {
        /// Whether one does.
        allowed: bool,
    },
    /// Does the permissions boundary allow?
    PermissionsBoundary {
        /// Whether it does.
        allowed: bool,
    },
    /// Does the session policy allow? A federated user session needs one (its permissions are
    /// the intersection of the IAM user's policies and the session policy).
    SessionPolicy {
        /// Whether a session policy was given.
        present: bool,
        /// Whether it allows.
        allowed: bool,
    },
    /// Across accounts: does the resource-based policy in the resource's account allow?
    ResourcePolicyCrossAccount {
        /// Whether a resource-based policy was given.
        present: bool,
        /// Whether an Allow statement applies.
        allowed: bool,
    },
}

/// What a step led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Then {
    /// Go on to the next box.
    Continue,
    /// The evaluation ends with this decision.
    Decide(Decision),
    /// Not consulted: no policy of that type was given.
    Skipped,
}

/// One step of the path through the flow chart.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Step {
    /// The box.
    pub check: Check,
    /// Where it led.
    pub then: Then,
}

/// The result of an evaluation.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Evaluation {
    /// The decision.
    pub decision: Decision,
    /// The policy type whose statements (or whose missing Allow) decided.
    pub decided_by: Option<PolicyType>,
    /// Whether the principal and the resource are in different accounts.
    pub cross_account: bool,
    /// The principal's account.
    pub principal_account: String,
    /// The resource's account.
    pub resource_account: String,
    /// The path through the flow chart.
    pub steps: Vec<Step>,
    /// Every type's statements and how they met the request.
    pub types: Vec<TypeResult>,
}

impl Evaluation {
    /// The result for one type.
    pub fn of(&self, ty: PolicyType) -> &TypeResult {
        self.types
            .iter()
            .find(|t| t.policy_type == ty)
            .expect("every type is evaluated")
    }

    /// The statements that decided: the applying Deny statements for an explicit deny, the Allow
    /// statements on the path for an allow, none for an implicit deny (nothing allowed).
    pub fn deciding(&self) -> Vec<&StatementTrace> {
        match self.decision {
            Decision::ExplicitDeny => self.types.iter().flat_map(|t| t.denies()).collect(),
            Decision::ImplicitDeny => Vec::new(),
            Decision::Allow => {
                let mut out = Vec::new();
                for step in &self.steps {
                    let ty = match step.check {
                        Check::ServiceControlPolicies { .. } => PolicyType::Scp,
                        Check::ResourcePolicySameAccount {
                            grantee: Some(g), ..
                        } if g != Grantee::Account => PolicyType::Resource,
                        Check::ResourcePolicyCrossAccount { .. } => PolicyType::Resource,
                        Check::IdentityPolicies { .. } => PolicyType::Identity,
                        Check::PermissionsBoundary { .. } => PolicyType::Boundary,
                        Check::SessionPolicy { .. } => PolicyType::Session,
                        _ => continue,
                    };
                    if step.then != Then::Skipped {
                        out.extend(self.of(ty).allows());
                    }
                }
                out
            }
        }
    }
}

/// How an AWS principal value names the requesting principal, if it does.
fn names(value: &str, p: &Principal) -> Option<Grantee> {
    if value == "*" {
        return Some(Grantee::Anyone);
    }
    if value == p.account || value == p.account_arn() {
        return Some(Grantee::Account);
    }
    if value == p.arn {
        return Some(match p.kind {
            PrincipalKind::User { .. } => Grantee::User,
            PrincipalKind::Role { .. } => Grantee::Role,
            PrincipalKind::AssumedRole { .. } => Grantee::Session,
            PrincipalKind::FederatedUser { .. } => Grantee::FederatedUser,
            PrincipalKind::Root => Grantee::Account,
        });
    }
    if let PrincipalKind::AssumedRole { role, .. } = &p.kind {
        // The role's ARN (with any path) names its sessions.
        let prefix = format!("arn:{}:iam::{}:role/", p.partition, p.account);
        if let Some(path) = value.strip_prefix(&prefix)
            && path.rsplit('/').next() == Some(role.as_str())
        {
            return Some(Grantee::Role);
        }
    }
    None
}

/// How a Principal element names the principal: the strongest of its entries.
fn principal_match(pr: &Principals, p: &Principal) -> Option<Grantee> {
    if pr.anyone {
        return Some(Grantee::Anyone);
    }
    pr.entries
        .iter()
        .filter(|(k, _)| *k == PrincipalKey::Aws)
        .filter_map(|(_, v)| names(&v.value, p))
        .max()
}

fn trace(
    ty: PolicyType,
    name: &str,
    version: Version,
    s: &Statement,
    req: &Request,
    has_boundary: bool,
) -> StatementTrace {
    let vars = version == Version::V2012_10_17;
    let action = s
        .action
        .items
        .iter()
        .any(|a| action_matches(&a.value, &req.action))
        != s.action.negated;
    let resource = match &s.resource {
        None => true,
        Some(r) => {
            let any = r.items.iter().any(|item| {
                let toks = if vars {
                    substitute(&item.value, &req.context)
                } else {
                    Some(compile(&item.value))
                };
                toks.is_some_and(|t| arn_matches_toks(&t, &req.resource))
            });
            any != r.negated
        }
    };
    let principal = s.principal.as_ref().and_then(|pr| {
        if pr.negated {
            // NotPrincipal with Deny always applies to a principal with a permissions boundary
            // (access_policies_boundaries.html, "Important").
            let listed = principal_match(pr, &req.principal).is_some();
            let boundary_rule = has_boundary && s.effect == Effect::Deny;
            (!listed || boundary_rule).then_some(Grantee::NotListed)
        } else {
            principal_match(pr, &req.principal)
        }
    });
    let principal_ok = s.principal.is_none() || principal.is_some();
    let mut conditions = Vec::new();
    let mut ok = action && resource && principal_ok;
    for c in &s.conditions {
        let h = holds(c, &req.context, vars);
        conditions.push(h);
        ok &= h;
    }
    StatementTrace {
        policy_type: ty,
        policy: name.to_string(),
        index: s.index,
        sid: s.sid.clone(),
        effect: s.effect,
        action,
        resource,
        principal,
        names_principal: s.principal.is_some(),
        conditions,
        applies: ok,
        span: s.span.clone(),
    }
}

/// Evaluates a request against its policies.
pub fn evaluate(policies: &Policies, req: &Request) -> Evaluation {
    let has_boundary = policies.boundary.is_some();
    let types: Vec<TypeResult> = PolicyType::ALL
        .iter()
        .map(|&ty| {
            let of = policies.of(ty);
            TypeResult {
                policy_type: ty,
                count: of.len(),
                statements: of
                    .iter()
                    .flat_map(|np| {
                        np.policy
                            .statements
                            .iter()
                            .map(|s| trace(ty, &np.name, np.policy.version, s, req, has_boundary))
                    })
                    .collect(),
            }
        })
        .collect();
    let mut ev = Evaluation {
        decision: Decision::ImplicitDeny,
        decided_by: None,
        cross_account: req.cross_account(),
        principal_account: req.principal.account.clone(),
        resource_account: req.resource_account(),
        steps: Vec::new(),
        types,
    };
    run(&mut ev, &req.principal);
    ev
}

fn run(ev: &mut Evaluation, principal: &Principal) {
    let present = |ev: &Evaluation, ty| ev.of(ty).present();
    let allowed = |ev: &Evaluation, ty| ev.of(ty).allowed();
    let mut step = |ev: &mut Evaluation, check: Check, then: Then, by: Option<PolicyType>| {
        ev.steps.push(Step { check, then });
        if let Then::Decide(d) = then {
            ev.decision = d;
            ev.decided_by = by;
            return true;
        }
        false
    };
    // 1. Deny evaluation.
    let denied_in: Vec<PolicyType> = PolicyType::ALL
        .into_iter()
        .filter(|&t| ev.of(t).denies().next().is_some())
        .collect();
    let first = denied_in.first().copied();
    let then = if first.is_some() {
        Then::Decide(Decision::ExplicitDeny)
    } else {
        Then::Continue
    };
    if step(ev, Check::DenyEvaluation { denied_in }, then, first) {
        return;
    }
    // 2. RCPs: RCPFullAWSAccess cannot be detached, so without a Deny they allow.
    let then = if present(ev, PolicyType::Rcp) {
        Then::Continue
    } else {
        Then::Skipped
    };
    step(ev, Check::ResourceControlPolicies, then, None);
    // 3. SCPs.
    let scp = allowed(ev, PolicyType::Scp);
    let then = match (present(ev, PolicyType::Scp), scp) {
        (false, _) => Then::Skipped,
        (true, true) => Then::Continue,
        (true, false) => Then::Decide(Decision::ImplicitDeny),
    };
    if step(
        ev,
        Check::ServiceControlPolicies { allowed: scp },
        then,
        Some(PolicyType::Scp),
    ) {
        return;
    }
    let root = principal.kind == PrincipalKind::Root;
    let federated = matches!(principal.kind, PrincipalKind::FederatedUser { .. });
    if !ev.cross_account {
        // 4. Same account: the resource-based policy.
        let grantee = ev
            .of(PolicyType::Resource)
            .allows()
            .filter_map(|s| s.principal.or(Some(Grantee::Anyone)))
            .max();
        let has = present(ev, PolicyType::Resource);
        let check = Check::ResourcePolicySameAccount {
            present: has,
            grantee,
        };
        match grantee {
            _ if !has => {
                step(ev, check, Then::Skipped, None);
            }
            // Granted to the user, the session itself, or everyone: allowed; an implicit deny in
            // identity-based policies, a boundary or a session policy does not limit it.
            Some(
                Grantee::User
                | Grantee::Session
                | Grantee::FederatedUser
                | Grantee::Anyone
                | Grantee::NotListed,
            ) => {
                step(
                    ev,
                    check,
                    Then::Decide(Decision::Allow),
                    Some(PolicyType::Resource),
                );
                return;
            }
            // Granted to the role: a boundary and a session policy must still allow.
            Some(Grantee::Role) => {
                step(ev, check, Then::Continue, None);
                if limits(ev, &mut step, federated) {
                    return;
                }
                ev.decision = Decision::Allow;
                ev.decided_by = Some(PolicyType::Resource);
                return;
            }
            // Granted to the account, or no Allow: identity-based policies decide.
            Some(Grantee::Account) | None => {
                step(ev, check, Then::Continue, None);
            }
        }
    }
    // 5. Identity-based policies (not for the root user).
    if root {
        step(ev, Check::RootUser, Then::Continue, None);
    } else {
        let ok = allowed(ev, PolicyType::Identity);
        let then = if ok {
            Then::Continue
        } else {
            Then::Decide(Decision::ImplicitDeny)
        };
        if step(
            ev,
            Check::IdentityPolicies { allowed: ok },
            then,
            Some(PolicyType::Identity),
        ) {
            return;
        }
        // 6, 7. Boundary and session policy.
        if limits(ev, &mut step, federated) {
            return;
        }
    }
    if ev.cross_account {
        // Across accounts the resource's account must allow too.
        let has = present(ev, PolicyType::Resource);
        let ok = allowed(ev, PolicyType::Resource);
        let then = if ok {
            Then::Continue
        } else {
            Then::Decide(Decision::ImplicitDeny)
        };
        if step(
            ev,
            Check::ResourcePolicyCrossAccount {
                present: has,
                allowed: ok,
            },
            then,
            Some(PolicyType::Resource),
        ) {
            return;
        }
    }
    ev.decision = Decision::Allow;
    ev.decided_by = (!root).then_some(PolicyType::Identity);
}

/// The permissions boundary and the session policy, each when present: true when one ended the
/// evaluation (an implicit deny).
fn limits(
    ev: &mut Evaluation,
    step: &mut impl FnMut(&mut Evaluation, Check, Then, Option<PolicyType>) -> bool,
    federated: bool,
) -> bool {
    for ty in [PolicyType::Boundary, PolicyType::Session] {
        let t = ev.of(ty);
        let (has, ok) = (t.present(), t.allowed());
        let check = if ty == PolicyType::Boundary {
            Check::PermissionsBoundary { allowed: ok }
        } else {
            Check::SessionPolicy {
                present: has,
                allowed: ok,
            }
        };
        let then = match (has, ok) {
            // "If there is no session policy, the code checks whether the principal is a role
            // session ... Otherwise, the request is implicitly denied" (evaluation logic page).
            (false, _) if ty == PolicyType::Session && federated => {
                Then::Decide(Decision::ImplicitDeny)
            }
            (false, _) => Then::Skipped,
            (true, true) => Then::Continue,
            (true, false) => Then::Decide(Decision::ImplicitDeny),
        };
        if step(ev, check, then, Some(ty)) {
            return true;
        }
    }
    false
}

//! The policy model: a policy document as read from JSON, every element with its byte span in the
//! source so that findings and the trace can point at it. Pure data.

use std::ops::Range;

/// A byte range in the policy's source text.
pub type Span = Range<usize>;

/// A value with where it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// Its span in the source.
    pub span: Span,
}

/// The policy language version. Only these two exist; any other is invalid input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Version {
    /// `2012-10-17`: the current version; policy variables are substituted.
    V2012_10_17,
    /// `2008-10-17` (also the default when `Version` is absent): `${...}` is literal text.
    V2008_10_17,
}

impl Version {
    /// As written in a policy.
    pub fn as_str(self) -> &'static str {
        match self {
            Version::V2012_10_17 => "2012-10-17",
            Version::V2008_10_17 => "2008-10-17",
        }
    }
}

/// Where a policy is attached: decides which elements it may or must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicyType {
    /// AWS Organizations resource control policies (apply to the resource's account).
    Rcp,
    /// AWS Organizations service control policies (apply to the principal's account).
    Scp,
    /// A resource-based policy (bucket policy, key policy, trust policy ...).
    Resource,
    /// Identity-based policies attached to the user or role (and its groups).
    Identity,
    /// The permissions boundary of the user or role.
    Boundary,
    /// The session policy passed when the session was created.
    Session,
}

impl PolicyType {
    /// Every type in the order the evaluation flow chart consults them.
    pub const ALL: [PolicyType; 6] = [
        PolicyType::Rcp,
        PolicyType::Scp,
        PolicyType::Resource,
        PolicyType::Identity,
        PolicyType::Boundary,
        PolicyType::Session,
    ];

    /// The short name used in JSON and in the trace (`identity`, `scp` ...).
    pub fn key(self) -> &'static str {
        match self {
            PolicyType::Rcp => "rcp",
            PolicyType::Scp => "scp",
            PolicyType::Resource => "resource",
            PolicyType::Identity => "identity",
            PolicyType::Boundary => "boundary",
            PolicyType::Session => "session",
        }
    }

    /// Whether statements of this type name a principal (`Principal` or `NotPrincipal`).
    pub fn has_principal(self) -> bool {
        matches!(self, PolicyType::Resource | PolicyType::Rcp)
    }
}

/// Allow or Deny.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Effect {
    /// `"Effect": "Allow"`.
    Allow,
    /// `"Effect": "Deny"`.
    Deny,
}

/// A list of patterns, or its negation (`NotAction`, `NotResource`).
#[derive(Debug, Clone, PartialEq)]
pub struct Patterns {
    /// Whether this is the `Not...` form: the statement applies to everything not listed.
    pub negated: bool,
    /// The patterns as written.
    pub items: Vec<Located<String>>,
    /// The span of the element's name.
    pub span: Span,
}

/// The kind of a principal entry in a `Principal` map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum PrincipalKey {
    /// `"AWS"`: accounts, users, roles, sessions.
    Aws,
    /// `"Service"`: service principals such as `lambda.amazonaws.com`.
    Service,
    /// `"Federated"`: identity providers.
    Federated,
    /// `"CanonicalUser"`: S3 canonical user IDs.
    CanonicalUser,
}

impl PrincipalKey {
    /// Every key with its name in JSON.
    pub const ALL: [(&'static str, PrincipalKey); 4] = [
        ("AWS", PrincipalKey::Aws),
        ("Service", PrincipalKey::Service),
        ("Federated", PrincipalKey::Federated),
        ("CanonicalUser", PrincipalKey::CanonicalUser),
    ];
}

/// `Principal` or `NotPrincipal`.
#[derive(Debug, Clone, PartialEq)]
pub struct Principals {
    /// `NotPrincipal`.
    pub negated: bool,
    /// `"*"`: everyone, anonymous users included.
    pub anyone: bool,
    /// The entries of the map form.
    pub entries: Vec<(PrincipalKey, Located<String>)>,
    /// The element's name.
    pub span: Span,
}

/// A set operator prefix of a condition operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum SetOp {
    /// `ForAllValues:`: every value in the request matches (true when the key is absent or empty).
    ForAllValues,
    /// `ForAnyValue:`: at least one value in the request matches.
    ForAnyValue,
}

/// A condition operator without prefix and without `IfExists`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[allow(missing_docs)]
pub enum BaseOp {
    StringEquals,
    StringNotEquals,
    StringEqualsIgnoreCase,
    StringNotEqualsIgnoreCase,
    StringLike,
    StringNotLike,
    NumericEquals,
    NumericNotEquals,
    NumericLessThan,
    NumericLessThanEquals,
    NumericGreaterThan,
    NumericGreaterThanEquals,
    DateEquals,
    DateNotEquals,
    DateLessThan,
    DateLessThanEquals,
    DateGreaterThan,
    DateGreaterThanEquals,
    Bool,
    BinaryEquals,
    IpAddress,
    NotIpAddress,
    ArnEquals,
    ArnLike,
    ArnNotEquals,
    ArnNotLike,
    Null,
}

impl BaseOp {
    /// Every operator with its name in JSON.
    pub const ALL: [(&'static str, BaseOp); 27] = [
        ("StringEquals", BaseOp::StringEquals),
        ("StringNotEquals", BaseOp::StringNotEquals),
        ("StringEqualsIgnoreCase", BaseOp::StringEqualsIgnoreCase),
        (
            "StringNotEqualsIgnoreCase",
            BaseOp::StringNotEqualsIgnoreCase,
        ),
        ("StringLike", BaseOp::StringLike),
        ("StringNotLike", BaseOp::StringNotLike),
        ("NumericEquals", BaseOp::NumericEquals),
        ("NumericNotEquals", BaseOp::NumericNotEquals),
        ("NumericLessThan", BaseOp::NumericLessThan),
        ("NumericLessThanEquals", BaseOp::NumericLessThanEquals),
        ("NumericGreaterThan", BaseOp::NumericGreaterThan),
        ("NumericGreaterThanEquals", BaseOp::NumericGreaterThanEquals),
        ("DateEquals", BaseOp::DateEquals),
        ("DateNotEquals", BaseOp::DateNotEquals),
        ("DateLessThan", BaseOp::DateLessThan),
        ("DateLessThanEquals", BaseOp::DateLessThanEquals),
        ("DateGreaterThan", BaseOp::DateGreaterThan),
        ("DateGreaterThanEquals", BaseOp::DateGreaterThanEquals),
        ("Bool", BaseOp::Bool),
        ("BinaryEquals", BaseOp::BinaryEquals),
        ("IpAddress", BaseOp::IpAddress),
        ("NotIpAddress", BaseOp::NotIpAddress),
        ("ArnEquals", BaseOp::ArnEquals),
        ("ArnLike", BaseOp::ArnLike),
        ("ArnNotEquals", BaseOp::ArnNotEquals),
        ("ArnNotLike", BaseOp::ArnNotLike),
        ("Null", BaseOp::Null),
    ];

    /// The operator's name in JSON.
    pub fn name(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, o)| *o == self)
            .map_or("", |(n, _)| n)
    }

    /// The negated operators: true when no policy value matches (and when the key is absent).
    pub fn negated(self) -> bool {
        matches!(
            self,
            BaseOp::StringNotEquals
                | BaseOp::StringNotEqualsIgnoreCase
                | BaseOp::StringNotLike
                | BaseOp::NumericNotEquals
                | BaseOp::DateNotEquals
                | BaseOp::NotIpAddress
                | BaseOp::ArnNotEquals
                | BaseOp::ArnNotLike
        )
    }

    /// The positive operator a negated one negates (itself when not negated).
    pub fn positive(self) -> BaseOp {
        match self {
            BaseOp::StringNotEquals => BaseOp::StringEquals,
            BaseOp::StringNotEqualsIgnoreCase => BaseOp::StringEqualsIgnoreCase,
            BaseOp::StringNotLike => BaseOp::StringLike,
            BaseOp::NumericNotEquals => BaseOp::NumericEquals,
            BaseOp::DateNotEquals => BaseOp::DateEquals,
            BaseOp::NotIpAddress => BaseOp::IpAddress,
            BaseOp::ArnNotEquals => BaseOp::ArnEquals,
            BaseOp::ArnNotLike => BaseOp::ArnLike,
            other => other,
        }
    }

    /// What kind of value the operator compares.
    pub fn value_kind(self) -> ValueKind {
        use BaseOp::*;
        match self {
            StringEquals
            | StringNotEquals
            | StringEqualsIgnoreCase
            | StringNotEqualsIgnoreCase
            | StringLike
            | StringNotLike => ValueKind::String,
            NumericEquals
            | NumericNotEquals
            | NumericLessThan
            | NumericLessThanEquals
            | NumericGreaterThan
            | NumericGreaterThanEquals => ValueKind::Number,
            DateEquals
            | DateNotEquals
            | DateLessThan
            | DateLessThanEquals
            | DateGreaterThan
            | DateGreaterThanEquals => ValueKind::Date,
            Bool | Null => ValueKind::Bool,
            BinaryEquals => ValueKind::Binary,
            IpAddress | NotIpAddress => ValueKind::Ip,
            ArnEquals | ArnLike | ArnNotEquals | ArnNotLike => ValueKind::Arn,
        }
    }
}

/// The kind of value a condition operator compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ValueKind {
    /// Text.
    String,
    /// A number (integer or decimal).
    Number,
    /// A date: ISO 8601 or seconds since the epoch.
    Date,
    /// `true` or `false`.
    Bool,
    /// Base64 text compared byte for byte.
    Binary,
    /// An IPv4 or IPv6 address or CIDR range.
    Ip,
    /// An ARN.
    Arn,
}

/// A condition operator as written: `ForAnyValue:StringLikeIfExists`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Operator {
    /// `ForAllValues:` or `ForAnyValue:`.
    pub set: Option<SetOp>,
    /// The comparison.
    pub base: BaseOp,
    /// `...IfExists`: true when the key is absent.
    pub if_exists: bool,
}

/// One key test of a `Condition` block: `"StringEquals": {"aws:username": ["a", "b"]}`.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    /// The operator.
    pub op: Operator,
    /// The operator's name as written, with its span.
    pub op_text: Located<String>,
    /// The condition key as written (keys are compared without case).
    pub key: Located<String>,
    /// The values (numbers and booleans are kept as their text).
    pub values: Vec<Located<String>>,
}

/// One statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    /// Its position in the policy, from 0.
    pub index: usize,
    /// `Sid`, if given.
    pub sid: Option<String>,
    /// Allow or Deny.
    pub effect: Effect,
    /// `Action` or `NotAction`.
    pub action: Patterns,
    /// `Resource` or `NotResource`; absent in trust policies.
    pub resource: Option<Patterns>,
    /// `Principal` or `NotPrincipal` (resource-based policies and RCPs).
    pub principal: Option<Principals>,
    /// Every key test of the `Condition` block (all must hold).
    pub conditions: Vec<Condition>,
    /// The whole statement's span.
    pub span: Span,
}

/// A policy document.
#[derive(Debug, Clone, PartialEq)]
pub struct Policy {
    /// The language version (2008-10-17 when `Version` is absent).
    pub version: Version,
    /// Whether `Version` was written.
    pub version_given: bool,
    /// `Id`, if given.
    pub id: Option<String>,
    /// The statements in order.
    pub statements: Vec<Statement>,
}

//! Reading a policy document from JSON with every element's place, and the located findings of
//! its validation (like `lint` for packs): a syntax error, an unknown or repeated element, a bad
//! Version or Effect, NotPrincipal with Allow, a malformed ARN or action, an unknown condition
//! operator ... Each finding is data with a byte span; the words and the caret are made at the edge
//! (`calc_text::iam`).
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html>

use super::condition::{has_variable, parse_cidr, parse_date, parse_number};
use super::matcher::arn_parts;
use super::policy::*;
use crate::core::content::diag::Severity;
use jsonc_parser::ast::{Object, ObjectProp, Value};

/// The kinds of JSON syntax error, as the parser finds them (`jsonc_parser`'s `ParseErrorKind`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum JsonSyntax {
    /// `.5` or `5.`.
    BareDecimalPoint,
    /// `//` or `/* */`.
    Comment,
    /// No `:` after a property's name.
    ExpectedColon,
    /// No value after a property's `:`.
    ExpectedValue,
    /// A number without its digits.
    ExpectedDigit,
    /// `-` without digits.
    ExpectedDigitAfterMinus,
    /// An exponent without `+`, `-` or digits.
    ExpectedExponent,
    /// A property's name that is not a string.
    ExpectedPropertyName,
    /// `0x1F`.
    Hexadecimal,
    /// No `,` between two values.
    ExpectedComma,
    /// Two JSON values one after the other.
    MultipleValues,
    /// `Infinity` or `NaN`.
    NonFinite,
    /// `'text'`.
    SingleQuoted,
    /// A `,` before `]` or `}`.
    TrailingComma,
    /// `+5`.
    UnaryPlus,
    /// A `}` where none can be.
    UnexpectedCloseBrace,
    /// A `]` where none can be.
    UnexpectedCloseBracket,
    /// A `:` where none can be.
    UnexpectedColon,
    /// A `,` where none can be.
    UnexpectedComma,
    /// Something that is no JSON.
    UnexpectedToken,
    /// Something in an object that is neither a property nor `,` or `}`.
    UnexpectedTokenInObject,
    /// A bare word (text without quotes).
    UnexpectedWord,
    /// An array without its `]`.
    UnterminatedArray,
    /// A `/*` without `*/`.
    UnterminatedComment,
    /// An object without its `}`.
    UnterminatedObject,
    /// A string without its closing quote.
    UnterminatedString,
    /// Arrays and objects nested too deep.
    TooDeep,
    /// A `\` escape that JSON does not have.
    BadEscape,
    /// `\u` without four hex digits (or `\x` without two).
    ExpectedHexDigits,
    /// A `\u` escape that is no character: the escape.
    BadUnicodeEscape(String),
}

impl JsonSyntax {
    /// The kind of a parser's error.
    pub fn of(kind: &jsonc_parser::errors::ParseErrorKind) -> JsonSyntax {
        use jsonc_parser::ParseStringErrorKind as S;
        use jsonc_parser::errors::ParseErrorKind as P;
        match kind {
            P::BareDecimalPointNumbersNotAllowed => JsonSyntax::BareDecimalPoint,
            P::CommentsNotAllowed => JsonSyntax::Comment,
            P::ExpectedColonAfterObjectKey => JsonSyntax::ExpectedColon,
            P::ExpectedObjectValue => JsonSyntax::ExpectedValue,
            P::ExpectedDigit => JsonSyntax::ExpectedDigit,
            P::ExpectedDigitFollowingNegativeSign => JsonSyntax::ExpectedDigitAfterMinus,
            P::ExpectedPlusMinusOrDigitInNumberLiteral => JsonSyntax::ExpectedExponent,
            P::ExpectedStringObjectProperty => JsonSyntax::ExpectedPropertyName,
            P::HexadecimalNumbersNotAllowed => JsonSyntax::Hexadecimal,
            P::ExpectedComma => JsonSyntax::ExpectedComma,
            P::MultipleRootJsonValues => JsonSyntax::MultipleValues,
            P::NonFiniteNumbersNotAllowed => JsonSyntax::NonFinite,
            P::SingleQuotedStringsNotAllowed => JsonSyntax::SingleQuoted,
            P::TrailingCommasNotAllowed => JsonSyntax::TrailingComma,
            P::UnaryPlusNumbersNotAllowed => JsonSyntax::UnaryPlus,
            P::UnexpectedCloseBrace => JsonSyntax::UnexpectedCloseBrace,
            P::UnexpectedCloseBracket => JsonSyntax::UnexpectedCloseBracket,
            P::UnexpectedColon => JsonSyntax::UnexpectedColon,
            P::UnexpectedComma => JsonSyntax::UnexpectedComma,
            P::UnexpectedToken => JsonSyntax::UnexpectedToken,
            P::UnexpectedTokenInObject => JsonSyntax::UnexpectedTokenInObject,
            P::UnexpectedWord => JsonSyntax::UnexpectedWord,
            P::UnterminatedArray => JsonSyntax::UnterminatedArray,
            P::UnterminatedCommentBlock => JsonSyntax::UnterminatedComment,
            P::UnterminatedObject => JsonSyntax::UnterminatedObject,
            P::NestingDepthExceeded => JsonSyntax::TooDeep,
            P::String(S::UnterminatedStringLiteral) => JsonSyntax::UnterminatedString,
            P::String(
                S::InvalidEscape
                | S::InvalidEscapeInDoubleQuoteString
                | S::InvalidEscapeInSingleQuoteString,
            ) => JsonSyntax::BadEscape,
            P::String(S::ExpectedFourHexDigits | S::ExpectedTwoHexDigits) => {
                JsonSyntax::ExpectedHexDigits
            }
            P::String(S::InvalidUnicodeEscapeSequence(v)) => {
                JsonSyntax::BadUnicodeEscape(v.clone())
            }
        }
    }
}

/// What is wrong, with its data.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum FindingKind {
    /// The text is not JSON (the parser's own description, and what it found).
    Syntax {
        /// What the JSON parser said (in English, for `--json`).
        message: String,
        /// The kind of syntax error, for the words of each language.
        #[serde(skip)]
        what: JsonSyntax,
    },
    /// The document is not a JSON object.
    NotAnObject,
    /// An element IAM does not know here.
    UnknownElement {
        /// As written.
        name: String,
        /// The element it probably means (same letters, other case).
        suggestion: Option<&'static str>,
    },
    /// An element written twice in one object.
    DuplicateElement {
        /// The element.
        name: String,
    },
    /// A required element is missing.
    MissingElement {
        /// The element (`Effect`, `Action`, ...).
        name: &'static str,
    },
    /// An element and its `Not` form together.
    ConflictingElements {
        /// The first.
        first: &'static str,
        /// The second.
        second: &'static str,
    },
    /// An element of the wrong JSON type.
    WrongType {
        /// The element.
        element: String,
        /// What it must be.
        want: Want,
    },
    /// `Version` other than 2012-10-17 or 2008-10-17.
    BadVersion {
        /// As written.
        found: String,
    },
    /// No `Version`: 2008-10-17 applies and policy variables are not substituted.
    NoVersion,
    /// `Effect` other than Allow or Deny.
    BadEffect {
        /// As written.
        found: String,
    },
    /// An empty list where a value is needed.
    EmptyList {
        /// The element.
        element: String,
    },
    /// `NotPrincipal` with `"Effect": "Allow"`.
    NotPrincipalWithAllow,
    /// `Principal` in a policy type that names none (identity-based, boundary, session, SCP).
    PrincipalNotAllowed {
        /// The policy's type.
        policy: PolicyType,
    },
    /// A resource-based policy or RCP statement without `Principal` or `NotPrincipal`.
    PrincipalRequired,
    /// A key of the Principal map other than AWS, Service, Federated, CanonicalUser.
    BadPrincipalKey {
        /// As written.
        name: String,
    },
    /// An AWS principal that is not `*`, an account ID or an IAM or STS ARN.
    BadPrincipal {
        /// As written.
        value: String,
    },
    /// A malformed ARN.
    MalformedArn {
        /// As written.
        value: String,
        /// What is wrong.
        problem: ArnProblem,
    },
    /// An action that is not `*` or `service:Action`.
    BadAction {
        /// As written.
        value: String,
    },
    /// A condition operator IAM does not know.
    UnknownOperator {
        /// As written.
        name: String,
        /// The operator it probably means (same letters, other case).
        suggestion: Option<&'static str>,
    },
    /// `NullIfExists`: Null cannot take IfExists.
    NullIfExists,
    /// A condition value its operator cannot read.
    BadConditionValue {
        /// The operator.
        op: BaseOp,
        /// As written.
        value: String,
        /// What the operator compares.
        want: ValueKind,
    },
    /// `${...}` in a policy whose Version is not 2012-10-17: it is literal text there.
    VariableNotSubstituted {
        /// The policy's version.
        version: Version,
    },
    /// `"Effect": "Allow"` in an RCP: only the AWS-managed RCPFullAWSAccess may allow.
    RcpAllow,
    /// `NotAction` or `NotPrincipal` in an RCP, which supports neither.
    NotInRcp {
        /// The element.
        element: &'static str,
    },
    /// Two statements with one Sid.
    DuplicateSid {
        /// The Sid.
        sid: String,
    },
}

/// What an element must be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Want {
    /// A string.
    String,
    /// A string or a list of strings.
    StringOrList,
    /// An object.
    Object,
    /// A statement object or a list of them.
    Statements,
    /// `"*"` or an object of principal lists.
    Principal,
    /// A string, number, boolean, or a list of them.
    ConditionValue,
}

/// What is wrong with an ARN.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ArnProblem {
    /// It does not start with `arn:`.
    NoPrefix,
    /// Fewer than six colon-separated parts.
    TooFewParts,
    /// The service part is empty.
    NoService,
    /// The account part is neither empty, 12 digits, nor a wildcard or variable.
    BadAccount,
}

/// One finding, located by its byte span in the policy's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// Where.
    pub span: Span,
    /// What.
    pub kind: FindingKind,
}

impl Finding {
    /// A stable short code (`bad-version`, `unknown-element` ...), documented in README.
    pub fn code(&self) -> &'static str {
        use FindingKind::*;
        match self.kind {
            Syntax { .. } => "json-syntax",
            NotAnObject => "not-an-object",
            UnknownElement { .. } => "unknown-element",
            DuplicateElement { .. } => "duplicate-element",
            MissingElement { .. } => "missing-element",
            ConflictingElements { .. } => "conflicting-elements",
            WrongType { .. } => "wrong-type",
            BadVersion { .. } => "bad-version",
            NoVersion => "no-version",
            BadEffect { .. } => "bad-effect",
            EmptyList { .. } => "empty-list",
            NotPrincipalWithAllow => "notprincipal-allow",
            PrincipalNotAllowed { .. } => "principal-not-allowed",
            PrincipalRequired => "principal-required",
            BadPrincipalKey { .. } | BadPrincipal { .. } => "bad-principal",
            MalformedArn { .. } => "malformed-arn",
            BadAction { .. } => "bad-action",
            UnknownOperator { .. } => "unknown-operator",
            NullIfExists => "null-ifexists",
            BadConditionValue { .. } => "bad-condition-value",
            VariableNotSubstituted { .. } => "variable-not-substituted",
            DuplicateSid { .. } => "duplicate-sid",
            RcpAllow | NotInRcp { .. } => "rcp-syntax",
        }
    }
}

/// A policy read from JSON: the policy when it has no error, and every finding.
#[derive(Debug, Clone)]
pub struct Parsed {
    /// The policy, unless an error was found.
    pub policy: Option<Policy>,
    /// Errors and warnings, in the order of the text.
    pub findings: Vec<Finding>,
}

impl Parsed {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Reads a condition operator's name: `[ForAllValues:|ForAnyValue:]Base[IfExists]`.
pub fn parse_operator(name: &str) -> Option<Operator> {
    let (set, rest) = if let Some(r) = name.strip_prefix("ForAllValues:") {
        (Some(SetOp::ForAllValues), r)
    } else if let Some(r) = name.strip_prefix("ForAnyValue:") {
        (Some(SetOp::ForAnyValue), r)
    } else {
        (None, name)
    };
    let (base, if_exists) = match rest.strip_suffix("IfExists") {
        Some(b) => (b, true),
        None => (rest, false),
    };
    let base = BaseOp::ALL.iter().find(|(n, _)| *n == base)?.1;
    Some(Operator {
        set,
        base,
        if_exists,
    })
}

/// The operator a wrongly written name probably means (the same letters in another case).
fn operator_suggestion(name: &str) -> Option<&'static str> {
    let lower = name.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("forallvalues:")
        .or_else(|| lower.strip_prefix("foranyvalue:"))
        .unwrap_or(&lower);
    let rest = rest.strip_suffix("ifexists").unwrap_or(rest);
    BaseOp::ALL
        .iter()
        .find(|(n, _)| n.to_ascii_lowercase() == rest)
        .map(|(n, _)| *n)
}

const POLICY_KEYS: &[&str] = &["Version", "Id", "Statement"];
const STATEMENT_KEYS: &[&str] = &[
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

fn span(r: jsonc_parser::common::Range) -> Span {
    r.start..r.end
}

fn name_span(p: &ObjectProp) -> Span {
    match &p.name {
        jsonc_parser::ast::ObjectPropName::String(s) => span(s.range),
        jsonc_parser::ast::ObjectPropName::Word(w) => span(w.range),
    }
}

fn value_span(v: &Value) -> Span {
    match v {
        Value::StringLit(s) => span(s.range),
        Value::NumberLit(n) => span(n.range),
        Value::BooleanLit(b) => span(b.range),
        Value::Object(o) => span(o.range),
        Value::Array(a) => span(a.range),
        Value::NullKeyword(n) => span(n.range),
    }
}

struct Reader {
    findings: Vec<Finding>,
    ty: PolicyType,
    version: Version,
    variable_warned: bool,
    sids: Vec<String>,
}

impl Reader {
    fn error(&mut self, span: Span, kind: FindingKind) {
        self.findings.push(Finding {
            severity: Severity::Error,
            span,
            kind,
        });
    }

    fn warn(&mut self, span: Span, kind: FindingKind) {
        self.findings.push(Finding {
            severity: Severity::Warning,
            span,
            kind,
        });
    }

    /// The object's properties by name, reporting unknown and repeated names.
    fn props<'o, 'a>(
        &mut self,
        obj: &'o Object<'a>,
        known: &[&'static str],
    ) -> Vec<(&'static str, &'o ObjectProp<'a>)> {
        let mut out: Vec<(&'static str, &ObjectProp)> = Vec::new();
        for p in &obj.properties {
            let name = p.name.as_str();
            match known.iter().find(|k| **k == name) {
                Some(k) => {
                    if out.iter().any(|(n, _)| n == k) {
                        self.error(
                            name_span(p),
                            FindingKind::DuplicateElement {
                                name: name.to_string(),
                            },
                        );
                    } else {
                        out.push((k, p));
                    }
                }
                None => {
                    let suggestion = known.iter().find(|k| k.eq_ignore_ascii_case(name)).copied();
                    self.error(
                        name_span(p),
                        FindingKind::UnknownElement {
                            name: name.to_string(),
                            suggestion,
                        },
                    );
                }
            }
        }
        out
    }

    fn string(&mut self, element: &str, v: &Value) -> Option<Located<String>> {
        match v {
            Value::StringLit(s) => Some(Located {
                value: s.value.to_string(),
                span: span(s.range),
            }),
            other => {
                self.error(
                    value_span(other),
                    FindingKind::WrongType {
                        element: element.to_string(),
                        want: Want::String,
                    },
                );
                None
            }
        }
    }

    /// A string or a non-empty list of strings.
    fn strings(&mut self, element: &str, v: &Value) -> Option<Vec<Located<String>>> {
        match v {
            Value::StringLit(_) => self.string(element, v).map(|s| vec![s]),
            Value::Array(a) => {
                if a.elements.is_empty() {
                    self.error(
                        span(a.range),
                        FindingKind::EmptyList {
                            element: element.to_string(),
                        },
                    );
                    return None;
                }
                let mut out = Vec::new();
                for e in &a.elements {
                    match e {
                        Value::StringLit(_) => out.extend(self.string(element, e)),
                        other => {
                            self.error(
                                value_span(other),
                                FindingKind::WrongType {
                                    element: element.to_string(),
                                    want: Want::StringOrList,
                                },
                            );
                            return None;
                        }
                    }
                }
                Some(out)
            }
            other => {
                self.error(
                    value_span(other),
                    FindingKind::WrongType {
                        element: element.to_string(),
                        want: Want::StringOrList,
                    },
                );
                None
            }
        }
    }

    fn note_variable(&mut self, s: &Located<String>) {
        if self.version != Version::V2012_10_17 && !self.variable_warned && has_variable(&s.value) {
            self.variable_warned = true;
            self.warn(
                s.span.clone(),
                FindingKind::VariableNotSubstituted {
                    version: self.version,
                },
            );
        }
    }

    fn check_action(&mut self, a: &Located<String>) {
        let ok = a.value == "*"
            || a.value.split_once(':').is_some_and(|(svc, name)| {
                !svc.is_empty()
                    && !name.is_empty()
                    && !name.contains(':')
                    && svc
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '*' || c == '?')
            });
        if !ok {
            self.error(
                a.span.clone(),
                FindingKind::BadAction {
                    value: a.value.clone(),
                },
            );
        }
    }

    fn check_arn(&mut self, r: &Located<String>) {
        if r.value == "*" {
            return;
        }
        let problem = match arn_parts(&r.value) {
            _ if !r.value.starts_with("arn:") => Some(ArnProblem::NoPrefix),
            None => Some(ArnProblem::TooFewParts),
            Some(p) if p[2].is_empty() => Some(ArnProblem::NoService),
            Some(p) => {
                let acct = p[4];
                let fine = acct.is_empty()
                    || (acct.len() == 12 && acct.bytes().all(|b| b.is_ascii_digit()))
                    || acct.contains('*')
                    || acct.contains('?')
                    || has_variable(acct)
                    || acct == "aws";
                (!fine).then_some(ArnProblem::BadAccount)
            }
        };
        if let Some(problem) = problem {
            self.error(
                r.span.clone(),
                FindingKind::MalformedArn {
                    value: r.value.clone(),
                    problem,
                },
            );
        }
    }

    fn patterns(
        &mut self,
        props: &[(&'static str, &ObjectProp)],
        names: (&'static str, &'static str),
        check: fn(&mut Self, &Located<String>),
    ) -> Option<Option<Patterns>> {
        let pos = props.iter().find(|(n, _)| *n == names.0);
        let neg = props.iter().find(|(n, _)| *n == names.1);
        let (negated, p) = match (pos, neg) {
            (Some(_), Some((_, p))) => {
                self.error(
                    name_span(p),
                    FindingKind::ConflictingElements {
                        first: names.0,
                        second: names.1,
                    },
                );
                return None;
            }
            (Some((_, p)), None) => (false, p),
            (None, Some((_, p))) => (true, p),
            (None, None) => return Some(None),
        };
        let name = if negated { names.1 } else { names.0 };
        let items = self.strings(name, &p.value)?;
        for i in &items {
            check(self, i);
            self.note_variable(i);
        }
        Some(Some(Patterns {
            negated,
            items,
            span: name_span(p),
        }))
    }

    fn principal(&mut self, p: &ObjectProp, negated: bool) -> Option<Principals> {
        let element = if negated { "NotPrincipal" } else { "Principal" };
        let mut out = Principals {
            negated,
            anyone: false,
            entries: Vec::new(),
            span: name_span(p),
        };
        match &p.value {
            Value::StringLit(s) if s.value == "*" => out.anyone = true,
            Value::Object(o) => {
                let mut ok = true;
                for prop in &o.properties {
                    let name = prop.name.as_str();
                    let Some((_, key)) = PrincipalKey::ALL.iter().find(|(n, _)| *n == name) else {
                        self.error(
                            name_span(prop),
                            FindingKind::BadPrincipalKey {
                                name: name.to_string(),
                            },
                        );
                        ok = false;
                        continue;
                    };
                    let Some(values) = self.strings(name, &prop.value) else {
                        ok = false;
                        continue;
                    };
                    for v in values {
                        if *key == PrincipalKey::Aws && !aws_principal_ok(&v.value) {
                            self.error(
                                v.span.clone(),
                                FindingKind::BadPrincipal {
                                    value: v.value.clone(),
                                },
                            );
                            ok = false;
                        }
                        out.entries.push((*key, v));
                    }
                }
                if !ok {
                    return None;
                }
            }
            other => {
                self.error(
                    value_span(other),
                    FindingKind::WrongType {
                        element: element.to_string(),
                        want: Want::Principal,
                    },
                );
                return None;
            }
        }
        Some(out)
    }

    fn condition_values(&mut self, key: &str, v: &Value) -> Option<Vec<Located<String>>> {
        let one = |v: &Value| -> Option<Located<String>> {
            let value = match v {
                Value::StringLit(s) => s.value.to_string(),
                Value::NumberLit(n) => n.value.to_string(),
                Value::BooleanLit(b) => b.value.to_string(),
                _ => return None,
            };
            Some(Located {
                value,
                span: value_span(v),
            })
        };
        let items: Vec<&Value> = match v {
            Value::Array(a) => a.elements.iter().collect(),
            other => vec![other],
        };
        let mut out = Vec::new();
        for item in items {
            match one(item) {
                Some(l) => out.push(l),
                None => {
                    self.error(
                        value_span(item),
                        FindingKind::WrongType {
                            element: key.to_string(),
                            want: Want::ConditionValue,
                        },
                    );
                    return None;
                }
            }
        }
        if out.is_empty() {
            self.error(
                value_span(v),
                FindingKind::EmptyList {
                    element: key.to_string(),
                },
            );
            return None;
        }
        Some(out)
    }

    fn conditions(&mut self, p: &ObjectProp) -> Option<Vec<Condition>> {
        let Value::Object(o) = &p.value else {
            self.error(
                value_span(&p.value),
                FindingKind::WrongType {
                    element: "Condition".into(),
                    want: Want::Object,
                },
            );
            return None;
        };
        let mut out = Vec::new();
        let mut ok = true;
        let mut seen_ops: Vec<&str> = Vec::new();
        for op_prop in &o.properties {
            let name = op_prop.name.as_str();
            if seen_ops.contains(&name) {
                self.error(
                    name_span(op_prop),
                    FindingKind::DuplicateElement {
                        name: name.to_string(),
                    },
                );
                ok = false;
                continue;
            }
            seen_ops.push(name);
            let Some(op) = parse_operator(name) else {
                self.error(
                    name_span(op_prop),
                    FindingKind::UnknownOperator {
                        name: name.to_string(),
                        suggestion: operator_suggestion(name),
                    },
                );
                ok = false;
                continue;
            };
            if op.base == BaseOp::Null && op.if_exists {
                self.error(name_span(op_prop), FindingKind::NullIfExists);
                ok = false;
                continue;
            }
            let Value::Object(keys) = &op_prop.value else {
                self.error(
                    value_span(&op_prop.value),
                    FindingKind::WrongType {
                        element: name.to_string(),
                        want: Want::Object,
                    },
                );
                ok = false;
                continue;
            };
            let mut seen_keys: Vec<String> = Vec::new();
            for kp in &keys.properties {
                let key = kp.name.as_str();
                if seen_keys.iter().any(|k| k.eq_ignore_ascii_case(key)) {
                    self.error(
                        name_span(kp),
                        FindingKind::DuplicateElement {
                            name: key.to_string(),
                        },
                    );
                    ok = false;
                    continue;
                }
                seen_keys.push(key.to_string());
                let Some(values) = self.condition_values(key, &kp.value) else {
                    ok = false;
                    continue;
                };
                for v in &values {
                    self.note_variable(v);
                    if !value_readable(op.base, &v.value) {
                        self.error(
                            v.span.clone(),
                            FindingKind::BadConditionValue {
                                op: op.base,
                                value: v.value.clone(),
                                want: op.base.value_kind(),
                            },
                        );
                        ok = false;
                    }
                }
                out.push(Condition {
                    op,
                    op_text: Located {
                        value: name.to_string(),
                        span: name_span(op_prop),
                    },
                    key: Located {
                        value: key.to_string(),
                        span: name_span(kp),
                    },
                    values,
                });
            }
        }
        ok.then_some(out)
    }

    fn statement(&mut self, index: usize, v: &Value) -> Option<Statement> {
        let Value::Object(obj) = v else {
            self.error(
                value_span(v),
                FindingKind::WrongType {
                    element: "Statement".into(),
                    want: Want::Statements,
                },
            );
            return None;
        };
        let stmt_span = span(obj.range);
        let props = self.props(obj, STATEMENT_KEYS);
        let get = |n: &str| props.iter().find(|(k, _)| *k == n).map(|(_, p)| *p);
        let mut ok = true;
        let sid = match get("Sid") {
            Some(p) => match self.string("Sid", &p.value) {
                Some(s) => {
                    if self.sids.contains(&s.value) {
                        self.error(
                            s.span.clone(),
                            FindingKind::DuplicateSid {
                                sid: s.value.clone(),
                            },
                        );
                        ok = false;
                    }
                    self.sids.push(s.value.clone());
                    Some(s.value)
                }
                None => {
                    ok = false;
                    None
                }
            },
            None => None,
        };
        let effect = match get("Effect") {
            None => {
                self.error(
                    stmt_span.start..stmt_span.start + 1,
                    FindingKind::MissingElement { name: "Effect" },
                );
                None
            }
            Some(p) => match self.string("Effect", &p.value) {
                Some(s) if s.value == "Allow" => Some(Effect::Allow),
                Some(s) if s.value == "Deny" => Some(Effect::Deny),
                Some(s) => {
                    self.error(s.span, FindingKind::BadEffect { found: s.value });
                    None
                }
                None => None,
            },
        };
        if self.ty == PolicyType::Rcp {
            if let (Some(Effect::Allow), Some(p)) = (effect, get("Effect")) {
                self.error(value_span(&p.value), FindingKind::RcpAllow);
                ok = false;
            }
            for element in ["NotAction", "NotPrincipal"] {
                if let Some(p) = get(element) {
                    self.error(name_span(p), FindingKind::NotInRcp { element });
                    ok = false;
                }
            }
        }
        let action = self.patterns(&props, ("Action", "NotAction"), Self::check_action);
        let action = match action {
            Some(Some(a)) => Some(a),
            Some(None) => {
                self.error(
                    stmt_span.start..stmt_span.start + 1,
                    FindingKind::MissingElement { name: "Action" },
                );
                None
            }
            None => None,
        };
        let resource = self.patterns(&props, ("Resource", "NotResource"), Self::check_arn);
        let resource = match resource {
            Some(None) if self.ty != PolicyType::Resource => {
                self.error(
                    stmt_span.start..stmt_span.start + 1,
                    FindingKind::MissingElement { name: "Resource" },
                );
                ok = false;
                None
            }
            Some(r) => r,
            None => {
                ok = false;
                None
            }
        };
        let principal = match (get("Principal"), get("NotPrincipal")) {
            (Some(_), Some(p)) => {
                self.error(
                    name_span(p),
                    FindingKind::ConflictingElements {
                        first: "Principal",
                        second: "NotPrincipal",
                    },
                );
                ok = false;
                None
            }
            (a, b) => match a.map(|p| (p, false)).or(b.map(|p| (p, true))) {
                Some((p, negated)) => {
                    if !self.ty.has_principal() {
                        self.error(
                            name_span(p),
                            FindingKind::PrincipalNotAllowed { policy: self.ty },
                        );
                        ok = false;
                        None
                    } else {
                        if negated && effect == Some(Effect::Allow) {
                            self.error(name_span(p), FindingKind::NotPrincipalWithAllow);
                            ok = false;
                        }
                        let pr = self.principal(p, negated);
                        ok &= pr.is_some();
                        pr
                    }
                }
                None => {
                    if self.ty.has_principal() {
                        self.error(
                            stmt_span.start..stmt_span.start + 1,
                            FindingKind::PrincipalRequired,
                        );
                        ok = false;
                    }
                    None
                }
            },
        };
        let conditions = match get("Condition") {
            Some(p) => self.conditions(p),
            None => Some(Vec::new()),
        };
        if !ok {
            return None;
        }
        Some(Statement {
            index,
            sid,
            effect: effect?,
            action: action?,
            resource,
            principal,
            conditions: conditions?,
            span: stmt_span,
        })
    }
}

fn aws_principal_ok(v: &str) -> bool {
    if v == "*" || (v.len() == 12 && v.bytes().all(|b| b.is_ascii_digit())) {
        return true;
    }
    match arn_parts(v) {
        Some(p) => {
            p[0] == "arn"
                && matches!(p[2], "iam" | "sts")
                && p[4].len() == 12
                && p[4].bytes().all(|b| b.is_ascii_digit())
                && !p[5].is_empty()
        }
        None => false,
    }
}

/// Whether a condition value can be read by its operator (values with a variable are read later).
fn value_readable(op: BaseOp, v: &str) -> bool {
    if has_variable(v) {
        return true;
    }
    match op.value_kind() {
        ValueKind::Number => parse_number(v).is_some(),
        ValueKind::Date => parse_date(v).is_some(),
        ValueKind::Bool => v.eq_ignore_ascii_case("true") || v.eq_ignore_ascii_case("false"),
        ValueKind::Ip => parse_cidr(v).is_some(),
        _ => true,
    }
}

/// Reads and validates a policy of type `ty` from its JSON text.
pub fn parse_policy(src: &str, ty: PolicyType) -> Parsed {
    let options = jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    };
    let mut r = Reader {
        findings: Vec::new(),
        ty,
        version: Version::V2008_10_17,
        variable_warned: false,
        sids: Vec::new(),
    };
    let ast = match jsonc_parser::parse_to_ast(src, &Default::default(), &options) {
        Ok(ast) => ast,
        Err(e) => {
            r.error(
                span(e.range()),
                FindingKind::Syntax {
                    message: e.kind().to_string(),
                    what: JsonSyntax::of(e.kind()),
                },
            );
            return Parsed {
                policy: None,
                findings: r.findings,
            };
        }
    };
    let Some(Value::Object(top)) = ast.value else {
        let at = ast.value.as_ref().map_or(0..0, value_span);
        r.error(at, FindingKind::NotAnObject);
        return Parsed {
            policy: None,
            findings: r.findings,
        };
    };
    let props = r.props(&top, POLICY_KEYS);
    let get = |n: &str| props.iter().find(|(k, _)| *k == n).map(|(_, p)| *p);
    let mut version_given = false;
    match get("Version") {
        Some(p) => {
            version_given = true;
            if let Some(s) = r.string("Version", &p.value) {
                match s.value.as_str() {
                    "2012-10-17" => r.version = Version::V2012_10_17,
                    "2008-10-17" => r.version = Version::V2008_10_17,
                    _ => r.error(s.span, FindingKind::BadVersion { found: s.value }),
                }
            }
        }
        None => r.warn(
            span(top.range).start..span(top.range).start + 1,
            FindingKind::NoVersion,
        ),
    }
    let id = get("Id").and_then(|p| r.string("Id", &p.value).map(|s| s.value));
    let mut statements = Vec::new();
    match get("Statement") {
        None => r.error(
            span(top.range).start..span(top.range).start + 1,
            FindingKind::MissingElement { name: "Statement" },
        ),
        Some(p) => {
            let items: Vec<&Value> = match &p.value {
                Value::Array(a) => {
                    if a.elements.is_empty() {
                        r.error(
                            span(a.range),
                            FindingKind::EmptyList {
                                element: "Statement".into(),
                            },
                        );
                    }
                    a.elements.iter().collect()
                }
                other => vec![other],
            };
            for (i, v) in items.into_iter().enumerate() {
                if let Some(s) = r.statement(i, v) {
                    statements.push(s);
                }
            }
        }
    }
    r.findings.sort_by_key(|f| f.span.start);
    let policy = Policy {
        version: r.version,
        version_given,
        id,
        statements,
    };
    let has_errors = r.findings.iter().any(|f| f.severity == Severity::Error);
    Parsed {
        policy: (!has_errors).then_some(policy),
        findings: r.findings,
    }
}

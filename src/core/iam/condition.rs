//! Condition operators and policy variables.
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html>,
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html>,
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html>

use super::matcher::{Tok, arn_matches_toks, compile, literal, matches_toks, to_text};
use super::policy::{BaseOp, Condition, SetOp};
use super::request::Context;
use std::net::IpAddr;

/// Substitutes the policy variables of `text` (`${aws:username}`, `${aws:PrincipalTag/team}`,
/// `${key, 'default'}`, and `${*}` `${?}` `${$}` for the literal characters) into a pattern whose
/// written parts keep their wildcards and whose substituted values are literal. `None` when a
/// variable has no value (its key is absent or multivalued) and no default: then the element or
/// value holding it matches nothing.
pub fn substitute(text: &str, ctx: &Context) -> Option<Vec<Tok>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("${") {
        let Some(len) = rest[start + 2..].find('}') else {
            break;
        };
        out.extend(compile(&rest[..start]));
        let inner = rest[start + 2..start + 2 + len].trim();
        out.extend(literal(&resolve(inner, ctx)?));
        rest = &rest[start + 2 + len + 1..];
    }
    out.extend(compile(rest));
    Some(out)
}

/// The value of one variable's inside (`aws:username`, `aws:username, 'nobody'`, `*`).
fn resolve(inner: &str, ctx: &Context) -> Option<String> {
    match inner {
        "*" | "?" | "$" => return Some(inner.to_string()),
        _ => {}
    }
    let (key, default) = match inner.split_once(',') {
        Some((k, d)) => {
            let d = d.trim();
            let d = d
                .strip_prefix('\'')
                .and_then(|d| d.strip_suffix('\''))
                .map(|d| d.replace("''", "'"));
            (k.trim(), d)
        }
        None => (inner, None),
    };
    match ctx.get(key) {
        Some(e) if !e.multi && e.values.len() == 1 => Some(e.values[0].clone()),
        _ => default,
    }
}

/// Whether `text` holds a policy variable.
pub fn has_variable(text: &str) -> bool {
    text.find("${").is_some_and(|i| text[i + 2..].contains('}'))
}

/// A number as the Numeric operators read it.
pub fn parse_number(s: &str) -> Option<f64> {
    s.trim().parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A date as the Date operators read it: seconds since the epoch, or ISO 8601 (a date, a date and
/// time with or without a zone; no zone is UTC). Returns milliseconds since the epoch.
pub fn parse_date(s: &str) -> Option<i64> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    let s = s.trim();
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        return s.parse::<i64>().ok()?.checked_mul(1000);
    }
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(d.timestamp_millis());
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
    ] {
        if let Ok(d) = NaiveDateTime::parse_from_str(s, f) {
            return Some(d.and_utc().timestamp_millis());
        }
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|d| d.and_utc().timestamp_millis())
}

/// An IP address or CIDR block: the address and the prefix length.
pub fn parse_cidr(s: &str) -> Option<(IpAddr, u8)> {
    let s = s.trim();
    let (ip, bits) = match s.split_once('/') {
        Some((ip, bits)) => (ip, Some(bits.parse::<u8>().ok()?)),
        None => (s, None),
    };
    let ip: IpAddr = ip.parse().ok()?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    let bits = bits.unwrap_or(max);
    (bits <= max).then_some((ip, bits))
}

fn in_cidr(ip: IpAddr, (net, bits): (IpAddr, u8)) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(bits))
            };
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - u32::from(bits))
            };
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// Whether the policy value `pattern` (variables substituted) matches the request value `value`
/// for a positive (not negated) operator.
fn value_matches(op: BaseOp, pattern: &[Tok], value: &str) -> bool {
    use BaseOp::*;
    let text = || to_text(pattern);
    let num = |f: fn(f64, f64) -> bool| match (parse_number(value), parse_number(&text())) {
        (Some(v), Some(p)) => f(v, p),
        _ => false,
    };
    let date = |f: fn(i64, i64) -> bool| match (parse_date(value), parse_date(&text())) {
        (Some(v), Some(p)) => f(v, p),
        _ => false,
    };
    match op.positive() {
        StringEquals => text() == value,
        StringEqualsIgnoreCase => text().to_lowercase() == value.to_lowercase(),
        StringLike => matches_toks(pattern, value, false),
        NumericEquals => num(|v, p| v == p),
        NumericLessThan => num(|v, p| v < p),
        NumericLessThanEquals => num(|v, p| v <= p),
        NumericGreaterThan => num(|v, p| v > p),
        NumericGreaterThanEquals => num(|v, p| v >= p),
        DateEquals => date(|v, p| v == p),
        DateLessThan => date(|v, p| v < p),
        DateLessThanEquals => date(|v, p| v <= p),
        DateGreaterThan => date(|v, p| v > p),
        DateGreaterThanEquals => date(|v, p| v >= p),
        Bool => text().eq_ignore_ascii_case(value),
        BinaryEquals => text() == value,
        IpAddress => match (value.trim().parse::<IpAddr>(), parse_cidr(&text())) {
            (Ok(ip), Some(net)) => in_cidr(ip, net),
            _ => false,
        },
        ArnEquals | ArnLike => arn_matches_toks(pattern, value),
        // The negated operators map to their positive forms; Null is evaluated apart.
        _ => false,
    }
}

/// Whether one condition key test holds for the request. `variables` is true under Version
/// 2012-10-17, the only version that substitutes policy variables.
pub fn holds(c: &Condition, ctx: &Context, variables: bool) -> bool {
    let entry = ctx.get(&c.key.value);
    let present = entry.is_some_and(|e| !e.values.is_empty());
    if c.op.base == BaseOp::Null {
        // "true": the key must be absent; "false": it must be present.
        return c.values.iter().any(|v| {
            let v = v.value.to_ascii_lowercase();
            (v == "true" && !present) || (v == "false" && present)
        });
    }
    let Some(entry) = entry.filter(|_| present) else {
        return match c.op.set {
            Some(SetOp::ForAllValues) => true,
            Some(SetOp::ForAnyValue) => c.op.if_exists,
            None => c.op.if_exists || c.op.base.negated(),
        };
    };
    let patterns: Vec<Vec<Tok>> = c
        .values
        .iter()
        .filter_map(|v| {
            if variables {
                substitute(&v.value, ctx)
            } else {
                Some(compile(&v.value))
            }
        })
        .collect();
    // For one request value: does any policy value match it (negated: none does)?
    let one = |value: &str| {
        let any = patterns.iter().any(|p| value_matches(c.op.base, p, value));
        any != c.op.base.negated()
    };
    match c.op.set {
        Some(SetOp::ForAllValues) => entry.values.iter().all(|v| one(v)),
        Some(SetOp::ForAnyValue) => entry.values.iter().any(|v| one(v)),
        None => entry.values.iter().any(|v| one(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::iam::parse::parse_operator;
    use crate::core::iam::policy::Located;

    fn ctx(pairs: &[&str]) -> Context {
        let mut c = Context::default();
        for p in pairs {
            c.add_pair(p).unwrap();
        }
        c
    }

    fn cond(op: &str, key: &str, values: &[&str]) -> Condition {
        let at = |s: &str| Located {
            value: s.to_string(),
            span: 0..0,
        };
        Condition {
            op: parse_operator(op).unwrap(),
            op_text: at(op),
            key: at(key),
            values: values.iter().map(|v| at(v)).collect(),
        }
    }

    fn check(op: &str, key: &str, values: &[&str], pairs: &[&str]) -> bool {
        holds(&cond(op, key, values), &ctx(pairs), true)
    }

    /// reference_policies_elements_condition_operators.html#Conditions_String: StringEquals on
    /// aws:PrincipalTag/job-category = iamuser-admin.
    #[test]
    fn string_operators() {
        let k = "aws:PrincipalTag/job-category";
        assert!(check(
            "StringEquals",
            k,
            &["iamuser-admin"],
            &[&format!("{k}=iamuser-admin")]
        ));
        assert!(!check(
            "StringEquals",
            k,
            &["iamuser-admin"],
            &[&format!("{k}=IAMuser-admin")]
        ));
        assert!(check(
            "StringEqualsIgnoreCase",
            k,
            &["iamuser-admin"],
            &[&format!("{k}=IAMuser-admin")]
        ));
        assert!(!check("StringEquals", k, &["iamuser-admin"], &[]));
        assert!(check("StringNotEquals", k, &["iamuser-admin"], &[]));
        assert!(check(
            "StringLike",
            "s3:prefix",
            &["home/*"],
            &["s3:prefix=home/alice/x"]
        ));
        assert!(!check(
            "StringNotLike",
            "s3:prefix",
            &["home/*"],
            &["s3:prefix=home/alice"]
        ));
    }

    /// The ...IfExists example: "ec2:InstanceType" StringLikeIfExists t1.*, t2.*, m3.* is true
    /// when the key is absent (#Conditions_IfExists).
    #[test]
    fn if_exists() {
        let v = &["t1.*", "t2.*", "m3.*"];
        assert!(check("StringLikeIfExists", "ec2:InstanceType", v, &[]));
        assert!(check(
            "StringLikeIfExists",
            "ec2:InstanceType",
            v,
            &["ec2:InstanceType=t2.micro"]
        ));
        assert!(!check(
            "StringLikeIfExists",
            "ec2:InstanceType",
            v,
            &["ec2:InstanceType=c5.large"]
        ));
        assert!(!check("StringLike", "ec2:InstanceType", v, &[]));
    }

    /// NumericLessThanEquals s3:max-keys 10 (#Conditions_Numeric); DateGreaterThan
    /// aws:TokenIssueTime 2020-01-01T00:00:01Z (#Conditions_Date); Bool aws:SecureTransport
    /// (#Conditions_Boolean); IpAddress 203.0.113.0/24 and 2001:DB8:1234:5678::/64 (#Conditions_IPAddress).
    #[test]
    fn numbers_dates_bools_and_addresses() {
        assert!(check(
            "NumericLessThanEquals",
            "s3:max-keys",
            &["10"],
            &["s3:max-keys=10"]
        ));
        assert!(!check(
            "NumericLessThanEquals",
            "s3:max-keys",
            &["10"],
            &["s3:max-keys=11"]
        ));
        assert!(!check(
            "NumericLessThanEquals",
            "s3:max-keys",
            &["10"],
            &["s3:max-keys=ten"]
        ));
        let t = "aws:TokenIssueTime";
        assert!(check(
            "DateGreaterThan",
            t,
            &["2020-01-01T00:00:01Z"],
            &[&format!("{t}=2020-06-30T00:00:00Z")]
        ));
        assert!(check(
            "DateGreaterThan",
            t,
            &["2020-01-01T00:00:01Z"],
            &[&format!("{t}=1593475200")]
        ));
        assert!(!check(
            "DateGreaterThan",
            t,
            &["2020-01-01T00:00:01Z"],
            &[&format!("{t}=2019-12-31")]
        ));
        assert!(check(
            "Bool",
            "aws:SecureTransport",
            &["false"],
            &["aws:SecureTransport=false"]
        ));
        assert!(!check("Bool", "aws:SecureTransport", &["false"], &[]));
        assert!(check(
            "BoolIfExists",
            "aws:MultiFactorAuthPresent",
            &["false"],
            &[]
        ));
        let ip = &["203.0.113.0/24", "2001:DB8:1234:5678::/64"];
        assert!(check(
            "IpAddress",
            "aws:SourceIp",
            ip,
            &["aws:SourceIp=203.0.113.7"]
        ));
        assert!(check(
            "IpAddress",
            "aws:SourceIp",
            ip,
            &["aws:SourceIp=2001:db8:1234:5678::1"]
        ));
        assert!(!check(
            "IpAddress",
            "aws:SourceIp",
            ip,
            &["aws:SourceIp=198.51.100.1"]
        ));
        assert!(check(
            "NotIpAddress",
            "aws:SourceIp",
            ip,
            &["aws:SourceIp=198.51.100.1"]
        ));
        assert!(check(
            "BinaryEquals",
            "key",
            &["QmluYXJ5VmFsdWVJbkJhc2U2NA=="],
            &["key=QmluYXJ5VmFsdWVJbkJhc2U2NA=="]
        ));
    }

    /// ArnLike aws:SourceArn arn:aws:sns:REGION:123456789012:TOPIC-ID (#Conditions_ARN), and the
    /// Null example: aws:TokenIssueTime "true" when temporary credentials were not used (#Conditions_Null).
    #[test]
    fn arns_and_null() {
        let k = "aws:SourceArn";
        assert!(check(
            "ArnLike",
            k,
            &["arn:aws:sns:*:123456789012:topic-*"],
            &[&format!("{k}=arn:aws:sns:us-east-1:123456789012:topic-1")]
        ));
        assert!(!check(
            "ArnEquals",
            k,
            &["arn:aws:sns:*:123456789012:topic-*"],
            &[&format!("{k}=arn:aws:sns:us-east-1:210987654321:topic-1")]
        ));
        assert!(check(
            "ArnNotLike",
            k,
            &["arn:aws:sns:*:123456789012:*"],
            &[]
        ));
        assert!(check("Null", "aws:TokenIssueTime", &["true"], &[]));
        assert!(!check(
            "Null",
            "aws:TokenIssueTime",
            &["true"],
            &["aws:TokenIssueTime=2020-01-01T00:00:00Z"]
        ));
        assert!(check(
            "Null",
            "aws:TokenIssueTime",
            &["false"],
            &["aws:TokenIssueTime=2020-01-01T00:00:00Z"]
        ));
    }

    /// The set operator examples of
    /// reference_policies_condition-single-vs-multi-valued-context-keys.html: ForAllValues is true
    /// for an absent key, ForAnyValue false; aws:TagKeys against environment and cost-center.
    #[test]
    fn set_operators() {
        let allowed = &["environment", "cost-center"];
        assert!(check(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            allowed,
            &["aws:TagKeys=environment,cost-center"]
        ));
        assert!(check(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            allowed,
            &["aws:TagKeys=environment"]
        ));
        assert!(!check(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            allowed,
            &["aws:TagKeys=environment,owner"]
        ));
        assert!(check(
            "ForAllValues:StringEquals",
            "aws:TagKeys",
            allowed,
            &[]
        ));
        assert!(check(
            "ForAnyValue:StringEquals",
            "aws:TagKeys",
            allowed,
            &["aws:TagKeys=owner,environment"]
        ));
        assert!(!check(
            "ForAnyValue:StringEquals",
            "aws:TagKeys",
            allowed,
            &[]
        ));
        assert!(!check(
            "ForAnyValue:StringEquals",
            "aws:TagKeys",
            allowed,
            &["aws:TagKeys=owner"]
        ));
        // ForAllValues:StringNotEquals: no request value is a listed one.
        assert!(check(
            "ForAllValues:StringNotEquals",
            "aws:TagKeys",
            allowed,
            &["aws:TagKeys=owner,team"]
        ));
        assert!(!check(
            "ForAllValues:StringNotEquals",
            "aws:TagKeys",
            allowed,
            &["aws:TagKeys=owner,environment"]
        ));
    }

    /// ${aws:username} substitution, defaults, and the special characters (reference_policies_variables.html).
    #[test]
    fn variables() {
        let c = ctx(&["aws:username=alice", "aws:TagKeys=a,b"]);
        let t = |s: &str| substitute(s, &c).map(|t| to_text(&t));
        assert_eq!(t("home/${aws:username}/*").as_deref(), Some("home/alice/*"));
        assert_eq!(t("${aws:userid}"), None);
        assert_eq!(
            t("${aws:TagKeys}"),
            None,
            "a multivalued key is no variable"
        );
        assert_eq!(t("${aws:userid, 'nobody'}").as_deref(), Some("nobody"));
        assert_eq!(t("a${*}b").as_deref(), Some("a*b"));
        let toks = substitute("a${*}b", &c).unwrap();
        assert!(
            !matches_toks(&toks, "axb", false),
            "${{*}} is a literal star"
        );
        assert!(matches_toks(&toks, "a*b", false));
        assert!(has_variable("x${aws:username}"));
        assert!(!has_variable("x${"));
    }
}

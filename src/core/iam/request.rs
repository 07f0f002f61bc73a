//! The request: who asks (a principal ARN), for what (an action on a resource), and its context
//! keys. Keys derived from the principal (`aws:username`, `aws:PrincipalArn` ...) are filled in
//! when not given; every other key not given is absent.
//! <https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html>

use super::matcher::arn_parts;

/// What kind of principal makes the request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum PrincipalKind {
    /// The account's root user (`arn:aws:iam::111122223333:root`).
    Root,
    /// An IAM user.
    User {
        /// The user name (the last part of the ARN's path).
        name: String,
    },
    /// An IAM role given by its ARN: the request comes from a session of it.
    Role {
        /// The role name.
        name: String,
    },
    /// An assumed-role session (`arn:aws:sts::111122223333:assumed-role/ROLE/SESSION`).
    AssumedRole {
        /// The role name.
        role: String,
        /// The session name.
        session: String,
    },
    /// A federated user session (`arn:aws:sts::111122223333:federated-user/NAME`).
    FederatedUser {
        /// The federated user's name.
        name: String,
    },
}

/// The principal of a request.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Principal {
    /// The ARN as given.
    pub arn: String,
    /// Its partition (`aws`).
    pub partition: String,
    /// Its 12-digit account.
    pub account: String,
    /// What it is.
    pub kind: PrincipalKind,
}

impl Principal {
    /// The ARN of the role a session belongs to (`aws:PrincipalArn` of a role session).
    pub fn role_arn(&self) -> Option<String> {
        match &self.kind {
            PrincipalKind::AssumedRole { role, .. } => Some(format!(
                "arn:{}:iam::{}:role/{role}",
                self.partition, self.account
            )),
            PrincipalKind::Role { .. } => Some(self.arn.clone()),
            _ => None,
        }
    }

    /// `aws:PrincipalArn`: the role's ARN for a role session, the ARN itself otherwise.
    pub fn principal_arn(&self) -> String {
        self.role_arn().unwrap_or_else(|| self.arn.clone())
    }

    /// The account's root ARN.
    pub fn account_arn(&self) -> String {
        format!("arn:{}:iam::{}:root", self.partition, self.account)
    }

    /// `aws:PrincipalType`.
    pub fn principal_type(&self) -> &'static str {
        match self.kind {
            PrincipalKind::Root => "Account",
            PrincipalKind::User { .. } => "User",
            PrincipalKind::Role { .. } | PrincipalKind::AssumedRole { .. } => "AssumedRole",
            PrincipalKind::FederatedUser { .. } => "FederatedUser",
        }
    }
}

/// Why a principal ARN was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrincipalError {
    /// Not `arn:PARTITION:SERVICE:REGION:ACCOUNT:RESOURCE`.
    NotAnArn,
    /// The account part is not 12 digits.
    BadAccount(String),
    /// Not a root, user, role, assumed-role or federated-user ARN of IAM or STS.
    Unsupported,
}

fn twelve_digits(s: &str) -> bool {
    s.len() == 12 && s.bytes().all(|b| b.is_ascii_digit())
}

/// Reads a principal ARN: `arn:aws:iam::ACCOUNT:root|user/PATH/NAME|role/PATH/NAME` or
/// `arn:aws:sts::ACCOUNT:assumed-role/ROLE/SESSION|federated-user/NAME`.
pub fn parse_principal(arn: &str) -> Result<Principal, PrincipalError> {
    let parts = arn_parts(arn).ok_or(PrincipalError::NotAnArn)?;
    if parts[0] != "arn" || parts[1].is_empty() {
        return Err(PrincipalError::NotAnArn);
    }
    let account = parts[4];
    if !twelve_digits(account) {
        return Err(PrincipalError::BadAccount(account.to_string()));
    }
    let resource = parts[5];
    let last = |s: &str| s.rsplit('/').next().unwrap_or("").to_string();
    let kind = match (parts[2], resource.split_once('/')) {
        ("iam", None) if resource == "root" => PrincipalKind::Root,
        ("iam", Some(("user", rest))) if !last(rest).is_empty() => {
            PrincipalKind::User { name: last(rest) }
        }
        ("iam", Some(("role", rest))) if !last(rest).is_empty() => {
            PrincipalKind::Role { name: last(rest) }
        }
        ("sts", Some(("assumed-role", rest))) => match rest.split_once('/') {
            Some((role, session)) if !role.is_empty() && !session.is_empty() => {
                PrincipalKind::AssumedRole {
                    role: role.to_string(),
                    session: session.to_string(),
                }
            }
            _ => return Err(PrincipalError::Unsupported),
        },
        ("sts", Some(("federated-user", name))) if !name.is_empty() => {
            PrincipalKind::FederatedUser {
                name: name.to_string(),
            }
        }
        _ => return Err(PrincipalError::Unsupported),
    };
    Ok(Principal {
        arn: arn.to_string(),
        partition: parts[1].to_string(),
        account: account.to_string(),
        kind,
    })
}

/// Where a context value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Given with the request (`--context`).
    Given,
    /// Derived from the principal's ARN.
    Principal,
}

/// One context key with its values.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct ContextEntry {
    /// The key as written (compared without case).
    pub key: String,
    /// Its values: one for a single-valued key, any number for a multivalued one.
    pub values: Vec<String>,
    /// Whether the key is multivalued (given with a comma, or a key AWS documents as multivalued).
    pub multi: bool,
    /// Where it came from.
    pub source: Source,
}

/// The request context: keys not here are absent.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Context {
    /// The keys, in the order given, derived ones last.
    pub entries: Vec<ContextEntry>,
}

/// Keys AWS documents as multivalued: a single value given for them is still a set of one.
pub const MULTIVALUED_KEYS: &[&str] = &[
    "aws:TagKeys",
    "aws:CalledVia",
    "aws:PrincipalOrgPaths",
    "aws:ResourceOrgPaths",
    "aws:PrincipalServiceNamesList",
];

/// Why a `key=value` pair was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextError {
    /// No `=`.
    NoEquals(String),
    /// Nothing before the `=`.
    EmptyKey(String),
}

impl Context {
    /// The entry for `key`, compared without case.
    pub fn get(&self, key: &str) -> Option<&ContextEntry> {
        self.entries
            .iter()
            .find(|e| e.key.eq_ignore_ascii_case(key))
    }

    /// Adds `key=value` (`a,b` for several values); a key given twice collects both values.
    pub fn add_pair(&mut self, pair: &str) -> Result<(), ContextError> {
        let (key, value) = pair
            .split_once('=')
            .ok_or_else(|| ContextError::NoEquals(pair.to_string()))?;
        let key = key.trim();
        if key.is_empty() {
            return Err(ContextError::EmptyKey(pair.to_string()));
        }
        let values: Vec<String> = value.split(',').map(|v| v.trim().to_string()).collect();
        let multi =
            values.len() > 1 || MULTIVALUED_KEYS.iter().any(|k| k.eq_ignore_ascii_case(key));
        match self
            .entries
            .iter_mut()
            .find(|e| e.key.eq_ignore_ascii_case(key))
        {
            Some(e) => {
                e.values.extend(values);
                e.multi = true;
            }
            None => self.entries.push(ContextEntry {
                key: key.to_string(),
                values,
                multi,
                source: Source::Given,
            }),
        }
        Ok(())
    }

    /// Adds the keys derived from the principal that were not given: `aws:PrincipalArn`,
    /// `aws:PrincipalAccount`, `aws:PrincipalType`, and `aws:username` for an IAM user.
    pub fn derive_from(&mut self, p: &Principal) {
        let mut derived = vec![
            ("aws:PrincipalArn", p.principal_arn()),
            ("aws:PrincipalAccount", p.account.clone()),
            ("aws:PrincipalType", p.principal_type().to_string()),
        ];
        if let PrincipalKind::User { name } = &p.kind {
            derived.push(("aws:username", name.clone()));
        }
        for (key, value) in derived {
            if self.get(key).is_none() {
                self.entries.push(ContextEntry {
                    key: key.to_string(),
                    values: vec![value],
                    multi: false,
                    source: Source::Principal,
                });
            }
        }
    }
}

/// A request to evaluate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Request {
    /// Who asks.
    pub principal: Principal,
    /// `service:Action`.
    pub action: String,
    /// The resource ARN (or `*`).
    pub resource: String,
    /// The context keys, derived ones included.
    pub context: Context,
    /// The account that owns the resource when its ARN names none and it is not the principal's
    /// (an S3 bucket in another account).
    pub resource_account: Option<String>,
}

impl Request {
    /// A request with the principal-derived keys filled in.
    pub fn new(principal: Principal, action: &str, resource: &str, mut context: Context) -> Self {
        context.derive_from(&principal);
        Request {
            principal,
            action: action.to_string(),
            resource: resource.to_string(),
            context,
            resource_account: None,
        }
    }

    /// The account that owns the resource: the ARN's account, or when the ARN has none (S3
    /// buckets and objects) the one given with the request, else the principal's account.
    pub fn resource_account(&self) -> String {
        super::matcher::arn_account(&self.resource)
            .or(self.resource_account.as_deref())
            .unwrap_or(&self.principal.account)
            .to_string()
    }

    /// Whether the principal and the resource are in different accounts.
    pub fn cross_account(&self) -> bool {
        self.resource_account() != self.principal.account
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn principals_of_each_kind() {
        let u = parse_principal("arn:aws:iam::111122223333:user/division/alice").unwrap();
        assert_eq!(
            u.kind,
            PrincipalKind::User {
                name: "alice".into()
            }
        );
        let s = parse_principal("arn:aws:sts::111122223333:assumed-role/Dev/s1").unwrap();
        assert_eq!(
            s.principal_arn(),
            "arn:aws:iam::111122223333:role/Dev".to_string()
        );
        assert_eq!(s.principal_type(), "AssumedRole");
        assert_eq!(
            parse_principal("arn:aws:iam::1111:user/a"),
            Err(PrincipalError::BadAccount("1111".into()))
        );
        assert_eq!(parse_principal("alice"), Err(PrincipalError::NotAnArn));
        assert_eq!(
            parse_principal("arn:aws:s3:::111122223333:bucket"),
            Err(PrincipalError::BadAccount("".into()))
        );
    }

    #[test]
    fn context_pairs_and_derived_keys() {
        let mut c = Context::default();
        c.add_pair("aws:TagKeys=a,b").unwrap();
        c.add_pair("aws:SourceIp=203.0.113.7").unwrap();
        c.add_pair("aws:CalledVia=athena.amazonaws.com").unwrap();
        assert!(c.get("AWS:TAGKEYS").unwrap().multi);
        assert!(!c.get("aws:sourceip").unwrap().multi);
        assert!(c.get("aws:CalledVia").unwrap().multi);
        assert!(c.add_pair("novalue").is_err());
        let p = parse_principal("arn:aws:iam::111122223333:user/alice").unwrap();
        let r = Request::new(p, "s3:GetObject", "arn:aws:s3:::b/k", c);
        assert_eq!(r.context.get("aws:username").unwrap().values, vec!["alice"]);
        assert_eq!(r.resource_account(), "111122223333");
        assert!(!r.cross_account());
    }
}

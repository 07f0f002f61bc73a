//! Policy files for the IAM lab: read from disk (size-capped, UTF-8, never a folder) or taken from
//! the bundled examples with `example:NAME`. Used by `awsdrill iam` and the IAM screen.

use crate::core::iam::examples::{EXAMPLES, example};
use crate::core::iam::request::{ContextError, PrincipalError};
use crate::core::iam::{Context, Request, parse_principal};
use std::io::Read;
use std::path::Path;

/// The part of a request a problem is in (the command line names its flag, the screen its field).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestField {
    /// The principal ARN.
    Principal,
    /// The action.
    Action,
    /// The resource ARN.
    Resource,
    /// The resource's account.
    ResourceAccount,
    /// A context pair.
    Context,
}

/// The request from its parts as typed, or the part that is wrong and why.
pub fn build_request(
    principal: &str,
    action: &str,
    resource: &str,
    resource_account: Option<&str>,
    context: &[String],
) -> Result<Request, (RequestField, String)> {
    let principal = principal.trim();
    let p = parse_principal(principal).map_err(|e| {
        (
            RequestField::Principal,
            match e {
                PrincipalError::NotAnArn => format!(
                    "\"{principal}\" is not an ARN (arn:aws:iam::111122223333:user/NAME, role/NAME, root, or arn:aws:sts::111122223333:assumed-role/ROLE/SESSION, federated-user/NAME)"
                ),
                PrincipalError::BadAccount(a) => {
                    format!("the account part \"{a}\" of \"{principal}\" is not 12 digits")
                }
                PrincipalError::Unsupported => format!(
                    "\"{principal}\" is not an IAM user, role or root ARN, nor an STS assumed-role or federated-user ARN"
                ),
            },
        )
    })?;
    let action = action.trim();
    match action.split_once(':') {
        Some((svc, name))
            if !svc.is_empty() && !name.is_empty() && !action.contains(['*', '?']) => {}
        _ => {
            return Err((
                RequestField::Action,
                format!(
                    "\"{action}\" is not an action: write service:Action, such as s3:GetObject (no wildcards: a request names one action)"
                ),
            ));
        }
    }
    let resource = resource.trim();
    if resource != "*"
        && crate::core::iam::matcher::arn_parts(resource).is_none_or(|p| p[0] != "arn")
    {
        return Err((
            RequestField::Resource,
            format!(
                "\"{resource}\" is not an ARN (arn:partition:service:region:account:resource) or *"
            ),
        ));
    }
    let resource_account = resource_account.map(str::trim).filter(|a| !a.is_empty());
    if let Some(a) = resource_account
        && !(a.len() == 12 && a.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err((
            RequestField::ResourceAccount,
            format!("\"{a}\" is not a 12-digit account ID"),
        ));
    }
    let mut ctx = Context::default();
    for pair in context {
        ctx.add_pair(pair).map_err(|e| {
            (
                RequestField::Context,
                match e {
                    ContextError::NoEquals(p) => format!(
                        "\"{p}\" has no `=`: write KEY=VALUE, such as aws:SourceIp=203.0.113.7"
                    ),
                    ContextError::EmptyKey(p) => format!("\"{p}\" has no key before `=`"),
                },
            )
        })?;
    }
    let mut req = Request::new(p, action, resource, ctx);
    req.resource_account = resource_account.map(str::to_string);
    Ok(req)
}

/// The largest policy file read (AWS's own limits are far lower: 10,240 characters for a managed
/// policy, 20 KB for a bucket policy).
pub const MAX_POLICY_BYTES: u64 = 1024 * 1024;

/// A policy's text with the name it is shown under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyText {
    /// The path as given, or `example:NAME`.
    pub name: String,
    /// The JSON text.
    pub text: String,
}

/// Reads `spec`: `example:NAME` for a bundled example, otherwise a file path. The error names the
/// file and what is wrong with it.
pub fn read_policy(spec: &str) -> Result<PolicyText, String> {
    if let Some(name) = spec.strip_prefix("example:") {
        return match example(name) {
            Some(e) => Ok(PolicyText {
                name: spec.to_string(),
                text: e.text.to_string(),
            }),
            None => Err(format!(
                "{spec}: no such example; the examples are {}",
                EXAMPLES
                    .iter()
                    .map(|e| e.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
    }
    let path = Path::new(spec);
    let meta = std::fs::metadata(path).map_err(|e| format!("{spec}: {}", reason(&e)))?;
    if meta.is_dir() {
        return Err(format!("{spec}: is a folder, not a policy file"));
    }
    // A pipe or a device would block the read (or never end): only regular files are read.
    if !meta.is_file() {
        return Err(format!(
            "{spec}: is not a regular file (a pipe or a device?)"
        ));
    }
    if meta.len() > MAX_POLICY_BYTES {
        return Err(format!(
            "{spec}: {} bytes is more than the {MAX_POLICY_BYTES} bytes a policy file may have",
            meta.len()
        ));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_POLICY_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| format!("{spec}: {}", reason(&e)))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{spec}: not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok(PolicyText {
        name: spec.to_string(),
        text: text.strip_prefix('\u{feff}').unwrap_or(&text).to_string(),
    })
}

fn reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_files_and_errors() {
        assert!(read_policy("example:carlos-identity").is_ok());
        let e = read_policy("example:nope").unwrap_err();
        assert!(e.contains("carlos-identity"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        assert!(
            read_policy(dir.path().to_str().unwrap())
                .unwrap_err()
                .contains("folder")
        );
        let missing = dir.path().join("missing.json");
        assert!(
            read_policy(missing.to_str().unwrap())
                .unwrap_err()
                .contains("no such file")
        );
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, b"{\xff}").unwrap();
        assert!(
            read_policy(bad.to_str().unwrap())
                .unwrap_err()
                .contains("UTF-8")
        );
        assert!(
            read_policy("/dev/null")
                .unwrap_err()
                .contains("not a regular file")
        );
        let bom = dir.path().join("bom.json");
        std::fs::write(&bom, "\u{feff}{}").unwrap();
        assert_eq!(read_policy(bom.to_str().unwrap()).unwrap().text, "{}");
    }
}

//! Policy files for the IAM lab: read from disk (size-capped, UTF-8, never a folder) or taken from
//! the bundled examples with `example:NAME`. Used by `awsdrill iam` and the IAM screen.

use crate::core::config::Lang;
use crate::core::iam::examples::{EXAMPLES, example};
use crate::core::iam::request::{ContextError, PrincipalError};
use crate::core::iam::{Context, Request, parse_principal};
use crate::i18n::tr;
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

/// The request from its parts as typed, or the part that is wrong and why (in `lang`).
pub fn build_request(
    lang: Lang,
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
                PrincipalError::NotAnArn => tr!(lang, "iam-principal-not-arn", value = principal),
                PrincipalError::BadAccount(a) => tr!(
                    lang,
                    "iam-principal-bad-account",
                    account = a,
                    value = principal
                ),
                PrincipalError::Unsupported => {
                    tr!(lang, "iam-principal-unsupported", value = principal)
                }
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
                tr!(lang, "iam-request-bad-action", value = action),
            ));
        }
    }
    let resource = resource.trim();
    if resource != "*"
        && crate::core::iam::matcher::arn_parts(resource).is_none_or(|p| p[0] != ARN_PREFIX)
    {
        return Err((
            RequestField::Resource,
            tr!(lang, "iam-request-bad-resource", value = resource),
        ));
    }
    let resource_account = resource_account.map(str::trim).filter(|a| !a.is_empty());
    if let Some(a) = resource_account
        && !(a.len() == 12 && a.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err((
            RequestField::ResourceAccount,
            tr!(lang, "iam-request-bad-account", value = a),
        ));
    }
    let mut ctx = Context::default();
    for pair in context {
        ctx.add_pair(pair).map_err(|e| {
            (
                RequestField::Context,
                match e {
                    ContextError::NoEquals(p) => tr!(lang, "iam-context-no-equals", pair = p),
                    ContextError::EmptyKey(p) => tr!(lang, "iam-context-empty-key", pair = p),
                },
            )
        })?;
    }
    let mut req = Request::new(p, action, resource, ctx);
    req.resource_account = resource_account.map(str::to_string);
    Ok(req)
}

/// The first part of every ARN.
const ARN_PREFIX: &str = "arn";

/// What names a bundled example instead of a file: `example:NAME`.
const EXAMPLE_PREFIX: &str = "example:";

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
/// file and what is wrong with it (in `lang`).
pub fn read_policy(lang: Lang, spec: &str) -> Result<PolicyText, String> {
    if let Some(name) = spec.strip_prefix(EXAMPLE_PREFIX) {
        return match example(name) {
            Some(e) => Ok(PolicyText {
                name: spec.to_string(),
                text: e.text.to_string(),
            }),
            None => Err(tr!(
                lang,
                "iam-file-no-example",
                spec = spec,
                names = EXAMPLES
                    .iter()
                    .map(|e| e.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        };
    }
    let path = Path::new(spec);
    let failed = |e: &std::io::Error| {
        tr!(
            lang,
            "iam-file-error",
            spec = spec,
            reason = reason(lang, e)
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| failed(&e))?;
    if meta.is_dir() {
        return Err(tr!(lang, "iam-file-is-folder", spec = spec));
    }
    // A pipe or a device would block the read (or never end): only regular files are read.
    if !meta.is_file() {
        return Err(tr!(lang, "iam-file-not-regular", spec = spec));
    }
    if meta.len() > MAX_POLICY_BYTES {
        return Err(tr!(
            lang,
            "iam-file-too-big",
            spec = spec,
            size = meta.len().to_string(),
            max = MAX_POLICY_BYTES.to_string()
        ));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_POLICY_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| failed(&e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        tr!(
            lang,
            "iam-file-not-utf8",
            spec = spec,
            offset = e.utf8_error().valid_up_to().to_string()
        )
    })?;
    Ok(PolicyText {
        name: spec.to_string(),
        text: text.strip_prefix('\u{feff}').unwrap_or(&text).to_string(),
    })
}

/// Why a file could not be read: the common reasons in `lang`, others as the system says them.
fn reason(lang: Lang, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => tr!(lang, "iam-file-not-found"),
        std::io::ErrorKind::PermissionDenied => tr!(lang, "iam-file-permission-denied"),
        _ => crate::i18n::io_reason(lang, e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_files_and_errors() {
        assert!(read_policy(Lang::En, "example:carlos-identity").is_ok());
        let e = read_policy(Lang::En, "example:nope").unwrap_err();
        assert!(e.contains("carlos-identity"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        assert!(
            read_policy(Lang::En, dir.path().to_str().unwrap())
                .unwrap_err()
                .contains("folder")
        );
        let missing = dir.path().join("missing.json");
        assert!(
            read_policy(Lang::En, missing.to_str().unwrap())
                .unwrap_err()
                .contains("no such file")
        );
        let bad = dir.path().join("bad.json");
        std::fs::write(&bad, b"{\xff}").unwrap();
        assert!(
            read_policy(Lang::En, bad.to_str().unwrap())
                .unwrap_err()
                .contains("UTF-8")
        );
        assert!(
            read_policy(Lang::En, "/dev/null")
                .unwrap_err()
                .contains("not a regular file")
        );
        let bom = dir.path().join("bom.json");
        std::fs::write(&bom, "\u{feff}{}").unwrap();
        assert_eq!(
            read_policy(Lang::En, bom.to_str().unwrap()).unwrap().text,
            "{}"
        );
    }
}

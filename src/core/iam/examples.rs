//! Example policies bundled with the app (assets/iam/), most of them as AWS's documentation gives
//! them: the IAM screen and the puzzles load them, the tests evaluate AWS's own examples with them.

use super::policy::PolicyType;

/// One bundled example policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// Its name (the file name without `.json`).
    pub name: &'static str,
    /// Where it is attached.
    pub policy_type: PolicyType,
    /// The JSON text.
    pub text: &'static str,
    /// The AWS page it comes from or illustrates.
    pub source: &'static str,
}

const EVAL: &str = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-basics.html";
const CROSS: &str = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html";
const BOUNDARY: &str =
    "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html";
const DENYALLOW: &str = "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html";
const SCP: &str = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples.html";
const RCP: &str = "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_rcps_examples.html";

macro_rules! example {
    ($name:literal, $ty:ident, $source:expr) => {
        Example {
            name: $name,
            policy_type: PolicyType::$ty,
            text: include_str!(concat!("../../../assets/iam/", $name, ".json")),
            source: $source,
        }
    };
}

/// Every bundled example.
pub const EXAMPLES: &[Example] = &[
    example!("carlos-identity", Identity, EVAL),
    example!("carlos-bucket-policy", Resource, EVAL),
    example!("carlos-cross-account-identity", Identity, CROSS),
    example!("production-bucket-policy", Resource, CROSS),
    example!("shirley-boundary", Boundary, BOUNDARY),
    example!("shirley-create-user", Identity, BOUNDARY),
    example!("xcompany-boundaries", Boundary, BOUNDARY),
    example!("iam-admin-full", Identity, BOUNDARY),
    example!(
        "allow-get-list-deny-reports",
        Identity,
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html"
    ),
    example!("scp-full-access", Scp, SCP),
    example!("scp-deny-outside-regions", Scp, SCP),
    example!("scp-allow-s3-dynamodb", Scp, SCP),
    example!(
        "deny-without-mfa",
        Identity,
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html"
    ),
    example!(
        "deny-outside-ip-range",
        Identity,
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-ip.html"
    ),
    example!(
        "s3-home-folder",
        Identity,
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html"
    ),
    example!("developer-role", Identity, DENYALLOW),
    example!(
        "session-read-only",
        Session,
        "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session"
    ),
    example!("rcp-enforce-secure-transport", Rcp, RCP),
    example!("reports-bucket-role-session", Resource, DENYALLOW),
];

/// The example called `name`.
pub fn example(name: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.name == name)
}

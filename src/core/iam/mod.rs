//! The IAM policy lab: policies read from JSON with located findings, and AWS's policy evaluation
//! logic with a typed trace (which policy types were consulted, the statements that decided, the
//! path through the flow chart). Pure: policy texts and the request are passed in; the words are
//! made at the edge (`calc_text::iam`).

pub mod condition;
pub mod eval;
pub mod examples;
pub mod matcher;
pub mod parse;
pub mod policy;
pub mod puzzle;
pub mod request;

#[cfg(test)]
mod tests;

pub use eval::{Decision, Evaluation, NamedPolicy, Policies, evaluate};
pub use parse::{Finding, FindingKind, Parsed, parse_policy};
pub use policy::{Policy, PolicyType};
pub use request::{Context, Principal, Request, parse_principal};

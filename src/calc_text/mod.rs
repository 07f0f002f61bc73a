//! The calculators' words: English sentences for the steps, notes, headlines and errors that
//! `core::calc` returns as data. The command line and the app both write a calculator's report
//! through here, so they say the same thing; another language is another module beside this one.
//!
//! Uses only `core`. Adding a calculator adds its file here and one arm to `said`.

pub mod drills;
pub mod dynamodb;
pub mod ec2;
mod errors;
pub mod iam;
pub mod kinesis;
pub mod lambda;
pub mod s3;
#[cfg(test)]
mod tests;
pub mod throttle;

pub use errors::{Front, error_line, form_error_line, form_message, message};

use crate::core::calc::Said;

/// One line of a report, in English.
pub fn said(s: &Said) -> String {
    match s {
        Said::Dynamodb(s) => dynamodb::said(s),
        Said::Ec2(s) => ec2::said(s),
        Said::Lambda(s) => lambda::said(s),
        Said::Kinesis(s) => kinesis::said(s),
        Said::Throttle(s) => throttle::said(s),
        Said::S3(s) => s3::said(s),
        Said::Iam(crate::core::calc::registry::IamSaid::Step(s)) => iam::step(s),
        Said::Iam(crate::core::calc::registry::IamSaid::Statement(s)) => iam::statement_line(s),
    }
}

/// The words of one calculator field: the label beside it and what to type while it is empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FieldText {
    /// The label beside the field (`Reads/s`).
    pub label: &'static str,
    /// What to type, shown while the field is empty (`read requests per second`).
    pub hint: &'static str,
}

/// The name of a calculator on the Calculators screen's tab and in `awsdrill calc --help`.
pub fn title(calculator: &str) -> &'static str {
    match calculator {
        "dynamodb" => "DynamoDB capacity",
        "ec2" => "EC2 instance types",
        "lambda" => "Lambda",
        "kinesis" => "Kinesis",
        "throttle" => "Throttling",
        "s3" => "S3 rates",
        _ => "Calculator",
    }
}

/// The label and hint of field `key` of `calculator`.
pub fn field_text(calculator: &str, key: &str) -> FieldText {
    words_of(calculator, key).unwrap_or(FieldText {
        label: "Value",
        hint: "",
    })
}

/// The words of field `key` of `calculator`, if it has them.
fn words_of(calculator: &str, key: &str) -> Option<FieldText> {
    match calculator {
        "dynamodb" => dynamodb::field_text(key),
        "ec2" => ec2::field_text(key),
        "lambda" => lambda::field_text(key),
        "kinesis" => kinesis::field_text(key),
        "throttle" => throttle::field_text(key),
        "s3" => s3::field_text(key),
        _ => None,
    }
}

/// The label of input `key` in whichever calculator of the registry has it (`Reads/s` for
/// `reads`), for messages that name another input on the form. Keys shared by calculators have
/// the same label.
pub(crate) fn any_label(key: &str) -> Option<&'static str> {
    crate::core::calc::calculators()
        .iter()
        .find_map(|c| words_of(c.id(), key))
        .map(|t| t.label)
}

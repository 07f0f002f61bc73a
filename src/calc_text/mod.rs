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
use crate::core::config::Lang;

/// One line of a report, in `lang`.
pub fn said(lang: Lang, s: &Said) -> String {
    match s {
        Said::Dynamodb(s) => dynamodb::said(s),
        Said::Ec2(s) => ec2::said(s),
        Said::Lambda(s) => lambda::said(lang, s),
        Said::Kinesis(s) => kinesis::said(lang, s),
        Said::Throttle(s) => throttle::said(lang, s),
        Said::S3(s) => s3::said(s),
        Said::Iam(crate::core::calc::registry::IamSaid::Step(s)) => iam::step(s),
        Said::Iam(crate::core::calc::registry::IamSaid::Statement(s)) => iam::statement_line(s),
    }
}

/// The words of one calculator field: the label beside it and what to type while it is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldText {
    /// The label beside the field (`Reads/s`).
    pub label: String,
    /// What to type, shown while the field is empty (`read requests per second`).
    pub hint: String,
}

/// The name of a calculator on the Calculators screen's tab and in `awsdrill calc --help`.
pub fn title(_lang: Lang, calculator: &str) -> &'static str {
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
pub fn field_text(lang: Lang, calculator: &str, key: &str) -> FieldText {
    words_of(lang, calculator, key).unwrap_or(FieldText {
        label: "Value".into(),
        hint: String::new(),
    })
}

/// The words of field `key` of `calculator`, if it has them.
fn words_of(lang: Lang, calculator: &str, key: &str) -> Option<FieldText> {
    match calculator {
        "dynamodb" => dynamodb::field_text(key),
        "ec2" => ec2::field_text(key),
        "lambda" => lambda::field_text(lang, key),
        "kinesis" => kinesis::field_text(lang, key),
        "throttle" => throttle::field_text(lang, key),
        "s3" => s3::field_text(key),
        _ => None,
    }
}

/// The label of input `key` in whichever calculator of the registry has it (`Reads/s` for
/// `reads`), for messages that name another input on the form. Keys shared by calculators have
/// the same label.
pub(crate) fn any_label(key: &str) -> Option<String> {
    crate::core::calc::calculators()
        .iter()
        .find_map(|c| words_of(Lang::En, c.id(), key))
        .map(|t| t.label)
}

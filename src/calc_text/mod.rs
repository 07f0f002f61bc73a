//! The calculators' words: the sentences for the steps, notes, headlines and errors that
//! `core::calc` returns as data, in the language asked for (from the message catalog,
//! `assets/i18n/*/calc*.ftl`). The command line and the app both write a calculator's report
//! through here, so they say the same thing.
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
use crate::i18n::tr;

/// One line of a report, in `lang`.
pub fn said(lang: Lang, s: &Said) -> String {
    match s {
        Said::Dynamodb(s) => dynamodb::said(lang, s),
        Said::Ec2(s) => ec2::said(lang, s),
        Said::Lambda(s) => lambda::said(lang, s),
        Said::Kinesis(s) => kinesis::said(lang, s),
        Said::Throttle(s) => throttle::said(lang, s),
        Said::S3(s) => s3::said(lang, s),
        Said::Iam(crate::core::calc::registry::IamSaid::Step(s)) => iam::step(lang, s),
        Said::Iam(crate::core::calc::registry::IamSaid::Statement(s)) => {
            iam::statement_line(lang, s)
        }
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
pub fn title(lang: Lang, calculator: &str) -> String {
    let key = match calculator {
        "dynamodb" => "calc-title-dynamodb",
        "ec2" => "calc-title-ec2",
        "lambda" => "calc-title-lambda",
        "kinesis" => "calc-title-kinesis",
        "throttle" => "calc-title-throttle",
        "s3" => "calc-title-s3",
        _ => "calc-title-other",
    };
    tr!(lang, key)
}

/// The label and hint of field `key` of `calculator`.
pub fn field_text(lang: Lang, calculator: &str, key: &str) -> FieldText {
    words_of(lang, calculator, key).unwrap_or_else(|| FieldText {
        label: tr!(lang, "calc-field-other"),
        hint: String::new(),
    })
}

/// The words of field `key` of `calculator`, if it has them.
fn words_of(lang: Lang, calculator: &str, key: &str) -> Option<FieldText> {
    match calculator {
        "dynamodb" => dynamodb::field_text(lang, key),
        "ec2" => ec2::field_text(lang, key),
        "lambda" => lambda::field_text(lang, key),
        "kinesis" => kinesis::field_text(lang, key),
        "throttle" => throttle::field_text(lang, key),
        "s3" => s3::field_text(lang, key),
        _ => None,
    }
}

/// A field's label and hint from the catalog.
fn field(lang: Lang, label: &str, hint: &str) -> FieldText {
    FieldText {
        label: tr!(lang, label),
        hint: tr!(lang, hint),
    }
}

/// The label of input `key` in whichever calculator of the registry has it (`Reads/s` for
/// `reads`), for messages that name another input on the form. Keys shared by calculators have
/// the same label.
pub(crate) fn any_label(lang: Lang, key: &str) -> Option<String> {
    crate::core::calc::calculators()
        .iter()
        .find_map(|c| words_of(lang, c.id(), key))
        .map(|t| t.label)
}

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
#[cfg(test)]
mod tests;

pub use errors::{error_line, message};

use crate::core::calc::Said;

/// One line of a report, in English.
pub fn said(s: &Said) -> String {
    match s {
        Said::Dynamodb(s) => dynamodb::said(s),
        Said::Ec2(s) => ec2::said(s),
        Said::Iam(crate::core::calc::registry::IamSaid::Step(s)) => iam::step(s),
        Said::Iam(crate::core::calc::registry::IamSaid::Statement(s)) => iam::statement_line(s),
    }
}

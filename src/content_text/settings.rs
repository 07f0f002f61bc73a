//! Why a setting was not changed, in English.

use crate::core::config::SetError;

/// The sentence for a setting the Settings screen could not save.
pub fn set_error(e: &SetError) -> String {
    match e {
        SetError::NotToml { file, error } => format!("{file} is not valid TOML: {error}"),
        SetError::NotADate { typed } => {
            format!("exam_date: `{typed}` is not a date such as 2027-01-15")
        }
        SetError::NotANumber { key, typed } => format!("{key}: `{typed}` is not a number"),
        SetError::NotAWholeNumber { key, typed } => {
            format!("{key}: `{typed}` is not a whole number")
        }
        SetError::NotOnOff { key, typed } => format!("{key}: `{typed}` is not on or off"),
        SetError::Invalid(kind) => super::message(kind),
    }
}

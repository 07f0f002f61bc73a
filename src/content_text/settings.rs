//! Why a setting was not changed, in the catalog's languages (`crate::i18n`).

use crate::core::config::{Lang, SetError};
use crate::core::content::kind::FindingKind as K;
use crate::i18n::tr;

/// The sentence for a setting the Settings screen could not save, in English (the command line).
pub fn set_error(e: &SetError) -> String {
    set_error_in(Lang::En, e)
}

/// The sentence for a setting the Settings screen could not save, in `lang`.
pub fn set_error_in(lang: Lang, e: &SetError) -> String {
    match e {
        SetError::NotToml { file, error } => {
            tr!(
                lang,
                "set-error-not-toml",
                file = file.as_str(),
                error = error.as_str()
            )
        }
        SetError::NotADate { typed } => tr!(lang, "set-error-not-a-date", typed = typed.as_str()),
        SetError::NotANumber { key, typed } => {
            tr!(
                lang,
                "set-error-not-a-number",
                key = *key,
                typed = typed.as_str()
            )
        }
        SetError::NotAWholeNumber { key, typed } => {
            tr!(
                lang,
                "set-error-not-a-whole-number",
                key = *key,
                typed = typed.as_str()
            )
        }
        SetError::NotOnOff { key, typed } => tr!(
            lang,
            "set-error-not-on-off",
            key = *key,
            typed = typed.as_str()
        ),
        SetError::Invalid(kind) => config_problem(lang, kind),
    }
}

/// A problem of the settings file in `lang`. The settings' own rules are in the catalog; the
/// reader's problems (a wrong type, an unknown key) are English in every language for now, as
/// `lint` writes them (`findings.rs`).
fn config_problem(lang: Lang, kind: &K) -> String {
    match kind {
        K::TomlSyntax(error) => tr!(
            lang,
            "config-toml-syntax",
            error = super::toml_message(lang, error)
        ),
        K::OutOfRange { key, value, lo, hi } => tr!(
            lang,
            "config-out-of-range",
            key = key.as_str(),
            value = *value,
            lo = *lo,
            hi = *hi
        ),
        K::FractionOutOfRange { key, value, lo, hi } => tr!(
            lang,
            "config-fraction-out-of-range",
            key = key.as_str(),
            value = *value,
            lo = *lo,
            hi = *hi
        ),
        K::BadStep { step, key } => tr!(
            lang,
            "config-bad-step",
            step = step.as_str(),
            key = key.as_str()
        ),
        K::BadLanguage { name } => tr!(lang, "config-bad-language", name = name.as_str()),
        K::BadTheme { name } => tr!(lang, "config-bad-theme", name = name.as_str()),
        other => super::message(lang, other),
    }
}

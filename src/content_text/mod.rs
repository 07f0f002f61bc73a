//! The content checker's words: English for the findings that `core::content` (packs),
//! `core::exam::blueprint` and `core::config` return as data (`FindingKind`), the rustc-like
//! layout they are printed in, why a setting was not changed (`SetError`), and custom study's filters (`custom_title`). `awsdrill lint`, the settings file's errors and the app's notices all
//! write findings through here; another language is another module beside this one.
//!
//! Uses only `core`.

mod browse;
mod custom;
mod findings;
mod parser_words;
mod settings;
#[cfg(test)]
mod tests;

pub use browse::{canonical_query, kind_label, state_label};
pub use custom::{custom_title, domain_short, domain_title, filter_error, task_title};
pub use findings::{item, message, render, source_problem};
pub use parser_words::{json_error, toml_message, zip_error};
pub use settings::{set_error, set_error_in};

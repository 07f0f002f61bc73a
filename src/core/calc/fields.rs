//! Reading form fields shared by the calculators: a word out of a few, yes or no, and collecting
//! every field's error.

use super::{CalcError, ErrorKind};

/// The value of `r`, or `None` after recording its error.
pub(crate) fn keep<T>(errors: &mut Vec<CalcError>, r: Result<T, CalcError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

/// Lowercase without spaces, dashes and underscores: `On-Demand` -> `ondemand`.
pub(crate) fn key(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// One of a few words (`table` lists the accepted spellings, as `key` writes them); `None` when
/// empty. An unknown word is an error listing `choices`.
pub(crate) fn choice<T: Copy>(
    field: &'static str,
    text: &str,
    choices: &'static [&'static str],
    table: &[(&str, T)],
) -> Result<Option<T>, CalcError> {
    let k = key(text);
    if k.is_empty() {
        return Ok(None);
    }
    table
        .iter()
        .find(|(name, _)| *name == k)
        .map(|(_, v)| Some(*v))
        .ok_or_else(|| {
            CalcError::new(
                field,
                ErrorKind::UnknownChoice {
                    text: text.trim().to_string(),
                    choices,
                },
            )
        })
}

/// Yes or no (`yes`, `y`, `true`, `on`, `1` / `no`, `n`, `false`, `off`, `0`); empty is no.
pub(crate) fn yes_no(field: &'static str, text: &str) -> Result<bool, CalcError> {
    choice(
        field,
        text,
        &["yes", "no"],
        &[
            ("yes", true),
            ("y", true),
            ("true", true),
            ("on", true),
            ("1", true),
            ("no", false),
            ("n", false),
            ("false", false),
            ("off", false),
            ("0", false),
        ],
    )
    .map(|v| v.unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_are_read_in_many_spellings() {
        assert_eq!(yes_no("f", " Yes "), Ok(true));
        assert_eq!(yes_no("f", "off"), Ok(false));
        assert_eq!(yes_no("f", ""), Ok(false));
        assert!(matches!(
            yes_no("f", "maybe").unwrap_err().kind,
            ErrorKind::UnknownChoice { .. }
        ));
    }
}

//! The words of the parsers awsdrill reads files with (serde_json, the zip reader, toml), in the
//! user's language. Their messages are English text, not data: in English they are shown as the
//! parser wrote them; in another language the common ones are recognised by their English start and
//! said from the catalog (`errors-parser-*`), and any other keeps the parser's text in parentheses.
//! The English patterns here are read, never shown.

use crate::core::config::Lang;
use crate::i18n::tr;

/// The first text between backticks in `s` (`missing field `format`` -> `format`).
fn ticked(s: &str) -> Option<&str> {
    let start = s.find('`')? + 1;
    let len = s[start..].find('`')?;
    Some(&s[start..start + len])
}

/// A parser message in `lang`: `table` lists (the English start, the catalog key); a key's
/// message takes the first ticked name as `name` and the text after `: ` as `detail`.
fn say(lang: Lang, text: &str, table: &[(&str, &str)]) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    for (start, key) in table {
        if text.starts_with(start) {
            let detail = text.split_once(": ").map_or("", |(_, d)| d);
            return tr!(
                lang,
                *key,
                name = ticked(text).unwrap_or(""),
                detail = detail
            );
        }
    }
    tr!(lang, "errors-parser-other", text = text)
}

/// Why serde_json refused a file, without the position (the caller names file:line:col).
pub fn json_error(lang: Lang, e: &serde_json::Error) -> String {
    let full = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    let text = full.strip_suffix(&suffix).unwrap_or(&full);
    if lang == Lang::En {
        return full;
    }
    say(
        lang,
        text,
        &[
            ("missing field", "errors-parser-missing-field"),
            ("unknown field", "errors-parser-unknown-field"),
            ("duplicate field", "errors-parser-duplicate-field"),
            ("unknown variant", "errors-parser-unknown-value"),
            ("invalid type", "errors-parser-invalid-type"),
            ("invalid value", "errors-parser-invalid-value"),
            ("invalid length", "errors-parser-invalid-length"),
            ("expected value", "errors-parser-expected-value"),
            ("EOF while parsing", "errors-parser-eof"),
            ("trailing comma", "errors-parser-trailing-comma"),
            ("trailing characters", "errors-parser-trailing-characters"),
            ("key must be a string", "errors-parser-key-not-string"),
            (
                "expected `,` or `}`",
                "errors-parser-expected-comma-or-brace",
            ),
            (
                "expected `,` or `]`",
                "errors-parser-expected-comma-or-bracket",
            ),
            ("expected `:`", "errors-parser-expected-colon"),
            ("invalid escape", "errors-parser-invalid-escape"),
            ("invalid number", "errors-parser-invalid-number"),
            ("number out of range", "errors-parser-number-out-of-range"),
            ("control character", "errors-parser-control-character"),
        ],
    )
}

/// Why the zip reader refused a file.
pub fn zip_error(lang: Lang, e: &zip::result::ZipError) -> String {
    if let zip::result::ZipError::Io(io) = e {
        return crate::i18n::io_reason(lang, io);
    }
    say(
        lang,
        &e.to_string(),
        &[
            ("invalid Zip archive", "errors-parser-zip-invalid"),
            ("unsupported Zip archive", "errors-parser-zip-unsupported"),
        ],
    )
}

/// Why toml refused a file (the message of `toml::de::Error`, without its position).
pub fn toml_message(lang: Lang, message: &str) -> String {
    say(
        lang,
        message,
        &[
            ("key with no value", "errors-parser-toml-no-value"),
            ("missing assignment", "errors-parser-toml-no-value"),
            ("duplicate key", "errors-parser-duplicate-key"),
            ("invalid basic string", "errors-parser-toml-invalid-string"),
            (
                "invalid literal string",
                "errors-parser-toml-invalid-string",
            ),
            ("invalid multi-line", "errors-parser-toml-invalid-string"),
            ("invalid string", "errors-parser-toml-invalid-string"),
            (
                "missing closing quote",
                "errors-parser-toml-unclosed-string",
            ),
            ("unclosed table", "errors-parser-toml-unclosed-table"),
            ("unclosed array", "errors-parser-toml-unclosed-array"),
            ("missing comma", "errors-parser-toml-missing-comma"),
            ("invalid key", "errors-parser-toml-invalid-key"),
            ("invalid unquoted key", "errors-parser-toml-invalid-key"),
            (
                "unquoted keys cannot be empty",
                "errors-parser-toml-invalid-key",
            ),
            ("invalid escape", "errors-parser-invalid-escape"),
            ("missing escaped value", "errors-parser-invalid-escape"),
            (
                "string values must be quoted",
                "errors-parser-toml-unquoted",
            ),
            ("invalid type", "errors-parser-invalid-type"),
            ("invalid value", "errors-parser-invalid-value"),
            ("missing field", "errors-parser-missing-field"),
            ("unknown field", "errors-parser-unknown-field"),
            ("unknown variant", "errors-parser-unknown-value"),
            ("expected newline", "errors-parser-toml-expected-newline"),
            ("unexpected content", "errors-parser-toml-unexpected"),
            ("unexpected key or value", "errors-parser-toml-unexpected"),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parser_messages_in_korean_keep_the_names_and_english_keeps_the_parser_text() {
        let e = serde_json::from_str::<std::collections::BTreeMap<String, u8>>("{\"a\": 300}")
            .unwrap_err();
        assert_eq!(json_error(Lang::En, &e), e.to_string());
        let ko = json_error(Lang::Ko, &e);
        assert!(ko.starts_with("잘못된 값"), "{ko}");
        #[derive(Debug, serde::Deserialize)]
        #[allow(dead_code)]
        struct S {
            format: String,
        }
        let e = serde_json::from_str::<S>("{}").unwrap_err();
        assert_eq!(json_error(Lang::Ko, &e), "필드 `format`이(가) 없습니다");
        assert_eq!(
            toml_message(Lang::Ko, "key with no value, expected `=`"),
            "키에 값이 없습니다(`=`가 있어야 함)"
        );
        assert_eq!(
            toml_message(Lang::En, "key with no value, expected `=`"),
            "key with no value, expected `=`"
        );
        assert_eq!(
            toml_message(Lang::Ko, "something new"),
            "구문 분석 오류(something new)"
        );
    }
}

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

/// What a file format calls a map: a JSON object, a TOML table.
#[derive(Clone, Copy)]
enum Map {
    Object,
    Table,
}

/// The words of a value serde found (`integer `5``, `string "x"`), when they are common ones.
fn found_words(lang: Lang, found: &str, map: Map) -> Option<String> {
    let ticked_value = |prefix: &str| found.strip_prefix(prefix).filter(|v| v.starts_with('`'));
    let (key, value) = if let Some(v) = ticked_value("boolean ") {
        ("errors-parser-found-boolean", v)
    } else if let Some(v) = ticked_value("integer ") {
        ("errors-parser-found-integer", v)
    } else if let Some(v) = ticked_value("floating point ") {
        ("errors-parser-found-float", v)
    } else if let Some(v) = found.strip_prefix("string ").filter(|v| v.starts_with('"')) {
        ("errors-parser-found-string", v)
    } else {
        let key = match (found, map) {
            ("sequence", _) => "errors-parser-type-array",
            ("map", Map::Object) => "errors-parser-type-object",
            ("map", Map::Table) => "errors-parser-type-table",
            ("null" | "unit value", _) => "errors-parser-type-null",
            _ => return None,
        };
        return Some(tr!(lang, key));
    };
    Some(tr!(lang, key, value = value))
}

/// The words of what serde expected (`a string`, `u32`, `struct Pack`), when they are common ones.
fn expected_words(lang: Lang, expected: &str, map: Map) -> Option<String> {
    let key = match expected {
        "a string" | "a borrowed string" | "path string" => "errors-parser-type-string",
        "a boolean" => "errors-parser-type-boolean",
        "u8" => return Some(tr!(lang, "errors-parser-type-unsigned-max", max = u8::MAX)),
        "u16" => return Some(tr!(lang, "errors-parser-type-unsigned-max", max = u16::MAX)),
        "u32" => return Some(tr!(lang, "errors-parser-type-unsigned-max", max = u32::MAX)),
        "u64" | "u128" | "usize" => "errors-parser-type-unsigned",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "errors-parser-type-integer",
        "f32" | "f64" => "errors-parser-type-number",
        "a sequence" => "errors-parser-type-array",
        e if e.starts_with("a tuple of size ") => "errors-parser-type-array",
        e if e == "a map" || e.starts_with("struct ") => match map {
            Map::Object => "errors-parser-type-object",
            Map::Table => "errors-parser-type-table",
        },
        _ => return None,
    };
    Some(tr!(lang, key))
}

/// serde's "invalid type: integer `5`, expected a string" in `lang`, when both sides are common.
fn mismatch(lang: Lang, key: &str, detail: &str, map: Map) -> Option<String> {
    let said = match key {
        "errors-parser-invalid-type" => "errors-parser-type-mismatch",
        "errors-parser-invalid-value" => "errors-parser-value-mismatch",
        _ => return None,
    };
    let (found, expected) = detail.split_once(", expected ")?;
    Some(tr!(
        lang,
        said,
        found = found_words(lang, found, map)?,
        expected = expected_words(lang, expected, map)?
    ))
}

/// A parser message in `lang`: `table` lists (the English start, the catalog key); a key's
/// message takes the first ticked name as `name` and the text after `: ` as `detail`.
fn say(lang: Lang, text: &str, table: &[(&str, &str)], map: Map) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    for (start, key) in table {
        if text.starts_with(start) {
            let detail = text.split_once(": ").map_or("", |(_, d)| d);
            if let Some(said) = mismatch(lang, key, detail, map) {
                return said;
            }
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
        Map::Object,
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
        Map::Object,
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
        Map::Table,
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
        assert_eq!(
            json_error(Lang::Ko, &e),
            "잘못된 값입니다(필요한 값: 0~255의 정수, 실제 값: 정수 `300`)"
        );
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
        let e = serde_json::from_str::<S>("{\"format\": 5}").unwrap_err();
        assert_eq!(
            json_error(Lang::Ko, &e),
            "값의 형식이 맞지 않습니다(필요한 형식: 문자열, 실제 값: 정수 `5`)"
        );
        assert!(
            json_error(Lang::En, &e).starts_with("invalid type: integer `5`, expected a string")
        );
        assert_eq!(
            toml_message(
                Lang::Ko,
                "invalid type: string \"x\", expected struct Settings"
            ),
            "값의 형식이 맞지 않습니다(필요한 형식: 테이블, 실제 값: 문자열 \"x\")"
        );
        // An uncommon expectation keeps serde's words in parentheses.
        assert_eq!(
            toml_message(Lang::Ko, "invalid type: string \"x\", expected a duration"),
            "값의 형식이 맞지 않습니다(string \"x\", expected a duration)"
        );
        assert_eq!(
            toml_message(Lang::Ko, "something new"),
            "구문 분석 오류(something new)"
        );
    }
}

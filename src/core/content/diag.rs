//! Findings of pack and config validation, with their location; the shell renders them like rustc
//! diagnostics (`content_text::render`).
//!
//! Pure: a finding carries the file name and the byte span; `locate` turns a span into line and column
//! against the source text. What is wrong is data (`FindingKind`), not a sentence. No I/O.

pub use super::kind::FindingKind;
use serde::Serialize;
use std::fmt::Write as _;
use std::ops::Range;

/// How bad a finding is: errors fail `awsdrill lint`, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The item cannot be used as written.
    Error,
    /// The item works but probably is not what the author meant.
    Warning,
}

/// One problem found in a file, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Error or warning.
    pub severity: Severity,
    /// A stable short code such as `duplicate-id` (documented in content/README.md).
    pub code: &'static str,
    /// The file's name as the user gave it (`content/packs/NAME` for a bundled pack).
    pub file: String,
    /// 1-based line; 0 when the finding is about the whole file.
    pub line: usize,
    /// 1-based column in characters; 0 when the finding is about the whole file.
    pub column: usize,
    /// What is wrong, with its data.
    pub kind: FindingKind,
    /// The offending source line, when there is one.
    pub source_line: Option<String>,
    /// How many characters of `source_line` the caret underlines.
    pub width: usize,
}

impl Finding {
    /// A finding located at `span` in `src`.
    pub fn at(
        severity: Severity,
        code: &'static str,
        file: &str,
        src: &str,
        span: Range<usize>,
        kind: FindingKind,
    ) -> Self {
        let loc = locate(src, span);
        Finding {
            severity,
            code,
            file: file.to_string(),
            line: loc.line,
            column: loc.column,
            kind,
            source_line: Some(loc.text),
            width: loc.width,
        }
    }

    /// A finding at a place already located (`locate_each`), without reading the source again.
    pub fn located(
        severity: Severity,
        code: &'static str,
        file: &str,
        at: &Location,
        kind: FindingKind,
    ) -> Self {
        Finding {
            severity,
            code,
            file: file.to_string(),
            line: at.line,
            column: at.column,
            kind,
            source_line: Some(at.text.clone()),
            width: at.width,
        }
    }

    /// A finding about a whole file (no line to point at).
    pub fn whole_file(
        severity: Severity,
        code: &'static str,
        file: &str,
        kind: FindingKind,
    ) -> Self {
        Finding {
            severity,
            code,
            file: file.to_string(),
            line: 0,
            column: 0,
            kind,
            source_line: None,
            width: 0,
        }
    }

    /// An error at `span` (shorthand).
    pub fn error(
        code: &'static str,
        file: &str,
        src: &str,
        span: Range<usize>,
        kind: FindingKind,
    ) -> Self {
        Self::at(Severity::Error, code, file, src, span, kind)
    }

    /// `file:line:col`, or just the file for whole-file findings.
    pub fn location(&self) -> String {
        if self.line == 0 {
            self.file.clone()
        } else {
            format!("{}:{}:{}", self.file, self.line, self.column)
        }
    }
}

/// The most characters of a source line shown in a rendered finding.
const MAX_SHOWN: usize = 120;

/// The printable part of `line` around `column`: (text, caret offset, caret width), all counted in
/// printed characters. Long lines are cut to a window with `...` marks; control characters are escaped.
pub fn excerpt(line: &str, column: usize, width: usize) -> (String, usize, usize) {
    let chars: Vec<char> = line.chars().collect();
    let start = column.saturating_sub(1).min(chars.len());
    let end = (start + width).min(chars.len());
    let from = if chars.len() > MAX_SHOWN {
        start.saturating_sub(40)
    } else {
        0
    };
    let to = if chars.len() > MAX_SHOWN {
        (from + MAX_SHOWN)
            .min(chars.len())
            .max(start + 1)
            .min(chars.len())
    } else {
        chars.len()
    };
    let piece = |a: usize, b: usize| printable(&chars[a.min(b)..b].iter().collect::<String>());
    let before = piece(from, start);
    let marked = piece(start, end.min(to).max(start));
    let after = piece(end.min(to).max(start), to);
    let open = if from > 0 { "..." } else { "" };
    let close = if to < chars.len() { "..." } else { "" };
    let lead = open.len() + before.chars().count();
    let width = marked.chars().count();
    (format!("{open}{before}{marked}{after}{close}"), lead, width)
}

/// A line and column in a source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, counted in characters.
    pub column: usize,
    /// The whole line, without its line break.
    pub text: String,
    /// Characters of the span on that line (at least 1).
    pub width: usize,
}

/// Turns a byte span into a line, a column (in characters) and the underline width on that line.
/// Spans that fall inside a character or past the end are clamped, never a panic.
pub fn locate(src: &str, span: Range<usize>) -> Location {
    let start = span_start(src, &span);
    locate_on(src, span, src[..start].matches('\n').count() + 1)
}

/// `locate` for many spans, counting lines in one pass over the text while the spans go forward
/// (a span before the previous one counts from the top again).
pub fn locate_each(src: &str, spans: impl IntoIterator<Item = Range<usize>>) -> Vec<Location> {
    let (mut at, mut line) = (0, 1);
    spans
        .into_iter()
        .map(|span| {
            let start = span_start(src, &span);
            if start < at {
                (at, line) = (0, 1);
            }
            line += src[at..start].matches('\n').count();
            at = start;
            locate_on(src, span, line)
        })
        .collect()
}

/// The start of `span`, clamped into `src` and onto a character boundary.
fn span_start(src: &str, span: &Range<usize>) -> usize {
    let mut start = span.start.min(src.len());
    while !src.is_char_boundary(start) {
        start -= 1;
    }
    start
}

/// `locate` when the line of the span's start is known.
fn locate_on(src: &str, span: Range<usize>, line: usize) -> Location {
    let start = span_start(src, &span);
    let line_start = src[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[start..].find('\n').map_or(src.len(), |i| start + i);
    let column = src[line_start..start].chars().count() + 1;
    let mut end = span.end.clamp(start, line_end);
    while !src.is_char_boundary(end) {
        end -= 1;
    }
    let width = src[start..end].chars().count().max(1);
    let text = src[line_start..line_end].trim_end_matches('\r').to_string();
    Location {
        line,
        column,
        text,
        width,
    }
}

/// The name of an invisible character that changes how text is shown or matched: the bidirectional
/// controls (embeddings, overrides, isolates and marks, which can make text read differently from
/// what it is) and the zero-width characters; `None` for every other character.
pub fn invisible(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{061c}' => "arabic letter mark",
        '\u{200b}' => "zero width space",
        '\u{200c}' => "zero width non-joiner",
        '\u{200d}' => "zero width joiner",
        '\u{200e}' => "left-to-right mark",
        '\u{200f}' => "right-to-left mark",
        '\u{202a}' => "left-to-right embedding",
        '\u{202b}' => "right-to-left embedding",
        '\u{202c}' => "pop directional formatting",
        '\u{202d}' => "left-to-right override",
        '\u{202e}' => "right-to-left override",
        '\u{2060}' => "word joiner",
        '\u{2066}' => "left-to-right isolate",
        '\u{2067}' => "right-to-left isolate",
        '\u{2068}' => "first strong isolate",
        '\u{2069}' => "pop directional isolate",
        '\u{feff}' => "zero width no-break space",
        _ => return None,
    })
}

/// Whether `printable` shows `c` escaped: control characters other than tab and line break, and the
/// invisible characters of `invisible`.
fn escaped(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n') || invisible(c).is_some()
}

/// Makes text safe to print on a terminal: control characters (escape sequences included) and
/// invisible bidirectional and zero-width characters are shown as `\u{..}` instead of being sent
/// raw. Tabs and line breaks are kept. Escaped text is left as it is
/// (the backslash itself is not escaped), so applying it twice changes nothing.
pub fn printable(text: &str) -> String {
    escape_with(text, |out, c| {
        let _ = write!(out, "\\u{{{:x}}}", c as u32);
    })
}

/// `text` with every character `escaped` says to escape written by `escape`.
fn escape_with(text: &str, escape: impl Fn(&mut String, char)) -> String {
    if !text.chars().any(escaped) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if escaped(c) {
            escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `printable` for JSON text: the characters `printable` escapes are written as JSON escapes
/// (`\u001b`), so the document reads back to the same strings and is still safe on a terminal. They
/// can only occur inside strings (JSON allows nothing else outside them), where such an escape is
/// valid.
pub fn printable_json(json: &str) -> String {
    escape_with(json, |out, c| {
        let mut units = [0u16; 2];
        for u in c.encode_utf16(&mut units) {
            let _ = write!(out, "\\u{u:04x}");
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate_each_agrees_with_locate() {
        let src = "a = 1\nname = \"h\u{e9}llo\"\n\nz = 2\n";
        let spans = [0..1, 8..12, 13..14, 100..101, 6..10, 17..20];
        let each = locate_each(src, spans.iter().cloned());
        let one: Vec<Location> = spans.iter().map(|s| locate(src, s.clone())).collect();
        assert_eq!(each, one);
    }

    #[test]
    fn locate_counts_lines_and_characters() {
        let src = "a = 1\nname = \"héllo\"\nz = 2\n";
        let start = src.find("\"h").unwrap();
        let loc = locate(src, start..start + "\"héllo\"".len());
        assert_eq!(loc.line, 2);
        assert_eq!(loc.column, 8);
        assert_eq!(loc.width, 7);
        assert_eq!(loc.text, "name = \"héllo\"");
    }

    #[test]
    fn locate_clamps_spans_out_of_range() {
        let loc = locate("ab", 10..20);
        assert_eq!((loc.line, loc.column, loc.width), (1, 3, 1));
        let loc = locate("é", 1..2);
        assert_eq!((loc.line, loc.column), (1, 1));
    }

    #[test]
    fn printable_escapes_terminal_control_sequences() {
        assert_eq!(printable("a\u{1b}[2Jb\tc"), "a\\u{1b}[2Jb\tc");
        assert_eq!(printable(&printable("\u{9b}x\u{7}")), "\\u{9b}x\\u{7}");
    }

    #[test]
    fn printable_marks_bidi_controls_and_zero_width_characters() {
        let text = "admin\u{202e}txt.exe\u{2066}\u{200b}\u{feff}\u{61c}\u{200f}";
        assert_eq!(
            printable(text),
            "admin\\u{202e}txt.exe\\u{2066}\\u{200b}\\u{feff}\\u{61c}\\u{200f}"
        );
        let json = printable_json(&serde_json::json!({ "t": text }).to_string());
        assert!(json.is_ascii(), "{json}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&json).unwrap()["t"],
            text
        );
        // Korean and other scripts are untouched.
        assert_eq!(printable("Lambda 메모리는 عربي"), "Lambda 메모리는 عربي");
    }

    #[test]
    fn printable_json_keeps_the_document_and_its_strings() {
        let doc = serde_json::json!({ "file": "a\u{1b}]0;x\u{7}\u{9b}b.toml" }).to_string();
        let safe = printable_json(&doc);
        assert!(!safe.chars().any(escaped), "{safe}");
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["file"], "a\u{1b}]0;x\u{7}\u{9b}b.toml");
    }
}

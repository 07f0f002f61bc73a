//! The `invisible-char` warning: bidirectional controls and zero-width characters in a pack file.
//!
//! Such a character is not seen, but it changes how the text around it is shown (an override can make
//! `txt.exe` read as `exe.txt`) or how it matches. Pure.

use super::super::diag::invisible;
use super::super::kind::FindingKind;
use super::super::reader::Ctx;
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

/// At most this many warnings per file; the rest are counted in the last one.
const MAX_WARNINGS: usize = 20;

/// Warns about every line that holds an invisible character (comments included), and about every
/// string or key that gets one from an escape such as `\u202E`.
pub(super) fn check(ctx: &mut Ctx, doc: &Spanned<DeTable>) {
    let mut found: Vec<(Range<usize>, char)> = Vec::new();
    let mut line = 0usize;
    let mut last_line = usize::MAX;
    for (at, c) in ctx.src.char_indices() {
        if c == '\n' {
            line += 1;
        } else if invisible(c).is_some() && !(at == 0 && c == '\u{feff}') && line != last_line {
            last_line = line;
            found.push((at..at + c.len_utf8(), c));
        }
    }
    let mut escaped = Vec::new();
    walk_table(ctx.src, doc.get_ref(), &mut escaped);
    found.extend(escaped);
    found.sort_by_key(|(span, _)| span.start);
    let total = found.len();
    for (i, (span, c)) in found.into_iter().enumerate().take(MAX_WARNINGS) {
        let more = if i + 1 == MAX_WARNINGS && total > MAX_WARNINGS {
            total - MAX_WARNINGS
        } else {
            0
        };
        ctx.warn(
            "invisible-char",
            span,
            FindingKind::InvisibleChar { c, more },
        );
    }
}

/// The first invisible character of `text`, when the file does not hold it literally at `span`
/// (it came from an escape, so the scan of the source did not see it).
fn from_escape(src: &str, text: &str, span: &Range<usize>) -> Option<char> {
    let c = text.chars().find(|c| invisible(*c).is_some())?;
    let literal = src
        .get(span.clone())
        .is_some_and(|s| s.chars().any(|c| invisible(c).is_some()));
    (!literal).then_some(c)
}

fn walk_table(src: &str, table: &DeTable, out: &mut Vec<(Range<usize>, char)>) {
    for (key, value) in table {
        if let Some(c) = from_escape(src, key.get_ref(), &key.span()) {
            out.push((key.span(), c));
        }
        walk_value(src, value, out);
    }
}

fn walk_value(src: &str, value: &Spanned<DeValue>, out: &mut Vec<(Range<usize>, char)>) {
    match value.get_ref() {
        DeValue::String(s) => {
            if let Some(c) = from_escape(src, s, &value.span()) {
                out.push((value.span(), c));
            }
        }
        DeValue::Array(items) => {
            for item in items {
                walk_value(src, item, out);
            }
        }
        DeValue::Table(t) => walk_table(src, t, out),
        _ => {}
    }
}

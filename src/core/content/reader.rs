//! Typed, located access to the fields of a parsed TOML table.
//!
//! Every problem becomes a `Finding` (wrong type, empty text, unknown field, missing field) and reading
//! goes on, so one run reports every error of a file. Pure.

use super::diag::{Finding, Severity};
use super::kind::{FindingKind as K, Item, Want};
use std::ops::Range;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

/// The longest text field accepted, in characters. Longer text is refused, not shown.
pub const MAX_TEXT_CHARS: usize = 20_000;

/// The file being read and the findings so far.
pub struct Ctx<'s> {
    /// The file name used in findings.
    pub file: &'s str,
    /// The whole source text (spans index into it).
    pub src: &'s str,
    /// Findings collected so far.
    pub findings: Vec<Finding>,
}

impl<'s> Ctx<'s> {
    /// Records an error at `span`.
    pub fn error(&mut self, code: &'static str, span: Range<usize>, kind: K) {
        let f = Finding::at(Severity::Error, code, self.file, self.src, span, kind);
        self.findings.push(f);
    }

    /// Records a warning at `span`.
    pub fn warn(&mut self, code: &'static str, span: Range<usize>, kind: K) {
        let f = Finding::at(Severity::Warning, code, self.file, self.src, span, kind);
        self.findings.push(f);
    }
}

/// A value read from the file with the span it came from.
pub type At<T> = (T, Range<usize>);

/// A table being read: remembers which keys were asked for, to report the others as unknown.
pub struct Table<'a, 'i> {
    table: &'a DeTable<'i>,
    /// The span of the whole table (used for missing fields).
    pub span: Range<usize>,
    /// The table, as messages name it (for example the card `timeout-max`).
    pub what: Item,
    allowed: &'static [&'static str],
}

impl<'a, 'i> Table<'a, 'i> {
    /// Starts reading `table`; keys outside `allowed` are reported by `finish`.
    pub fn new(
        table: &'a DeTable<'i>,
        span: Range<usize>,
        what: Item,
        allowed: &'static [&'static str],
    ) -> Self {
        Table {
            table,
            span,
            what,
            allowed,
        }
    }

    /// The span of the table, so that a missing field points at its header line.
    pub fn head(&self) -> Range<usize> {
        self.span.clone()
    }

    /// The raw value of `key`, if present.
    pub fn raw(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    /// Whether `key` is present.
    pub fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    /// Reports a missing required field.
    pub fn missing(&self, ctx: &mut Ctx, key: &str) {
        ctx.error(
            "missing-field",
            self.head(),
            K::MissingField {
                item: self.what.clone(),
                key: key.to_string(),
            },
        );
    }

    fn wrong_type(&self, ctx: &mut Ctx, key: &str, want: Want, v: &Spanned<DeValue>) {
        ctx.error(
            "wrong-type",
            v.span(),
            K::WrongType {
                item: self.what.clone(),
                key: key.to_string(),
                want,
                found: v.get_ref().type_str().to_string(),
            },
        );
    }

    /// A text field: must be a non-empty string of at most `MAX_TEXT_CHARS` characters.
    pub fn text(&self, ctx: &mut Ctx, key: &str, required: bool) -> Option<At<String>> {
        let Some(v) = self.raw(key) else {
            if required {
                self.missing(ctx, key);
            }
            return None;
        };
        let Some(s) = v.get_ref().as_str() else {
            self.wrong_type(ctx, key, Want::Text, v);
            return None;
        };
        if s.trim().is_empty() {
            ctx.error(
                "empty-text",
                v.span(),
                K::EmptyText {
                    item: self.what.clone(),
                    key: key.to_string(),
                },
            );
            return None;
        }
        let chars = s.chars().count();
        if chars > MAX_TEXT_CHARS {
            ctx.error(
                "text-too-long",
                v.span(),
                K::TextTooLong {
                    item: self.what.clone(),
                    key: key.to_string(),
                    chars,
                    limit: MAX_TEXT_CHARS,
                },
            );
            return None;
        }
        Some((s.to_string(), v.span()))
    }

    /// A number field (integer or float).
    pub fn number(&self, ctx: &mut Ctx, key: &str, required: bool) -> Option<At<f64>> {
        let Some(v) = self.raw(key) else {
            if required {
                self.missing(ctx, key);
            }
            return None;
        };
        let value = v.get_ref();
        if !(value.is_integer() || value.is_float()) {
            self.wrong_type(ctx, key, Want::Number, v);
            return None;
        }
        match serde::Deserialize::deserialize(ValueDeserializer::from(v.clone())) {
            Ok(n) => Some((n, v.span())),
            Err(e) => {
                let kind = K::BadValue {
                    item: self.what.clone(),
                    key: key.to_string(),
                    error: e.message().to_string(),
                };
                ctx.error("wrong-type", v.span(), kind);
                None
            }
        }
    }

    /// A whole number field.
    pub fn integer(&self, ctx: &mut Ctx, key: &str, required: bool) -> Option<At<i64>> {
        let Some(v) = self.raw(key) else {
            if required {
                self.missing(ctx, key);
            }
            return None;
        };
        if !v.get_ref().is_integer() {
            self.wrong_type(ctx, key, Want::WholeNumber, v);
            return None;
        }
        match serde::Deserialize::deserialize(ValueDeserializer::from(v.clone())) {
            Ok(n) => Some((n, v.span())),
            Err(e) => {
                let kind = K::BadValue {
                    item: self.what.clone(),
                    key: key.to_string(),
                    error: e.message().to_string(),
                };
                ctx.error("wrong-type", v.span(), kind);
                None
            }
        }
    }

    /// A true/false field.
    pub fn boolean(&self, ctx: &mut Ctx, key: &str) -> Option<At<bool>> {
        let v = self.raw(key)?;
        match v.get_ref().as_bool() {
            Some(b) => Some((b, v.span())),
            None => {
                self.wrong_type(ctx, key, Want::Boolean, v);
                None
            }
        }
    }

    /// A date field written as a TOML local date (`2026-11-24`), returned as `YYYY-MM-DD`.
    pub fn date(&self, ctx: &mut Ctx, key: &str, required: bool) -> Option<At<String>> {
        let Some(v) = self.raw(key) else {
            if required {
                self.missing(ctx, key);
            }
            return None;
        };
        match v.get_ref().as_datetime() {
            Some(dt) if dt.date.is_some() && dt.time.is_none() => {
                Some((dt.date.unwrap().to_string(), v.span()))
            }
            _ => {
                self.wrong_type(ctx, key, Want::Date, v);
                None
            }
        }
    }

    /// A list of non-empty strings.
    pub fn text_list(&self, ctx: &mut Ctx, key: &str, required: bool) -> Vec<At<String>> {
        let Some(v) = self.raw(key) else {
            if required {
                self.missing(ctx, key);
            }
            return Vec::new();
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(ctx, key, Want::TextList, v);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref().as_str() {
                Some(s) if !s.trim().is_empty() => out.push((s.to_string(), item.span())),
                Some(_) => ctx.error(
                    "empty-text",
                    item.span(),
                    K::EmptyEntry {
                        item: self.what.clone(),
                        key: key.to_string(),
                    },
                ),
                None => self.wrong_type(ctx, key, Want::TextList, item),
            }
        }
        out
    }

    /// A sub-table (inline or not).
    pub fn table(&self, ctx: &mut Ctx, key: &str) -> Option<(&'a DeTable<'i>, Range<usize>)> {
        let v = self.raw(key)?;
        match v.get_ref().as_table() {
            Some(t) => Some((t, v.span())),
            None => {
                self.wrong_type(ctx, key, Want::Table, v);
                None
            }
        }
    }

    /// A list of tables (`[[key]]`).
    pub fn tables(&self, ctx: &mut Ctx, key: &str) -> Vec<(&'a DeTable<'i>, Range<usize>)> {
        let Some(v) = self.raw(key) else {
            return Vec::new();
        };
        let Some(items) = v.get_ref().as_array() else {
            self.wrong_type(ctx, key, Want::TableList, v);
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            match item.get_ref().as_table() {
                Some(t) => out.push((t, item.span())),
                None => self.wrong_type(ctx, key, Want::TableList, item),
            }
        }
        out
    }

    /// Reports every key that is not in the allowed list.
    pub fn finish(self, ctx: &mut Ctx) {
        let mut unknown: Vec<_> = self
            .table
            .iter()
            .filter(|(k, _)| !self.allowed.contains(&k.get_ref().as_ref()))
            .map(|(k, _)| (k.get_ref().to_string(), k.span()))
            .collect();
        unknown.sort_by_key(|(_, span)| span.start);
        for (key, span) in unknown {
            let suggestion = closest(&key, self.allowed).map(str::to_string);
            ctx.error(
                "unknown-field",
                span,
                K::UnknownField {
                    item: self.what.clone(),
                    key,
                    suggestion,
                    allowed: self.allowed.iter().map(|k| k.to_string()).collect(),
                },
            );
        }
    }
}

/// The allowed key closest to a misspelt one, when it is close enough to be a typo.
fn closest<'k>(key: &str, allowed: &[&'k str]) -> Option<&'k str> {
    allowed
        .iter()
        .map(|k| (edit_distance(key, k), *k))
        .filter(|(d, k)| *d <= 2 && *d < k.len())
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

/// Levenshtein distance over characters (short keys only).
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closest_suggests_typos_only() {
        assert_eq!(closest("frnt", &["front", "back"]), Some("front"));
        assert_eq!(closest("zzzzzz", &["front", "back"]), None);
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }
}

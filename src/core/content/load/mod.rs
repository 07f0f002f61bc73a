//! From the bytes of one pack file to a validated `Pack` and its located findings.
//!
//! Checks that need only this file happen here; checks across packs (id collisions, links to other
//! packs) are in `checks`. Pure: the caller reads the file.

use super::reader::{At, Ctx, Table};
use super::{
    Card, CardBody, CardText, Choice, ClozeError, Difficulty, Pack, Question, SCHEMA_VERSION,
    cloze_deletions, stated_choice_count,
};
use crate::core::content::diag::{Finding, Severity};
use crate::core::domain::Domain;
use std::collections::HashMap;
use std::ops::Range;

mod cards;
mod invisible;
mod near;
mod questions;
pub mod shape;
use cards::read_cards;
pub use near::Places;
pub(crate) use near::card_prompt;
use questions::{read_generators, read_questions};
use toml::de::DeTable;

/// The largest pack file accepted, in bytes. Larger files are refused with a clear error.
pub const MAX_PACK_BYTES: usize = 8 * 1024 * 1024;

/// What reading one pack file produced.
#[derive(Debug, Clone)]
pub struct PackReport {
    /// The file name used in findings.
    pub file: String,
    /// The pack built from the valid items, when the `[pack]` table could be read.
    pub pack: Option<Pack>,
    /// Every finding, in file order.
    pub findings: Vec<Finding>,
    /// Where the pack id is written (for collision messages), `file:line:col`.
    pub id_location: Option<String>,
    /// Links to cards of other packs, resolved by `check_set`: (target full id, finding if unknown).
    pub pending_links: Vec<(String, Finding)>,
    /// Where the pack's cards and questions are written, when read with warnings (for
    /// `check_set`'s near duplicates across packs).
    pub places: Places,
}

impl PackReport {
    /// Whether any finding is an error.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

const TOP_KEYS: &[&str] = &["pack", "card", "question", "generator"];
const GENERATOR_KEYS: &[&str] = &["id", "kind", "tags", "source", "domain"];
const PACK_KEYS: &[&str] = &[
    "id",
    "title",
    "services",
    "schema",
    "checked",
    "description",
];
const CARD_KEYS: &[&str] = &[
    "id",
    "kind",
    "front",
    "back",
    "text",
    "answer",
    "unit",
    "tolerance",
    "note",
    "tags",
    "source",
    "domain",
    "group",
    "ko",
];
const CARD_KO_KEYS: &[&str] = &["front", "back", "text", "note"];
const QUESTION_KEYS: &[&str] = &[
    "id",
    "domain",
    "task",
    "service",
    "difficulty",
    "stem",
    "choice",
    "source",
    "cards",
    "tags",
    "ko",
];
const QUESTION_KO_KEYS: &[&str] = &["stem"];
const CHOICE_KEYS: &[&str] = &["text", "correct", "why", "ko"];
const CHOICE_KO_KEYS: &[&str] = &["text", "why"];

/// Reads one pack file with every check, warnings included (what `awsdrill lint` runs). `file`
/// names it in findings; `bytes` is its whole content.
pub fn parse_pack(file: &str, bytes: &[u8]) -> PackReport {
    parse_pack_with(file, bytes, true)
}

/// Reads one pack file; `warnings` turns on the checks that only help authors (near duplicates),
/// which the app skips when it loads packs.
pub fn parse_pack_with(file: &str, bytes: &[u8], warnings: bool) -> PackReport {
    let mut report = PackReport {
        file: file.to_string(),
        pack: None,
        findings: Vec::new(),
        id_location: None,
        pending_links: Vec::new(),
        places: Places::default(),
    };
    if bytes.len() > MAX_PACK_BYTES {
        report.findings.push(Finding::whole_file(
            Severity::Error,
            "file-too-large",
            file,
            format!(
                "the file has {} bytes; packs are limited to {} bytes",
                bytes.len(),
                MAX_PACK_BYTES
            ),
        ));
        return report;
    }
    let src = match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let good = &bytes[..e.valid_up_to()];
            let lossy = String::from_utf8_lossy(bytes);
            let at = String::from_utf8_lossy(good).len();
            report.findings.push(Finding::error(
                "not-text",
                file,
                &lossy,
                at..at + 1,
                "the file is not valid UTF-8 text (is it a binary file?)",
            ));
            return report;
        }
    };
    if src.contains('\0') {
        let at = src.find('\0').unwrap_or(0);
        report.findings.push(Finding::error(
            "not-text",
            file,
            src,
            at..at + 1,
            "the file contains a NUL byte (is it a binary file?)",
        ));
        return report;
    }
    if let Err((code, span, msg)) = shape::check(src) {
        report
            .findings
            .push(Finding::error(code, file, src, span, msg));
        return report;
    }
    let (doc, errors) = DeTable::parse_recoverable(src);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let msg = format!("invalid TOML: {}", e.message().trim_end());
            report
                .findings
                .push(Finding::error("toml-syntax", file, src, span, msg));
        }
        return report;
    }
    let mut ctx = Ctx {
        file,
        src,
        findings: Vec::new(),
    };
    let top = Table::new(doc.get_ref(), doc.span(), "the file", TOP_KEYS);
    let header = read_header(&mut ctx, &top);
    let pack_id = header.as_ref().map(|h| h.id.clone());
    let prefix = pack_id.clone().unwrap_or_else(|| "?".to_string());
    let cards = read_cards(&mut ctx, &top, &prefix);
    let card_ids: HashMap<String, ()> = cards.iter().map(|c| (c.card.id.clone(), ())).collect();
    let questions = read_questions(&mut ctx, &top, &prefix, &card_ids, &mut report);
    let generators = read_generators(&mut ctx, &top, &prefix, &card_ids);
    if warnings {
        report.places = Places::of(src, &cards, &questions);
        near::near_duplicates(&mut ctx, &cards, &questions, &report.places);
        invisible::check(&mut ctx, &doc);
    }
    top.finish(&mut ctx);
    report.findings.append(&mut ctx.findings);
    report.findings.sort_by_key(|f| (f.line, f.column));
    if let Some(h) = header {
        report.id_location = Some(h.id_location);
        report.pack = Some(Pack {
            id: h.id,
            title: h.title,
            services: h.services,
            checked: h.checked,
            description: h.description,
            cards: cards.into_iter().map(|c| Box::new(c.card)).collect(),
            questions: questions.into_iter().map(|q| q.question).collect(),
            generators,
            origin: file.to_string(),
        });
    }
    report
}

struct Header {
    id: String,
    id_location: String,
    title: String,
    services: Vec<String>,
    checked: String,
    description: Option<String>,
}

fn read_header(ctx: &mut Ctx, top: &Table) -> Option<Header> {
    let Some((table, span)) = top.table(ctx, "pack") else {
        if !top.has("pack") {
            ctx.error(
                "missing-field",
                0..0,
                "the file has no [pack] table (id, title, services, schema, checked)",
            );
        }
        return None;
    };
    let t = Table::new(table, span, "[pack]", PACK_KEYS);
    let id = t.text(ctx, "id", true);
    if let Some((id, span)) = &id {
        check_id(ctx, id, span.clone(), "pack id");
    }
    let title = t.text(ctx, "title", true);
    let services = t.text_list(ctx, "services", true);
    if t.has("services")
        && services.is_empty()
        && let Some(v) = t.raw("services")
    {
        ctx.error(
            "empty-text",
            v.span(),
            "`services` of [pack] lists no service",
        );
    }
    if let Some((v, span)) = t.integer(ctx, "schema", true)
        && v != i64::from(SCHEMA_VERSION)
    {
        ctx.error(
            "schema-version",
            span,
            format!("schema {v} is not supported; this awsdrill reads schema {SCHEMA_VERSION}"),
        );
    }
    let checked = t.date(ctx, "checked", true);
    let description = t.text(ctx, "description", false).map(|(s, _)| s);
    t.finish(ctx);
    let (id, id_span) = id?;
    let loc = crate::core::content::diag::locate(ctx.src, id_span);
    Some(Header {
        id,
        id_location: format!("{}:{}:{}", ctx.file, loc.line, loc.column),
        title: title.map(|(s, _)| s).unwrap_or_default(),
        services: services.into_iter().map(|(s, _)| s).collect(),
        checked: checked.map(|(s, _)| s).unwrap_or_default(),
        description,
    })
}

/// Ids: lowercase ASCII letters, digits and hyphens, starting with a letter or digit, at most 64.
pub(crate) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

fn check_id(ctx: &mut Ctx, id: &str, span: Range<usize>, what: &str) -> bool {
    if valid_id(id) {
        return true;
    }
    ctx.error(
        "bad-id",
        span,
        format!(
            "{what} `{}` must use lowercase letters, digits and hyphens (at most 64 characters)",
            crate::core::content::diag::printable(id)
        ),
    );
    false
}

fn check_source(ctx: &mut Ctx, t: &Table) -> Option<String> {
    let (url, span) = t.text(ctx, "source", true)?;
    match source_problem(&url) {
        Ok(host) => {
            if host != "docs.aws.amazon.com" && host != "aws.amazon.com" {
                ctx.warn(
                    "source-host",
                    span,
                    format!(
                        "`source` of {} is on {host}, not on docs.aws.amazon.com or aws.amazon.com",
                        t.what
                    ),
                );
            }
            Some(url)
        }
        Err(why) => {
            ctx.error("bad-source", span, format!("`source` of {} {why}", t.what));
            None
        }
    }
}

/// Checks that a source is a plain https URL, the page the app opens and copies (Ctrl-Y): no
/// control, format or whitespace character anywhere (a URL parser would drop some of them
/// silently, and an OSC 52 payload would reach the clipboard), then a URL parser's verdict, no user
/// name or password. Returns the host, or the end of a sentence that says what is wrong.
fn source_problem(url: &str) -> Result<String, String> {
    if let Some(c) = url
        .chars()
        .find(|&c| c.is_control() || c.is_whitespace() || is_format(c))
    {
        let what = if c.is_control() {
            "a control character"
        } else if c.is_whitespace() {
            "a space"
        } else {
            "an invisible formatting character"
        };
        return Err(format!(
            "contains U+{:04X}, {what}; a source is a plain https:// URL",
            c as u32
        ));
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return Err("must be an https:// URL".into());
    };
    // A parser reads `https:///x` as the host `x`; written so, the URL is not plain.
    if rest.starts_with(['/', '\\']) {
        return Err("is not a valid URL: it has no host after https://".into());
    }
    let parsed = url::Url::parse(url).map_err(|e| format!("is not a valid URL: {e}"))?;
    if parsed.scheme() != "https" {
        return Err("must be an https:// URL".into());
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err("carries a user name or password; a source is a plain https:// URL".into());
    }
    match parsed.host_str() {
        Some(host) if !host.is_empty() => Ok(host.to_string()),
        _ => Err("is not a valid URL: it has no host".into()),
    }
}

/// Unicode format characters (general category Cf): invisible, and able to change how text shows.
fn is_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2 | 0x180E
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF
        | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3
        | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

fn read_domain(ctx: &mut Ctx, t: &Table, required: bool) -> Option<Domain> {
    let (key, span) = t.text(ctx, "domain", required)?;
    let d = Domain::from_key(&key);
    if d.is_none() {
        ctx.error(
            "bad-domain",
            span,
            format!(
                "domain `{}` of {} is not one of the four DVA-C02 domains: development, security, deployment, troubleshooting",
                crate::core::content::diag::printable(&key),
                t.what
            ),
        );
    }
    d
}

/// Item ids seen so far in one list (with where they were first written, as a byte offset), to
/// report duplicates with the first place. The line is only worked out when there is a duplicate.
struct Seen(HashMap<String, usize>);

impl Seen {
    fn check(&mut self, ctx: &mut Ctx, id: &str, span: Range<usize>, what: &str) -> bool {
        if let Some(&at) = self.0.get(id) {
            let line = crate::core::content::diag::locate(ctx.src, at..at).line;
            ctx.error(
                "duplicate-id",
                span,
                format!("duplicate {what} id `{id}` (first used on line {line})"),
            );
            return false;
        }
        self.0.insert(id.to_string(), span.start);
        true
    }
}
/// Lowercase, single-spaced, without trailing punctuation: for comparing texts.
pub(crate) fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
        .trim_end_matches(['.', '!', '?'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::source_problem;

    #[test]
    fn a_source_is_a_plain_https_url() {
        let ok = "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html#x?y=1";
        assert_eq!(source_problem(ok).as_deref(), Ok("docs.aws.amazon.com"));
        for (bad, why) in [
            // An OSC 52 payload: the clipboard would receive it.
            (
                "https://docs.aws.amazon.com/\u{1b}]52;c;cHduZWQ=\u{7}",
                "U+001B, a control character",
            ),
            (
                "https://docs.aws.amazon.com/a\u{9b}b",
                "U+009B, a control character",
            ),
            (
                "https://docs.aws.amazon.com/a\tb",
                "U+0009, a control character",
            ),
            ("https://docs.aws.amazon.com/a b", "U+0020, a space"),
            (" https://docs.aws.amazon.com/", "U+0020, a space"),
            ("https://docs.aws.amazon.com/a\u{a0}b", "U+00A0, a space"),
            (
                "https://docs.aws.amazon.com/\u{202e}lmth.exe",
                "U+202E, an invisible",
            ),
            (
                "https://docs.aws\u{200b}.amazon.com/",
                "U+200B, an invisible",
            ),
            ("https://docs.aws.amazon.com/\u{ad}", "U+00AD, an invisible"),
            ("http://docs.aws.amazon.com/", "must be an https:// URL"),
            ("javascript:alert(1)", "must be an https:// URL"),
            ("https://", "is not a valid URL"),
            ("https:///path", "is not a valid URL"),
            ("https://exa<mple.com/", "is not a valid URL"),
            ("https://[::1/", "is not a valid URL"),
            (
                "https://user:secret@docs.aws.amazon.com/",
                "user name or password",
            ),
        ] {
            let got = source_problem(bad).expect_err(bad);
            assert!(got.contains(why), "{bad:?}: {got}");
        }
    }
}

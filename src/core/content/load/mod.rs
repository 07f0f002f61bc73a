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
use crate::core::content::kind::{CharClass, FindingKind as K, IdRole, Item, SourceProblem};
use crate::core::domain::Domain;
use std::collections::HashMap;
use std::ops::Range;

mod cards;
mod invisible;
mod korean;
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
    /// The ids of the pack's cards and questions, when it was loaded with only those
    /// (`pack_cache::Detail::Ids`): the pack then has no cards or questions of its own.
    pub roster: Option<super::Roster>,
    /// The pack's cards as a table, when they were loaded for a study session
    /// (`packs::load_deck`): the pack then has no cards of its own.
    pub table: Option<super::CardTable>,
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
const CARD_KO_KEYS: &[&str] = &["front", "back", "text", "note", "unit"];
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
        roster: None,
        table: None,
    };
    if bytes.len() > MAX_PACK_BYTES {
        report.findings.push(Finding::whole_file(
            Severity::Error,
            "file-too-large",
            file,
            K::FileTooLarge {
                bytes: bytes.len() as u64,
                limit: MAX_PACK_BYTES as u64,
            },
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
                K::NotUtf8,
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
            K::NulByte,
        ));
        return report;
    }
    if let Err((code, span, kind)) = shape::check(src) {
        report
            .findings
            .push(Finding::error(code, file, src, span, *kind));
        return report;
    }
    let (doc, errors) = DeTable::parse_recoverable(src);
    if !errors.is_empty() {
        for e in errors {
            let span = e.span().unwrap_or(0..0);
            let kind = K::TomlSyntax(e.message().trim_end().to_string());
            report
                .findings
                .push(Finding::error("toml-syntax", file, src, span, kind));
        }
        return report;
    }
    let mut ctx = Ctx {
        file,
        src,
        findings: Vec::new(),
    };
    let top = Table::new(doc.get_ref(), doc.span(), Item::File, TOP_KEYS);
    let header = read_header(&mut ctx, &top);
    let pack_id = header.as_ref().map(|h| h.id.clone());
    let prefix = pack_id.clone().unwrap_or_else(|| "?".to_string());
    let cards = read_cards(&mut ctx, &top, &prefix);
    let card_ids: HashMap<String, ()> = cards.iter().map(|c| (c.card.id.to_string(), ())).collect();
    let questions = read_questions(&mut ctx, &top, &prefix, &card_ids, &mut report);
    let generators = read_generators(&mut ctx, &top, &prefix, &card_ids);
    if warnings {
        report.places = Places::of(src, &cards, &questions);
        near::near_duplicates(&mut ctx, &cards, &questions, &report.places);
        invisible::check(&mut ctx, &doc);
        korean::check(&mut ctx, &cards, &questions);
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
            ctx.error("missing-field", 0..0, K::NoPackTable);
        }
        return None;
    };
    let t = Table::new(table, span, Item::PackTable, PACK_KEYS);
    let id = t.text(ctx, "id", true);
    if let Some((id, span)) = &id {
        check_id(ctx, id, span.clone(), IdRole::Pack);
    }
    let title = t.text(ctx, "title", true);
    let services = t.text_list(ctx, "services", true);
    if t.has("services")
        && services.is_empty()
        && let Some(v) = t.raw("services")
    {
        ctx.error("empty-text", v.span(), K::NoServices);
    }
    if let Some((v, span)) = t.integer(ctx, "schema", true)
        && v != i64::from(SCHEMA_VERSION)
    {
        ctx.error(
            "schema-version",
            span,
            K::SchemaVersion {
                found: v,
                supported: SCHEMA_VERSION,
            },
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

fn check_id(ctx: &mut Ctx, id: &str, span: Range<usize>, role: IdRole) -> bool {
    if valid_id(id) {
        return true;
    }
    let id = id.to_string();
    ctx.error("bad-id", span, K::BadId { role, id });
    false
}

fn check_source(ctx: &mut Ctx, t: &Table) -> Option<String> {
    let (url, span) = t.text(ctx, "source", true)?;
    match source_problem(&url) {
        Ok(host) => {
            if host != "docs.aws.amazon.com" && host != "aws.amazon.com" {
                let item = t.what.clone();
                ctx.warn("source-host", span, K::SourceHost { item, host });
            }
            Some(url)
        }
        Err(problem) => {
            let item = t.what.clone();
            ctx.error("bad-source", span, K::BadSource { item, problem });
            None
        }
    }
}

/// Checks that a source is a plain https URL, the page the app opens and copies (Ctrl-Y): no
/// control, format or whitespace character anywhere (a URL parser would drop some of them
/// silently, and an OSC 52 payload would reach the clipboard), then a URL parser's verdict, no user
/// name or password. Returns the host, or what is wrong.
pub fn source_problem(url: &str) -> Result<String, SourceProblem> {
    if let Some(c) = url
        .chars()
        .find(|&c| c.is_control() || c.is_whitespace() || is_format(c))
    {
        let class = if c.is_control() {
            CharClass::Control
        } else if c.is_whitespace() {
            CharClass::Space
        } else {
            CharClass::Format
        };
        return Err(SourceProblem::Character {
            code: c as u32,
            class,
        });
    }
    let Some(rest) = url.strip_prefix("https://") else {
        return Err(SourceProblem::NotHttps);
    };
    // A parser reads `https:///x` as the host `x`; written so, the URL is not plain.
    if rest.starts_with(['/', '\\']) {
        return Err(SourceProblem::NoHostAfterScheme);
    }
    let parsed = url::Url::parse(url).map_err(|e| SourceProblem::Invalid(e.to_string()))?;
    if parsed.scheme() != "https" {
        return Err(SourceProblem::NotHttps);
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(SourceProblem::Credentials);
    }
    match parsed.host_str() {
        Some(host) if !host.is_empty() => Ok(host.to_string()),
        _ => Err(SourceProblem::NoHost),
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
        let item = t.what.clone();
        ctx.error("bad-domain", span, K::BadDomain { item, domain: key });
    }
    d
}

/// Item ids seen so far in one list (with where they were first written, as a byte offset), to
/// report duplicates with the first place. The line is only worked out when there is a duplicate.
struct Seen(HashMap<String, usize>);

impl Seen {
    fn check(&mut self, ctx: &mut Ctx, id: &str, span: Range<usize>, role: IdRole) -> bool {
        if let Some(&at) = self.0.get(id) {
            let first_line = crate::core::content::diag::locate(ctx.src, at..at).line;
            let id = id.to_string();
            let kind = K::DuplicateId {
                role,
                id,
                first_line,
            };
            ctx.error("duplicate-id", span, kind);
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
    use crate::core::content::kind::{CharClass, SourceProblem as P};

    #[test]
    fn a_source_is_a_plain_https_url() {
        let ok = "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html#x?y=1";
        assert_eq!(source_problem(ok).as_deref(), Ok("docs.aws.amazon.com"));
        let char = |code, class| P::Character { code, class };
        for (bad, why) in [
            // An OSC 52 payload: the clipboard would receive it.
            (
                "https://docs.aws.amazon.com/\u{1b}]52;c;cHduZWQ=\u{7}",
                char(0x1b, CharClass::Control),
            ),
            (
                "https://docs.aws.amazon.com/a\u{9b}b",
                char(0x9b, CharClass::Control),
            ),
            (
                "https://docs.aws.amazon.com/a\tb",
                char(0x09, CharClass::Control),
            ),
            (
                "https://docs.aws.amazon.com/a b",
                char(0x20, CharClass::Space),
            ),
            (
                " https://docs.aws.amazon.com/",
                char(0x20, CharClass::Space),
            ),
            (
                "https://docs.aws.amazon.com/a\u{a0}b",
                char(0xa0, CharClass::Space),
            ),
            (
                "https://docs.aws.amazon.com/\u{202e}lmth.exe",
                char(0x202e, CharClass::Format),
            ),
            (
                "https://docs.aws\u{200b}.amazon.com/",
                char(0x200b, CharClass::Format),
            ),
            (
                "https://docs.aws.amazon.com/\u{ad}",
                char(0xad, CharClass::Format),
            ),
            ("http://docs.aws.amazon.com/", P::NotHttps),
            ("javascript:alert(1)", P::NotHttps),
            ("https:///path", P::NoHostAfterScheme),
            ("https://user:secret@docs.aws.amazon.com/", P::Credentials),
        ] {
            assert_eq!(source_problem(bad), Err(why), "{bad:?}");
        }
        for bad in ["https://", "https://exa<mple.com/", "https://[::1/"] {
            let got = source_problem(bad).expect_err(bad);
            assert!(matches!(got, P::Invalid(_) | P::NoHost), "{bad:?}: {got:?}");
        }
    }
}

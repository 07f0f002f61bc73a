//! From the bytes of one pack file to a validated `Pack` and its located findings.
//!
//! Checks that need only this file happen here; checks across packs (id collisions, links to other
//! packs) are in `checks`. Pure: the caller reads the file.

use super::diag::{Finding, Severity};
use super::reader::{At, Ctx, Table};
use super::{
    Card, CardBody, CardText, Choice, ClozeError, Pack, Question, SCHEMA_VERSION, cloze_deletions,
    similar, stated_choice_count,
};
use crate::core::domain::Domain;
use std::collections::HashMap;
use std::ops::Range;
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
    "id", "domain", "task", "service", "stem", "choice", "source", "cards", "tags", "ko",
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
        near_duplicates(&mut ctx, &cards, &questions);
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
            cards: cards.into_iter().map(|c| c.card).collect(),
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
    let loc = super::diag::locate(ctx.src, id_span);
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
            super::diag::printable(id)
        ),
    );
    false
}

fn check_source(ctx: &mut Ctx, t: &Table) -> Option<String> {
    let (url, span) = t.text(ctx, "source", true)?;
    let Some(rest) = url.strip_prefix("https://") else {
        ctx.error(
            "bad-source",
            span,
            format!("`source` of {} must be an https:// URL", t.what),
        );
        return None;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    if host.is_empty() || url.chars().any(char::is_whitespace) {
        ctx.error(
            "bad-source",
            span,
            format!("`source` of {} is not a valid URL", t.what),
        );
        return None;
    }
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

fn read_domain(ctx: &mut Ctx, t: &Table, required: bool) -> Option<Domain> {
    let (key, span) = t.text(ctx, "domain", required)?;
    let d = Domain::from_key(&key);
    if d.is_none() {
        ctx.error(
            "bad-domain",
            span,
            format!(
                "domain `{}` of {} is not one of the four DVA-C02 domains: development, security, deployment, troubleshooting",
                super::diag::printable(&key),
                t.what
            ),
        );
    }
    d
}

struct ReadCard {
    card: Card,
    span: Range<usize>,
    prompt: String,
}

/// Item ids seen so far in one list (with where they were first written, as a byte offset), to
/// report duplicates with the first place. The line is only worked out when there is a duplicate.
struct Seen(HashMap<String, usize>);

impl Seen {
    fn check(&mut self, ctx: &mut Ctx, id: &str, span: Range<usize>, what: &str) -> bool {
        if let Some(&at) = self.0.get(id) {
            let line = super::diag::locate(ctx.src, at..at).line;
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

fn read_cards(ctx: &mut Ctx, top: &Table, pack: &str) -> Vec<ReadCard> {
    let mut out = Vec::new();
    let mut seen = Seen(HashMap::new());
    for (table, span) in top.tables(ctx, "card") {
        let mut t = Table::new(table, span.clone(), "a card", CARD_KEYS);
        let id = t.text(ctx, "id", true);
        let mut ok = true;
        if let Some((id, span)) = &id {
            t.what = format!("card `{}`", super::diag::printable(id));
            ok &= check_id(ctx, id, span.clone(), "card id");
            ok &= seen.check(ctx, id, span.clone(), "card");
        }
        let body = read_body(ctx, &t);
        let source = check_source(ctx, &t);
        let domain = read_domain(ctx, &t, false);
        let domain_bad = t.has("domain") && domain.is_none();
        let tags = t.text_list(ctx, "tags", false);
        let group = t.text(ctx, "group", false);
        if let Some((g, span)) = &group {
            ok &= check_id(ctx, g, span.clone(), "group");
        }
        let note = t.text(ctx, "note", false).map(|(s, _)| s);
        let ko = read_card_ko(ctx, &t, body.as_ref(), note.is_some());
        t.finish(ctx);
        let (Some((id, _)), Some(body), Some(source), true, false) =
            (id, body, source, ok, domain_bad)
        else {
            continue;
        };
        let prompt = match &body {
            CardBody::Basic { front, .. } | CardBody::Numeric { front, .. } => front.clone(),
            CardBody::Cloze { text } => text.clone(),
            CardBody::Generated { .. } => String::new(),
        };
        out.push(ReadCard {
            card: Card {
                id: format!("{pack}/{id}"),
                body,
                tags: tags.into_iter().map(|(s, _)| s).collect(),
                source,
                domain,
                group: group.map(|(s, _)| s),
                note,
                ko,
            },
            span,
            prompt,
        });
    }
    out
}

fn read_body(ctx: &mut Ctx, t: &Table) -> Option<CardBody> {
    let (kind, kind_span) = t.text(ctx, "kind", true)?;
    let foreign: &[&str] = match kind.as_str() {
        "basic" => &["text", "answer", "unit", "tolerance"],
        "cloze" => &["front", "back", "answer", "unit", "tolerance"],
        "numeric" => &["back", "text"],
        other => {
            ctx.error(
                "bad-kind",
                kind_span,
                format!(
                    "kind `{}` of {} is not basic, cloze or numeric",
                    super::diag::printable(other),
                    t.what
                ),
            );
            return None;
        }
    };
    let mut ok = true;
    for key in foreign {
        if let Some(v) = t.raw(key) {
            ctx.error(
                "bad-kind",
                v.span(),
                format!("{} is a {kind} card, which has no `{key}` field", t.what),
            );
            ok = false;
        }
    }
    let body = match kind.as_str() {
        "basic" => {
            let front = t.text(ctx, "front", true);
            let back = t.text(ctx, "back", true);
            CardBody::Basic {
                front: front?.0,
                back: back?.0,
            }
        }
        "cloze" => {
            let (text, span) = t.text(ctx, "text", true)?;
            if !check_cloze(ctx, &text, span, &t.what, "text") {
                return None;
            }
            CardBody::Cloze { text }
        }
        _ => {
            let front = t.text(ctx, "front", true);
            let answer = t.number(ctx, "answer", true);
            let unit = match t.raw("unit") {
                None => {
                    ctx.error(
                        "numeric-no-unit",
                        t.head(),
                        format!("{} is a numeric card without a `unit`", t.what),
                    );
                    None
                }
                Some(v) if v.get_ref().as_str().is_some_and(|s| s.trim().is_empty()) => {
                    ctx.error(
                        "numeric-no-unit",
                        v.span(),
                        format!("the `unit` of {} is empty", t.what),
                    );
                    None
                }
                Some(_) => t.text(ctx, "unit", true),
            };
            let tolerance = t.number(ctx, "tolerance", false);
            let answer = check_number(ctx, answer, "answer", &t.what, false);
            let tolerance = check_number(ctx, tolerance, "tolerance", &t.what, true);
            CardBody::Numeric {
                front: front?.0,
                answer: answer?,
                unit: unit?.0,
                tolerance: tolerance.unwrap_or(0.0),
            }
        }
    };
    ok.then_some(body)
}

fn check_number(
    ctx: &mut Ctx,
    value: Option<At<f64>>,
    key: &str,
    what: &str,
    non_negative: bool,
) -> Option<f64> {
    let (n, span) = value?;
    if !n.is_finite() || (non_negative && n < 0.0) {
        let want = if non_negative {
            "a finite number, zero or more"
        } else {
            "a finite number"
        };
        ctx.error(
            "bad-number",
            span,
            format!("`{key}` of {what} must be {want}"),
        );
        return None;
    }
    Some(n)
}

/// Checks a cloze text; reports at the right place inside the string when it can.
fn check_cloze(ctx: &mut Ctx, text: &str, span: Range<usize>, what: &str, key: &str) -> bool {
    let inner = inner_offset(ctx.src, &span, text);
    match cloze_deletions(text) {
        Ok(d) if d.is_empty() => {
            ctx.error(
                "cloze-no-deletion",
                span,
                format!("`{key}` of {what} has no {{{{...}}}} deletion"),
            );
            false
        }
        Ok(_) => true,
        Err(ClozeError::Unclosed(at)) => {
            let s = inner.map_or(span.clone(), |o| o + at..o + at + 2);
            ctx.error(
                "cloze-no-deletion",
                s,
                format!(
                    "`{key}` of {what} opens a deletion with {{{{ that is never closed with }}}}"
                ),
            );
            false
        }
        Err(ClozeError::Empty(at)) => {
            let s = inner.map_or(span.clone(), |o| o + at..o + at + 2);
            ctx.error(
                "cloze-no-deletion",
                s,
                format!("`{key}` of {what} has an empty deletion"),
            );
            false
        }
    }
}

/// Where the string's characters start in the source, when the literal is written without escapes.
fn inner_offset(src: &str, span: &Range<usize>, text: &str) -> Option<usize> {
    let lit = src.get(span.clone())?;
    lit.find(text).map(|i| span.start + i)
}

fn read_card_ko(
    ctx: &mut Ctx,
    t: &Table,
    body: Option<&CardBody>,
    has_note: bool,
) -> Option<CardText> {
    let (table, span) = t.table(ctx, "ko")?;
    let k = Table::new(
        table,
        span,
        format!("the Korean text of {}", t.what),
        CARD_KO_KEYS,
    );
    let kind = body.map(CardBody::kind);
    let mut ko = CardText::default();
    for key in CARD_KO_KEYS {
        let Some((value, span)) = k.text(ctx, key, false) else {
            continue;
        };
        let fits = match *key {
            "front" => matches!(kind, Some("basic" | "numeric")),
            "back" => kind == Some("basic"),
            "text" => kind == Some("cloze"),
            _ => has_note,
        };
        if kind.is_some() && !fits {
            ctx.error(
                "bad-kind",
                span.clone(),
                format!(
                    "{} has `{key}`, but the English card has no `{key}`",
                    k.what
                ),
            );
        }
        if *key == "text" && fits && !check_cloze(ctx, &value, span, &k.what, "text") {
            continue;
        }
        match *key {
            "front" => ko.front = Some(value),
            "back" => ko.back = Some(value),
            "text" => ko.text = Some(value),
            _ => ko.note = Some(value),
        }
    }
    k.finish(ctx);
    Some(ko)
}

fn read_generators(
    ctx: &mut Ctx,
    top: &Table,
    pack: &str,
    card_ids: &HashMap<String, ()>,
) -> Vec<super::Generator> {
    use crate::core::calc::drills::GeneratorKind;
    let mut out = Vec::new();
    let mut seen = Seen(HashMap::new());
    for (table, span) in top.tables(ctx, "generator") {
        let mut t = Table::new(table, span, "a generator", GENERATOR_KEYS);
        let id = t.text(ctx, "id", true);
        let mut ok = true;
        if let Some((id, span)) = &id {
            t.what = format!("generator `{}`", super::diag::printable(id));
            ok &= check_id(ctx, id, span.clone(), "generator id");
            ok &= seen.check(ctx, id, span.clone(), "generator");
            if card_ids.contains_key(&format!("{pack}/{id}")) {
                ctx.error(
                    "duplicate-id",
                    span.clone(),
                    format!("generator id `{id}` is also the id of a card; both would be scheduled under it"),
                );
                ok = false;
            }
        }
        let kind = match t.text(ctx, "kind", true) {
            Some((k, span)) => {
                let kind = GeneratorKind::from_key(&k);
                if kind.is_none() {
                    let all: Vec<&str> = GeneratorKind::ALL.iter().map(|(k, _)| *k).collect();
                    ctx.error(
                        "bad-kind",
                        span,
                        format!(
                            "generator kind `{}` is not one of {}",
                            super::diag::printable(&k),
                            all.join(", ")
                        ),
                    );
                }
                kind
            }
            None => None,
        };
        let source = check_source(ctx, &t);
        let domain = read_domain(ctx, &t, false);
        let domain_bad = t.has("domain") && domain.is_none();
        let tags = t.text_list(ctx, "tags", false);
        t.finish(ctx);
        if let (Some((id, _)), Some(kind), Some(source), true, false) =
            (id, kind, source, ok, domain_bad)
        {
            out.push(super::Generator {
                id: format!("{pack}/{id}"),
                kind,
                tags: tags.into_iter().map(|(s, _)| s).collect(),
                source,
                domain,
            });
        }
    }
    out
}

struct ReadQuestion {
    question: Question,
    span: Range<usize>,
}

fn read_questions(
    ctx: &mut Ctx,
    top: &Table,
    pack: &str,
    card_ids: &HashMap<String, ()>,
    report: &mut PackReport,
) -> Vec<ReadQuestion> {
    let mut out = Vec::new();
    let mut seen = Seen(HashMap::new());
    for (table, span) in top.tables(ctx, "question") {
        let mut t = Table::new(table, span.clone(), "a question", QUESTION_KEYS);
        let id = t.text(ctx, "id", true);
        let mut ok = true;
        if let Some((id, span)) = &id {
            t.what = format!("question `{}`", super::diag::printable(id));
            ok &= check_id(ctx, id, span.clone(), "question id");
            ok &= seen.check(ctx, id, span.clone(), "question");
            if card_ids.contains_key(&format!("{pack}/{id}")) {
                ctx.error(
                    "duplicate-id",
                    span.clone(),
                    format!("question id `{id}` is also the id of a card; a missed question becomes a card under its id"),
                );
                ok = false;
            }
        }
        let domain = read_domain(ctx, &t, true);
        let task = t.text(ctx, "task", true);
        if let (Some(d), Some((code, span))) = (domain, &task)
            && d.task(code).is_none()
        {
            let codes: Vec<_> = d.tasks().iter().map(|t| t.code).collect();
            ctx.error(
                "bad-task",
                span.clone(),
                format!(
                    "task `{}` is not a task statement of the {d} domain ({})",
                    super::diag::printable(code),
                    codes.join(", ")
                ),
            );
            ok = false;
        }
        let service = t.text(ctx, "service", true);
        let stem = t.text(ctx, "stem", true);
        let source = check_source(ctx, &t);
        let tags = t.text_list(ctx, "tags", false);
        let links = t.text_list(ctx, "cards", false);
        let mut cards = Vec::new();
        for (link, span) in links {
            let full = if link.contains('/') {
                link.clone()
            } else {
                format!("{pack}/{link}")
            };
            let unknown = Finding::error(
                "unknown-link",
                ctx.file,
                ctx.src,
                span.clone(),
                format!("{} links to card `{}`, which does not exist", t.what, full),
            );
            if full.starts_with(&format!("{pack}/")) {
                if !card_ids.contains_key(&full) {
                    ctx.findings.push(unknown);
                    ok = false;
                }
            } else {
                report.pending_links.push((full.clone(), unknown));
            }
            cards.push(full);
        }
        let ko_stem = t.table(ctx, "ko").and_then(|(table, span)| {
            let k = Table::new(
                table,
                span,
                format!("the Korean text of {}", t.what),
                QUESTION_KO_KEYS,
            );
            let stem = k.text(ctx, "stem", false).map(|(s, _)| s);
            k.finish(ctx);
            stem
        });
        let choices = read_choices(ctx, &t, stem.as_ref());
        t.finish(ctx);
        let (
            Some((id, _)),
            Some(domain),
            Some((task, _)),
            Some((service, _)),
            Some((stem, _)),
            Some(source),
            Some((choices, choose)),
            true,
        ) = (id, domain, task, service, stem, source, choices, ok)
        else {
            continue;
        };
        out.push(ReadQuestion {
            question: Question {
                id: format!("{pack}/{id}"),
                domain,
                task,
                service,
                stem,
                choices,
                choose,
                source,
                cards,
                tags: tags.into_iter().map(|(s, _)| s).collect(),
                ko_stem,
            },
            span,
        });
    }
    out
}

fn read_choices(
    ctx: &mut Ctx,
    t: &Table,
    stem: Option<&At<String>>,
) -> Option<(Vec<Choice>, usize)> {
    let tables = t.tables(ctx, "choice");
    let mut ok = true;
    if !(4..=6).contains(&tables.len()) {
        let span = t.raw("choice").map_or(t.head(), |v| v.span());
        ctx.error(
            "choice-count",
            span,
            format!(
                "{} has {} choices; a question has 4 to 6",
                t.what,
                tables.len()
            ),
        );
        ok = false;
    }
    let mut choices = Vec::new();
    let mut texts: HashMap<String, usize> = HashMap::new();
    for (n, (table, span)) in tables.into_iter().enumerate() {
        let label = char::from(b'A' + (n as u8).min(25));
        let what = format!("choice {label} of {}", t.what);
        let c = Table::new(table, span.clone(), what.clone(), CHOICE_KEYS);
        let text = c.text(ctx, "text", true);
        let correct = c.boolean(ctx, "correct").is_some_and(|(b, _)| b);
        let why = match c.raw("why") {
            None => {
                ctx.error(
                    "no-explanation",
                    c.head(),
                    format!("{what} has no `why` explaining why it is right or wrong"),
                );
                None
            }
            Some(_) => c.text(ctx, "why", true),
        };
        let ko = c.table(ctx, "ko").map(|(table, span)| {
            let k = Table::new(
                table,
                span,
                format!("the Korean text of {what}"),
                CHOICE_KO_KEYS,
            );
            let pair = (
                k.text(ctx, "text", false).map(|(s, _)| s),
                k.text(ctx, "why", false).map(|(s, _)| s),
            );
            k.finish(ctx);
            pair
        });
        c.finish(ctx);
        if let Some((text, span)) = &text {
            let key = normalize(text);
            if let Some(first) = texts.get(&key) {
                let first = char::from(b'A' + (*first as u8).min(25));
                ctx.error(
                    "duplicate-choice",
                    span.clone(),
                    format!("{what} has the same text as choice {first}"),
                );
                ok = false;
            } else {
                texts.insert(key, n);
            }
        }
        let (Some((text, _)), Some((why, _))) = (text, why) else {
            ok = false;
            continue;
        };
        let (ko_text, ko_why) = ko.unwrap_or_default();
        choices.push(Choice {
            text,
            correct,
            why,
            ko_text,
            ko_why,
        });
    }
    let correct = choices.iter().filter(|c| c.correct).count();
    let (stem, stem_span) = stem.map_or((None, t.head()), |(s, span)| (Some(s), span.clone()));
    let stated = stem.and_then(|s| stated_choice_count(s));
    let choose = match (stated, correct) {
        (None, 1) => 1,
        (None, 0) => {
            ctx.error(
                "correct-count",
                t.head(),
                format!("{} has no correct choice", t.what),
            );
            return None;
        }
        (None, n) => {
            ctx.error(
                "correct-count",
                stem_span,
                format!(
                    "{} has {n} correct choices, but its stem does not say how many to choose (add \"(Choose {}.)\")",
                    t.what,
                    number_word(n)
                ),
            );
            return None;
        }
        (Some(k), n) if k != n => {
            ctx.error(
                "correct-count",
                stem_span,
                format!(
                    "the stem of {} says to choose {k}, but {n} choices are marked correct",
                    t.what
                ),
            );
            return None;
        }
        (Some(k), _) => k,
    };
    if choose >= choices.len() && ok {
        ctx.error(
            "correct-count",
            stem_span,
            format!("{} marks every choice correct", t.what),
        );
        return None;
    }
    ok.then_some((choices, choose))
}

fn number_word(n: usize) -> String {
    match n {
        2 => "two".into(),
        3 => "three".into(),
        4 => "four".into(),
        5 => "five".into(),
        other => other.to_string(),
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

fn near_duplicates(ctx: &mut Ctx, cards: &[ReadCard], questions: &[ReadQuestion]) {
    let prompts: Vec<&str> = cards.iter().map(|c| c.prompt.as_str()).collect();
    for (a, b, score) in similar::near_pairs(&prompts) {
        let first = super::diag::locate(ctx.src, cards[a].span.clone()).line;
        ctx.warn(
            "near-duplicate",
            cards[b].span.clone(),
            format!(
                "card `{}` reads almost the same as card `{}` on line {first} ({:.0} % similar)",
                cards[b].card.id,
                cards[a].card.id,
                score * 100.0
            ),
        );
    }
    let stems: Vec<&str> = questions.iter().map(|q| q.question.stem.as_str()).collect();
    for (a, b, score) in similar::near_pairs(&stems) {
        let first = super::diag::locate(ctx.src, questions[a].span.clone()).line;
        ctx.warn(
            "near-duplicate",
            questions[b].span.clone(),
            format!(
                "question `{}` reads almost the same as question `{}` on line {first} ({:.0} % similar)",
                questions[b].question.id,
                questions[a].question.id,
                score * 100.0
            ),
        );
    }
}

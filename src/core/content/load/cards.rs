//! Reading cards (basic, cloze, numeric, with their Korean text) from a pack file.

use super::*;

pub(super) struct ReadCard {
    pub(super) card: Card,
    pub(super) span: Range<usize>,
}

pub(super) fn read_cards(ctx: &mut Ctx, top: &Table, pack: &str) -> Vec<ReadCard> {
    let mut out = Vec::new();
    let mut seen = Seen(HashMap::new());
    for (table, span) in top.tables(ctx, "card") {
        let mut t = Table::new(table, span.clone(), Item::Card(None), CARD_KEYS);
        let id = t.text(ctx, "id", true);
        let mut ok = true;
        if let Some((id, span)) = &id {
            t.what = Item::Card(Some(id.clone()));
            ok &= check_id(ctx, id, span.clone(), IdRole::Card);
            ok &= seen.check(ctx, id, span.clone(), IdRole::Card);
        }
        let body = read_body(ctx, &t);
        let source = check_source(ctx, &t);
        let domain = read_domain(ctx, &t, false);
        let domain_bad = t.has("domain") && domain.is_none();
        let tags = t.text_list(ctx, "tags", false);
        let group = t.text(ctx, "group", false);
        if let Some((g, span)) = &group {
            ok &= check_id(ctx, g, span.clone(), IdRole::Group);
        }
        let note = t.text(ctx, "note", false).map(|(s, _)| s);
        let ko = read_card_ko(ctx, &t, body.as_ref(), note.is_some());
        t.finish(ctx);
        let (Some((id, _)), Some(body), Some(source), true, false) =
            (id, body, source, ok, domain_bad)
        else {
            continue;
        };
        out.push(ReadCard {
            card: Card {
                id: compact_str::format_compact!("{pack}/{id}"),
                body,
                tags: tags.into_iter().map(|(s, _)| s.into()).collect(),
                source: source.into(),
                domain,
                group: group.map(|(s, _)| s.into()),
                note,
                ko: ko.map(Box::new),
            },
            span,
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
            let kind = K::BadCardKind {
                item: t.what.clone(),
                kind: other.to_string(),
            };
            ctx.error("bad-kind", kind_span, kind);
            return None;
        }
    };
    let mut ok = true;
    for key in foreign {
        if let Some(v) = t.raw(key) {
            let found = K::ForeignField {
                item: t.what.clone(),
                kind: kind.clone(),
                key: key.to_string(),
            };
            ctx.error("bad-kind", v.span(), found);
            ok = false;
        }
    }
    let body = match kind.as_str() {
        "basic" => {
            let front = t.text(ctx, "front", true);
            let back = t.text(ctx, "back", true);
            CardBody::Basic {
                front: front?.0.into(),
                back: back?.0.into(),
            }
        }
        "cloze" => {
            let (text, span) = t.text(ctx, "text", true)?;
            if !check_cloze(ctx, &text, span, &t.what, "text") {
                return None;
            }
            CardBody::Cloze { text: text.into() }
        }
        _ => {
            let front = t.text(ctx, "front", true);
            let answer = t.number(ctx, "answer", true);
            let unit = match t.raw("unit") {
                None => {
                    ctx.error(
                        "numeric-no-unit",
                        t.head(),
                        K::NoUnit {
                            item: t.what.clone(),
                        },
                    );
                    None
                }
                Some(v) if v.get_ref().as_str().is_some_and(|s| s.trim().is_empty()) => {
                    ctx.error(
                        "numeric-no-unit",
                        v.span(),
                        K::EmptyUnit {
                            item: t.what.clone(),
                        },
                    );
                    None
                }
                Some(_) => t.text(ctx, "unit", true),
            };
            let tolerance = t.number(ctx, "tolerance", false);
            let answer = check_number(ctx, answer, "answer", &t.what, false);
            let tolerance = check_number(ctx, tolerance, "tolerance", &t.what, true);
            CardBody::Numeric {
                front: front?.0.into(),
                answer: answer?,
                unit: unit?.0.into(),
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
    what: &Item,
    non_negative: bool,
) -> Option<f64> {
    let (n, span) = value?;
    if !n.is_finite() || (non_negative && n < 0.0) {
        let kind = K::BadNumber {
            item: what.clone(),
            key: key.to_string(),
            non_negative,
        };
        ctx.error("bad-number", span, kind);
        return None;
    }
    Some(n)
}

/// Checks a cloze text; reports at the right place inside the string when it can.
fn check_cloze(ctx: &mut Ctx, text: &str, span: Range<usize>, what: &Item, key: &str) -> bool {
    let inner = inner_offset(ctx.src, &span, text);
    let (item, key) = (what.clone(), key.to_string());
    match cloze_deletions(text) {
        Ok(d) if d.is_empty() => {
            ctx.error("cloze-no-deletion", span, K::ClozeNoDeletion { item, key });
            false
        }
        Ok(_) => true,
        Err(ClozeError::Unclosed(at)) => {
            let s = inner.map_or(span.clone(), |o| o + at..o + at + 2);
            ctx.error("cloze-no-deletion", s, K::ClozeUnclosed { item, key });
            false
        }
        Err(ClozeError::Empty(at)) => {
            let s = inner.map_or(span.clone(), |o| o + at..o + at + 2);
            ctx.error("cloze-no-deletion", s, K::ClozeEmpty { item, key });
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
        Item::Korean(Box::new(t.what.clone())),
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
            "unit" => kind == Some("numeric"),
            _ => has_note,
        };
        if kind.is_some() && !fits {
            ctx.error(
                "bad-kind",
                span.clone(),
                K::KoreanOnly {
                    item: k.what.clone(),
                    key: key.to_string(),
                },
            );
        }
        if *key == "text" && fits && !check_cloze(ctx, &value, span.clone(), &k.what, "text") {
            continue;
        }
        if *key == "unit" && !check_korean_unit(ctx, &value, span, &k.what) {
            continue;
        }
        match *key {
            "front" => ko.front = Some(value),
            "back" => ko.back = Some(value),
            "text" => ko.text = Some(value),
            "unit" => ko.unit = Some(value),
            _ => ko.note = Some(value),
        }
    }
    k.finish(ctx);
    Some(ko)
}

/// A Korean unit (not blank: `Table::text`) holds `{n}`, where the number goes, at most once.
fn check_korean_unit(ctx: &mut Ctx, unit: &str, span: Range<usize>, what: &Item) -> bool {
    if unit.matches("{n}").count() > 1 {
        ctx.error(
            "numeric-no-unit",
            span,
            K::KoreanUnitForm {
                item: what.clone(),
                unit: unit.to_string(),
            },
        );
        return false;
    }
    true
}

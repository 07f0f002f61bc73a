//! Reading exam questions (with their choices) and generators from a pack file.

use super::*;

pub(super) fn read_generators(
    ctx: &mut Ctx,
    top: &Table,
    pack: &str,
    card_ids: &HashMap<String, ()>,
) -> Vec<crate::core::content::Generator> {
    use crate::core::calc::drills::GeneratorKind;
    let mut out = Vec::new();
    let mut seen = Seen(HashMap::new());
    for (table, span) in top.tables(ctx, "generator") {
        let mut t = Table::new(table, span, Item::Generator(None), GENERATOR_KEYS);
        let id = t.text(ctx, "id", true);
        let mut ok = true;
        if let Some((id, span)) = &id {
            t.what = Item::Generator(Some(id.clone()));
            ok &= check_id(ctx, id, span.clone(), IdRole::Generator);
            ok &= seen.check(ctx, id, span.clone(), IdRole::Generator);
            if card_ids.contains_key(&format!("{pack}/{id}")) {
                let kind = K::IdOfACard {
                    role: IdRole::Generator,
                    id: id.clone(),
                };
                ctx.error("duplicate-id", span.clone(), kind);
                ok = false;
            }
        }
        let kind = match t.text(ctx, "kind", true) {
            Some((k, span)) => {
                let kind = GeneratorKind::from_key(&k);
                if kind.is_none() {
                    let all = GeneratorKind::ALL.iter().map(|(k, _)| k.to_string());
                    let kind = K::BadGeneratorKind {
                        kind: k,
                        all: all.collect(),
                    };
                    ctx.error("bad-kind", span, kind);
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
            out.push(crate::core::content::Generator {
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

/// A question read from the file, with where it is.
pub(super) struct ReadQuestion {
    pub(super) question: Question,
    pub(super) span: Range<usize>,
}

pub(super) fn read_questions(
    ctx: &mut Ctx,
    top: &Table,
    pack: &str,
    card_ids: &HashMap<String, ()>,
    report: &mut PackReport,
) -> Vec<ReadQuestion> {
    let mut out = Vec::new();
    let mut seen = Seen(HashMap::new());
    for (table, span) in top.tables(ctx, "question") {
        let mut t = Table::new(table, span.clone(), Item::Question(None), QUESTION_KEYS);
        let id = t.text(ctx, "id", true);
        let mut ok = true;
        if let Some((id, span)) = &id {
            t.what = Item::Question(Some(id.clone()));
            ok &= check_id(ctx, id, span.clone(), IdRole::Question);
            ok &= seen.check(ctx, id, span.clone(), IdRole::Question);
            if card_ids.contains_key(&format!("{pack}/{id}")) {
                let kind = K::IdOfACard {
                    role: IdRole::Question,
                    id: id.clone(),
                };
                ctx.error("duplicate-id", span.clone(), kind);
                ok = false;
            }
        }
        let domain = read_domain(ctx, &t, true);
        let task = t.text(ctx, "task", true);
        if let (Some(d), Some((code, span))) = (domain, &task)
            && d.task(code).is_none()
        {
            let kind = K::BadTask {
                task: code.clone(),
                domain: d,
                codes: d.tasks().iter().map(|t| t.code.to_string()).collect(),
            };
            ctx.error("bad-task", span.clone(), kind);
            ok = false;
        }
        let service = t.text(ctx, "service", true);
        let difficulty = match t.integer(ctx, "difficulty", false) {
            None => None,
            Some((d, span)) => match Difficulty::from_level(d) {
                Some(d) => Some(d),
                None => {
                    ctx.error(
                        "bad-difficulty",
                        span,
                        K::BadDifficulty {
                            item: t.what.clone(),
                            level: d,
                        },
                    );
                    ok = false;
                    None
                }
            },
        };
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
                K::UnknownLink {
                    item: t.what.clone(),
                    target: full.clone(),
                },
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
                Item::Korean(Box::new(t.what.clone())),
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
                difficulty,
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
            K::ChoiceCount {
                item: t.what.clone(),
                count: tables.len(),
            },
        );
        ok = false;
    }
    let mut choices = Vec::new();
    let mut texts: HashMap<String, usize> = HashMap::new();
    for (n, (table, span)) in tables.into_iter().enumerate() {
        let label = char::from(b'A' + (n as u8).min(25));
        let what = Item::Choice {
            label,
            of: Box::new(t.what.clone()),
        };
        let c = Table::new(table, span.clone(), what.clone(), CHOICE_KEYS);
        let text = c.text(ctx, "text", true);
        let correct = c.boolean(ctx, "correct").is_some_and(|(b, _)| b);
        let why = match c.raw("why") {
            None => {
                ctx.error(
                    "no-explanation",
                    c.head(),
                    K::NoExplanation { item: what.clone() },
                );
                None
            }
            Some(_) => c.text(ctx, "why", true),
        };
        let ko = c.table(ctx, "ko").map(|(table, span)| {
            let k = Table::new(
                table,
                span,
                Item::Korean(Box::new(what.clone())),
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
                    K::DuplicateChoice {
                        item: what.clone(),
                        first,
                    },
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
                K::NoCorrectChoice {
                    item: t.what.clone(),
                },
            );
            return None;
        }
        (None, n) => {
            ctx.error(
                "correct-count",
                stem_span,
                K::ChooseNotStated {
                    item: t.what.clone(),
                    correct: n,
                },
            );
            return None;
        }
        (Some(k), n) if k != n => {
            ctx.error(
                "correct-count",
                stem_span,
                K::ChooseMismatch {
                    item: t.what.clone(),
                    stated: k,
                    correct: n,
                },
            );
            return None;
        }
        (Some(k), _) => k,
    };
    if choose >= choices.len() && ok {
        ctx.error(
            "correct-count",
            stem_span,
            K::EveryChoiceCorrect {
                item: t.what.clone(),
            },
        );
        return None;
    }
    ok.then_some((choices, choose))
}

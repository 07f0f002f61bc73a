//! Near duplicates within one pack file, and where each item is written (for the check across
//! packs in `checks`, which no longer has the source text).

use super::cards::ReadCard;
use super::questions::ReadQuestion;
use crate::core::content::diag::{Finding, Location, Severity, locate_each};
use crate::core::content::kind::{Compared, FindingKind};
use crate::core::content::reader::Ctx;
use crate::core::content::similar;

/// Where each card and each question of a pack is written, in the pack's order. Filled only when
/// the file is read with warnings (`awsdrill lint`); empty otherwise.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Places {
    /// The `[[card]]` table of each card of `Pack::cards`.
    pub cards: Vec<Location>,
    /// The `[[question]]` table of each question of `Pack::questions`.
    pub questions: Vec<Location>,
}

impl Places {
    pub(super) fn of(src: &str, cards: &[ReadCard], questions: &[ReadQuestion]) -> Places {
        Places {
            cards: locate_each(src, cards.iter().map(|c| c.span.clone())),
            questions: locate_each(src, questions.iter().map(|q| q.span.clone())),
        }
    }
}

/// The text a card is compared by: the front, or a cloze card's text.
pub(crate) fn card_prompt(card: &crate::core::content::Card) -> &str {
    use crate::core::content::CardBody;
    match &card.body {
        CardBody::Basic { front, .. } | CardBody::Numeric { front, .. } => front,
        CardBody::Cloze { text } => text,
        CardBody::Generated { .. } => "",
    }
}

/// Warns about two cards, or two questions, of this file that read almost the same.
pub(super) fn near_duplicates(
    ctx: &mut Ctx,
    cards: &[ReadCard],
    questions: &[ReadQuestion],
    places: &Places,
) {
    let prompts: Vec<&str> = cards.iter().map(|c| card_prompt(&c.card)).collect();
    let card_ids: Vec<&str> = cards.iter().map(|c| c.card.id.as_str()).collect();
    warn_pairs(ctx, Compared::Card, &prompts, &card_ids, &places.cards);
    let stems: Vec<&str> = questions.iter().map(|q| q.question.stem.as_str()).collect();
    let question_ids: Vec<&str> = questions.iter().map(|q| q.question.id.as_str()).collect();
    warn_pairs(
        ctx,
        Compared::Question,
        &stems,
        &question_ids,
        &places.questions,
    );
}

/// One warning for each near pair of `texts`, placed at the later item.
fn warn_pairs(ctx: &mut Ctx, what: Compared, texts: &[&str], ids: &[&str], places: &[Location]) {
    for (a, b, score) in similar::near_pairs(texts) {
        let kind = FindingKind::NearDuplicate {
            what,
            id: ids[b].to_string(),
            other: ids[a].to_string(),
            other_line: places[a].line,
            percent: score * 100.0,
        };
        warn(ctx, &places[b], kind);
    }
}

/// A near-duplicate warning at a located item (locating it again would read the file from the top
/// for every warning).
fn warn(ctx: &mut Ctx, at: &Location, kind: FindingKind) {
    let f = Finding::located(Severity::Warning, "near-duplicate", ctx.file, at, kind);
    ctx.findings.push(f);
}

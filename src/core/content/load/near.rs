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
    for (a, b, score) in similar::near_pairs(&prompts) {
        let kind = FindingKind::NearDuplicate {
            what: Compared::Card,
            id: cards[b].card.id.clone(),
            other: cards[a].card.id.clone(),
            other_line: places.cards[a].line,
            percent: score * 100.0,
        };
        warn(ctx, &places.cards[b], kind);
    }
    let stems: Vec<&str> = questions.iter().map(|q| q.question.stem.as_str()).collect();
    for (a, b, score) in similar::near_pairs(&stems) {
        let kind = FindingKind::NearDuplicate {
            what: Compared::Question,
            id: questions[b].question.id.clone(),
            other: questions[a].question.id.clone(),
            other_line: places.questions[a].line,
            percent: score * 100.0,
        };
        warn(ctx, &places.questions[b], kind);
    }
}

/// A near-duplicate warning at a located item (locating it again would read the file from the top
/// for every warning).
fn warn(ctx: &mut Ctx, at: &Location, kind: FindingKind) {
    let f = Finding::located(Severity::Warning, "near-duplicate", ctx.file, at, kind);
    ctx.findings.push(f);
}

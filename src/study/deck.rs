//! The deck: every loaded card in study order, indexed, with the questions and what Home shows of
//! each pack. It needs only the packs, so the shell builds it while the card states are read.

use super::group_key;
use super::index::CardIndex;
use crate::core::content::{CardTable, Pack, Question};
use rustc_hash::FxHashMap;
use std::collections::HashMap;

/// What Home lists of a loaded pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Number of cards.
    pub cards: usize,
    /// Number of generated drills (each scheduled like a card, a fresh exercise at each review).
    pub generators: usize,
    /// Number of questions.
    pub questions: usize,
    /// When its facts were checked.
    pub checked: String,
}

/// The sibling key (`pack/group`) of each card in a group, by the card's position: only the cards
/// that have one are kept (one `Option<String>` a card cost 1.2 MB on a collection of 50,000
/// cards in no group).
#[derive(Debug, Default)]
pub(super) struct GroupKeys(Vec<(u32, String)>);

impl GroupKeys {
    /// Sets the key of the card at `pos`, if it has one (a card added after the others is
    /// appended; any order is kept sorted).
    pub fn set(&mut self, pos: usize, key: Option<String>) {
        let Some(key) = key else { return };
        let pos = pos as u32;
        let at = self.0.partition_point(|(p, _)| *p < pos);
        match self.0.get_mut(at) {
            Some((p, k)) if *p == pos => *k = key,
            _ => self.0.insert(at, (pos, key)),
        }
    }

    /// The key of the card at `pos`.
    pub fn get(&self, pos: usize) -> Option<&str> {
        let pos = u32::try_from(pos).ok()?;
        let at = self.0.binary_search_by_key(&pos, |(p, _)| *p).ok()?;
        Some(&self.0[at].1)
    }

    /// The key of each of the first `n` cards, in order.
    pub fn each(&self, n: usize) -> impl Iterator<Item = Option<&str>> {
        let mut keys = self.0.iter().peekable();
        (0..n).map(move |i| {
            keys.next_if(|(p, _)| *p as usize == i)
                .map(|(_, k)| k.as_str())
        })
    }
}

/// The loaded items, ready for a study session.
#[derive(Debug, Default)]
pub struct Deck {
    pub(super) packs: Vec<PackInfo>,
    /// The services each pack covers, for Browse.
    pub(super) pack_services: HashMap<String, String>,
    /// The cards in study order.
    pub(super) cards: CardTable,
    /// The sibling group as `pack/group` of the cards in one, by position in `cards`.
    pub(super) group_keys: GroupKeys,
    pub(super) index: CardIndex,
    pub(super) questions: Vec<Question>,
    pub(super) question_index: FxHashMap<String, usize>,
}

/// The study order of the cards of every pack (`per_pack`, each in file order) and of the
/// generated drills: cards take turns between packs, and every `GENERATED_EVERY`th new card is a
/// generated drill while any are left (`core::scheduler::queue::new_card_order`). The one order
/// of the deck and of the due counts without cards (`DueDeck`).
pub(super) fn study_order<T, I: ExactSizeIterator<Item = T>>(
    mut per_pack: Vec<I>,
    generators: Vec<T>,
) -> Vec<T> {
    let total = per_pack.iter().map(|p| p.len()).sum::<usize>();
    let mut cards: Vec<T> = Vec::with_capacity(total);
    loop {
        let before = cards.len();
        cards.extend(per_pack.iter_mut().filter_map(Iterator::next));
        if cards.len() == before {
            break;
        }
    }
    crate::core::scheduler::queue::new_card_order(cards, generators)
}

impl Deck {
    /// Takes the packs apart into one deck. New cards come in file order within a pack, taking
    /// turns between packs, so that a day's new cards cover several services; every
    /// `GENERATED_EVERY`th new card is a generated drill while any are left
    /// (`core::scheduler::queue::new_card_order`).
    pub fn new(packs: Vec<Pack>) -> Deck {
        Deck::of_tables(packs, Vec::new())
    }

    /// `new` for packs whose cards are already tables (`tables[i]` holds the cards of
    /// `packs[i]`, whose own `cards` are not read; the tables' text is not copied). The packs
    /// after the last table become tables here, pack by pack (each box is freed as its card goes
    /// into the pack's table).
    pub fn of_tables(mut packs: Vec<Pack>, mut tables: Vec<CardTable>) -> Deck {
        tables.truncate(packs.len());
        for p in &mut packs[tables.len()..] {
            tables.push(CardTable::of_cards(std::mem::take(&mut p.cards)));
        }
        let infos = packs
            .iter()
            .zip(&tables)
            .map(|(p, t)| PackInfo {
                id: p.id.clone(),
                title: p.title.clone(),
                cards: t.len(),
                generators: p.generators.len(),
                questions: p.questions.len(),
                checked: p.checked.clone(),
            })
            .collect();
        let pack_services: HashMap<String, String> = packs
            .iter()
            .map(|p| (p.id.clone(), p.services.join(", ")))
            .collect();
        let mut cards = CardTable::default();
        cards.reserve(
            tables.iter().map(CardTable::len).sum::<usize>()
                + packs.iter().map(|p| p.generators.len()).sum::<usize>(),
        );
        let mut per_pack = Vec::with_capacity(tables.len());
        for t in tables {
            let start = cards.len() as u32;
            cards.append(t);
            per_pack.push(start..cards.len() as u32);
        }
        let generators_at = cards.len() as u32;
        let mut generators = CardTable::default();
        let mut questions: Vec<Question> = Vec::new();
        for p in packs {
            for g in &p.generators {
                generators.push(&g.as_card());
            }
            questions.extend(p.questions);
        }
        cards.append(generators);
        let order = study_order(per_pack, (generators_at..cards.len() as u32).collect());
        cards.reorder(&order);
        let question_index = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.clone(), i))
            .collect();
        // One pass over the cards for the index and the sibling groups.
        let mut index = CardIndex::with_capacity(cards.len());
        let mut group_keys = GroupKeys::default();
        for i in 0..cards.len() {
            index.add(&cards, i);
            group_keys.set(i, group_key(cards.get(i)));
        }
        Deck {
            packs: infos,
            pack_services,
            cards,
            group_keys,
            index,
            questions,
            question_index,
        }
    }

    /// What Home lists of each pack, in load order.
    pub fn packs(&self) -> &[PackInfo] {
        &self.packs
    }

    /// The exam questions of all packs.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }
}

#[cfg(test)]
mod tests {
    use super::GroupKeys;

    #[test]
    fn group_keys_are_read_by_position_whatever_order_they_were_set_in() {
        let mut g = GroupKeys::default();
        g.set(3, Some("p/a".into()));
        g.set(0, None);
        g.set(7, Some("p/b".into()));
        g.set(1, Some("q/a".into()));
        g.set(3, Some("p/c".into()));
        assert_eq!(g.get(3), Some("p/c"));
        assert_eq!(g.get(0), None);
        assert_eq!(g.get(8), None);
        let each: Vec<_> = g.each(9).collect();
        let mut expected = vec![None; 9];
        expected[1] = Some("q/a");
        expected[3] = Some("p/c");
        expected[7] = Some("p/b");
        assert_eq!(each, expected);
        assert_eq!(g.each(2).collect::<Vec<_>>(), vec![None, Some("q/a")]);
    }
}

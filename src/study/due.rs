//! The due counts without cards: `awsdrill due` needs of each card only its id, its sibling group,
//! where it comes from and its state, so it builds no `Card` (a large collection has 50,000 of
//! them). `DueDeck` puts the packs' rosters (`core::content::Roster`) in the deck's study order and
//! each stored state beside its card, as `Study` does; both give a `DueView`, from which the one
//! report is computed (`stats_report::due`).

use super::deck::study_order;
use crate::core::content::{Pack, Roster, pack_of};
use crate::core::scheduler::CardState;
use crate::core::scheduler::queue::QueueCard;
use crate::core::stats::Origin;
use crate::store::StateRows;
use hashbrown::HashTable;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};

/// What the due counts need of every scheduled card, by its position in study order.
#[derive(Debug, Default)]
pub struct DueView<'a> {
    /// Each card's state and sibling group, as the queue sees it.
    pub cards: Vec<QueueCard<'a>>,
    /// Each card's id.
    pub ids: Vec<&'a str>,
    /// Where each card comes from.
    pub origins: Vec<Origin>,
    /// The loaded packs' ids.
    pub pack_ids: Vec<&'a str>,
}

/// The loaded cards in study order, by id only, with their states.
#[derive(Debug, Default)]
pub struct DueDeck<'a> {
    ids: Vec<&'a str>,
    groups: Vec<Option<String>>,
    origins: Vec<Origin>,
    states: Vec<Option<&'a CardState>>,
    pack_ids: Vec<&'a str>,
    /// Positions hashed by id (the ids themselves are in `ids`).
    index: HashTable<u32>,
}

fn hash(id: &str) -> u64 {
    let mut h = FxHasher::default();
    id.hash(&mut h);
    h.finish()
}

impl<'a> DueDeck<'a> {
    /// The cards of `packs` (each with its roster, in the same order) in the deck's order, with
    /// the generated drills and the missed questions that have a state, as `Deck` and `Study` put
    /// them, and every state of `rows` beside its card.
    pub fn new(packs: &'a [Pack], rosters: &'a [Roster], rows: &'a StateRows) -> DueDeck<'a> {
        let questions: FxHashSet<&str> = rosters.iter().flat_map(Roster::question_ids).collect();
        // (id, group key, origin) of each card.
        type Entry<'e> = (&'e str, Option<String>, Origin);
        let per_pack: Vec<_> = rosters
            .iter()
            .map(|r| {
                r.cards().map(|c| -> Entry<'a> {
                    let origin = if c.generated {
                        Origin::Generated
                    } else if questions.contains(c.id) {
                        Origin::MissedQuestion
                    } else {
                        Origin::Pack
                    };
                    let group = c.group.map(|g| format!("{}/{}", pack_of(c.id), g));
                    (c.id, group, origin)
                })
            })
            .collect();
        let generators: Vec<Entry<'a>> = packs
            .iter()
            .flat_map(|p| &p.generators)
            .map(|g| (g.id.as_str(), None, Origin::Generated))
            .collect();
        let order = study_order(per_pack, generators);
        let n = order.len();
        let mut deck = DueDeck {
            ids: Vec::with_capacity(n),
            groups: Vec::with_capacity(n),
            origins: Vec::with_capacity(n),
            states: vec![None; n],
            pack_ids: packs.iter().map(|p| p.id.as_str()).collect(),
            index: HashTable::new(),
        };
        for (id, group, origin) in order {
            deck.ids.push(id);
            deck.groups.push(group);
            deck.origins.push(origin);
        }
        // Positions hashed by id; an id already present keeps its first position (as `CardIndex`).
        let ids = &deck.ids;
        let mut index: HashTable<u32> = HashTable::with_capacity(n);
        for (i, id) in ids.iter().enumerate() {
            if let hashbrown::hash_table::Entry::Vacant(v) = index.entry(
                hash(id),
                |&j| ids[j as usize] == *id,
                |&j| hash(ids[j as usize]),
            ) {
                v.insert(i as u32);
            }
        }
        let mut others: FxHashMap<&str, &CardState> = FxHashMap::default();
        for (id, state) in rows.iter() {
            match index.find(hash(id), |&j| ids[j as usize] == id) {
                Some(&j) => deck.states[j as usize] = Some(state),
                None => {
                    others.insert(id, state);
                }
            }
        }
        // Missed exam questions that became cards of their own (they have a state under their id).
        for q in rosters.iter().flat_map(Roster::question_ids) {
            if let Some(state) = others.remove(q) {
                deck.ids.push(q);
                deck.groups.push(None);
                deck.origins.push(Origin::MissedQuestion);
                deck.states.push(Some(state));
            }
        }
        deck.index = index;
        deck
    }

    /// The sibling group of a loaded card, by id (for today's limits). Missed questions, added
    /// after the index was built, have none.
    pub fn group_of(&self, id: &str) -> Option<String> {
        let ids = &self.ids;
        let &i = self.index.find(hash(id), |&j| ids[j as usize] == id)?;
        self.groups[i as usize].clone()
    }

    /// What the due counts need.
    pub fn view(&self) -> DueView<'_> {
        DueView {
            cards: self
                .states
                .iter()
                .zip(&self.groups)
                .map(|(s, g)| QueueCard {
                    state: *s,
                    group: g.as_deref(),
                })
                .collect(),
            ids: self.ids.clone(),
            origins: self.origins.clone(),
            pack_ids: self.pack_ids.clone(),
        }
    }
}

//! Finding a card by its id without a second copy of every id, and the card states kept beside
//! the cards they belong to (no lookup by id when the queue is built).

use crate::core::content::CardTable;
use crate::core::scheduler::CardState;
use crate::core::scheduler::packed::PackedState;
use crate::store::StateRows;
use hashbrown::HashTable;
use rustc_hash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};

fn hash(id: &str) -> u64 {
    let mut h = FxHasher::default();
    id.hash(&mut h);
    h.finish()
}

/// Positions in the card list, hashed by the cards' ids (the ids themselves stay in the cards).
#[derive(Debug, Default)]
pub(super) struct CardIndex {
    table: HashTable<u32>,
}

impl CardIndex {
    /// An empty index with room for `n` cards.
    pub fn with_capacity(n: usize) -> CardIndex {
        CardIndex {
            table: HashTable::with_capacity(n),
        }
    }

    /// The index of `cards`.
    #[cfg(test)]
    pub fn build(cards: &CardTable) -> CardIndex {
        let mut index = CardIndex::with_capacity(cards.len());
        for i in 0..cards.len() {
            index.add(cards, i);
        }
        index
    }

    /// Adds `cards[i]` (just pushed). An id already present keeps its first position.
    pub fn add(&mut self, cards: &CardTable, i: usize) {
        let id = cards.id(i);
        if let hashbrown::hash_table::Entry::Vacant(v) = self.table.entry(
            hash(id),
            |&j| cards.id(j as usize) == id,
            |&j| hash(cards.id(j as usize)),
        ) {
            v.insert(i as u32);
        }
    }

    /// The position of the card with this id.
    pub fn get(&self, cards: &CardTable, id: &str) -> Option<usize> {
        self.table
            .find(hash(id), |&j| cards.id(j as usize) == id)
            .map(|&j| j as usize)
    }
}

/// The cards' ids in their order, in one string (what `Study::load_text` keeps of the rosters
/// while the whole deck loads, instead of a copy of every state with its id).
#[derive(Debug, Default)]
pub(super) struct IdOrder {
    ids: String,
    ends: Vec<usize>,
}

impl IdOrder {
    /// These ids, in order.
    pub fn of_ids<'a>(ids: impl ExactSizeIterator<Item = &'a str> + Clone) -> IdOrder {
        let mut o = IdOrder {
            ids: String::with_capacity(ids.clone().map(str::len).sum()),
            ends: Vec::with_capacity(ids.len()),
        };
        for id in ids {
            o.ids.push_str(id);
            o.ends.push(o.ids.len());
        }
        o
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        let mut start = 0usize;
        self.ends.iter().map(move |&e| {
            let id = &self.ids[start..e];
            start = e;
            id
        })
    }

    /// Whether `cards` are these cards in this order (by id).
    pub fn is_order_of(&self, cards: &CardTable) -> bool {
        cards.len() == self.ends.len() && self.ids().zip(cards.ids()).all(|(id, c)| c == id)
    }

    /// `states` (placed beside the cards of this order) as rows by id.
    pub fn rows(&self, states: States) -> StateRows {
        let mut rows = StateRows::with_room(
            states.by_card.iter().flatten().count() + states.other.len(),
            self.ids.len(),
        );
        for (id, st) in self.ids().zip(states.by_card) {
            if let Some(st) = st {
                rows.push(id, st);
            }
        }
        for (id, st) in states.other {
            rows.push(&id, st);
        }
        rows
    }
}

/// Every stored state: those of loaded cards by the card's position, the rest (items of packs
/// not loaded now, exam questions not studied as cards) by id. A card's state is kept packed
/// (40 bytes: a large collection has 50,000) and read by value.
#[derive(Debug, Default)]
pub(super) struct States {
    by_card: Vec<Option<PackedState>>,
    other: FxHashMap<String, CardState>,
}

impl States {
    /// Sorts every stored state into the cards' positions and the rest.
    pub fn place(all: &StateRows, cards: &CardTable, index: &CardIndex) -> States {
        let mut s = States {
            by_card: vec![None; cards.len()],
            other: FxHashMap::default(),
        };
        for (id, state) in all.iter() {
            match index.get(cards, id) {
                Some(i) => s.by_card[i] = Some(state.clone()),
                None => {
                    s.other.insert(id.to_string(), state.get());
                }
            }
        }
        s
    }

    /// The states of the cards by position, and the rest by id.
    pub fn from_parts(
        by_card: Vec<Option<PackedState>>,
        other: FxHashMap<String, CardState>,
    ) -> States {
        States { by_card, other }
    }

    /// Whether an item with this id (not a loaded card) has a state.
    pub fn other_has(&self, id: &str) -> bool {
        self.other.contains_key(id)
    }

    /// Makes room for a card just added at the end, taking over a state stored under its id.
    pub fn card_added(&mut self, id: &str) {
        let state = self.other.remove(id);
        self.by_card.push(state.map(PackedState::from));
    }

    /// The state of the item at `pos` (a card's position) or else with this id.
    pub fn get(&self, pos: Option<usize>, id: &str) -> Option<CardState> {
        match pos {
            Some(i) => self.of_card(i),
            None => self.other.get(id).cloned(),
        }
    }

    /// The state of the card at `pos`.
    pub fn of_card(&self, pos: usize) -> Option<CardState> {
        self.by_card[pos].as_ref().map(PackedState::get)
    }

    /// The state of the card at `pos`, as kept (what the queue reads).
    pub fn packed(&self, pos: usize) -> Option<&PackedState> {
        self.by_card[pos].as_ref()
    }

    /// Sets (or with `None`, removes) a state.
    pub fn set(&mut self, pos: Option<usize>, id: &str, state: Option<CardState>) {
        match (pos, state) {
            (Some(i), s) => self.by_card[i] = s.map(PackedState::from),
            (None, Some(s)) => {
                self.other.insert(id.to_string(), s);
            }
            (None, None) => {
                self.other.remove(id);
            }
        }
    }

    /// The ids of the states that belong to no loaded card, sorted.
    pub fn others(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.other.keys().map(String::as_str).collect();
        ids.sort_unstable();
        ids
    }

    /// Every state.
    pub fn all(&self) -> impl Iterator<Item = CardState> {
        self.by_card
            .iter()
            .flatten()
            .map(PackedState::get)
            .chain(self.other.values().cloned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::{Card, CardBody};

    fn card(id: &str) -> Card {
        Card::plain(
            id,
            CardBody::Cloze {
                text: "{{x}}".into(),
            },
        )
    }

    fn state(reps: u32) -> CardState {
        let mut s = CardState::new_card();
        s.reps = reps;
        s
    }

    #[test]
    fn the_index_finds_every_card_and_nothing_else() {
        let mut cards: CardTable = (0..1000)
            .map(|i| card(&format!("p{}/c{i}", i % 7)))
            .collect();
        let mut index = CardIndex::build(&cards);
        for (i, c) in cards.iter().enumerate() {
            assert_eq!(index.get(&cards, c.id), Some(i));
        }
        assert_eq!(index.get(&cards, "p0/c1"), None);
        assert_eq!(index.get(&cards, ""), None);
        cards.push(&card("p0/c0"));
        index.add(&cards, 1000);
        assert_eq!(
            index.get(&cards, "p0/c0"),
            Some(0),
            "the first position stays"
        );
        cards.push(&card("q/new"));
        index.add(&cards, 1001);
        assert_eq!(index.get(&cards, "q/new"), Some(1001));
    }

    #[test]
    fn states_sit_beside_their_cards_and_the_rest_by_id() {
        let mut cards: CardTable = [card("a/1"), card("a/2")].into_iter().collect();
        let mut index = CardIndex::build(&cards);
        let mut rows = StateRows::default();
        rows.push("a/2", state(2));
        rows.push("gone/9", state(9));
        rows.push("a/q", state(5));
        let mut s = States::place(&rows, &cards, &index);
        assert_eq!(s.of_card(0), None);
        assert_eq!(s.of_card(1).map(|s| s.reps), Some(2));
        assert!(s.other_has("gone/9") && s.other_has("a/q"));
        assert_eq!(s.get(None, "gone/9").map(|s| s.reps), Some(9));
        // A question studied as a card takes its state along.
        cards.push(&card("a/q"));
        index.add(&cards, 2);
        s.card_added("a/q");
        assert!(!s.other_has("a/q"));
        assert_eq!(s.of_card(2).map(|s| s.reps), Some(5));
        s.set(Some(0), "a/1", Some(state(1)));
        s.set(None, "gone/9", None);
        let mut all: Vec<u32> = s.all().map(|s| s.reps).collect();
        all.sort();
        assert_eq!(all, vec![1, 2, 5]);
    }
}

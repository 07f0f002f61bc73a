//! The due counts without cards: `awsdrill due` needs of each card only its id, its sibling group,
//! where it comes from and its state, so it builds no `Card` (a large collection has 50,000 of
//! them). `DueDeck` puts the packs' rosters (`core::content::Roster`) in the deck's study order and
//! each stored state beside its card, as `Study` does; both give a `DueView`, from which the one
//! report is computed (`stats_report::due`).

use super::deck::study_order;
use crate::core::content::{Pack, Roster};
use crate::core::scheduler::Calendar;
use crate::core::scheduler::packed::PackedState;
use crate::core::scheduler::queue::{self, Limits, QueueCard};
use crate::core::stats::Counts;
use crate::core::stats::Origin;
use crate::store::StateRows;
use hashbrown::HashTable;
use rustc_hash::{FxHashMap, FxHashSet, FxHasher};
use std::borrow::Cow;
use std::hash::{Hash, Hasher};

/// What the due counts need of every scheduled card, by its position in study order.
#[derive(Debug, Default)]
pub struct DueView<'a> {
    /// Each card's state and sibling group, as the queue sees it.
    pub cards: Cow<'a, [QueueCard<'a>]>,
    /// Each card's id.
    pub ids: Cow<'a, [&'a str]>,
    /// Where each card comes from.
    pub origins: Cow<'a, [Origin]>,
    /// The loaded packs' ids.
    pub pack_ids: Vec<&'a str>,
}

/// The loaded cards in study order, by id only, with their states.
#[derive(Debug, Default)]
pub struct DueDeck<'a> {
    ids: Vec<&'a str>,
    /// Each card's state and sibling group (`pack/group`, kept in the roster), as the queue
    /// sees it.
    cards: Vec<QueueCard<'a>>,
    origins: Vec<Origin>,
    pack_ids: Vec<&'a str>,
    /// Positions hashed by id (the ids themselves are in `ids`).
    index: HashTable<u32>,
    /// Each card's domain (none kept for a missed question: its question has it,
    /// `Roster::questions`).
    domains: Vec<Option<crate::core::domain::Domain>>,
}

/// A card's place before it is put in study order: (pack, card in the pack), or a generated
/// drill's number with `pack` = `GENERATOR`.
type Place = (u32, u32);
const GENERATOR: u32 = u32::MAX;

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
        let per_pack: Vec<_> = rosters
            .iter()
            .enumerate()
            .map(|(p, r)| (0..r.len() as u32).map(move |c| (p as u32, c)))
            .collect();
        let generators: Vec<&'a crate::core::content::Generator> =
            packs.iter().flat_map(|p| &p.generators).collect();
        let order: Vec<Place> = study_order(
            per_pack,
            (0..generators.len() as u32)
                .map(|g| (GENERATOR, g))
                .collect(),
        );
        let n = order.len();
        let mut deck = DueDeck {
            ids: Vec::with_capacity(n),
            cards: Vec::with_capacity(n),
            origins: Vec::with_capacity(n),
            pack_ids: packs.iter().map(|p| p.id.as_str()).collect(),
            index: HashTable::new(),
            domains: Vec::with_capacity(n),
        };
        // Each roster's cards, read in file order as the study order asks for them.
        let mut cursors: Vec<_> = rosters.iter().map(|r| r.cards()).collect();
        // Ids are the pack's id and the item's: only a card of a pack with questions can have a
        // question's id (most cards of a large collection are in packs without any).
        let with_questions: Vec<bool> = rosters
            .iter()
            .map(|r| !r.question_ends.is_empty())
            .collect();
        for (p, c) in order {
            if p == GENERATOR {
                deck.ids.push(generators[c as usize].id.as_str());
                deck.cards.push(QueueCard {
                    state: None,
                    group: None,
                });
                deck.origins.push(Origin::Generated);
                deck.domains.push(generators[c as usize].domain);
                continue;
            }
            let Some(card) = cursors[p as usize].next() else {
                continue;
            };
            deck.ids.push(card.id);
            deck.origins.push(if card.generated {
                Origin::Generated
            } else if with_questions[p as usize] && questions.contains(card.id) {
                Origin::MissedQuestion
            } else {
                Origin::Pack
            });
            deck.cards.push(QueueCard {
                state: None,
                group: card.group,
            });
            deck.domains.push(card.domain);
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
        let mut others: FxHashMap<&str, &PackedState> = FxHashMap::default();
        for (id, state) in rows.iter() {
            match index.find(hash(id), |&j| ids[j as usize] == id) {
                Some(&j) => deck.cards[j as usize].state = Some(state),
                None => {
                    others.insert(id, state);
                }
            }
        }
        // Missed exam questions that became cards of their own (they have a state under their id).
        for q in rosters.iter().flat_map(Roster::question_ids) {
            if let Some(state) = others.remove(q) {
                deck.ids.push(q);
                deck.cards.push(QueueCard {
                    state: Some(state),
                    group: None,
                });
                deck.origins.push(Origin::MissedQuestion);
                deck.domains.push(None);
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
        self.cards[i as usize].group.map(str::to_string)
    }

    /// The domain of a loaded card of the packs, by id (missed questions, added after the index
    /// was built, have none here: their questions have it).
    pub fn domain_of(&self, id: &str) -> Option<crate::core::domain::Domain> {
        let ids = &self.ids;
        let &i = self.index.find(hash(id), |&j| ids[j as usize] == id)?;
        self.domains[i as usize]
    }

    /// Each card's domain, by position in study order (a missed question's is not kept here).
    pub fn domains(&self) -> &[Option<crate::core::domain::Domain>] {
        &self.domains
    }

    /// Each card's state, by position in study order.
    pub fn states(&self) -> impl Iterator<Item = Option<&PackedState>> {
        self.cards.iter().map(|c| c.state)
    }

    /// What the due counts need.
    pub fn view(&self) -> DueView<'_> {
        DueView {
            cards: Cow::Borrowed(&self.cards),
            ids: Cow::Borrowed(&self.ids),
            origins: Cow::Borrowed(&self.origins),
            pack_ids: self.pack_ids.clone(),
        }
    }
}

/// Today's queue (positions in `view`: `core::scheduler::queue::build`, its limits and sibling
/// rules) and the counts every screen shows (`core::stats::counts`), from a `DueView`: what the
/// due report, the Stats report and the app's first frame count (one
/// definition of every number on Home, Stats and `due`).
pub fn counts_of(
    view: &DueView,
    limits: &Limits,
    answers_all: u64,
    cal: &dyn Calendar,
    decay: f32,
    now: i64,
) -> (Vec<usize>, Counts) {
    let (order, due) = queue::build(&view.cards, now, cal, limits, decay);
    let counts = crate::core::stats::counts(
        view.origins
            .iter()
            .zip(view.cards.iter())
            .map(|(&o, c)| (o, c.state)),
        due,
        limits.answers_today,
        answers_all,
    );
    (order, counts)
}

//! The app's start from the packs' rosters: Home's first frame needs of each card only its id,
//! sibling group, origin and state (the due counts, `DueDeck`), so the session starts with the
//! rosters and the stored states, and builds no `Card` until the whole deck replaces them after
//! the first frame (`Study::load_text`).

use super::due::DueDeck;
use super::index::{IdOrder, States};
use super::{PackInfo, limits_at};
use crate::core::config::Config;
use crate::core::content::{Pack, Roster};
use crate::core::scheduler::packed::PackedState;
use crate::core::scheduler::{Calendar, CardState};
use crate::core::stats::{Counts, Origin};
use crate::store::{StateRows, Store};
use anyhow::Result;

/// What the rosters' deck is built from: the packs without their cards and questions (their
/// titles and generators), each pack's roster, and every stored state.
pub(super) struct RosterParts {
    pub packs: Vec<Pack>,
    pub rosters: Vec<Roster>,
    pub rows: StateRows,
}

self_cell::self_cell!(
    /// The rosters' cards in study order with their states (`DueDeck`), built once over the parts
    /// it borrows from.
    pub(super) struct FromRoster {
        owner: RosterParts,
        #[covariant]
        dependent: DueDeck,
    }
);

impl FromRoster {
    /// The deck of `parts` in study order, every state beside its card.
    pub fn build(parts: RosterParts) -> FromRoster {
        FromRoster::new(parts, |p| DueDeck::new(&p.packs, &p.rosters, &p.rows))
    }

    /// Every count Home shows at `now`, the same as `Study::counts` over the whole deck: today's
    /// limits, then `study::counts_of` over the `DueView` (as `due` and Stats count).
    pub fn counts(
        &self,
        store: &Store,
        config: &Config,
        cal: &dyn Calendar,
        decay: f32,
        now: i64,
    ) -> Result<Counts> {
        let deck = self.borrow_dependent();
        let limits = limits_at(store, config, cal, now, |id| deck.group_of(id))?;
        let answers_all = store.summary()?.reviews.max(0) as u64;
        let (_, counts) = super::counts_of(&deck.view(), &limits, answers_all, cal, decay, now);
        Ok(counts)
    }

    /// Each card's domain and state, in study order: what the readiness on Home reads (as
    /// `Study::readiness` reads them of the whole deck). A missed question studied as a card has
    /// no domain here, so a session with one loads the whole deck first (`needs_questions_now`).
    pub fn domains_and_states(
        &self,
    ) -> impl Iterator<Item = (Option<crate::core::domain::Domain>, Option<CardState>)> {
        let deck = self.borrow_dependent();
        deck.domains()
            .iter()
            .copied()
            .zip(deck.states().map(|s| s.map(PackedState::get)))
    }

    /// Whether a missed exam question is studied as a card (it follows the packs' cards).
    pub fn has_missed_questions(&self) -> bool {
        self.borrow_dependent()
            .view()
            .origins
            .contains(&Origin::MissedQuestion)
    }

    /// The ids of the states that belong to no loaded card, sorted (as `States::others`): every
    /// state sits beside at most one card (ids are unique in the store), so when as many cards
    /// have a state as there are states, there are none.
    pub fn others(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.other_rows().into_iter().map(|(id, _)| id).collect();
        ids.sort_unstable();
        ids
    }

    /// The stored states that belong to no loaded card, with their ids, in the rows' order.
    fn other_rows(&self) -> Vec<(&str, &PackedState)> {
        let rows = &self.borrow_owner().rows;
        let view = self.borrow_dependent().view();
        let placed = view.cards.iter().filter(|c| c.state.is_some()).count();
        if placed == rows.len() {
            return Vec::new();
        }
        let loaded: rustc_hash::FxHashSet<&str> = view.ids.iter().copied().collect();
        rows.iter().filter(|(id, _)| !loaded.contains(id)).collect()
    }

    /// The deck's ids in order and every state placed beside its card (the rest by id), as a
    /// session started from the rosters keeps them while the whole deck loads
    /// (`Study::load_text`); the rosters and the rows are dropped.
    pub fn into_order_and_states(self) -> (IdOrder, States) {
        let view = self.borrow_dependent().view();
        let order = IdOrder::of_ids(view.ids.iter().copied());
        let by_card: Vec<_> = view.cards.iter().map(|c| c.state.cloned()).collect();
        let other = self
            .other_rows()
            .into_iter()
            .map(|(id, s)| (id.to_string(), s.get()))
            .collect();
        (order, States::from_parts(by_card, other))
    }
}

/// What Home lists of each pack, from the packs (without their cards and questions) and their
/// rosters: the same as `Deck::packs` of the whole packs.
pub fn pack_infos(packs: &[Pack], rosters: &[Roster]) -> Vec<PackInfo> {
    packs
        .iter()
        .zip(rosters)
        .map(|(p, r)| PackInfo {
            id: p.id.clone(),
            title: p.title.clone(),
            cards: r.len(),
            generators: p.generators.len(),
            questions: r.question_ends.len(),
            checked: p.checked.clone(),
        })
        .collect()
}

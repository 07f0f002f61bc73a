//! A study session: the shell that joins the store, the packs and the pure scheduler.
//!
//! It loads card states once, keeps them in memory, and writes every answer to the store (one
//! transaction, committed) before it returns, so that what the screen acknowledges is on disk.

use crate::core::config::Config;
use crate::core::content::{Card, CardTable, CardView, Pack, Question};
use crate::core::scheduler::queue::{self, DueCounts, Limits, QueueCard};
use crate::core::scheduler::readiness::{self, Readiness};
use crate::core::scheduler::{
    Calendar, CardState, Preview, Rating, SchedError, Scheduler, Settings,
};
use crate::core::stats::{Counts, Origin};
use crate::store::{StateRows, Store, UndoEntry};
use anyhow::Result;
use rand::SeedableRng;
use rand::rngs::StdRng;
use rustc_hash::FxHashMap;

mod custom;
mod deck;
mod due;
pub use due::{DueDeck, DueView, counts_of};
mod exam;
pub use exam::task_tallies;
mod index;
mod start;
use deck::GroupKeys;
pub use deck::{Deck, PackInfo};
use index::{CardIndex, States};
pub use start::pack_infos;
use std::collections::{HashMap, HashSet};

/// The app-state key of the user's optimized FSRS parameters (a JSON array).
pub const PARAMS_KEY: &str = "fsrs_params";

/// Answer times are capped at this, as Anki does, so a card left open does not count for hours.
pub const MAX_ANSWER_MS: i64 = 60_000;

/// What this session did, for the end-of-session summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SessionStats {
    /// Answers given.
    pub answered: u32,
    /// Of which Again.
    pub again: u32,
    /// Time spent answering, in milliseconds.
    pub time_ms: i64,
}

/// The result of an answer, for the screen.
#[derive(Debug, Clone, PartialEq)]
pub struct AnswerNote {
    /// The card answered.
    pub item_id: String,
    /// True when the card just became a leech (tagged and suspended).
    pub became_leech: bool,
    /// Its lapses now.
    pub lapses: u32,
}

/// A study session over all loaded cards.
pub struct Study {
    store: Store,
    /// The services each pack covers, for Browse.
    pack_services: HashMap<String, String>,
    cards: CardTable,
    /// The sibling group as `pack/group` of the cards in one, by position, computed once.
    group_keys: GroupKeys,
    /// How many of `cards` come from the packs: the rest, after them, are missed exam questions
    /// studied as cards (`Placed::with`, `add_question_card`).
    pack_cards: usize,
    index: CardIndex,
    questions: Vec<Question>,
    question_index: FxHashMap<String, usize>,
    states: States,
    /// When the session was started from the rosters (`from_roster`): the packs' rosters in
    /// study order with every stored state, and what loads the whole deck. Until `load_text`,
    /// `cards` is empty and Home's numbers come from the rosters; the app draws its first frame
    /// before it calls `load_text`.
    roster: Option<(start::FromRoster, LoadDeck)>,
    sched: Scheduler,
    cal: Box<dyn Calendar>,
    rng: StdRng,
    config: Config,
    /// Undo stack: the store's entry, the answer's counted time, and whether it was Again.
    undo: Vec<(UndoEntry, i64, bool)>,
    current: Option<usize>,
    /// The card at `current`, owned (the screens borrow it as a `Card`), set with `current` by
    /// `set_current`.
    current_card: Option<Card>,
    /// The custom session under way: while it runs, its cards are shown instead of the queue and
    /// answers change no card's state.
    custom: Option<crate::core::custom::Session>,
    /// Undo for the custom session: each answer's custom-log row and card id.
    custom_undo: Vec<(i64, String)>,
    /// This session's counts.
    pub stats: SessionStats,
    /// The data directory's lock, held as long as the session lives.
    lock: Option<crate::paths::DataLock>,
    /// Home's streak, read ahead while the app opened (taken by the first `streak`).
    pub(crate) streak_ahead: Option<StreakAhead>,
}

/// Home's streak read ahead on a connection of its own (`Store::streak_ahead`), for this study day.
pub type StreakAhead = (i64, std::thread::JoinHandle<crate::store::Result<usize>>);

/// Loads a deck (the second half of `Study::roster`, called by `load_text`).
pub type LoadDeck = Box<dyn FnOnce() -> Result<Deck> + Send>;

/// A deck's parts with every stored state beside its card, and missed exam questions with a
/// state added as cards of their own.
struct Placed {
    pack_services: HashMap<String, String>,
    cards: CardTable,
    group_keys: GroupKeys,
    pack_cards: usize,
    index: CardIndex,
    questions: Vec<Question>,
    question_index: FxHashMap<String, usize>,
    states: States,
}

impl Placed {
    fn new(deck: Deck, rows: &StateRows) -> Placed {
        Self::with(deck, |cards, index| States::place(rows, cards, index))
    }

    /// The deck with the states `place` gives for its cards (then missed questions are added).
    fn with(deck: Deck, place: impl FnOnce(&CardTable, &CardIndex) -> States) -> Placed {
        let Deck {
            packs: _,
            pack_services,
            mut cards,
            group_keys,
            mut index,
            questions,
            question_index,
        } = deck;
        let mut states = place(&cards, &index);
        let pack_cards = cards.len();
        // Missed exam questions that became cards of their own (they have a state under their id).
        for q in &questions {
            if states.other_has(&q.id) {
                cards.push(&crate::core::exam::card_from_question(q));
                index.add(&cards, cards.len() - 1);
                states.card_added(&q.id);
            }
        }
        Placed {
            pack_services,
            cards,
            group_keys,
            pack_cards,
            index,
            questions,
            question_index,
            states,
        }
    }
}

/// Reads the saved FSRS parameters, if any (an unreadable value is ignored: defaults are used).
pub fn saved_params(store: &Store) -> Result<Vec<f32>> {
    Ok(store
        .get_state(PARAMS_KEY)?
        .and_then(|s| serde_json::from_str::<Vec<f32>>(&s).ok())
        .unwrap_or_default())
}

/// The scheduler of `config` with the store's saved parameters (its defaults when this fsrs
/// version rejects them).
pub fn scheduler_for(store: &Store, config: &Config) -> Result<Scheduler> {
    let params = saved_params(store)?;
    let settings = Settings::from_config(config);
    Ok(match Scheduler::new(&params, settings.clone()) {
        Ok(s) => s,
        Err(_) => Scheduler::new(&[], settings)?,
    })
}

/// Today's limits at `now`: the settings' and the answers since the study day began, with the
/// sibling groups of the cards answered (`group_of` gives a loaded card's group by id).
pub fn limits_at(
    store: &Store,
    config: &Config,
    cal: &dyn Calendar,
    now: i64,
    group_of: impl Fn(&str) -> Option<String>,
) -> Result<Limits> {
    let start = cal.day_start(cal.day(now));
    let a = store.activity_since(start)?;
    let groups = a
        .item_ids
        .iter()
        .filter_map(|id| group_of(id))
        .collect::<HashSet<_>>();
    Ok(Limits {
        new_per_day: config.new_cards_per_day,
        max_reviews_per_day: config.max_reviews_per_day,
        new_done_today: a.new,
        reviews_done_today: a.reviews,
        answers_today: a.answers,
        groups_seen_today: groups,
    })
}

impl Study {
    /// Starts a session. `seed` seeds the interval fuzz.
    pub fn new(
        store: Store,
        packs: Vec<Pack>,
        config: Config,
        cal: Box<dyn Calendar>,
        seed: u64,
    ) -> Result<Study> {
        let states = store.card_states()?;
        Self::from_deck(store, states, Deck::new(packs), config, cal, seed)
    }

    /// A session over a deck built beforehand, with the card states read from `store`.
    pub fn from_deck(
        store: Store,
        states: StateRows,
        deck: Deck,
        config: Config,
        cal: Box<dyn Calendar>,
        seed: u64,
    ) -> Result<Study> {
        let sched = scheduler_for(&store, &config)?;
        let Placed {
            pack_services,
            cards,
            group_keys,
            pack_cards,
            index,
            questions,
            question_index,
            states,
        } = Placed::new(deck, &states);
        Ok(Study {
            store,
            pack_services,
            group_keys,
            cards,
            pack_cards,
            index,
            questions,
            question_index,
            states,
            roster: None,
            sched,
            cal,
            rng: StdRng::seed_from_u64(seed),
            config,
            undo: Vec::new(),
            current: None,
            current_card: None,
            custom: None,
            custom_undo: Vec::new(),
            stats: SessionStats::default(),
            lock: None,
            streak_ahead: None,
        })
    }

    /// A session started from the packs' rosters (`Detail::Ids`: their ids, groups and
    /// generators, no card) and every stored state, for the app's first frame: Home's numbers
    /// come from the rosters (`DueDeck`, as `awsdrill due`), and `load` gives the whole deck when
    /// `load_text` is called, which places the states beside its cards.
    #[allow(
        clippy::too_many_arguments,
        reason = "the parts of a session, as `from_deck`"
    )]
    pub fn from_roster(
        store: Store,
        states: StateRows,
        packs: Vec<Pack>,
        rosters: Vec<crate::core::content::Roster>,
        config: Config,
        cal: Box<dyn Calendar>,
        seed: u64,
        load: LoadDeck,
    ) -> Result<Study> {
        let mut study = Self::from_deck(
            store,
            StateRows::default(),
            Deck::default(),
            config,
            cal,
            seed,
        )?;
        let roster = start::FromRoster::build(start::RosterParts {
            packs,
            rosters,
            rows: states,
        });
        study.roster = Some((roster, load));
        Ok(study)
    }

    /// Home's streak at `now` (`Store::streak`): the one read ahead when the app opened, if it
    /// was read for today, else read now.
    pub fn streak(&mut self, now: i64) -> usize {
        let today = self.cal.day(now);
        if let Some((day, handle)) = self.streak_ahead.take()
            && day == today
            && let Ok(Ok(n)) = handle.join()
        {
            return n;
        }
        self.store.streak(self.cal.as_ref(), today)
    }

    /// The rosters the session was started from, until `load_text`.
    fn started_rosters(&self) -> Option<&start::FromRoster> {
        self.roster.as_ref().map(|(r, _)| r)
    }

    /// Whether a session started from the rosters (`from_roster`, which has no card and no
    /// question) needs the whole deck before anything is shown: a missed exam question is studied
    /// as a card (made from the question, so it needs its text and domain), or an unfinished exam
    /// waits to be resumed.
    pub fn needs_questions_now(&self) -> Result<bool> {
        let Some(r) = self.started_rosters() else {
            return Ok(false);
        };
        Ok(r.has_missed_questions() || self.store.open_attempt()?.is_some())
    }

    /// Loads the whole deck when the session was started from the rosters (`from_roster`): every
    /// state is placed beside its card. Call it before any answer or change (the app does, before
    /// its first key).
    pub fn load_text(&mut self) -> Result<()> {
        let Some((roster, load)) = self.roster.take() else {
            return Ok(());
        };
        // The rosters go first (the whole deck takes their room): their card ids are kept in
        // order, their states where they are. The whole deck has the same cards in the same order
        // unless the packs changed meanwhile: then the states stay beside their cards, and
        // otherwise they are placed again by id.
        let (order, kept) = roster.into_order_and_states();
        self.set_current(None);
        let placed = match load() {
            Ok(deck) if order.is_order_of(&deck.cards) => Placed::with(deck, |_, _| kept),
            Ok(deck) => Placed::new(deck, &order.rows(kept)),
            Err(e) => {
                // The packs are gone meanwhile: the session goes on with no card, every state kept.
                self.states = States::place(&order.rows(kept), &self.cards, &self.index);
                return Err(e);
            }
        };
        self.take_placed(placed);
        Ok(())
    }

    /// The whole deck, its states placed, in place of the session's cards.
    fn take_placed(&mut self, placed: Placed) {
        self.pack_services = placed.pack_services;
        self.cards = placed.cards;
        self.pack_cards = placed.pack_cards;
        self.group_keys = placed.group_keys;
        self.index = placed.index;
        self.questions = placed.questions;
        self.question_index = placed.question_index;
        self.states = placed.states;
        self.set_current(None);
    }

    /// Ends the session of a command that is about to exit: closes the store and leaves the
    /// cards and states to the operating system (freeing a large collection piece by piece takes
    /// longer than the rest of such a command).
    pub fn finish_and_exit_soon(self) {
        let Study {
            store,
            cards,
            index,
            states,
            group_keys,
            roster,
            ..
        } = self;
        drop(store);
        std::mem::forget((cards, index, states, group_keys, roster));
    }

    /// The settings in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Applies new settings at once (limits, steps, retention, exam date).
    pub fn apply_config(&mut self, config: Config) -> Result<()> {
        let settings = Settings::from_config(&config);
        self.sched = Scheduler::new(self.sched.params(), settings)?;
        self.config = config;
        Ok(())
    }

    /// Keeps the data directory's lock for the life of the session.
    pub fn hold_lock(&mut self, lock: Option<crate::paths::DataLock>) {
        self.lock = lock;
    }

    /// Whether this session holds the data directory's lock.
    pub fn holds_lock(&self) -> bool {
        self.lock.is_some()
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The store, for writes that are not answers (exam attempts).
    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// All exam questions.
    pub fn questions(&self) -> &[Question] {
        &self.questions
    }

    /// A question by full id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.question_index.get(id).map(|&i| &self.questions[i])
    }

    /// Whether a card with this id is loaded.
    pub fn has_card(&self, id: &str) -> bool {
        self.position(id).is_some()
    }

    /// The position of a loaded card in `cards()`.
    fn position(&self, id: &str) -> Option<usize> {
        self.index.get(&self.cards, id)
    }

    /// Adds a missed question as a card of its own (once).
    pub fn add_question_card(&mut self, q: &Question) {
        if !self.has_card(&q.id) {
            let card = crate::core::exam::card_from_question(q);
            self.group_keys
                .set(self.cards.len(), group_key(CardView::of(&card)));
            self.cards.push(&card);
            self.index.add(&self.cards, self.cards.len() - 1);
            self.states.card_added(&q.id);
        }
    }

    /// Saves a card's state (not an answer) and keeps it in memory.
    pub fn set_state(&mut self, id: &str, state: CardState, now: i64) -> Result<()> {
        self.store.save_state(id, &state, now)?;
        self.keep_state(id, Some(state));
        Ok(())
    }

    /// Keeps a state in memory (after the store has it).
    fn keep_state(&mut self, id: &str, state: Option<CardState>) {
        let pos = self.position(id);
        self.states.set(pos, id, state);
    }

    /// The calendar in use.
    pub fn calendar(&self) -> &dyn Calendar {
        self.cal.as_ref()
    }

    /// The scheduler in use.
    pub fn scheduler(&self) -> &Scheduler {
        &self.sched
    }

    /// All cards.
    pub fn cards(&self) -> &CardTable {
        &self.cards
    }

    /// A card's state (`None` for a card never answered).
    pub fn state(&self, id: &str) -> Option<CardState> {
        self.states.get(self.position(id), id)
    }

    /// The state of the card at `pos` in `cards()`.
    pub fn state_at(&self, pos: usize) -> Option<CardState> {
        self.states.of_card(pos)
    }

    /// Today's limits, from the settings and the answers since the study day began.
    pub fn limits(&self, now: i64) -> Result<Limits> {
        limits_at(&self.store, &self.config, self.cal.as_ref(), now, |id| {
            self.position(id)
                .and_then(|i| self.group_keys.get(i).map(str::to_string))
        })
    }

    /// What the due counts need of every card (`stats_report::due`; `DueDeck::view` gives the
    /// same without cards).
    pub fn due_view(&self) -> DueView<'_> {
        self.due_view_with(true)
    }

    /// `due_view` without the cards' ids (800 KB on a large collection), for what only counts
    /// (the Stats screen's report, `stats_report::report`).
    pub fn counts_view(&self) -> DueView<'_> {
        self.due_view_with(false)
    }

    fn due_view_with(&self, ids: bool) -> DueView<'_> {
        DueView {
            cards: self.queue_cards().into(),
            ids: if ids {
                self.cards.ids().collect()
            } else {
                std::borrow::Cow::Borrowed(&[])
            },
            origins: (0..self.cards.len()).map(|i| self.origin(i)).collect(),
            pack_ids: self.pack_ids().collect(),
        }
    }

    /// Today's queue (indexes into `cards()`) and the due counts.
    pub fn queue(&self, now: i64) -> Result<(Vec<usize>, DueCounts)> {
        let limits = self.limits(now)?;
        Ok(self.queue_with(&limits, now))
    }

    /// Every count of cards and answers that the screens and commands show (`core::stats::Counts`).
    pub fn counts(&self, now: i64) -> Result<Counts> {
        if let Some(r) = self.started_rosters() {
            // Started from the rosters: the same counts over their `DueView`.
            return r.counts(
                &self.store,
                &self.config,
                self.cal.as_ref(),
                self.sched.decay(),
                now,
            );
        }
        let limits = self.limits(now)?;
        let (_, due) = self.queue_with(&limits, now);
        let answers_all = self.store.summary()?.reviews;
        Ok(crate::core::stats::counts(
            (0..self.cards.len()).map(|i| (self.origin(i), self.states.of_card(i))),
            due,
            limits.answers_today,
            answers_all.max(0) as u64,
        ))
    }

    /// Where the card at `pos` in `cards()` comes from. A missed question studied as a card
    /// follows the packs' cards (no pack card has a question's id: a pack where one does has an
    /// error and is not loaded).
    pub fn origin(&self, pos: usize) -> Origin {
        if self.cards.is_generated(pos) {
            Origin::Generated
        } else if pos >= self.pack_cards {
            Origin::MissedQuestion
        } else {
            Origin::Pack
        }
    }

    /// What the queue reads of each card, by position: its state and its sibling key.
    fn queue_cards(&self) -> Vec<QueueCard<'_>> {
        self.group_keys
            .each(self.cards.len())
            .enumerate()
            .map(|(i, group)| QueueCard {
                state: self.states.packed(i),
                group,
            })
            .collect()
    }

    fn queue_with(&self, limits: &Limits, now: i64) -> (Vec<usize>, DueCounts) {
        // Built from positions alone: the cards themselves are not touched.
        let qc = self.queue_cards();
        queue::build(&qc, now, self.cal.as_ref(), limits, self.sched.decay())
    }

    /// Picks the next card to show (the current one stays if it is still first): the custom
    /// session's while one runs, else today's queue's. Returns it.
    pub fn next_card(&mut self, now: i64) -> Result<Option<&Card>> {
        self.set_current(match &self.custom {
            Some(c) => c.current(),
            None => self.queue(now)?.0.first().copied(),
        });
        Ok(self.current_card.as_ref())
    }

    /// The card on screen.
    pub fn current(&self) -> Option<&Card> {
        self.current_card.as_ref()
    }

    /// Puts the card at `pos` on screen (none with `None`).
    fn set_current(&mut self, pos: Option<usize>) {
        if pos != self.current || pos.is_some() != self.current_card.is_some() {
            self.current_card = pos.map(|i| self.cards.get(i).to_card());
        }
        self.current = pos;
    }

    /// The state of the card on screen.
    pub fn current_state(&self) -> CardState {
        self.current
            .and_then(|i| self.states.of_card(i))
            .unwrap_or_else(CardState::new_card)
    }

    /// What each button would do for the card on screen.
    pub fn preview(&self, now: i64) -> Result<Option<[Preview; 4]>, SchedError> {
        if self.current.is_none() {
            return Ok(None);
        }
        self.sched
            .preview(&self.current_state(), now, self.cal.as_ref())
            .map(Some)
    }

    /// Answers the card on screen; the answer is committed to the store before this returns.
    pub fn answer(
        &mut self,
        rating: Rating,
        now: i64,
        duration_ms: i64,
    ) -> Result<Option<AnswerNote>> {
        let Some(i) = self.current else {
            return Ok(None);
        };
        let id = self.cards.id(i).to_string();
        if let Some(session) = &mut self.custom {
            // Custom study: logged apart; the card's state and the review log stay as they are.
            let duration = duration_ms.clamp(0, MAX_ANSWER_MS);
            let row = self
                .store
                .record_custom_answer(&id, rating, now, duration)?;
            session.answer(rating, duration);
            self.custom_undo.push((row, id.clone()));
            self.set_current(None);
            return Ok(Some(AnswerNote {
                item_id: id,
                became_leech: false,
                lapses: self.states.of_card(i).map_or(0, |s| s.lapses),
            }));
        }
        let before = self.current_state();
        let a = self
            .sched
            .answer(&before, rating, now, self.cal.as_ref(), &mut self.rng)?;
        let duration = duration_ms.clamp(0, MAX_ANSWER_MS);
        let entry = self
            .store
            .record_answer(&id, &a.state, &a.log, now, duration)?;
        self.undo.push((entry, duration, rating == Rating::Again));
        self.stats.answered += 1;
        self.stats.again += u32::from(rating == Rating::Again);
        self.stats.time_ms += duration;
        let lapses = a.state.lapses;
        self.keep_state(&id, Some(a.state));
        self.set_current(None);
        Ok(Some(AnswerNote {
            item_id: id,
            became_leech: a.became_leech,
            lapses,
        }))
    }

    /// Whether there is an answer of this session (of the custom session while one runs) to undo.
    pub fn can_undo(&self) -> bool {
        match &self.custom {
            Some(c) => c.can_undo(),
            None => !self.undo.is_empty(),
        }
    }

    /// Undoes the last answer of this session (repeatable back to its start); the undone card
    /// becomes the current one again. Returns its id. While a custom session runs, its answers
    /// are undone, and only those.
    pub fn undo(&mut self, now: i64) -> Result<Option<String>> {
        if let Some(session) = &mut self.custom {
            let Some((row, id)) = self.custom_undo.pop() else {
                return Ok(None);
            };
            if let Err(e) = self.store.undo_custom_answer(row, &id) {
                self.custom_undo.push((row, id));
                return Err(e.into());
            }
            session.undo();
            let current = session.current();
            self.set_current(current);
            return Ok(Some(id));
        }
        let Some((entry, duration, again)) = self.undo.pop() else {
            return Ok(None);
        };
        if let Err(e) = self.store.undo(&entry, now) {
            self.undo.push((entry, duration, again));
            return Err(e.into());
        }
        self.stats.time_ms -= duration;
        self.stats.again -= u32::from(again);
        self.keep_state(&entry.item_id, entry.prev.clone());
        self.stats.answered = self.stats.answered.saturating_sub(1);
        self.set_current(self.position(&entry.item_id));
        Ok(Some(entry.item_id))
    }

    fn change_current(
        &mut self,
        now: i64,
        f: impl FnOnce(&mut CardState),
    ) -> Result<Option<String>> {
        let Some(i) = self.current else {
            return Ok(None);
        };
        let id = self.cards.id(i).to_string();
        let mut s = self.current_state();
        f(&mut s);
        self.store.save_state(&id, &s, now)?;
        self.states.set(Some(i), &id, Some(s));
        self.set_current(None);
        if let Some(session) = &mut self.custom {
            session.set_aside_current();
        }
        Ok(Some(id))
    }

    /// Every card and question as a Browse row (their words are read through `library`).
    pub fn browse_items(&self, now: i64) -> Vec<crate::core::browse::Item> {
        use crate::core::browse::{card_item, question_item};
        let tomorrow = self.cal.day_start(self.cal.day(now) + 1);
        let mut items = Vec::with_capacity(self.cards.len() + self.questions.len());
        items.extend(self.cards.iter().enumerate().map(|(i, c)| {
            card_item(
                i,
                c,
                self.states.of_card(i).as_ref(),
                (now, tomorrow),
                crate::calc_text::drills::row,
            )
        }));
        items.extend(
            self.questions
                .iter()
                .enumerate()
                .filter(|(_, q)| !self.has_card(&q.id))
                .map(|(i, q)| {
                    question_item(i, q, self.states.get(None, &q.id).as_ref(), now, tomorrow)
                }),
        );
        items
    }

    /// A sentence about studied items that no loaded pack has (their history is kept), if any.
    pub fn orphan_notice(&self) -> Option<String> {
        let orphans = match self.started_rosters() {
            Some(r) => r.others(),
            None => self.states.others(),
        };
        let first = orphans.first()?;
        Some(format!(
            "{} studied item(s) are in no loaded pack; their history is kept (first: {first})",
            orphans.len()
        ))
    }

    /// The ids of the loaded packs.
    pub fn pack_ids(&self) -> impl Iterator<Item = &str> {
        self.pack_services.keys().map(String::as_str)
    }

    /// The cards and questions that Browse rows point into.
    pub fn library(&self) -> crate::core::browse::Library<'_> {
        crate::core::browse::Library {
            cards: &self.cards,
            questions: &self.questions,
            services: &self.pack_services,
        }
    }

    /// A card by id.
    pub fn card(&self, id: &str) -> Option<CardView<'_>> {
        self.position(id).map(|i| self.cards.get(i))
    }

    /// The domain of the loaded card with this id, if it has one (without reading the rest of
    /// the card).
    pub fn card_domain(&self, id: &str) -> Option<crate::core::domain::Domain> {
        self.position(id).and_then(|i| self.cards.domain(i))
    }

    /// Suspends a card, or unsuspends it (a leech stays tagged). Returns whether it is suspended now.
    pub fn toggle_suspend(&mut self, id: &str, now: i64) -> Result<bool> {
        let mut s = self.state(id).unwrap_or_else(CardState::new_card);
        s.suspended = !s.suspended;
        let now_suspended = s.suspended;
        self.set_state(id, s, now)?;
        Ok(now_suspended)
    }

    /// Makes a card new again; its review history is kept.
    pub fn reset(&mut self, id: &str, now: i64) -> Result<()> {
        self.set_state(id, CardState::new_card(), now)
    }

    /// Buries a card until the next study day.
    pub fn bury(&mut self, id: &str, now: i64) -> Result<()> {
        let tomorrow = self.cal.day_start(self.cal.day(now) + 1);
        let mut s = self.state(id).unwrap_or_else(CardState::new_card);
        s.buried_until = Some(tomorrow);
        self.set_state(id, s, now)
    }

    /// Suspends the card on screen.
    pub fn suspend_current(&mut self, now: i64) -> Result<Option<String>> {
        self.change_current(now, |s| s.suspended = true)
    }

    /// Buries the card on screen until the next study day.
    pub fn bury_current(&mut self, now: i64) -> Result<Option<String>> {
        let tomorrow = self.cal.day_start(self.cal.day(now) + 1);
        self.change_current(now, |s| s.buried_until = Some(tomorrow))
    }

    /// The exam date's study day, when one is set.
    pub fn exam_day(&self) -> Option<i64> {
        let date = chrono::NaiveDate::parse_from_str(self.config.exam_date.as_deref()?, "%Y-%m-%d")
            .ok()?;
        let epoch = chrono::NaiveDate::from_ymd_opt(1970, 1, 1)?;
        Some((date - epoch).num_days())
    }

    /// Predicted recall on exam day, when an exam date is set.
    pub fn readiness(&self, now: i64) -> Option<Readiness> {
        let day = self.exam_day()?;
        let not_suspended =
            |(_, s): &(_, Option<CardState>)| s.as_ref().is_none_or(|s| !s.suspended);
        let (cal, decay) = (self.cal.as_ref(), self.sched.decay());
        Some(match self.started_rosters() {
            // Started from the rosters (Home's first frame): their domains and states.
            Some(r) => readiness::predict(
                r.domains_and_states().filter(not_suspended),
                day,
                now,
                cal,
                decay,
            ),
            None => readiness::predict(
                (0..self.cards.len())
                    .map(|i| (self.cards.domain(i), self.states.of_card(i)))
                    .filter(not_suspended),
                day,
                now,
                cal,
                decay,
            ),
        })
    }

    /// When the next card comes due after now (learning steps or tomorrow's reviews), if any.
    pub fn next_due_after(&self, now: i64) -> Option<i64> {
        self.states
            .all()
            .filter(|s| s.available(now) && s.phase != crate::core::scheduler::Phase::New)
            .map(|s| s.due)
            .filter(|&d| d > now)
            .min()
    }
}

/// Groups are named within a pack; siblings are cards of one pack with one group.
fn group_key(card: CardView<'_>) -> Option<String> {
    card.group
        .map(|g| crate::core::content::roster::sibling_key(card.id, g))
}

pub use crate::core::content::pack_of;

/// Test support: the bundled packs, and a session on UTC days with the default settings.
#[cfg(test)]
pub(crate) mod testing {
    use super::Study;
    use crate::core::config::Config;
    use crate::core::content::bundled::BUNDLED;
    use crate::core::content::{Pack, parse_pack};
    use crate::core::scheduler::StudyDays;
    use crate::store::Store;

    /// Every bundled pack, parsed.
    pub fn bundled_packs() -> Vec<Pack> {
        BUNDLED
            .iter()
            .filter_map(|(n, t)| parse_pack(n, t.as_bytes()).pack)
            .collect()
    }

    /// A session over `packs` on `store`, days in UTC starting at 04:00, default settings.
    pub fn study(store: Store, packs: Vec<Pack>) -> Study {
        Study::new(
            store,
            packs,
            Config::default(),
            Box::new(StudyDays::new(chrono::Utc, 4)),
            1,
        )
        .expect("a test session opens")
    }
}

#[cfg(test)]
mod tests;

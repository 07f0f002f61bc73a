//! Custom study (Anki's filtered decks, with rescheduling off): a chosen set of cards drilled now,
//! outside the schedule.
//!
//! `select` turns a `Filter` into the cards to drill, in the order they are shown; a `Session`
//! walks through them. Answers in a custom session never change a card's scheduling state (its
//! FSRS memory, due date, lapses, leech mark): the shell keeps them in a log of their own, apart
//! from the review log, so nothing that schedules or counts reviews reads them.
//!
//! Pure: the caller passes the cards, their states, the time and, for the filters on a mock exam,
//! the ids of the questions answered wrongly.

use crate::core::browse::{self, ItemOf, Library};
use crate::core::content::{Question, pack_of};
use crate::core::domain::Domain;
use crate::core::scheduler::Rating;
use crate::core::scheduler::packed::PackedState;
use std::collections::{HashMap, VecDeque};

/// Which cards a custom session drills.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Filter {
    /// The cards of one pack (its id, exactly).
    Pack(String),
    /// The cards of one exam domain.
    Domain(Domain),
    /// The cards linked to the exam questions of one task statement (`1.2`).
    Task(String),
    /// The cards with this tag (any case).
    Tag(String),
    /// Every leech, suspended or not (a leech is suspended when it is tagged; drilling it is the
    /// point).
    Leeches,
    /// The cards linked to the questions answered wrongly in the last submitted mock exam.
    MissedLastExam,
    /// The cards linked to the questions answered wrongly in this attempt.
    MissedInExam(i64),
    /// The cards a Browse search finds (its query, filters and words), with the cards linked to
    /// the exam questions it finds.
    Search(String),
}

impl Filter {
    /// Reads a filter as typed: `pack:ID`, `domain:NAME` (or its number), `task:1.2`, `tag:NAME`,
    /// `leeches`, `missed`; anything else is a Browse search.
    pub fn parse(typed: &str) -> Result<Filter, FilterError> {
        let t = typed.trim();
        if t.is_empty() {
            return Err(FilterError::Empty);
        }
        if t.split_whitespace().count() > 1 {
            return Ok(Filter::Search(t.to_string()));
        }
        let lower = t.to_lowercase();
        Ok(match lower.split_once(':') {
            Some(("pack", v)) if !v.is_empty() => Filter::Pack(v.to_string()),
            Some(("tag", v)) if !v.is_empty() => Filter::Tag(v.to_string()),
            Some(("domain", v)) => Filter::Domain(
                Domain::from_key(v)
                    .or_else(|| {
                        Domain::ALL
                            .into_iter()
                            .find(|d| d.number().to_string() == v)
                    })
                    .ok_or_else(|| FilterError::UnknownDomain(v.to_string()))?,
            ),
            Some(("task", v)) => {
                if !Domain::ALL.iter().any(|d| d.task(v).is_some()) {
                    return Err(FilterError::UnknownTask(v.to_string()));
                }
                Filter::Task(v.to_string())
            }
            _ if lower == "leeches" || lower == "leech" => Filter::Leeches,
            _ if lower == "missed" => Filter::MissedLastExam,
            _ => Filter::Search(t.to_string()),
        })
    }

    /// Whether the filter needs the questions answered wrongly in a mock exam.
    pub fn needs_missed(&self) -> bool {
        matches!(self, Filter::MissedLastExam | Filter::MissedInExam(_))
    }
}

/// Why a typed filter does not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterError {
    /// Nothing typed.
    Empty,
    /// `domain:` names no domain.
    UnknownDomain(String),
    /// `task:` names no task statement of the exam guide.
    UnknownTask(String),
}

/// What `select` chooses from.
#[derive(Debug, Clone, Copy)]
pub struct Pool<'a> {
    /// The cards and questions (and the services of each pack, for searches).
    pub library: Library<'a>,
    /// Each card's state, by the card's position (`None`: never answered).
    pub states: &'a [Option<&'a PackedState>],
    /// Browse rows of the cards and questions, for `Filter::Search` (may be empty otherwise).
    pub items: &'a [browse::Item],
    /// Ids of the questions answered wrongly, for the filters on a mock exam.
    pub missed: &'a [String],
    /// Now (Unix ms).
    pub now: i64,
    /// The forgetting curve's decay, to order the cards.
    pub decay: f32,
}

/// The cards a filter chooses, as positions in the pool's cards, in the order a session shows
/// them: the cards you are least likely to recall now first, then the cards never studied in
/// study order. Suspended and buried cards are left out, except that `Filter::Leeches` takes
/// every leech.
pub fn select(filter: &Filter, pool: &Pool) -> Vec<usize> {
    let cards = pool.library.cards;
    let state = |i: usize| pool.states.get(i).copied().flatten().map(PackedState::get);
    let linked = |questions: &mut dyn Iterator<Item = &Question>| -> Vec<usize> {
        let by_id: HashMap<&str, usize> = cards.ids().enumerate().map(|(i, id)| (id, i)).collect();
        let mut out = Vec::new();
        for q in questions {
            let mut found: Vec<usize> = q
                .cards
                .iter()
                .filter_map(|id| by_id.get(id.as_str()).copied())
                .collect();
            // A question without linked cards is studied as a card of its own, once it is one.
            if found.is_empty()
                && let Some(&i) = by_id.get(q.id.as_str())
            {
                found.push(i);
            }
            out.extend(found);
        }
        out
    };
    // By position: a filter reads only what it tests of each card (the table's id, domain or
    // tags), not the whole card.
    let every = |keep: &dyn Fn(usize) -> bool| -> Vec<usize> {
        (0..cards.len()).filter(|&i| keep(i)).collect()
    };
    let mut chosen: Vec<usize> = match filter {
        Filter::Pack(p) => every(&|i| pack_of(cards.id(i)) == p),
        Filter::Domain(d) => every(&|i| cards.domain(i) == Some(*d)),
        Filter::Tag(t) => every(&|i| cards.tags(i).iter().any(|x| x.eq_ignore_ascii_case(t))),
        Filter::Leeches => (0..cards.len())
            .filter(|&i| state(i).is_some_and(|s| s.leech))
            .collect(),
        Filter::Task(code) => {
            linked(&mut pool.library.questions.iter().filter(|q| &q.task == code))
        }
        Filter::MissedLastExam | Filter::MissedInExam(_) => {
            let by_id: HashMap<&str, &Question> = pool
                .library
                .questions
                .iter()
                .map(|q| (q.id.as_str(), q))
                .collect();
            linked(
                &mut pool
                    .missed
                    .iter()
                    .filter_map(|id| by_id.get(id.as_str()).copied()),
            )
        }
        Filter::Search(query) => {
            let hits = browse::search(
                pool.items,
                &pool.library,
                query,
                browse::Sort::Relevance,
                None,
            );
            let mut out = Vec::new();
            let mut questions = Vec::new();
            for h in hits {
                match pool.items[h.at()].of {
                    ItemOf::Card(i) => out.push(i as usize),
                    ItemOf::Question(q) => questions.push(&pool.library.questions[q as usize]),
                }
            }
            out.extend(linked(&mut questions.into_iter()));
            out
        }
    };
    chosen.sort_unstable();
    chosen.dedup();
    let leeches = *filter == Filter::Leeches;
    chosen.retain(|&i| leeches || state(i).is_none_or(|s| s.available(pool.now)));
    // Lowest recall first (each computed once); never studied (recall 0 without a memory) last.
    let mut ranked: Vec<(bool, f64, usize)> = chosen
        .into_iter()
        .map(|i| {
            let s = state(i).filter(|s| s.memory.is_some());
            (
                s.is_none(),
                s.map_or(0.0, |s| s.retrievability(pool.now, pool.decay)),
                i,
            )
        })
        .collect();
    ranked.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)).then(a.2.cmp(&b.2)));
    ranked.into_iter().map(|(_, _, i)| i).collect()
}

/// An Again answer puts the card back this many cards later in the session (at the end when
/// fewer are left); Hard, Good and Easy take it out of the session.
pub const AGAIN_GAP: usize = 3;

/// A custom session's numbers: the one definition every screen and command shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    /// Cards chosen when the session started.
    pub cards: usize,
    /// Cards answered Hard, Good or Easy (out of the session).
    pub done: usize,
    /// Cards still to answer (each once, however many times it was missed).
    pub left: usize,
    /// Cards suspended or buried during the session (taken out of it).
    pub set_aside: usize,
    /// Answers given.
    pub answers: u32,
    /// Of which Again.
    pub again: u32,
    /// Time spent answering, ms.
    pub time_ms: i64,
}

/// One answer of a session, for undo.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Step {
    card: usize,
    again: bool,
    time_ms: i64,
}

/// A custom session under way: its filter and the cards still to answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    /// What it drills.
    pub filter: Filter,
    queue: VecDeque<usize>,
    counts: Counts,
    steps: Vec<Step>,
}

impl Session {
    /// A session over `cards` (positions, in the order to show them; see `select`).
    pub fn new(filter: Filter, cards: Vec<usize>) -> Session {
        Session {
            filter,
            counts: Counts {
                cards: cards.len(),
                left: cards.len(),
                ..Counts::default()
            },
            queue: cards.into(),
            steps: Vec::new(),
        }
    }

    /// The card to show now; `None` when the session is finished.
    pub fn current(&self) -> Option<usize> {
        self.queue.front().copied()
    }

    /// Whether every card is done (or set aside).
    pub fn finished(&self) -> bool {
        self.queue.is_empty()
    }

    /// The numbers.
    pub fn counts(&self) -> Counts {
        Counts {
            left: self.queue.len(),
            ..self.counts
        }
    }

    /// Answers the card shown: Again puts it back `AGAIN_GAP` cards later, any other rating takes
    /// it out. Returns the card answered.
    pub fn answer(&mut self, rating: Rating, time_ms: i64) -> Option<usize> {
        let card = self.queue.pop_front()?;
        let again = rating == Rating::Again;
        if again {
            self.queue.insert(AGAIN_GAP.min(self.queue.len()), card);
            self.counts.again += 1;
        } else {
            self.counts.done += 1;
        }
        self.counts.answers += 1;
        self.counts.time_ms += time_ms;
        self.steps.push(Step {
            card,
            again,
            time_ms,
        });
        Some(card)
    }

    /// Whether there is an answer to undo.
    pub fn can_undo(&self) -> bool {
        !self.steps.is_empty()
    }

    /// Undoes the last answer: its card is shown again. Returns it.
    pub fn undo(&mut self) -> Option<usize> {
        let s = self.steps.pop()?;
        if s.again {
            if let Some(at) = self.queue.iter().position(|&c| c == s.card) {
                self.queue.remove(at);
            }
            self.counts.again -= 1;
        } else {
            self.counts.done -= 1;
        }
        self.counts.answers -= 1;
        self.counts.time_ms -= s.time_ms;
        self.queue.push_front(s.card);
        Some(s.card)
    }

    /// Takes the card shown out of the session (it was suspended or buried).
    pub fn set_aside_current(&mut self) -> Option<usize> {
        let card = self.queue.pop_front()?;
        self.counts.set_aside += 1;
        Some(card)
    }
}

#[cfg(test)]
#[path = "custom_tests.rs"]
mod tests;

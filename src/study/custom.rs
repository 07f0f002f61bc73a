//! The study session's custom study: choosing the cards of a filter, and the session that drills
//! them outside the schedule (`core::custom`). While one runs, `next_card` shows its cards and
//! `answer` logs to the custom-study log without changing any card's state.

use super::Study;
use crate::core::custom::{self, Counts, Filter, Pool, Session};
use crate::core::exam::is_correct;
use anyhow::Result;

impl Study {
    /// The ids of the questions answered wrongly (a choice made, not the right ones; unanswered
    /// questions are left out, as the drill leaves them out after an exam) in an attempt, or in
    /// the last submitted one. Empty when there is none.
    pub fn missed_questions(&self, attempt: Option<i64>) -> Result<Vec<String>> {
        let id = match attempt {
            Some(id) => id,
            None => match self.store().attempt_history()?.last() {
                Some(a) => a.id,
                None => return Ok(Vec::new()),
            },
        };
        let Some((run, _)) = self.load_attempt(id)? else {
            return Ok(Vec::new());
        };
        Ok(run
            .questions
            .iter()
            .zip(&run.selected)
            .filter(|(q, s)| !s.is_empty() && !is_correct(q, s))
            .map(|(q, _)| q.id.clone())
            .collect())
    }

    /// The cards a filter chooses now (positions in `cards()`, in the order a session shows them).
    pub fn custom_select(&self, filter: &Filter, now: i64) -> Result<Vec<usize>> {
        let missed = match filter {
            Filter::MissedLastExam => self.missed_questions(None)?,
            Filter::MissedInExam(id) => self.missed_questions(Some(*id))?,
            _ => Vec::new(),
        };
        let items = match filter {
            Filter::Search(_) => self.browse_items(now),
            _ => Vec::new(),
        };
        let states: Vec<_> = (0..self.cards.len())
            .map(|i| self.states.packed(i))
            .collect();
        let pool = Pool {
            library: self.library(),
            states: &states,
            items: &items,
            missed: &missed,
            now,
            decay: self.sched.decay(),
        };
        Ok(custom::select(filter, &pool))
    }

    /// Starts a custom session over the cards `filter` chooses now; returns how many. With none,
    /// nothing starts (a session already running goes on).
    pub fn start_custom(&mut self, filter: Filter, now: i64) -> Result<usize> {
        let cards = self.custom_select(&filter, now)?;
        let n = cards.len();
        if n > 0 {
            self.custom = Some(Session::new(filter, cards));
            self.custom_undo.clear();
            self.set_current(None);
        }
        Ok(n)
    }

    /// The custom session under way, if any.
    pub fn custom(&self) -> Option<&Session> {
        self.custom.as_ref()
    }

    /// Ends the custom session (the normal queue comes back); returns its numbers.
    pub fn end_custom(&mut self) -> Option<Counts> {
        let s = self.custom.take()?;
        self.custom_undo.clear();
        self.set_current(None);
        Some(s.counts())
    }
}

#[cfg(test)]
#[path = "custom_tests.rs"]
mod tests;

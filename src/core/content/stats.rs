//! Counts over packs: cards by kind, questions by domain and type, the multiple-response share, where
//! the correct answers sit, and Korean coverage. Used by `awsdrill lint --stats` and the content tests.

use super::{CardBody, Pack};
use crate::core::domain::{Domain, TaskStatement};
use serde::Serialize;
use std::collections::BTreeMap;

/// The fewest questions a task statement should have across the bundled packs: enough for ten full
/// mock exams to meet it more than once.
pub const MIN_QUESTIONS_PER_TASK: usize = 12;

/// Counts for one pack or for all of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PackStats {
    /// Number of cards.
    pub cards: usize,
    /// Cards by kind (`basic`, `cloze`, `numeric`).
    pub cards_by_kind: BTreeMap<String, usize>,
    /// Cards with a Korean version of every field they have.
    pub cards_with_korean: usize,
    /// Number of questions.
    pub questions: usize,
    /// Questions with Korean for the stem and every choice and explanation.
    pub questions_with_korean: usize,
    /// Questions by domain key.
    pub questions_by_domain: BTreeMap<String, usize>,
    /// Questions by task statement code (`1.1` ...).
    pub questions_by_task: BTreeMap<String, usize>,
    /// Questions by difficulty key (`recall`, `apply`, `analyse`; `unrated` without one).
    pub questions_by_difficulty: BTreeMap<String, usize>,
    /// Questions with exactly one correct choice.
    pub single_answer: usize,
    /// Questions with several correct choices.
    pub multiple_response: usize,
    /// How often each position (A = 0) holds a correct choice, over all questions.
    pub correct_positions: Vec<usize>,
}

impl PackStats {
    /// Counts one pack.
    pub fn of(pack: &Pack) -> Self {
        let mut s = PackStats::default();
        s.add(pack);
        s
    }

    /// Counts every pack together.
    pub fn total<'a>(packs: impl IntoIterator<Item = &'a Pack>) -> Self {
        let mut s = PackStats::default();
        for p in packs {
            s.add(p);
        }
        s
    }

    fn add(&mut self, pack: &Pack) {
        for c in &pack.cards {
            self.cards += 1;
            *self.cards_by_kind.entry(c.body.kind().into()).or_default() += 1;
            let full = c.ko.as_ref().is_some_and(|ko| {
                let body_ok = match &c.body {
                    CardBody::Basic { .. } => ko.front.is_some() && ko.back.is_some(),
                    CardBody::Cloze { .. } => ko.text.is_some(),
                    CardBody::Numeric { .. } => ko.front.is_some() && ko.unit.is_some(),
                    CardBody::Generated { .. } => true,
                };
                body_ok && (c.note.is_none() || ko.note.is_some())
            });
            self.cards_with_korean += usize::from(full);
        }
        for q in &pack.questions {
            self.questions += 1;
            self.questions_with_korean += usize::from(q.has_korean());
            *self
                .questions_by_domain
                .entry(q.domain.key().into())
                .or_default() += 1;
            *self.questions_by_task.entry(q.task.clone()).or_default() += 1;
            let level = q.difficulty.map_or("unrated", |d| d.key());
            *self
                .questions_by_difficulty
                .entry(level.into())
                .or_default() += 1;
            if q.choose > 1 {
                self.multiple_response += 1;
            } else {
                self.single_answer += 1;
            }
            for (i, c) in q.choices.iter().enumerate() {
                if self.correct_positions.len() <= i {
                    self.correct_positions.resize(i + 1, 0);
                }
                if c.correct {
                    self.correct_positions[i] += 1;
                }
            }
        }
    }

    /// The share of questions in a domain, in percent (0 when there are no questions).
    pub fn domain_percent(&self, d: Domain) -> f64 {
        if self.questions == 0 {
            return 0.0;
        }
        let n = self.questions_by_domain.get(d.key()).copied().unwrap_or(0);
        n as f64 * 100.0 / self.questions as f64
    }

    /// Every task statement of the exam guide with fewer than `min` questions, with its count.
    pub fn thin_tasks(&self, min: usize) -> Vec<(TaskStatement, usize)> {
        Domain::ALL
            .iter()
            .flat_map(|d| d.tasks())
            .map(|t| {
                let n = self.questions_by_task.get(t.code).copied().unwrap_or(0);
                (*t, n)
            })
            .filter(|(_, n)| *n < min)
            .collect()
    }

    /// The share of multiple-response questions, in percent.
    pub fn multiple_response_percent(&self) -> f64 {
        if self.questions == 0 {
            return 0.0;
        }
        self.multiple_response as f64 * 100.0 / self.questions as f64
    }

    /// The share of questions with a full Korean version, in percent.
    pub fn korean_questions_percent(&self) -> f64 {
        if self.questions == 0 {
            return 0.0;
        }
        self.questions_with_korean as f64 * 100.0 / self.questions as f64
    }

    /// The share of cards with a full Korean version, in percent.
    pub fn korean_percent(&self) -> f64 {
        if self.cards == 0 {
            return 0.0;
        }
        self.cards_with_korean as f64 * 100.0 / self.cards as f64
    }
}

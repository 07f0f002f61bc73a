//! A mock exam in progress: its questions, choices, flags and time, and its result. The study
//! session starts, saves, times, submits and resumes it (`study::exam`); each change of answer or
//! flag is written to the store at once, and the elapsed time counts only while the exam is open.

use crate::core::content::Question;
use crate::core::exam::blueprint::{Blueprint, dva_c02};
pub use crate::core::exam::mode::{BadMode, Mode, Practice, WEAK_COUNT};
use crate::core::exam::{self, ScaledEstimate, Score, is_correct, remaining_ms, scaled_estimate};

/// Attempts whose questions a new full exam avoids while the pool allows.
pub const RECENT_ATTEMPTS: usize = 3;

/// The name a person reads for a stored mode: "Full mock exam", "Practice - Security",
/// "Practice - task 1.2, Lambda". A name that does not read is shown as stored.
pub fn mode_title(mode: &Mode) -> String {
    match mode {
        Mode::Full => "Full mock exam".into(),
        Mode::Quick => "Quick exam".into(),
        Mode::Weak(_) => "Weak areas".into(),
        Mode::Practice(p) => {
            let mut parts = Vec::new();
            if let Some(d) = p.domain {
                parts.push(d.title().to_string());
            }
            if let Some(t) = &p.task {
                parts.push(format!("task {t}"));
            }
            if let Some(s) = &p.service {
                parts.push(s.clone());
            }
            if parts.is_empty() {
                "Practice".into()
            } else {
                format!("Practice - {}", parts.join(", "))
            }
        }
    }
}

/// The method, in one line, shown beside every estimate.
pub const ESTIMATE_METHOD: &str = "Estimate only: your proportion right with its 90 % Wilson interval, mapped linearly onto the score scale; none below 20 scored questions. AWS does not publish its scaling, and 15 of the real exam's 65 questions are unscored.";

/// Why a choice could not be selected or deselected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ToggleError {
    /// Practice: the answer was already checked and shown.
    #[error("This question is already checked.")]
    AlreadyChecked,
    /// The question has no choice at this display position.
    #[error("There is no choice {}.", letter(*.0))]
    NoSuchChoice(usize),
    /// A multiple-response question already has as many choices as it asks for.
    #[error("Choose {0}: deselect a choice before selecting another.")]
    TooMany(usize),
}

/// What a tick of the clock did to the exam.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TickEvent {
    /// A warning: minutes left (10 or 5).
    Warning(u32),
    /// Time ran out: the exam was submitted.
    TimeUp,
}

/// An exam on screen.
#[derive(Debug, Clone)]
pub struct ExamRun {
    /// The stored attempt's id.
    pub attempt: i64,
    /// The kind of exam.
    pub mode: Mode,
    /// The blueprint (scoring scale, time).
    pub blueprint: Blueprint,
    /// The questions, in exam order.
    pub questions: Vec<Question>,
    /// Per question: original choice indexes in display order.
    pub order: Vec<Vec<usize>>,
    /// Per question: selected original choice indexes.
    pub selected: Vec<Vec<usize>>,
    /// Per question: flagged for review.
    pub flagged: Vec<bool>,
    /// Per question: original choice indexes struck out (eliminated; drawn dimmed).
    pub struck: Vec<Vec<usize>>,
    /// Per question: time spent with it on screen, ms.
    pub time_ms: Vec<i64>,
    /// Per question (practice): whether the answer was checked and shown.
    pub checked: Vec<bool>,
    /// Per question: its position in the stored attempt.
    pub positions: Vec<usize>,
    /// The question on screen.
    pub position: usize,
    /// Time spent with the exam open, in ms.
    pub elapsed_ms: i64,
    /// The time limit in ms, when timed.
    pub limit_ms: Option<i64>,
    /// When the clock last counted (ms); `None` while the exam is not on screen.
    pub last_tick: Option<i64>,
    /// Question ids of the attempt that are no longer in any pack (resumed attempts only).
    pub missing: Vec<String>,
}

/// The result of a submitted attempt.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct ExamResult {
    /// The attempt.
    pub attempt: i64,
    /// The kind of exam.
    pub mode: Mode,
    /// Raw, per domain and per task.
    pub score: Score,
    /// The estimated scaled score (`None`: too few questions to estimate).
    pub estimate: Option<ScaledEstimate>,
    /// How the estimate is made.
    pub estimate_method: &'static str,
    /// The passing scaled score.
    pub passing_score: u32,
    /// Time used, in ms.
    pub elapsed_ms: i64,
    /// Per question: (id, right?, flagged?).
    pub questions: Vec<(String, bool, bool)>,
    /// Cards now due because of questions answered wrongly.
    pub scheduled_cards: usize,
    /// Numbers (1-based) of the questions left unanswered: listed, never drilled (they were not
    /// necessarily seen, for example when the time ran out).
    pub unanswered: Vec<usize>,
}

impl ExamRun {
    /// The number of choices to pick on question `i`.
    pub fn choose(&self, i: usize) -> usize {
        self.questions[i].choose
    }

    /// Whether question `i` has as many choices selected as it asks for.
    pub fn answered(&self, i: usize) -> bool {
        !self.selected[i].is_empty() && self.selected[i].len() == self.choose(i)
    }

    /// Selects or deselects the choice shown at `display` on the current question. A single-answer
    /// question swaps its choice; a multiple-response one refuses more than the stated count.
    pub fn toggle(&mut self, display: usize) -> Result<(), ToggleError> {
        let i = self.position;
        if self.mode.shows_answers() && self.checked[i] {
            return Err(ToggleError::AlreadyChecked);
        }
        let Some(&original) = self.order[i].get(display) else {
            return Err(ToggleError::NoSuchChoice(display));
        };
        let sel = &mut self.selected[i];
        if let Some(at) = sel.iter().position(|&c| c == original) {
            sel.remove(at);
        } else if self.questions[i].choose == 1 {
            *sel = vec![original];
        } else if sel.len() >= self.questions[i].choose {
            return Err(ToggleError::TooMany(self.questions[i].choose));
        } else {
            sel.push(original);
            sel.sort_unstable();
        }
        Ok(())
    }

    /// Strikes out the choice shown at `display` on the current question, or restores it.
    pub fn toggle_strike(&mut self, display: usize) -> Result<(), ToggleError> {
        let i = self.position;
        let Some(&original) = self.order[i].get(display) else {
            return Err(ToggleError::NoSuchChoice(display));
        };
        let struck = &mut self.struck[i];
        match struck.iter().position(|&c| c == original) {
            Some(at) => {
                struck.remove(at);
            }
            None => {
                struck.push(original);
                struck.sort_unstable();
            }
        }
        Ok(())
    }

    /// Whether the choice shown at `display` on question `i` is struck out.
    pub fn is_struck(&self, i: usize, display: usize) -> bool {
        self.order[i]
            .get(display)
            .is_some_and(|o| self.struck[i].contains(o))
    }

    /// The `n` questions that took longest (index, ms), longest first; questions with no time
    /// counted are left out.
    pub fn slowest(&self, n: usize) -> Vec<(usize, i64)> {
        let mut v: Vec<(usize, i64)> = self
            .time_ms
            .iter()
            .copied()
            .enumerate()
            .filter(|&(_, t)| t > 0)
            .collect();
        v.sort_by_key(|&(i, t)| (std::cmp::Reverse(t), i));
        v.truncate(n);
        v
    }

    /// Time left, when timed.
    pub fn remaining(&self) -> Option<i64> {
        self.limit_ms.map(|l| remaining_ms(l, self.elapsed_ms))
    }

    /// Indexes of unanswered questions.
    pub fn unanswered(&self) -> Vec<usize> {
        (0..self.questions.len())
            .filter(|&i| !self.answered(i))
            .collect()
    }

    /// Indexes of flagged questions.
    pub fn flagged_list(&self) -> Vec<usize> {
        (0..self.questions.len())
            .filter(|&i| self.flagged[i])
            .collect()
    }
}

/// A submitted attempt's tally and estimated scaled score (on its own blueprint).
pub fn attempt_score(a: &crate::store::Attempt) -> (exam::Tally, Option<ScaledEstimate>) {
    let t = exam::Tally {
        correct: a.score.unwrap_or(0).max(0) as usize,
        total: a.total.max(0) as usize,
    };
    let bp = crate::core::exam::blueprint::by_id(&a.exam).unwrap_or_else(dva_c02);
    (t, scaled_estimate(&bp, t))
}

/// Per question of a run: (id, answered right, flagged).
pub fn outcomes(run: &ExamRun) -> Vec<(String, bool, bool)> {
    run.questions
        .iter()
        .zip(&run.selected)
        .zip(&run.flagged)
        .map(|((q, s), f)| (q.id.clone(), is_correct(q, s), *f))
        .collect()
}

/// An estimated scaled score in words (`core::exam::scaled_estimate`): its range, point estimate,
/// the pass mark and how many scored questions it rests on, or that they are too few.
pub fn estimate_text(
    e: Option<&crate::core::exam::ScaledEstimate>,
    questions: usize,
    passing: u32,
) -> String {
    match e {
        Some(e) => format!(
            "Estimated scaled score {}-{} (point estimate {}, pass mark {passing}), from {} scored questions",
            e.low, e.high, e.mid, e.questions
        ),
        None => format!(
            "Too few questions to estimate a scaled score ({questions} scored; it needs {})",
            crate::core::exam::MIN_ESTIMATE_QUESTIONS
        ),
    }
}

pub use crate::core::exam::{card_from_question, letter};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::domain::Domain;

    #[test]
    fn modes_have_names_a_person_reads() {
        let title = |key: &str| mode_title(&Mode::from_key(key).unwrap());
        assert_eq!(title("full"), "Full mock exam");
        assert_eq!(title("quick"), "Quick exam");
        assert_eq!(
            title("practice:domain=troubleshooting"),
            "Practice - Troubleshooting and Optimization"
        );
        assert_eq!(
            title("practice:task=1.2;service=Lambda"),
            "Practice - task 1.2, Lambda"
        );
        assert_eq!(title("weak"), "Weak areas");
    }

    #[test]
    fn modes_round_trip_and_bad_names_are_errors() {
        let practice = Mode::Practice(Practice {
            domain: Some(Domain::Security),
            service: Some("KMS".into()),
            task: Some("2.2".into()),
            count: 0,
        });
        for m in [Mode::Full, Mode::Quick, practice, Mode::Weak(WEAK_COUNT)] {
            assert_eq!(Mode::from_key(&m.key()), Ok(m.clone()), "{}", m.key());
        }
        // The name of attempts stored before practice had filters.
        assert_eq!(
            Mode::from_key("practice:deployment"),
            Ok(Mode::Practice(Practice {
                domain: Some(Domain::Deployment),
                ..Practice::default()
            }))
        );
        for bad in [
            "",
            "Full",
            "practice:domain=networking",
            "practice:task=9.9",
            "practice:colour=blue",
            "mock",
        ] {
            assert_eq!(Mode::from_key(bad), Err(BadMode(bad.into())), "{bad}");
        }
    }
}

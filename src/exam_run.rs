//! A mock exam in progress: its questions, choices, flags and time, and its result. The study
//! session starts, saves, times, submits and resumes it (`study::exam`); each change of answer or
//! flag is written to the store at once, and the elapsed time counts only while the exam is open.

use crate::core::config::Lang;
use crate::core::content::Difficulty;
use crate::core::content::Question;
use crate::core::domain::Domain;
use crate::core::exam::blueprint::{Blueprint, dva_c02};
pub use crate::core::exam::mode::{BadMode, Mode, Practice, QUICK_COUNT, WEAK_COUNT};
use crate::core::exam::{self, ScaledEstimate, Score, is_correct, remaining_ms, scaled_estimate};
use crate::i18n::tr;

/// A duration as a clock that keeps its width from second to second: `1h 05m 09s`, `1시간 05분
/// 09초` (negative durations show as zero).
pub fn clock(lang: Lang, ms: i64) -> String {
    let s = ms.max(0) / 1000;
    tr!(
        lang,
        "exam-clock",
        h = (s / 3600).to_string(),
        m = format!("{:02}", s % 3600 / 60),
        s = format!("{:02}", s % 60)
    )
}

/// Attempts whose questions a new full exam avoids while the pool allows.
pub const RECENT_ATTEMPTS: usize = 3;

/// The name a person reads for a stored mode: "Full mock exam", "Practice - Security",
/// "Practice - task 1.2, Lambda". A name that does not read is shown as stored.
pub fn mode_title(lang: Lang, mode: &Mode) -> String {
    match mode {
        Mode::Full => tr!(lang, "exam-mode-full"),
        Mode::Quick => tr!(lang, "exam-mode-quick"),
        Mode::Weak(_) => tr!(lang, "exam-mode-weak"),
        Mode::Practice(p) => {
            let mut parts = Vec::new();
            if let Some(d) = p.domain {
                parts.push(domain_title(lang, d));
            }
            if let Some(t) = &p.task {
                parts.push(tr!(lang, "exam-mode-task", task = t.as_str()));
            }
            if let Some(s) = &p.service {
                parts.push(s.clone());
            }
            if parts.is_empty() {
                tr!(lang, "exam-mode-practice")
            } else {
                tr!(lang, "exam-mode-practice-of", parts = parts.join(", "))
            }
        }
    }
}

/// The exam guide's title of a domain in `lang` ("Development with AWS Services").
pub fn domain_title(lang: Lang, d: Domain) -> String {
    crate::content_text::domain_title(lang, d)
}

/// The name of a question's difficulty in `lang` ("recall").
pub fn difficulty_name(lang: Lang, d: Difficulty) -> String {
    match d {
        Difficulty::Recall => tr!(lang, "exam-difficulty-recall"),
        Difficulty::Apply => tr!(lang, "exam-difficulty-apply"),
        Difficulty::Analyse => tr!(lang, "exam-difficulty-analyse"),
    }
}

/// The method, in one line, as JSON output gives it beside every estimate (`ExamResult`); the
/// screens and text output show it in the reader's language (`estimate_method`).
pub const ESTIMATE_METHOD: &str = "Estimate only: your proportion right with its 90 % Wilson interval, mapped linearly onto the score scale; none below 20 scored questions. AWS does not publish its scaling, and 15 of the real exam's 65 questions are unscored.";

/// `ESTIMATE_METHOD` in `lang`.
pub fn estimate_method(lang: Lang) -> String {
    tr!(lang, "exam-estimate-method")
}

/// Why a choice could not be selected or deselected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToggleError {
    /// Practice: the answer was already checked and shown.
    AlreadyChecked,
    /// The question has no choice at this display position.
    NoSuchChoice(usize),
    /// A multiple-response question already has as many choices as it asks for.
    TooMany(usize),
}

impl ToggleError {
    /// The refusal in `lang`.
    pub fn text(self, lang: Lang) -> String {
        match self {
            ToggleError::AlreadyChecked => tr!(lang, "exam-toggle-already-checked"),
            ToggleError::NoSuchChoice(d) => {
                tr!(
                    lang,
                    "exam-toggle-no-choice",
                    letter = letter(d).to_string()
                )
            }
            ToggleError::TooMany(n) => tr!(lang, "exam-toggle-too-many", n = n),
        }
    }
}

impl std::fmt::Display for ToggleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for ToggleError {}

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
    attempt_score_in(a, &crate::core::exam::blueprint::bundled())
}

/// `attempt_score` with the blueprints read once for many attempts (`blueprint::bundled`).
pub fn attempt_score_in(
    a: &crate::store::Attempt,
    blueprints: &[crate::core::exam::blueprint::Blueprint],
) -> (exam::Tally, Option<ScaledEstimate>) {
    let t = exam::Tally {
        correct: a.score.unwrap_or(0).max(0) as usize,
        total: a.total.max(0) as usize,
    };
    match blueprints.iter().find(|b| b.id == a.exam) {
        Some(bp) => (t, scaled_estimate(bp, t)),
        None => (t, scaled_estimate(&dva_c02(), t)),
    }
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
    lang: Lang,
    e: Option<&crate::core::exam::ScaledEstimate>,
    questions: usize,
    passing: u32,
) -> String {
    match e {
        Some(e) => tr!(
            lang,
            "exam-estimate",
            low = e.low,
            high = e.high,
            mid = e.mid,
            passing = passing,
            n = e.questions
        ),
        None => tr!(
            lang,
            "exam-estimate-too-few",
            n = questions,
            min = crate::core::exam::MIN_ESTIMATE_QUESTIONS
        ),
    }
}

pub use crate::core::exam::{card_from_question, letter};

#[cfg(test)]
mod tests {
    #[test]
    fn clock_pads_minutes_and_seconds_in_both_languages() {
        use crate::core::config::Lang;
        assert_eq!(super::clock(Lang::En, 3_909_000), "1h 05m 09s");
        assert_eq!(super::clock(Lang::En, -5), "0h 00m 00s");
        assert_eq!(super::clock(Lang::Ko, 3_909_000), "1시간 05분 09초");
        assert_eq!(super::clock(Lang::Ko, 90_000), "0시간 01분 30초");
        // The width does not change from second to second.
        let w = |ms| unicode_width::UnicodeWidthStr::width(super::clock(Lang::Ko, ms).as_str());
        assert_eq!(w(0), w(3_599_000));
    }

    use super::*;

    #[test]
    fn modes_have_names_a_person_reads() {
        let title = |key: &str| mode_title(Lang::En, &Mode::from_key(key).unwrap());
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
    fn modes_and_estimates_read_in_korean_with_the_same_numbers() {
        let title = |key: &str| mode_title(Lang::Ko, &Mode::from_key(key).unwrap());
        assert_eq!(title("full"), "전체 모의고사");
        assert_eq!(
            title("practice:domain=troubleshooting;task=4.1;service=Lambda"),
            "연습 - 문제 해결 및 최적화, 작업 설명 4.1, Lambda"
        );
        let e = ScaledEstimate {
            low: 640,
            high: 810,
            mid: 725,
            questions: 65,
            passes: true,
        };
        assert_eq!(
            estimate_text(Lang::En, Some(&e), 65, 720),
            "Estimated scaled score 640-810 (point estimate 725, pass mark 720), from 65 scored questions"
        );
        assert_eq!(
            estimate_text(Lang::Ko, Some(&e), 65, 720),
            "예상 환산 점수 640-810(점 추정치 725, 합격 점수 720), 채점 대상 문제 65개 기준"
        );
        assert_eq!(
            estimate_text(Lang::Ko, None, 10, 720),
            "문제가 너무 적어 환산 점수를 추정할 수 없습니다(채점 대상 10개, 20개 이상 필요)"
        );
        // JSON keeps the English sentence; the English screens show the same one.
        assert_eq!(estimate_method(Lang::En), ESTIMATE_METHOD);
        assert_eq!(
            ToggleError::TooMany(2).to_string(),
            "Choose 2: deselect a choice before selecting another."
        );
        assert_eq!(
            ToggleError::NoSuchChoice(4).text(Lang::Ko),
            "선택지 E가 없습니다."
        );
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

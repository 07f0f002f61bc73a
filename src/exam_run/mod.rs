//! A mock exam in progress, and the study-session operations that start, save, time, submit and
//! resume it. Each change of answer or flag is written to the store at once; the elapsed time is
//! saved as it runs and counts only while the exam is open.

use crate::core::content::{Card, CardBody, Question};
use crate::core::domain::Domain;
use crate::core::exam::blueprint::{Blueprint, dva_c02};
use crate::core::exam::{
    self, Drawn, ScaledEstimate, Score, crossed_warning, draw_filtered, draw_full, is_correct,
    remaining_ms, scaled_estimate,
};
use crate::core::scheduler::{CardState, Phase};
use crate::study::Study;
use anyhow::{Result, anyhow};
use rand::SeedableRng;
use rand::rngs::StdRng;

/// Attempts whose questions a new full exam avoids while the pool allows.
pub const RECENT_ATTEMPTS: usize = 3;

/// Which kind of exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The blueprint's questions and time, drawn to its domain weights.
    Full,
    /// 10 questions, untimed.
    Quick,
    /// Practice on a domain, service or task: answers and explanations after each question,
    /// untimed.
    Practice(Practice),
}

/// What a practice session draws from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Practice {
    /// Only this domain.
    pub domain: Option<Domain>,
    /// Only questions on this service (case-insensitive).
    pub service: Option<String>,
    /// Only this task statement, for example `1.2`.
    pub task: Option<String>,
    /// How many questions.
    pub count: usize,
}

impl Practice {
    /// Practice on one domain, 20 questions.
    pub fn domain(d: Domain) -> Practice {
        Practice {
            domain: Some(d),
            count: 20,
            ..Practice::default()
        }
    }

    /// Whether a question is in this practice.
    pub fn accepts(&self, q: &Question) -> bool {
        self.domain.is_none_or(|d| q.domain == d)
            && self
                .service
                .as_ref()
                .is_none_or(|s| q.service.eq_ignore_ascii_case(s))
            && self.task.as_ref().is_none_or(|t| &q.task == t)
    }
}

impl Mode {
    /// The name stored with the attempt.
    pub fn key(&self) -> String {
        match self {
            Mode::Full => "full".into(),
            Mode::Quick => "quick".into(),
            Mode::Practice(p) => {
                let mut parts = Vec::new();
                if let Some(d) = p.domain {
                    parts.push(format!("domain={}", d.key()));
                }
                if let Some(s) = &p.service {
                    parts.push(format!("service={s}"));
                }
                if let Some(t) = &p.task {
                    parts.push(format!("task={t}"));
                }
                format!("practice:{}", parts.join(";"))
            }
        }
    }

    /// The mode for a stored name.
    pub fn from_key(key: &str) -> Option<Mode> {
        match key {
            "full" => Some(Mode::Full),
            "quick" => Some(Mode::Quick),
            _ => {
                let rest = key.strip_prefix("practice:")?;
                let mut p = Practice::default();
                for part in rest.split(';').filter(|s| !s.is_empty()) {
                    match part.split_once('=') {
                        Some(("domain", v)) => p.domain = Domain::from_key(v),
                        Some(("service", v)) => p.service = Some(v.to_string()),
                        Some(("task", v)) => p.task = Some(v.to_string()),
                        // Attempts stored before filters had names held just the domain.
                        _ => p.domain = Domain::from_key(part),
                    }
                }
                Some(Mode::Practice(p))
            }
        }
    }

    /// Practice shows the answer after each question.
    pub fn shows_answers(&self) -> bool {
        matches!(self, Mode::Practice(_))
    }
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
    pub mode: String,
    /// Raw, per domain and per task.
    pub score: Score,
    /// The estimated scaled score.
    pub estimate: ScaledEstimate,
    /// How the estimate is made.
    pub estimate_method: &'static str,
    /// The passing scaled score.
    pub passing_score: u32,
    /// Time used, in ms.
    pub elapsed_ms: i64,
    /// Per question: (id, right?, flagged?).
    pub questions: Vec<(String, bool, bool)>,
    /// Cards now due because of missed questions.
    pub scheduled_cards: usize,
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
    pub fn toggle(&mut self, display: usize) -> Result<(), String> {
        let i = self.position;
        if self.mode.shows_answers() && self.checked[i] {
            return Err("This question is already checked.".into());
        }
        let Some(&original) = self.order[i].get(display) else {
            return Err(format!("There is no choice {}.", letter(display)));
        };
        let sel = &mut self.selected[i];
        if let Some(at) = sel.iter().position(|&c| c == original) {
            sel.remove(at);
        } else if self.questions[i].choose == 1 {
            *sel = vec![original];
        } else if sel.len() >= self.questions[i].choose {
            return Err(format!(
                "Choose {}: deselect a choice before selecting another.",
                self.questions[i].choose
            ));
        } else {
            sel.push(original);
            sel.sort_unstable();
        }
        Ok(())
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
pub fn attempt_score(a: &crate::store::Attempt) -> (exam::Tally, ScaledEstimate) {
    let t = exam::Tally {
        correct: a.score.unwrap_or(0).max(0) as usize,
        total: a.total.max(0) as usize,
    };
    let bp = crate::core::exam::blueprint::by_id(&a.exam).unwrap_or_else(dva_c02);
    (t, scaled_estimate(&bp, t))
}

/// Per question of a run: (id, answered right, flagged).
fn outcomes(run: &ExamRun) -> Vec<(String, bool, bool)> {
    run.questions
        .iter()
        .zip(&run.selected)
        .zip(&run.flagged)
        .map(|((q, s), f)| (q.id.clone(), is_correct(q, s), *f))
        .collect()
}

/// A, B, C ...
pub fn letter(i: usize) -> char {
    char::from(b'A' + (i.min(25) as u8))
}

/// A missed question without linked cards is studied as a card of its own, under its id.
pub fn card_from_question(q: &Question) -> Card {
    let mut front = q.stem.clone();
    for (i, c) in q.choices.iter().enumerate() {
        front.push_str(&format!("\n{}. {}", letter(i), c.text));
    }
    let mut back = String::new();
    for (i, c) in q.choices.iter().enumerate().filter(|(_, c)| c.correct) {
        back.push_str(&format!("{}. {}\n   {}\n", letter(i), c.text, c.why));
    }
    Card {
        id: q.id.clone(),
        body: CardBody::Basic {
            front,
            back: back.trim_end().to_string(),
        },
        tags: vec!["exam-question".into()],
        source: q.source.clone(),
        domain: Some(q.domain),
        group: None,
        note: None,
        ko: None,
    }
}

impl Study {
    /// The questions (with their choice order) an exam of `mode` draws with `seed`, avoiding the
    /// questions of recent attempts while the pool allows.
    pub fn draw_exam(&self, mode: &Mode, seed: u64) -> Result<Vec<(Question, Vec<usize>)>> {
        self.draw_exam_of(&dva_c02(), mode, seed)
    }

    /// `draw_exam` for another blueprint.
    pub fn draw_exam_of(
        &self,
        bp: &Blueprint,
        mode: &Mode,
        seed: u64,
    ) -> Result<Vec<(Question, Vec<usize>)>> {
        let pool: Vec<&Question> = self.questions().iter().collect();
        let recent = self.store().recent_exam_questions(RECENT_ATTEMPTS)?;
        let mut rng = StdRng::seed_from_u64(seed);
        let drawn: Vec<Drawn> = match mode {
            Mode::Full => draw_full(&pool, bp, &recent, &mut rng),
            Mode::Quick => draw_filtered(&pool, |_| true, 10, &recent, &mut rng),
            Mode::Practice(p) => draw_filtered(&pool, |q| p.accepts(q), p.count, &recent, &mut rng),
        };
        Ok(drawn
            .into_iter()
            .map(|d| (pool[d.question].clone(), d.order))
            .collect())
    }

    /// Starts an exam: draws its questions with `seed`, stores the attempt, and returns it.
    pub fn start_exam(&mut self, mode: Mode, seed: u64, now: i64) -> Result<ExamRun> {
        self.start_exam_of(dva_c02(), mode, seed, now)
    }

    /// `start_exam` for another blueprint (another file in `content/exams/`).
    pub fn start_exam_of(
        &mut self,
        bp: Blueprint,
        mode: Mode,
        seed: u64,
        now: i64,
    ) -> Result<ExamRun> {
        let drawn = self.draw_exam_of(&bp, &mode, seed)?;
        if drawn.is_empty() {
            return Err(anyhow!("no loaded question matches this exam"));
        }
        let (questions, order): (Vec<Question>, Vec<Vec<usize>>) = drawn.into_iter().unzip();
        let limit_ms = (mode == Mode::Full).then_some(i64::from(bp.minutes) * 60_000);
        let rows: Vec<(String, Vec<usize>)> = questions
            .iter()
            .zip(&order)
            .map(|(q, o)| (q.id.clone(), o.clone()))
            .collect();
        let attempt = self.store_mut().create_attempt(
            &bp.id,
            &mode.key(),
            seed as i64,
            now,
            limit_ms.map(|l| l / 1000),
            &rows,
        )?;
        let n = questions.len();
        Ok(ExamRun {
            attempt,
            mode,
            blueprint: bp,
            questions,
            order,
            selected: vec![Vec::new(); n],
            flagged: vec![false; n],
            checked: vec![false; n],
            positions: (0..n).collect(),
            position: 0,
            elapsed_ms: 0,
            limit_ms,
            last_tick: Some(now),
            missing: Vec::new(),
        })
    }

    /// A stored attempt rebuilt as a run, with the questions still in the packs (the others are
    /// listed in `missing`), and the stored row.
    fn load_attempt(&self, id: i64) -> Result<Option<(ExamRun, crate::store::Attempt)>> {
        let Some((a, answers)) = self.store().attempt(id)? else {
            return Ok(None);
        };
        let mode = Mode::from_key(&a.mode).unwrap_or(Mode::Quick);
        let mut run = ExamRun {
            attempt: id,
            mode,
            blueprint: crate::core::exam::blueprint::by_id(&a.exam).unwrap_or_else(dva_c02),
            questions: Vec::new(),
            order: Vec::new(),
            selected: Vec::new(),
            flagged: Vec::new(),
            checked: Vec::new(),
            positions: Vec::new(),
            position: 0,
            elapsed_ms: a.elapsed_ms,
            limit_ms: a.time_limit_s.map(|s| s * 1000),
            last_tick: None,
            missing: Vec::new(),
        };
        for ans in answers {
            match self.question(&ans.question_id) {
                Some(q) if ans.order.len() == q.choices.len() => {
                    run.questions.push(q.clone());
                    run.order.push(ans.order);
                    // Practice shows an answered question as checked; a submitted attempt all.
                    run.checked.push(
                        a.submitted_at.is_some()
                            || (run.mode.shows_answers() && !ans.selected.is_empty()),
                    );
                    run.selected.push(ans.selected);
                    run.flagged.push(ans.flagged);
                    run.positions.push(ans.position);
                }
                _ => run.missing.push(ans.question_id),
            }
        }
        Ok(Some((run, a)))
    }

    /// The open (not submitted) attempt, if any, ready to continue with its answers, flags and time.
    pub fn resume_exam(&self, now: i64) -> Result<Option<ExamRun>> {
        let Some(id) = self.store().open_attempt()? else {
            return Ok(None);
        };
        let Some((mut run, _)) = self.load_attempt(id)? else {
            return Ok(None);
        };
        if run.questions.is_empty() {
            return Ok(None);
        }
        run.last_tick = Some(now);
        run.position = run.unanswered().first().copied().unwrap_or(0);
        Ok(Some(run))
    }

    /// Saves the answer and flag of question `i` (committed before this returns).
    pub fn save_exam_answer(&self, run: &ExamRun, i: usize) -> Result<()> {
        self.store().save_exam_answer(
            run.attempt,
            run.positions[i],
            &run.selected[i],
            run.flagged[i],
        )?;
        Ok(())
    }

    /// Counts the time since the last tick (only while the exam is open), saves it, and submits
    /// the exam when the time is up.
    pub fn exam_tick(&mut self, run: &mut ExamRun, now: i64) -> Result<Option<TickEvent>> {
        let Some(last) = run.last_tick else {
            return Ok(None);
        };
        let before = run.elapsed_ms;
        // A clock that went backwards counts nothing; a long gap (suspend) counts at most 5 s.
        run.elapsed_ms += (now - last).clamp(0, 5_000);
        run.last_tick = Some(now);
        self.store()
            .save_exam_elapsed(run.attempt, run.elapsed_ms)?;
        let Some(limit) = run.limit_ms else {
            return Ok(None);
        };
        if run.elapsed_ms >= limit {
            run.elapsed_ms = limit;
            return Ok(Some(TickEvent::TimeUp));
        }
        Ok(crossed_warning(limit, before, run.elapsed_ms).map(TickEvent::Warning))
    }

    /// Submits: scores the attempt, stores the score, and makes the cards of missed questions due
    /// now (or the questions themselves, when they link no card).
    pub fn submit_exam(&mut self, run: &mut ExamRun, now: i64) -> Result<ExamResult> {
        let qs: Vec<&Question> = run.questions.iter().collect();
        let score = exam::score(&qs, &run.selected);
        self.store().submit_attempt(
            run.attempt,
            now,
            score.overall.correct as i64,
            run.elapsed_ms,
        )?;
        run.last_tick = None;
        let mut scheduled = 0;
        let missed: Vec<Question> = run
            .questions
            .iter()
            .zip(&run.selected)
            .filter(|(q, s)| !is_correct(q, s))
            .map(|(q, _)| q.clone())
            .collect();
        for q in &missed {
            scheduled += self.schedule_missed(q, now)?;
        }
        Ok(ExamResult {
            attempt: run.attempt,
            mode: run.mode.key(),
            estimate: scaled_estimate(&run.blueprint, score.overall),
            estimate_method: exam::ESTIMATE_METHOD,
            passing_score: run.blueprint.passing_score,
            elapsed_ms: run.elapsed_ms,
            questions: outcomes(run),
            score,
            scheduled_cards: scheduled,
        })
    }

    /// A stored attempt rebuilt as a run and its result (for reports); questions no longer in any
    /// pack are left out and listed in `missing`. `None` when there is no such attempt.
    pub fn exam_report(&self, id: i64) -> Result<Option<(ExamRun, ExamResult, Option<i64>)>> {
        let Some((run, a)) = self.load_attempt(id)? else {
            return Ok(None);
        };
        let qs: Vec<&Question> = run.questions.iter().collect();
        let score = exam::score(&qs, &run.selected);
        let result = ExamResult {
            attempt: id,
            mode: a.mode.clone(),
            estimate: scaled_estimate(&run.blueprint, score.overall),
            estimate_method: exam::ESTIMATE_METHOD,
            passing_score: run.blueprint.passing_score,
            elapsed_ms: a.elapsed_ms,
            questions: outcomes(&run),
            score,
            scheduled_cards: 0,
        };
        Ok(Some((run, result, a.submitted_at)))
    }

    /// Makes the cards linked to a missed question due now; returns how many.
    fn schedule_missed(&mut self, q: &Question, now: i64) -> Result<usize> {
        let mut ids: Vec<String> = q
            .cards
            .iter()
            .filter(|id| self.has_card(id))
            .cloned()
            .collect();
        if ids.is_empty() {
            self.add_question_card(q);
            ids.push(q.id.clone());
        }
        for id in &ids {
            let mut s = self.state(id).cloned().unwrap_or_else(CardState::new_card);
            match s.phase {
                // A card never studied starts its learning steps now.
                Phase::New => {
                    s.phase = Phase::Learning;
                    s.step = 0;
                    s.due = now;
                }
                _ => s.due = s.due.min(now),
            }
            s.suspended = false;
            s.buried_until = None;
            self.set_state(id, s, now)?;
        }
        Ok(ids.len())
    }
}

#[cfg(test)]
mod tests;

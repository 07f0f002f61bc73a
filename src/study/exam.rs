//! The study session's exam operations: draw, start, save each change, time, submit, resume and
//! report a mock exam (the run itself is `exam_run::ExamRun`).

use super::Study;
use crate::core::content::Question;
use crate::core::exam::blueprint::{Blueprint, dva_c02};
use crate::core::exam::{
    self, Drawn, crossed_warning, draw_filtered, draw_full, is_correct, scaled_estimate,
};
use crate::core::scheduler::{CardState, Phase};
use crate::exam_run::{
    ExamResult, ExamRun, Mode, QUICK_COUNT, RECENT_ATTEMPTS, TickEvent, outcomes,
};
use anyhow::{Result, anyhow};
use rand::SeedableRng;
use rand::rngs::StdRng;

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
            Mode::Quick => draw_filtered(&pool, |_| true, QUICK_COUNT, &recent, &mut rng),
            Mode::Practice(p) => draw_filtered(&pool, |q| p.accepts(q), p.count, &recent, &mut rng),
            Mode::Weak(n) => {
                let weights = exam::task_weights(&self.task_tallies()?);
                exam::draw_weak(&pool, &weights, *n, &recent, &mut rng)
            }
        };
        Ok(drawn
            .into_iter()
            .map(|d| (pool[d.question].clone(), d.order))
            .collect())
    }

    /// Right / asked per task statement over every submitted attempt (discarded ones never count),
    /// for the weak-area exam and Stats. The questions of each answer are counted as
    /// `load_attempt` would load them (a question no longer in the packs, or with other choices
    /// now, is left out), from the answers alone: the attempts are not read whole.
    pub fn task_tallies(&self) -> Result<Vec<(String, exam::Tally)>> {
        task_tallies(self.store(), |id| self.question(id))
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
            &mode,
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
            struck: vec![Vec::new(); n],
            time_ms: vec![0; n],
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
    pub(super) fn load_attempt(&self, id: i64) -> Result<Option<(ExamRun, crate::store::Attempt)>> {
        let Some((a, answers)) = self.store().attempt(id)? else {
            return Ok(None);
        };
        let mode = a.mode.clone();
        let mut run = ExamRun {
            attempt: id,
            mode,
            blueprint: crate::core::exam::blueprint::by_id(&a.exam).unwrap_or_else(dva_c02),
            questions: Vec::new(),
            order: Vec::new(),
            selected: Vec::new(),
            flagged: Vec::new(),
            struck: Vec::new(),
            time_ms: Vec::new(),
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
                    // Practice shows the questions checked as checked; a submitted attempt all.
                    run.checked.push(
                        a.submitted_at.is_some() || (run.mode.shows_answers() && ans.checked),
                    );
                    run.selected.push(ans.selected);
                    run.flagged.push(ans.flagged);
                    run.struck.push(ans.struck);
                    run.time_ms.push(ans.time_ms);
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

    /// Discards an unfinished attempt: it is kept as discarded, never scored, counted in history or
    /// resumed, and puts nothing into the drill. False when it is not an unfinished attempt.
    pub fn discard_exam(&self, id: i64, now: i64) -> Result<bool> {
        Ok(self.store().discard_attempt(id, now)?)
    }

    /// Saves the answer, flag and checked mark of question `i` (committed before this returns).
    pub fn save_exam_answer(&self, run: &ExamRun, i: usize) -> Result<()> {
        self.store().save_exam_answer(
            run.attempt,
            run.positions[i],
            &run.selected[i],
            run.flagged[i],
            run.checked[i],
        )?;
        Ok(())
    }

    /// Saves the choices struck out on question `i` (committed before this returns).
    pub fn save_exam_struck(&self, run: &ExamRun, i: usize) -> Result<()> {
        self.store()
            .save_exam_struck(run.attempt, run.positions[i], &run.struck[i])?;
        Ok(())
    }

    /// Counts the time since the last tick (only while the exam is open), also to the question on
    /// screen (`question`: none while the grid or the review before submitting shows), saves both,
    /// and submits the exam when the time is up.
    pub fn exam_tick(
        &mut self,
        run: &mut ExamRun,
        question: Option<usize>,
        now: i64,
    ) -> Result<Option<TickEvent>> {
        let Some(last) = run.last_tick else {
            return Ok(None);
        };
        let before = run.elapsed_ms;
        // A clock that went backwards counts nothing; a long gap (suspend) counts at most 5 s.
        let step = (now - last).clamp(0, 5_000);
        run.elapsed_ms += step;
        run.last_tick = Some(now);
        match question.filter(|&i| i < run.time_ms.len()) {
            Some(i) => {
                run.time_ms[i] += step;
                self.store().save_exam_times(
                    run.attempt,
                    run.elapsed_ms,
                    run.positions[i],
                    run.time_ms[i],
                )?;
            }
            None => self
                .store()
                .save_exam_elapsed(run.attempt, run.elapsed_ms)?,
        }
        let Some(limit) = run.limit_ms else {
            return Ok(None);
        };
        if run.elapsed_ms >= limit {
            run.elapsed_ms = limit;
            return Ok(Some(TickEvent::TimeUp));
        }
        Ok(crossed_warning(limit, before, run.elapsed_ms).map(TickEvent::Warning))
    }

    /// Submits: scores the attempt, stores the score, and makes the cards of the questions answered
    /// wrongly due now (or the questions themselves, when they link no card). Unanswered questions
    /// are listed in the result and put nothing into the drill.
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
            .filter(|(q, s)| !s.is_empty() && !is_correct(q, s))
            .map(|(q, _)| q.clone())
            .collect();
        for q in &missed {
            scheduled += self.schedule_missed(q, now)?;
        }
        Ok(ExamResult {
            attempt: run.attempt,
            mode: run.mode.clone(),
            estimate: scaled_estimate(&run.blueprint, score.overall),
            estimate_method: crate::exam_run::ESTIMATE_METHOD,
            passing_score: run.blueprint.passing_score,
            elapsed_ms: run.elapsed_ms,
            questions: outcomes(run),
            score,
            scheduled_cards: scheduled,
            unanswered: unanswered_numbers(run),
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
            estimate_method: crate::exam_run::ESTIMATE_METHOD,
            passing_score: run.blueprint.passing_score,
            elapsed_ms: a.elapsed_ms,
            questions: outcomes(&run),
            score,
            scheduled_cards: 0,
            unanswered: unanswered_numbers(&run),
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
            let mut s = self.state(id).unwrap_or_else(CardState::new_card);
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

/// The numbers (1-based) of the questions with no choice selected.
fn unanswered_numbers(run: &ExamRun) -> Vec<usize> {
    (0..run.questions.len())
        .filter(|&i| run.selected[i].is_empty())
        .map(|i| i + 1)
        .collect()
}

/// `Study::task_tallies` over the store's submitted answers, with the loaded questions by id
/// (`question`; a question without its text, `Question::without_text`, counts the same).
pub fn task_tallies<'q>(
    store: &crate::store::Store,
    question: impl Fn(&str) -> Option<&'q Question>,
) -> Result<Vec<(String, exam::Tally)>> {
    let mut qs: Vec<&Question> = Vec::new();
    let mut selected = Vec::new();
    store.each_submitted_answer(|id, answer| {
        if let Some(q) = question(id)
            && q.choices.len() == answer.shown()?
        {
            qs.push(q);
            selected.push(answer.selected()?);
        }
        Ok(())
    })?;
    Ok(exam::score(&qs, &selected).per_task)
}

#[cfg(test)]
#[path = "exam_tests.rs"]
mod tests;

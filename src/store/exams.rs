//! Exam attempts and their answers: created in one transaction, every change of answer or flag saved
//! at once, the elapsed time saved as it runs, and the submission.

use super::{Result, Store, classify};
use rusqlite::{OptionalExtension, Row, params};
use std::collections::HashSet;

/// An attempt as stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Attempt {
    /// Row id.
    pub id: i64,
    /// Blueprint id.
    pub exam: String,
    /// `full`, `quick` or `practice`.
    pub mode: crate::core::exam::mode::Mode,
    /// The seed of the draw.
    pub seed: i64,
    /// When it started (Unix ms).
    pub started_at: i64,
    /// The time limit in seconds, when timed.
    pub time_limit_s: Option<i64>,
    /// Time spent with the exam open (ms).
    pub elapsed_ms: i64,
    /// When it was submitted (Unix ms).
    pub submitted_at: Option<i64>,
    /// Right answers, once submitted.
    pub score: Option<i64>,
    /// Questions.
    pub total: i64,
    /// When it was discarded unfinished (Unix ms): never scored, counted or resumed.
    pub discarded_at: Option<i64>,
}

impl Attempt {
    /// `in-progress`, `submitted` or `discarded`.
    pub fn status(&self) -> &'static str {
        if self.discarded_at.is_some() {
            "discarded"
        } else if self.submitted_at.is_some() {
            "submitted"
        } else {
            "in-progress"
        }
    }
}

/// One question of an attempt as stored.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct AttemptAnswer {
    /// 0-based position.
    pub position: usize,
    /// Full question id.
    pub question_id: String,
    /// Original choice indexes in display order.
    pub order: Vec<usize>,
    /// Selected original choice indexes.
    pub selected: Vec<usize>,
    /// Flagged for review.
    pub flagged: bool,
    /// Practice: the answer was checked (its explanations shown; it can no longer change).
    pub checked: bool,
    /// Original choice indexes struck out (eliminated by the candidate).
    pub struck: Vec<usize>,
    /// Time spent with this question on screen (ms; 0 in attempts stored before it was counted).
    pub time_ms: i64,
}

/// A mode is stored as its name (`Mode::key`); a name that does not read whole is a damaged row,
/// an error, never another mode.
impl rusqlite::types::FromSql for crate::core::exam::mode::Mode {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        crate::core::exam::mode::Mode::from_key(v.as_str()?)
            .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
    }
}

impl rusqlite::types::ToSql for crate::core::exam::mode::Mode {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.key().into())
    }
}

fn row_to_attempt(r: &Row) -> rusqlite::Result<Attempt> {
    Ok(Attempt {
        id: r.get(0)?,
        exam: r.get(1)?,
        mode: r.get(2)?,
        seed: r.get(3)?,
        started_at: r.get(4)?,
        time_limit_s: r.get(5)?,
        elapsed_ms: r.get(6)?,
        submitted_at: r.get(7)?,
        score: r.get(8)?,
        total: r.get(9)?,
        discarded_at: r.get(10)?,
    })
}

/// `2,0,3` <-> `[2, 0, 3]`; unreadable parts are dropped.
/// One answer of a submitted attempt (`Store::each_submitted_answer`), its columns read when asked.
pub struct SubmittedAnswer<'r> {
    row: &'r rusqlite::Row<'r>,
}

impl SubmittedAnswer<'_> {
    fn text(&self, i: usize) -> Result<&str> {
        Ok(self
            .row
            .get_ref(i)?
            .as_str()
            .map_err(rusqlite::Error::from)?)
    }

    /// How many choices were shown.
    pub fn shown(&self) -> Result<usize> {
        Ok(self
            .text(1)?
            .split(',')
            .filter(|p| p.trim().parse::<usize>().is_ok())
            .count())
    }

    /// The choices selected (original indexes).
    pub fn selected(&self) -> Result<Vec<usize>> {
        Ok(list(self.text(2)?))
    }
}

fn list(s: &str) -> Vec<usize> {
    s.split(',').filter_map(|p| p.trim().parse().ok()).collect()
}

fn join(v: &[usize]) -> String {
    v.iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

impl Store {
    /// Creates an attempt with its questions (id and choice order) in one transaction.
    pub fn create_attempt(
        &mut self,
        exam: &str,
        mode: &crate::core::exam::mode::Mode,
        seed: i64,
        started_at: i64,
        time_limit_s: Option<i64>,
        questions: &[(String, Vec<usize>)],
    ) -> Result<i64> {
        self.writable()?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| classify(e, &path))?;
        tx.execute(
            include_str!("queries/exam_insert.sql"),
            params![
                exam,
                mode,
                seed,
                started_at,
                time_limit_s,
                questions.len() as i64
            ],
        )?;
        let id = tx.last_insert_rowid();
        {
            let mut stmt = tx.prepare_cached(include_str!("queries/exam_answer_insert.sql"))?;
            for (pos, (qid, order)) in questions.iter().enumerate() {
                stmt.execute(params![id, pos as i64, qid, join(order)])?;
            }
        }
        tx.commit().map_err(|e| classify(e, &path))?;
        Ok(id)
    }

    /// Saves the answer, flag and checked mark of one question (committed on return).
    pub fn save_exam_answer(
        &self,
        attempt: i64,
        position: usize,
        selected: &[usize],
        flagged: bool,
        checked: bool,
    ) -> Result<()> {
        self.writable()?;
        self.conn
            .prepare_cached(include_str!("queries/exam_answer_update.sql"))?
            .execute(params![
                attempt,
                position as i64,
                join(selected),
                i64::from(flagged),
                i64::from(checked)
            ])
            .map_err(|e| classify(e, &self.path))?;
        Ok(())
    }

    /// Saves the choices struck out on one question (committed on return).
    pub fn save_exam_struck(&self, attempt: i64, position: usize, struck: &[usize]) -> Result<()> {
        self.writable()?;
        self.conn
            .prepare_cached(include_str!("queries/exam_answer_struck.sql"))?
            .execute(params![attempt, position as i64, join(struck)])
            .map_err(|e| classify(e, &self.path))?;
        Ok(())
    }

    /// Saves the time spent so far on an open attempt and on its question at `position` (one
    /// transaction, committed on return).
    pub fn save_exam_times(
        &self,
        attempt: i64,
        elapsed_ms: i64,
        position: usize,
        question_ms: i64,
    ) -> Result<()> {
        self.writable()?;
        let tx = self
            .conn
            .unchecked_transaction()
            .map_err(|e| classify(e, &self.path))?;
        tx.prepare_cached(include_str!("queries/exam_elapsed.sql"))?
            .execute(params![attempt, elapsed_ms])?;
        tx.prepare_cached(include_str!("queries/exam_answer_time.sql"))?
            .execute(params![attempt, position as i64, question_ms])?;
        tx.commit().map_err(|e| classify(e, &self.path))?;
        Ok(())
    }

    /// Saves the time spent so far on an open attempt.
    pub fn save_exam_elapsed(&self, attempt: i64, elapsed_ms: i64) -> Result<()> {
        self.writable()?;
        self.conn
            .prepare_cached(include_str!("queries/exam_elapsed.sql"))?
            .execute(params![attempt, elapsed_ms])
            .map_err(|e| classify(e, &self.path))?;
        Ok(())
    }

    /// Marks an attempt submitted with its score.
    pub fn submit_attempt(&self, attempt: i64, at: i64, score: i64, elapsed_ms: i64) -> Result<()> {
        self.writable()?;
        self.conn
            .execute(
                include_str!("queries/exam_submit.sql"),
                params![attempt, at, score, elapsed_ms],
            )
            .map_err(|e| classify(e, &self.path))?;
        Ok(())
    }

    /// Marks an unfinished attempt discarded; false when it is submitted, already discarded or
    /// not there.
    pub fn discard_attempt(&self, attempt: i64, at: i64) -> Result<bool> {
        self.writable()?;
        let n = self
            .conn
            .execute(
                include_str!("queries/exam_discard.sql"),
                params![attempt, at],
            )
            .map_err(|e| classify(e, &self.path))?;
        Ok(n == 1)
    }

    /// The newest attempt neither submitted nor discarded, if any.
    pub fn open_attempt(&self) -> Result<Option<i64>> {
        Ok(self
            .conn
            .query_row(include_str!("queries/exam_open.sql"), [], |r| r.get(0))
            .optional()?)
    }

    /// One attempt and its answers.
    pub fn attempt(&self, id: i64) -> Result<Option<(Attempt, Vec<AttemptAnswer>)>> {
        let Some(a) = self
            .conn
            .query_row(include_str!("queries/exam_get.sql"), [id], row_to_attempt)
            .optional()?
        else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/exam_answers.sql"))?;
        let answers = stmt
            .query_map([id], |r| {
                Ok(AttemptAnswer {
                    position: r.get::<_, i64>(0)? as usize,
                    question_id: r.get(1)?,
                    order: list(&r.get::<_, String>(2)?),
                    selected: list(&r.get::<_, String>(3)?),
                    flagged: r.get::<_, i64>(4)? != 0,
                    checked: r.get::<_, i64>(5)? != 0,
                    struck: list(&r.get::<_, String>(6)?),
                    time_ms: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some((a, answers)))
    }

    /// Every answer of the submitted attempts (never discarded ones), given to `f` with its
    /// question id: what the tallies per task statement count, without reading each attempt
    /// whole. The answer's choices are read and parsed only when asked for (`SubmittedAnswer`):
    /// an answer to a question no longer loaded costs no more than its id.
    pub fn each_submitted_answer(
        &self,
        mut f: impl FnMut(&str, &SubmittedAnswer<'_>) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/exam_submitted_answers.sql"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            f(id, &SubmittedAnswer { row: r })?;
        }
        Ok(())
    }

    /// Every attempt (in progress, submitted and discarded), oldest first.
    pub fn all_attempts(&self) -> Result<Vec<Attempt>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/exam_all.sql"))?;
        let rows = stmt.query_map([], row_to_attempt)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Submitted attempts (never discarded ones), oldest first: what scores and averages count.
    pub fn attempt_history(&self) -> Result<Vec<Attempt>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/exam_history.sql"))?;
        let rows = stmt.query_map([], row_to_attempt)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Question ids used by the newest `attempts` attempts.
    pub fn recent_exam_questions(&self, attempts: usize) -> Result<HashSet<String>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/exam_recent_questions.sql"))?;
        let rows = stmt.query_map([attempts as i64], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::domain::Domain;
    use crate::core::exam::mode::{Mode, Practice};

    fn security_practice() -> Mode {
        Mode::Practice(Practice {
            domain: Some(Domain::Security),
            ..Practice::default()
        })
    }

    #[test]
    fn a_stored_mode_reads_back_typed_and_a_damaged_one_is_an_error() {
        let mut s = Store::open_in_memory().unwrap();
        let qs = vec![("p/q1".to_string(), vec![0, 1, 2, 3])];
        let id = s
            .create_attempt("dva-c02", &security_practice(), 1, 1_000, None, &qs)
            .unwrap();
        assert_eq!(s.attempt(id).unwrap().unwrap().0.mode, security_practice());
        s.conn()
            .execute("UPDATE exam_attempt SET mode = 'practice:colour=blue'", [])
            .unwrap();
        assert!(s.attempt(id).is_err(), "a damaged mode read as some mode");
    }

    #[test]
    fn an_attempt_round_trips_with_answers_flags_and_time() {
        let mut s = Store::open_in_memory().unwrap();
        let qs = vec![
            ("p/q1".to_string(), vec![2, 0, 1, 3]),
            ("p/q2".to_string(), vec![0, 1, 2, 3, 4]),
        ];
        let id = s
            .create_attempt("dva-c02", &Mode::Full, 7, 1_000, Some(7800), &qs)
            .unwrap();
        assert_eq!(s.open_attempt().unwrap(), Some(id));
        s.save_exam_answer(id, 1, &[4, 0], true, false).unwrap();
        s.save_exam_struck(id, 0, &[3, 1]).unwrap();
        s.save_exam_times(id, 65_000, 1, 40_000).unwrap();
        let (a, ans) = s.attempt(id).unwrap().unwrap();
        assert_eq!((ans[0].time_ms, ans[1].time_ms), (0, 40_000));
        assert_eq!((a.elapsed_ms, a.total, a.submitted_at), (65_000, 2, None));
        assert_eq!(ans[0].order, vec![2, 0, 1, 3]);
        assert_eq!(
            (ans[0].struck.clone(), ans[1].struck.clone()),
            (vec![3, 1], vec![])
        );
        assert_eq!(
            (ans[1].selected.clone(), ans[1].flagged),
            (vec![4, 0], true)
        );
        s.submit_attempt(id, 9_000, 1, 70_000).unwrap();
        assert_eq!(s.open_attempt().unwrap(), None);
        let h = s.attempt_history().unwrap();
        assert_eq!((h[0].score, h[0].elapsed_ms), (Some(1), 70_000));
        assert_eq!(s.recent_exam_questions(5).unwrap().len(), 2);
        // Elapsed time of a submitted attempt no longer changes.
        s.save_exam_elapsed(id, 1).unwrap();
        assert_eq!(s.attempt(id).unwrap().unwrap().0.elapsed_ms, 70_000);
    }

    #[test]
    fn a_checked_mark_is_stored_and_old_practice_answers_keep_the_old_inference() {
        let mut s = Store::open_in_memory().unwrap();
        let qs = vec![
            ("p/q1".to_string(), vec![0, 1, 2, 3]),
            ("p/q2".to_string(), vec![0, 1, 2, 3]),
        ];
        let id = s
            .create_attempt("dva-c02", &security_practice(), 1, 1_000, None, &qs)
            .unwrap();
        // Q1 checked; Q2 ("Choose two") has one choice selected and is not checked.
        s.save_exam_answer(id, 0, &[1], false, true).unwrap();
        s.save_exam_answer(id, 1, &[2], false, false).unwrap();
        let ans = s.attempt(id).unwrap().unwrap().1;
        assert_eq!((ans[0].checked, ans[1].checked), (true, false));

        // A store of schema version 3: practice answers with a selection were shown as checked.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v3.sqlite3");
        let c = rusqlite::Connection::open(&path).unwrap();
        for sql in &super::super::MIGRATIONS[..3] {
            c.execute_batch(sql).unwrap();
        }
        c.pragma_update(None, "user_version", 3).unwrap();
        c.execute_batch(
            "INSERT INTO exam_attempt (id, exam, mode, seed, started_at, total)
             VALUES (1, 'dva-c02', 'practice:domain=security', 1, 1, 2),
                    (2, 'dva-c02', 'full', 1, 2, 1);
             INSERT INTO exam_answer (attempt_id, position, question_id, choice_order, selected)
             VALUES (1, 0, 'p/q1', '0,1,2,3', '1'), (1, 1, 'p/q2', '0,1,2,3', ''),
                    (2, 0, 'p/q1', '0,1,2,3', '2');",
        )
        .unwrap();
        drop(c);
        let s = Store::open(&path).unwrap();
        let checked = |id| -> Vec<bool> {
            s.attempt(id)
                .unwrap()
                .unwrap()
                .1
                .iter()
                .map(|a| a.checked)
                .collect()
        };
        assert_eq!(checked(1), vec![true, false]);
        assert_eq!(checked(2), vec![false], "only practice checks answers");
    }

    #[test]
    fn a_discarded_attempt_is_kept_but_never_open_scored_or_counted() {
        let mut s = Store::open_in_memory().unwrap();
        let qs = vec![("p/q1".to_string(), vec![0, 1, 2, 3])];
        let a = s
            .create_attempt("dva-c02", &Mode::Quick, 1, 1_000, None, &qs)
            .unwrap();
        let b = s
            .create_attempt("dva-c02", &Mode::Quick, 2, 2_000, None, &qs)
            .unwrap();
        s.submit_attempt(b, 3_000, 1, 500).unwrap();
        let c = s
            .create_attempt("dva-c02", &Mode::Full, 3, 4_000, None, &qs)
            .unwrap();
        assert_eq!(s.open_attempt().unwrap(), Some(c));
        assert!(s.discard_attempt(c, 5_000).unwrap());
        assert!(!s.discard_attempt(c, 6_000).unwrap(), "already discarded");
        assert!(
            !s.discard_attempt(b, 6_000).unwrap(),
            "a submitted attempt stays"
        );
        assert_eq!(
            s.open_attempt().unwrap(),
            Some(a),
            "the older unfinished one"
        );
        assert!(s.discard_attempt(a, 7_000).unwrap());
        assert_eq!(s.open_attempt().unwrap(), None);
        // Neither submitted nor timed any more.
        s.submit_attempt(c, 8_000, 1, 1).unwrap();
        s.save_exam_elapsed(c, 9).unwrap();
        let h: Vec<i64> = s.attempt_history().unwrap().iter().map(|a| a.id).collect();
        assert_eq!(h, vec![b]);
        let all: Vec<(i64, &str)> = s
            .all_attempts()
            .unwrap()
            .iter()
            .map(|a| (a.id, a.status()))
            .collect();
        assert_eq!(
            all,
            vec![(a, "discarded"), (b, "submitted"), (c, "discarded")]
        );
        let (row, _) = s.attempt(c).unwrap().unwrap();
        assert_eq!(
            (row.submitted_at, row.elapsed_ms, row.discarded_at),
            (None, 0, Some(5_000))
        );
    }
}

//! Backups (a consistent copy of the whole store), and progress export/import as a documented JSON
//! file (card states, review log, exam attempts) that moves a user to another machine. Import is
//! validated first and idempotent: importing the same file twice changes nothing the second time.

use super::{Result, SCHEMA_VERSION, Store, StoreError, classify};
use crate::core::config::Lang;
use crate::i18n::tr;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The `format` value of an export file.
pub const EXPORT_FORMAT: &str = "awsdrill-progress";
/// The `version` of the export format this build writes and reads.
pub const EXPORT_VERSION: u32 = 1;

/// A card's scheduling state in an export file (times in Unix ms).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardRow {
    /// Full item id `pack/item`.
    pub item_id: String,
    /// 0 new, 1 learning, 2 review, 3 relearning.
    pub state: i64,
    /// FSRS stability in days.
    pub stability: Option<f64>,
    /// FSRS difficulty, 1 to 10.
    pub difficulty: Option<f64>,
    /// When due.
    pub due: Option<i64>,
    /// When last answered.
    pub last_review: Option<i64>,
    /// Learning step index.
    pub step: i64,
    /// Answers.
    pub reps: i64,
    /// Lapses.
    pub lapses: i64,
    /// Suspended.
    pub suspended: bool,
    /// Buried until.
    pub buried_until: Option<i64>,
    /// Leech.
    pub leech: bool,
    /// When the row last changed.
    pub updated_at: i64,
}

/// One answer of the review log in an export file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewRow {
    /// Full item id.
    pub item_id: String,
    /// When answered (Unix ms).
    pub reviewed_at: i64,
    /// 1 again, 2 hard, 3 good, 4 easy.
    pub rating: i64,
    /// Phase before the answer (as in `CardRow::state`).
    pub state_before: i64,
    /// Study days since the previous answer.
    pub elapsed_days: f64,
    /// Time taken to answer, ms.
    pub duration_ms: i64,
    /// FSRS stability after the answer.
    pub stability: Option<f64>,
    /// FSRS difficulty after the answer.
    pub difficulty: Option<f64>,
    /// The interval scheduled, in days.
    pub interval_days: f64,
}

/// One answer given in custom study (kept apart from the review log; it scheduled nothing).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRow {
    /// Full item id.
    pub item_id: String,
    /// When answered (Unix ms).
    pub reviewed_at: i64,
    /// 1 again, 2 hard, 3 good, 4 easy.
    pub rating: i64,
    /// Time taken to answer, ms.
    pub duration_ms: i64,
}

/// One question of an exam attempt in an export file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerRow {
    /// 0-based position.
    pub position: i64,
    /// Full question id.
    pub question_id: String,
    /// Original choice indexes in display order, comma-separated.
    pub choice_order: String,
    /// Selected original choice indexes, comma-separated.
    pub selected: String,
    /// Flagged.
    pub flagged: bool,
    /// Practice: the answer was checked. Files written before it was stored leave it out; a
    /// practice question with a selection then counts as checked, as it did then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<bool>,
    /// Original choice indexes struck out, comma-separated; left out when none (and in files
    /// written before strikes were stored).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub struck: Option<String>,
    /// Time spent with the question on screen, ms; left out when 0 (and in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_ms: Option<i64>,
}

/// An exam attempt in an export file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptRow {
    /// Blueprint id.
    pub exam: String,
    /// Mode.
    pub mode: String,
    /// Seed of the draw.
    pub seed: i64,
    /// When it started.
    pub started_at: i64,
    /// Time limit in seconds, when timed.
    pub time_limit_s: Option<i64>,
    /// Time spent open, ms.
    pub elapsed_ms: i64,
    /// When submitted.
    pub submitted_at: Option<i64>,
    /// Right answers.
    pub score: Option<i64>,
    /// Questions.
    pub total: i64,
    /// When it was discarded unfinished (left out when it was not, as in older files).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub discarded_at: Option<i64>,
    /// Its questions.
    pub answers: Vec<AnswerRow>,
}

/// A whole export file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export {
    /// Always `awsdrill-progress`.
    pub format: String,
    /// The format version (1).
    pub version: u32,
    /// When the file was written (Unix ms).
    pub exported_at: i64,
    /// Card states.
    pub cards: Vec<CardRow>,
    /// The review log.
    pub reviews: Vec<ReviewRow>,
    /// Answers given in custom study; left out when there are none (and in older files).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<CustomRow>,
    /// Exam attempts with their answers.
    pub exams: Vec<AttemptRow>,
    /// Saved FSRS parameters, when the user optimized them.
    pub fsrs_params: Option<String>,
}

/// What an import added.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ImportCounts {
    /// Card states added or replaced by newer ones.
    pub cards: usize,
    /// Answers added.
    pub reviews: usize,
    /// Custom-study answers added.
    pub custom: usize,
    /// Exam attempts added.
    pub exams: usize,
}

impl Store {
    /// Writes a consistent copy of the whole store to `dest` (which must not exist).
    pub fn backup_to(&self, dest: &Path) -> Result<()> {
        let dest_s = dest.to_string_lossy().to_string();
        self.conn
            .execute("VACUUM INTO ?1", [dest_s])
            .map_err(|e| classify(e, dest))?;
        Ok(())
    }

    /// Everything a user's progress consists of.
    pub fn export(&self, now: i64) -> Result<Export> {
        let c = &self.conn;
        let cards = c
            .prepare(
                "SELECT item_id, state, stability, difficulty, due, last_review, step, reps, lapses, suspended, buried_until, leech, updated_at FROM card_state ORDER BY item_id",
            )?
            .query_map([], |r| {
                Ok(CardRow {
                    item_id: r.get(0)?,
                    state: r.get(1)?,
                    stability: r.get(2)?,
                    difficulty: r.get(3)?,
                    due: r.get(4)?,
                    last_review: r.get(5)?,
                    step: r.get(6)?,
                    reps: r.get(7)?,
                    lapses: r.get(8)?,
                    suspended: r.get::<_, i64>(9)? != 0,
                    buried_until: r.get(10)?,
                    leech: r.get::<_, i64>(11)? != 0,
                    updated_at: r.get(12)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let reviews = c
            .prepare(
                "SELECT item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, stability, difficulty, interval_days FROM revlog ORDER BY reviewed_at, id",
            )?
            .query_map([], |r| {
                Ok(ReviewRow {
                    item_id: r.get(0)?,
                    reviewed_at: r.get(1)?,
                    rating: r.get(2)?,
                    state_before: r.get(3)?,
                    elapsed_days: r.get(4)?,
                    duration_ms: r.get(5)?,
                    stability: r.get(6)?,
                    difficulty: r.get(7)?,
                    interval_days: r.get(8)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let custom = c
            .prepare(
                "SELECT item_id, reviewed_at, rating, duration_ms FROM custom_log ORDER BY reviewed_at, id",
            )?
            .query_map([], |r| {
                Ok(CustomRow {
                    item_id: r.get(0)?,
                    reviewed_at: r.get(1)?,
                    rating: r.get(2)?,
                    duration_ms: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut exams = Vec::new();
        let ids: Vec<i64> = c
            .prepare("SELECT id FROM exam_attempt ORDER BY started_at, id")?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for id in ids {
            let mut a = c.query_row(
                "SELECT exam, mode, seed, started_at, time_limit_s, elapsed_ms, submitted_at, score, total, discarded_at FROM exam_attempt WHERE id = ?1",
                [id],
                |r| {
                    Ok(AttemptRow {
                        exam: r.get(0)?,
                        mode: r.get(1)?,
                        seed: r.get(2)?,
                        started_at: r.get(3)?,
                        time_limit_s: r.get(4)?,
                        elapsed_ms: r.get(5)?,
                        submitted_at: r.get(6)?,
                        score: r.get(7)?,
                        total: r.get(8)?,
                        discarded_at: r.get(9)?,
                        answers: Vec::new(),
                    })
                },
            )?;
            a.answers = c
                .prepare("SELECT position, question_id, choice_order, selected, flagged, checked, struck, time_ms FROM exam_answer WHERE attempt_id = ?1 ORDER BY position")?
                .query_map([id], |r| {
                    Ok(AnswerRow {
                        position: r.get(0)?,
                        question_id: r.get(1)?,
                        choice_order: r.get(2)?,
                        selected: r.get(3)?,
                        flagged: r.get::<_, i64>(4)? != 0,
                        checked: Some(r.get::<_, i64>(5)? != 0),
                        struck: Some(r.get::<_, String>(6)?).filter(|s| !s.is_empty()),
                        time_ms: Some(r.get::<_, i64>(7)?).filter(|t| *t > 0),
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
            exams.push(a);
        }
        Ok(Export {
            format: EXPORT_FORMAT.into(),
            version: EXPORT_VERSION,
            exported_at: now,
            cards,
            reviews,
            custom,
            exams,
            fsrs_params: self.get_state("fsrs_params")?,
        })
    }

    /// Imports progress in one transaction: card states newer than the ones here replace them,
    /// answers and attempts not yet here are added. Returns what was added.
    pub fn import(&mut self, e: &Export, now: i64) -> Result<ImportCounts> {
        self.import_with_progress(e, now, &mut |_, _| {})
    }

    /// `import`, calling `progress(done, total)` every few thousand rows (for a progress bar).
    pub fn import_with_progress(
        &mut self,
        e: &Export,
        now: i64,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<ImportCounts> {
        let total = e.cards.len() + e.reviews.len() + e.custom.len() + e.exams.len();
        let mut done = 0usize;
        let mut tick = |done: &mut usize| {
            *done += 1;
            if (*done).is_multiple_of(5_000) || *done == total {
                progress(*done, total);
            }
        };
        // One transaction; the review-log totals are counted once at the end, not per row.
        self.bulk_load(|tx| {
        let mut n = ImportCounts::default();
        for c in &e.cards {
            tick(&mut done);
            let existing: Option<i64> = tx
                .query_row(
                    "SELECT updated_at FROM card_state WHERE item_id = ?1",
                    [&c.item_id],
                    |r| r.get(0),
                )
                .optional()?;
            if existing.is_some_and(|t| t >= c.updated_at) {
                continue;
            }
            tx.execute(
                include_str!("queries/card_state_upsert.sql"),
                params![
                    c.item_id,
                    c.state,
                    c.stability,
                    c.difficulty,
                    c.due,
                    c.last_review,
                    c.step,
                    c.reps,
                    c.lapses,
                    i64::from(c.suspended),
                    c.buried_until,
                    i64::from(c.leech),
                    c.updated_at
                ],
            )?;
            n.cards += 1;
        }
        for r in &e.reviews {
            tick(&mut done);
            // An answer is the same answer when the item, the moment and the rating agree.
            let exists: bool = tx
                .query_row(
                    "SELECT EXISTS (SELECT 1 FROM revlog WHERE item_id = ?1 AND reviewed_at = ?2 AND rating = ?3)",
                    params![r.item_id, r.reviewed_at, r.rating],
                    |row| row.get(0),
                )?;
            if exists {
                continue;
            }
            tx.execute(
                "INSERT INTO card_state (item_id, updated_at) VALUES (?1, ?2) ON CONFLICT (item_id) DO NOTHING",
                params![r.item_id, now],
            )?;
            tx.execute(
                include_str!("queries/revlog_insert.sql"),
                params![
                    r.item_id,
                    r.reviewed_at,
                    r.rating,
                    r.state_before,
                    r.elapsed_days,
                    r.duration_ms,
                    r.stability,
                    r.difficulty,
                    r.interval_days
                ],
            )?;
            n.reviews += 1;
        }
        for r in &e.custom {
            tick(&mut done);
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM custom_log WHERE item_id = ?1 AND reviewed_at = ?2 AND rating = ?3)",
                params![r.item_id, r.reviewed_at, r.rating],
                |row| row.get(0),
            )?;
            if exists {
                continue;
            }
            tx.execute(
                include_str!("queries/custom_log_insert.sql"),
                params![r.item_id, r.reviewed_at, r.rating, r.duration_ms],
            )?;
            n.custom += 1;
        }
        for a in &e.exams {
            tick(&mut done);
            let exists: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM exam_attempt WHERE exam = ?1 AND started_at = ?2 AND seed = ?3 AND mode = ?4)",
                params![a.exam, a.started_at, a.seed, a.mode],
                |row| row.get(0),
            )?;
            if exists {
                continue;
            }
            tx.execute(
                "INSERT INTO exam_attempt (exam, mode, seed, started_at, time_limit_s, elapsed_ms, submitted_at, score, total, discarded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![a.exam, a.mode, a.seed, a.started_at, a.time_limit_s, a.elapsed_ms, a.submitted_at, a.score, a.total, a.discarded_at],
            )?;
            let id = tx.last_insert_rowid();
            for q in &a.answers {
                let checked = q.checked.unwrap_or_else(|| {
                    a.mode.starts_with("practice:") && !q.selected.is_empty()
                });
                tx.execute(
                    "INSERT INTO exam_answer (attempt_id, position, question_id, choice_order, selected, flagged, checked, struck, time_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    params![id, q.position, q.question_id, q.choice_order, q.selected, i64::from(q.flagged), i64::from(checked), q.struck.as_deref().unwrap_or(""), q.time_ms.unwrap_or(0)],
                )?;
            }
            n.exams += 1;
        }
        if let Some(p) = &e.fsrs_params
            && tx
                .query_row(
                    "SELECT value FROM app_state WHERE key = 'fsrs_params'",
                    [],
                    |r| r.get::<_, String>(0),
                )
                .optional()?
                .is_none()
        {
            tx.execute(
                include_str!("queries/app_state_set.sql"),
                params!["fsrs_params", p],
            )?;
        }
        Ok(n)
        })
    }
}

/// Checks an export file before anything is written: its format, version and values.
/// The problem is said in `lang`.
pub fn validate_export(lang: Lang, e: &Export) -> std::result::Result<(), String> {
    if e.format != EXPORT_FORMAT {
        return Err(tr!(
            lang,
            "errors-export-format",
            found = format!("{:?}", e.format),
            want = format!("{EXPORT_FORMAT:?}")
        ));
    }
    if e.version != EXPORT_VERSION {
        return Err(tr!(
            lang,
            "errors-export-version",
            found = e.version.to_string(),
            want = EXPORT_VERSION.to_string()
        ));
    }
    for (i, c) in e.cards.iter().enumerate() {
        if c.item_id.is_empty() || !(0..=3).contains(&c.state) {
            return Err(tr!(lang, "errors-export-card", at = format!("cards[{i}]")));
        }
    }
    for (i, r) in e.reviews.iter().enumerate() {
        if r.item_id.is_empty()
            || !(1..=4).contains(&r.rating)
            || !(0..=3).contains(&r.state_before)
        {
            return Err(tr!(
                lang,
                "errors-export-review",
                at = format!("reviews[{i}]")
            ));
        }
        if !r.elapsed_days.is_finite() || !r.interval_days.is_finite() {
            return Err(tr!(
                lang,
                "errors-export-review-days",
                at = format!("reviews[{i}]")
            ));
        }
    }
    for (i, r) in e.custom.iter().enumerate() {
        if r.item_id.is_empty() || !(1..=4).contains(&r.rating) || r.duration_ms < 0 {
            return Err(tr!(
                lang,
                "errors-export-custom",
                at = format!("custom[{i}]")
            ));
        }
    }
    for (i, a) in e.exams.iter().enumerate() {
        if a.total != a.answers.len() as i64 {
            return Err(tr!(
                lang,
                "errors-export-total",
                at = format!("exams[{i}]"),
                total = a.total.to_string(),
                answers = a.answers.len()
            ));
        }
    }
    super::export_check::check_values(lang, e)
}

/// Writes the store at `src` (the answers still in its write-ahead log included) as one complete
/// file at `dest`, which must not exist or be empty. `src` is opened read-only.
pub fn copy_store_file(src: &Path, dest: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(src, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| classify(e, src))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| classify(e, src))?;
    conn.execute("VACUUM INTO ?1", [dest.to_string_lossy()])
        .map_err(|e| classify(e, src))?;
    Ok(())
}

/// Moves everything in the write-ahead log of the store at `path` into the main file and empties
/// the log. `Ok(true)` when the log is empty afterwards (no reader held it).
pub fn checkpoint_file(path: &Path) -> Result<bool> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .map_err(|e| classify(e, path))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| classify(e, path))?;
    let busy: i64 = conn
        .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| r.get(0))
        .map_err(|e| classify(e, path))?;
    Ok(busy == 0)
}

/// Checks that `file` is an awsdrill store this build can use (for restore), without changing it.
pub fn check_store_file(file: &Path) -> Result<()> {
    let conn = Connection::open_with_flags(file, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .map_err(|e| classify(e, file))?;
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| classify(e, file))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            path: file.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    let has_tables: i64 = conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('card_state', 'revlog', 'exam_attempt')",
            [],
            |r| r.get(0),
        )
        .map_err(|e| classify(e, file))?;
    let app_id: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(|e| classify(e, file))?;
    if version < 1 || has_tables != 3 || (app_id != 0 && app_id != super::APPLICATION_ID) {
        return Err(StoreError::NotADatabase {
            path: file.to_path_buf(),
        });
    }
    let ok: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| classify(e, file))?;
    if ok != "ok" {
        return Err(StoreError::Corrupt {
            path: file.to_path_buf(),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scheduler::{CardState, Memory, Phase, Rating, ReviewLog};

    fn filled() -> Store {
        let mut s = Store::open_in_memory().unwrap();
        let mut st = CardState::new_card();
        st.phase = Phase::Review;
        st.memory = Some(Memory {
            stability: 3.0,
            difficulty: 5.0,
        });
        let log = ReviewLog {
            rating: Rating::Good,
            phase_before: Phase::New,
            elapsed_days: 0,
            memory: Memory {
                stability: 3.0,
                difficulty: 5.0,
            },
            interval_days: 3.0,
        };
        s.record_answer("p/a", &st, &log, 1_000, 5_000).unwrap();
        s.record_answer("p/b", &st, &log, 2_000, 5_000).unwrap();
        let id = s
            .create_attempt(
                "dva-c02",
                &crate::core::exam::mode::Mode::Quick,
                1,
                3_000,
                None,
                &[("p/q".into(), vec![1, 0, 2, 3])],
            )
            .unwrap();
        s.save_exam_answer(id, 0, &[2], true, false).unwrap();
        s.save_exam_struck(id, 0, &[0, 3]).unwrap();
        s.save_exam_times(id, 1_000, 0, 900).unwrap();
        s.submit_attempt(id, 4_000, 0, 1_000).unwrap();
        let gone = s
            .create_attempt(
                "dva-c02",
                &crate::core::exam::mode::Mode::Full,
                2,
                5_000,
                None,
                &[("p/q".into(), vec![0, 1, 2, 3])],
            )
            .unwrap();
        s.discard_attempt(gone, 6_000).unwrap();
        s.set_state("fsrs_params", "[1.0]").unwrap();
        s.record_custom_answer("p/a", Rating::Again, 7_000, 2_000)
            .unwrap();
        s
    }

    #[test]
    fn an_import_merged_into_a_store_with_answers_keeps_the_quarter_hour_counts_right() {
        let e = filled().export(9_000).unwrap();
        let mut b = Store::open_in_memory().unwrap();
        let st = CardState::new_card();
        for (i, (id, phase)) in [
            ("p/a", Phase::Review),
            ("p/c", Phase::Review),
            ("p/c", Phase::New),
        ]
        .into_iter()
        .enumerate()
        {
            let log = ReviewLog {
                rating: if i == 0 { Rating::Again } else { Rating::Good },
                phase_before: phase,
                elapsed_days: 1,
                memory: Memory {
                    stability: 1.0,
                    difficulty: 5.0,
                },
                interval_days: 1.0,
            };
            b.record_answer(id, &st, &log, 1_500 + i as i64 * 1_000_000, 1_000)
                .unwrap();
        }
        b.import(&e, 10_000).unwrap();
        assert_eq!(b.review_counts_differing().unwrap(), 0);
        assert_eq!(
            b.review_window(0, crate::store::Grain::Quarter)
                .unwrap()
                .items,
            b.review_window(0, crate::store::Grain::Answer)
                .unwrap()
                .items
        );
    }

    #[test]
    fn export_then_import_reproduces_the_progress_and_twice_changes_nothing() {
        let a = filled();
        let e = a.export(9_000).unwrap();
        assert_eq!((e.cards.len(), e.reviews.len(), e.exams.len()), (2, 2, 2));
        assert_eq!(
            e.custom,
            vec![CustomRow {
                item_id: "p/a".into(),
                reviewed_at: 7_000,
                rating: 1,
                duration_ms: 2_000
            }]
        );
        assert_eq!(
            e.exams[1].discarded_at,
            Some(6_000),
            "the discarded attempt travels"
        );
        assert_eq!(e.exams[0].answers[0].struck.as_deref(), Some("0,3"));
        assert_eq!(e.exams[1].answers[0].struck, None, "none struck: left out");
        assert_eq!(e.exams[0].answers[0].time_ms, Some(900));
        assert_eq!(e.exams[1].answers[0].time_ms, None, "no time: left out");
        validate_export(Lang::En, &e).unwrap();
        let mut b = Store::open_in_memory().unwrap();
        let n = b.import(&e, 10_000).unwrap();
        assert_eq!(
            n,
            ImportCounts {
                cards: 2,
                reviews: 2,
                custom: 1,
                exams: 2
            }
        );
        assert_eq!(b.attempt(1).unwrap().unwrap().1[0].struck, vec![0, 3]);
        assert_eq!(b.attempt(1).unwrap().unwrap().1[0].time_ms, 900);
        let again = b.import(&e, 11_000).unwrap();
        assert_eq!(again, ImportCounts::default(), "import is idempotent");
        let mut e2 = b.export(12_000).unwrap();
        e2.exported_at = e.exported_at;
        assert_eq!(e2, e, "the round trip loses nothing");
    }

    #[test]
    fn the_checked_mark_travels_and_old_files_without_it_still_import() {
        let mut a = Store::open_in_memory().unwrap();
        let qs = [
            ("p/q1".to_string(), vec![0, 1, 2, 3]),
            ("p/q2".to_string(), vec![0, 1, 2, 3]),
        ];
        let id = a
            .create_attempt(
                "dva-c02",
                &crate::core::exam::mode::Mode::Practice(crate::core::exam::mode::Practice {
                    domain: Some(crate::core::domain::Domain::Security),
                    ..Default::default()
                }),
                1,
                1_000,
                None,
                &qs,
            )
            .unwrap();
        a.save_exam_answer(id, 0, &[1], false, true).unwrap();
        a.save_exam_answer(id, 1, &[2], false, false).unwrap();
        let mut e = a.export(2_000).unwrap();
        let checked = |s: &Store| -> Vec<bool> {
            s.attempt(1)
                .unwrap()
                .unwrap()
                .1
                .iter()
                .map(|x| x.checked)
                .collect()
        };
        let mut b = Store::open_in_memory().unwrap();
        b.import(&e, 3_000).unwrap();
        assert_eq!(checked(&b), vec![true, false]);
        // A file written before the field existed: a selection meant checked in practice.
        for q in &mut e.exams[0].answers {
            q.checked = None;
        }
        let text = serde_json::to_string(&e).unwrap();
        assert!(!text.contains("checked"), "{text}");
        assert!(
            !text.contains("struck"),
            "an older file has no strikes: {text}"
        );
        assert!(!text.contains("time_ms"), "nor times: {text}");
        let old: Export = serde_json::from_str(&text).unwrap();
        validate_export(Lang::En, &old).unwrap();
        let mut c = Store::open_in_memory().unwrap();
        c.import(&old, 3_000).unwrap();
        assert_eq!(checked(&c), vec![true, true]);
    }

    #[test]
    fn bad_export_files_are_refused_with_the_reason() {
        let mut e = filled().export(0).unwrap();
        e.reviews[1].rating = 7;
        assert_eq!(
            validate_export(Lang::En, &e),
            Err("reviews[1]: item_id must not be empty, rating 1 to 4, state_before 0 to 3".into())
        );
        e.format = "x".into();
        assert!(
            validate_export(Lang::En, &e)
                .unwrap_err()
                .contains("`format`")
        );
    }

    #[test]
    fn a_backup_is_a_valid_store_with_the_same_rows() {
        let dir = tempfile::tempdir().unwrap();
        let dest = dir.path().join("b.sqlite3");
        let s = filled();
        s.backup_to(&dest).unwrap();
        check_store_file(&dest).unwrap();
        let b = Store::open(&dest).unwrap();
        assert_eq!(b.summary().unwrap(), s.summary().unwrap());
        let junk = dir.path().join("junk");
        std::fs::write(&junk, b"not sqlite at all, just text").unwrap();
        assert!(matches!(
            check_store_file(&junk),
            Err(StoreError::NotADatabase { .. })
        ));
    }
}

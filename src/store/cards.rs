//! Card scheduling state and the review log: loading states, recording an answer with its log row
//! in one transaction, undoing it exactly, suspending and burying.

use super::{Result, Store, classify};
use crate::core::scheduler::packed::PackedState;
use crate::core::scheduler::{CardState, Memory, Phase, ReviewLog};
use crate::core::stats::{Answered, QUARTER_MS};
use rusqlite::{OptionalExtension, Row, params};

/// What is needed to undo one answer: the state before it and the log row it added.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoEntry {
    /// The card.
    pub item_id: String,
    /// Its state before the answer; `None` when it had no row (a new card).
    pub prev: Option<CardState>,
    /// The review-log row the answer added.
    pub revlog_id: i64,
}

/// Today's answers so far.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Activity {
    /// Answers to cards that were in review.
    pub reviews: u32,
    /// Cards answered for the first time.
    pub new: u32,
    /// All answers.
    pub answers: u32,
    /// Time spent answering, in milliseconds.
    pub time_ms: i64,
    /// The cards answered (for siblings).
    pub item_ids: Vec<String>,
}

/// The answers of a time window: every answer for per-day counts, and the reviews per item.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReviewWindow {
    /// The answers counted from a moment on, oldest first: each answer at its time, or (read by
    /// quarter hours) each quarter hour's answers at its start.
    pub spans: Vec<(i64, Answered)>,
    /// (item id, answers to it in review, of which not Again), sorted by id.
    pub items: ItemCounts,
}

/// Reviews per item, sorted by item id, with the ids kept in one string: one allocation for all
/// of them instead of one per item (a large store's window has tens of thousands).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemCounts {
    ids: String,
    rows: Vec<(u32, u32, u64, u64)>,
}

impl ItemCounts {
    /// Each item as (id, reviews, passed), in id order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, u64, u64)> {
        self.rows
            .iter()
            .map(|&(a, b, n, p)| (&self.ids[a as usize..b as usize], n, p))
    }

    /// How many items.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The items as owned rows (tests and tools).
    pub fn to_vec(&self) -> Vec<(String, u64, u64)> {
        self.iter()
            .map(|(id, n, p)| (id.to_string(), n, p))
            .collect()
    }

    /// Adds an item after the others (the caller keeps the id order).
    pub(super) fn push(&mut self, id: &str, reviews: u64, passed: u64) {
        let a = self.ids.len() as u32;
        self.ids.push_str(id);
        self.rows.push((a, self.ids.len() as u32, reviews, passed));
    }

    /// Puts the items in id order when they were not added in it.
    fn sort(&mut self) {
        let ids = &self.ids;
        let id = |r: &(u32, u32, u64, u64)| &ids[r.0 as usize..r.1 as usize];
        if !self.rows.is_sorted_by(|x, y| id(x) <= id(y)) {
            self.rows.sort_unstable_by(|x, y| id(x).cmp(id(y)));
        }
    }
}

/// How a review window is read: from the answers one by one, or from the counts per quarter hour
/// that the triggers keep (schema versions 9 and 10), which give the same numbers when the window
/// and every day in it begin on a quarter hour (`core::stats::on_quarter_hours`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grain {
    /// Every answer (`revlog`).
    Answer,
    /// The counts per quarter hour (`revlog_quarter`, with its reviews per item); `since` must be
    /// on a quarter hour.
    Quarter,
}

/// One answer of an item's history.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HistoryRow {
    /// When (Unix ms).
    pub at: i64,
    /// 1 to 4.
    pub rating: u32,
    /// Phase code before the answer.
    pub phase_before: i64,
    /// The interval scheduled, in days.
    pub interval_days: f64,
    /// Time taken, ms.
    pub duration_ms: i64,
}

/// Every stored card state, with the ids packed into one string: one allocation for all the ids
/// instead of one per row (a large collection has tens of thousands).
#[derive(Debug, Clone, Default)]
pub struct StateRows {
    ids: String,
    /// Each id's place in `ids` and its state, packed (40 bytes, `CardState` takes 72).
    rows: Vec<(u32, u32, PackedState)>,
}

impl StateRows {
    /// How many states.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Each state (packed: `PackedState::get` reads it) with its item id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &PackedState)> {
        self.rows
            .iter()
            .map(|(a, b, s)| (&self.ids[*a as usize..*b as usize], s))
    }

    /// Each state with its item id.
    pub fn states(&self) -> impl Iterator<Item = (&str, CardState)> {
        self.iter().map(|(id, s)| (id, s.get()))
    }

    /// No state yet, with room for `states` states whose ids take `id_bytes` bytes.
    pub fn with_room(states: usize, id_bytes: usize) -> StateRows {
        StateRows {
            ids: String::with_capacity(id_bytes),
            rows: Vec::with_capacity(states),
        }
    }

    /// Room for `count` states whose ids are all in `ids` (a snapshot read back).
    pub(super) fn with_capacity(ids: &str, count: usize) -> StateRows {
        StateRows {
            ids: ids.to_string(),
            rows: Vec::with_capacity(count),
        }
    }

    /// Adds a state whose id is `ids[start..end]` (checked by the caller).
    #[inline]
    pub(super) fn push_at(&mut self, start: u32, end: u32, state: PackedState) {
        self.rows.push((start, end, state));
    }

    /// The ids and the states with their ids' positions, as kept (for the snapshot).
    pub(super) fn parts(&self) -> (&str, &[(u32, u32, PackedState)]) {
        (&self.ids, &self.rows)
    }

    /// Adds a state (a `CardState`, by value or reference, or one already packed).
    pub fn push(&mut self, id: &str, state: impl Into<PackedState>) {
        let a = self.ids.len() as u32;
        self.ids.push_str(id);
        self.rows.push((a, self.ids.len() as u32, state.into()));
    }
}

/// A review window read on a thread of its own.
pub(super) type WindowAhead = std::thread::JoinHandle<Result<ReviewWindow>>;

/// `Store::review_window` on `conn`.
fn read_window(conn: &rusqlite::Connection, since: i64, grain: Grain) -> Result<ReviewWindow> {
    match grain {
        Grain::Answer => read_answers(conn, since),
        Grain::Quarter if since.rem_euclid(QUARTER_MS) == 0 => read_quarters(conn, since),
        Grain::Quarter => read_answers(conn, since),
    }
}

/// The window from every answer in it.
fn read_answers(conn: &rusqlite::Connection, since: i64) -> Result<ReviewWindow> {
    let mut stmt = conn.prepare_cached(include_str!("queries/revlog_window.sql"))?;
    let mut rows = stmt.query([since])?;
    let mut out = ReviewWindow::default();
    let mut items: hashbrown::HashMap<String, (u64, u64), rustc_hash::FxBuildHasher> =
        Default::default();
    while let Some(r) = rows.next()? {
        let (at, rating, phase): (i64, u32, i64) = (r.get(0)?, r.get(1)?, r.get(2)?);
        out.spans.push((at, Answered::one(rating, phase)));
        if phase == Phase::Review.code() {
            let id = r.get_ref(3)?.as_str().map_err(rusqlite::Error::from)?;
            let e = items.entry_ref(id).or_default();
            e.0 += 1;
            e.1 += u64::from(rating > 1);
        }
    }
    let mut items: Vec<(String, (u64, u64))> = items.into_iter().collect();
    items.sort_unstable();
    for (id, (n, p)) in &items {
        out.items.push(id, *n, *p);
    }
    Ok(out)
}

/// The window from the counts per quarter hour (`since` on a quarter hour): a few thousand rows
/// where the answers are a hundred thousand. Each row lists its reviews per item (schema version
/// 10: "12p,7f,"); the item numbers' ids are read once after.
fn read_quarters(conn: &rusqlite::Connection, since: i64) -> Result<ReviewWindow> {
    let from = since.div_euclid(QUARTER_MS);
    let damaged = |i: usize, what: String| {
        super::StoreError::from(rusqlite::Error::FromSqlConversionFailure(
            i,
            rusqlite::types::Type::Integer,
            what.into(),
        ))
    };
    let count = |r: &Row, i: usize| -> Result<u32> {
        let n = r.get_ref(i)?.as_i64().map_err(rusqlite::Error::from)?;
        u32::try_from(n).map_err(|_| damaged(i, format!("{n} is not a count")))
    };
    let mut out = ReviewWindow::default();
    // (reviews, passed) per item number.
    let mut per_item: Vec<(u32, u32)> = Vec::new();
    let mut stmt = conn.prepare_cached(include_str!("queries/revlog_quarters.sql"))?;
    let mut rows = stmt.query([from])?;
    while let Some(r) = rows.next()? {
        let quarter = r.get_ref(0)?.as_i64().map_err(rusqlite::Error::from)?;
        let counts = Answered {
            answers: count(r, 1)?,
            reviews: count(r, 2)?,
            passed: count(r, 3)?,
        };
        let items = r.get_ref(4)?.as_bytes().map_err(rusqlite::Error::from)?;
        let (reviews, passed) = add_item_tokens(items, &mut per_item)
            .ok_or_else(|| damaged(4, format!("quarter {quarter}: a damaged list of reviews")))?;
        if (reviews, passed) != (counts.reviews, counts.passed) {
            return Err(damaged(
                4,
                format!("quarter {quarter}: the reviews listed are not its counts"),
            ));
        }
        out.spans.push((quarter.saturating_mul(QUARTER_MS), counts));
    }
    let listed = per_item.iter().filter(|&&(n, _)| n > 0).count();
    if listed > 0 {
        // Room for exactly the items listed (grown by doubling, the rows took up to twice that
        // and were copied at each step while the Stats screen's report is made).
        out.items.rows.reserve_exact(listed);
        let mut stmt = conn.prepare_cached(include_str!("queries/revlog_item_keys.sql"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let item = r.get_ref(0)?.as_i64().map_err(rusqlite::Error::from)?;
            if let Some(&(n, p)) = usize::try_from(item).ok().and_then(|i| per_item.get(i))
                && n > 0
            {
                let id = r.get_ref(1)?.as_str().map_err(rusqlite::Error::from)?;
                out.items.push(id, u64::from(n), u64::from(p));
            }
        }
        if out.items.len() != listed {
            return Err(damaged(0, "a review of an item without a key".to_string()));
        }
        // Read in id order (the key's unique index); sorted here only if not.
        out.items.sort();
    }
    Ok(out)
}

/// The largest item number a list of reviews may name (the numbers are given in order from 1;
/// a larger one is damage, not a reason to allocate).
const MAX_ITEM: usize = 1 << 26;

/// Adds one quarter hour's list of reviews ("12p,7f,": item number, passed or failed, a comma
/// after each) to the counts per item number; returns the reviews and the passed in the list, or
/// None when it is not such a list.
fn add_item_tokens(list: &[u8], per_item: &mut Vec<(u32, u32)>) -> Option<(u32, u32)> {
    let (mut reviews, mut passed) = (0u32, 0u32);
    let mut rest = list;
    while !rest.is_empty() {
        let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits == 0 || digits > 9 || rest.len() < digits + 2 || rest[digits + 1] != b',' {
            return None;
        }
        let item = rest[..digits]
            .iter()
            .fold(0usize, |n, &d| n * 10 + usize::from(d - b'0'));
        let ok = match rest[digits] {
            b'p' => 1,
            b'f' => 0,
            _ => return None,
        };
        if item > MAX_ITEM {
            return None;
        }
        if item >= per_item.len() {
            per_item.resize(item + 1, (0, 0));
        }
        let e = &mut per_item[item];
        e.0 = e.0.checked_add(1)?;
        e.1 += ok;
        reviews = reviews.checked_add(1)?;
        passed += ok;
        rest = &rest[digits + 2..];
    }
    Some((reviews, passed))
}

fn row_to_state(r: &Row) -> rusqlite::Result<(String, CardState)> {
    Ok((r.get(0)?, read_state(r)?))
}

/// A phase is stored as its code; an unknown code is a damaged row, not a new card.
impl rusqlite::types::FromSql for Phase {
    fn column_result(v: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let code = v.as_i64()?;
        Phase::from_code(code).ok_or(rusqlite::types::FromSqlError::OutOfRange(code))
    }
}

impl rusqlite::types::ToSql for Phase {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.code().into())
    }
}

/// Columns 1 to 11 of `card_state_all.sql` and `card_state_get.sql`. A value out of its range
/// (an unknown phase, a negative count) is an error naming the column, never a silent default.
fn read_state(r: &Row) -> rusqlite::Result<CardState> {
    let phase: Phase = r.get(1)?;
    let stability: Option<f64> = r.get(2)?;
    let difficulty: Option<f64> = r.get(3)?;
    let memory = match (stability, difficulty) {
        (Some(s), Some(d)) => Some(Memory {
            stability: s as f32,
            difficulty: d as f32,
        }),
        _ => None,
    };
    let u = |i: usize| -> rusqlite::Result<u32> {
        let n: i64 = r.get(i)?;
        u32::try_from(n).map_err(|_| {
            rusqlite::Error::FromSqlConversionFailure(
                i,
                rusqlite::types::Type::Integer,
                format!("{n} is not a count").into(),
            )
        })
    };
    Ok(CardState {
        phase,
        memory,
        due: r.get::<_, Option<i64>>(4)?.unwrap_or(0),
        last_review: r.get(5)?,
        step: u(6)?,
        reps: u(7)?,
        lapses: u(8)?,
        suspended: r.get::<_, i64>(9)? != 0,
        buried_until: r.get(10)?,
        leech: r.get::<_, i64>(11)? != 0,
    })
}

fn upsert(tx: &rusqlite::Connection, id: &str, s: &CardState, now: i64) -> rusqlite::Result<()> {
    tx.prepare_cached(include_str!("queries/card_state_upsert.sql"))?
        .execute(params![
            id,
            s.phase.code(),
            s.memory.map(|m| f64::from(m.stability)),
            s.memory.map(|m| f64::from(m.difficulty)),
            s.due,
            s.last_review,
            s.step,
            s.reps,
            s.lapses,
            i64::from(s.suspended),
            s.buried_until,
            i64::from(s.leech),
            now,
        ])?;
    Ok(())
}

impl Store {
    /// Every stored card state with its item id, read from the table (`card_states` reads the
    /// snapshot when it is current).
    pub(super) fn read_card_states(&self) -> Result<StateRows> {
        let count: i64 = self
            .conn
            .prepare_cached(include_str!("queries/card_state_count.sql"))?
            .query_row([], |r| r.get(0))?;
        let count = usize::try_from(count).unwrap_or(0);
        let mut out = StateRows {
            ids: String::with_capacity(count * 24),
            rows: Vec::with_capacity(count),
        };
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/card_state_all.sql"))?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id = r.get_ref(0)?.as_str().map_err(rusqlite::Error::from)?;
            let state = read_state(r)?;
            out.push(id, &state);
        }
        Ok(out)
    }

    /// One card's state, if it has one.
    pub fn card_state(&self, id: &str) -> Result<Option<CardState>> {
        Ok(self
            .conn
            .query_row(
                include_str!("queries/card_state_get.sql"),
                [id],
                row_to_state,
            )
            .optional()?
            .map(|(_, s)| s))
    }

    /// Saves an answer: the card's new state and its review-log row, in one transaction that is
    /// committed (durably) before this returns. Returns what undo needs.
    pub fn record_answer(
        &mut self,
        item_id: &str,
        new: &CardState,
        log: &ReviewLog,
        reviewed_at: i64,
        duration_ms: i64,
    ) -> Result<UndoEntry> {
        self.writable()?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| classify(e, &path))?;
        let prev = tx
            .query_row(
                include_str!("queries/card_state_get.sql"),
                [item_id],
                row_to_state,
            )
            .optional()?
            .map(|(_, s)| s);
        upsert(&tx, item_id, new, reviewed_at)?;
        tx.prepare_cached(include_str!("queries/revlog_insert.sql"))?
            .execute(params![
                item_id,
                reviewed_at,
                log.rating.number(),
                log.phase_before.code(),
                log.elapsed_days as f64,
                duration_ms,
                f64::from(log.memory.stability),
                f64::from(log.memory.difficulty),
                log.interval_days,
            ])?;
        let revlog_id = tx.last_insert_rowid();
        tx.commit().map_err(|e| classify(e, &path))?;
        Ok(UndoEntry {
            item_id: item_id.to_string(),
            prev,
            revlog_id,
        })
    }

    /// Undoes one answer: restores the previous state (or removes the row of a card that was new)
    /// and deletes the log row, in one transaction.
    pub fn undo(&mut self, entry: &UndoEntry, now: i64) -> Result<()> {
        self.writable()?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| classify(e, &path))?;
        tx.prepare_cached(include_str!("queries/revlog_delete.sql"))?
            .execute(params![entry.revlog_id, entry.item_id])?;
        match &entry.prev {
            Some(prev) => upsert(&tx, &entry.item_id, prev, now)?,
            None => {
                tx.prepare_cached(include_str!("queries/card_state_delete.sql"))?
                    .execute([&entry.item_id])?;
            }
        }
        tx.commit().map_err(|e| classify(e, &path))?;
        Ok(())
    }

    /// Saves a state change that is not an answer (suspend, unsuspend, bury), in one transaction.
    pub fn save_state(&mut self, item_id: &str, state: &CardState, now: i64) -> Result<()> {
        self.writable()?;
        upsert(&self.conn, item_id, state, now).map_err(|e| classify(e, &self.path))
    }

    /// Saves an answer given in custom study: its own log row, committed before this returns; the
    /// card's state and the review log are not touched. Returns the row's id (for undo).
    pub fn record_custom_answer(
        &mut self,
        item_id: &str,
        rating: crate::core::scheduler::Rating,
        reviewed_at: i64,
        duration_ms: i64,
    ) -> Result<i64> {
        self.writable()?;
        self.conn
            .prepare_cached(include_str!("queries/custom_log_insert.sql"))?
            .execute(params![
                item_id,
                reviewed_at,
                rating.number(),
                duration_ms.max(0)
            ])
            .map_err(|e| classify(e, &self.path))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Undoes a custom-study answer: deletes its row.
    pub fn undo_custom_answer(&mut self, row: i64, item_id: &str) -> Result<()> {
        self.writable()?;
        self.conn
            .prepare_cached(include_str!("queries/custom_log_delete.sql"))?
            .execute(params![row, item_id])
            .map_err(|e| classify(e, &self.path))?;
        Ok(())
    }

    /// Answers since `since` (Unix ms): counts for the daily limits and siblings.
    pub fn activity_since(&self, since: i64) -> Result<Activity> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/revlog_since.sql"))?;
        let mut rows = stmt.query([since])?;
        let mut a = Activity::default();
        while let Some(r) = rows.next()? {
            let id: String = r.get(0)?;
            let phase: i64 = r.get(1)?;
            a.answers += 1;
            a.time_ms += r.get::<_, i64>(2)?;
            if phase == Phase::Review.code() {
                a.reviews += 1;
            }
            if phase == Phase::New.code() {
                a.new += 1;
            }
            a.item_ids.push(id);
        }
        Ok(a)
    }

    /// The newest `limit` answers of one item: (time, rating, phase before, interval days, ms).
    pub fn item_history(&self, id: &str, limit: usize) -> Result<Vec<HistoryRow>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/revlog_item.sql"))?;
        let rows = stmt.query_map(params![id, limit as i64], |r| {
            Ok(HistoryRow {
                at: r.get(0)?,
                rating: r.get(1)?,
                phase_before: r.get(2)?,
                interval_days: r.get(3)?,
                duration_ms: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The answers since `since` (Unix ms), per answer or per quarter hour (`grain`), and the
    /// answers to cards in review counted per item; taken from the read ahead when one was
    /// started for the same `since` and grain (`prefetch_review_window`).
    pub fn review_window(&self, since: i64, grain: Grain) -> Result<ReviewWindow> {
        let ahead = self.window_ahead.borrow_mut().take();
        if let Some((from, handle)) = ahead
            && from == (since, grain)
            && let Ok(window) = handle.join()
        {
            return window.map_err(|e| e.at(&self.path));
        }
        read_window(&self.conn, since, grain)
    }

    /// Starts reading the review window since `since` on a connection of its own, so that it is
    /// read while the caller loads packs and states (`stats`); `review_window(since)` then takes
    /// it. A store in memory reads it when asked.
    pub fn prefetch_review_window(&self, since: i64, grain: Grain) {
        if self.path == std::path::Path::new(":memory:") {
            return;
        }
        let path = self.path.clone();
        let handle = std::thread::spawn(move || read_window(&reader(&path)?, since, grain));
        *self.window_ahead.borrow_mut() = Some(((since, grain), handle));
    }

    /// Runs `f` with its reads in one read transaction: SQLite takes and releases its locks once
    /// instead of at every statement (two `fcntl` calls each), and every read sees the same state
    /// of the store. For read-only work only (Home's streak asks one day at a time: a thousand
    /// statements on a store studied every day for three years). Inside a transaction already,
    /// `f` simply runs in it.
    pub fn reading<T>(&self, f: impl FnOnce(&Store) -> T) -> T {
        let tx = self.conn.unchecked_transaction().ok();
        let out = f(self);
        drop(tx);
        out
    }

    /// Whether anything was answered from `start` (inclusive) to `end` (exclusive), Unix ms.
    pub fn answered_between(&self, start: i64, end: i64) -> Result<bool> {
        answered_between_on(&self.conn, start, end)
    }

    /// Home's streak: the study days in a row with an answer up to `today` (`core::stats::streak`,
    /// each day asked with `answered_between`), read in one read transaction.
    pub fn streak(&self, cal: &dyn crate::core::scheduler::Calendar, today: i64) -> usize {
        streak_on(&self.conn, cal, today)
    }

    /// `streak` read on a connection of its own while the caller goes on (the app reads it while
    /// its packs and states load). A store in memory reads it when asked (`None`).
    pub fn streak_ahead(
        &self,
        cal: Box<dyn crate::core::scheduler::Calendar + Send>,
        today: i64,
    ) -> Option<std::thread::JoinHandle<Result<usize>>> {
        if self.path == std::path::Path::new(":memory:") {
            return None;
        }
        let path = self.path.clone();
        Some(std::thread::spawn(move || {
            Ok(streak_on(&reader(&path)?, cal.as_ref(), today))
        }))
    }

    /// All answers to cards in review: (count, passed). Their ratio is the true retention. Read
    /// from the totals the triggers keep (schema version 3), not from the whole log.
    pub fn review_retention(&self) -> Result<(i64, i64)> {
        Ok(self
            .conn
            .query_row(include_str!("queries/revlog_retention.sql"), [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })?)
    }

    /// How many rows of the review log's counts per quarter hour (schema version 9) and of their
    /// lists of reviews per item (version 10) differ from a count of the log itself, with the
    /// tokens of the lists that are not tokens: 0 when they agree, as the triggers keep them.
    /// Reads the whole log.
    pub fn review_counts_differing(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row(include_str!("queries/revlog_quarters_check.sql"), [], |r| {
                r.get(0)
            })?)
    }

    /// Every answer as (item id, time, rating), ordered by item then time (for the optimizer).
    pub fn answers_for_training(&self) -> Result<Vec<(String, i64, u32)>> {
        let mut stmt = self
            .conn
            .prepare_cached(include_str!("queries/revlog_for_training.sql"))?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scheduler::Rating;

    fn log() -> ReviewLog {
        ReviewLog {
            rating: Rating::Good,
            phase_before: Phase::New,
            elapsed_days: 0,
            memory: Memory {
                stability: 2.3,
                difficulty: 2.1,
            },
            interval_days: 0.0069,
        }
    }

    fn rows(s: &Store) -> (i64, i64) {
        let c = s.conn();
        let states: i64 = c
            .query_row("SELECT count(*) FROM card_state", [], |r| r.get(0))
            .unwrap();
        let logs: i64 = c
            .query_row("SELECT count(*) FROM revlog", [], |r| r.get(0))
            .unwrap();
        (states, logs)
    }

    #[test]
    fn a_damaged_state_row_is_an_error_not_a_new_card() {
        let s = Store::open_in_memory().unwrap();
        s.save_state_for_tests("p/c").unwrap();
        assert!(s.card_states().is_ok());
        // The schema's CHECKs keep such values out; a damaged file (or an edit by hand) does not.
        s.conn()
            .execute_batch("PRAGMA ignore_check_constraints = ON")
            .unwrap();
        s.conn()
            .execute("UPDATE card_state SET state = 9", [])
            .unwrap();
        assert!(s.card_states().is_err(), "phase 9 read as a card state");
        s.conn()
            .execute("UPDATE card_state SET state = 2, reps = -3", [])
            .unwrap();
        assert!(
            s.card_states().is_err(),
            "a negative count read as a card state"
        );
    }

    #[test]
    fn an_answer_and_its_undo_restore_the_exact_rows() {
        let mut s = Store::open_in_memory().unwrap();
        let mut first = CardState::new_card();
        first.phase = Phase::Learning;
        first.reps = 1;
        first.due = 1_000;
        first.memory = Some(log().memory);
        let e1 = s.record_answer("p/a", &first, &log(), 500, 4_000).unwrap();
        assert_eq!(e1.prev, None);
        assert_eq!(rows(&s), (1, 1));
        let mut second = first.clone();
        second.phase = Phase::Review;
        second.reps = 2;
        let e2 = s.record_answer("p/a", &second, &log(), 900, 3_000).unwrap();
        assert_eq!(e2.prev.as_ref(), Some(&first));
        assert_eq!(s.card_state("p/a").unwrap(), Some(second));

        s.undo(&e2, 1_000).unwrap();
        assert_eq!(s.card_state("p/a").unwrap(), Some(first));
        assert_eq!(rows(&s), (1, 1));
        s.undo(&e1, 1_000).unwrap();
        assert_eq!(s.card_state("p/a").unwrap(), None);
        assert_eq!(rows(&s), (0, 0));
    }

    #[test]
    fn a_custom_answer_is_logged_apart_and_changes_no_state() {
        let mut s = Store::open_in_memory().unwrap();
        let row = s
            .record_custom_answer("p/a", Rating::Again, 500, 3_000)
            .unwrap();
        assert_eq!(rows(&s), (0, 0), "no card state, no review-log row");
        assert_eq!(s.activity_since(0).unwrap(), Activity::default());
        let logged: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM custom_log", [], |r| r.get(0))
            .unwrap();
        assert_eq!(logged, 1);
        s.undo_custom_answer(row, "p/a").unwrap();
        let logged: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM custom_log", [], |r| r.get(0))
            .unwrap();
        assert_eq!(logged, 0);
    }

    #[test]
    fn activity_counts_new_and_review_answers_since_a_moment() {
        let mut s = Store::open_in_memory().unwrap();
        let st = CardState::new_card();
        s.record_answer("p/a", &st, &log(), 100, 1_000).unwrap();
        let mut rev = log();
        rev.phase_before = Phase::Review;
        s.record_answer("p/b", &st, &rev, 200, 2_000).unwrap();
        s.record_answer("p/c", &st, &rev, 50, 2_000).unwrap();
        let a = s.activity_since(100).unwrap();
        assert_eq!((a.answers, a.new, a.reviews, a.time_ms), (2, 1, 1, 3_000));
        assert_eq!(a.item_ids, vec!["p/a".to_string(), "p/b".to_string()]);
    }

    fn counted_retention(s: &Store) -> (i64, i64) {
        s.conn()
            .query_row(
                "SELECT count(*), coalesce(sum(rating > 1), 0) FROM revlog WHERE state_before = 2",
                [],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .unwrap()
    }

    #[test]
    fn the_running_totals_follow_answers_undos_and_edits() {
        let mut s = Store::open_in_memory().unwrap();
        let st = CardState::new_card();
        let mut undo = Vec::new();
        for (i, rating) in [
            Rating::Good,
            Rating::Again,
            Rating::Easy,
            Rating::Hard,
            Rating::Again,
        ]
        .into_iter()
        .enumerate()
        {
            let mut l = log();
            l.rating = rating;
            l.phase_before = if i == 0 { Phase::New } else { Phase::Review };
            undo.push(
                s.record_answer("p/a", &st, &l, 100 + i as i64, 1_000)
                    .unwrap(),
            );
        }
        assert_eq!(s.review_retention().unwrap(), (4, 2));
        assert_eq!(s.review_retention().unwrap(), counted_retention(&s));
        s.undo(&undo.pop().unwrap(), 200).unwrap();
        assert_eq!(s.review_retention().unwrap(), (3, 2));
        s.conn()
            .execute("UPDATE revlog SET rating = 1 WHERE rating = 4", [])
            .unwrap();
        assert_eq!(s.review_retention().unwrap(), (3, 1));
        assert_eq!(s.review_retention().unwrap(), counted_retention(&s));
    }

    #[test]
    fn a_window_counts_every_answer_and_the_reviews_per_item() {
        let mut s = Store::open_in_memory().unwrap();
        let st = CardState::new_card();
        let mut rev = log();
        rev.phase_before = Phase::Review;
        s.record_answer("p/b", &st, &rev, 300, 1_000).unwrap();
        s.record_answer("p/a", &st, &log(), 100, 1_000).unwrap();
        rev.rating = Rating::Again;
        s.record_answer("p/b", &st, &rev, 200, 1_000).unwrap();
        s.record_answer("p/c", &st, &rev, 50, 1_000).unwrap();
        let w = s.review_window(100, Grain::Answer).unwrap();
        assert_eq!(
            w.spans,
            vec![
                (100, Answered::one(3, 0)),
                (200, Answered::one(1, 2)),
                (300, Answered::one(3, 2))
            ]
        );
        assert_eq!(w.items.to_vec(), vec![("p/b".to_string(), 2, 1)]);
        assert!(s.answered_between(100, 101).unwrap());
        assert!(!s.answered_between(101, 200).unwrap());
    }

    #[test]
    fn the_quarter_hour_counts_follow_answers_undos_and_edits_and_give_the_same_window() {
        use rand::{RngExt, SeedableRng};
        let mut rng = rand::rngs::StdRng::seed_from_u64(9);
        let mut s = Store::open_in_memory().unwrap();
        let st = CardState::new_card();
        let mut undo = Vec::new();
        // Times around the epoch too, where a quarter is a floor division of a negative number.
        let base = [-5 * QUARTER_MS, 1_795_521_600_000];
        for i in 0..600 {
            let mut l = log();
            l.rating =
                [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy][rng.random_range(0..4)];
            l.phase_before = [
                Phase::New,
                Phase::Learning,
                Phase::Review,
                Phase::Relearning,
            ][rng.random_range(0..4)];
            let at = base[i % 2] + rng.random_range(0..40 * QUARTER_MS);
            let id = format!("p{}/c{}", rng.random_range(0..3), rng.random_range(0..20));
            undo.push(s.record_answer(&id, &st, &l, at, 1_000).unwrap());
            if rng.random_range(0..5) == 0 {
                let e = undo.pop().unwrap();
                s.undo(&e, at).unwrap();
            }
        }
        assert_eq!(s.review_counts_differing().unwrap(), 0);
        let same = |s: &Store| {
            for since in [
                base[0] - QUARTER_MS,
                base[0] + 7 * QUARTER_MS,
                base[1] + 3 * QUARTER_MS,
            ] {
                let q = s.review_window(since, Grain::Quarter).unwrap();
                let a = s.review_window(since, Grain::Answer).unwrap();
                assert_eq!(q.items, a.items, "since {since}");
                let sum = |w: &ReviewWindow| {
                    w.spans.iter().fold((0, 0, 0), |t, (_, x)| {
                        (t.0 + x.answers, t.1 + x.reviews, t.2 + x.passed)
                    })
                };
                assert_eq!(sum(&q), sum(&a), "since {since}");
            }
        };
        same(&s);
        // Edits by hand (the app never makes them) are counted out and in again.
        s.conn()
            .execute_batch(
                "UPDATE revlog SET rating = 1 WHERE id % 7 = 0;
                 UPDATE revlog SET state_before = 2 WHERE id % 5 = 0;
                 UPDATE revlog SET reviewed_at = reviewed_at + 3600000 WHERE id % 3 = 0;
                 UPDATE revlog SET item_id = (SELECT min(item_id) FROM card_state) WHERE id % 11 = 0;
                 DELETE FROM revlog WHERE id % 13 = 0;",
            )
            .unwrap();
        assert_eq!(s.review_counts_differing().unwrap(), 0);
        same(&s);
        // A count gone wrong is seen.
        s.conn()
            .execute("UPDATE revlog_quarter SET passed = passed + 1 WHERE rowid IN (SELECT max(quarter) FROM revlog_quarter)", [])
            .unwrap();
        assert_eq!(s.review_counts_differing().unwrap(), 2);
        // A damaged list of reviews per item is an error, never a number: a token that is not
        // one, a list that disagrees with its counts, an item number without a key.
        for damage in [
            "items || 'x,'",
            "items || '1p'",
            "replace(items, 'f,', 'p,')",
            "replace(items, '1p,', '99999p,')",
        ] {
            let mut s = Store::open_in_memory().unwrap();
            let mut rev = log();
            rev.phase_before = Phase::Review;
            s.record_answer("p/a", &st, &rev, base[1], 1_000).unwrap();
            rev.rating = Rating::Again;
            s.record_answer("p/a", &st, &rev, base[1], 1_000).unwrap();
            assert!(s.review_window(base[1], Grain::Quarter).is_ok());
            s.conn()
                .execute(&format!("UPDATE revlog_quarter SET items = {damage}"), [])
                .unwrap();
            assert!(
                s.review_window(base[1], Grain::Quarter).is_err(),
                "{damage}"
            );
            assert!(s.review_counts_differing().unwrap() > 0, "{damage}");
        }
    }

    #[test]
    fn a_window_read_ahead_is_the_window_read_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Store::open(&dir.path().join("s.sqlite3")).unwrap();
        let st = CardState::new_card();
        let mut rev = log();
        rev.phase_before = Phase::Review;
        for (id, at) in [("p/b", 300), ("p/a", 100), ("p/b", 200), ("p/c", 50)] {
            s.record_answer(id, &st, &rev, at, 1_000).unwrap();
        }
        let direct = s.review_window(100, Grain::Answer).unwrap();
        s.prefetch_review_window(100, Grain::Answer);
        assert_eq!(s.review_window(100, Grain::Answer).unwrap(), direct);
        // A read ahead from another moment or at another grain is not used.
        s.prefetch_review_window(50, Grain::Answer);
        assert_eq!(s.review_window(100, Grain::Answer).unwrap(), direct);
        assert_eq!(s.review_window(50, Grain::Answer).unwrap().spans.len(), 4);
        s.prefetch_review_window(0, Grain::Quarter);
        assert_eq!(s.review_window(0, Grain::Answer).unwrap().spans.len(), 4);
        let q = s.review_window(0, Grain::Quarter).unwrap();
        assert_eq!(
            q.spans,
            vec![(
                0,
                Answered {
                    answers: 4,
                    reviews: 4,
                    passed: 4
                }
            )]
        );
        assert_eq!(q.items, s.review_window(0, Grain::Answer).unwrap().items);
    }
}

#[cfg(test)]
mod plans {
    use super::super::Store;

    /// The query plan of a statement, one detail per line.
    fn plan(s: &Store, sql: &str, params: usize) -> String {
        let args: Vec<i64> = vec![0; params];
        let mut stmt = s
            .conn()
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap();
        let rows = stmt
            .query_map(rusqlite::params_from_iter(args.iter()), |r| {
                r.get::<_, String>(3)
            })
            .unwrap();
        rows.map(|r| r.unwrap()).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn hot_queries_use_indexes_not_full_scans() {
        let s = Store::open_in_memory().unwrap();
        for (name, sql, n) in [
            (
                "today's answers",
                include_str!("queries/revlog_since.sql"),
                1,
            ),
            (
                "the stats window (answers per day, reviews per item)",
                include_str!("queries/revlog_window.sql"),
                1,
            ),
            (
                "the stats window per quarter hour",
                include_str!("queries/revlog_quarters.sql"),
                1,
            ),
            (
                "the ids of the items reviewed, in id order",
                include_str!("queries/revlog_item_keys.sql"),
                0,
            ),
            (
                "whether a day has answers (the streak)",
                include_str!("queries/revlog_answered_between.sql"),
                2,
            ),
            (
                "all-time retention",
                include_str!("queries/revlog_retention.sql"),
                0,
            ),
            (
                "an item's history",
                include_str!("queries/revlog_item.sql"),
                2,
            ),
            (
                "one card state",
                include_str!("queries/card_state_get.sql"),
                1,
            ),
            (
                "the card states' generation",
                include_str!("queries/card_state_generation.sql"),
                0,
            ),
            (
                "the unfinished exam",
                include_str!("queries/exam_open.sql"),
                0,
            ),
            (
                "an attempt's answers",
                include_str!("queries/exam_answers.sql"),
                1,
            ),
            (
                "recent exam questions",
                include_str!("queries/exam_recent_questions.sql"),
                1,
            ),
        ] {
            let p = plan(&s, sql, n);
            let full_scan = p
                .lines()
                .any(|l| l.starts_with("SCAN") && !l.contains("USING") && l != "SCAN CONSTANT ROW");
            assert!(!full_scan, "{name} scans a whole table:\n{p}");
        }
    }
}

/// `Store::answered_between` on `conn`.
fn answered_between_on(conn: &rusqlite::Connection, start: i64, end: i64) -> Result<bool> {
    Ok(conn
        .prepare_cached(include_str!("queries/revlog_answered_between.sql"))?
        .query_row([start, end], |r| r.get(0))?)
}

/// A read-only connection of its own to the store at `path`, for reading ahead on a thread while
/// the store's own connection goes on (it waits up to 5 s for a writer, as the store does).
pub(super) fn reader(path: &std::path::Path) -> Result<rusqlite::Connection> {
    let flags =
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = rusqlite::Connection::open_with_flags(path, flags).map_err(|e| classify(e, path))?;
    conn.busy_timeout(std::time::Duration::from_secs(5))
        .map_err(|e| classify(e, path))?;
    conn.execute_batch(super::PAGE_CACHE)
        .map_err(|e| classify(e, path))?;
    Ok(conn)
}

/// `Store::streak` on `conn`: its reads in one read transaction (SQLite takes and releases its
/// locks once instead of at each of a thousand statements); a day that cannot be read ends it.
fn streak_on(
    conn: &rusqlite::Connection,
    cal: &dyn crate::core::scheduler::Calendar,
    today: i64,
) -> usize {
    let tx = conn.unchecked_transaction().ok();
    let n = crate::core::stats::streak(today, |d| {
        answered_between_on(conn, cal.day_start(d), cal.day_start(d + 1)).unwrap_or(false)
    });
    drop(tx);
    n
}

//! The SQLite store: card scheduling state, the review log, exam attempts, app state.
//!
//! All SQL of awsdrill lives in this module (statements in `queries/*.sql`, the schema in
//! `migrations/*.sql`). The schema version is `PRAGMA user_version`; migrations only go forward, and a
//! store written by a newer awsdrill is refused, never rewritten. Each user action is one transaction.

pub mod anki;
mod cards;
mod exams;
mod export_check;
mod snapshot;
pub mod transfer;

pub use cards::{Activity, Grain, ItemCounts, ReviewWindow, StateRows, UndoEntry};
pub use exams::{Attempt, AttemptAnswer, SubmittedAnswer};

use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Forward migrations; the store's `user_version` is the number applied.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_init.sql"),
    include_str!("migrations/002_exam_indexes.sql"),
    include_str!("migrations/003_revlog_totals.sql"),
    include_str!("migrations/004_exam_state.sql"),
    include_str!("migrations/005_exam_struck.sql"),
    include_str!("migrations/006_exam_question_time.sql"),
    include_str!("migrations/007_custom_log.sql"),
    include_str!("migrations/008_card_state_generation.sql"),
    include_str!("migrations/009_revlog_quarters.sql"),
    include_str!("migrations/010_revlog_quarter_items.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// `PRAGMA application_id` of an awsdrill store ("AWSD"): another program's SQLite file at the
/// store's path is told apart and left alone. Stores written before it was set have 0 and are
/// recognised by their tables.
pub const APPLICATION_ID: i64 = 0x4157_5344;

/// What can go wrong with the store, each with what the user can do about it.
#[derive(Debug)]
pub enum StoreError {
    /// The folder or file cannot be written.
    ReadOnly {
        /// The store file.
        path: PathBuf,
    },
    /// Something that is not a file sits at the store path (a folder, a named pipe, a device).
    NotAFile {
        /// The store path.
        path: PathBuf,
        /// What is there, as a catalog key (`errors-what-folder`): a folder, a named pipe, a socket, a device.
        what: &'static str,
    },
    /// The file exists but is not an SQLite database.
    NotADatabase {
        /// The store file.
        path: PathBuf,
    },
    /// The store was written by a newer awsdrill.
    NewerSchema {
        /// The store file.
        path: PathBuf,
        /// Its version.
        found: i64,
        /// Ours.
        supported: i64,
    },
    /// SQLite found the file damaged.
    Corrupt {
        /// The store file.
        path: PathBuf,
    },
    /// The disk is full.
    DiskFull {
        /// The store file.
        path: PathBuf,
    },
    /// Another process holds a lock for too long.
    Locked {
        /// The store file.
        path: PathBuf,
    },
    /// Any other SQLite failure.
    Sqlite(rusqlite::Error),
}

impl std::fmt::Display for StoreError {
    /// In English; `words` says it in the user's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&words(crate::core::config::Lang::En, self))
    }
}

impl std::error::Error for StoreError {}

/// What a path that is not a regular file holds, in words.
fn what_is(t: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "errors-what-fifo";
        }
        if t.is_socket() {
            return "errors-what-socket";
        }
        if t.is_block_device() || t.is_char_device() {
            return "errors-what-device";
        }
    }
    if t.is_dir() {
        "errors-what-folder"
    } else {
        "errors-what-other"
    }
}

/// A store error in `lang`, with what the user can do about it.
pub fn words(lang: crate::core::config::Lang, e: &StoreError) -> String {
    use crate::i18n::tr;
    let at = |p: &PathBuf| p.display().to_string();
    match e {
        StoreError::ReadOnly { path } => tr!(lang, "errors-store-read-only", path = at(path)),
        StoreError::NotAFile { path, what } => tr!(
            lang,
            "errors-store-not-a-file",
            path = at(path),
            what = tr!(lang, what)
        ),
        StoreError::NotADatabase { path } => {
            tr!(lang, "errors-store-not-a-database", path = at(path))
        }
        StoreError::NewerSchema {
            path,
            found,
            supported,
        } => tr!(
            lang,
            "errors-store-newer-schema",
            path = at(path),
            found = found.to_string(),
            supported = supported.to_string()
        ),
        StoreError::Corrupt { path } => tr!(lang, "errors-store-corrupt", path = at(path)),
        StoreError::DiskFull { path } => tr!(lang, "errors-store-disk-full", path = at(path)),
        StoreError::Locked { path } => tr!(lang, "errors-store-locked", path = at(path)),
        StoreError::Sqlite(e) => tr!(lang, "errors-store-sqlite", error = e.to_string()),
    }
}

/// The path that errors converted inside a query carry until `StoreError::at` names the store.
const IN_A_QUERY: &str = "the store file";

impl From<rusqlite::Error> for StoreError {
    /// Failures in the middle of a query are classified too (damaged, full disk, locked); the store's
    /// path is not known here, so the error names it with a placeholder that `at` replaces.
    fn from(e: rusqlite::Error) -> Self {
        classify(e, Path::new(IN_A_QUERY))
    }
}

impl StoreError {
    /// The file the error is about; `None` for an error found inside a query that has not been
    /// given the store's path yet (see `at`), and for other SQLite failures.
    pub fn path(&self) -> Option<&Path> {
        match self {
            StoreError::NotAFile { path, .. } => Some(path.as_path()),
            StoreError::ReadOnly { path }
            | StoreError::NotADatabase { path }
            | StoreError::NewerSchema { path, .. }
            | StoreError::Corrupt { path }
            | StoreError::DiskFull { path }
            | StoreError::Locked { path } => {
                (path != Path::new(IN_A_QUERY)).then_some(path.as_path())
            }
            StoreError::Sqlite(_) => None,
        }
    }

    /// The same error once more (a failed start-up check is told at every write after it).
    fn again(&self) -> StoreError {
        match self {
            StoreError::NotAFile { path, what } => StoreError::NotAFile {
                path: path.clone(),
                what,
            },
            StoreError::ReadOnly { path } => StoreError::ReadOnly { path: path.clone() },
            StoreError::NotADatabase { path } => StoreError::NotADatabase { path: path.clone() },
            StoreError::NewerSchema {
                path,
                found,
                supported,
            } => StoreError::NewerSchema {
                path: path.clone(),
                found: *found,
                supported: *supported,
            },
            StoreError::Corrupt { path } => StoreError::Corrupt { path: path.clone() },
            StoreError::DiskFull { path } => StoreError::DiskFull { path: path.clone() },
            StoreError::Locked { path } => StoreError::Locked { path: path.clone() },
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, msg)) => {
                StoreError::Sqlite(rusqlite::Error::SqliteFailure(*f, msg.clone()))
            }
            StoreError::Sqlite(e) => StoreError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_ERROR),
                Some(e.to_string()),
            )),
        }
    }

    /// The error naming `path` when it was found inside a query (which does not know the store's
    /// path); an error that already names a file is returned as it is.
    pub fn at(self, path: &Path) -> StoreError {
        let fill = |p: PathBuf| {
            if p == Path::new(IN_A_QUERY) {
                path.to_path_buf()
            } else {
                p
            }
        };
        match self {
            StoreError::NotAFile { path, what } => StoreError::NotAFile {
                path: fill(path),
                what,
            },
            StoreError::ReadOnly { path } => StoreError::ReadOnly { path: fill(path) },
            StoreError::NotADatabase { path } => StoreError::NotADatabase { path: fill(path) },
            StoreError::NewerSchema {
                path,
                found,
                supported,
            } => StoreError::NewerSchema {
                path: fill(path),
                found,
                supported,
            },
            StoreError::Corrupt { path } => StoreError::Corrupt { path: fill(path) },
            StoreError::DiskFull { path } => StoreError::DiskFull { path: fill(path) },
            StoreError::Locked { path } => StoreError::Locked { path: fill(path) },
            other => other,
        }
    }
}

/// Store result.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// What the store holds in all: whether there is anything to back up, and the all-time answers
/// that `study::Study::counts` reports. (Cards studied are counted from the card states by
/// `core::stats::by_state`: a state row alone may be a card buried or suspended before any answer.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Summary {
    /// Rows in the review log.
    pub reviews: i64,
    /// Submitted exam attempts.
    pub exams: i64,
}

/// The page cache of each connection to a store on disk: 512 KiB, not SQLite's 2 MB. The app
/// keeps up to three connections open (its own, the Stats window's and the streak's read ahead);
/// their caches took 2.3 MB of its peak on a large store. The reads gain nothing from more: on a
/// million answers `stats --json` ran 155.2 M instructions with 512 KiB against 155.6 M with 2 MB,
/// `due --json` reading the states from the table 196.1 M against 196.4 M (docs/performance.md,
/// session 9).
pub(crate) const PAGE_CACHE: &str = "PRAGMA cache_size = -512";

/// When the start-up check (`PRAGMA quick_check`) runs as a store opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartCheck {
    /// Before `open` returns (commands that write).
    Now,
    /// On a thread of its own with its own connection, while the caller goes on reading (the app,
    /// which draws its first frame meanwhile). Every write waits for it, and none is made to a
    /// store it finds damaged; `Store::start_check` tells the result.
    Background,
    /// Not at all (commands that only read: SQLite still refuses any damaged page they read).
    Skip,
}

/// The state of a start-up check run in the background.
enum Check {
    /// Passed, or not asked for.
    Done,
    /// Not started yet: it starts at the first `start_check` (the app asks after its first
    /// frame, so the check does not slow the frame down) or the first write.
    Later,
    /// Still running.
    Running(std::thread::JoinHandle<Result<()>>),
    /// Failed: the store is damaged, or could not be checked.
    Failed(StoreError),
}

/// An open store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The start-up check, when it runs in the background (`StartCheck::Background`).
    check: std::cell::RefCell<Check>,
    /// Where the snapshot of the card states is kept, if anywhere (`keep_state_snapshot`).
    snapshot: Option<PathBuf>,
    /// A review window being read ahead on its own connection, and from when
    /// (`prefetch_review_window`).
    window_ahead: std::cell::RefCell<Option<((i64, cards::Grain), cards::WindowAhead)>>,
}

impl Store {
    /// Opens (creating if needed) the store at `path`, checks it with `PRAGMA quick_check` (every
    /// page read once; a damaged store is refused) and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        Self::open_with(path, StartCheck::Now)
    }

    /// `open` without the quick check, for commands that only read (`due`, `stats`): the check
    /// reads the whole file (about 0.3 s for a million answers), and SQLite still refuses any
    /// damaged page such a command reads. Nothing that writes may use it.
    pub fn open_for_reading(path: &Path) -> Result<Store> {
        Self::open_with(path, StartCheck::Skip)
    }

    /// Opens the store with its start-up check run as `check` says. A store about to be migrated
    /// or given awsdrill's id is always checked before `open_with` returns.
    pub fn open_with(path: &Path, check: StartCheck) -> Result<Store> {
        // A folder, a pipe or a device at the store path is named as what it is (SQLite would
        // call a folder read-only and a pipe damaged, or wait on the pipe).
        if let Ok(meta) = std::fs::metadata(path)
            && !meta.is_file()
        {
            return Err(StoreError::NotAFile {
                path: path.to_path_buf(),
                what: what_is(&meta.file_type()),
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(e, path))?;
        Self::setup(conn, path.to_path_buf(), check)
    }

    /// A store in memory, for tests.
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(
            Connection::open_in_memory()?,
            PathBuf::from(":memory:"),
            StartCheck::Skip,
        )
    }

    fn setup(conn: Connection, path: PathBuf, check: StartCheck) -> Result<Store> {
        let c = |e| classify(e, &path);
        conn.busy_timeout(Duration::from_secs(5)).map_err(c)?;
        // Reading the header first tells "not a database" apart from other failures.
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(c)?;
        let app_id: i64 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .map_err(c)?;
        if app_id != 0 && app_id != APPLICATION_ID {
            return Err(StoreError::NotADatabase { path });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::NewerSchema {
                path,
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        // Without our id, the file must be new and empty, or an awsdrill store from before the id:
        // anything else is another program's database, and it is refused before anything is
        // written to it (journal mode, migrations).
        if app_id == 0 && !is_empty_or_ours(&conn, version).map_err(c)? {
            return Err(StoreError::NotADatabase { path });
        }
        // Pages and records are checked (quick_check reads every page once but skips comparing
        // indexes with their tables); a damaged store is refused, never written.
        // A store about to be written (migrated, given the id, or put in WAL mode, which rewrites
        // its header: a store just restored from a backup) is checked first, even for reading.
        let in_wal = path == Path::new(":memory:")
            || conn
                .query_row("PRAGMA journal_mode", [], |r| r.get::<_, String>(0))
                .map_err(c)?
                .eq_ignore_ascii_case("wal");
        let about_to_write = version < SCHEMA_VERSION || app_id != APPLICATION_ID || !in_wal;
        let background = check == StartCheck::Background && !about_to_write;
        if (check == StartCheck::Now || about_to_write) && !quick_check(&conn).map_err(c)? {
            return Err(StoreError::Corrupt { path });
        }
        if path != Path::new(":memory:") {
            let mode: String = conn
                .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
                .map_err(c)?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::ReadOnly { path });
            }
        }
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;")
            .map_err(c)?;
        if path != Path::new(":memory:") {
            conn.execute_batch(PAGE_CACHE).map_err(c)?;
        }
        // A store that will be written is tried for writing now, so that a read-only file is told at
        // start, not at the first answer.
        if check != StartCheck::Skip && path != Path::new(":memory:") {
            conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;")
                .map_err(c)?;
        }
        let check = if background {
            Check::Later
        } else {
            Check::Done
        };
        let mut store = Store {
            conn,
            path,
            check: std::cell::RefCell::new(check),
            snapshot: None,
            window_ahead: std::cell::RefCell::new(None),
        };
        store.migrate(version)?;
        if app_id != APPLICATION_ID {
            store
                .conn
                .pragma_update(None, "application_id", APPLICATION_ID)
                .map_err(|e| classify(e, &store.path))?;
        }
        Ok(store)
    }

    /// The result of the start-up check run in the background, which this starts if it has not
    /// started: `None` while it runs (unless `wait`), `Some(Ok(()))` when it passed or was not
    /// run in the background, and the error (the store is damaged) when it failed.
    pub fn start_check(&self, wait: bool) -> Option<Result<()>> {
        let mut check = self.check.borrow_mut();
        if let Check::Later = &*check {
            *check = Check::Running(check_in_background(self.path.clone()));
        }
        if let Check::Running(h) = &*check {
            if !wait && !h.is_finished() {
                return None;
            }
            let Check::Running(h) = std::mem::replace(&mut *check, Check::Done) else {
                unreachable!("matched above")
            };
            let result = h.join().unwrap_or_else(|_| {
                Err(StoreError::Corrupt {
                    path: self.path.clone(),
                })
            });
            if let Err(e) = result {
                *check = Check::Failed(e);
            }
        }
        Some(match &*check {
            Check::Failed(e) => Err(e.again()),
            _ => Ok(()),
        })
    }

    /// Waits for the start-up check before a write: nothing is written to a store it finds
    /// damaged.
    fn writable(&self) -> Result<()> {
        self.start_check(true).unwrap_or(Ok(()))
    }

    fn migrate(&mut self, from: i64) -> Result<()> {
        let path = self.path.clone();
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(from as usize) {
            let tx = self.conn.transaction().map_err(|e| classify(e, &path))?;
            tx.execute_batch(sql).map_err(|e| classify(e, &path))?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)
                .map_err(|e| classify(e, &path))?;
            tx.commit().map_err(|e| classify(e, &path))?;
        }
        Ok(())
    }

    /// The schema version of the open store.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Where the store lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// A value of the app state, if set.
    pub fn get_state(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row(include_str!("queries/app_state_get.sql"), [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Sets a value of the app state (one transaction, committed on return).
    pub fn set_state(&self, key: &str, value: &str) -> Result<()> {
        self.writable()?;
        self.conn
            .execute(
                include_str!("queries/app_state_set.sql"),
                params![key, value],
            )
            .map_err(|e| classify(e, &self.path))?;
        Ok(())
    }

    /// Runs `f` in one transaction with the review log's triggers set aside, then counts the
    /// running totals afresh and puts the triggers back: for writing many review-log rows at once
    /// (the triggers cost microseconds per row; a million rows took seconds more). If `f` fails,
    /// everything is rolled back, the triggers included.
    pub fn bulk_load<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction) -> Result<T>,
    ) -> Result<T> {
        self.writable()?;
        let path = self.path.clone();
        let tx = self.conn.transaction().map_err(|e| classify(e, &path))?;
        let triggers: Vec<(String, String)> = tx
            .prepare(include_str!("queries/revlog_triggers.sql"))?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (name, _) in &triggers {
            tx.execute_batch(&format!("DROP TRIGGER \"{}\"", name.replace('"', "\"\"")))?;
        }
        let out = f(&tx)?;
        tx.execute_batch(include_str!("queries/revlog_totals_recount.sql"))?;
        for (_, sql) in &triggers {
            tx.execute_batch(sql)?;
        }
        tx.commit().map_err(|e| classify(e, &path))?;
        Ok(out)
    }

    /// Rows this connection has changed since it opened (to tell whether data read earlier is
    /// still current).
    pub fn total_changes(&self) -> u64 {
        self.conn.total_changes()
    }

    /// All-time answers and submitted exams.
    pub fn summary(&self) -> Result<Summary> {
        Ok(self
            .conn
            .query_row(include_str!("queries/summary.sql"), [], |r| {
                Ok(Summary {
                    reviews: r.get(0)?,
                    exams: r.get(1)?,
                })
            })?)
    }

    /// Runs `PRAGMA integrity_check`; `Ok(())` when the store is sound.
    pub fn integrity_check(&self) -> Result<Result<(), String>> {
        let msg: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?;
        Ok(if msg == "ok" { Ok(()) } else { Err(msg) })
    }

    /// Gives an item a new-card state row (tests of what the shell reports about stored items).
    #[cfg(test)]
    pub(crate) fn save_state_for_tests(&self, id: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO card_state (item_id, updated_at) VALUES (?1, 0)",
            [id],
        )?;
        Ok(())
    }

    /// The connection, for the other store modules of later features.
    #[cfg(test)]
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// `PRAGMA quick_check`: true when every page and record reads as SQLite wrote it.
fn quick_check(conn: &Connection) -> rusqlite::Result<bool> {
    let quick: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
    Ok(quick == "ok")
}

/// Runs the start-up check on its own read-only connection to the store at `path` (WAL lets it
/// read while the app reads and, after the check, writes).
fn check_in_background(path: PathBuf) -> std::thread::JoinHandle<Result<()>> {
    std::thread::spawn(move || {
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags).map_err(|e| classify(e, &path))?;
        // One pass over every page needs no page cache to speak of (the default is 2 MB).
        conn.execute_batch("PRAGMA cache_size = -256")
            .map_err(|e| classify(e, &path))?;
        conn.busy_timeout(Duration::from_secs(5))
            .map_err(|e| classify(e, &path))?;
        match quick_check(&conn) {
            Ok(true) => Ok(()),
            Ok(false) => Err(StoreError::Corrupt { path }),
            Err(e) => Err(classify(e, &path)),
        }
    })
}

/// Whether a file without awsdrill's application id is a new, empty database (no schema at all) or
/// an awsdrill store written before the id was set (a schema version and our tables).
fn is_empty_or_ours(conn: &Connection, version: i64) -> rusqlite::Result<bool> {
    let (objects, ours): (i64, i64) = conn.query_row(
        "SELECT count(*), count(*) FILTER (WHERE type = 'table' AND name IN ('card_state', 'revlog', 'exam_attempt')) FROM sqlite_schema",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(if version == 0 {
        objects == 0
    } else {
        ours == 3
    })
}

/// Maps SQLite failures to the errors a user can act on. A store that SQLite cannot read (an I/O
/// error: a short or failed read of a truncated or failing file) or that holds values awsdrill never
/// writes (text that is not UTF-8, a value of the wrong type or out of range) is damaged.
fn classify(e: rusqlite::Error, path: &Path) -> StoreError {
    use rusqlite::ErrorCode::*;
    let damaged = matches!(
        e,
        rusqlite::Error::Utf8Error(..)
            | rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
    );
    if damaged {
        return StoreError::Corrupt {
            path: path.to_path_buf(),
        };
    }
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        let path = path.to_path_buf();
        match f.code {
            NotADatabase => return StoreError::NotADatabase { path },
            DatabaseCorrupt | SystemIoFailure => return StoreError::Corrupt { path },
            DiskFull => return StoreError::DiskFull { path },
            ReadOnly | CannotOpen | PermissionDenied => return StoreError::ReadOnly { path },
            DatabaseBusy | DatabaseLocked => return StoreError::Locked { path },
            _ => {}
        }
    }
    StoreError::Sqlite(e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_store_on_disk_keeps_a_small_page_cache() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.sqlite3");
        let kib =
            |c: &Connection| -> i64 { c.query_row("PRAGMA cache_size", [], |r| r.get(0)).unwrap() };
        assert_eq!(kib(Store::open(&path).unwrap().conn()), -512);
        assert_eq!(
            kib(&cards::reader(&path).unwrap()),
            -512,
            "a read ahead's too"
        );
    }

    #[test]
    fn a_new_store_has_the_current_schema_and_empty_tables() {
        let s = Store::open_in_memory().unwrap();
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(s.summary().unwrap(), Summary::default());
        assert_eq!(s.integrity_check().unwrap(), Ok(()));
    }

    #[test]
    fn app_state_round_trips_and_overwrites() {
        let s = Store::open_in_memory().unwrap();
        assert_eq!(s.get_state("k").unwrap(), None);
        s.set_state("k", "1").unwrap();
        s.set_state("k", "2").unwrap();
        assert_eq!(s.get_state("k").unwrap().as_deref(), Some("2"));
    }

    #[test]
    fn a_bulk_load_recounts_the_totals_and_keeps_the_triggers() {
        let mut s = Store::open_in_memory().unwrap();
        let insert = |tx: &rusqlite::Transaction, rating: i64| {
            tx.execute(
                "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES ('p/a', 1, ?1, 2, 1, 0, 1)",
                [rating],
            )
        };
        s.bulk_load(|tx| {
            tx.execute(
                "INSERT INTO card_state (item_id, updated_at) VALUES ('p/a', 0)",
                [],
            )?;
            for r in [1, 3, 3, 4] {
                insert(tx, r)?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(s.review_retention().unwrap(), (4, 3));
        assert_eq!(s.review_counts_differing().unwrap(), 0);
        // A failed load leaves nothing behind, and the triggers still count later rows.
        let failed: Result<()> = s.bulk_load(|tx| {
            insert(tx, 3)?;
            Err(StoreError::Sqlite(rusqlite::Error::InvalidQuery))
        });
        assert!(failed.is_err());
        assert_eq!(s.review_retention().unwrap(), (4, 3));
        s.conn()
            .execute(
                "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES ('p/a', 2, 1, 2, 1, 0, 1)",
                [],
            )
            .unwrap();
        assert_eq!(s.review_retention().unwrap(), (5, 3));
        assert_eq!(s.review_counts_differing().unwrap(), 0);
    }

    #[test]
    fn foreign_keys_are_enforced() {
        let s = Store::open_in_memory().unwrap();
        let err = s.conn().execute(
            "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES ('nope', 0, 3, 0, 0, 0, 1)",
            [],
        );
        assert!(err.is_err());
    }

    #[test]
    fn an_older_store_is_migrated_forward_and_keeps_its_rows() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        let c = Connection::open(&path).unwrap();
        c.execute_batch(MIGRATIONS[0]).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        c.execute("INSERT INTO app_state (key, value) VALUES ('k', 'v')", [])
            .unwrap();
        // Review-log rows written before the running totals existed are counted by the migration.
        c.execute_batch(
            "INSERT INTO card_state (item_id, updated_at) VALUES ('p/a', 0);
             INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days)
             VALUES ('p/a', 1, 3, 0, 0, 0, 1), ('p/a', 2, 1, 2, 1, 0, 1), ('p/a', 3, 4, 2, 1, 0, 3),
                    ('p/a', 4, 3, 2, 3, 0, 9);",
        )
        .unwrap();
        drop(c);
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(s.get_state("k").unwrap().as_deref(), Some("v"));
        assert_eq!(s.review_retention().unwrap(), (3, 2));
        // Version 9 counted the log as it was: the same counts as the log itself, and as reading it.
        assert_eq!(s.review_counts_differing().unwrap(), 0);
        assert_eq!(
            s.review_window(0, Grain::Quarter).unwrap(),
            ReviewWindow {
                spans: vec![(
                    0,
                    crate::core::stats::Answered {
                        answers: 4,
                        reviews: 3,
                        passed: 2
                    }
                )],
                items: {
                    let mut items = ItemCounts::default();
                    items.push("p/a", 3, 2);
                    items
                },
            }
        );
        let n: i64 = s
            .conn()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'exam_attempt_open'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(n, 1);
    }

    #[test]
    fn a_version_9_store_s_counts_per_item_move_into_the_quarter_hours_on_seeded_random_logs() {
        use crate::core::scheduler::{Phase, Rating};
        use rand::{RngExt, SeedableRng};
        for seed in 0..3u64 {
            let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("v9.sqlite3");
            let c = Connection::open(&path).unwrap();
            for m in &MIGRATIONS[..9] {
                c.execute_batch(m).unwrap();
            }
            c.pragma_update(None, "user_version", 9).unwrap();
            for p in 0..4 {
                for i in 0..15 {
                    c.execute(
                        "INSERT INTO card_state (item_id, updated_at) VALUES (?1, 0)",
                        [format!("p{p}/c{i}")],
                    )
                    .unwrap();
                }
            }
            // Answers through version 9's triggers, some undone and some edited by hand, around
            // the epoch and now.
            let base = [-40 * 900_000i64, 1_795_521_600_000];
            for i in 0..400 {
                c.execute(
                    "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES (?1, ?2, ?3, ?4, 1, 0, 1)",
                    params![
                        format!("p{}/c{}", rng.random_range(0..4), rng.random_range(0..15)),
                        base[i % 2] + rng.random_range(0..80 * 900_000i64),
                        rng.random_range(1..5),
                        rng.random_range(0..4),
                    ],
                )
                .unwrap();
                if rng.random_range(0..6) == 0 {
                    c.execute(
                        "DELETE FROM revlog WHERE id = (SELECT max(id) FROM revlog)",
                        [],
                    )
                    .unwrap();
                }
            }
            c.execute_batch(
                "UPDATE revlog SET rating = 1 WHERE id % 7 = 0;
                 UPDATE revlog SET state_before = 2 WHERE id % 5 = 0;",
            )
            .unwrap();
            drop(c);
            let mut s = Store::open(&path).unwrap();
            assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
            let gone: i64 = s
                .conn()
                .query_row(
                    "SELECT count(*) FROM sqlite_schema WHERE name = 'revlog_item_quarter'",
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(gone, 0);
            let same = |s: &Store| {
                assert_eq!(s.review_counts_differing().unwrap(), 0, "seed {seed}");
                for since in [base[0] - 900_000, base[0] + 7 * 900_000, base[1] + 900_000] {
                    let q = s.review_window(since, Grain::Quarter).unwrap();
                    let a = s.review_window(since, Grain::Answer).unwrap();
                    assert_eq!(q.items, a.items, "seed {seed}, since {since}");
                    let sum = |w: &ReviewWindow| {
                        w.spans.iter().fold((0, 0, 0), |t, (_, x)| {
                            (t.0 + x.answers, t.1 + x.reviews, t.2 + x.passed)
                        })
                    };
                    assert_eq!(sum(&q), sum(&a), "seed {seed}, since {since}");
                }
            };
            same(&s);
            // Then version 10's triggers: more answers, undos and edits, and a bulk load.
            let st = crate::core::scheduler::CardState::new_card();
            let mut undo = Vec::new();
            for i in 0..120 {
                let l = crate::core::scheduler::ReviewLog {
                    rating: [Rating::Again, Rating::Hard, Rating::Good, Rating::Easy]
                        [rng.random_range(0..4)],
                    phase_before: [
                        Phase::New,
                        Phase::Learning,
                        Phase::Review,
                        Phase::Relearning,
                    ][rng.random_range(0..4)],
                    elapsed_days: 0,
                    memory: crate::core::scheduler::Memory {
                        stability: 2.0,
                        difficulty: 5.0,
                    },
                    interval_days: 1.0,
                };
                let id = format!("p{}/c{}", rng.random_range(0..5), rng.random_range(0..15));
                let at = base[i % 2] + rng.random_range(0..80 * 900_000i64);
                undo.push(s.record_answer(&id, &st, &l, at, 1_000).unwrap());
                if rng.random_range(0..4) == 0 {
                    let e = undo.pop().unwrap();
                    s.undo(&e, at).unwrap();
                }
            }
            same(&s);
            s.conn()
                .execute_batch(
                    "UPDATE revlog SET rating = 1 WHERE id % 3 = 0;
                     UPDATE revlog SET state_before = 2 WHERE id % 4 = 0;
                     UPDATE revlog SET reviewed_at = reviewed_at + 3600000 WHERE id % 5 = 0;
                     UPDATE revlog SET item_id = 'p0/c0' WHERE id % 11 = 0;
                     DELETE FROM revlog WHERE id % 13 = 0;",
                )
                .unwrap();
            same(&s);
            s.bulk_load(|tx| {
                tx.execute(
                    "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES ('p1/c1', ?1, 3, 2, 1, 0, 1)",
                    [base[1]],
                )?;
                Ok(())
            })
            .unwrap();
            same(&s);
        }
    }

    #[test]
    fn stores_carry_awsdrill_s_application_id_and_other_databases_are_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let id = |p: &Path| -> i64 {
            Connection::open(p)
                .unwrap()
                .query_row("PRAGMA application_id", [], |r| r.get(0))
                .unwrap()
        };
        let new = dir.path().join("new.sqlite3");
        drop(Store::open(&new).unwrap());
        assert_eq!(id(&new), APPLICATION_ID);
        // A store from before the id is recognised by its tables and given the id.
        let old = dir.path().join("old.sqlite3");
        let c = Connection::open(&old).unwrap();
        c.execute_batch(MIGRATIONS[0]).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        drop(c);
        drop(Store::open(&old).unwrap());
        assert_eq!(id(&old), APPLICATION_ID);
        // Another program's databases: refused, not a byte changed.
        let notes = dir.path().join("notes.sqlite3");
        Connection::open(&notes)
            .unwrap()
            .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
            .unwrap();
        let tagged = dir.path().join("tagged.sqlite3");
        let c = Connection::open(&tagged).unwrap();
        c.execute_batch(MIGRATIONS[0]).unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        c.pragma_update(None, "application_id", 0x1234_5678)
            .unwrap();
        drop(c);
        for p in [&notes, &tagged] {
            let before = std::fs::read(p).unwrap();
            assert!(matches!(
                Store::open(p),
                Err(StoreError::NotADatabase { .. })
            ));
            assert_eq!(std::fs::read(p).unwrap(), before);
            assert!(!dir.path().join(format!("{}-wal", p.display())).exists());
        }
        assert!(matches!(
            transfer::check_store_file(&tagged),
            Err(StoreError::NotADatabase { .. })
        ));
    }

    #[test]
    fn failures_inside_a_query_are_classified_and_named_with_the_store() {
        let io = rusqlite::Error::SqliteFailure(
            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR_SHORT_READ),
            None,
        );
        let e = StoreError::from(io);
        assert!(matches!(e, StoreError::Corrupt { .. }), "{e}");
        assert_eq!(e.path(), None);
        let e = e.at(Path::new("/d/awsdrill.sqlite3"));
        assert_eq!(e.path(), Some(Path::new("/d/awsdrill.sqlite3")));
        assert!(
            e.to_string().contains("/d/awsdrill.sqlite3 is damaged"),
            "{e}"
        );
        // An error that names a file keeps it.
        let other = StoreError::Corrupt {
            path: "/x/backup.sqlite3".into(),
        };
        assert_eq!(
            other.at(Path::new("/d/s")).path(),
            Some(Path::new("/x/backup.sqlite3"))
        );
        // Text that is not UTF-8: a row awsdrill never wrote.
        let s = Store::open_in_memory().unwrap();
        s.conn()
            .execute(
                "INSERT INTO app_state (key, value) VALUES ('k', CAST(x'41ff' AS TEXT))",
                [],
            )
            .unwrap();
        assert!(matches!(s.get_state("k"), Err(StoreError::Corrupt { .. })));
    }

    /// A store file of many pages, checkpointed, with one page near its end overwritten.
    fn damaged_store(dir: &Path) -> (PathBuf, Vec<u8>) {
        let path = dir.join("s.sqlite3");
        let s = Store::open(&path).unwrap();
        s.conn()
            .execute_batch(
                "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999)
                 INSERT INTO card_state (item_id, state, due, updated_at)
                 SELECT 'p/c' || i, 2, 0, i FROM n;
                 PRAGMA wal_checkpoint(TRUNCATE);",
            )
            .unwrap();
        drop(s);
        let mut bytes = std::fs::read(&path).unwrap();
        let at = (bytes.len() / 4096 - 2) * 4096;
        bytes[at..at + 4096].fill(0x5a);
        std::fs::write(&path, &bytes).unwrap();
        (path, bytes)
    }

    #[test]
    fn a_check_in_the_background_lets_reads_go_on_and_holds_every_write_until_it_passes() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.sqlite3");
        Store::open(&path).unwrap().set_state("k", "v").unwrap();
        let s = Store::open_with(&path, StartCheck::Background).unwrap();
        assert_eq!(s.get_state("k").unwrap().as_deref(), Some("v"));
        s.set_state("k", "w").unwrap();
        assert!(matches!(s.start_check(false), Some(Ok(()))));
        assert_eq!(s.get_state("k").unwrap().as_deref(), Some("w"));
    }

    #[test]
    fn a_check_in_the_background_that_finds_damage_refuses_every_write() {
        let dir = tempfile::tempdir().unwrap();
        let (path, bytes) = damaged_store(dir.path());
        assert!(matches!(
            Store::open(&path),
            Err(StoreError::Corrupt { .. })
        ));
        let mut s = Store::open_with(&path, StartCheck::Background).unwrap();
        // The first write waits for the check and is refused; so is every later one.
        assert!(matches!(
            s.set_state("k", "v"),
            Err(StoreError::Corrupt { .. })
        ));
        let e = s.start_check(false).unwrap().unwrap_err();
        assert_eq!(e.path(), Some(path.as_path()), "{e}");
        let state = crate::core::scheduler::CardState::new_card();
        assert!(matches!(
            s.save_state("p/x", &state, 0),
            Err(StoreError::Corrupt { .. })
        ));
        assert!(matches!(
            s.bulk_load(|_| Ok(())),
            Err(StoreError::Corrupt { .. })
        ));
        // An answer, its undo and a custom-study answer: none is written, so none can be shown
        // as saved.
        let log = crate::core::scheduler::ReviewLog {
            rating: crate::core::scheduler::Rating::Good,
            phase_before: crate::core::scheduler::Phase::New,
            elapsed_days: 0,
            memory: crate::core::scheduler::Memory {
                stability: 1.0,
                difficulty: 5.0,
            },
            interval_days: 1.0,
        };
        assert!(matches!(
            s.record_answer("p/x", &state, &log, 0, 1_000),
            Err(StoreError::Corrupt { .. })
        ));
        let entry = crate::store::UndoEntry {
            item_id: "p/c1".into(),
            prev: None,
            revlog_id: 1,
        };
        assert!(matches!(s.undo(&entry, 0), Err(StoreError::Corrupt { .. })));
        assert!(matches!(
            s.record_custom_answer("p/x", crate::core::scheduler::Rating::Good, 0, 1_000),
            Err(StoreError::Corrupt { .. })
        ));
        assert!(matches!(
            s.undo_custom_answer(1, "p/x"),
            Err(StoreError::Corrupt { .. })
        ));
        assert!(matches!(
            s.create_attempt(
                "dva-c02",
                &crate::core::exam::mode::Mode::Full,
                1,
                0,
                None,
                &[]
            ),
            Err(StoreError::Corrupt { .. })
        ));
        drop(s);
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "not a byte written");
    }

    #[test]
    fn a_store_not_in_wal_mode_is_checked_before_its_header_is_changed() {
        // A backup just restored is in rollback-journal mode: WAL mode would rewrite its header,
        // so the check runs first, whatever the caller asked for.
        let dir = tempfile::tempdir().unwrap();
        let (path, _) = damaged_store(dir.path());
        let sound = dir.path().join("sound.sqlite3");
        Store::open(&sound).unwrap().set_state("k", "v").unwrap();
        for p in [&path, &sound] {
            rusqlite::Connection::open(p)
                .unwrap()
                .execute_batch("PRAGMA journal_mode = DELETE;")
                .unwrap();
        }
        let mut bytes = std::fs::read(&path).unwrap();
        let at = (bytes.len() / 4096 - 2) * 4096;
        bytes[at..at + 4096].fill(0x5a);
        std::fs::write(&path, &bytes).unwrap();
        for check in [StartCheck::Background, StartCheck::Skip] {
            assert!(matches!(
                Store::open_with(&path, check),
                Err(StoreError::Corrupt { .. })
            ));
            assert_eq!(std::fs::read(&path).unwrap(), bytes, "{check:?}");
        }
        let s = Store::open_with(&sound, StartCheck::Background).unwrap();
        assert_eq!(s.get_state("k").unwrap().as_deref(), Some("v"));
    }

    #[test]
    fn files_store_reopens_and_refuses_bad_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.sqlite3");
        Store::open(&path).unwrap().set_state("k", "v").unwrap();
        let s = Store::open(&path).unwrap();
        assert_eq!(s.get_state("k").unwrap().as_deref(), Some("v"));
        drop(s);

        let garbage = dir.path().join("garbage.sqlite3");
        std::fs::write(&garbage, vec![0x42u8; 8192]).unwrap();
        assert!(matches!(
            Store::open(&garbage),
            Err(StoreError::NotADatabase { .. })
        ));

        let newer = dir.path().join("newer.sqlite3");
        Connection::open(&newer)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&newer).err().unwrap();
        assert!(matches!(err, StoreError::NewerSchema { found: 99, .. }));
        assert!(err.to_string().contains("update awsdrill"));
    }
}

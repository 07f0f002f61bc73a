//! Store backups: one automatic backup on the first start of each day (the newest ones kept, as Anki
//! does), manual backups, and restoring one with the current store kept aside first.

use crate::core::config::Lang;
use crate::i18n::tr;
use crate::paths::Paths;
use crate::store::Store;
use crate::store::transfer::{check_store_file, checkpoint_file, copy_store_file};
use anyhow::{Context as _, Result, bail};
use std::path::{Path, PathBuf};

/// Automatic backups kept; older ones are deleted.
pub const KEEP_DAILY: usize = 7;

const DAILY_PREFIX: &str = "daily-";

fn local_stamp(now: i64, fmt: &str) -> String {
    chrono::DateTime::from_timestamp_millis(now)
        .map(|t| t.with_timezone(&chrono::Local).format(fmt).to_string())
        .unwrap_or_else(|| now.to_string())
}

/// Makes today's automatic backup if there is none yet (written under a temporary name, checked,
/// flushed, then renamed), and deletes the oldest automatic backups beyond `KEEP_DAILY`, never the
/// one just made. A store with no reviews and no exams is not worth a backup.
pub fn daily(lang: Lang, paths: &Paths, store: &Store, now: i64) -> Result<Option<PathBuf>> {
    let s = store.summary()?;
    if s.reviews == 0 && s.exams == 0 {
        return Ok(None);
    }
    std::fs::create_dir_all(&paths.backups_dir).with_context(|| cannot_create(lang, paths))?;
    let dest = paths.backups_dir.join(format!(
        "{DAILY_PREFIX}{}.sqlite3",
        local_stamp(now, "%Y-%m-%d")
    ));
    if dest.exists() {
        return Ok(None);
    }
    check_sound(lang, paths, store)?;
    write_checked(lang, &dest, |t| store.backup_to(t))?;
    // Only a checked backup gets here, and it is never among those deleted (a clock set back
    // would otherwise sort it first), so the newest good backup always stays.
    let mut daily: Vec<PathBuf> = std::fs::read_dir(&paths.backups_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(DAILY_PREFIX) && n.ends_with(".sqlite3"))
        })
        .filter(|p| *p != dest)
        .collect();
    daily.sort();
    daily.push(dest.clone());
    let excess = daily.len().saturating_sub(KEEP_DAILY);
    for old in &daily[..excess] {
        let _ = std::fs::remove_file(old);
    }
    Ok(Some(dest))
}

/// The day's backup on a thread of its own, on its own connection to the store (the app's
/// connection goes on answering; SQLite's WAL lets the copy read a consistent snapshot). Join it
/// for the result: the backup made, none needed, or why it failed.
pub fn daily_in_background(
    lang: Lang,
    paths: Paths,
    now: i64,
) -> std::thread::JoinHandle<Result<Option<PathBuf>>> {
    std::thread::spawn(move || {
        let store = Store::open_for_reading(&paths.store)
            .map_err(|e| with_restore_hint(lang, e, &paths))?;
        daily(lang, &paths, &store, now)
    })
}

/// `cannot create` the backups folder.
fn cannot_create(lang: Lang, paths: &Paths) -> String {
    tr!(
        lang,
        "data-cannot-create",
        path = paths.backups_dir.display().to_string()
    )
}

/// The newest backup in the backups folder that is a sound awsdrill store (`PRAGMA
/// integrity_check`), if any.
pub fn newest_good(paths: &Paths) -> Option<PathBuf> {
    let mut all: Vec<(std::time::SystemTime, PathBuf)> = std::fs::read_dir(&paths.backups_dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "sqlite3"))
        .filter_map(|e| Some((e.metadata().and_then(|m| m.modified()).ok()?, e.path())))
        .collect();
    all.sort();
    all.into_iter()
        .rev()
        .map(|(_, p)| p)
        .find(|p| check_store_file(p).is_ok())
}

/// Adds the newest backup to a store error that a restore would fix.
pub fn with_restore_hint(lang: Lang, e: crate::store::StoreError, paths: &Paths) -> anyhow::Error {
    use crate::store::StoreError::{Corrupt, NotADatabase};
    let fixable = matches!(e, Corrupt { .. } | NotADatabase { .. });
    match (fixable, newest_good(paths)) {
        (true, Some(b)) => anyhow::anyhow!(tr!(
            lang,
            "data-restore-hint",
            error = crate::store::words(lang, &e),
            backup = b.display().to_string()
        )),
        (true, None) => anyhow::anyhow!(tr!(
            lang,
            "data-no-sound-backup",
            error = crate::store::words(lang, &e),
            dir = paths.backups_dir.display().to_string()
        )),
        _ => anyhow::Error::new(e),
    }
}

/// Refuses to back up a damaged store (`PRAGMA integrity_check`, which also compares every index
/// with its table): its copy would be damaged too, and would push good backups out.
fn check_sound(lang: Lang, paths: &Paths, store: &Store) -> Result<()> {
    match store.integrity_check()? {
        Ok(()) => Ok(()),
        Err(_) => Err(with_restore_hint(
            lang,
            crate::store::StoreError::Corrupt {
                path: store.path().to_path_buf(),
            },
            paths,
        )),
    }
}

/// Makes a backup now (written under a temporary name, checked, flushed, then renamed) and returns
/// its path.
pub fn manual(lang: Lang, paths: &Paths, store: &Store, now: i64) -> Result<PathBuf> {
    std::fs::create_dir_all(&paths.backups_dir).with_context(|| cannot_create(lang, paths))?;
    let dest = paths.backups_dir.join(format!(
        "manual-{}.sqlite3",
        local_stamp(now, "%Y-%m-%dT%H%M%S")
    ));
    check_sound(lang, paths, store)?;
    if dest.exists() {
        bail!(tr!(
            lang,
            "data-backup-exists",
            path = dest.display().to_string()
        ));
    }
    write_checked(lang, &dest, |t| store.backup_to(t))?;
    Ok(dest)
}

/// Replaces the store with `file` after checking it, keeping the current store aside in the
/// backups folder first. The caller holds the lock. Returns where the old store was kept.
///
/// Every file written is one complete store (answers still in a write-ahead log included), and the
/// store's name holds a whole store at every instant: the backup is copied and checked beside the
/// store as `awsdrill.sqlite3.restoring`, the current store's log is emptied into its main file,
/// then the copy is renamed over it. A restore killed half-way leaves only the `.restoring` file,
/// which the next start deletes.
pub fn restore(lang: Lang, paths: &Paths, file: &Path, now: i64) -> Result<Option<PathBuf>> {
    crate::paths::require_regular_file(lang, file, &tr!(lang, "data-what-backup"))?;
    check_store_file(file)?;
    std::fs::create_dir_all(&paths.backups_dir).with_context(|| cannot_create(lang, paths))?;
    let staged = with_suffix(&paths.store, RESTORING_SUFFIX);
    let _guard = stage(lang, &staged, |t| copy_store_file(file, t))
        .with_context(|| tr!(lang, "data-cannot-copy", path = file.display().to_string()))?;
    let has_store = std::fs::metadata(&paths.store).is_ok_and(|m| m.len() > 0);
    let kept = if has_store {
        Some(keep_current(lang, paths, now)?)
    } else {
        None
    };
    // The new main file must never meet the old store's log: it is empty after a checkpoint; a log
    // that could not be emptied (a damaged store) is removed, the old store being kept above.
    let wal = with_suffix(&paths.store, "-wal");
    if std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        std::fs::remove_file(&wal)
            .with_context(|| tr!(lang, "data-cannot-remove", path = wal.display().to_string()))?;
    }
    std::fs::rename(&staged, &paths.store).with_context(|| {
        tr!(
            lang,
            "data-cannot-move-backup",
            path = paths.store.display().to_string()
        )
    })?;
    sync_dir(&paths.data_dir);
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(with_suffix(&paths.store, suffix));
    }
    Ok(kept)
}

/// Keeps the current store as `before-restore-T.sqlite3`: one complete, checked copy when SQLite
/// can read it, else (a damaged store) its files copied as they are, log included.
fn keep_current(lang: Lang, paths: &Paths, now: i64) -> Result<PathBuf> {
    let dest = paths.backups_dir.join(format!(
        "before-restore-{}.sqlite3",
        local_stamp(now, "%Y-%m-%dT%H%M%S")
    ));
    // Emptying the log first makes the main file whole, whatever happens next.
    let _ = checkpoint_file(&paths.store);
    if write_checked(lang, &dest, |t| copy_store_file(&paths.store, t)).is_ok() {
        return Ok(dest);
    }
    let keep = |from: &Path, to: &Path| -> Result<()> {
        std::fs::copy(from, to).with_context(|| {
            tr!(
                lang,
                "data-cannot-keep-store",
                path = to.display().to_string()
            )
        })?;
        std::fs::File::open(to)?.sync_all()?;
        Ok(())
    };
    keep(&paths.store, &dest)?;
    let wal = with_suffix(&paths.store, "-wal");
    if wal.exists() {
        keep(&wal, &with_suffix(&dest, "-wal"))?;
    }
    sync_dir(&paths.backups_dir);
    Ok(dest)
}

/// The suffix of a backup being written.
const PARTIAL_SUFFIX: &str = ".partial";
/// The suffix of a backup being restored, beside the store.
const RESTORING_SUFFIX: &str = ".restoring";

/// Writes a store file to `dest` so that `dest` never holds a partial or unchecked copy: `write`
/// fills a temporary file in the same folder, which is checked (`PRAGMA integrity_check`), flushed
/// to disk, then renamed.
fn write_checked(
    lang: Lang,
    dest: &Path,
    write: impl FnOnce(&Path) -> crate::store::Result<()>,
) -> Result<()> {
    let tmp = with_suffix(dest, PARTIAL_SUFFIX);
    let _guard = stage(lang, &tmp, write)?;
    std::fs::rename(&tmp, dest).with_context(|| {
        tr!(
            lang,
            "data-cannot-rename",
            from = tmp.display().to_string(),
            to = dest.display().to_string()
        )
    })?;
    if let Some(dir) = dest.parent() {
        sync_dir(dir);
    }
    Ok(())
}

/// Creates `tmp` (locked while this runs, so that a cleanup elsewhere leaves it alone), lets
/// `write` fill it, checks it and flushes it to disk. On failure `tmp` is deleted. The returned
/// file holds the lock until dropped.
fn stage(
    lang: Lang,
    tmp: &Path,
    write: impl FnOnce(&Path) -> crate::store::Result<()>,
) -> Result<std::fs::File> {
    let create = || {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(tmp)
    };
    let file = match create() {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && remove_stale(tmp) => create(),
        other => other,
    }
    .with_context(|| tr!(lang, "data-cannot-create", path = tmp.display().to_string()))?;
    // Locks are advisory; a file system without them only loses the protection from cleanups.
    let _ = file.try_lock();
    let done = (|| -> Result<()> {
        write(tmp)?;
        check_store_file(tmp).with_context(|| {
            tr!(
                lang,
                "data-copy-failed-check",
                path = tmp.display().to_string()
            )
        })?;
        std::fs::File::open(tmp)?.sync_all()?;
        Ok(())
    })();
    match done {
        Ok(()) => Ok(file),
        Err(e) => {
            let _ = std::fs::remove_file(tmp);
            Err(e)
        }
    }
}

/// Deletes a temporary file left by an awsdrill that was stopped while writing it; a file still
/// being written (locked) is left alone. Returns whether it is gone.
fn remove_stale(tmp: &Path) -> bool {
    let Ok(f) = std::fs::OpenOptions::new().write(true).open(tmp) else {
        return !tmp.exists();
    };
    match f.try_lock() {
        Ok(()) => std::fs::remove_file(tmp).is_ok(),
        Err(_) => false,
    }
}

/// Deletes what a backup or restore stopped half-way left behind (temporary copies are never
/// taken for backups). Called with the data directory's lock held.
pub fn clean_leftovers(paths: &Paths) {
    remove_stale(&with_suffix(&paths.store, RESTORING_SUFFIX));
    let Ok(entries) = std::fs::read_dir(&paths.backups_dir) else {
        return;
    };
    for e in entries.filter_map(|e| e.ok()) {
        let p = e.path();
        if p.to_str().is_some_and(|n| n.ends_with(PARTIAL_SUFFIX)) {
            remove_stale(&p);
        }
    }
}

/// Flushes a folder's entries (a rename in it) to disk; not possible everywhere, so best effort.
fn sync_dir(dir: &Path) {
    if let Ok(d) = std::fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths() -> (tempfile::TempDir, Paths) {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::resolve(crate::core::config::Lang::En, Some(dir.path()), None).unwrap();
        paths.ensure_dirs(Lang::En).unwrap();
        (dir, paths)
    }

    fn answered(paths: &Paths) -> Store {
        let s = Store::open(&paths.store).unwrap();
        s.set_state("k", "v").unwrap();
        s.save_state_for_tests("p/a").unwrap();
        s.conn()
            .execute(
                "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES ('p/a', 1, 3, 0, 0, 0, 1)",
                [],
            )
            .unwrap();
        s
    }

    #[test]
    fn a_restored_backup_of_an_older_schema_gets_its_quarter_hour_counts_when_opened() {
        let (dir, paths) = paths();
        drop(answered(&paths));
        // A backup made by a build before the counts per quarter hour (schema version 8).
        let old = dir.path().join("old.sqlite3");
        let c = rusqlite::Connection::open(&old).unwrap();
        for sql in &crate::store::MIGRATIONS[..8] {
            c.execute_batch(sql).unwrap();
        }
        c.pragma_update(None, "user_version", 8).unwrap();
        c.execute_batch(
            "INSERT INTO card_state (item_id, updated_at) VALUES ('p/b', 0);
             INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days)
             VALUES ('p/b', 1000, 3, 2, 1, 0, 1), ('p/b', 2000000, 1, 2, 1, 0, 1), ('p/b', 3000, 4, 0, 0, 0, 1);",
        )
        .unwrap();
        drop(c);
        restore(Lang::En, &paths, &old, 1_700_000_000_000).unwrap();
        let s = Store::open(&paths.store).unwrap();
        assert_eq!(s.schema_version().unwrap(), crate::store::SCHEMA_VERSION);
        assert_eq!(s.review_counts_differing().unwrap(), 0);
        let w = s.review_window(0, crate::store::Grain::Quarter).unwrap();
        assert_eq!(w.items.to_vec(), vec![("p/b".to_string(), 2, 1)]);
        assert_eq!(
            w.spans.iter().map(|(_, a)| a.answers).sum::<u32>(),
            3,
            "the restored answers, not the replaced store's"
        );
    }

    #[test]
    fn rotation_never_deletes_the_backup_just_made_even_with_the_clock_set_back() {
        let (_dir, paths) = paths();
        let store = answered(&paths);
        std::fs::create_dir_all(&paths.backups_dir).unwrap();
        for day in 1..=KEEP_DAILY {
            std::fs::write(
                paths
                    .backups_dir
                    .join(format!("daily-2099-01-0{day}.sqlite3")),
                b"x",
            )
            .unwrap();
        }
        let made = daily(Lang::En, &paths, &store, 1_700_000_000_000)
            .unwrap()
            .unwrap();
        assert!(made.exists(), "the checked backup stays");
        check_store_file(&made).unwrap();
        let n = std::fs::read_dir(&paths.backups_dir).unwrap().count();
        assert_eq!(n, KEEP_DAILY);
    }

    #[test]
    fn a_copy_that_fails_its_check_never_gets_the_real_name_and_leftovers_are_removed() {
        let (_dir, paths) = paths();
        std::fs::create_dir_all(&paths.backups_dir).unwrap();
        let dest = paths.backups_dir.join("manual-x.sqlite3");
        let err = write_checked(Lang::En, &dest, |t| {
            std::fs::write(t, vec![3u8; 8192]).unwrap();
            Ok(())
        });
        assert!(err.is_err());
        assert!(!dest.exists());
        assert!(!with_suffix(&dest, PARTIAL_SUFFIX).exists());
        // A partial copy left by a killed awsdrill is deleted on the next start; one still being
        // written (locked) is left alone.
        let stale = paths.backups_dir.join("daily-2000-01-01.sqlite3.partial");
        std::fs::write(&stale, b"half").unwrap();
        let busy = paths.backups_dir.join("manual-y.sqlite3.partial");
        let held = std::fs::File::create(&busy).unwrap();
        held.try_lock().unwrap();
        clean_leftovers(&paths);
        assert!(!stale.exists());
        assert!(busy.exists());
    }
}

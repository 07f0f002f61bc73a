//! Store backups: one automatic backup on the first start of each day (the newest ones kept, as Anki
//! does), manual backups, and restoring one with the current store kept aside first.

use crate::paths::Paths;
use crate::store::Store;
use crate::store::transfer::check_store_file;
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

/// Makes today's automatic backup if there is none yet, and deletes all but the newest
/// `KEEP_DAILY`. A store with no reviews and no exams is not worth a backup.
pub fn daily(paths: &Paths, store: &Store, now: i64) -> Result<Option<PathBuf>> {
    let s = store.summary()?;
    if s.reviews == 0 && s.exams == 0 {
        return Ok(None);
    }
    std::fs::create_dir_all(&paths.backups_dir)
        .with_context(|| format!("cannot create {}", paths.backups_dir.display()))?;
    let dest = paths.backups_dir.join(format!(
        "{DAILY_PREFIX}{}.sqlite3",
        local_stamp(now, "%Y-%m-%d")
    ));
    if dest.exists() {
        return Ok(None);
    }
    store.backup_to(&dest)?;
    let mut daily: Vec<PathBuf> = std::fs::read_dir(&paths.backups_dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(DAILY_PREFIX) && n.ends_with(".sqlite3"))
        })
        .collect();
    daily.sort();
    let excess = daily.len().saturating_sub(KEEP_DAILY);
    for old in &daily[..excess] {
        let _ = std::fs::remove_file(old);
    }
    Ok(Some(dest))
}

/// The newest backup in the backups folder, if any.
pub fn newest(paths: &Paths) -> Option<PathBuf> {
    std::fs::read_dir(&paths.backups_dir)
        .ok()?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "sqlite3"))
        .max_by_key(|e| e.metadata().and_then(|m| m.modified()).ok())
        .map(|e| e.path())
}

/// Adds the newest backup to a store error that a restore would fix.
pub fn with_restore_hint(e: crate::store::StoreError, paths: &Paths) -> anyhow::Error {
    use crate::store::StoreError::{Corrupt, NotADatabase};
    let fixable = matches!(e, Corrupt { .. } | NotADatabase { .. });
    match (fixable, newest(paths)) {
        (true, Some(b)) => anyhow::anyhow!(
            "{e}\nThe newest backup is {0}; to go back to it: awsdrill restore {0}",
            b.display()
        ),
        (true, None) => anyhow::anyhow!(
            "{e}\nThere is no backup yet in {}.",
            paths.backups_dir.display()
        ),
        _ => anyhow::Error::new(e),
    }
}

/// Makes a backup now and returns its path.
pub fn manual(paths: &Paths, store: &Store, now: i64) -> Result<PathBuf> {
    std::fs::create_dir_all(&paths.backups_dir)
        .with_context(|| format!("cannot create {}", paths.backups_dir.display()))?;
    let dest = paths.backups_dir.join(format!(
        "manual-{}.sqlite3",
        local_stamp(now, "%Y-%m-%dT%H%M%S")
    ));
    if dest.exists() {
        bail!("{} already exists; wait a second and retry", dest.display());
    }
    store.backup_to(&dest)?;
    Ok(dest)
}

/// Replaces the store with `file` after checking it, keeping the current store's files aside in the
/// backups folder first (copied as they are, so a damaged store is kept too). The caller holds the
/// lock. Returns where the old store was kept.
pub fn restore(paths: &Paths, file: &Path, now: i64) -> Result<Option<PathBuf>> {
    check_store_file(file)?;
    std::fs::create_dir_all(&paths.backups_dir)
        .with_context(|| format!("cannot create {}", paths.backups_dir.display()))?;
    let kept = if paths.store.exists() {
        let dest = paths.backups_dir.join(format!(
            "before-restore-{}.sqlite3",
            local_stamp(now, "%Y-%m-%dT%H%M%S")
        ));
        std::fs::copy(&paths.store, &dest)
            .with_context(|| format!("cannot keep the current store at {}", dest.display()))?;
        let wal = with_suffix(&paths.store, "-wal");
        if wal.exists() {
            std::fs::copy(&wal, with_suffix(&dest, "-wal"))?;
        }
        Some(dest)
    } else {
        None
    };
    let tmp = with_suffix(&paths.store, ".restoring");
    std::fs::copy(file, &tmp).with_context(|| format!("cannot copy {}", file.display()))?;
    std::fs::File::open(&tmp)?.sync_all()?;
    for suffix in ["-wal", "-shm"] {
        let p = with_suffix(&paths.store, suffix);
        if p.exists() {
            std::fs::remove_file(&p).with_context(|| format!("cannot remove {}", p.display()))?;
        }
    }
    std::fs::rename(&tmp, &paths.store)
        .with_context(|| format!("cannot move the backup into {}", paths.store.display()))?;
    Ok(kept)
}

fn with_suffix(p: &Path, suffix: &str) -> PathBuf {
    let mut s = p.as_os_str().to_owned();
    s.push(suffix);
    PathBuf::from(s)
}

//! Where awsdrill keeps its files: config, store, backups and the user's own packs.
//!
//! The data directory comes from `--data-dir`, else `AWSDRILL_DATA_DIR`, else the platform's data
//! directory (`directories`). The config file comes from `--config`, else `AWSDRILL_CONFIG`, else
//! `config.toml` in the data directory when that was given explicitly, else the platform's config
//! directory. An explicit data directory is thus self-contained, which is what tests rely on.

use crate::core::config::Lang;
use crate::i18n::tr;
use anyhow::{Context, Result, anyhow};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Every location awsdrill reads or writes.
#[derive(Debug, Clone, Serialize)]
pub struct Paths {
    /// The data directory.
    pub data_dir: PathBuf,
    /// The SQLite store.
    pub store: PathBuf,
    /// The folder of the user's own packs.
    pub packs_dir: PathBuf,
    /// The settings file.
    pub config: PathBuf,
    /// Whether the settings file was named (`--config` or AWSDRILL_CONFIG): then it must exist.
    pub config_given: bool,
    /// Automatic and manual backups of the store.
    pub backups_dir: PathBuf,
    /// The lock that keeps two copies of the app from writing the same store.
    pub lock: PathBuf,
    /// Validated packs kept in binary form, so that an unchanged pack is read, not parsed again.
    /// Safe to delete at any time.
    pub cache_dir: PathBuf,
}

impl Paths {
    /// Resolves the locations from the flags, then the environment, then the platform defaults.
    /// Its one error (no home directory) is said in `lang`.
    pub fn resolve(lang: Lang, data_dir: Option<&Path>, config: Option<&Path>) -> Result<Paths> {
        let env_data = std::env::var_os("AWSDRILL_DATA_DIR").filter(|v| !v.is_empty());
        let env_config = std::env::var_os("AWSDRILL_CONFIG").filter(|v| !v.is_empty());
        let explicit = data_dir
            .map(Path::to_path_buf)
            .or_else(|| env_data.map(PathBuf::from));
        let dirs = || {
            directories::ProjectDirs::from("", "", "awsdrill")
                .ok_or_else(|| anyhow!(tr!(lang, "errors-no-home")))
        };
        let data_dir = match &explicit {
            Some(d) => d.clone(),
            None => dirs()?.data_dir().to_path_buf(),
        };
        let config_given = config.is_some() || env_config.is_some();
        let config = match (config, env_config, &explicit) {
            (Some(c), _, _) => c.to_path_buf(),
            (None, Some(c), _) => PathBuf::from(c),
            (None, None, Some(d)) => d.join("config.toml"),
            (None, None, None) => dirs()?.config_dir().join("config.toml"),
        };
        let cache_dir = match &explicit {
            Some(d) => d.join("cache"),
            None => dirs()?.cache_dir().to_path_buf(),
        };
        Ok(Paths {
            config_given,
            cache_dir,
            store: data_dir.join("awsdrill.sqlite3"),
            packs_dir: data_dir.join("packs"),
            backups_dir: data_dir.join("backups"),
            lock: data_dir.join("awsdrill.lock"),
            data_dir,
            config,
        })
    }

    /// Takes the data directory's lock, held until the returned value is dropped. Fails with a clear
    /// message when another awsdrill holds it.
    ///
    /// The lock is the operating system's (flock), never the file's existence: it goes away with
    /// the process, however it ends. It is taken on the lock file (what earlier versions check)
    /// and, on Unix, on the data directory itself, which cannot be deleted while the app runs: a
    /// lock file deleted under a running app would otherwise let a second copy lock a new one.
    pub fn lock(&self, lang: Lang) -> Result<DataLock> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&self.lock)
            .with_context(|| {
                tr!(
                    lang,
                    "errors-cannot-create-lock",
                    path = self.lock.display().to_string()
                )
            })?;
        #[cfg(unix)]
        let dir = {
            let dir = std::fs::File::open(&self.data_dir).with_context(|| {
                tr!(
                    lang,
                    "errors-cannot-open",
                    path = self.data_dir.display().to_string()
                )
            })?;
            self.try_lock(lang, &dir, &self.data_dir)?;
            dir
        };
        self.try_lock(lang, &file, &self.lock)?;
        Ok(DataLock {
            _file: file,
            #[cfg(unix)]
            _dir: dir,
        })
    }

    fn try_lock(&self, lang: Lang, file: &std::fs::File, path: &Path) -> Result<()> {
        match file.try_lock() {
            Ok(()) => Ok(()),
            Err(std::fs::TryLockError::WouldBlock) => Err(anyhow!(tr!(
                lang,
                "errors-in-use",
                dir = self.data_dir.display().to_string()
            ))),
            Err(std::fs::TryLockError::Error(e)) => Err(e).with_context(|| {
                tr!(
                    lang,
                    "errors-cannot-lock",
                    path = path.display().to_string()
                )
            }),
        }
    }

    /// Creates the data directory and the packs folder if they do not exist.
    pub fn ensure_dirs(&self, lang: Lang) -> Result<()> {
        std::fs::create_dir_all(&self.packs_dir).with_context(|| {
            tr!(
                lang,
                "errors-cannot-create-data-dir",
                dir = self.data_dir.display().to_string()
            )
        })
    }
}

/// The data directory's lock (see `Paths::lock`); released when dropped or when the process ends.
#[derive(Debug)]
pub struct DataLock {
    _file: std::fs::File,
    #[cfg(unix)]
    _dir: std::fs::File,
}

/// Refuses anything at `path` that is not a regular file (a pipe, a device such as /dev/zero, a
/// socket or a folder) before it is read: reading one could block or never end. Links are followed.
/// `what` names the file's role in the message (`the export file`).
pub fn require_regular_file(
    lang: Lang,
    path: &std::path::Path,
    what: &str,
) -> anyhow::Result<std::fs::Metadata> {
    let meta = std::fs::metadata(path)
        .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), io_reason(lang, &e)))?;
    if !meta.is_file() {
        anyhow::bail!(tr!(
            lang,
            "errors-not-regular",
            path = path.display().to_string(),
            what = what
        ));
    }
    Ok(meta)
}

/// A short reason for an I/O error in the user's language (one helper for every message).
pub use crate::i18n::io_reason;

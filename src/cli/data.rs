//! `awsdrill backup`, `restore`, `export` and `import`: keeping and moving the user's progress.

use super::{Cli, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::clock::now_ms;
use crate::context::Context;
use crate::paths::Paths;
use crate::store::transfer::{Export, validate_export};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The largest export file read, in bytes (a million reviews take about 250 MB).
const MAX_IMPORT_BYTES: u64 = 1 << 30;

/// The data subcommands.
#[derive(Debug)]
pub enum DataCommand<'a> {
    /// Back up now.
    Backup,
    /// Replace the store with a backup.
    Restore {
        /// The backup.
        file: &'a PathBuf,
        /// Skip the confirmation.
        yes: bool,
    },
    /// Write progress as JSON.
    Export {
        /// Where (stdout when None or `-`).
        file: Option<&'a PathBuf>,
    },
    /// Read progress from JSON.
    Import {
        /// The export file.
        file: &'a PathBuf,
    },
}

pub(super) fn run(cli: &Cli, cmd: DataCommand) -> u8 {
    match run_inner(cli, cmd) {
        Ok(code) => code,
        Err(e) => super::fail(cli, e),
    }
}

fn run_inner(cli: &Cli, cmd: DataCommand) -> anyhow::Result<u8> {
    let now = now_ms();
    match cmd {
        DataCommand::Backup => {
            let ctx = Context::open(&cli.open_options())?;
            let path = crate::backup::manual(&ctx.paths, &ctx.store, now)?;
            say!("Backed up the store to {}", path.display());
            Ok(EXIT_OK)
        }
        DataCommand::Restore { file, yes } => {
            let paths = Paths::resolve(cli.data_dir.as_deref(), cli.config.as_deref())?;
            // Another copy of the app at work is said first; a file that cannot be restored is
            // said before a data directory that does not exist yet is created.
            let lock = |paths: &Paths| paths.ensure_dirs().and_then(|()| paths.lock());
            let early = if paths.data_dir.is_dir() {
                Some(lock(&paths)?)
            } else {
                None
            };
            check_backup(file, &paths)?;
            let _lock = match early {
                Some(l) => l,
                None => lock(&paths)?,
            };
            crate::backup::clean_leftovers(&paths);
            if !yes
                && !super::confirm(
                    &format!(
                        "Replace the store at {} with {}? The current store is kept in {} first.",
                        paths.store.display(),
                        file.display(),
                        paths.backups_dir.display(),
                    ),
                    "restore replaces your store: run it in a terminal to confirm, or pass --yes",
                )?
            {
                return Ok(EXIT_FINDINGS);
            }
            let kept = crate::backup::restore(&paths, file, now)?;
            match kept {
                Some(k) => say!(
                    "Restored {}; the previous store is kept at {}",
                    file.display(),
                    k.display()
                ),
                None => say!("Restored {}", file.display()),
            }
            Ok(EXIT_OK)
        }
        DataCommand::Export { file } => {
            // Export only reads: without a store it writes an empty export and creates no store.
            let ctx = Context::open_reading_checked(&cli.open_options())?;
            super::tell_if_no_store(&ctx);
            let e = ctx.store.export(now)?;
            let text = serde_json::to_string_pretty(&e)?;
            match file.filter(|f| f.as_os_str() != "-") {
                Some(f) => {
                    write_replacing(f, (text + "\n").as_bytes())?;
                    say_err!(
                        "Exported {} card states, {} answers and {} exam attempts to {}",
                        e.cards.len(),
                        e.reviews.len(),
                        e.exams.len(),
                        f.display()
                    );
                    if !e.custom.is_empty() {
                        say_err!(
                            "and {} (they scheduled nothing)",
                            crate::display::count(
                                e.custom.len() as u64,
                                "custom-study answer",
                                "custom-study answers"
                            )
                        );
                    }
                }
                None => crate::exit::say_json(&text),
            }
            Ok(EXIT_OK)
        }
        DataCommand::Import { file } => {
            let meta = crate::paths::require_regular_file(file, "the export file")?;
            if meta.len() > MAX_IMPORT_BYTES {
                print_error(format!(
                    "{}: the file has {} bytes; imports are limited to {MAX_IMPORT_BYTES}",
                    file.display(),
                    meta.len()
                ));
                return Ok(EXIT_FINDINGS);
            }
            let text = std::fs::read_to_string(file).map_err(|e| {
                anyhow::anyhow!("{}: {}", file.display(), crate::paths::io_reason(&e))
            })?;
            let export: Export = match serde_json::from_str(&text) {
                Ok(e) => e,
                Err(e) => {
                    print_error(format!(
                        "{}:{}:{}: not an awsdrill export: {e}",
                        file.display(),
                        e.line(),
                        e.column()
                    ));
                    return Ok(EXIT_FINDINGS);
                }
            };
            if let Err(why) = validate_export(&export) {
                print_error(format!("{}: {why}", file.display()));
                return Ok(EXIT_FINDINGS);
            }
            let mut ctx = Context::open_exclusive(&cli.open_options(), now)?;
            let mut err = std::io::stderr();
            let n = ctx
                .store
                .import_with_progress(&export, now, &mut |done, total| {
                    let _ = write!(
                        err,
                        "\rImporting: {done} of {total} rows ({} %)",
                        done * 100 / total.max(1)
                    );
                    let _ = err.flush();
                })?;
            if export.cards.len() + export.reviews.len() + export.custom.len() + export.exams.len()
                > 0
            {
                say_err!();
            }
            say!(
                "Imported {} card states, {} answers and {} exam attempts (what was already here was kept).",
                n.cards,
                n.reviews,
                n.exams
            );
            if n.custom > 0 {
                say!(
                    "Imported {} (they schedule nothing).",
                    crate::display::count(
                        n.custom as u64,
                        "custom-study answer",
                        "custom-study answers"
                    )
                );
            }
            Ok(EXIT_OK)
        }
    }
}

/// Refuses a file `restore` cannot use, saying what it is: missing, not a regular file, not an
/// awsdrill backup at all, from a newer awsdrill, or a damaged one.
fn check_backup(file: &Path, paths: &Paths) -> anyhow::Result<()> {
    use crate::store::StoreError;
    let hint = || {
        format!(
            "backups are in {} (awsdrill paths shows where)",
            paths.backups_dir.display()
        )
    };
    if let Err(e) = std::fs::metadata(file)
        && e.kind() == std::io::ErrorKind::NotFound
    {
        anyhow::bail!("{} does not exist; {}", file.display(), hint());
    }
    crate::paths::require_regular_file(file, "the backup")?;
    match crate::store::transfer::check_store_file(file) {
        Ok(()) => Ok(()),
        Err(StoreError::NotADatabase { .. }) => anyhow::bail!(
            "{} is not an awsdrill backup: it is not an awsdrill database (another kind of file, or one damaged beyond reading); nothing was changed. {}",
            file.display(),
            hint()
        ),
        Err(StoreError::Corrupt { .. }) => anyhow::bail!(
            "{} is a damaged awsdrill backup; nothing was changed. Choose an older one: {}",
            file.display(),
            hint()
        ),
        Err(e) => Err(e.into()),
    }
}

/// Writes `bytes` to `path` so that `path` holds either its old content or all of the new one:
/// a temporary file in the same folder is written, flushed to disk, then renamed over `path`.
/// Errors name the file.
fn write_replacing(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| anyhow::anyhow!("cannot write {}: not a file name", path.display()))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let written = (|| -> std::io::Result<()> {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        anyhow::bail!(
            "cannot write {}: {}",
            path.display(),
            crate::paths::io_reason(&e)
        );
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(())
}

//! `awsdrill backup`, `restore`, `export` and `import`: keeping and moving the user's progress.

use super::{Cli, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::clock::now_ms;
use crate::context::Context;
use crate::core::config::Lang;
use crate::i18n::tr;
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
    let lang = cli.open_options().ui_lang();
    match cmd {
        DataCommand::Backup => {
            let ctx = Context::open(&cli.open_options())?;
            let path = crate::backup::manual(lang, &ctx.paths, &ctx.store, now)?;
            say!(
                "{}",
                tr!(lang, "data-backed-up", path = path.display().to_string())
            );
            Ok(EXIT_OK)
        }
        DataCommand::Restore { file, yes } => {
            let paths = Paths::resolve(lang, cli.data_dir.as_deref(), cli.config.as_deref())?;
            // Another copy of the app at work is said first; a file that cannot be restored is
            // said before a data directory that does not exist yet is created.
            let lock = |paths: &Paths| paths.ensure_dirs(lang).and_then(|()| paths.lock(lang));
            let early = if paths.data_dir.is_dir() {
                Some(lock(&paths)?)
            } else {
                None
            };
            check_backup(lang, file, &paths)?;
            let _lock = match early {
                Some(l) => l,
                None => lock(&paths)?,
            };
            crate::backup::clean_leftovers(&paths);
            if !yes
                && !super::confirm_in(
                    lang,
                    &tr!(
                        lang,
                        "data-restore-question",
                        store = paths.store.display().to_string(),
                        file = file.display().to_string(),
                        backups = paths.backups_dir.display().to_string(),
                    ),
                    &tr!(lang, "data-restore-refused"),
                )?
            {
                return Ok(EXIT_FINDINGS);
            }
            let kept = crate::backup::restore(lang, &paths, file, now)?;
            let file = file.display().to_string();
            match kept {
                Some(k) => say!(
                    "{}",
                    tr!(
                        lang,
                        "data-restored-kept",
                        file = file,
                        kept = k.display().to_string()
                    )
                ),
                None => say!("{}", tr!(lang, "data-restored", file = file)),
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
                    write_replacing(lang, f, (text + "\n").as_bytes())?;
                    say_err!(
                        "{}",
                        tr!(
                            lang,
                            "data-exported",
                            cards = e.cards.len(),
                            answers = e.reviews.len(),
                            exams = e.exams.len(),
                            file = f.display().to_string()
                        )
                    );
                    if !e.custom.is_empty() {
                        say_err!("{}", tr!(lang, "data-exported-custom", n = e.custom.len()));
                    }
                }
                None => crate::exit::say_json(&text),
            }
            Ok(EXIT_OK)
        }
        DataCommand::Import { file } => {
            let meta =
                crate::paths::require_regular_file(lang, file, &tr!(lang, "data-what-export"))?;
            if meta.len() > MAX_IMPORT_BYTES {
                print_error(tr!(
                    lang,
                    "data-import-too-large",
                    file = file.display().to_string(),
                    bytes = meta.len().to_string(),
                    limit = MAX_IMPORT_BYTES.to_string()
                ));
                return Ok(EXIT_FINDINGS);
            }
            let text = std::fs::read_to_string(file).map_err(|e| {
                anyhow::anyhow!("{}: {}", file.display(), crate::paths::io_reason(lang, &e))
            })?;
            let export: Export = match serde_json::from_str(&text) {
                Ok(e) => e,
                Err(e) => {
                    print_error(tr!(
                        lang,
                        "data-not-an-export",
                        at = format!("{}:{}:{}", file.display(), e.line(), e.column()),
                        error = crate::content_text::json_error(lang, &e)
                    ));
                    return Ok(EXIT_FINDINGS);
                }
            };
            if let Err(why) = validate_export(lang, &export) {
                print_error(format!("{}: {why}", file.display()));
                return Ok(EXIT_FINDINGS);
            }
            let mut ctx = Context::open_exclusive(&cli.open_options(), now)?;
            let mut err = std::io::stderr();
            let n = ctx
                .store
                .import_with_progress(&export, now, &mut |done, total| {
                    let line = tr!(
                        lang,
                        "data-importing",
                        done = done,
                        total = total,
                        percent = done * 100 / total.max(1)
                    );
                    let _ = write!(err, "\r{line}");
                    let _ = err.flush();
                })?;
            if export.cards.len() + export.reviews.len() + export.custom.len() + export.exams.len()
                > 0
            {
                say_err!();
            }
            say!(
                "{}",
                tr!(
                    lang,
                    "data-imported",
                    cards = n.cards,
                    answers = n.reviews,
                    exams = n.exams
                )
            );
            if n.custom > 0 {
                say!("{}", tr!(lang, "data-imported-custom", n = n.custom));
            }
            Ok(EXIT_OK)
        }
    }
}

/// Refuses a file `restore` cannot use, saying what it is: missing, not a regular file, not an
/// awsdrill backup at all, from a newer awsdrill, or a damaged one.
fn check_backup(lang: Lang, file: &Path, paths: &Paths) -> anyhow::Result<()> {
    use crate::store::StoreError;
    let hint = tr!(
        lang,
        "data-backups-hint",
        dir = paths.backups_dir.display().to_string()
    );
    let file_name = file.display().to_string();
    if let Err(e) = std::fs::metadata(file)
        && e.kind() == std::io::ErrorKind::NotFound
    {
        anyhow::bail!(tr!(
            lang,
            "data-backup-missing",
            file = file_name,
            hint = hint
        ));
    }
    crate::paths::require_regular_file(lang, file, &tr!(lang, "data-what-backup"))?;
    match crate::store::transfer::check_store_file(file) {
        Ok(()) => Ok(()),
        Err(StoreError::NotADatabase { .. }) => anyhow::bail!(tr!(
            lang,
            "data-backup-not-a-database",
            file = file_name,
            hint = hint
        )),
        Err(StoreError::Corrupt { .. }) => anyhow::bail!(tr!(
            lang,
            "data-backup-damaged",
            file = file_name,
            hint = hint
        )),
        Err(e) => Err(e.into()),
    }
}

/// Writes `bytes` to `path` so that `path` holds either its old content or all of the new one:
/// a temporary file in the same folder is written, flushed to disk, then renamed over `path`.
/// Errors name the file.
fn write_replacing(lang: Lang, path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let name = path.file_name().ok_or_else(|| {
        anyhow::anyhow!(tr!(
            lang,
            "data-not-a-file-name",
            path = path.display().to_string()
        ))
    })?;
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
        anyhow::bail!(tr!(
            lang,
            "data-cannot-write",
            path = path.display().to_string(),
            reason = crate::paths::io_reason(lang, &e)
        ));
    }
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
        && let Ok(d) = std::fs::File::open(dir)
    {
        let _ = d.sync_all();
    }
    Ok(())
}

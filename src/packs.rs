//! Reading pack files from disk: bundled packs, the user's packs folder, `--pack` paths.
//!
//! The shell side of content loading: finds files (folders are walked, symlink loops are cut, only
//! regular files are read, sizes are capped before reading), then hands the bytes to the pure core.

use crate::core::content::bundled::{BUNDLED, bundled_name};
use crate::core::content::kind::Unreadable;
use crate::core::content::load::PackReport;
use crate::core::content::{
    Finding, FindingKind, MAX_PACK_BYTES, Pack, Severity, check_set, parse_pack_with,
};
use crate::core::io_problem::IoProblem;
use crate::pack_cache::{Detail, Key, PackCache};
use crate::paths::io_reason;
use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Every pack that loaded, and the reports of all files (including the ones that failed).
#[derive(Debug, Default)]
pub struct LoadedPacks {
    /// Valid packs, bundled first, then user packs in path order.
    pub packs: Vec<Pack>,
    /// One report per file read, in the same order as read.
    pub reports: Vec<PackReport>,
    /// With `Detail::Ids`, each pack's roster (the ids of its cards and questions), in the order
    /// of `packs`; empty otherwise.
    pub rosters: Vec<crate::core::content::Roster>,
    /// With `load_deck`, each pack's cards as a table, in the order of `packs` (whose own
    /// `cards` are then empty); empty otherwise.
    pub tables: Vec<crate::core::content::CardTable>,
}

impl LoadedPacks {
    /// Reports that carry an error (their packs are not in `packs`).
    pub fn failed(&self) -> impl Iterator<Item = &PackReport> {
        self.reports.iter().filter(|r| r.has_errors())
    }
}

/// How old a cache entry of a pack that is no longer loaded must be before it is deleted.
const PRUNE_AFTER: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 3600);

/// Where a pack comes from.
enum Source<'a> {
    Bundled(&'a str, &'a str),
    File(PathBuf),
}

/// Reads the bundled packs (unless `bundled` is false) and the given user files and folders, checks
/// them together, and keeps the packs without errors. Files are independent, so they are read and
/// checked on every core. With a cache, a pack unchanged since it was last validated is read from it.
/// With `Detail::Outline` the packs have no card text (see `Pack::outline`).
pub fn load(
    lang: crate::core::config::Lang,
    bundled: bool,
    user_paths: &[PathBuf],
    cache: Option<&PackCache>,
    detail: Detail,
) -> Result<LoadedPacks, String> {
    load_with(lang, bundled, user_paths, cache, detail)
}

/// `load` of everything for a study session (`study::Deck::of_tables`): each pack's cards become
/// a table as soon as the pack is read, on the thread that read it, so that the cards of all
/// packs are never boxed at once (`LoadedPacks::tables`).
pub fn load_deck(
    lang: crate::core::config::Lang,
    bundled: bool,
    user_paths: &[PathBuf],
    cache: Option<&PackCache>,
) -> Result<LoadedPacks, String> {
    load_with(lang, bundled, user_paths, cache, Detail::Deck)
}

fn load_with(
    lang: crate::core::config::Lang,
    bundled: bool,
    user_paths: &[PathBuf],
    cache: Option<&PackCache>,
    detail: Detail,
) -> Result<LoadedPacks, String> {
    let mut sources: Vec<Source> = Vec::new();
    if bundled {
        sources.extend(BUNDLED.iter().map(|(n, t)| Source::Bundled(n, t)));
    }
    sources.extend(
        collect_files(lang, user_paths)?
            .into_iter()
            .map(Source::File),
    );
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    // Interleaved shares keep big and small files spread over the threads.
    let mut reports: Vec<(usize, PackReport)> = std::thread::scope(|s| {
        let sources = &sources;
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    (t..sources.len())
                        .step_by(threads)
                        .map(|i| {
                            let r = match &sources[i] {
                                Source::Bundled(n, text) => read_bundled(n, text, cache, detail),
                                Source::File(p) => read_pack_file_with(p, false, cache, detail),
                            };
                            (i, r)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    reports.sort_by_key(|(i, _)| *i);
    let mut reports: Vec<PackReport> = reports.into_iter().map(|(_, r)| r).collect();
    check_set(&mut reports);
    if let Some(c) = cache {
        // Entries of packs that are gone are removed a week after they were written.
        let sources: Vec<&str> = reports.iter().map(|r| r.file.as_str()).collect();
        c.prune(&sources, PRUNE_AFTER);
    }
    // The packs move out of the reports that have no errors (those reports are not needed again).
    let mut rosters = Vec::new();
    let mut card_tables = Vec::new();
    let packs = reports
        .iter_mut()
        .filter(|r| !r.has_errors())
        .filter_map(|r| {
            let pack = r.pack.take()?;
            if detail == Detail::Ids {
                rosters.push(
                    r.roster
                        .take()
                        .or_else(|| crate::core::content::Roster::of(&pack))
                        .unwrap_or_default(),
                );
            }
            if detail == Detail::Deck {
                card_tables.push(r.table.take().unwrap_or_default());
            }
            Some(pack)
        })
        .collect();
    Ok(LoadedPacks {
        packs,
        reports,
        rosters,
        tables: card_tables,
    })
}

/// Expands files and folders into the `.toml` files to read, sorted within each folder. A path that
/// does not exist is an error in `lang` (the caller cannot run); loops of symbolic links are walked
/// once.
pub fn collect_files(
    lang: crate::core::config::Lang,
    paths: &[PathBuf],
) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut seen_dirs = HashSet::new();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| format!("{}: {}", p.display(), io_reason(lang, &e)))?;
        if meta.is_dir() {
            walk(p, &mut seen_dirs, &mut out, 0);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, seen: &mut HashSet<PathBuf>, out: &mut Vec<PathBuf>, depth: usize) {
    let Ok(canon) = std::fs::canonicalize(dir) else {
        out.push(dir.to_path_buf());
        return;
    };
    if depth > 32 || !seen.insert(canon) {
        return;
    }
    let Ok(rd) = std::fs::read_dir(dir) else {
        out.push(dir.to_path_buf());
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for e in entries {
        match std::fs::metadata(&e) {
            Ok(m) if m.is_dir() => walk(&e, seen, out, depth + 1),
            Ok(_) if e.extension().is_some_and(|x| x == "toml") => out.push(e),
            Ok(_) => {}
            // A broken link or a link loop named *.toml is reported when it is read.
            Err(_) if e.extension().is_some_and(|x| x == "toml") => out.push(e),
            Err(_) => {}
        }
    }
}

fn read_bundled(name: &str, text: &str, cache: Option<&PackCache>, detail: Detail) -> PackReport {
    let name = bundled_name(name);
    let key = Key::bundled(&name, text);
    if let Some(hit) = cache.and_then(|c| c.get(&key, detail)) {
        return hit;
    }
    let report = parse_pack_with(&name, text.as_bytes(), false);
    if let Some(c) = cache {
        c.put(&key, &report);
    }
    trim(report, detail)
}

/// Drops the card text when only the outline was asked for.
fn trim(mut report: PackReport, detail: Detail) -> PackReport {
    match detail {
        Detail::Full => {}
        // The cards become a table as soon as the pack is read, on the thread that read it, so
        // that the cards of all packs are never boxed at once.
        Detail::Deck => {
            if let Some(p) = &mut report.pack {
                report.table = Some(crate::core::content::CardTable::of_cards(std::mem::take(
                    &mut p.cards,
                )));
            }
        }
        Detail::Outline => report.pack = report.pack.map(|p| p.outline()),
        Detail::Ids => {
            // Only the ids are kept (a pack too large for a roster keeps its outline).
            if let Some(p) = &mut report.pack
                && let Some(r) = crate::core::content::Roster::of(p)
            {
                p.cards = Vec::new();
                p.questions = Vec::new();
                p.description = None;
                report.roster = Some(r);
            } else {
                report.pack = report.pack.map(|p| p.outline());
            }
        }
    }
    report
}

/// Reads one pack file: refuses non-regular files and files over the size limit before reading.
/// `warnings` runs the checks that only help authors (lint does, the app does not).
pub fn read_pack_file(path: &Path, warnings: bool) -> PackReport {
    read_pack_file_with(path, warnings, None, Detail::Full)
}

/// `read_pack_file` for many files on every core, the reports in the order of `paths` (lint reads
/// thousands of cards per file with every check on).
pub fn read_pack_files(paths: &[PathBuf], warnings: bool) -> Vec<PackReport> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8)
        .min(paths.len().max(1));
    let mut reports: Vec<(usize, PackReport)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                s.spawn(move || {
                    (t..paths.len())
                        .step_by(threads)
                        .map(|i| (i, read_pack_file(&paths[i], warnings)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    reports.sort_by_key(|(i, _)| *i);
    reports.into_iter().map(|(_, r)| r).collect()
}

/// `read_pack_file`, through the cache when one is given (the app's loads; lint reads afresh).
fn read_pack_file_with(
    path: &Path,
    warnings: bool,
    cache: Option<&PackCache>,
    detail: Detail,
) -> PackReport {
    let name = path.display().to_string();
    let fail = |kind: FindingKind| PackReport {
        file: name.clone(),
        pack: None,
        findings: vec![Finding::whole_file(
            Severity::Error,
            "unreadable",
            &name,
            kind,
        )],
        id_location: None,
        pending_links: Vec::new(),
        places: Default::default(),
        roster: None,
        table: None,
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            return fail(FindingKind::Unreadable(Unreadable::Io(IoProblem::of(&e))));
        }
    };
    if meta.is_dir() {
        return fail(FindingKind::Unreadable(Unreadable::Folder));
    }
    if !meta.is_file() {
        return fail(FindingKind::Unreadable(Unreadable::NotRegular));
    }
    let limit = MAX_PACK_BYTES as u64;
    if meta.len() > limit {
        return fail(FindingKind::FileTooLarge {
            bytes: meta.len(),
            limit,
        });
    }
    // The key is taken before reading: a change made meanwhile gives the next start another key.
    let key = cache.map(|_| Key::file(&name, &meta));
    if let (Some(c), Some(k)) = (cache, &key)
        && let Some(hit) = c.get(k, detail).or_else(|| c.get_failed(k))
    {
        return hit;
    }
    let mut bytes = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(limit + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        return fail(FindingKind::Unreadable(Unreadable::Io(IoProblem::of(&e))));
    }
    let report = parse_pack_with(&name, &bytes, warnings);
    if let (Some(c), Some(k)) = (cache, &key) {
        c.put(k, &report);
        // A file with errors is remembered as failed: the next start reports it unparsed.
        c.put_failed(k, &report);
    }
    trim(report, detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_broken_pack_is_reported_from_the_cache_until_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let packs = dir.path().join("packs");
        std::fs::create_dir(&packs).unwrap();
        let file = packs.join("evil.toml");
        std::fs::write(&file, "[".repeat(4 * 1024 * 1024)).unwrap();
        let cache = PackCache::new(&dir.path().join("cache"));
        let load = || {
            load(
                crate::core::config::Lang::En,
                false,
                std::slice::from_ref(&packs),
                Some(&cache),
                Detail::Full,
            )
            .unwrap()
            .reports
        };
        let first = load();
        assert_eq!(first[0].findings[0].code, "too-deep");
        // What is remembered is what the next start reports: the file is not parsed again.
        let name = file.display().to_string();
        let key = Key::file(&name, &std::fs::metadata(&file).unwrap());
        let mut remembered = first[0].clone();
        let marked = FindingKind::TomlSyntax("remembered".into());
        remembered.findings[0].kind = marked.clone();
        cache.put_failed(&key, &remembered);
        assert_eq!(load()[0].findings[0].kind, marked);
        // Changed, it is read again.
        std::fs::write(&file, "[".repeat(100)).unwrap();
        let again = load();
        assert_eq!(again[0].findings[0].code, "too-deep");
        assert_ne!(again[0].findings[0].kind, marked);
    }
}

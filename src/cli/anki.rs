//! `awsdrill anki export` and `anki import`: cards to an Anki package and Anki notes into a user
//! pack. Also the parts that `csv import` shares: choosing the pack id, checking the pack and
//! saving it in the packs folder.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::core::content::bundled::{BUNDLED, bundled_name};
use crate::core::content::{Card, Pack, Severity, check_set, parse_pack};
use crate::interchange::anki::ExportLang;
use crate::interchange::{ImportReport, PackHead, SkipReason};
use crate::pack_cache::Detail;
use crate::paths::Paths;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// `awsdrill anki ...`.
#[derive(Debug, clap::Subcommand)]
pub enum AnkiCommand {
    /// Write the cards as an Anki package (.apkg): basic and numeric cards as Basic notes, cloze
    /// cards as Cloze notes; exporting again updates the notes in Anki
    Export(ExportArgs),
    /// Make a user pack from the Basic and Cloze notes of an Anki package (.apkg)
    Import(ImportArgs),
}

/// Options of `anki export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Export only this pack (repeatable); all loaded packs without it
    #[arg(long = "pack-id", value_name = "ID")]
    pub pack_ids: Vec<String>,
    /// The text of the notes: en, ko (Korean where a card has it), or both (Korean in fields of
    /// its own); without it, the language `--lang` gives, else English
    #[arg(long, value_enum, value_name = "LANG")]
    pub text: Option<ExportLang>,
    /// The package to write (.apkg)
    pub file: PathBuf,
}

/// Options of `anki import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The Anki package (.apkg or .colpkg)
    pub file: PathBuf,
    /// The id of the new pack (lowercase letters, digits, hyphens); from the file name without it
    #[arg(long, value_name = "ID")]
    pub pack_id: Option<String>,
    /// The https page the cards come from, for notes that name none (every card of a pack
    /// names its source)
    #[arg(long, value_name = "URL")]
    pub source: Option<String>,
    /// The pack's title; `Anki: FILE NAME` without it
    #[arg(long)]
    pub title: Option<String>,
    /// An AWS service the pack covers (repeatable); `AWS` without it
    #[arg(long = "service", value_name = "NAME")]
    pub services: Vec<String>,
    /// Print the report as JSON
    #[arg(long)]
    pub json: bool,
}

pub(super) fn run(cli: &Cli, cmd: &AnkiCommand) -> u8 {
    let result = match cmd {
        AnkiCommand::Export(args) => export(cli, args),
        AnkiCommand::Import(args) => import(cli, args),
    };
    result.unwrap_or_else(|e| super::fail(cli, e))
}

/// The loaded packs (bundled, the packs folder, `--pack`) with full text, and sentences about
/// files that failed to load.
pub(super) fn load_packs(cli: &Cli) -> anyhow::Result<(Paths, Vec<Pack>, Vec<String>)> {
    let paths = Paths::resolve(cli.data_dir.as_deref(), cli.config.as_deref())?;
    paths.ensure_dirs()?;
    let mut user = vec![paths.packs_dir.clone()];
    user.extend(cli.packs.iter().cloned());
    let cache = crate::pack_cache::PackCache::new(&paths.cache_dir);
    let loaded =
        crate::packs::load(true, &user, Some(&cache), Detail::Full).map_err(anyhow::Error::msg)?;
    let failed: Vec<String> = loaded
        .failed()
        .map(|r| {
            format!(
                "{} has errors and was not loaded (run awsdrill lint on it)",
                r.file
            )
        })
        .collect();
    Ok((paths, loaded.packs, failed))
}

/// The packs `--pack-id` chooses (all without it), or the error that names an unknown id.
pub(super) fn choose<'a>(packs: &'a [Pack], ids: &[String]) -> Result<Vec<&'a Pack>, String> {
    if ids.is_empty() {
        return Ok(packs.iter().collect());
    }
    let mut out = Vec::new();
    for id in ids {
        match packs.iter().find(|p| &p.id == id) {
            Some(p) if !out.iter().any(|o: &&Pack| o.id == p.id) => out.push(p),
            Some(_) => {}
            None => {
                let known: Vec<&str> = packs.iter().map(|p| p.id.as_str()).collect();
                return Err(format!(
                    "--pack-id {id}: no loaded pack has this id; the packs are: {}",
                    known.join(", ")
                ));
            }
        }
    }
    Ok(out)
}

fn export(cli: &Cli, args: &ExportArgs) -> anyhow::Result<u8> {
    let (_, packs, failed) = load_packs(cli)?;
    for f in &failed {
        say_err!("awsdrill: {f}");
    }
    let chosen = match choose(&packs, &args.pack_ids) {
        Ok(c) => c,
        Err(e) => {
            print_error(e);
            return Ok(EXIT_CANNOT_RUN);
        }
    };
    let lang = args.text.unwrap_or_else(|| match cli.lang {
        Some(l) => match l.resolve(|k| std::env::var(k).ok()) {
            crate::core::config::Lang::Ko => ExportLang::Ko,
            crate::core::config::Lang::En => ExportLang::En,
        },
        None => ExportLang::En,
    });
    let (col, sum) = crate::interchange::anki::collection(&chosen, lang, crate::clock::now_ms());
    crate::interchange::package::write_apkg(&args.file, &col)?;
    let notes = sum.basic + sum.cloze + sum.numeric;
    say!(
        "Wrote {notes} notes from {} pack(s) to {}: {} basic and {} numeric cards as `awsdrill Basic` notes, {} cloze cards as `awsdrill Cloze` notes{}.",
        chosen.len(),
        args.file.display(),
        sum.basic,
        sum.numeric,
        sum.cloze,
        match lang {
            ExportLang::Both => format!("; {} with Korean in the Korean fields", sum.korean),
            ExportLang::Ko => " (Korean text where a card has it)".to_string(),
            ExportLang::En => String::new(),
        }
    );
    if sum.generated + sum.questions > 0 {
        say!(
            "Left out: {} generated drill(s), which draw a new exercise at each review and have no fixed text, and {} exam question(s), which have no Anki note type.",
            sum.generated,
            sum.questions
        );
    }
    say!(
        "In Anki: File > Import. Importing a later export updates these notes instead of adding copies."
    );
    Ok(EXIT_OK)
}

#[derive(Serialize)]
struct JsonReport<'a> {
    pack_id: &'a str,
    file: String,
    format: &'a str,
    cards: usize,
    basic: usize,
    cloze: usize,
    numeric: usize,
    notes: usize,
    notes_imported: usize,
    skipped: Vec<JsonSkip>,
    formatting_removed: usize,
    media_removed: usize,
    media_files: usize,
    fields_dropped: usize,
    cloze_split: usize,
    one_card_of_several: usize,
    reviews_not_imported: usize,
    lint_warnings: usize,
}

#[derive(Serialize)]
struct JsonSkip {
    reason: &'static str,
    notes: usize,
    note_types: Vec<String>,
    why: String,
}

fn skip_key(r: SkipReason) -> &'static str {
    match r {
        SkipReason::UnreadableNoteTypes => "unreadable-note-types",
        SkipReason::UnknownNoteType => "unknown-note-type",
        SkipReason::OneField => "one-field",
        SkipReason::EmptyField => "empty-field",
        SkipReason::NoCloze => "no-cloze",
        SkipReason::NestedCloze => "nested-cloze",
        SkipReason::ImageOcclusion => "image-occlusion",
        SkipReason::BadCloze => "bad-cloze",
        SkipReason::BadRow => "bad-row",
    }
}

fn skip_words(r: SkipReason) -> &'static str {
    match r {
        SkipReason::UnreadableNoteTypes => {
            "the collection's note types cannot be read, so no note can be mapped"
        }
        SkipReason::UnknownNoteType => "their note type is missing from the collection",
        SkipReason::OneField => "their note type has a single field, so a card would have no back",
        SkipReason::EmptyField => {
            "the front or back is empty once pictures, sounds and HTML are removed"
        }
        SkipReason::NoCloze => "a cloze note without any {{c1::...}} deletion",
        SkipReason::NestedCloze => "a cloze inside a cloze, which an awsdrill card cannot hold",
        SkipReason::ImageOcclusion => {
            "image occlusion notes hide parts of a picture, which a terminal cannot show"
        }
        SkipReason::BadCloze => "an unclosed or empty cloze deletion",
        SkipReason::BadRow => "the row does not fit its kind",
    }
}

fn import(cli: &Cli, args: &ImportArgs) -> anyhow::Result<u8> {
    crate::paths::require_regular_file(&args.file, "the Anki package")?;
    if let Some(code) = check_source_flag(args.source.as_deref()) {
        return Ok(code);
    }
    let pack_id = match pack_id_for(args.pack_id.as_deref(), &args.file, "anki") {
        Ok(id) => id,
        Err(e) => {
            print_error(e);
            return Ok(EXIT_CANNOT_RUN);
        }
    };
    let package = crate::interchange::package::read_apkg(&args.file)?;
    let (cards, mut report) =
        crate::interchange::anki::import(&package.collection, &pack_id, args.source.as_deref());
    report.media_files = package.media_files;
    if report.without_source > 0 && args.source.is_none() {
        print_error(format!(
            "{}: {} card(s) come from notes that name no source URL; pass --source URL (the https page the cards come from: every card of a pack names its source)",
            args.file.display(),
            report.without_source
        ));
        return Ok(EXIT_CANNOT_RUN);
    }
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let saved = save_pack(
        cli,
        NewPack {
            id: &pack_id,
            title: args.title.clone().unwrap_or_else(|| {
                format!(
                    "Anki: {}",
                    args.file
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default()
                )
            }),
            services: args.services.clone(),
            origin: format!("the Anki package {name}"),
            cards: &cards,
        },
    )?;
    let Some((path, warnings)) = saved else {
        print_import_report(&report, None);
        return Ok(if cards.is_empty() {
            EXIT_FINDINGS
        } else {
            EXIT_CANNOT_RUN
        });
    };
    if args.json {
        let json = JsonReport {
            pack_id: &pack_id,
            file: path.display().to_string(),
            format: package.format.entry(),
            cards: report.cards(),
            basic: report.basic,
            cloze: report.cloze,
            numeric: report.numeric,
            notes: report.notes,
            notes_imported: report.imported_notes,
            skipped: report
                .skipped
                .iter()
                .map(|(r, n, types)| JsonSkip {
                    reason: skip_key(*r),
                    notes: *n,
                    note_types: types.clone(),
                    why: skip_words(*r).to_string(),
                })
                .collect(),
            formatting_removed: report.formatting_removed,
            media_removed: report.media_removed,
            media_files: report.media_files,
            fields_dropped: report.fields_dropped,
            cloze_split: report.cloze_split,
            one_card_of_several: report.one_card_of_several,
            reviews_not_imported: report.reviews,
            lint_warnings: warnings,
        };
        crate::exit::say_json(&serde_json::to_string_pretty(&json)?);
    } else {
        say!(
            "Read {} ({}): {} notes.",
            args.file.display(),
            package.format.entry(),
            report.notes
        );
        print_import_report(&report, Some((&path, &pack_id, warnings)));
    }
    Ok(EXIT_OK)
}

/// The report's lines, after the pack is saved (or not, with `None`).
fn print_import_report(r: &ImportReport, saved: Option<(&Path, &str, usize)>) {
    if let Some((path, id, warnings)) = saved {
        say!(
            "Made the pack `{id}` with {} card(s) ({} basic, {} cloze, {} numeric) from {} note(s): {}",
            r.cards(),
            r.basic,
            r.cloze,
            r.numeric,
            r.imported_notes,
            path.display()
        );
        if warnings > 0 {
            say!(
                "It lints without errors, with {warnings} warning(s): awsdrill lint {}",
                path.display()
            );
        } else {
            say!("It lints clean.");
        }
    }
    for (reason, n, types) in &r.skipped {
        let types = if types.is_empty() {
            String::new()
        } else {
            format!(" (note types: {})", types.join(", "))
        };
        say!("Skipped {n} note(s): {}{types}.", skip_words(*reason));
    }
    if r.cloze_split > 0 {
        say!(
            "{} cloze note(s) have several cloze numbers: each number became a card of its own (as Anki shows them), siblings of one group.",
            r.cloze_split
        );
    }
    if r.one_card_of_several > 0 {
        say!(
            "{} note(s) have a note type with several card templates (such as Basic and reversed): each gave one card, front to back.",
            r.one_card_of_several
        );
    }
    if r.formatting_removed > 0 {
        say!(
            "Removed HTML formatting (bold, colours, links, tables) from {} note(s): cards are plain text.",
            r.formatting_removed
        );
    }
    if r.media_removed + r.media_files > 0 {
        say!(
            "Not imported: {} picture or sound reference(s) in fields and {} media file(s) in the package; a terminal cannot show them.",
            r.media_removed,
            r.media_files
        );
    }
    if r.fields_dropped > 0 {
        say!(
            "{} note(s) have text in fields beyond the front, back, note and source; that text was left out.",
            r.fields_dropped
        );
    }
    if r.reviews > 0 {
        say!(
            "Not imported: the review history ({} answer(s)). awsdrill schedules the new cards from the start.",
            r.reviews
        );
    }
}

/// Checks `--source`: `Some(exit status)` when it is not a URL a pack accepts.
pub(super) fn check_source_flag(source: Option<&str>) -> Option<u8> {
    let s = source?;
    match crate::core::content::load::source_problem(s) {
        Ok(_) => None,
        Err(p) => {
            print_error(format!(
                "--source {s}: {}",
                crate::content_text::source_problem(&p)
            ));
            Some(EXIT_CANNOT_RUN)
        }
    }
}

/// The id of the new pack: `--pack-id`, else the file's name made an id (`My Deck.apkg` ->
/// `my-deck`, or `PREFIX` when nothing is left).
pub(super) fn pack_id_for(
    given: Option<&str>,
    file: &Path,
    fallback: &str,
) -> Result<String, String> {
    if let Some(id) = given {
        return if crate::core::content::load::valid_id(id) {
            Ok(id.to_string())
        } else {
            Err(format!(
                "--pack-id {id}: a pack id has lowercase letters, digits and hyphens, at most 64 characters, and does not start with a hyphen"
            ))
        };
    }
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut id = String::new();
    for c in stem.chars() {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
        if id.len() >= 64 {
            break;
        }
    }
    let id = id.trim_end_matches('-').to_string();
    Ok(if id.is_empty() {
        fallback.to_string()
    } else {
        id
    })
}

/// A pack about to be saved.
pub(super) struct NewPack<'a> {
    pub id: &'a str,
    pub title: String,
    pub services: Vec<String>,
    /// What it was made from, for its description (`the Anki package x.apkg`).
    pub origin: String,
    pub cards: &'a [Card],
}

/// Writes the pack into the packs folder after checking it as `lint` does, beside every loaded
/// pack. Returns the file and its number of warnings, or `None` (with the reason printed) when
/// nothing was written: no cards, a pack with this id exists, or the pack does not lint clean.
pub(super) fn save_pack(cli: &Cli, p: NewPack) -> anyhow::Result<Option<(PathBuf, usize)>> {
    if p.cards.is_empty() {
        print_error("no card could be made, so no pack was written");
        return Ok(None);
    }
    let (paths, packs, _) = load_packs(cli)?;
    let file = paths.packs_dir.join(format!("{}.toml", p.id));
    if file.exists() {
        print_error(format!(
            "{} exists already; choose another --pack-id, or remove that file first",
            file.display()
        ));
        return Ok(None);
    }
    if let Some(other) = packs.iter().find(|k| k.id == p.id) {
        print_error(format!(
            "--pack-id {}: a loaded pack has this id already ({}); choose another",
            p.id, other.origin
        ));
        return Ok(None);
    }
    let now = crate::clock::now_ms();
    let today = chrono::DateTime::from_timestamp_millis(now)
        .map(|t| t.with_timezone(&chrono::Local).date_naive())
        .unwrap_or_default();
    use chrono::Datelike as _;
    let head = PackHead {
        id: p.id.to_string(),
        title: p.title,
        services: if p.services.is_empty() {
            vec!["AWS".to_string()]
        } else {
            p.services
        },
        schema: crate::core::content::SCHEMA_VERSION,
        checked: toml::value::Date {
            year: today.year() as u16,
            month: today.month() as u8,
            day: today.day() as u8,
        },
        description: Some(format!(
            "Imported from {} on {today}. `checked` is the import date: the facts were not checked against AWS documentation by awsdrill.",
            p.origin
        )),
    };
    let text = format!(
        "# Made by `awsdrill` from {}. Edit it like any pack; `awsdrill lint` checks it.\n{}",
        p.origin,
        crate::interchange::pack_file(&head, p.cards)
    );
    if text.len() > crate::core::content::MAX_PACK_BYTES {
        print_error(format!(
            "the pack would have {} bytes, more than a pack may ({}); import a smaller deck",
            text.len(),
            crate::core::content::MAX_PACK_BYTES
        ));
        return Ok(None);
    }
    // Checked as `awsdrill lint FILE` checks it: beside the bundled packs and the packs folder.
    let mut reports: Vec<crate::core::content::load::PackReport> = BUNDLED
        .iter()
        .map(|(name, t)| parse_pack(&bundled_name(name), t.as_bytes()))
        .collect();
    reports.extend(crate::packs::read_pack_files(
        &crate::packs::collect_files(std::slice::from_ref(&paths.packs_dir)).unwrap_or_default(),
        true,
    ));
    reports.push(parse_pack(&file.display().to_string(), text.as_bytes()));
    check_set(&mut reports);
    let reports = &reports[reports.len() - 1..];
    let errors: Vec<_> = reports[0]
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    if !errors.is_empty() {
        for f in errors.iter().take(20) {
            eprintln!("{}", crate::content_text::render(f));
        }
        print_error(format!(
            "the pack made from {} has {} error(s), so it was not written (this is a bug in awsdrill: please report it with the file)",
            p.origin,
            errors.len()
        ));
        return Ok(None);
    }
    let warnings = reports[0]
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Warning)
        .count();
    crate::interchange::write_file(&file, false, |mut f| {
        std::io::Write::write_all(&mut f, text.as_bytes())
    })
    .map_err(|e| anyhow::anyhow!("{}: {}", file.display(), crate::paths::io_reason(&e)))?;
    Ok(Some((file, warnings)))
}

//! `awsdrill anki export` and `anki import`: cards to an Anki package and Anki notes into a user
//! pack. Also the parts that `csv import` shares: choosing the pack id, checking the pack and
//! saving it in the packs folder.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::core::config::Lang;
use crate::core::content::bundled::{BUNDLED, bundled_name};
use crate::core::content::{Card, Pack, Severity, check_set, parse_pack};
use crate::i18n::tr;
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
pub(super) fn load_packs(lang: Lang, cli: &Cli) -> anyhow::Result<(Paths, Vec<Pack>, Vec<String>)> {
    let paths = Paths::resolve(lang, cli.data_dir.as_deref(), cli.config.as_deref())?;
    paths.ensure_dirs(lang)?;
    let mut user = vec![paths.packs_dir.clone()];
    user.extend(cli.packs.iter().cloned());
    let cache = crate::pack_cache::PackCache::new(&paths.cache_dir);
    let loaded = crate::packs::load(lang, true, &user, Some(&cache), Detail::Full)
        .map_err(anyhow::Error::msg)?;
    let failed: Vec<String> = loaded
        .failed()
        .map(|r| tr!(lang, "data-not-loaded", file = r.file.as_str()))
        .collect();
    Ok((paths, loaded.packs, failed))
}

/// The packs `--pack-id` chooses (all without it), or the error that names an unknown id.
pub(super) fn choose<'a>(
    lang: Lang,
    packs: &'a [Pack],
    ids: &[String],
) -> Result<Vec<&'a Pack>, String> {
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
                return Err(tr!(
                    lang,
                    "data-unknown-pack-id",
                    id = id.as_str(),
                    known = known.join(", ")
                ));
            }
        }
    }
    Ok(out)
}

fn export(cli: &Cli, args: &ExportArgs) -> anyhow::Result<u8> {
    let ui = cli.open_options().ui_lang();
    let (_, packs, failed) = load_packs(ui, cli)?;
    for f in &failed {
        say_err!("awsdrill: {f}");
    }
    let chosen = match choose(ui, &packs, &args.pack_ids) {
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
    crate::interchange::package::write_apkg(&args.file, &col)
        .map_err(|e| anyhow::anyhow!(e.words(ui)))?;
    let notes = sum.basic + sum.cloze + sum.numeric;
    let key = match lang {
        ExportLang::Both => "data-anki-wrote-both",
        ExportLang::Ko => "data-anki-wrote-ko",
        ExportLang::En => "data-anki-wrote",
    };
    say!(
        "{}",
        tr!(
            ui,
            key,
            notes = notes,
            packs = chosen.len(),
            file = args.file.display().to_string(),
            basic = sum.basic,
            numeric = sum.numeric,
            cloze = sum.cloze,
            korean = sum.korean
        )
    );
    if sum.generated + sum.questions > 0 {
        say!(
            "{}",
            tr!(
                ui,
                "data-anki-left-out",
                generated = sum.generated,
                questions = sum.questions
            )
        );
    }
    say!("{}", tr!(ui, "data-anki-in-anki"));
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

fn skip_words(lang: Lang, r: SkipReason) -> String {
    let key = match r {
        SkipReason::UnreadableNoteTypes => "data-skip-unreadable-note-types",
        SkipReason::UnknownNoteType => "data-skip-unknown-note-type",
        SkipReason::OneField => "data-skip-one-field",
        SkipReason::EmptyField => "data-skip-empty-field",
        SkipReason::NoCloze => "data-skip-no-cloze",
        SkipReason::NestedCloze => "data-skip-nested-cloze",
        SkipReason::ImageOcclusion => "data-skip-image-occlusion",
        SkipReason::BadCloze => "data-skip-bad-cloze",
        SkipReason::BadRow => "data-skip-bad-row",
    };
    tr!(lang, key)
}

fn import(cli: &Cli, args: &ImportArgs) -> anyhow::Result<u8> {
    let lang = cli.open_options().ui_lang();
    crate::paths::require_regular_file(lang, &args.file, &tr!(lang, "data-what-anki"))?;
    if let Some(code) = check_source_flag(lang, args.source.as_deref()) {
        return Ok(code);
    }
    let pack_id = match pack_id_for(lang, args.pack_id.as_deref(), &args.file, "anki") {
        Ok(id) => id,
        Err(e) => {
            print_error(e);
            return Ok(EXIT_CANNOT_RUN);
        }
    };
    let package = crate::interchange::package::read_apkg(&args.file)
        .map_err(|e| anyhow::anyhow!(e.words(lang)))?;
    let (cards, mut report) =
        crate::interchange::anki::import(&package.collection, &pack_id, args.source.as_deref());
    report.media_files = package.media_files;
    if report.without_source > 0 && args.source.is_none() {
        print_error(tr!(
            lang,
            "data-anki-no-source",
            file = args.file.display().to_string(),
            n = report.without_source
        ));
        return Ok(EXIT_CANNOT_RUN);
    }
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let saved = save_pack(
        lang,
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
            origin: Origin::Anki(name),
            cards: &cards,
        },
    )?;
    let Some((path, warnings)) = saved else {
        print_import_report(lang, &report, None);
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
                    // JSON's sentences stay English.
                    why: skip_words(Lang::En, *r),
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
            "{}",
            tr!(
                lang,
                "data-anki-read",
                file = args.file.display().to_string(),
                format = package.format.entry(),
                notes = report.notes
            )
        );
        print_import_report(lang, &report, Some((&path, &pack_id, warnings)));
    }
    Ok(EXIT_OK)
}

/// The report's lines, after the pack is saved (or not, with `None`).
fn print_import_report(lang: Lang, r: &ImportReport, saved: Option<(&Path, &str, usize)>) {
    if let Some((path, id, warnings)) = saved {
        say!(
            "{}",
            tr!(
                lang,
                "data-anki-made",
                id = id,
                cards = r.cards(),
                basic = r.basic,
                cloze = r.cloze,
                numeric = r.numeric,
                notes = r.imported_notes,
                path = path.display().to_string()
            )
        );
        say_lints(lang, path, warnings);
    }
    for (reason, n, types) in &r.skipped {
        let why = skip_words(lang, *reason);
        if types.is_empty() {
            say!("{}", tr!(lang, "data-skipped", n = *n, why = why));
        } else {
            say!(
                "{}",
                tr!(
                    lang,
                    "data-skipped-types",
                    n = *n,
                    why = why,
                    types = types.join(", ")
                )
            );
        }
    }
    let counts = [
        ("data-cloze-split", r.cloze_split),
        ("data-one-card-of-several", r.one_card_of_several),
        ("data-formatting-removed", r.formatting_removed),
    ];
    for (key, n) in counts {
        if n > 0 {
            say!("{}", tr!(lang, key, n = n));
        }
    }
    if r.media_removed + r.media_files > 0 {
        say!(
            "{}",
            tr!(
                lang,
                "data-media-removed",
                refs = r.media_removed,
                files = r.media_files
            )
        );
    }
    for (key, n) in [
        ("data-fields-dropped", r.fields_dropped),
        ("data-reviews-not-imported", r.reviews),
    ] {
        if n > 0 {
            say!("{}", tr!(lang, key, n = n));
        }
    }
}

/// Whether the saved pack lints clean, or with how many warnings.
pub(super) fn say_lints(lang: Lang, path: &Path, warnings: usize) {
    if warnings > 0 {
        say!(
            "{}",
            tr!(
                lang,
                "data-lints-with-warnings",
                warnings = warnings,
                path = path.display().to_string()
            )
        );
    } else {
        say!("{}", tr!(lang, "data-lints-clean"));
    }
}

/// Checks `--source`: `Some(exit status)` when it is not a URL a pack accepts.
pub(super) fn check_source_flag(lang: Lang, source: Option<&str>) -> Option<u8> {
    let s = source?;
    match crate::core::content::load::source_problem(s) {
        Ok(_) => None,
        Err(p) => {
            print_error(tr!(
                lang,
                "data-source-flag",
                source = s,
                problem = crate::content_text::source_problem(lang, &p)
            ));
            Some(EXIT_CANNOT_RUN)
        }
    }
}

/// The id of the new pack: `--pack-id`, else the file's name made an id (`My Deck.apkg` ->
/// `my-deck`, or `PREFIX` when nothing is left).
pub(super) fn pack_id_for(
    lang: Lang,
    given: Option<&str>,
    file: &Path,
    fallback: &str,
) -> Result<String, String> {
    if let Some(id) = given {
        return if crate::core::content::load::valid_id(id) {
            Ok(id.to_string())
        } else {
            Err(tr!(lang, "data-bad-pack-id", id = id))
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
    pub origin: Origin,
    pub cards: &'a [Card],
}

/// What a new pack was made from: the file's name.
pub(super) enum Origin {
    /// An Anki package.
    Anki(String),
    /// A CSV file.
    Csv(String),
}

impl Origin {
    /// The origin in `lang`.
    fn words(&self, lang: Lang) -> String {
        match self {
            Origin::Anki(name) => tr!(lang, "data-origin-anki", name = name.as_str()),
            Origin::Csv(name) => tr!(lang, "data-origin-csv", name = name.as_str()),
        }
    }
}

/// Writes the pack into the packs folder after checking it as `lint` does, beside every loaded
/// pack. Returns the file and its number of warnings, or `None` (with the reason printed) when
/// nothing was written: no cards, a pack with this id exists, or the pack does not lint clean.
pub(super) fn save_pack(
    lang: Lang,
    cli: &Cli,
    p: NewPack,
) -> anyhow::Result<Option<(PathBuf, usize)>> {
    if p.cards.is_empty() {
        print_error(tr!(lang, "data-no-card"));
        return Ok(None);
    }
    let (paths, packs, _) = load_packs(lang, cli)?;
    let file = paths.packs_dir.join(format!("{}.toml", p.id));
    if file.exists() {
        print_error(tr!(
            lang,
            "data-pack-file-exists",
            path = file.display().to_string()
        ));
        return Ok(None);
    }
    if let Some(other) = packs.iter().find(|k| k.id == p.id) {
        print_error(tr!(
            lang,
            "data-pack-id-taken",
            id = p.id,
            origin = other.origin.to_string()
        ));
        return Ok(None);
    }
    // The pack file itself is written in English, as every pack is.
    let origin = p.origin.words(Lang::En);
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
            "Imported from {origin} on {today}. `checked` is the import date: the facts were not checked against AWS documentation by awsdrill."
        )),
    };
    let text = format!(
        "# Made by `awsdrill` from {origin}. Edit it like any pack; `awsdrill lint` checks it.\n{}",
        crate::interchange::pack_file(&head, p.cards)
    );
    if text.len() > crate::core::content::MAX_PACK_BYTES {
        print_error(tr!(
            lang,
            "data-pack-too-large",
            bytes = text.len().to_string(),
            limit = crate::core::content::MAX_PACK_BYTES.to_string()
        ));
        return Ok(None);
    }
    // Checked as `awsdrill lint FILE` checks it: beside the bundled packs and the packs folder.
    let mut reports: Vec<crate::core::content::load::PackReport> = BUNDLED
        .iter()
        .map(|(name, t)| parse_pack(&bundled_name(name), t.as_bytes()))
        .collect();
    reports.extend(crate::packs::read_pack_files(
        &crate::packs::collect_files(lang, std::slice::from_ref(&paths.packs_dir))
            .unwrap_or_default(),
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
            eprintln!("{}", crate::content_text::render(lang, f));
        }
        print_error(tr!(
            lang,
            "data-pack-has-errors",
            origin = p.origin.words(lang),
            n = errors.len()
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
    .map_err(|e| anyhow::anyhow!("{}: {}", file.display(), crate::paths::io_reason(lang, &e)))?;
    Ok(Some((file, warnings)))
}

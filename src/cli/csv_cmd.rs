//! `awsdrill csv export` and `csv import`: cards as a spreadsheet and back into a user pack.

use super::anki::{NewPack, check_source_flag, choose, load_packs, pack_id_for, save_pack};
use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::interchange::csv::{COLUMNS, RowProblem};
use std::path::PathBuf;

/// `awsdrill csv ...`.
#[derive(Debug, clap::Subcommand)]
pub enum CsvCommand {
    /// Write the cards as CSV, one row per card: id, kind, front, back, note, tags, source,
    /// domain, group and the Korean text
    Export(ExportArgs),
    /// Make a user pack from a CSV file with a header row (only `front` is required)
    Import(ImportArgs),
}

/// Options of `csv export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Export only this pack (repeatable); all loaded packs without it
    #[arg(long = "pack-id", value_name = "ID")]
    pub pack_ids: Vec<String>,
    /// The file to write; standard output when `-`
    pub file: PathBuf,
}

/// Options of `csv import`.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// The CSV file
    pub file: PathBuf,
    /// The id of the new pack (lowercase letters, digits, hyphens)
    #[arg(long, value_name = "ID")]
    pub pack_id: String,
    /// The https page the cards come from, for rows with an empty `source`
    #[arg(long, value_name = "URL")]
    pub source: Option<String>,
    /// The pack's title; `CSV: FILE NAME` without it
    #[arg(long)]
    pub title: Option<String>,
    /// An AWS service the pack covers (repeatable); `AWS` without it
    #[arg(long = "service", value_name = "NAME")]
    pub services: Vec<String>,
}

pub(super) fn run(cli: &Cli, cmd: &CsvCommand) -> u8 {
    let result = match cmd {
        CsvCommand::Export(args) => export(cli, args),
        CsvCommand::Import(args) => import(cli, args),
    };
    result.unwrap_or_else(|e| super::fail(cli, e))
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
    let mut bytes = Vec::new();
    let (rows, generated) = crate::interchange::csv::write(&mut bytes, &chosen)?;
    if args.file.as_os_str() == "-" {
        use std::io::Write as _;
        std::io::stdout().write_all(&bytes)?;
    } else {
        crate::interchange::write_file(&args.file, true, |mut f| {
            std::io::Write::write_all(&mut f, &bytes)
        })
        .map_err(|e| anyhow::anyhow!("{}: {}", args.file.display(), crate::paths::io_reason(&e)))?;
    }
    say_err!(
        "Wrote {rows} card(s) from {} pack(s) as CSV ({}){}",
        chosen.len(),
        COLUMNS.join(", "),
        if generated > 0 {
            format!("; left out {generated} generated drill(s), which have no fixed text")
        } else {
            String::new()
        }
    );
    Ok(EXIT_OK)
}

fn problem_words(p: &RowProblem) -> String {
    match p {
        RowProblem::NoFrontColumn => {
            "the header row has no `front` column (the columns are: id, kind, front, back, note, tags, source, domain, group, front_ko, back_ko, note_ko)".into()
        }
        RowProblem::Empty => "is empty; this card needs it".into(),
        RowProblem::UnknownKind(k) => format!("`{k}` is not a kind: give basic, cloze or numeric"),
        RowProblem::NotANumber(s) => format!(
            "`{s}` is not a numeric answer: write NUMBER UNIT, or NUMBER UNIT ±TOLERANCE (900 seconds ±5)"
        ),
        RowProblem::UnknownDomain(d) => format!(
            "`{d}` is not a domain: give development, security, deployment or troubleshooting"
        ),
        RowProblem::BadGroup(g) => format!(
            "`{g}` is not a group id: lowercase letters, digits and hyphens, at most 64 characters"
        ),
        RowProblem::Unreadable(e) => format!("cannot be read: {e}"),
    }
}

fn import(cli: &Cli, args: &ImportArgs) -> anyhow::Result<u8> {
    crate::paths::require_regular_file(&args.file, "the CSV file")?;
    if let Some(code) = check_source_flag(args.source.as_deref()) {
        return Ok(code);
    }
    let pack_id = match pack_id_for(Some(&args.pack_id), &args.file, "csv") {
        Ok(id) => id,
        Err(e) => {
            print_error(e);
            return Ok(EXIT_CANNOT_RUN);
        }
    };
    let file = std::fs::File::open(&args.file)
        .map_err(|e| anyhow::anyhow!("{}: {}", args.file.display(), crate::paths::io_reason(&e)))?;
    let (cards, without_source) =
        match crate::interchange::csv::read(file, &pack_id, args.source.as_deref()) {
            Ok(r) => r,
            Err(errors) => {
                for e in &errors {
                    let column = if e.column.is_empty() {
                        String::new()
                    } else {
                        format!(" column `{}`", e.column)
                    };
                    print_error(format!(
                        "{}:{}:{column} {}",
                        args.file.display(),
                        e.line,
                        problem_words(&e.problem)
                    ));
                }
                print_error(format!("{} problem(s); no pack was written", errors.len()));
                return Ok(EXIT_CANNOT_RUN);
            }
        };
    if without_source > 0 {
        print_error(format!(
            "{}: {without_source} row(s) have an empty `source`; fill it in, or pass --source URL (the https page the cards come from: every card of a pack names its source)",
            args.file.display()
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
                    "CSV: {}",
                    args.file
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default()
                )
            }),
            services: args.services.clone(),
            origin: format!("the CSV file {name}"),
            cards: &cards,
        },
    )?;
    let Some((path, warnings)) = saved else {
        return Ok(EXIT_CANNOT_RUN);
    };
    say!(
        "Made the pack `{pack_id}` with {} card(s) from {}: {}",
        cards.len(),
        args.file.display(),
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
    Ok(EXIT_OK)
}

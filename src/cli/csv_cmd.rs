//! `awsdrill csv export` and `csv import`: cards as a spreadsheet and back into a user pack.

use super::anki::{
    NewPack, Origin, check_source_flag, choose, load_packs, pack_id_for, save_pack, say_lints,
};
use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::core::config::Lang;
use crate::i18n::tr;
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
    let lang = cli.open_options().ui_lang();
    let (_, packs, failed) = load_packs(lang, cli)?;
    for f in &failed {
        say_err!("awsdrill: {f}");
    }
    let chosen = match choose(lang, &packs, &args.pack_ids) {
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
        .map_err(|e| {
            anyhow::anyhow!(
                "{}: {}",
                args.file.display(),
                crate::paths::io_reason(lang, &e)
            )
        })?;
    }
    let key = if generated > 0 {
        "data-csv-wrote-left-out"
    } else {
        "data-csv-wrote"
    };
    say_err!(
        "{}",
        tr!(
            lang,
            key,
            rows = rows,
            packs = chosen.len(),
            columns = COLUMNS.join(", "),
            generated = generated
        )
    );
    Ok(EXIT_OK)
}

fn problem_words(lang: Lang, p: &RowProblem) -> String {
    match p {
        RowProblem::NoFrontColumn => tr!(lang, "data-csv-no-front"),
        RowProblem::Empty => tr!(lang, "data-csv-empty"),
        RowProblem::UnknownKind(k) => tr!(lang, "data-csv-unknown-kind", kind = k.as_str()),
        RowProblem::NotANumber(s) => tr!(lang, "data-csv-not-a-number", text = s.as_str()),
        RowProblem::UnknownDomain(d) => {
            tr!(lang, "data-csv-unknown-domain", domain = d.as_str())
        }
        RowProblem::BadGroup(g) => tr!(lang, "data-csv-bad-group", group = g.as_str()),
        RowProblem::NotUtf8(cell) => tr!(lang, "data-csv-not-utf8", cell = *cell),
        RowProblem::Unreadable(p) => tr!(
            lang,
            "data-csv-unreadable",
            error = crate::i18n::io_words(lang, p)
        ),
    }
}

fn import(cli: &Cli, args: &ImportArgs) -> anyhow::Result<u8> {
    let lang = cli.open_options().ui_lang();
    crate::paths::require_regular_file(lang, &args.file, &tr!(lang, "data-what-csv"))?;
    if let Some(code) = check_source_flag(lang, args.source.as_deref()) {
        return Ok(code);
    }
    let pack_id = match pack_id_for(lang, Some(&args.pack_id), &args.file, "csv") {
        Ok(id) => id,
        Err(e) => {
            print_error(e);
            return Ok(EXIT_CANNOT_RUN);
        }
    };
    let file = std::fs::File::open(&args.file).map_err(|e| {
        anyhow::anyhow!(
            "{}: {}",
            args.file.display(),
            crate::paths::io_reason(lang, &e)
        )
    })?;
    let (cards, without_source) =
        match crate::interchange::csv::read(file, &pack_id, args.source.as_deref()) {
            Ok(r) => r,
            Err(errors) => {
                for e in &errors {
                    let key = if e.column.is_empty() {
                        "data-csv-problem"
                    } else {
                        "data-csv-problem-column"
                    };
                    print_error(tr!(
                        lang,
                        key,
                        file = args.file.display().to_string(),
                        line = e.line.to_string(),
                        column = e.column.as_str(),
                        problem = problem_words(lang, &e.problem)
                    ));
                }
                print_error(tr!(lang, "data-csv-problems", n = errors.len()));
                return Ok(EXIT_CANNOT_RUN);
            }
        };
    if without_source > 0 {
        print_error(tr!(
            lang,
            "data-csv-no-source",
            file = args.file.display().to_string(),
            n = without_source
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
                    "CSV: {}",
                    args.file
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default()
                )
            }),
            services: args.services.clone(),
            origin: Origin::Csv(name),
            cards: &cards,
        },
    )?;
    let Some((path, warnings)) = saved else {
        return Ok(EXIT_CANNOT_RUN);
    };
    say!(
        "{}",
        tr!(
            lang,
            "data-csv-made",
            id = pack_id.as_str(),
            cards = cards.len(),
            file = args.file.display().to_string(),
            path = path.display().to_string()
        )
    );
    say_lints(lang, &path, warnings);
    Ok(EXIT_OK)
}

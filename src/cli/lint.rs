//! `awsdrill lint [PATH...]`: validates packs and prints every finding with its location.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::core::content::bundled::{BUNDLED, SOURCE_DIR, bundled_name};
use crate::core::content::load::PackReport;
use crate::core::content::stats::PackStats;
use crate::core::content::{Severity, check_set, parse_pack};
use crate::core::domain::Domain;
use crate::packs::{collect_files, read_pack_file};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Options of `awsdrill lint`.
#[derive(Debug, clap::Args)]
pub struct LintArgs {
    /// Pack files or folders to check; without any, the bundled packs are checked
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Print findings and per-pack counts as JSON
    #[arg(long)]
    pub json: bool,
    /// Also print per-pack statistics: cards by kind, questions by domain, answer positions, Korean coverage
    #[arg(long)]
    pub stats: bool,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    file: &'a str,
    pack: Option<&'a str>,
    errors: usize,
    warnings: usize,
    stats: Option<PackStats>,
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
    findings: Vec<&'a crate::core::content::Finding>,
    errors: usize,
    warnings: usize,
    total: PackStats,
}

pub(super) fn run(_cli: &Cli, args: &LintArgs) -> u8 {
    let files = match collect_files(&args.paths) {
        Ok(f) => f,
        Err(e) => {
            print_error(e);
            return EXIT_CANNOT_RUN;
        }
    };
    // The bundled packs take part so that links and id collisions are checked against them, but a
    // file given by path replaces the bundled pack it is the source of.
    let given: Vec<PathBuf> = files
        .iter()
        .map(|f| std::fs::canonicalize(f).unwrap_or_else(|_| f.clone()))
        .collect();
    let mut reports: Vec<PackReport> = BUNDLED
        .iter()
        .filter(|(name, _)| {
            let source = Path::new(SOURCE_DIR).join(name);
            let source = std::fs::canonicalize(&source).unwrap_or(source);
            let suffix = Path::new("content/packs").join(name);
            !given.iter().any(|g| *g == source || g.ends_with(&suffix))
        })
        .map(|(name, text)| parse_pack(&bundled_name(name), text.as_bytes()))
        .collect();
    let bundled_count = reports.len();
    reports.extend(files.iter().map(|f| read_pack_file(f, true)));
    check_set(&mut reports);
    let shown: &[PackReport] = if args.paths.is_empty() {
        &reports
    } else {
        &reports[bundled_count..]
    };
    let count = |s: Severity| {
        shown
            .iter()
            .flat_map(|r| &r.findings)
            .filter(|f| f.severity == s)
            .count()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let total = PackStats::total(shown.iter().filter_map(|r| r.pack.as_ref()));
    if args.json {
        let report = JsonReport {
            files: shown
                .iter()
                .map(|r| JsonFile {
                    file: &r.file,
                    pack: r.pack.as_ref().map(|p| p.id.as_str()),
                    errors: r
                        .findings
                        .iter()
                        .filter(|f| f.severity == Severity::Error)
                        .count(),
                    warnings: r
                        .findings
                        .iter()
                        .filter(|f| f.severity == Severity::Warning)
                        .count(),
                    stats: r.pack.as_ref().map(PackStats::of),
                })
                .collect(),
            findings: shown.iter().flat_map(|r| &r.findings).collect(),
            errors,
            warnings,
            total,
        };
        match serde_json::to_string_pretty(&report) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                print_error(e);
                return EXIT_CANNOT_RUN;
            }
        }
    } else {
        // Errors first, then warnings, each in file order.
        for sev in [Severity::Error, Severity::Warning] {
            for f in shown
                .iter()
                .flat_map(|r| &r.findings)
                .filter(|f| f.severity == sev)
            {
                println!("{}", f.render());
            }
        }
        if args.stats {
            print_stats(shown, &total);
        }
        println!(
            "checked {} {}: {} {}, {} {}",
            shown.len(),
            plural(shown.len(), "pack file", "pack files"),
            errors,
            plural(errors, "error", "errors"),
            warnings,
            plural(warnings, "warning", "warnings"),
        );
    }
    if errors > 0 { EXIT_FINDINGS } else { EXIT_OK }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn print_stats(reports: &[PackReport], total: &PackStats) {
    println!(
        "{:<20} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>6} {:>7}",
        "pack",
        "cards",
        "basic",
        "cloze",
        "num",
        "quest",
        "dev",
        "sec",
        "dep",
        "trb",
        "multi",
        "korean"
    );
    let row = |name: &str, s: &PackStats| {
        let k = |kind: &str| s.cards_by_kind.get(kind).copied().unwrap_or(0);
        let d = |d: Domain| s.questions_by_domain.get(d.key()).copied().unwrap_or(0);
        println!(
            "{:<20} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5.0}% {:>6.0}%",
            name,
            s.cards,
            k("basic"),
            k("cloze"),
            k("numeric"),
            s.questions,
            d(Domain::Development),
            d(Domain::Security),
            d(Domain::Deployment),
            d(Domain::Troubleshooting),
            s.multiple_response_percent(),
            s.korean_percent(),
        );
    };
    for r in reports {
        if let Some(p) = &r.pack {
            row(&p.id, &PackStats::of(p));
        }
    }
    row("total", total);
    let domains: Vec<String> = Domain::ALL
        .iter()
        .map(|d| {
            format!(
                "{} {:.1}% (blueprint {}%)",
                d.key(),
                total.domain_percent(*d),
                d.weight_percent()
            )
        })
        .collect();
    println!("domain mix: {}", domains.join(", "));
    let positions: Vec<String> = total
        .correct_positions
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{} {n}", char::from(b'A' + i as u8)))
        .collect();
    println!("correct answers by position: {}", positions.join(", "));
}

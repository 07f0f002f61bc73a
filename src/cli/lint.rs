//! `awsdrill lint [PATH...]`: validates packs and prints every finding with its location.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::core::config::Lang;
use crate::core::content::bundled::{BUNDLED, SOURCE_DIR, bundled_name};
use crate::core::content::load::PackReport;
use crate::core::content::stats::{MIN_QUESTIONS_PER_TASK, PackStats};
use crate::core::content::{Severity, check_set, parse_pack};
use crate::core::domain::Domain;
use crate::core::exam::blueprint;
use crate::core::exam::guess::{self, Guessability, Heuristic};
use crate::i18n::tr;
use crate::packs::{collect_files, read_pack_files};
use serde::Serialize;
use std::path::{Path, PathBuf};
use unicode_width::UnicodeWidthStr;

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

/// A finding as `--json` writes it: its sentence rendered here.
#[derive(Serialize)]
struct JsonFinding<'a> {
    severity: Severity,
    code: &'a str,
    file: &'a str,
    line: usize,
    column: usize,
    message: String,
}

impl<'a> JsonFinding<'a> {
    fn of(f: &'a crate::core::content::Finding) -> Self {
        JsonFinding {
            severity: f.severity,
            code: f.code,
            file: &f.file,
            line: f.line,
            column: f.column,
            // JSON is for scripts: its sentences stay English whatever the language.
            message: crate::content_text::message(Lang::En, &f.kind),
        }
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    files: Vec<JsonFile<'a>>,
    findings: Vec<JsonFinding<'a>>,
    errors: usize,
    warnings: usize,
    total: PackStats,
    guessability: Option<JsonGuess>,
}

/// How well blind heuristics answer the checked questions (`--stats`).
#[derive(Serialize)]
struct JsonGuess {
    #[serde(flatten)]
    bank: Guessability,
    key_longest_percent: f64,
    key_shortest_percent: f64,
    /// The same two shares as a candidate reads the questions in Korean (where written).
    korean_key_longest_percent: f64,
    korean_key_shortest_percent: f64,
    /// The best heuristic's mean score over full mock exams, one per seed.
    full_exam: Option<FullExamGuess>,
}

#[derive(Serialize)]
struct FullExamGuess {
    heuristic: Heuristic,
    seeds: u64,
    mean_score: f64,
}

/// Full exams the best heuristic answers in `--stats`.
const GUESS_SEEDS: u64 = 50;

fn measure_guessing(packs: &[&crate::core::content::Pack]) -> JsonGuess {
    let pool: Vec<&crate::core::content::Question> =
        packs.iter().flat_map(|p| &p.questions).collect();
    let bank = Guessability::of(pool.iter().copied());
    let full_exam = match (bank.best(), blueprint::bundled().into_iter().next()) {
        (Some((h, _)), Some(bp)) if !pool.is_empty() => Some(FullExamGuess {
            heuristic: h,
            seeds: GUESS_SEEDS,
            mean_score: guess::full_exam_score(&pool, &bp, h, GUESS_SEEDS),
        }),
        _ => None,
    };
    let korean: Vec<crate::core::content::Question> = pool
        .iter()
        .map(|q| q.in_lang(crate::core::config::Lang::Ko))
        .collect();
    let in_korean = Guessability::of(korean.iter());
    JsonGuess {
        korean_key_longest_percent: in_korean.key_longest_percent(),
        korean_key_shortest_percent: in_korean.key_shortest_percent(),
        key_longest_percent: bank.key_longest_percent(),
        key_shortest_percent: bank.key_shortest_percent(),
        bank,
        full_exam,
    }
}

pub(super) fn run(cli: &Cli, args: &LintArgs) -> u8 {
    let lang = cli.open_options().ui_lang();
    let files = match collect_files(lang, &args.paths) {
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
    reports.extend(read_pack_files(&files, true));
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
    // Task coverage is a property of every pack checked together, bundled ones included. JSON
    // names its file in English, as it writes every sentence.
    let file_lang = if args.json { Lang::En } else { lang };
    let all = PackStats::total(reports.iter().filter_map(|r| r.pack.as_ref()));
    let coverage: Vec<crate::core::content::Finding> = all
        .thin_tasks(MIN_QUESTIONS_PER_TASK)
        .into_iter()
        .map(|(task, n)| {
            crate::core::content::Finding::whole_file(
                Severity::Warning,
                "task-coverage",
                &tr!(file_lang, "lint-all-checked-packs"),
                crate::core::content::FindingKind::TaskCoverage {
                    task: task.code.to_string(),
                    title: task.title.to_string(),
                    questions: n,
                    min: MIN_QUESTIONS_PER_TASK,
                },
            )
        })
        .collect();
    let (errors, warnings) = (
        count(Severity::Error),
        count(Severity::Warning) + coverage.len(),
    );
    let total = PackStats::total(shown.iter().filter_map(|r| r.pack.as_ref()));
    let shown_packs: Vec<&crate::core::content::Pack> =
        shown.iter().filter_map(|r| r.pack.as_ref()).collect();
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
            findings: shown
                .iter()
                .flat_map(|r| &r.findings)
                .chain(&coverage)
                .map(JsonFinding::of)
                .collect(),
            errors,
            warnings,
            total,
            guessability: args.stats.then(|| measure_guessing(&shown_packs)),
        };
        match serde_json::to_string_pretty(&report) {
            Ok(s) => crate::exit::say_json(&s),
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
                .chain(&coverage)
                .filter(|f| f.severity == sev)
            {
                say!("{}", crate::content_text::render(lang, f));
            }
        }
        if args.stats {
            print_stats(lang, shown, &total);
            print_guessing(lang, &measure_guessing(&shown_packs));
        }
        say!(
            "{}",
            tr!(
                lang,
                "lint-summary",
                files = shown.len(),
                errors = errors,
                warnings = warnings
            )
        );
    }
    if errors > 0 { EXIT_FINDINGS } else { EXIT_OK }
}

/// `s` padded with spaces to `width` terminal columns (a Korean character takes two), on the
/// right (`left`) or on the left.
fn pad(s: &str, width: usize, left: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(s.width()));
    if left {
        format!("{s}{fill}")
    } else {
        format!("{fill}{s}")
    }
}

fn print_stats(lang: Lang, reports: &[PackReport], total: &PackStats) {
    let head: Vec<String> = [
        ("lint-col-pack", 20),
        ("lint-col-cards", 5),
        ("lint-col-basic", 5),
        ("lint-col-cloze", 5),
        ("lint-col-numeric", 5),
        ("lint-col-questions", 5),
        ("lint-col-development", 5),
        ("lint-col-security", 5),
        ("lint-col-deployment", 5),
        ("lint-col-troubleshooting", 5),
        ("lint-col-multi", 6),
        ("lint-col-korean-cards", 7),
        ("lint-col-korean-questions", 7),
    ]
    .iter()
    .enumerate()
    .map(|(i, (key, width))| pad(&tr!(lang, *key), *width, i == 0))
    .collect();
    say!("{}", head.join(" "));
    let row = |name: &str, s: &PackStats| {
        let k = |kind: &str| s.cards_by_kind.get(kind).copied().unwrap_or(0);
        let d = |d: Domain| s.questions_by_domain.get(d.key()).copied().unwrap_or(0);
        say!(
            "{} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5} {:>5.0}% {:>6.0}% {:>6.0}%",
            pad(name, 20, true),
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
            s.korean_questions_percent(),
        );
    };
    for r in reports {
        if let Some(p) = &r.pack {
            row(&p.id, &PackStats::of(p));
        }
    }
    row(&tr!(lang, "lint-total"), total);
    let domains: Vec<String> = Domain::ALL
        .iter()
        .map(|d| {
            tr!(
                lang,
                "lint-domain-share",
                domain = crate::content_text::domain_short(lang, *d),
                percent = total.domain_percent(*d),
                weight = d.weight_percent()
            )
        })
        .collect();
    say!(
        "{}",
        tr!(lang, "lint-domain-mix", domains = domains.join(", "))
    );
    let positions: Vec<String> = total
        .correct_positions
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{} {n}", char::from(b'A' + i as u8)))
        .collect();
    say!(
        "{}",
        tr!(lang, "lint-positions", positions = positions.join(", "))
    );
    let tasks: Vec<String> = Domain::ALL
        .iter()
        .flat_map(|d| d.tasks())
        .map(|t| {
            let n = total.questions_by_task.get(t.code).copied().unwrap_or(0);
            format!("{} {n}", t.code)
        })
        .collect();
    say!(
        "{}",
        tr!(
            lang,
            "lint-tasks",
            min = MIN_QUESTIONS_PER_TASK,
            tasks = tasks.join(", ")
        )
    );
    let levels: Vec<String> = total
        .questions_by_difficulty
        .iter()
        .map(|(k, n)| {
            tr!(
                lang,
                "lint-level-share",
                level = tr!(lang, "lint-level", level = k.as_str()),
                n = *n,
                percent = *n as f64 * 100.0 / total.questions.max(1) as f64
            )
        })
        .collect();
    say!("{}", tr!(lang, "lint-levels", levels = levels.join(", ")));
}

fn print_guessing(lang: Lang, g: &JsonGuess) {
    let b = &g.bank;
    say!(
        "{}",
        tr!(
            lang,
            "lint-guess-title",
            questions = b.questions,
            single = b.single_answer
        )
    );
    say!(
        "{}",
        tr!(
            lang,
            "lint-guess-key-length",
            longest = g.key_longest_percent,
            shortest = g.key_shortest_percent,
            chance = 100.0 / 4.0
        )
    );
    say!(
        "{}",
        tr!(
            lang,
            "lint-guess-key-length-korean",
            longest = g.korean_key_longest_percent,
            shortest = g.korean_key_shortest_percent
        )
    );
    say!(
        "{}",
        tr!(lang, "lint-guess-random", percent = b.chance * 100.0)
    );
    for (h, score) in &b.heuristics {
        say!(
            "    {:<17} {:>5.1} %  {:.2} x",
            h.key(),
            score * 100.0,
            if b.chance > 0.0 {
                score / b.chance
            } else {
                0.0
            }
        );
    }
    if let Some(f) = &g.full_exam {
        say!(
            "{}",
            tr!(
                lang,
                "lint-guess-full-exam",
                heuristic = f.heuristic.key(),
                percent = f.mean_score * 100.0,
                exams = f.seeds
            )
        );
    }
}

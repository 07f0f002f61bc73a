//! `awsdrill exam history` and `awsdrill exam report ID`: past attempts and one attempt's results.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::exam::blueprint::dva_c02;
use crate::core::exam::{Tally, scaled_estimate};
use crate::exam_run::letter;
use crate::tui::screens::exam::clock;
use serde::Serialize;

/// `awsdrill exam ...`
#[derive(Debug, clap::Subcommand)]
pub enum ExamCommand {
    /// List submitted attempts with their scores, oldest first
    History {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Show one attempt's results: score, estimate, domains, tasks and every question
    Report {
        /// The attempt's number (see `awsdrill exam history`)
        id: i64,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
}

#[derive(Serialize)]
struct HistoryRow {
    id: i64,
    exam: String,
    mode: String,
    started_at: i64,
    submitted_at: Option<i64>,
    correct: i64,
    total: i64,
    percent: f64,
    estimated_scaled_score: u32,
    elapsed_ms: i64,
}

pub(super) fn run(cli: &Cli, cmd: &ExamCommand) -> u8 {
    match run_inner(cli, cmd) {
        Ok(code) => code,
        Err(e) => {
            print_error(format!("{e:#}"));
            EXIT_CANNOT_RUN
        }
    }
}

fn print_json(v: &impl Serialize) -> anyhow::Result<()> {
    println!("{}", serde_json::to_string_pretty(v)?);
    Ok(())
}

fn run_inner(cli: &Cli, cmd: &ExamCommand) -> anyhow::Result<u8> {
    let study = Context::open(cli)?.into_study(0)?;
    match cmd {
        ExamCommand::History { json } => {
            let bp = dva_c02();
            let rows: Vec<HistoryRow> = study
                .store()
                .attempt_history()?
                .into_iter()
                .map(|a| {
                    let t = Tally {
                        correct: a.score.unwrap_or(0).max(0) as usize,
                        total: a.total.max(0) as usize,
                    };
                    HistoryRow {
                        id: a.id,
                        exam: a.exam,
                        mode: a.mode,
                        started_at: a.started_at,
                        submitted_at: a.submitted_at,
                        correct: t.correct as i64,
                        total: t.total as i64,
                        percent: t.percent(),
                        estimated_scaled_score: scaled_estimate(&bp, t).mid,
                        elapsed_ms: a.elapsed_ms,
                    }
                })
                .collect();
            if *json {
                print_json(&rows)?;
            } else if rows.is_empty() {
                println!("No exam submitted yet. Start one in the app: awsdrill, then e.");
            } else {
                println!(
                    "{:>4}  {:<10} {:<22} {:>9} {:>6} {:>9}  time",
                    "id", "date", "mode", "score", "%", "estimate"
                );
                for r in &rows {
                    let date = crate::core::stats::day_date(r.started_at.div_euclid(86_400_000));
                    println!(
                        "{:>4}  {date:<10} {:<22} {:>4}/{:<4} {:>5.0}% {:>9}  {}",
                        r.id,
                        r.mode,
                        r.correct,
                        r.total,
                        r.percent,
                        r.estimated_scaled_score,
                        clock(r.elapsed_ms)
                    );
                }
            }
            Ok(EXIT_OK)
        }
        ExamCommand::Report { id, json } => {
            let Some((run, result, submitted)) = study.exam_report(*id)? else {
                print_error(format!(
                    "there is no exam attempt {id} (see awsdrill exam history)"
                ));
                return Ok(EXIT_FINDINGS);
            };
            if *json {
                #[derive(Serialize)]
                struct Report<'a> {
                    result: &'a crate::exam_run::ExamResult,
                    submitted_at: Option<i64>,
                    missing_questions: &'a [String],
                }
                print_json(&Report {
                    result: &result,
                    submitted_at: submitted,
                    missing_questions: &run.missing,
                })?;
                return Ok(EXIT_OK);
            }
            let t = result.score.overall;
            let e = result.estimate;
            println!(
                "Attempt {id} ({}){}: {}/{} right ({:.0} %), time {}.",
                result.mode,
                if submitted.is_none() {
                    ", not submitted yet"
                } else {
                    ""
                },
                t.correct,
                t.total,
                t.percent(),
                clock(result.elapsed_ms)
            );
            println!(
                "Estimated scaled score {}-{} (point estimate {}; pass mark {}).",
                e.low, e.high, e.mid, result.passing_score
            );
            println!("{}", result.estimate_method);
            println!();
            for (d, tally) in &result.score.per_domain {
                println!(
                    "{:<34} {:>3}/{:<3} {:>5.1} %",
                    d.title(),
                    tally.correct,
                    tally.total,
                    tally.percent()
                );
            }
            for (code, tally) in &result.score.per_task {
                println!(
                    "task {code:<29} {:>3}/{:<3} {:>5.1} %",
                    tally.correct,
                    tally.total,
                    tally.percent()
                );
            }
            println!();
            for (i, q) in run.questions.iter().enumerate() {
                let ok = result.questions[i].1;
                let yours: Vec<String> = run.order[i]
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| run.selected[i].contains(o))
                    .map(|(d, _)| letter(d).to_string())
                    .collect();
                let right: Vec<String> = run.order[i]
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| q.choices[**o].correct)
                    .map(|(d, _)| letter(d).to_string())
                    .collect();
                println!(
                    "{:>2}. {} {}: yours {}, correct {}{}",
                    i + 1,
                    if ok { "right" } else { "wrong" },
                    q.id,
                    if yours.is_empty() {
                        "-".into()
                    } else {
                        yours.join("")
                    },
                    right.join(""),
                    if run.flagged[i] { " (flagged)" } else { "" }
                );
            }
            if !run.missing.is_empty() {
                println!(
                    "{} question(s) of this attempt are no longer in any pack.",
                    run.missing.len()
                );
            }
            Ok(EXIT_OK)
        }
    }
}

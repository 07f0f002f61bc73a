//! `awsdrill exam start`, `draw`, `history`, `report ID` and `discard [ID]`: starting an exam, past
//! attempts, one attempt's results, and discarding an unfinished one.

use super::{Cli, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::domain::Domain;
use crate::display::clock;
use crate::exam_run::{Mode, Practice, letter};
use crate::pack_cache::Detail;
use serde::Serialize;

/// Which exam to draw.
#[derive(Debug, Clone, clap::Args)]
pub struct DrawArgs {
    /// full (65 questions, 130 minutes), quick (10, untimed) or practice (answers after each)
    #[arg(long, value_enum, default_value_t = ModeArg::Full)]
    pub mode: ModeArg,
    /// Practice: only this domain
    #[arg(long, value_enum)]
    pub domain: Option<DomainArg>,
    /// Practice: only questions on this service, for example Lambda
    #[arg(long)]
    pub service: Option<String>,
    /// Practice: only this task statement of the exam guide, for example 1.2
    #[arg(long)]
    pub task: Option<String>,
    /// Practice and weak: how many questions
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u16).range(1..=500))]
    pub count: u16,
    /// Seed of the random draw: the same seed draws the same questions in the same order
    #[arg(long)]
    pub seed: Option<u64>,
    /// The exam blueprint (a file in content/exams/): its id
    #[arg(long, default_value = "dva-c02")]
    pub exam: String,
}

/// `--mode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ModeArg {
    /// The blueprint's questions and time.
    Full,
    /// 10 questions, untimed.
    Quick,
    /// Answers and explanations after each question, untimed.
    Practice,
    /// Practice drawn from the task statements missed most in past attempts (--count questions).
    Weak,
}

/// `--domain`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DomainArg {
    /// Domain 1: Development with AWS Services.
    Development,
    /// Domain 2: Security.
    Security,
    /// Domain 3: Deployment.
    Deployment,
    /// Domain 4: Troubleshooting and Optimization.
    Troubleshooting,
}

impl From<DomainArg> for Domain {
    fn from(d: DomainArg) -> Domain {
        match d {
            DomainArg::Development => Domain::Development,
            DomainArg::Security => Domain::Security,
            DomainArg::Deployment => Domain::Deployment,
            DomainArg::Troubleshooting => Domain::Troubleshooting,
        }
    }
}

impl DrawArgs {
    /// The blueprint named by `--exam`, or a message listing the ones there are.
    pub fn blueprint(&self) -> Result<crate::core::exam::blueprint::Blueprint, String> {
        crate::core::exam::blueprint::by_id(&self.exam).ok_or_else(|| {
            let ids: Vec<String> = crate::core::exam::blueprint::bundled()
                .into_iter()
                .map(|b| b.id)
                .collect();
            format!(
                "--exam: there is no exam `{}` (there is: {})",
                self.exam,
                ids.join(", ")
            )
        })
    }

    /// The exam mode these flags describe, or a message naming the bad flag.
    pub fn mode(&self) -> Result<Mode, String> {
        let domain = self.domain.map(Domain::from);
        if let Some(t) = &self.task {
            let ok = Domain::ALL.iter().any(|d| d.task(t).is_some());
            if !ok {
                return Err(format!(
                    "--task: `{t}` is not a task statement of the exam guide (1.1 to 4.3)"
                ));
            }
        }
        let filtered = domain.is_some() || self.service.is_some() || self.task.is_some();
        match self.mode {
            ModeArg::Full | ModeArg::Quick | ModeArg::Weak if filtered => Err(format!(
                "--domain, --service and --task need --mode practice (not {})",
                match self.mode {
                    ModeArg::Full => "full",
                    ModeArg::Quick => "quick",
                    _ => "weak",
                }
            )),
            ModeArg::Weak => Ok(Mode::Weak(usize::from(self.count))),
            ModeArg::Full => Ok(Mode::Full),
            ModeArg::Quick => Ok(Mode::Quick),
            ModeArg::Practice => Ok(Mode::Practice(Practice {
                domain,
                service: self.service.clone(),
                task: self.task.clone(),
                count: usize::from(self.count),
            })),
        }
    }
}

/// `awsdrill exam ...`
#[derive(Debug, clap::Subcommand)]
pub enum ExamCommand {
    /// Open the app with a new exam started
    Start(DrawArgs),
    /// Print the questions an exam would draw (with --seed, the same every time), without starting it
    Draw {
        /// What to draw
        #[command(flatten)]
        args: DrawArgs,
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// List every attempt (in progress, submitted, discarded) with its score, oldest first
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
    /// Discard an unfinished exam: kept as discarded, never scored, counted or resumed
    Discard {
        /// The attempt's number (default: the unfinished exam)
        id: Option<i64>,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
}

#[derive(Serialize)]
struct HistoryRow {
    id: i64,
    /// `in-progress`, `submitted` or `discarded`.
    status: &'static str,
    exam: String,
    mode: crate::exam_run::Mode,
    started_at: i64,
    submitted_at: Option<i64>,
    discarded_at: Option<i64>,
    /// Right answers, percent and estimate: submitted attempts only.
    correct: Option<i64>,
    total: i64,
    percent: Option<f64>,
    /// Null also when too few questions to estimate (`core::exam::MIN_ESTIMATE_QUESTIONS`).
    estimated_scaled_score: Option<u32>,
    /// `low-high` on the scale, alongside `estimated_scaled_score`.
    estimate_range: Option<String>,
    elapsed_ms: i64,
}

pub(super) fn run(cli: &Cli, cmd: &ExamCommand) -> super::Outcome {
    if let ExamCommand::Start(args) = cmd {
        return start(cli, args);
    }
    if let ExamCommand::Discard { id, yes } = cmd {
        return super::Outcome::Exit(match discard(cli, *id, *yes) {
            Ok(code) => code,
            Err(e) => super::fail(cli, e),
        });
    }
    super::Outcome::Exit(match run_inner(cli, cmd) {
        Ok(code) => code,
        Err(e) => super::fail(cli, e),
    })
}

/// `exam discard [ID] [--yes]`: marks an unfinished attempt discarded, after asking.
fn discard(cli: &Cli, id: Option<i64>, yes: bool) -> anyhow::Result<u8> {
    let ctx = Context::open(&cli.open_options())?;
    let store = &ctx.store;
    let Some(id) = id.map_or_else(|| store.open_attempt(), |id| Ok(Some(id)))? else {
        print_error("there is no unfinished exam to discard (see awsdrill exam history)");
        return Ok(EXIT_FINDINGS);
    };
    let Some((a, answers)) = store.attempt(id)? else {
        print_error(format!(
            "there is no exam attempt {id} (see awsdrill exam history)"
        ));
        return Ok(EXIT_FINDINGS);
    };
    match a.status() {
        "submitted" => {
            print_error(format!(
                "exam attempt {id} is submitted: only an unfinished exam can be discarded"
            ));
            return Ok(EXIT_FINDINGS);
        }
        "discarded" => {
            print_error(format!("exam attempt {id} is already discarded"));
            return Ok(EXIT_FINDINGS);
        }
        _ => {}
    }
    let answered = answers.iter().filter(|q| !q.selected.is_empty()).count();
    let what = format!(
        "exam attempt {id} ({}, {answered} of {} answered)",
        crate::exam_run::mode_title(&a.mode),
        a.total
    );
    if !yes
        && !super::confirm(
            &format!("Discard {what}? It is kept as discarded, never scored or resumed."),
            &format!("discarding {what} needs a confirmation: run it in a terminal, or pass --yes"),
        )?
    {
        return Ok(EXIT_FINDINGS);
    }
    if !store.discard_attempt(id, crate::clock::now_ms())? {
        print_error(format!(
            "exam attempt {id} could not be discarded: it is no longer unfinished"
        ));
        return Ok(EXIT_FINDINGS);
    }
    say!("Discarded {what}.");
    Ok(EXIT_OK)
}

/// `exam start`: the app opens with the exam started (the binary's `main` opens it).
fn start(cli: &Cli, args: &DrawArgs) -> super::Outcome {
    let bp = match args.blueprint() {
        Ok(b) => b,
        Err(e) => {
            print_error(e);
            return super::Outcome::Exit(EXIT_FINDINGS);
        }
    };
    let mode = match args.mode() {
        Ok(m) => m,
        Err(e) => {
            print_error(e);
            return super::Outcome::Exit(EXIT_FINDINGS);
        }
    };
    // An unfinished exam is not opened in place of the one asked for, nor silently kept waiting.
    let open = Context::open_reading(&cli.open_options(), Detail::Outline)
        .and_then(|ctx| Ok(ctx.store.open_attempt()?));
    match open {
        Ok(None) => {}
        Ok(Some(id)) => {
            print_error(format!(
                "exam attempt {id} is unfinished: resume it in the app (awsdrill, then r on the \
                 Exam screen) or discard it with `awsdrill exam discard` before starting another"
            ));
            return super::Outcome::Exit(EXIT_FINDINGS);
        }
        Err(e) => return super::Outcome::Exit(super::fail(cli, e)),
    }
    let seed = args.seed.unwrap_or(crate::clock::now_ms() as u64);
    let mut launch = cli.launch();
    launch.exam = Some((bp, mode, seed));
    super::Outcome::OpenApp(Box::new(launch))
}

fn print_json(v: &impl Serialize) -> anyhow::Result<()> {
    crate::exit::say_json(&serde_json::to_string_pretty(v)?);
    Ok(())
}

fn run_inner(cli: &Cli, cmd: &ExamCommand) -> anyhow::Result<u8> {
    let ctx = Context::open_reading(&cli.open_options(), Detail::Full)?;
    super::tell_if_no_store(&ctx);
    let study = ctx.into_study(0)?;
    match cmd {
        // Opens the app instead (see `start`).
        ExamCommand::Start(_) | ExamCommand::Discard { .. } => Ok(EXIT_OK),
        ExamCommand::Draw { args, json } => {
            let mode = match args.mode() {
                Ok(m) => m,
                Err(e) => {
                    print_error(e);
                    return Ok(EXIT_FINDINGS);
                }
            };
            let bp = match args.blueprint() {
                Ok(b) => b,
                Err(e) => {
                    print_error(e);
                    return Ok(EXIT_FINDINGS);
                }
            };
            let seed = args.seed.unwrap_or(crate::clock::now_ms() as u64);
            let drawn = study.draw_exam_of(&bp, &mode, seed)?;
            if *json {
                #[derive(Serialize)]
                struct Row<'a> {
                    question: &'a str,
                    domain: Domain,
                    task: &'a str,
                    choose: usize,
                    choice_order: &'a [usize],
                }
                let rows: Vec<Row> = drawn
                    .iter()
                    .map(|(q, order)| Row {
                        question: &q.id,
                        domain: q.domain,
                        task: &q.task,
                        choose: q.choose,
                        choice_order: order,
                    })
                    .collect();
                print_json(
                    &serde_json::json!({ "seed": seed, "mode": mode.key(), "questions": rows }),
                )?;
            } else {
                say!("Seed {seed}, {} question(s):", drawn.len());
                for (i, (q, _)) in drawn.iter().enumerate() {
                    say!(
                        "{:>3}. {:<45} {:<16} task {}",
                        i + 1,
                        q.id,
                        q.domain.key(),
                        q.task
                    );
                }
            }
            Ok(if drawn.is_empty() {
                EXIT_FINDINGS
            } else {
                EXIT_OK
            })
        }
        ExamCommand::History { json } => {
            let rows: Vec<HistoryRow> = study
                .store()
                .all_attempts()?
                .into_iter()
                .map(|a| {
                    let status = a.status();
                    let (t, est) = crate::exam_run::attempt_score(&a);
                    let scored = status == "submitted";
                    HistoryRow {
                        id: a.id,
                        status,
                        exam: a.exam,
                        mode: a.mode,
                        started_at: a.started_at,
                        submitted_at: a.submitted_at,
                        discarded_at: a.discarded_at,
                        correct: scored.then_some(t.correct as i64),
                        total: a.total,
                        percent: scored.then_some(t.percent()),
                        estimated_scaled_score: est.filter(|_| scored).map(|e| e.mid),
                        estimate_range: est
                            .filter(|_| scored)
                            .map(|e| format!("{}-{}", e.low, e.high)),
                        elapsed_ms: a.elapsed_ms,
                    }
                })
                .collect();
            if *json {
                print_json(&rows)?;
            } else if rows.is_empty() {
                say!("No exam submitted yet. Start one in the app: awsdrill, then e.");
            } else {
                say!(
                    "{:>4}  {:<10} {:<11} {:>9} {:>6} {:>9}  {:<11} exam",
                    "id",
                    "date",
                    "status",
                    "score",
                    "%",
                    "estimate",
                    "time"
                );
                for r in &rows {
                    let date = crate::core::stats::day_date(r.started_at.div_euclid(86_400_000));
                    let (score, pct) = match (r.correct, r.percent) {
                        (Some(c), Some(p)) => {
                            (format!("{c:>4}/{:<4}", r.total), format!("{p:>5.0}%"))
                        }
                        _ => (format!("{:>4}/{:<4}", "-", r.total), "-".into()),
                    };
                    let est = match (&r.estimate_range, r.correct) {
                        (Some(range), _) => range.clone(),
                        (None, Some(_)) => "too few".into(),
                        (None, None) => "-".into(),
                    };
                    say!(
                        "{:>4}  {date:<10} {:<11} {score:>9} {pct:>6} {est:>9}  {:<11} {}",
                        r.id,
                        r.status,
                        clock(r.elapsed_ms),
                        crate::exam_run::mode_title(&r.mode)
                    );
                }
            }
            Ok(EXIT_OK)
        }
        ExamCommand::Report { id, json } => {
            // Before submission every unanswered question would read as wrong, with the correct
            // answers shown and an estimate of nothing: only the progress is said.
            if let Some((a, answers)) = study.store().attempt(*id)? {
                let answered = answers.iter().filter(|q| !q.selected.is_empty()).count();
                match a.status() {
                    "in-progress" => {
                        print_error(format!(
                            "exam attempt {id} is not submitted yet ({answered} of {} answered): \
                             a report comes once it is submitted; resume it in the app (awsdrill, \
                             then r) or discard it with `awsdrill exam discard {id}`",
                            a.total
                        ));
                        return Ok(EXIT_FINDINGS);
                    }
                    "discarded" => {
                        print_error(format!(
                            "exam attempt {id} was discarded unfinished ({answered} of {} \
                             answered): it has no score and no report",
                            a.total
                        ));
                        return Ok(EXIT_FINDINGS);
                    }
                    _ => {}
                }
            }
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
            say!(
                "Attempt {id} ({}): {}/{} right ({:.0} %), time {}.",
                crate::exam_run::mode_title(&result.mode),
                t.correct,
                t.total,
                t.percent(),
                clock(result.elapsed_ms)
            );
            say!(
                "{}.",
                crate::exam_run::estimate_text(
                    result.estimate.as_ref(),
                    t.total,
                    result.passing_score
                )
            );
            say!("{}", result.estimate_method);
            if !result.unanswered.is_empty() {
                let numbers: Vec<String> =
                    result.unanswered.iter().map(ToString::to_string).collect();
                say!(
                    "Unanswered (not drilled): {} (questions {}).",
                    numbers.len(),
                    numbers.join(", ")
                );
            }
            say!();
            for (d, tally) in &result.score.per_domain {
                say!(
                    "{:<34} {:>3}/{:<3} {:>5.1} %",
                    d.title(),
                    tally.correct,
                    tally.total,
                    tally.percent()
                );
            }
            for (code, tally) in &result.score.per_task {
                say!(
                    "task {code:<29} {:>3}/{:<3} {:>5.1} %",
                    tally.correct,
                    tally.total,
                    tally.percent()
                );
            }
            for (level, tally) in &result.score.per_difficulty {
                say!(
                    "difficulty {:<23} {:>3}/{:<3} {:>5.1} %",
                    format!("{} ({})", level.level(), level.key()),
                    tally.correct,
                    tally.total,
                    tally.percent()
                );
            }
            say!();
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
                say!(
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
                say!(
                    "{} question(s) of this attempt are no longer in any pack.",
                    run.missing.len()
                );
            }
            Ok(EXIT_OK)
        }
    }
}

//! `awsdrill exam start`, `draw`, `history`, `report ID` and `discard [ID]`: starting an exam, past
//! attempts, one attempt's results, and discarding an unfinished one.

use super::{Cli, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::config::Lang;
use crate::core::domain::Domain;
use crate::exam_run::clock;
use crate::exam_run::{Mode, Practice, domain_title, letter, mode_title};
use crate::i18n::tr;
use crate::pack_cache::Detail;
use serde::Serialize;
use unicode_width::UnicodeWidthStr;

/// `s` padded with spaces on the right to `width` terminal columns (a Korean letter takes two).
fn left(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// `s` padded with spaces on the left to `width` terminal columns.
fn right(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

/// A stored attempt's status (`in-progress`, `submitted`, `discarded`) in `lang`.
fn status_text(lang: Lang, status: &str) -> String {
    match status {
        "in-progress" => tr!(lang, "exam-cli-status-in-progress"),
        "submitted" => tr!(lang, "exam-cli-status-submitted"),
        "discarded" => tr!(lang, "exam-cli-status-discarded"),
        other => other.to_string(),
    }
}

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
    #[arg(long, default_value_t = 20, value_parser = parse_count)]
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
    /// The blueprint named by `--exam`, or a message in `lang` listing the ones there are.
    pub fn blueprint(&self, lang: Lang) -> Result<crate::core::exam::blueprint::Blueprint, String> {
        crate::core::exam::blueprint::by_id(&self.exam).ok_or_else(|| {
            let ids: Vec<String> = crate::core::exam::blueprint::bundled()
                .into_iter()
                .map(|b| b.id)
                .collect();
            tr!(
                lang,
                "exam-cli-no-exam",
                exam = self.exam.as_str(),
                ids = ids.join(", ")
            )
        })
    }

    /// The exam mode these flags describe, or a message in `lang` naming the bad flag.
    pub fn mode(&self, lang: Lang) -> Result<Mode, String> {
        let domain = self.domain.map(Domain::from);
        if let Some(t) = &self.task {
            let ok = Domain::ALL.iter().any(|d| d.task(t).is_some());
            if !ok {
                return Err(tr!(lang, "exam-cli-bad-task", task = t.as_str()));
            }
        }
        let filtered = domain.is_some() || self.service.is_some() || self.task.is_some();
        match self.mode {
            ModeArg::Full | ModeArg::Quick | ModeArg::Weak if filtered => Err(tr!(
                lang,
                "exam-cli-needs-practice",
                // The flag's value as typed.
                mode = match self.mode {
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
    let lang = ctx.ui_lang();
    let store = &ctx.store;
    let Some(id) = id.map_or_else(|| store.open_attempt(), |id| Ok(Some(id)))? else {
        print_error(tr!(lang, "exam-cli-no-unfinished"));
        return Ok(EXIT_FINDINGS);
    };
    let Some((a, answers)) = store.attempt(id)? else {
        print_error(tr!(lang, "exam-cli-no-attempt", id = id));
        return Ok(EXIT_FINDINGS);
    };
    match a.status() {
        "submitted" => {
            print_error(tr!(lang, "exam-cli-is-submitted", id = id));
            return Ok(EXIT_FINDINGS);
        }
        "discarded" => {
            print_error(tr!(lang, "exam-cli-already-discarded", id = id));
            return Ok(EXIT_FINDINGS);
        }
        _ => {}
    }
    let answered = answers.iter().filter(|q| !q.selected.is_empty()).count();
    let what = tr!(
        lang,
        "exam-cli-what",
        id = id,
        mode = mode_title(lang, &a.mode),
        answered = answered,
        total = a.total
    );
    if !yes
        && !super::confirm(
            &tr!(lang, "exam-cli-discard-ask", what = what.as_str()),
            &tr!(lang, "exam-cli-discard-needs-yes", what = what.as_str()),
        )?
    {
        return Ok(EXIT_FINDINGS);
    }
    if !store.discard_attempt(id, crate::clock::now_ms())? {
        print_error(tr!(lang, "exam-cli-not-discarded", id = id));
        return Ok(EXIT_FINDINGS);
    }
    say!("{}", tr!(lang, "exam-cli-discarded", what = what));
    Ok(EXIT_OK)
}

/// `exam start`: the app opens with the exam started (the binary's `main` opens it).
fn start(cli: &Cli, args: &DrawArgs) -> super::Outcome {
    let lang = cli.open_options().ui_lang();
    let bp = match args.blueprint(lang) {
        Ok(b) => b,
        Err(e) => {
            print_error(e);
            return super::Outcome::Exit(EXIT_FINDINGS);
        }
    };
    let mode = match args.mode(lang) {
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
            print_error(tr!(lang, "exam-cli-unfinished", id = id));
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
    let lang = ctx.ui_lang();
    let study = ctx.into_study(0)?;
    match cmd {
        // Opens the app instead (see `start`).
        ExamCommand::Start(_) | ExamCommand::Discard { .. } => Ok(EXIT_OK),
        ExamCommand::Draw { args, json } => {
            let mode = match args.mode(lang) {
                Ok(m) => m,
                Err(e) => {
                    print_error(e);
                    return Ok(EXIT_FINDINGS);
                }
            };
            let bp = match args.blueprint(lang) {
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
                say!(
                    "{}",
                    tr!(lang, "exam-cli-seed", seed = seed, n = drawn.len())
                );
                for (i, (q, _)) in drawn.iter().enumerate() {
                    // The domain's short name: in English the key `--domain` takes.
                    say!(
                        "{:>3}. {:<45} {} {}",
                        i + 1,
                        q.id,
                        left(&crate::content_text::domain_short(lang, q.domain), 16),
                        tr!(lang, "exam-cli-task", task = q.task.as_str())
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
                say!("{}", tr!(lang, "exam-cli-no-history"));
            } else {
                // The time column: a clock in `lang` (a Korean one is wider) and one space.
                let time_width = clock(lang, 0).width().max(10) + 1;
                say!(
                    "{}  {} {} {} {:>6} {}  {} {}",
                    right(&tr!(lang, "exam-cli-col-id"), 4),
                    left(&tr!(lang, "exam-cli-col-date"), 10),
                    left(&tr!(lang, "exam-cli-col-status"), 11),
                    right(&tr!(lang, "exam-cli-col-score"), 9),
                    "%",
                    right(&tr!(lang, "exam-cli-col-estimate"), 9),
                    left(&tr!(lang, "exam-cli-col-time"), time_width),
                    tr!(lang, "exam-cli-col-exam")
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
                        (None, Some(_)) => tr!(lang, "exam-cli-too-few"),
                        (None, None) => "-".into(),
                    };
                    say!(
                        "{:>4}  {date:<10} {} {score:>9} {pct:>6} {}  {} {}",
                        r.id,
                        left(&status_text(lang, r.status), 11),
                        right(&est, 9),
                        left(&clock(lang, r.elapsed_ms), time_width),
                        mode_title(lang, &r.mode)
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
                        print_error(tr!(
                            lang,
                            "exam-cli-not-submitted",
                            id = *id,
                            answered = answered,
                            total = a.total
                        ));
                        return Ok(EXIT_FINDINGS);
                    }
                    "discarded" => {
                        print_error(tr!(
                            lang,
                            "exam-cli-was-discarded",
                            id = *id,
                            answered = answered,
                            total = a.total
                        ));
                        return Ok(EXIT_FINDINGS);
                    }
                    _ => {}
                }
            }
            let Some((run, result, submitted)) = study.exam_report(*id)? else {
                print_error(tr!(lang, "exam-cli-no-attempt", id = *id));
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
                "{}",
                tr!(
                    lang,
                    "exam-cli-attempt",
                    id = *id,
                    mode = mode_title(lang, &result.mode),
                    correct = t.correct,
                    total = t.total,
                    percent = format!("{:.0}", t.percent()),
                    time = clock(lang, result.elapsed_ms)
                )
            );
            say!(
                "{}.",
                crate::exam_run::estimate_text(
                    lang,
                    result.estimate.as_ref(),
                    t.total,
                    result.passing_score
                )
            );
            say!("{}", crate::exam_run::estimate_method(lang));
            if !result.unanswered.is_empty() {
                let numbers: Vec<String> =
                    result.unanswered.iter().map(ToString::to_string).collect();
                say!(
                    "{}",
                    tr!(
                        lang,
                        "exam-cli-unanswered",
                        n = numbers.len(),
                        numbers = numbers.join(", ")
                    )
                );
            }
            say!();
            for (d, tally) in &result.score.per_domain {
                say!(
                    "{} {:>3}/{:<3} {:>5.1} %",
                    left(&domain_title(lang, *d), 34),
                    tally.correct,
                    tally.total,
                    tally.percent()
                );
            }
            for (code, tally) in &result.score.per_task {
                say!(
                    "{} {:>3}/{:<3} {:>5.1} %",
                    left(&tr!(lang, "exam-cli-row-task", task = code.as_str()), 34),
                    tally.correct,
                    tally.total,
                    tally.percent()
                );
            }
            for (level, tally) in &result.score.per_difficulty {
                let name = format!(
                    "{} ({})",
                    level.level(),
                    crate::exam_run::difficulty_name(lang, *level)
                );
                say!(
                    "{} {:>3}/{:<3} {:>5.1} %",
                    left(&tr!(lang, "exam-cli-row-difficulty", level = name), 34),
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
                let correct: Vec<String> = run.order[i]
                    .iter()
                    .enumerate()
                    .filter(|(_, o)| q.choices[**o].correct)
                    .map(|(d, _)| letter(d).to_string())
                    .collect();
                let line = tr!(
                    lang,
                    "exam-cli-question",
                    number = format!("{:>2}", i + 1),
                    verdict = if ok {
                        tr!(lang, "exam-right")
                    } else {
                        tr!(lang, "exam-wrong")
                    },
                    id = q.id.as_str(),
                    yours = if yours.is_empty() {
                        "-".into()
                    } else {
                        yours.join("")
                    },
                    correct = correct.join("")
                );
                let flag = if run.flagged[i] {
                    tr!(lang, "exam-cli-flagged")
                } else {
                    String::new()
                };
                say!("{line}{flag}");
            }
            if !run.missing.is_empty() {
                say!("{}", tr!(lang, "exam-cli-missing", n = run.missing.len()));
            }
            Ok(EXIT_OK)
        }
    }
}

/// `--count`: 1 to 500 questions, with the error in the UI language (`help::value_lang`); in
/// English the words clap's ranged parser used.
fn parse_count(s: &str) -> Result<u16, String> {
    let lang = super::help::value_lang();
    let n: i64 = s.parse().map_err(|e| super::help::int_problem(lang, &e))?;
    u16::try_from(n)
        .ok()
        .filter(|n| (1..=500).contains(n))
        .ok_or_else(|| {
            tr!(
                lang,
                "cli-help-not-in-range",
                value = n.to_string(),
                min = "1",
                max = "500"
            )
        })
}

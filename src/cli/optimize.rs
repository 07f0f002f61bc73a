//! `awsdrill optimize`: fits FSRS parameters to the review log with the fsrs optimizer, shows old
//! against new on the same log, and saves the new ones when they fit better (or when forced).

use super::{Cli, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::config::Lang;
use crate::core::scheduler::train::{MIN_TRAINING_ITEMS, long_term_items, training_items};
use crate::i18n::tr;
use crate::study::{PARAMS_KEY, saved_params};
use fsrs::{CombinedProgressState, ComputeParametersInput, FSRS, FSRSItem, compute_parameters};
use std::io::Write;
use std::time::Duration;
use unicode_width::UnicodeWidthStr;

/// Options of `awsdrill optimize`.
#[derive(Debug, clap::Args)]
pub struct OptimizeArgs {
    /// Save the new parameters even if they do not fit the log better
    #[arg(long)]
    pub force: bool,
    /// Compute and compare, but never save
    #[arg(long, conflicts_with = "force")]
    pub dry_run: bool,
}

pub(super) fn run(cli: &Cli, args: &OptimizeArgs) -> u8 {
    match optimize(cli, args) {
        Ok(code) => code,
        Err(e) => super::fail(cli, e),
    }
}

fn optimize(cli: &Cli, args: &OptimizeArgs) -> anyhow::Result<u8> {
    let ctx = Context::open(&cli.open_options())?;
    let lang = ctx.ui_lang();
    let old = saved_params(&ctx.store)?;
    let study = ctx.into_study(0)?;
    let answers = study.store().answers_for_training()?;
    let items = training_items(&answers, study.calendar());
    let usable = long_term_items(&items);
    if usable < MIN_TRAINING_ITEMS {
        print_error(tr!(
            lang,
            "data-optimize-too-few",
            min = MIN_TRAINING_ITEMS,
            usable = usable,
            answers = answers.len()
        ));
        return Ok(EXIT_FINDINGS);
    }
    say_err!(
        "{}",
        tr!(
            lang,
            "data-optimizing",
            answers = answers.len(),
            items = items.len(),
            usable = usable
        )
    );
    let new = fit_with_progress(lang, items.clone())?;
    let old_fsrs = FSRS::new(&old)?;
    let new_fsrs = FSRS::new(&new)?;
    let before = old_fsrs.evaluate(items.clone(), |_| true)?;
    let after = new_fsrs.evaluate(items, |_| true)?;
    let shown_old = if old.is_empty() {
        fsrs::DEFAULT_PARAMETERS.to_vec()
    } else {
        old.clone()
    };
    let label = |key: &str| {
        let word = tr!(lang, key);
        let fill = " ".repeat(10usize.saturating_sub(word.width()));
        format!("{word}{fill}")
    };
    let old_label = if old.is_empty() {
        "data-params-defaults"
    } else {
        "data-params-current"
    };
    say!("{} {}", label(old_label), fmt_params(&shown_old));
    say!("{} {}", label("data-params-new"), fmt_params(&new));
    let four = |x: f32| format!("{x:.4}");
    say!(
        "{}",
        tr!(
            lang,
            "data-log-loss",
            before = four(before.log_loss),
            after = four(after.log_loss)
        )
    );
    say!(
        "{}",
        tr!(
            lang,
            "data-rmse",
            before = four(before.rmse_bins),
            after = four(after.rmse_bins)
        )
    );
    let better = after.log_loss < before.log_loss;
    if args.dry_run {
        say!("{}", tr!(lang, "data-not-saved"));
    } else if better || args.force {
        study
            .store()
            .set_state(PARAMS_KEY, &serde_json::to_string(&new)?)?;
        let key = if better {
            "data-saved"
        } else {
            "data-saved-forced"
        };
        say!("{}", tr!(lang, key));
    } else {
        say!("{}", tr!(lang, "data-kept"));
    }
    Ok(EXIT_OK)
}

fn fmt_params(p: &[f32]) -> String {
    p.iter()
        .map(|v| format!("{v:.4}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs the optimizer on a worker thread and draws a progress bar on stderr meanwhile.
fn fit_with_progress(lang: Lang, items: Vec<FSRSItem>) -> anyhow::Result<Vec<f32>> {
    let progress = CombinedProgressState::new_shared();
    let input = ComputeParametersInput {
        train_set: items,
        progress: Some(progress.clone()),
        ..ComputeParametersInput::default()
    };
    let worker = std::thread::spawn(move || compute_parameters(input));
    let mut err = std::io::stderr();
    while !worker.is_finished() {
        std::thread::sleep(Duration::from_millis(200));
        let (cur, total) = progress
            .lock()
            .map(|p| (p.current(), p.total()))
            .unwrap_or((0, 0));
        if let Some(pct) = (cur * 100).checked_div(total) {
            let pct = pct.min(100);
            let bar = "#".repeat(pct / 4);
            let _ = write!(err, "\r[{bar:<25}] {pct:>3} %");
            let _ = err.flush();
        }
    }
    let _ = writeln!(err, "\r[{}] 100 %", "#".repeat(25));
    let params = worker
        .join()
        .map_err(|_| anyhow::anyhow!(tr!(lang, "data-optimizer-stopped")))??;
    Ok(params)
}

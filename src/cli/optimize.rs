//! `awsdrill optimize`: fits FSRS parameters to the review log with the fsrs optimizer, shows old
//! against new on the same log, and saves the new ones when they fit better (or when forced).

use super::{Cli, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::scheduler::train::{MIN_TRAINING_ITEMS, long_term_items, training_items};
use crate::study::{PARAMS_KEY, saved_params};
use fsrs::{CombinedProgressState, ComputeParametersInput, FSRS, FSRSItem, compute_parameters};
use std::io::Write;
use std::time::Duration;

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
    let old = saved_params(&ctx.store)?;
    let study = ctx.into_study(0)?;
    let answers = study.store().answers_for_training()?;
    let items = training_items(&answers, study.calendar());
    let usable = long_term_items(&items);
    if usable < MIN_TRAINING_ITEMS {
        print_error(format!(
            "not enough reviews to optimize: the fsrs optimizer needs at least {MIN_TRAINING_ITEMS} answers given a day or more after the card's previous answer; the review log has {usable} ({} answers in all)",
            answers.len()
        ));
        return Ok(EXIT_FINDINGS);
    }
    say_err!(
        "Optimizing on {} answers ({} training items, {usable} a day or more apart)...",
        answers.len(),
        items.len()
    );
    let new = fit_with_progress(items.clone())?;
    let old_fsrs = FSRS::new(&old)?;
    let new_fsrs = FSRS::new(&new)?;
    let before = old_fsrs.evaluate(items.clone(), |_| true)?;
    let after = new_fsrs.evaluate(items, |_| true)?;
    let shown_old = if old.is_empty() {
        fsrs::DEFAULT_PARAMETERS.to_vec()
    } else {
        old.clone()
    };
    say!(
        "{:<10} {}",
        if old.is_empty() {
            "defaults"
        } else {
            "current"
        },
        fmt_params(&shown_old)
    );
    say!("{:<10} {}", "new", fmt_params(&new));
    say!(
        "log loss   {:.4} -> {:.4} (lower is better)",
        before.log_loss,
        after.log_loss
    );
    say!(
        "RMSE       {:.4} -> {:.4} (lower is better)",
        before.rmse_bins,
        after.rmse_bins
    );
    let better = after.log_loss < before.log_loss;
    if args.dry_run {
        say!("Not saved (--dry-run).");
    } else if better || args.force {
        study
            .store()
            .set_state(PARAMS_KEY, &serde_json::to_string(&new)?)?;
        say!(
            "Saved the new parameters{}.",
            if better { "" } else { " (--force)" }
        );
    } else {
        say!(
            "Kept the current parameters: the new ones do not fit the log better. Use --force to save them anyway."
        );
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
fn fit_with_progress(items: Vec<FSRSItem>) -> anyhow::Result<Vec<f32>> {
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
        .map_err(|_| anyhow::anyhow!("the optimizer stopped unexpectedly"))??;
    Ok(params)
}

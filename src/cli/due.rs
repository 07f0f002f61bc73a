//! `awsdrill due`: cards due now and later today, per pack and in total (`stats_report::due`).

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::context::Context;
use crate::pack_cache::Detail;
use crate::stats_report::due::{DueReport, report, text};

pub(super) fn run(cli: &Cli, json: bool, now: i64) -> u8 {
    match open(cli, now) {
        Ok(r) => {
            if json {
                match serde_json::to_string_pretty(&r) {
                    Ok(s) => crate::exit::say_json(&s),
                    Err(e) => {
                        print_error(e);
                        return EXIT_CANNOT_RUN;
                    }
                }
            } else {
                for line in text(&r) {
                    say!("{line}");
                }
            }
            EXIT_OK
        }
        Err(e) => super::fail(cli, e),
    }
}

fn open(cli: &Cli, now: i64) -> anyhow::Result<DueReport> {
    // The due counts need ids and groups, not the cards' text.
    let ctx = Context::open_reading(&cli.open_options(), Detail::Outline)?;
    super::tell_if_no_store(&ctx);
    let study = ctx.into_study(0)?;
    let r = report(&study, now);
    study.finish_and_exit_soon();
    r
}

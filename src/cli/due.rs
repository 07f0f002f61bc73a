//! `awsdrill due`: cards due now and later today, per pack and in total (`stats_report::due`).

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::config::Lang;
use crate::core::scheduler::StudyDays;
use crate::pack_cache::Detail;
use crate::stats_report::due::{DueReport, report_without_cards, text};
use crate::study::DueDeck;

pub(super) fn run(cli: &Cli, json: bool, now: i64) -> u8 {
    match open(cli, now) {
        Ok((lang, r)) => {
            if json {
                match serde_json::to_string_pretty(&r) {
                    Ok(s) => crate::exit::say_json(&s),
                    Err(e) => {
                        print_error(e);
                        return EXIT_CANNOT_RUN;
                    }
                }
            } else {
                for line in text(lang, &r) {
                    say!("{line}");
                }
            }
            EXIT_OK
        }
        Err(e) => super::fail(cli, e),
    }
}

/// The report and the language of the app's own words.
fn open(cli: &Cli, now: i64) -> anyhow::Result<(Lang, DueReport)> {
    // The due counts need the ids, groups and states of the cards, not the cards themselves.
    let ctx = Context::open_reading(&cli.open_options(), Detail::Ids)?;
    super::tell_if_no_store(&ctx);
    let lang = ctx.ui_lang();
    let (store, config, packs, states) = ctx.into_parts()?;
    let cal = StudyDays::new(chrono::Local, config.rollover_hour);
    let deck = DueDeck::new(&packs.packs, &packs.rosters, &states);
    let r = report_without_cards(&deck, &store, &config, &cal, now);
    drop(store);
    // The command exits next: the packs, states and deck are left to the operating system.
    std::mem::forget(deck);
    std::mem::forget((packs, states));
    Ok((lang, r?))
}

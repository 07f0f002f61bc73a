//! `awsdrill stats`: answers per day, true retention (overall, by pack, by domain), cards by state,
//! the forecast of due cards and the exam history: the numbers of the Stats screen.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::config::Lang;
use crate::core::scheduler::StudyDays;
use crate::pack_cache::Detail;
use crate::stats_report::{StatsReport, WithoutCards, report};
use crate::study::DueDeck;

pub(super) fn run(cli: &Cli, json: bool, now: i64) -> u8 {
    let (lang, r) = match open(cli, now) {
        Ok(r) => r,
        Err(e) => return super::fail(cli, e),
    };
    if json {
        match serde_json::to_string_pretty(&r) {
            Ok(s) => crate::exit::say_json(&s),
            Err(e) => {
                print_error(e);
                return EXIT_CANNOT_RUN;
            }
        }
        return EXIT_OK;
    }
    for line in crate::stats_report::text::lines(lang, &r) {
        say!("{line}");
    }
    EXIT_OK
}

/// The report and the language of the app's own words.
fn open(cli: &Cli, now: i64) -> anyhow::Result<(Lang, StatsReport)> {
    // The numbers need ids, domains, states and what scoring reads of the questions, not the
    // cards' or questions' text: the packs are read by id (`Detail::Ids`, as `awsdrill due`), and
    // no `Card` is built. The report's window of answers is read on a connection of its own while
    // the packs and states load (its start as `stats_report::report` computes it; another start
    // would only be read again).
    let ahead = |store: &crate::store::Store, config: &crate::core::config::Config| {
        let cal = StudyDays::new(chrono::Local, config.rollover_hour);
        let (_, _, since, grain) = crate::stats_report::window(&cal, now);
        store.prefetch_review_window(since, grain);
    };
    let ctx = Context::open_reading_ahead(&cli.open_options(), Detail::Ids, &ahead)?;
    super::tell_if_no_store(&ctx);
    let lang = ctx.ui_lang();
    let (store, config, packs, states) = ctx.into_parts()?;
    let cal = StudyDays::new(chrono::Local, config.rollover_hour);
    let deck = DueDeck::new(&packs.packs, &packs.rosters, &states);
    let r = WithoutCards::new(&deck, &packs.rosters, &store, &config, &cal)
        .and_then(|src| report(&src, now));
    drop(store);
    // The command exits next: the packs, states and deck are left to the operating system.
    std::mem::forget(deck);
    std::mem::forget((packs, states));
    Ok((lang, r?))
}

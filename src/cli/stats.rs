//! `awsdrill stats`: answers per day, true retention (overall, by pack, by domain), cards by state,
//! the forecast of due cards and the exam history: the numbers of the Stats screen.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::context::Context;
use crate::pack_cache::Detail;
use crate::stats_report::report;

pub(super) fn run(cli: &Cli, json: bool, now: i64) -> u8 {
    // The numbers need ids, domains and states, not the cards' text. The report's window of
    // answers is read on a connection of its own while the packs and states load (its start as
    // `stats_report::report` computes it; another start would only be read again).
    let mut lang = crate::core::config::Lang::En;
    let ahead = |store: &crate::store::Store, config: &crate::core::config::Config| {
        let cal = crate::core::scheduler::StudyDays::new(chrono::Local, config.rollover_hour);
        let (_, _, since, grain) = crate::stats_report::window(&cal, now);
        store.prefetch_review_window(since, grain);
    };
    let r = match Context::open_reading_ahead(&cli.open_options(), Detail::Outline, &ahead)
        .and_then(|c| {
            super::tell_if_no_store(&c);
            lang = c.ui_lang();
            c.into_study(0)
        })
        .and_then(|s| {
            let r = report(&s, now);
            s.finish_and_exit_soon();
            r
        }) {
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

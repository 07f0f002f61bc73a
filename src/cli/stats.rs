//! `awsdrill stats`: answers per day, true retention (overall, by pack, by domain), cards by state,
//! the forecast of due cards and the exam history: the numbers of the Stats screen.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::stats::ratio;
use crate::pack_cache::Detail;
use crate::stats_report::report;

pub(super) fn run(cli: &Cli, json: bool, now: i64) -> u8 {
    // The numbers need ids, domains and states, not the cards' text. The report's window of
    // answers is read on a connection of its own while the packs and states load (its start as
    // `stats_report::report` computes it; another start would only be read again).
    let ahead = |store: &crate::store::Store, config: &crate::core::config::Config| {
        use crate::core::scheduler::Calendar;
        let cal = crate::core::scheduler::StudyDays::new(chrono::Local, config.rollover_hour);
        let first = cal.day(now) - (crate::stats_report::HISTORY_DAYS - 1);
        store.prefetch_review_window(cal.day_start(first));
    };
    let r = match Context::open_reading_ahead(&cli.open_options(), Detail::Outline, &ahead)
        .and_then(|c| c.into_study(0))
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
    let pct = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{:.1} %", v * 100.0));
    let c = r.cards;
    say!(
        "Cards: {} new, {} learning, {} review, {} relearning; {} suspended, {} leeches.",
        c.new,
        c.learning,
        c.review,
        c.relearning,
        c.suspended,
        c.leech
    );
    say!(
        "True retention (reviews not answered Again): last 30 days {} of {} reviews; all time {} of {}.",
        pct(r.true_retention_30d),
        r.reviews_30d,
        pct(r.true_retention_all),
        r.reviews_all
    );
    let due: u32 = r.forecast.iter().map(|f| f.1).sum();
    say!(
        "Due in the next 30 days: {due} cards ({} today or overdue).",
        r.forecast.first().map_or(0, |f| f.1)
    );
    if !r.retention_by_domain.is_empty() {
        let d: Vec<String> = r
            .retention_by_domain
            .iter()
            .map(|x| format!("{} {}", x.key, pct(x.retention)))
            .collect();
        say!(
            "True retention by domain (last 140 days): {}.",
            d.join(", ")
        );
    }
    if let Some(last) = r.exams.last() {
        say!(
            "Mock exams: {}; the last ({}) scored {:.0} %, {}.",
            r.exams.len(),
            last.date,
            last.percent,
            last.estimated_scaled_score.map_or(
                "too few questions to estimate a scaled score".into(),
                |e| format!("estimated scaled score {e}")
            )
        );
    }
    say!();
    say!(
        "{:<12} {:>8} {:>8} {:>10}",
        "date",
        "answers",
        "reviews",
        "retention"
    );
    for d in r.days.iter().rev().take(30).rev() {
        say!(
            "{:<12} {:>8} {:>8} {:>10}",
            d.date,
            d.answers,
            d.reviews,
            pct(ratio(u64::from(d.reviews_passed), u64::from(d.reviews)))
        );
    }
    EXIT_OK
}

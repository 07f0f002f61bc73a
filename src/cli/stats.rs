//! `awsdrill stats`: answers per day, true retention and cards by state.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::stats::{DayStat, StateCounts, by_state, per_day, ratio};
use serde::Serialize;

/// Days shown in the per-day list.
const DAYS: i64 = 30;

#[derive(Serialize)]
struct Report {
    /// Answers per study day, the last 30 days, oldest first.
    days: Vec<DayStat>,
    /// Reviews (answers to cards in review) in the last 30 days.
    reviews_30d: u64,
    /// Passed / reviews in the last 30 days (null without reviews).
    true_retention_30d: Option<f64>,
    /// All reviews ever.
    reviews_all: u64,
    /// Passed / reviews over all time.
    true_retention_all: Option<f64>,
    /// Cards by state.
    cards: StateCounts,
}

pub(super) fn run(cli: &Cli, json: bool, now: i64) -> u8 {
    let r = match report(cli, now) {
        Ok(r) => r,
        Err(e) => {
            print_error(format!("{e:#}"));
            return EXIT_CANNOT_RUN;
        }
    };
    if json {
        match serde_json::to_string_pretty(&r) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                print_error(e);
                return EXIT_CANNOT_RUN;
            }
        }
        return EXIT_OK;
    }
    let pct = |v: Option<f64>| v.map_or("-".to_string(), |v| format!("{:.1} %", v * 100.0));
    let c = r.cards;
    println!(
        "Cards: {} new, {} learning, {} review, {} relearning; {} suspended, {} leeches.",
        c.new, c.learning, c.review, c.relearning, c.suspended, c.leech
    );
    println!(
        "True retention (reviews not answered Again): last 30 days {} of {} reviews; all time {} of {}.",
        pct(r.true_retention_30d),
        r.reviews_30d,
        pct(r.true_retention_all),
        r.reviews_all
    );
    println!();
    println!(
        "{:<12} {:>8} {:>8} {:>10}",
        "date", "answers", "reviews", "retention"
    );
    for d in &r.days {
        println!(
            "{:<12} {:>8} {:>8} {:>10}",
            d.date,
            d.answers,
            d.reviews,
            pct(ratio(u64::from(d.reviews_passed), u64::from(d.reviews)))
        );
    }
    EXIT_OK
}

fn report(cli: &Cli, now: i64) -> anyhow::Result<Report> {
    let study = Context::open(cli)?.into_study(0)?;
    let cal = study.calendar();
    let today = cal.day(now);
    let first = today - (DAYS - 1);
    let rows = study.store().answers_since(cal.day_start(first))?;
    let days = per_day(&rows, cal, first, today);
    let reviews_30d: u64 = days.iter().map(|d| u64::from(d.reviews)).sum();
    let passed_30d: u64 = days.iter().map(|d| u64::from(d.reviews_passed)).sum();
    let (all, passed_all) = study.store().review_retention()?;
    let cards = by_state(study.cards().iter().map(|c| study.state(&c.id)));
    Ok(Report {
        days,
        reviews_30d,
        true_retention_30d: ratio(passed_30d, reviews_30d),
        reviews_all: all as u64,
        true_retention_all: ratio(passed_all as u64, all as u64),
        cards,
    })
}

//! `awsdrill due`: cards due now and later today, per pack and in total.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::context::Context;
use crate::core::scheduler::Phase;
use crate::core::scheduler::queue::DueCounts;
use crate::pack_cache::Detail;
use crate::study::{Study, pack_of};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct PackDue {
    pack: String,
    #[serde(flatten)]
    due: DueCounts,
}

#[derive(Serialize)]
struct Report {
    total: DueCounts,
    packs: Vec<PackDue>,
}

pub(super) fn run(cli: &Cli, json: bool, now: i64) -> u8 {
    match report(cli, now) {
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
                print_text(&r);
            }
            EXIT_OK
        }
        Err(e) => super::fail(cli, e),
    }
}

fn report(cli: &Cli, now: i64) -> anyhow::Result<Report> {
    // The due counts need ids and groups, not the cards' text.
    let study = Context::open_reading(&cli.open_options(), Detail::Outline)?.into_study(0)?;
    let report = counts(&study, now)?;
    study.finish_and_exit_soon();
    Ok(report)
}

fn counts(study: &Study, now: i64) -> anyhow::Result<Report> {
    let (order, total) = study.queue(now)?;
    let cal = study.calendar();
    let tomorrow = cal.day_start(cal.day(now) + 1);
    // Every loaded pack is listed. Cards are looked at by position; only the few that count
    // are followed to their id.
    let mut packs: FxHashMap<&str, DueCounts> = study
        .pack_ids()
        .map(|p| (p, DueCounts::default()))
        .collect();
    for i in 0..study.cards().len() {
        if let Some(s) = study.state_at(i)
            && matches!(s.phase, Phase::Learning | Phase::Relearning)
            && s.available(now)
            && s.due > now
            && s.due < tomorrow
        {
            let pack = pack_of(&study.cards()[i].id);
            packs.entry(pack).or_default().learning_later_today += 1;
        }
    }
    for &i in &order {
        let card = &study.cards()[i];
        let d = packs.entry(pack_of(&card.id)).or_default();
        match study.state_at(i).map(|s| s.phase) {
            None | Some(Phase::New) => d.new += 1,
            Some(Phase::Review) => d.review += 1,
            Some(Phase::Learning | Phase::Relearning) => d.learning += 1,
        }
    }
    let packs: BTreeMap<&str, DueCounts> = packs.into_iter().collect();
    Ok(Report {
        total,
        packs: packs
            .into_iter()
            .map(|(pack, due)| PackDue {
                pack: pack.to_string(),
                due,
            })
            .collect(),
    })
}

fn print_text(r: &Report) {
    let t = r.total;
    say!(
        "Due now: {} ({} learning, {} review, {} new). Later today: {} learning.",
        t.now(),
        t.learning,
        t.review,
        t.new,
        t.learning_later_today
    );
    say!();
    say!(
        "{:<20} {:>8} {:>8} {:>8} {:>12}",
        "pack",
        "learning",
        "review",
        "new",
        "later today"
    );
    for p in &r.packs {
        say!(
            "{:<20} {:>8} {:>8} {:>8} {:>12}",
            p.pack,
            p.due.learning,
            p.due.review,
            p.due.new,
            p.due.learning_later_today
        );
    }
}

//! The numbers of `awsdrill due`: what is due now and later today, per pack and in total, with the
//! counts Home and the drill show (`Study::counts`).

use crate::core::scheduler::Phase;
use crate::core::scheduler::queue::{self, DueCounts};
use crate::core::stats::StateCounts;
use crate::study::{Study, pack_of};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;

/// One pack's due counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackDue {
    /// The pack id.
    pub pack: String,
    /// Its due counts.
    #[serde(flatten)]
    pub due: DueCounts,
}

/// Everything `awsdrill due` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueReport {
    /// Due now and later today, in all (`Counts::due`, as Home and the drill show it).
    pub total: DueCounts,
    /// Answers given today (`Counts::answers_today`).
    pub answers_today: u32,
    /// Cards by state (`Counts::cards`): studied, not yet studied, in steps, generated.
    pub cards: StateCounts,
    /// Each loaded pack, by id.
    pub packs: Vec<PackDue>,
}

/// Computes the report at `now`.
pub fn report(study: &Study, now: i64) -> anyhow::Result<DueReport> {
    let (order, _) = study.queue(now)?;
    let counts = study.counts(now)?;
    let cal = study.calendar();
    let tomorrow = cal.day_start(cal.day(now) + 1);
    // Every loaded pack is listed. Cards are looked at by position; only the few that count
    // are followed to their id.
    let mut packs: FxHashMap<&str, DueCounts> = study
        .pack_ids()
        .map(|p| (p, DueCounts::default()))
        .collect();
    for i in 0..study.cards().len() {
        if queue::today(study.state_at(i), now, tomorrow) == queue::Today::LearningLater {
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
    Ok(DueReport {
        total: counts.due,
        answers_today: counts.answers_today,
        cards: counts.cards,
        packs: packs
            .into_iter()
            .map(|(pack, due)| PackDue {
                pack: pack.to_string(),
                due,
            })
            .collect(),
    })
}

/// The report as `awsdrill due` prints it, one line each.
pub fn text(r: &DueReport) -> Vec<String> {
    let t = r.total;
    let mut out = vec![
        format!(
            "Due now: {} ({} learning, {} review, {} new). Later today: {} learning.",
            t.now(),
            t.learning,
            t.review,
            t.new,
            t.learning_later_today
        ),
        format!(
            "Answered today: {}. Cards: {} studied, {} not yet studied, {} in learning steps.",
            r.answers_today,
            r.cards.studied,
            r.cards.new,
            r.cards.in_steps()
        ),
        String::new(),
        format!(
            "{:<20} {:>8} {:>8} {:>8} {:>12}",
            "pack", "learning", "review", "new", "later today"
        ),
    ];
    for p in &r.packs {
        out.push(format!(
            "{:<20} {:>8} {:>8} {:>8} {:>12}",
            p.pack, p.due.learning, p.due.review, p.due.new, p.due.learning_later_today
        ));
    }
    out
}

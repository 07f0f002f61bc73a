//! Stats read from the review log's counts per quarter hour (store schema versions 9 and 10) are
//! the stats read answer by answer: the same report, number for number, on a seeded synthetic
//! store, in time zones a quarter or three quarters of an hour off the hour, with several rollover
//! hours and at moments across the day; and the counts stay right after a bulk load.

#[path = "../examples/synth/data.rs"]
#[allow(dead_code)]
mod data;

use awsdrill::core::config::Config;
use awsdrill::core::scheduler::StudyDays;
use awsdrill::pack_cache::Detail;
use awsdrill::stats_report::{report, report_from};
use awsdrill::store::{Grain, Store};
use awsdrill::study::Study;

/// A study calendar in a zone, from the rollover hour.
type ZoneAt = Box<dyn Fn(u32) -> Box<dyn awsdrill::core::scheduler::Calendar>>;

const NOW: i64 = 1_795_521_600_000 + 1_234_567;
const HOUR: i64 = 3_600_000;

#[test]
fn stats_from_quarter_hours_are_the_stats_from_every_answer() {
    let dir = tempfile::tempdir().unwrap();
    data::build(dir.path(), 2_000, 40_000, 7, NOW);
    let path = dir.path().join("awsdrill.sqlite3");
    let store = Store::open(&path).unwrap();
    assert_eq!(store.review_counts_differing().unwrap(), 0);
    drop(store);
    let packs = awsdrill::packs::load(
        awsdrill::core::config::Lang::En,
        true,
        &[dir.path().join("packs")],
        None,
        Detail::Outline,
    )
    .unwrap()
    .packs;
    let zones: [(ZoneAt, &str); 4] = [
        (
            Box::new(|h| Box::new(StudyDays::new(chrono::Utc, h))),
            "UTC",
        ),
        (
            Box::new(|h| Box::new(StudyDays::new(chrono_tz::Asia::Kathmandu, h))),
            "Asia/Kathmandu (+05:45)",
        ),
        (
            Box::new(|h| Box::new(StudyDays::new(chrono_tz::Australia::Adelaide, h))),
            "Australia/Adelaide (+09:30/+10:30)",
        ),
        (
            Box::new(|h| Box::new(StudyDays::new(chrono_tz::America::St_Johns, h))),
            "America/St_Johns (-03:30/-02:30)",
        ),
    ];
    for (zone, name) in &zones {
        for rollover in [0, 4, 23] {
            let config = Config {
                rollover_hour: rollover,
                ..Config::default()
            };
            let study = Study::new(
                Store::open(&path).unwrap(),
                packs.clone(),
                config,
                zone(rollover),
                0,
            )
            .unwrap();
            for later in [0, 5 * HOUR + 15 * 60_000, 3 * 24 * HOUR - 1] {
                let now = NOW + later;
                let by_quarter = report_from(&study, now, Some(Grain::Quarter)).unwrap();
                let by_answer = report_from(&study, now, Some(Grain::Answer)).unwrap();
                assert_eq!(
                    by_quarter, by_answer,
                    "{name}, rollover {rollover}, +{later} ms"
                );
                assert_eq!(report(&study, now).unwrap(), by_answer);
                let answers: u32 = by_answer.days.iter().map(|d| d.answers).sum();
                assert!(answers > 2_000, "the window has answers: {answers}");
                assert!(by_answer.retention_by_pack.iter().any(|r| r.reviews > 0));
            }
        }
    }
}

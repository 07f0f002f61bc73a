//! The numbers of the Kinesis calculator against the developer guide's formula and the FAQ's
//! on-demand example.

use super::*;
use crate::core::calc::{ErrorKind, Inputs};

fn inputs(pairs: &[(&str, &str)]) -> Inputs {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn run(pairs: &[(&str, &str)]) -> Outcome {
    evaluate(&inputs(pairs)).unwrap_or_else(|e| panic!("{pairs:?}: {e:?}"))
}

fn error(pairs: &[(&str, &str)]) -> (&'static str, ErrorKind) {
    let e = evaluate(&inputs(pairs)).expect_err("an error");
    (e[0].field, e[0].kind.clone())
}

/// The issue's form: 5 MB/s and 3,000 records/s read by 2 consumers. Writes need 5 shards (1 MB/s
/// each), records 3 (1,000 each), shared reads 10 MB/s / 2 MB/s = 5; with enhanced fan-out each
/// consumer has its own 2 MB/s per shard, so reads need 3 and the writes decide: 5.
#[test]
fn the_issue_example() {
    let base = [
        ("write-mb-per-second", "5"),
        ("records-per-second", "3000"),
        ("consumers", "2"),
    ];
    let o = run(&base);
    assert_eq!(
        (
            o.shards,
            o.shards_for_write,
            o.shards_for_records,
            o.shards_for_reads
        ),
        (5, 5, Some(3), 5)
    );
    assert_eq!(o.mode, Mode::Provisioned);
    let mut efo = base.to_vec();
    efo.push(("enhanced-fan-out", "yes"));
    let o = run(&efo);
    assert_eq!((o.shards, o.shards_for_reads), (5, 3));
    assert_eq!(o.capacity.read_mb_per_second, 10);
    assert!(o.capacity.per_consumer);
    // Three shared consumers: 15 MB/s out / 2 = 8 shards; fan-out keeps 5.
    let o = run(&[("write-mb-per-second", "5"), ("consumers", "3")]);
    assert_eq!(o.shards, 8);
}

/// "Choose the right mode" (provisioned): with the average record size in KB rounded up to 1 KB,
/// incoming_write_bandwidth_in_KiB = average_data_size_in_KiB x records_per_second,
/// outgoing_read_bandwidth_in_KiB = incoming x number_of_consumers, and
/// number_of_shards = ceiling(max(incoming / 1024, outgoing / 2048)).
/// <https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html>
/// Every combination below is checked against the formula as the guide writes it (the records
/// rule of 1,000 a shard is added on top; the sizes keep it from deciding here).
#[test]
fn the_guide_s_shard_formula() {
    for size in [1u64, 2, 7, 35, 100, 512, 1024] {
        for records in [1u64, 10, 100, 333, 999] {
            for consumers in [1u64, 2, 3, 5] {
                let incoming = size * records;
                let outgoing = incoming * consumers;
                let formula = incoming.div_ceil(1024).max(outgoing.div_ceil(2048));
                let o = run(&[
                    ("record-size", &format!("{size}KB")),
                    ("records-per-second", &records.to_string()),
                    ("consumers", &consumers.to_string()),
                ]);
                assert_eq!(
                    o.shards,
                    formula.max(1),
                    "{size} KB x {records}/s x {consumers}"
                );
            }
        }
    }
    // The size rounds up to whole KB: 35.2 KB counts as 36.
    let o = run(&[("record-size", "35.2KB"), ("records-per-second", "100")]);
    assert_eq!(o.record_size_kb, Some(36));
}

/// "Develop enhanced fan-out consumers": each consumer receives up to 2 MB/s per shard, dedicated;
/// a stream registers up to 20 (provisioned and on-demand standard).
/// <https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html>
#[test]
fn fan_out_consumers_are_at_most_20() {
    let o = run(&[
        ("write-mb-per-second", "2"),
        ("consumers", "20"),
        ("enhanced-fan-out", "yes"),
    ]);
    assert_eq!((o.shards, o.capacity.read_mb_per_second), (2, 4));
    assert_eq!(
        error(&[
            ("write-mb-per-second", "2"),
            ("consumers", "21"),
            ("enhanced-fan-out", "yes")
        ]),
        ("consumers", ErrorKind::TooManyConsumers { n: 21, max: 20 })
    );
}

/// The Kinesis Data Streams FAQ: a new on-demand stream takes 4 MB/s and 4,000 records/s; "if
/// your data stream has a write throughput that varies between 10 MB/second and 40 MB/second,
/// Kinesis Data Streams will ensure that you can easily burst to double the peak throughput of 80
/// MB/second. Subsequently, if the same data stream sustains a new peak throughput of 50
/// MB/second, Data Streams will ensure that there is enough capacity to ingest 100 MB/second".
/// <https://aws.amazon.com/kinesis/data-streams/faqs/>
#[test]
fn on_demand_takes_double_the_previous_peak() {
    let od = |write: &str, peak: Option<&str>| {
        let mut p = vec![
            ("write-mb-per-second", write),
            ("mode", "on-demand"),
            ("consumers", "1"),
        ];
        if let Some(peak) = peak {
            p.push(("previous-peak", peak));
        }
        run(&p).on_demand.unwrap()
    };
    let new = od("4", None);
    assert_eq!(
        (
            new.write_capacity_mb_per_second,
            new.records_capacity_per_second,
            new.fits
        ),
        (4.0, 4_000, true)
    );
    assert!(!od("4.5", None).fits);
    assert!(od("80", Some("40")).fits);
    assert_eq!(od("80", Some("40")).write_capacity_mb_per_second, 80.0);
    assert!(!od("81", Some("40")).fits);
    assert!(od("100", Some("50")).fits);
    // The record rate counts too: 4,001 records/s are more than a new stream takes.
    let o = run(&[
        ("write-mb-per-second", "1"),
        ("records-per-second", "4001"),
        ("mode", "on-demand"),
    ]);
    assert!(!o.on_demand.unwrap().fits);
    assert_eq!(
        error(&[("write-mb-per-second", "1"), ("previous-peak", "2")]),
        (
            "previous-peak",
            ErrorKind::OnlyWith {
                other: "mode",
                value: "on-demand"
            }
        )
    );
}

#[test]
fn bad_fields_are_named() {
    assert_eq!(
        error(&[("records-per-second", "100")]),
        ("write-mb-per-second", ErrorKind::Missing)
    );
    assert_eq!(
        error(&[("record-size", "35KB")]),
        ("records-per-second", ErrorKind::Missing)
    );
    assert_eq!(
        error(&[
            ("write-mb-per-second", "1"),
            ("record-size", "1KB"),
            ("records-per-second", "1")
        ])
        .0,
        "record-size"
    );
    assert!(matches!(
        error(&[("write-mb-per-second", "1"), ("mode", "burst")]).1,
        ErrorKind::UnknownChoice { .. }
    ));
    assert!(matches!(
        error(&[("write-mb-per-second", "1"), ("enhanced-fan-out", "maybe")]).1,
        ErrorKind::UnknownChoice { .. }
    ));
    assert_eq!(
        error(&[("record-size", "2MB"), ("records-per-second", "1")]).1,
        ErrorKind::OutOfRange {
            n: 2048,
            min: 1,
            max: 1024
        }
    );
    let e = evaluate(&inputs(&[
        ("write-mb-per-second", "x"),
        ("consumers", "-1"),
        ("previous-peak", "0"),
    ]))
    .unwrap_err();
    let fields: Vec<&str> = e.iter().map(|e| e.field).collect();
    assert_eq!(
        fields,
        ["write-mb-per-second", "consumers", "previous-peak"]
    );
}

#[test]
fn no_consumers_means_no_read_shards() {
    let o = run(&[("write-mb-per-second", "0.5"), ("consumers", "0")]);
    assert_eq!((o.shards, o.shards_for_reads), (1, 0));
}

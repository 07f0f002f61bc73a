//! The Kinesis calculator as the user reads it.

use super::both::{has, inputs, report};
use super::en::{error_line, form_error_line};
use crate::core::calc::find;
use crate::core::config::Lang;

/// The English report of the calculator for `pairs`.
fn lines(pairs: &[(&str, &str)]) -> Vec<String> {
    report(Lang::En, "kinesis", pairs)
}

#[test]
fn each_rule_is_a_line() {
    let l = lines(&[
        ("write-mb-per-second", "5"),
        ("records-per-second", "3000"),
        ("consumers", "2"),
    ]);
    has(
        &l,
        "shards: 5 (provisioned): 5 for writes, 3 for records, 5 for reads (2 shared consumers)",
    );
    has(
        &l,
        "writes: a shard takes 1 MB/s: ceil(5 MB/s / 1 MB/s) = 5 shards",
    );
    has(
        &l,
        "records: a shard takes 1,000 records/s: ceil(3,000 / 1,000) = 3 shards",
    );
    has(
        &l,
        "shared reads: 2 consumers x 5 MB/s = 10 MB/s out; a shard gives 2 MB/s shared by its consumers: ceil(10 / 2) = 5 shards",
    );
    has(
        &l,
        "shards = the largest of writes 5, records 3, reads 5 = 5",
    );
    has(
        &l,
        "5 shards take 5 MB/s and 5,000 records/s, and give 10 MB/s shared by 2 consumers (5 MB/s each)",
    );
    let l = lines(&[
        ("write-mb-per-second", "5"),
        ("consumers", "2"),
        ("enhanced-fan-out", "yes"),
    ]);
    has(
        &l,
        "each of the 2 consumers gets its own 2 MB/s per shard: ceil(5 MB/s / 2 MB/s) = 3 shards",
    );
    has(&l, "give each of the 2 consumers its own 10 MB/s");
}

/// The guide's formula with a record size: 100 records/s of 35 KB = 3,500 KB/s.
/// <https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html>
#[test]
fn a_record_size_reads_as_the_formula() {
    let l = lines(&[("record-size", "35KB"), ("records-per-second", "100")]);
    has(
        &l,
        "writes: 100 records/s x 35 KB (35KB rounded up to whole KB) = 3,500 KB/s / 1,024 = 3.418 MB/s, rounded up",
    );
}

/// <https://aws.amazon.com/kinesis/data-streams/faqs/>: peaks of 40 MB/s let the stream take 80.
#[test]
fn on_demand_reads_with_its_peak() {
    let l = lines(&[
        ("write-mb-per-second", "80"),
        ("mode", "on-demand"),
        ("previous-peak", "40"),
    ]);
    has(
        &l,
        "up to double the previous peak at once: 2 x 40 MB/s = 80 MB/s",
    );
    has(
        &l,
        "on-demand: the load is taken at once (up to 80 MB/s); a provisioned stream needs 80 shards",
    );
    let l = lines(&[("write-mb-per-second", "6"), ("mode", "on-demand")]);
    has(&l, "a new stream takes 4 MB/s and 4,000 records/s at once");
    has(&l, "throttled (ProvisionedThroughputExceeded)");
}

#[test]
fn errors_name_the_flag_or_the_field() {
    let c = find("kinesis").unwrap();
    let e = c
        .evaluate(&inputs(&[
            ("write-mb-per-second", "5"),
            ("record-size", "1KB"),
            ("records-per-second", "10"),
        ]))
        .unwrap_err();
    assert_eq!(
        error_line(&e[0]),
        "record-size: give either this or --write-mb-per-second, not both"
    );
    assert_eq!(
        form_error_line(&e[0]),
        "Record size: give either this or the Write MB/s field, not both"
    );
    let e = c
        .evaluate(&inputs(&[("write-mb-per-second", "2.0005")]))
        .unwrap_err();
    assert_eq!(
        error_line(&e[0]),
        "write-mb-per-second: `2.0005` has more than 3 digits after the point"
    );
}

/// The examples of the tests above and each mode, in Korean: the same numbers as in English, line
/// by line, and the whole report as the user reads it.
#[test]
fn korean_reports_say_the_same_numbers() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "each_rule",
            &[
                ("write-mb-per-second", "5"),
                ("records-per-second", "3000"),
                ("consumers", "2"),
            ],
        ),
        (
            "fan_out",
            &[
                ("write-mb-per-second", "5"),
                ("consumers", "2"),
                ("enhanced-fan-out", "yes"),
            ],
        ),
        (
            "record_size",
            &[("record-size", "35KB"), ("records-per-second", "100")],
        ),
        (
            "many_shared_consumers",
            &[("write-mb-per-second", "1"), ("consumers", "7")],
        ),
        (
            "no_consumers",
            &[("write-mb-per-second", "3"), ("consumers", "0")],
        ),
        (
            "on_demand_peak",
            &[
                ("write-mb-per-second", "80"),
                ("mode", "on-demand"),
                ("previous-peak", "40"),
            ],
        ),
        (
            "on_demand_new",
            &[
                ("write-mb-per-second", "6"),
                ("records-per-second", "5000"),
                ("mode", "on-demand"),
            ],
        ),
        (
            "on_demand_over_maximum",
            &[
                ("write-mb-per-second", "300"),
                ("mode", "on-demand"),
                ("previous-peak", "150"),
            ],
        ),
    ];
    for (name, pairs) in cases {
        let ko = super::both::same_numbers("kinesis", pairs);
        insta::assert_snapshot!(format!("kinesis_ko_{name}"), ko.join("\n"));
    }
}

/// The Korean labels fit the form's label column (12 columns; a Korean letter takes two).
#[test]
fn korean_field_words_fit_the_form() {
    use unicode_width::UnicodeWidthStr;
    for f in find("kinesis").unwrap().fields() {
        let t = crate::calc_text::field_text(Lang::Ko, "kinesis", f.key);
        assert!(t.label.width() <= 12, "{}: {}", f.key, t.label);
        assert!(!t.hint.is_empty() && !t.hint.starts_with("calc-"), "{t:?}");
        assert_ne!(t, crate::calc_text::field_text(Lang::En, "kinesis", f.key));
    }
}

//! The Lambda calculator as the user reads it: the working of the guide's examples and the errors.

use super::both::{has, inputs, report};
use super::en::{error_line, form_error_line};
use crate::core::calc::find;
use crate::core::config::Lang;

/// The English report of the calculator for `pairs`.
fn lines(pairs: &[(&str, &str)]) -> Vec<String> {
    report(Lang::En, "lambda", pairs)
}

/// <https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html#calculating-concurrency>:
/// "Concurrency = (100 requests/second) * (0.5 second/request) = 50".
#[test]
fn the_guide_example_reads_as_the_guide_writes_it() {
    let l = lines(&[("requests-per-second", "100"), ("duration", "500ms")]);
    has(&l, "average duration 500ms: 500 ms = 0.5 s");
    has(&l, "concurrency = requests/s x duration = 100 x 0.5 s = 50");
    has(
        &l,
        "concurrency: 50 of 1,000 (account limit): not throttled",
    );
    has(&l, "10 x 1,000 = 10,000/s; 100/s is within it");
}

/// <https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html#concurrency-vs-requests-per-second>:
/// 20,000 requests/s of 50 ms: concurrency 1,000, but over 10,000 requests/s; raise to 2,000.
#[test]
fn the_request_rate_example_says_what_throttles() {
    let l = lines(&[("requests-per-second", "20000"), ("duration", "50ms")]);
    has(&l, "20,000 x 0.05 s = 1,000");
    has(&l, "20,000/s is over it: throttled");
    has(&l, "raise the account limit to 2,000");
    has(
        &l,
        "the larger of the concurrency (1,000) and requests/s / 10 (2,000) = 2,000",
    );
}

#[test]
fn fractions_round_up_to_whole_environments() {
    let l = lines(&[("requests-per-second", "3"), ("duration", "120ms")]);
    has(
        &l,
        "3 x 0.12 s = 0.36, rounded up to 1 execution environment",
    );
}

#[test]
fn scaling_sources_and_streams_are_worded() {
    let l = lines(&[
        ("requests-per-second", "5000"),
        ("duration", "1s"),
        ("account-limit", "10000"),
    ]);
    has(
        &l,
        "1,000 new environments at once, then 1,000 more every 10 s per function: 4 more steps x 10 s = 40 s",
    );
    let l = lines(&[
        ("requests-per-second", "50"),
        ("duration", "1s"),
        ("source", "sqs"),
    ]);
    has(&l, "(50 - 5) / 300 -> 1 minute");
    // https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html: factor 2, 100 shards, 200.
    let l = lines(&[
        ("requests-per-second", "300"),
        ("duration", "1s"),
        ("shards", "100"),
        ("parallelization", "2"),
    ]);
    has(
        &l,
        "Kinesis: one batch per shard at a time x parallelization factor: 100 shards x 2 = 200 concurrent invocations at most",
    );
    has(&l, "a parallelization factor of 3 keeps up");
    has(&l, "falls behind");
}

/// <https://aws.amazon.com/lambda/pricing/>, Example 1: $2.33 + $0.40 = $2.73 after the free tier.
#[test]
fn the_pricing_example_reads_line_by_line() {
    let l = lines(&[
        ("requests-per-month", "3000000"),
        ("duration", "120ms"),
        ("memory", "1536MB"),
    ]);
    has(&l, "memory 1536MB = 1,536 MB = 1.5 GB");
    has(&l, "3,000,000 x 0.12 s x 1.5 GB = 540,000 GB-s");
    has(
        &l,
        "duration charge (x86): 540,000 GB-s x $0.0000166667 = $9.00",
    );
    has(&l, "request charge: 3,000,000 x $0.20 per million = $0.60");
    has(
        &l,
        "140,000 GB-s = $2.33 + 2,000,000 requests = $0.40; total $2.73",
    );
    has(
        &l,
        "cost: $9.60 a month (x86, 1,536 MB); $2.73 after the free tier",
    );
    has(&l, "on Arm: $7.80 a month");
    has(
        &l,
        "sources (read 2026-12-07): https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html",
    );
}

#[test]
fn errors_name_the_flag_or_the_field() {
    let c = find("lambda").unwrap();
    let e = c
        .evaluate(&inputs(&[
            ("requests-per-second", "100"),
            ("duration", "500"),
            ("reserved", "950"),
        ]))
        .unwrap_err();
    let cli: Vec<String> = e.iter().map(error_line).collect();
    assert_eq!(
        cli,
        ["duration: `500` is not a duration in whole milliseconds; write 500ms, 0.5s or 2s"]
    );
    let e = c
        .evaluate(&inputs(&[
            ("requests-per-second", "100"),
            ("duration", "1s"),
            ("reserved", "950"),
        ]))
        .unwrap_err();
    assert_eq!(
        error_line(&e[0]),
        "reserved: 950 is more than a function may have: the account's 1,000 less the 100 always left unreserved = 900"
    );
    let e = c
        .evaluate(&inputs(&[
            ("requests-per-second", "100"),
            ("duration", "1s"),
            ("source", "sqs"),
            ("shards", "2"),
        ]))
        .unwrap_err();
    assert_eq!(
        error_line(&e[0]),
        "shards: applies only when --source is kinesis or dynamodb-streams"
    );
    assert_eq!(
        form_error_line(&e[0]),
        "Shards: applies only when the Source field is kinesis or dynamodb-streams"
    );
    let e = c
        .evaluate(&inputs(&[
            ("requests-per-second", "1"),
            ("duration", "1s"),
            ("source", "sns"),
        ]))
        .unwrap_err();
    assert_eq!(
        error_line(&e[0]),
        "source: unknown value `sns`; use sync, sqs, kinesis or dynamodb-streams"
    );
}

/// The examples of the tests above and one of each kind of source, in Korean: the same numbers as
/// in English, line by line, and the whole report as the user reads it.
#[test]
fn korean_reports_say_the_same_numbers() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "guide_example",
            &[("requests-per-second", "100"), ("duration", "500ms")],
        ),
        (
            "request_rate",
            &[("requests-per-second", "20000"), ("duration", "50ms")],
        ),
        (
            "rounded_up",
            &[("requests-per-second", "3"), ("duration", "120ms")],
        ),
        (
            "scaling_steps",
            &[
                ("requests-per-second", "5000"),
                ("duration", "1s"),
                ("account-limit", "10000"),
            ],
        ),
        (
            "reserved_provisioned",
            &[
                ("requests-per-second", "1000"),
                ("duration", "1s"),
                ("reserved", "800"),
                ("provisioned", "300"),
            ],
        ),
        (
            "provisioned_on_demand",
            &[
                ("requests-per-second", "400"),
                ("duration", "1s"),
                ("provisioned", "100"),
            ],
        ),
        (
            "sqs",
            &[
                ("requests-per-second", "50"),
                ("duration", "1s"),
                ("source", "sqs"),
            ],
        ),
        (
            "sqs_capped",
            &[
                ("requests-per-second", "2000"),
                ("duration", "1s"),
                ("account-limit", "3000"),
                ("source", "sqs"),
            ],
        ),
        (
            "kinesis",
            &[
                ("requests-per-second", "300"),
                ("duration", "1s"),
                ("shards", "100"),
                ("parallelization", "2"),
            ],
        ),
        (
            "dynamodb_streams_too_few_shards",
            &[
                ("requests-per-second", "300"),
                ("duration", "1s"),
                ("source", "dynamodb-streams"),
                ("shards", "10"),
            ],
        ),
        (
            "pricing_example",
            &[
                ("requests-per-month", "3000000"),
                ("duration", "120ms"),
                ("memory", "1536MB"),
            ],
        ),
        (
            "arm_cost",
            &[
                ("requests-per-second", "10"),
                ("duration", "200ms"),
                ("memory", "1GB"),
                ("architecture", "arm"),
            ],
        ),
    ];
    for (name, pairs) in cases {
        let ko = super::both::same_numbers("lambda", pairs);
        insta::assert_snapshot!(format!("lambda_ko_{name}"), ko.join("\n"));
    }
}

/// The Korean labels fit the form's label column (12 columns; a Korean letter takes two).
#[test]
fn korean_field_words_fit_the_form() {
    use unicode_width::UnicodeWidthStr;
    for f in find("lambda").unwrap().fields() {
        let t = crate::calc_text::field_text(Lang::Ko, "lambda", f.key);
        assert!(t.label.width() <= 12, "{}: {}", f.key, t.label);
        assert!(!t.hint.is_empty() && !t.hint.starts_with("calc-"), "{t:?}");
        assert_ne!(t, crate::calc_text::field_text(Lang::En, "lambda", f.key));
    }
}

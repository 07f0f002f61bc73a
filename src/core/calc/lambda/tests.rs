//! The numbers of the Lambda calculator against the AWS documentation's own worked examples.

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

/// "Understanding Lambda function scaling", section "Calculating concurrency for a function":
/// <https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html#calculating-concurrency>
/// - 100 requests/s x 1 s = 100;
/// - 100 requests/s x 0.5 s (500 ms) = 50;
/// - 200 requests/s x 0.25 s = 50;
/// - the quiz: 5,000 requests/s x 200 ms = 1,000.
#[test]
fn concurrency_examples_of_the_developer_guide() {
    for (rps, duration, concurrency) in [
        ("100", "1s", 100),
        ("100", "500ms", 50),
        ("200", "250ms", 50),
        ("5000", "200ms", 1_000),
    ] {
        let o = run(&[("requests-per-second", rps), ("duration", duration)]);
        assert_eq!(o.concurrency, concurrency, "{rps} x {duration}");
        assert!(!o.throttled, "{rps} x {duration}");
    }
}

/// Same page, "Understanding concurrency and requests per second": a function of 50 ms at
/// 20,000 requests/s needs a concurrency of 1,000, which the default account limit covers, but
/// the 10,000 requests/s limit (10 x 1,000) throttles it; the account needs a limit of 2,000. The
/// quiz: 20 ms at 30,000 requests/s is a concurrency of 600, and needs an account limit of 3,000.
/// <https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html#concurrency-vs-requests-per-second>
#[test]
fn the_requests_per_second_limit_examples() {
    let o = run(&[("requests-per-second", "20000"), ("duration", "50ms")]);
    assert_eq!(o.concurrency, 1_000);
    assert_eq!(o.max_requests_per_second, 10_000);
    assert_eq!(o.throttled_by, Some("request-rate"));
    assert_eq!(o.account_limit_needed, 2_000);
    let o = run(&[("requests-per-second", "30000"), ("duration", "20ms")]);
    assert_eq!(o.concurrency, 600);
    assert!(o.throttled);
    assert_eq!(o.account_limit_needed, 3_000);
    // With the limit raised as the guide says, nothing is throttled.
    let o = run(&[
        ("requests-per-second", "20000"),
        ("duration", "50ms"),
        ("account-limit", "2000"),
    ]);
    assert!(!o.throttled);
}

/// Same page, "Concurrency quotas": a function can reserve up to 900 of the default 1,000 (100 stay
/// unreserved), and 1,900 of an account limit of 2,000. And "You can't allocate more provisioned
/// concurrency than reserved concurrency for a function."
#[test]
fn reserved_concurrency_leaves_100_unreserved() {
    let base = [("requests-per-second", "100"), ("duration", "1s")];
    let with = |extra: &[(&'static str, &'static str)]| {
        let mut v: Vec<(&str, &str)> = base.to_vec();
        v.extend_from_slice(extra);
        v
    };
    assert_eq!(run(&with(&[("reserved", "900")])).function_limit, 900);
    assert_eq!(
        error(&with(&[("reserved", "901")])),
        (
            "reserved",
            ErrorKind::OverAccountLimit {
                n: 901,
                account: 1_000,
                max: 900
            }
        )
    );
    let o = run(&with(&[("reserved", "1900"), ("account-limit", "2000")]));
    assert_eq!(
        (o.function_limit, o.max_requests_per_second),
        (1_900, 19_000)
    );
    assert_eq!(
        error(&with(&[("reserved", "50"), ("provisioned", "60")])).1,
        ErrorKind::ProvisionedOverReserved {
            provisioned: 60,
            reserved: 50
        }
    );
    // The reserved concurrency is the function's maximum: 100 needed over 50 reserved throttles.
    let o = run(&with(&[("reserved", "50")]));
    assert_eq!((o.throttled, o.throttled_by), (true, Some("concurrency")));
}

/// "Lambda scaling behavior": 1,000 execution environments every 10 seconds per function.
/// <https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html>
#[test]
fn scaling_adds_1000_environments_every_10_seconds() {
    let scale = |rps: &str| {
        run(&[
            ("requests-per-second", rps),
            ("duration", "1s"),
            ("account-limit", "10000"),
        ])
        .scaling_seconds
    };
    assert_eq!(scale("1000"), Some(0));
    assert_eq!(scale("1001"), Some(10));
    assert_eq!(scale("5000"), Some(40));
    // Never past the limit: at the default 1,000, scaling stops there.
    let o = run(&[("requests-per-second", "5000"), ("duration", "1s")]);
    assert_eq!(o.scaling_seconds, Some(0));
}

/// "Configuring scaling behavior for SQS event source mappings": 5 concurrent batches at first, up
/// to 300 more a minute, at most 1,000.
/// <https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html>
#[test]
fn sqs_sources_add_300_batches_a_minute() {
    let sqs = |rps: &str| {
        run(&[
            ("requests-per-second", rps),
            ("duration", "1s"),
            ("source", "sqs"),
            ("account-limit", "5000"),
        ])
    };
    assert_eq!(sqs("5").scaling_seconds, Some(0));
    assert_eq!(sqs("305").scaling_seconds, Some(60));
    assert_eq!(sqs("306").scaling_seconds, Some(120));
    // 1,000 at most: (1,000 - 5) / 300 = 4 minutes, however many are needed.
    assert_eq!(sqs("3000").scaling_seconds, Some(240));
}

/// The Lambda developer guide on Kinesis: "when you set ParallelizationFactor to 2, you can have
/// 200 concurrent Lambda invocations at maximum to process 100 Kinesis data shards."
/// <https://docs.aws.amazon.com/lambda/latest/dg/with-kinesis.html>; the factor is 1 to 10
/// (<https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html>).
#[test]
fn a_stream_runs_shards_times_the_parallelization_factor() {
    let o = run(&[
        ("requests-per-second", "200"),
        ("duration", "1s"),
        ("shards", "100"),
        ("parallelization", "2"),
    ]);
    let s = o.stream.unwrap();
    assert_eq!((s.max_concurrency, s.keeps_up), (200, true));
    assert_eq!(o.source, Source::Kinesis);
    let o = run(&[
        ("requests-per-second", "300"),
        ("duration", "1s"),
        ("source", "dynamodb-streams"),
        ("shards", "100"),
        ("parallelization", "2"),
    ]);
    let s = o.stream.unwrap();
    assert_eq!((s.keeps_up, s.parallelization_needed), (false, Some(3)));
    assert_eq!(o.scaling_seconds, None);
    assert_eq!(
        error(&[
            ("requests-per-second", "1"),
            ("duration", "1s"),
            ("shards", "1"),
            ("parallelization", "11")
        ])
        .1,
        ErrorKind::OutOfRange {
            n: 11,
            min: 1,
            max: 10
        }
    );
    assert_eq!(
        error(&[
            ("requests-per-second", "1"),
            ("duration", "1s"),
            ("source", "sqs"),
            ("shards", "4")
        ])
        .0,
        "shards"
    );
    assert_eq!(
        error(&[
            ("requests-per-second", "1"),
            ("duration", "1s"),
            ("source", "kinesis")
        ]),
        ("shards", ErrorKind::Missing)
    );
}

fn cost(pairs: &[(&str, &str)]) -> CostResult {
    run(pairs).cost.expect("a cost")
}

/// "AWS Lambda pricing", Example 1 (mobile application backend): 3 million requests a month of 120
/// ms at 1,536 MB on x86 are 540,000 GB-s; after the free tier 140,000 x $0.0000166667 = $2.33
/// and 2 million x $0.20/M = $0.40, $2.73 in all. Example 2 (telemetry, no free tier taken):
/// 7.44 million requests of 2 s at 1,024 MB = 14.88 million GB-s = $248.00, + $1.49 of requests
/// = $249.49. Example 3 (BERT): 6 million of 280 ms at 4,096 MB = 6,720,000 GB-s; after the free
/// tier $105.33 + $1.00. <https://aws.amazon.com/lambda/pricing/>
#[test]
fn the_pricing_page_examples() {
    let c = cost(&[
        ("requests-per-month", "3000000"),
        ("duration", "120ms"),
        ("memory", "1536MB"),
    ]);
    assert_eq!(c.gb_seconds, 540_000.0);
    assert_eq!(c.after_free_tier.gb_seconds, 140_000.0);
    assert_eq!(c.after_free_tier.compute_usd, 2.33);
    assert_eq!(c.after_free_tier.requests_usd, 0.40);
    assert_eq!(c.after_free_tier.total_usd, 2.73);
    assert_eq!(
        (c.compute_usd, c.requests_usd, c.total_usd),
        (9.0, 0.6, 9.6)
    );
    let c = cost(&[
        ("requests-per-month", "7440000"),
        ("duration", "2s"),
        ("memory", "1GB"),
    ]);
    assert_eq!(c.gb_seconds, 14_880_000.0);
    assert_eq!(
        (c.compute_usd, c.requests_usd, c.total_usd),
        (248.0, 1.49, 249.49)
    );
    let c = cost(&[
        ("requests-per-month", "6000000"),
        ("duration", "280ms"),
        ("memory", "4096"),
    ]);
    assert_eq!(c.gb_seconds, 6_720_000.0);
    assert_eq!(
        (
            c.after_free_tier.compute_usd,
            c.after_free_tier.requests_usd
        ),
        (105.33, 1.0)
    );
}

/// The same page prices Arm at $0.0000133334 per GB-s (its durable-functions example: 31,600,000
/// billable GB-s x $0.0000133334 = $421.34, with 1 million billable requests = $0.20).
#[test]
fn arm_is_priced_at_its_own_rate() {
    // 2,000,000 requests of 16 s at 1 GB: 32,000,000 GB-s, less 400,000 free = 31,600,000.
    let c = cost(&[
        ("requests-per-month", "2000000"),
        ("duration", "16s"),
        ("memory", "1GB"),
        ("architecture", "arm"),
    ]);
    assert_eq!(c.after_free_tier.gb_seconds, 31_600_000.0);
    assert_eq!(c.after_free_tier.compute_usd, 421.34);
    assert_eq!(c.after_free_tier.requests_usd, 0.2);
    assert_eq!(c.other_architecture.architecture, Arch::X86);
    assert!(c.other_architecture.total_usd > c.total_usd);
}

#[test]
fn the_monthly_count_or_the_rate_gives_the_other() {
    // 3,000,000 a month over 730 hours is 1.142 requests/s on average: 1 environment at 120 ms.
    let o = run(&[("requests-per-month", "3000000"), ("duration", "120ms")]);
    assert_eq!(o.concurrency, 1);
    assert!((o.requests_per_second - 1.142).abs() < 1e-9);
    // 1 request/s for the month is 2,628,000 requests.
    let c = cost(&[
        ("requests-per-second", "1"),
        ("duration", "1s"),
        ("memory", "1024"),
    ]);
    assert_eq!(c.requests_per_month, 2_628_000);
}

#[test]
fn bad_fields_are_named() {
    let base = |k: &'static str, v: &'static str| {
        let mut p = vec![("requests-per-second", "100"), ("duration", "500ms")];
        p.retain(|(key, _)| *key != k);
        p.push((k, v));
        error(&p)
    };
    assert!(matches!(
        base("duration", "500").1,
        ErrorKind::BadDuration { .. }
    ));
    assert!(matches!(
        base("duration", "0.5ms").1,
        ErrorKind::BadDuration { .. }
    ));
    assert!(matches!(
        base("duration", "16min").1,
        ErrorKind::DurationOverTimeout { ms: 960_000, .. }
    ));
    assert!(matches!(
        base("duration", "-1s").1,
        ErrorKind::Negative { .. }
    ));
    assert_eq!(base("duration", " ").1, ErrorKind::Missing);
    assert_eq!(
        base("memory", "64MB").1,
        ErrorKind::OutOfRange {
            n: 64,
            min: 128,
            max: 10_240
        }
    );
    assert!(matches!(
        base("memory", "1.3GB").1,
        ErrorKind::BadMemory { .. }
    ));
    assert!(matches!(
        base("source", "sns").1,
        ErrorKind::UnknownChoice { .. }
    ));
    assert_eq!(base("architecture", "arm").0, "architecture");
    assert_eq!(
        error(&[("duration", "1s")]),
        ("requests-per-second", ErrorKind::Missing)
    );
    // Every bad field at once.
    let e = evaluate(&inputs(&[
        ("requests-per-second", "x"),
        ("duration", "y"),
        ("memory", "z"),
    ]))
    .unwrap_err();
    let fields: Vec<&str> = e.iter().map(|e| e.field).collect();
    assert_eq!(fields, ["requests-per-second", "duration", "memory"]);
}

#[test]
fn durations_are_read_in_whole_milliseconds() {
    for (text, ms) in [
        ("500ms", 500),
        ("0.5s", 500),
        ("2 s", 2_000),
        ("1.5min", 90_000),
        ("0.001s", 1),
        ("900s", 900_000),
    ] {
        assert_eq!(plan::parse_duration("duration", text), Ok(ms), "{text}");
    }
}

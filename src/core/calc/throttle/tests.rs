//! The throttling calculator against the AWS documentation's own examples.

use super::*;
use crate::core::calc::{ErrorKind, Inputs};

fn inputs(pairs: &[(&str, &str)]) -> Inputs {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

fn run(pairs: &[(&str, &str)]) -> plan::Outcome {
    evaluate(&inputs(pairs)).unwrap_or_else(|e| panic!("{pairs:?}: {e:?}"))
}

fn error(pairs: &[(&str, &str)]) -> (&'static str, ErrorKind) {
    let e = evaluate(&inputs(pairs)).expect_err("an error");
    (e[0].field, e[0].kind.clone())
}

/// (served, throttled) of a pattern through the default account limit.
fn through(pattern: &str) -> (u64, u64) {
    let a = run(&[("pattern", pattern)]).apigateway.unwrap();
    (a.served.unwrap(), a.throttled.unwrap())
}

/// "Protecting your HTTP API", account-level throttling: the five examples with the default burst
/// (5,000) and rate (10,000 requests/s), each in one second.
/// <https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-protect.html>
#[test]
fn the_token_bucket_examples_of_the_guide() {
    // "10,000 requests in a one-second period evenly (for example, 10 requests every millisecond),
    // API Gateway processes all requests without dropping any."
    assert_eq!(through("10000@0-999ms"), (10_000, 0));
    // "10,000 requests in the first millisecond, API Gateway serves 5,000 of those requests and
    // throttles the rest in the one-second period."
    assert_eq!(through("10000@0ms"), (5_000, 5_000));
    // "5,000 requests in the first millisecond and then evenly spreads another 5,000 requests
    // through the remaining 999 milliseconds ... processes all 10,000 requests".
    assert_eq!(through("5000@0ms, 5000@1-999ms"), (10_000, 0));
    // "5,000 requests in the first millisecond and waits until the 101st millisecond to submit
    // another 5,000 requests, API Gateway processes 6,000 requests and throttles the rest".
    assert_eq!(through("5000@0ms, 5000@100ms"), (6_000, 4_000));
    // "5,000 requests in the first millisecond, submits 1,000 requests at the 101st millisecond,
    // and then evenly spreads another 4,000 requests through the remaining 899 milliseconds ...
    // processes all 10,000 requests in the one-second period without throttling."
    assert_eq!(through("5000@0ms, 1000@100ms, 4000@101-999ms"), (10_000, 0));
}

/// "Throttle requests to your REST APIs": the limits apply in the order usage plan (per client or
/// per method), the stage's per-method limits, the account per Region; a method's own limit
/// replaces the stage default. The account default is 10,000 requests/s with a burst of 5,000
/// (2,500 and 1,250 in some Regions, "Amazon API Gateway quotas").
/// <https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html>
/// <https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html>
#[test]
fn the_limits_apply_in_the_documented_order() {
    let a = run(&[
        ("pattern", "100@0ms"),
        ("stage", "1000/500"),
        ("method", "200/50"),
        ("usage-plan", "100/80"),
    ])
    .apigateway
    .unwrap();
    let levels: Vec<Level> = a.limits.iter().map(|l| l.level).collect();
    assert_eq!(levels, [Level::UsagePlan, Level::Method, Level::Account]);
    // 100 at once: the usage plan's bucket of 80 serves 80; but the method's 50 runs out first.
    assert_eq!((a.served, a.throttled), (Some(50), Some(50)));
    assert_eq!(
        a.throttled_by.get("method").and_then(|v| v.as_u64()),
        Some(50)
    );
    // Without the method's own limit, the stage default applies.
    let a = run(&[("pattern", "600@0ms"), ("stage", "1000/500")])
        .apigateway
        .unwrap();
    assert_eq!(a.limits[0].level, Level::Stage);
    assert_eq!((a.served, a.throttled), (Some(500), Some(100)));
    // A stage limit above the account's is bounded by the account's bucket.
    let a = run(&[("pattern", "8000@0ms"), ("stage", "20000/9000")])
        .apigateway
        .unwrap();
    assert_eq!(a.served, Some(5_000));
    assert_eq!(
        a.throttled_by.get("account").and_then(|v| v.as_u64()),
        Some(3_000)
    );
    // The Regions with the lower default.
    let a = run(&[("pattern", "2000@0ms"), ("region", "af-south-1")])
        .apigateway
        .unwrap();
    assert_eq!((a.limits[0].rate, a.limits[0].burst), (2_500, 1_250));
    assert_eq!(a.served, Some(1_250));
}

#[test]
fn a_steady_rate_spends_the_burst_then_is_held_to_the_lowest_rate() {
    let s = run(&[("rate", "12000")])
        .apigateway
        .unwrap()
        .steady
        .unwrap();
    // 5,000 tokens drain at 2,000 a second: 2.5 s, then 2,000 requests/s are throttled.
    assert_eq!(s.burst_lasts_seconds, Some(2.5));
    assert_eq!(
        (s.limit_per_second, s.throttled_per_second),
        (10_000, 2_000)
    );
    let s = run(&[("rate", "9000")]).apigateway.unwrap().steady.unwrap();
    assert_eq!((s.throttled_per_second, s.burst_lasts_seconds), (0, None));
    let o = run(&[("rate", "600"), ("method", "500/100")]);
    let s = o.apigateway.unwrap().steady.unwrap();
    assert_eq!(s.limiting_level, Level::Method);
    assert_eq!(s.burst_lasts_seconds, Some(1.0));
    assert!(o.throttled);
}

/// "Amazon SQS message quotas": a FIFO queue takes 300 transactions per second per API action;
/// "with batching ... up to 3,000 messages per second, per API action ... 300 API calls, each with a
/// batch of 10 messages"; high throughput mode: 70,000 in US East (N. Virginia), US West (Oregon)
/// and Europe (Ireland), 19,000 in US East (Ohio) and Europe (Frankfurt), 9,000 in Mumbai,
/// Singapore, Sydney and Tokyo, 4,500 in London and São Paulo, 2,400 elsewhere; 10x with batches.
/// <https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html>
#[test]
fn sqs_fifo_quotas_of_the_guide() {
    let sqs = |pairs: &[(&str, &str)]| {
        let mut p = vec![("service", "sqs-fifo")];
        p.extend_from_slice(pairs);
        run(&p).sqs_fifo.unwrap()
    };
    let s = sqs(&[("rate", "300")]);
    assert_eq!((s.calls_per_second, s.calls_per_second_limit), (300, 300));
    assert_eq!(s.max_messages_per_second, 300);
    let s = sqs(&[("rate", "3000"), ("batch", "10")]);
    assert_eq!(
        (s.calls_per_second, s.max_messages_per_second),
        (300, 3_000)
    );
    let s = sqs(&[("rate", "3001"), ("batch", "10")]);
    assert_eq!(s.calls_per_second, 301);
    assert_eq!(s.batch_needed, None);
    let s = sqs(&[("rate", "2000")]);
    assert_eq!(s.batch_needed, Some(7));
    for (region, tps) in [
        ("us-east-1", 70_000),
        ("us-west-2", 70_000),
        ("eu-west-1", 70_000),
        ("us-east-2", 19_000),
        ("eu-central-1", 19_000),
        ("ap-northeast-1", 9_000),
        ("ap-south-1", 9_000),
        ("eu-west-2", 4_500),
        ("sa-east-1", 4_500),
        ("ca-central-1", 2_400),
    ] {
        let s = sqs(&[
            ("rate", "1"),
            ("high-throughput", "yes"),
            ("region", region),
            ("batch", "10"),
        ]);
        assert_eq!(s.calls_per_second_limit, tps, "{region}");
        assert_eq!(s.max_messages_per_second, tps * 10, "{region}");
    }
}

#[test]
fn bad_fields_are_named() {
    assert_eq!(error(&[]), ("rate", ErrorKind::Missing));
    assert_eq!(
        error(&[("rate", "1"), ("pattern", "1@0")]),
        ("pattern", ErrorKind::EitherOr { other: "rate" })
    );
    assert!(matches!(
        error(&[("pattern", "5000 at 0")]).1,
        ErrorKind::BadPatternEntry { entry: 1, .. }
    ));
    assert!(matches!(
        error(&[("pattern", "1@0, 5@9-3")]).1,
        ErrorKind::BadPatternEntry { entry: 2, .. }
    ));
    assert_eq!(
        error(&[("pattern", "1@0-60001ms")]).1,
        ErrorKind::PatternTooLong {
            ms: 60_001,
            max: 60_000
        }
    );
    assert!(matches!(
        error(&[("rate", "1"), ("stage", "1000")]).1,
        ErrorKind::BadLimit { .. }
    ));
    assert_eq!(
        error(&[("rate", "1"), ("batch", "10")]),
        (
            "batch",
            ErrorKind::OnlyWith {
                other: "service",
                value: "sqs-fifo"
            }
        )
    );
    assert_eq!(
        error(&[("service", "sqs-fifo"), ("rate", "1"), ("stage", "1/1")]).0,
        "stage"
    );
    assert_eq!(
        error(&[("service", "sqs-fifo"), ("rate", "1"), ("batch", "11")]).1,
        ErrorKind::OutOfRange {
            n: 11,
            min: 1,
            max: 10
        }
    );
    assert!(matches!(
        error(&[("rate", "1"), ("region", "virginia")]).1,
        ErrorKind::BadRegion { .. }
    ));
    assert!(matches!(
        error(&[("service", "kafka"), ("rate", "1")]).1,
        ErrorKind::UnknownChoice { .. }
    ));
}

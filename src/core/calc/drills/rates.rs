//! Generated drills of the Lambda, Kinesis, throttling and S3 calculators: each exercise is worked
//! out by its calculator from the registry, and its answer read from the calculator's results (the
//! fields `awsdrill calc ID --json` prints).

use super::{Expected, Instance, Prompt, calculate, pick, unreachable_instance};
use crate::core::calc::registry::Report;
use rand::{Rng, RngExt};

/// The number at `pointer` (`/apigateway/served`) of a report's results.
fn answer(report: &Report, pointer: &str) -> Option<f64> {
    serde_json::Value::Object(report.data.clone())
        .pointer(pointer)
        .and_then(serde_json::Value::as_f64)
}

/// The instance of `prompt`: the calculator's answer at `pointer` in `unit`, and its working.
fn instance(prompt: Prompt, report: Option<Report>, pointer: &str, unit: &str) -> Instance {
    match report.and_then(|r| answer(&r, pointer).map(|v| (r, v))) {
        Some((report, value)) => Instance {
            prompt,
            expected: Expected::Number {
                value,
                unit: unit.into(),
            },
            working: report.summary.into_iter().chain(report.steps).collect(),
        },
        None => unreachable_instance(prompt),
    }
}

pub(super) fn lambda_concurrency(rng: &mut impl Rng) -> Instance {
    let rps = rng.random_range(1..=200u32) * 10;
    let ms = rng.random_range(2..=200u32) * 10;
    let report = calculate(
        "lambda",
        &[
            ("requests-per-second", rps.to_string()),
            ("duration", format!("{ms}ms")),
        ],
    );
    instance(
        Prompt::LambdaConcurrency {
            rps,
            duration_ms: ms,
        },
        report,
        "/concurrency",
        "concurrent executions", // words-ok: the answer's unit, as data like a card's unit
    )
}

pub(super) fn lambda_stream(rng: &mut impl Rng) -> Instance {
    let shards = rng.random_range(1..=200u32);
    let factor = rng.random_range(1..=10u32);
    let dynamodb = rng.random_bool(0.5);
    let report = calculate(
        "lambda",
        &[
            ("requests-per-second", "1".into()),
            ("duration", "1s".into()),
            (
                "source",
                if dynamodb {
                    "dynamodb-streams"
                } else {
                    "kinesis"
                }
                .into(),
            ),
            ("shards", shards.to_string()),
            ("parallelization", factor.to_string()),
        ],
    );
    instance(
        Prompt::LambdaStream {
            dynamodb,
            shards,
            factor,
        },
        report,
        "/stream/max_concurrency",
        "concurrent invocations", // words-ok: the answer's unit, as data like a card's unit
    )
}

pub(super) fn kinesis_shards(rng: &mut impl Rng) -> Instance {
    let write_mb = rng.random_range(1..=50u32);
    let records = rng.random_range(1..=500u32) * 100;
    let consumers = rng.random_range(1..=4u32);
    let report = calculate(
        "kinesis",
        &[
            ("write-mb-per-second", write_mb.to_string()),
            ("records-per-second", records.to_string()),
            ("consumers", consumers.to_string()),
        ],
    );
    instance(
        Prompt::KinesisShards {
            write_mb,
            records,
            consumers,
        },
        report,
        "/shards",
        "shards",
    )
}

/// Regions of each high throughput group of SQS FIFO queues, and one of the rest.
const SQS_REGIONS: &[&str] = &[
    "us-east-1",
    "eu-west-1",
    "us-east-2",
    "eu-central-1",
    "ap-northeast-1",
    "eu-west-2",
    "ca-central-1",
];

pub(super) fn sqs_fifo(rng: &mut impl Rng) -> Instance {
    let batch = rng.random_range(1..=10u32);
    let high_throughput = rng.random_bool(0.5);
    let region = pick(rng, SQS_REGIONS);
    let report = calculate(
        "throttle",
        &[
            ("service", "sqs-fifo".into()),
            ("rate", "1".into()),
            ("batch", batch.to_string()),
            (
                "high-throughput",
                if high_throughput { "yes" } else { "no" }.into(),
            ),
            ("region", region.into()),
        ],
    );
    instance(
        Prompt::SqsFifo {
            batch,
            high_throughput,
            region: region.to_string(),
        },
        report,
        "/sqs_fifo/max_messages_per_second",
        "messages/s",
    )
}

pub(super) fn apigateway_burst(rng: &mut impl Rng) -> Instance {
    let first = rng.random_range(2..=10u32) * 500;
    let second = rng.random_range(1..=10u32) * 500;
    let at_ms = rng.random_range(1..=50u32) * 10;
    let report = calculate(
        "throttle",
        &[("pattern", format!("{first}@0ms, {second}@{at_ms}ms"))], // words-ok: calculator input
    );
    instance(
        Prompt::ApigatewayBurst {
            first,
            second,
            at_ms,
        },
        report,
        "/apigateway/served",
        "requests",
    )
}

pub(super) fn s3_prefixes(rng: &mut impl Rng) -> Instance {
    let reads = rng.random_range(1..=200u32) * 500;
    let writes = rng.random_range(0..=80u32) * 500;
    let report = calculate(
        "s3",
        &[("reads", reads.to_string()), ("writes", writes.to_string())],
    );
    instance(
        Prompt::S3Prefixes { reads, writes },
        report,
        "/prefixes_needed",
        "prefixes",
    )
}

//! The Lambda, Kinesis, throttling and S3 calculators through the real binary: the JSON forms that
//! scripts rely on, the text working, and errors that name the flag.

mod common;
use common::{run, stderr, stdout};
use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), args);
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)))
}

/// Invalid input: nothing on stdout, the message on stderr, exit 1 (as `calc dynamodb`).
fn fails(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), args);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{args:?} should fail: {}",
        stdout(&out)
    );
    assert!(stdout(&out).is_empty());
    stderr(&out)
}

fn text(args: &[&str]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
    stdout(&out)
}

/// The form scripts rely on (issue 17), and the guide's example: 100 requests/s x 500 ms = 50
/// (<https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html#calculating-concurrency>).
#[test]
fn lambda_json_has_a_numeric_concurrency() {
    let v = json(&[
        "calc",
        "lambda",
        "--requests-per-second",
        "100",
        "--duration",
        "500ms",
        "--json",
    ]);
    assert_eq!(v["concurrency"].as_u64(), Some(50), "{v:#}");
    assert_eq!(v["calculator"], "lambda");
    assert_eq!(v["account_limit"], 1000);
    assert_eq!(v["throttled"], false);
    assert_eq!(v["event_source"], "synchronous");
    assert!(v["cost"].is_null() && v["stream"].is_null());
    assert!(
        v["source"]
            .as_str()
            .unwrap()
            .starts_with("https://docs.aws.amazon.com/lambda/")
    );
    for key in ["summary", "working", "notes"] {
        assert!(v[key].as_array().is_some_and(|a| !a.is_empty()), "{key}");
    }
}

/// <https://aws.amazon.com/lambda/pricing/>, Example 1, with the architecture switched to Arm and
/// back: the cost object.
#[test]
fn lambda_json_has_the_cost() {
    let v = json(&[
        "calc",
        "lambda",
        "--requests-per-month",
        "3000000",
        "--duration",
        "120ms",
        "--memory",
        "1536MB",
        "--json",
    ]);
    let c = &v["cost"];
    assert_eq!(c["architecture"], "x86");
    assert_eq!(c["gb_seconds"], 540000.0);
    assert_eq!(c["total_usd"], 9.6);
    assert_eq!(c["after_free_tier"]["total_usd"], 2.73);
    assert_eq!(c["other_architecture"]["architecture"], "arm");
}

#[test]
fn lambda_text_shows_the_working() {
    let t = text(&[
        "calc",
        "lambda",
        "--requests-per-second",
        "100",
        "--duration",
        "500ms",
    ]);
    assert!(
        t.contains("  2. concurrency = requests/s x duration = 100 x 0.5 s = 50"),
        "{t}"
    );
}

#[test]
fn lambda_errors_name_the_flag() {
    let e = fails(&[
        "calc",
        "lambda",
        "--requests-per-second",
        "100",
        "--duration",
        "500",
    ]);
    assert!(
        e.contains("awsdrill: --duration: `500` is not a duration in whole milliseconds"),
        "{e}"
    );
    let e = fails(&["calc", "lambda", "--duration", "1s"]);
    assert!(e.contains("--requests-per-second: missing"), "{e}");
    let e = fails(&[
        "calc",
        "lambda",
        "--requests-per-second",
        "100",
        "--duration",
        "1s",
        "--reserved",
        "",
    ]);
    assert!(e.contains("--reserved: empty"), "{e}");
    let e = fails(&[
        "calc",
        "lambda",
        "--requests-per-second",
        "1",
        "--duration",
        "1s",
        "--source",
        "sqs",
        "--shards",
        "4",
    ]);
    assert!(
        e.contains("--shards: applies only when --source is kinesis or dynamodb-streams"),
        "{e}"
    );
}

/// The form scripts rely on (issue 17): shards for 5 MB/s, 3,000 records/s and 2 consumers, shared
/// and with enhanced fan-out, in provisioned mode.
#[test]
fn kinesis_json_has_a_numeric_shards() {
    let base = [
        "calc",
        "kinesis",
        "--write-mb-per-second",
        "5",
        "--records-per-second",
        "3000",
        "--consumers",
        "2",
    ];
    let v = json(&[&base[..], &["--json"]].concat());
    assert_eq!(v["shards"].as_u64(), Some(5), "{v:#}");
    assert_eq!(v["mode"], "provisioned");
    assert_eq!(v["enhanced_fan_out"], false);
    assert_eq!(v["shards_for_reads"], 5);
    assert_eq!(v["capacity"]["read_mb_per_second"], 10);
    assert!(v["on_demand"].is_null());
    let v = json(&[&base[..], &["--enhanced-fan-out", "--json"]].concat());
    assert_eq!(v["shards"].as_u64(), Some(5));
    assert_eq!(v["enhanced_fan_out"], true);
    assert_eq!(v["shards_for_reads"], 3);
    let v = json(&[
        "calc",
        "kinesis",
        "--write-mb-per-second",
        "5",
        "--consumers",
        "3",
        "--json",
    ]);
    assert_eq!(v["shards"].as_u64(), Some(8));
}

#[test]
fn kinesis_on_demand_and_errors() {
    let v = json(&[
        "calc",
        "kinesis",
        "--write-mb-per-second",
        "80",
        "--mode",
        "on-demand",
        "--previous-peak",
        "40",
        "--json",
    ]);
    assert_eq!(v["mode"], "on-demand");
    assert_eq!(v["on_demand"]["fits"], true);
    assert_eq!(v["on_demand"]["write_capacity_mb_per_second"], 80.0);
    assert_eq!(v["shards"], 80);
    let e = fails(&["calc", "kinesis", "--records-per-second", "10"]);
    assert!(
        e.contains("awsdrill: --write-mb-per-second: missing"),
        "{e}"
    );
    let e = fails(&[
        "calc",
        "kinesis",
        "--write-mb-per-second",
        "1",
        "--consumers",
        "21",
        "--enhanced-fan-out",
    ]);
    assert!(
        e.contains("--consumers: 21 enhanced fan-out consumers; a stream registers at most 20"),
        "{e}"
    );
}

/// <https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-protect.html>: 5,000 at
/// the first millisecond and 5,000 at the 101st: 6,000 served, 4,000 throttled.
#[test]
fn throttle_json_for_api_gateway_and_sqs_fifo() {
    let v = json(&[
        "calc",
        "throttle",
        "--pattern",
        "5000@0ms, 5000@100ms",
        "--json",
    ]);
    assert_eq!(v["service"], "apigateway");
    assert_eq!(v["throttled"], true);
    let a = &v["apigateway"];
    assert_eq!(
        (a["served"].as_u64(), a["throttled"].as_u64()),
        (Some(6000), Some(4000))
    );
    assert_eq!(a["throttled_by"]["account"], 4000);
    assert_eq!(a["first_throttled_ms"], 100);
    assert_eq!(a["limits"][0]["level"], "account");
    assert_eq!(a["limits"][0]["burst"], 5000);
    assert!(v["sqs_fifo"].is_null());
    let v = json(&[
        "calc",
        "throttle",
        "--service",
        "sqs-fifo",
        "--rate",
        "3000",
        "--batch",
        "10",
        "--json",
    ]);
    let s = &v["sqs_fifo"];
    assert_eq!(s["calls_per_second"], 300);
    assert_eq!(s["calls_per_second_limit"], 300);
    assert_eq!(s["max_messages_per_second"], 3000);
    assert_eq!(v["throttled"], false);
    let v = json(&[
        "calc",
        "throttle",
        "--service",
        "sqs-fifo",
        "--rate",
        "700000",
        "--batch",
        "10",
        "--high-throughput",
        "--region",
        "us-east-1",
        "--json",
    ]);
    assert_eq!(v["sqs_fifo"]["calls_per_second_limit"], 70000);
    assert_eq!(v["throttled"], false);
}

#[test]
fn throttle_errors_name_the_flag() {
    let e = fails(&["calc", "throttle", "--rate", "10", "--pattern", "1@0"]);
    assert!(
        e.contains("--pattern: give either this or --rate, not both"),
        "{e}"
    );
    let e = fails(&["calc", "throttle", "--rate", "10", "--high-throughput"]);
    assert!(
        e.contains("--high-throughput: applies only when --service is sqs-fifo"),
        "{e}"
    );
}

/// <https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html>: 10
/// prefixes for 55,000 reads a second.
#[test]
fn s3_json_has_the_prefixes() {
    let v = json(&["calc", "s3", "--reads", "55000", "--json"]);
    assert_eq!(v["prefixes_needed"].as_u64(), Some(10));
    assert!(v["prefixes"].is_null() && v["fits"].is_null());
    let v = json(&[
        "calc",
        "s3",
        "--reads",
        "55000",
        "--writes",
        "8000",
        "--prefixes",
        "2",
        "--json",
    ]);
    assert_eq!(v["fits"], false);
    assert_eq!(v["per_prefix"]["writes"], 4000);
    assert_eq!(v["prefixes_needed"], 10);
    let e = fails(&["calc", "s3", "--prefixes", "3"]);
    assert!(e.contains("--reads: missing"), "{e}");
}

mod untrusted {
    use awsdrill::calc_text;
    use awsdrill::core::calc::{Inputs, find};
    use proptest::prelude::*;

    /// Text that looks like input: digits, units, separators and the odd stray character.
    fn field_text() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            "[0-9]{1,25}",
            "[0-9]{1,6}(\\.[0-9]{1,4})?(ms|s|min|MB|GB|KB|B|x)?",
            "[0-9]{1,20}@[0-9]{1,6}(-[0-9]{1,6})?(ms)?(, ?[0-9]{1,20}@[0-9]{1,6})?",
            "[0-9]{1,20}/[0-9]{1,20}",
            "(yes|no|sqs|kinesis|dynamodb|sqs-fifo|apigateway|on-demand|arm|x86|us-east-1|af-south-1)",
            ".{0,12}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Any input: a report or errors, never a panic; every error names a field of the
        /// calculator and reads as a sentence; every report line is worded.
        #[test]
        fn the_new_calculators_never_panic_and_name_their_fields(
            id in prop_oneof![Just("lambda"), Just("kinesis"), Just("throttle"), Just("s3")],
            values in proptest::collection::vec(field_text(), 11),
        ) {
            let c = find(id).unwrap();
            let inputs: Inputs = c
                .fields()
                .iter()
                .zip(&values)
                .map(|(f, v)| (f.key.to_string(), v.clone()))
                .collect();
            match c.evaluate(&inputs) {
                Ok(r) => {
                    for s in r.summary.iter().chain(&r.steps).chain(&r.notes) {
                        prop_assert!(!calc_text::said(s).is_empty());
                    }
                }
                Err(errors) => {
                    prop_assert!(!errors.is_empty());
                    for e in errors {
                        prop_assert!(
                            c.fields().iter().any(|f| f.key == e.field),
                            "{id}: {} is not a field", e.field
                        );
                        prop_assert!(!calc_text::message(&e).is_empty());
                    }
                }
            }
        }
    }
}

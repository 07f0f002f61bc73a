//! The throttling calculator as the user reads it.

use super::both::{has, inputs, report};
use super::en::{error_line, form_error_line};
use crate::core::calc::find;
use crate::core::config::Lang;

/// The English report of the calculator for `pairs`.
fn lines(pairs: &[(&str, &str)]) -> Vec<String> {
    report(Lang::En, "throttle", pairs)
}

/// <https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-protect.html>: 5,000 at
/// the first millisecond and 5,000 at the 101st: 1,000 tokens refilled in 100 ms, 6,000 served.
#[test]
fn the_guide_s_fourth_example_reads_step_by_step() {
    let l = lines(&[("pattern", "5000@0ms, 5000@100ms")]);
    has(
        &l,
        "applies 1st: account: 10,000 requests/s, burst 5,000 (the default)",
    );
    has(&l, "at 0 ms: 5,000 requests, 5,000 tokens: 5,000 served");
    has(
        &l,
        "at 100 ms: 5,000 requests, 1,000 tokens: 1,000 served, 4,000 throttled (account)",
    );
    has(
        &l,
        "API Gateway: 6,000 of 10,000 requests served, 4,000 throttled (429), most by the account limit (10,000 requests/s, burst 5,000)",
    );
    let l = lines(&[("pattern", "10000@0-999ms")]);
    has(
        &l,
        "0 to 999 ms: 10,000 requests spread evenly (10 a ms), 5,000 tokens at the start: 10,000 served",
    );
    has(&l, "API Gateway: all 10,000 requests served");
}

#[test]
fn the_order_and_the_steady_rate_are_worded() {
    let l = lines(&[
        ("rate", "12000"),
        ("stage", "2000/1000"),
        ("method", "500/100"),
        ("usage-plan", "800/50"),
    ]);
    has(
        &l,
        "applies 1st: usage plan (per client): 800 requests/s, burst 50",
    );
    has(
        &l,
        "applies 2nd: method: 500 requests/s, burst 100; replaces the stage default (2,000 requests/s, burst 1,000) for this method",
    );
    has(
        &l,
        "applies 3rd: account: 10,000 requests/s, burst 5,000 (the default)",
    );
    has(
        &l,
        "account (10,000 requests/s, burst 5,000): 12,000 requests/s is 2,000/s over it: the burst empties in 5,000 / 2,000 = 2.5 s",
    );
    has(
        &l,
        "API Gateway: 12,000 requests/s over the method limit of 500/s",
    );
}

/// <https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html>:
/// 300 API calls with batches of 10 make 3,000 messages a second.
#[test]
fn sqs_fifo_reads_calls_and_batches() {
    let l = lines(&[("service", "sqs-fifo"), ("rate", "3000"), ("batch", "10")]);
    has(
        &l,
        "FIFO queue: 300 API calls a second per action (SendMessage, ReceiveMessage, DeleteMessage)",
    );
    has(
        &l,
        "batches of 10 messages: 300 x 10 = 3,000 messages a second per action",
    );
    has(&l, "3,000 messages/s / 10 a call = 300 API calls/s");
    has(&l, "300 calls/s <= 300: not throttled");
    let l = lines(&[("service", "sqs-fifo"), ("rate", "2000")]);
    has(
        &l,
        "2,000 calls/s > 300: the excess gets ThrottlingException; batches of 7 would fit",
    );
    let l = lines(&[
        ("service", "sqs-fifo"),
        ("rate", "50000"),
        ("high-throughput", "yes"),
        ("region", "us-east-2"),
    ]);
    has(
        &l,
        "high throughput FIFO queue in us-east-2: 19,000 API calls a second per action",
    );
}

#[test]
fn errors_name_the_flag_or_the_field() {
    let c = find("throttle").unwrap();
    let e = c
        .evaluate(&inputs(&[("rate", "10"), ("batch", "10")]))
        .unwrap_err();
    assert_eq!(
        error_line(&e[0]),
        "batch: applies only when --service is sqs-fifo"
    );
    assert_eq!(
        form_error_line(&e[0]),
        "Batch: applies only when the Service field is sqs-fifo"
    );
    let e = c
        .evaluate(&inputs(&[("pattern", "5000 at 0")]))
        .unwrap_err();
    assert!(
        error_line(&e[0]).starts_with("pattern: entry 1 (`5000 at 0`) is not COUNT@TIME"),
        "{}",
        error_line(&e[0])
    );
    let e = c
        .evaluate(&inputs(&[("rate", "10"), ("stage", "1000")]))
        .unwrap_err();
    assert_eq!(
        error_line(&e[0]),
        "stage: `1000` is not a limit; write requests per second and burst as RATE/BURST, such as 1000/500"
    );
}

/// The examples of the tests above, in Korean: the same numbers as in English, line by line, and
/// the whole report as the user reads it.
#[test]
fn korean_reports_say_the_same_numbers() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "guide_fourth_example",
            &[("pattern", "5000@0ms, 5000@100ms")],
        ),
        ("spread", &[("pattern", "10000@0-999ms")]),
        (
            "steady_every_level",
            &[
                ("rate", "12000"),
                ("stage", "2000/1000"),
                ("method", "500/100"),
                ("usage-plan", "800/50"),
            ],
        ),
        (
            "steady_within",
            &[("rate", "800"), ("region", "af-south-1")],
        ),
        (
            "pattern_by_stage",
            &[("pattern", "3000@0ms"), ("stage", "1000/2000")],
        ),
        (
            "sqs_batches",
            &[("service", "sqs-fifo"), ("rate", "3000"), ("batch", "10")],
        ),
        (
            "sqs_one_a_call",
            &[("service", "sqs-fifo"), ("rate", "2000")],
        ),
        (
            "sqs_needs_high_throughput",
            &[("service", "sqs-fifo"), ("rate", "5000"), ("batch", "10")],
        ),
        (
            "sqs_high_throughput",
            &[
                ("service", "sqs-fifo"),
                ("rate", "50000"),
                ("high-throughput", "yes"),
                ("region", "us-east-2"),
            ],
        ),
        (
            "sqs_over_high_throughput",
            &[
                ("service", "sqs-fifo"),
                ("rate", "200000"),
                ("batch", "10"),
                ("high-throughput", "yes"),
            ],
        ),
    ];
    for (name, pairs) in cases {
        let ko = super::both::same_numbers("throttle", pairs);
        insta::assert_snapshot!(format!("throttle_ko_{name}"), ko.join("\n"));
    }
}

/// English ordinals follow the English rules (Fluent's ordinal plural categories).
#[test]
fn ordinals_read_as_in_english() {
    use crate::i18n::tr;
    let applies = |n: usize| {
        tr!(
            Lang::En,
            "calc-throttle-applies",
            order = n,
            level = "account",
            limit = "",
            default = "",
            replaced = ""
        )
    };
    for (n, ordinal) in [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (111, "111th"),
    ] {
        assert_eq!(applies(n), format!("applies {ordinal}: account: "));
    }
    assert!(
        tr!(
            Lang::Ko,
            "calc-throttle-applies",
            order = 2,
            level = "계정",
            limit = "",
            default = "",
            replaced = ""
        )
        .starts_with("적용 순서 2: 계정")
    );
}

/// The Korean labels fit the form's label column (12 columns; a Korean letter takes two).
#[test]
fn korean_field_words_fit_the_form() {
    use unicode_width::UnicodeWidthStr;
    for f in find("throttle").unwrap().fields() {
        let t = crate::calc_text::field_text(Lang::Ko, "throttle", f.key);
        assert!(t.label.width() <= 12, "{}: {}", f.key, t.label);
        assert!(!t.hint.is_empty() && !t.hint.starts_with("calc-"), "{t:?}");
        assert_ne!(t, crate::calc_text::field_text(Lang::En, "throttle", f.key));
    }
}

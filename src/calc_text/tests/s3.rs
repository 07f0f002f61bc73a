//! The S3 request-rate calculator as the user reads it.

use super::both::{has, inputs, report};
use super::en::error_line;
use crate::core::calc::find;
use crate::core::config::Lang;

/// The English report of the calculator for `pairs`.
fn lines(pairs: &[(&str, &str)]) -> Vec<String> {
    report(Lang::En, "s3", pairs)
}

/// <https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html>: 10
/// prefixes scale reads to 55,000 a second.
#[test]
fn the_guide_s_example_reads_line_by_line() {
    let l = lines(&[("reads", "55000"), ("writes", "9000"), ("prefixes", "10")]);
    has(
        &l,
        "S3: 10 prefixes needed for 55,000 GET/HEAD and 9,000 PUT/COPY/POST/DELETE requests/s",
    );
    has(
        &l,
        "GET/HEAD: ceil(55,000 requests/s / 5,500 per prefix) = 10 prefixes",
    );
    has(
        &l,
        "PUT/COPY/POST/DELETE: ceil(9,000 requests/s / 3,500 per prefix) = 3 prefixes",
    );
    has(
        &l,
        "GET/HEAD over 10 prefixes: 55,000 / 10 = 5,500 a prefix <= 5,500",
    );
    has(
        &l,
        "spread evenly over 10 prefixes: within the per-prefix rates",
    );
    let l = lines(&[("writes", "8000"), ("prefixes", "2")]);
    has(
        &l,
        "PUT/COPY/POST/DELETE over 2 prefixes: 8,000 / 2 = 4,000 a prefix > 3,500",
    );
    has(
        &l,
        "over the per-prefix rates, expect 503 Slow Down; use at least 3",
    );
}

#[test]
fn errors_name_the_flag() {
    let e = find("s3").unwrap().evaluate(&inputs(&[])).unwrap_err();
    assert_eq!(error_line(&e[0]), "reads: missing; give reads per second");
}

//! Helpers for the tests that read a calculator in both languages: the same lines with the same
//! numbers, and no English left in the Korean.

use crate::calc_text::said;
use crate::core::calc::{Inputs, find};
use crate::core::config::Lang;

pub(super) fn inputs(pairs: &[(&str, &str)]) -> Inputs {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// Every line of calculator `id`'s report in `lang`: the headlines, the steps, the notes.
pub(super) fn report(lang: Lang, id: &str, pairs: &[(&str, &str)]) -> Vec<String> {
    let r = find(id).unwrap().evaluate(&inputs(pairs)).unwrap();
    r.summary
        .iter()
        .chain(&r.steps)
        .chain(&r.notes)
        .map(|s| said(lang, s))
        .collect()
}

/// Fails unless a line of `lines` contains `text`.
pub(super) fn has(lines: &[String], text: &str) {
    assert!(
        lines.iter().any(|l| l.contains(text)),
        "no line has {text:?}:\n{}",
        lines.join("\n")
    );
}

/// The numbers of a line, sorted: digits with `,` or `.` between them (`1,000`, `0.5`, `429`).
pub(super) fn numbers(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let joins = (c == ',' || c == '.')
            && !cur.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if c.is_ascii_digit() || joins {
            cur.push(c);
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out.sort();
    out
}

/// Names that stay English in the Korean text: services, APIs, exceptions, metrics, units, the
/// parts of Region names, the `x` of the working's products and `ceil`.
const NAMES: &[&str] = &[
    "API",
    "AWS",
    "Arm",
    "DeleteMessage",
    "DeleteMessageBatch",
    "DynamoDB",
    "FIFO",
    "GB",
    "Gateway",
    "GetRecords",
    "ID",
    "IteratorAge",
    "KB",
    "Kinesis",
    "Lambda",
    "MB",
    "Many",
    "MaxNumberOfMessages",
    "ProvisionedThroughputExceeded",
    "ReceiveMessage",
    "Requests",
    "SQS",
    "SendMessage",
    "Streams",
    "ThrottlingException",
    "Too",
    "TooManyRequestsException",
    "af",
    "ceil",
    "east",
    "eu",
    "ms",
    "s",
    "south",
    "us",
    "west",
    "x",
];

/// Calculator `id` says the same numbers, line by line, in English and Korean, and its Korean
/// has no English words but names. Returns the Korean lines.
pub(super) fn same_numbers(id: &str, pairs: &[(&str, &str)]) -> Vec<String> {
    let en = report(Lang::En, id, pairs);
    let ko = report(Lang::Ko, id, pairs);
    assert_eq!(en.len(), ko.len());
    for (e, k) in en.iter().zip(&ko) {
        assert_eq!(numbers(e), numbers(k), "\nen: {e}\nko: {k}");
        assert!(
            k.chars().any(|c| ('가'..='힣').contains(&c)),
            "no Korean in {k}"
        );
        for token in k.split_whitespace().filter(|t| !t.contains("://")) {
            for word in token
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
            {
                assert!(NAMES.contains(&word), "English `{word}` in {k}");
            }
        }
    }
    ko
}

#[test]
fn numbers_are_read_with_their_separators() {
    assert_eq!(
        numbers("10 x 1,000 = 10,000/s; 0.5 s (us-east-1)."),
        ["0.5", "1", "1,000", "10", "10,000"]
    );
}

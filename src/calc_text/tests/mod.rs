//! The calculators' tests that read what the user reads: the working, the notes and the errors in
//! English (they moved here from `core::calc`, which returns data only).

mod both;
mod drills;
mod dynamodb;
mod ec2;
mod iam;
mod kinesis;
mod lambda;
mod s3;
mod size;
mod throttle;

/// Every calculator in the registry has its own title and words for every field, so a new
/// calculator cannot show the fallback "Value" label.
#[test]
fn every_calculator_and_field_has_words() {
    use crate::calc_text::{field_text, title};
    use crate::core::calc::calculators;
    use crate::i18n::tr;
    for lang in crate::i18n::LANGS {
        let other = tr!(lang, "calc-title-other");
        let value = tr!(lang, "calc-field-other");
        for c in calculators() {
            assert_ne!(title(lang, c.id()), other, "{} has no title", c.id());
            for f in c.fields() {
                let t = field_text(lang, c.id(), f.key);
                assert_ne!(t.label, value, "{}.{} has no label", c.id(), f.key);
                assert!(!t.hint.is_empty(), "{}.{} has no hint", c.id(), f.key);
            }
        }
    }
}

/// The Calculators screen names other inputs by their labels, the command line by their flags
/// (issue 21: form errors named CLI flags).
#[test]
fn form_errors_name_fields_and_cli_errors_name_flags() {
    use crate::core::calc::{Inputs, find};
    use en::{error_line, form_error_line};
    let c = find("dynamodb").unwrap();
    let inputs: Inputs = [("operation", "get-item"), ("items", "2KB"), ("writes", "5")]
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .into();
    let errors = c.evaluate(&inputs).unwrap_err();
    let form: Vec<String> = errors.iter().map(form_error_line).collect();
    let cli: Vec<String> = errors.iter().map(error_line).collect();
    assert!(form.iter().all(|l| !l.contains("--")), "{form:?}");
    assert!(
        form.iter().any(|l| l.contains("the Reads/s field")),
        "{form:?}"
    );
    assert!(cli.iter().any(|l| l.contains("--reads")), "{cli:?}");
}

/// The words in English, as the tests of each calculator read them.
mod en {
    use crate::calc_text as text;
    use crate::core::calc::CalcError;
    use crate::core::config::Lang::En;

    pub fn error_line(e: &CalcError) -> String {
        text::error_line(En, e)
    }
    pub fn form_error_line(e: &CalcError) -> String {
        text::form_error_line(En, e)
    }

    pub mod dynamodb {
        use crate::calc_text::dynamodb as text;
        use crate::core::calc::dynamodb::{Note, Step};
        use crate::core::calc::size::ItemSize;
        use crate::core::config::Lang::En;

        pub fn step(s: &Step) -> String {
            text::step(En, s)
        }
        pub fn note(n: &Note) -> String {
            text::note(En, n)
        }
        pub fn size_reading(s: &ItemSize) -> String {
            text::size_reading(En, s)
        }
    }

    pub mod ec2 {
        use crate::calc_text::ec2 as text;
        use crate::core::calc::ec2::{BuildStep, DecodeNote, Decoded, Unknown};
        use crate::core::config::Lang::En;

        pub fn build_step(s: &BuildStep) -> String {
            text::build_step(En, s)
        }
        pub fn decoded_lines(d: &Decoded) -> Vec<String> {
            text::decoded_lines(En, d)
        }
        pub fn note(n: &DecodeNote) -> String {
            text::note(En, n)
        }
        pub fn unknown(u: &Unknown) -> String {
            text::unknown(En, u)
        }
    }

    pub mod drills {
        use crate::core::calc::drills::Expected;
        use crate::core::config::Lang::En;

        pub fn expected(e: &Expected) -> String {
            crate::calc_text::drills::expected(En, e)
        }
    }
}

use both::numbers;

/// Every line of the DynamoDB, EC2 and S3 reports and their errors says the same numbers in
/// Korean as in English.
#[test]
fn korean_says_the_same_numbers_as_english() {
    use crate::calc_text::{message, said};
    use crate::core::calc::{Inputs, find};
    use crate::core::config::Lang;
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("dynamodb", &[("items", "6.5KB"), ("reads", "80")]),
        (
            "dynamodb",
            &[
                ("items", "2KB"),
                ("writes", "100"),
                ("gsi", "512B,1.5KB"),
                ("regions", "3"),
            ],
        ),
        (
            "dynamodb",
            &[
                ("operation", "batch-get-item"),
                ("items", "1.5KB,6.5KB,3x100KB"),
                ("reads", "10"),
                ("consistency", "transactional"),
            ],
        ),
        (
            "dynamodb",
            &[
                ("operation", "query"),
                ("items", "1500x64B"),
                ("reads", "5"),
            ],
        ),
        (
            "dynamodb",
            &[
                ("operation", "transact-write-items"),
                ("items", "1KB,3KB"),
                ("writes", "7"),
            ],
        ),
        (
            "dynamodb",
            &[("items", "6.5KB"), ("rcu", "80"), ("wcu", "10")],
        ),
        (
            "dynamodb",
            &[("items", "6.5KB"), ("reads", "3"), ("mode", "on-demand")],
        ),
        (
            "dynamodb",
            &[("items", "500KB"), ("reads", "-1"), ("writes", "x")],
        ),
        (
            "dynamodb",
            &[("items", "2KB"), ("writes", "5"), ("operation", "get-item")],
        ),
        ("ec2", &[("name", "m5.large")]),
        ("ec2", &[("name", "p4d.24xlarge")]),
        ("ec2", &[("name", "m7gd.2xlarg")]),
        ("ec2", &[("build", "memory, graviton, nvme, 2xlarge")]),
        ("ec2", &[("build", "gpu, at least 64 GiB")]),
        ("ec2", &[("build", "memory, purple")]),
        (
            "s3",
            &[("reads", "11000"), ("writes", "3500"), ("prefixes", "1")],
        ),
        ("s3", &[("reads", "0"), ("writes", "1")]),
        ("s3", &[("reads", "many")]),
    ];
    let mut checked = 0;
    for (id, pairs) in cases {
        let c = find(id).unwrap();
        let inputs: Inputs = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let lines = |lang| match c.evaluate(&inputs) {
            Ok(r) => r
                .summary
                .iter()
                .chain(&r.steps)
                .chain(&r.notes)
                .chain(&r.prompt)
                .map(|s| said(lang, s))
                .collect::<Vec<_>>(),
            Err(errors) => errors.iter().map(|e| message(lang, e)).collect(),
        };
        for (en, ko) in lines(Lang::En).iter().zip(lines(Lang::Ko)) {
            assert_eq!(numbers(en), numbers(&ko), "{id} {pairs:?}:\n{en}\n{ko}");
            checked += 1;
        }
    }
    assert!(checked > 80, "{checked} lines");
}

//! The calculators' tests that read what the user reads: the working, the notes and the errors in
//! English (they moved here from `core::calc`, which returns data only).

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
    for c in calculators() {
        assert_ne!(title(c.id()), "Calculator", "{} has no title", c.id());
        for f in c.fields() {
            let t = field_text(c.id(), f.key);
            assert_ne!(t.label, "Value", "{}.{} has no label", c.id(), f.key);
            assert!(!t.hint.is_empty(), "{}.{} has no hint", c.id(), f.key);
        }
    }
}

/// The Calculators screen names other inputs by their labels, the command line by their flags
/// (issue 21: form errors named CLI flags).
#[test]
fn form_errors_name_fields_and_cli_errors_name_flags() {
    use crate::calc_text::{error_line, form_error_line};
    use crate::core::calc::{Inputs, find};
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

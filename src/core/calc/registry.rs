//! The calculator registry: the `Calculator` contract and the one list of calculators. The
//! Calculators screen, `awsdrill calc <id>` and the generated drills all go through this list, so
//! adding a calculator is a file that implements `Calculator` and one line in `CALCULATORS`.

use super::{CalcError, dynamodb, ec2, kinesis, lambda, s3, throttle};
use std::collections::BTreeMap;

/// What a user typed, by field key; a missing key is an empty field.
pub type Inputs = BTreeMap<String, String>;

/// One input of a calculator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The key: the CLI flag without its dashes and the saved-input key (`reads`). Its label and
    /// hint are words, made by `calc_text::field_text`.
    pub key: &'static str,
    /// What the field holds when the screen first opens (the worked example), often empty.
    pub example: &'static str,
}

/// Everything a calculator says, as data; the `calc_text` module writes it in words.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// The DynamoDB capacity calculator.
    Dynamodb(dynamodb::Said),
    /// The EC2 instance-type decoder and builder.
    Ec2(ec2::Said),
    /// The Lambda concurrency, scaling and cost calculator.
    Lambda(lambda::Said),
    /// The Kinesis Data Streams shard calculator.
    Kinesis(kinesis::Said),
    /// The API Gateway and SQS FIFO throttling calculator.
    Throttle(throttle::Said),
    /// The S3 request-rate calculator.
    S3(s3::Said),
    /// A step of an IAM policy evaluation (generated IAM puzzles).
    Iam(IamSaid),
}

/// What an IAM puzzle's working says: the path through the evaluation and how each statement met
/// the request.
#[derive(Debug, Clone, PartialEq)]
pub enum IamSaid {
    /// A box of the flow chart and where it led.
    Step(crate::core::iam::eval::Step),
    /// A statement and how it met the request.
    Statement(crate::core::iam::eval::StatementTrace),
}

impl Said {
    /// A headline that reports a problem (an instance type that does not exist, requests
    /// throttled, a stream that falls behind).
    pub fn is_warning(&self) -> bool {
        use throttle::Headline as T;
        match self {
            Said::Ec2(ec2::Said::Status { known, .. }) => !known,
            Said::Lambda(lambda::Said::Headline(h)) => matches!(
                h,
                lambda::Headline::Concurrency {
                    throttled: true,
                    ..
                } | lambda::Headline::Stream {
                    keeps_up: false,
                    ..
                }
            ),
            Said::Kinesis(kinesis::Said::Headline(kinesis::Headline::OnDemand {
                fits, ..
            })) => !fits,
            Said::Throttle(throttle::Said::Headline(h)) => match h {
                T::Pattern { throttled, .. } => *throttled > 0,
                T::Steady {
                    throttled_per_second,
                    ..
                } => *throttled_per_second > 0,
                T::Sqs { fits, .. } => !fits,
            },
            Said::S3(s3::Said::Headline(s3::Headline::Spread { fits, .. })) => !fits,
            _ => false,
        }
    }

    /// A line that heads the lines after it (`build:`).
    pub fn is_heading(&self) -> bool {
        matches!(self, Said::Ec2(ec2::Said::BuildHeading))
    }
}

/// A calculator's answer: the results, the working and the notes.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Report {
    /// The results, one line each.
    pub summary: Vec<Said>,
    /// The working (or the description), one line each.
    pub steps: Vec<Said>,
    /// Things to know that are not steps.
    pub notes: Vec<Said>,
    /// What to type, when nothing that gives a result is typed yet.
    pub prompt: Option<Said>,
    /// The results as named values: the top-level fields of `awsdrill calc ID --json` beside
    /// `calculator`, `summary`, `working` and `notes` (documented in the README per calculator).
    pub data: serde_json::Map<String, serde_json::Value>,
}

impl Report {
    /// A calculator's outcome as a report: its serialized fields and `source` (the AWS page the
    /// numbers come from) are the JSON `data`; each headline, step and note is wrapped in the
    /// registry's `Said` by the three functions given.
    pub fn of_outcome<H: Clone, S: Clone, N: Clone>(
        fields: &impl serde::Serialize,
        source: &str,
        (headlines, steps, notes): (&[H], &[S], &[N]),
        (head, step, note): (impl Fn(H) -> Said, impl Fn(S) -> Said, impl Fn(N) -> Said),
    ) -> Report {
        let mut data = match serde_json::to_value(fields) {
            Ok(serde_json::Value::Object(map)) => map,
            _ => serde_json::Map::new(),
        };
        data.insert("source".into(), source.into());
        Report {
            summary: headlines.iter().cloned().map(head).collect(),
            steps: steps.iter().cloned().map(step).collect(),
            notes: notes.iter().cloned().map(note).collect(),
            data,
            ..Report::default()
        }
    }
}

/// A calculator: fields in, a report (or every field's error) out. Pure.
pub trait Calculator: Sync {
    /// A short id: the `awsdrill calc` subcommand and the saved-input key (`dynamodb`).
    fn id(&self) -> &'static str;

    /// The inputs, in the order the screen shows them.
    fn fields(&self) -> &'static [Field];

    /// Computes the report from the typed inputs, or returns every input error.
    fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>>;

    /// The field an error about `field` is shown beside: the field with that key, else the first.
    fn field_for(&self, field: &str) -> &'static str {
        let fields = self.fields();
        fields
            .iter()
            .find(|f| f.key == field)
            .or(fields.first())
            .map_or("", |f| f.key)
    }

    /// The fields the command line takes as switches (`--enhanced-fan-out`): given, the field holds
    /// `yes`; on the form they are fields like any other (`yes` or `no`).
    fn switches(&self) -> &'static [&'static str] {
        &[]
    }

    /// Whether the steps are a numbered working (else they are lines of a description).
    fn numbered(&self) -> bool {
        true
    }

    /// The inputs the screen opens with: every field's example.
    fn examples(&self) -> Inputs {
        self.fields()
            .iter()
            .map(|f| (f.key.to_string(), f.example.to_string()))
            .collect()
    }
}

/// Every calculator, in the order of the screen's tabs.
static CALCULATORS: &[&dyn Calculator] = &[
    &dynamodb::DynamodbCalculator,
    &ec2::Ec2Calculator,
    &lambda::LambdaCalculator,
    &kinesis::KinesisCalculator,
    &throttle::ThrottleCalculator,
    &s3::S3Calculator,
];

/// Every calculator, in the order of the screen's tabs.
pub fn calculators() -> &'static [&'static dyn Calculator] {
    CALCULATORS
}

/// The calculator with this id.
///
/// ```
/// use awsdrill::core::calc::{find, Inputs};
/// let c = find("dynamodb").unwrap();
/// let inputs: Inputs = [("items", "6.5KB"), ("reads", "80")]
///     .map(|(k, v)| (k.to_string(), v.to_string()))
///     .into();
/// assert_eq!(c.evaluate(&inputs).unwrap().steps.len(), 5);
/// ```
pub fn find(id: &str) -> Option<&'static dyn Calculator> {
    CALCULATORS.iter().copied().find(|c| c.id() == id)
}

/// The text of `key` in `inputs` (empty when absent).
pub fn input<'a>(inputs: &'a Inputs, key: &str) -> &'a str {
    inputs.get(key).map_or("", String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_every_calculator_has_fields() {
        let mut ids: Vec<&str> = calculators().iter().map(|c| c.id()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), calculators().len());
        for c in calculators() {
            assert!(!c.fields().is_empty(), "{}", c.id());
            assert!(find(c.id()).is_some());
        }
    }
}

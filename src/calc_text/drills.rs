//! Generated drills in English: the question of each exercise and its answer as shown.

use crate::core::calc::drills::{Expected, Prompt};
use crate::core::calc::dynamodb::Consistency;
use crate::core::drill::fmt;

/// The line a generated drill shows in Browse (and is found by): `generated drill: dynamodb-read`.
pub fn row(kind: crate::core::calc::drills::GeneratorKind) -> String {
    format!("generated drill: {}", kind.key())
}

/// The question of an exercise.
pub fn prompt(p: &Prompt) -> String {
    match p {
        Prompt::DynamodbRead {
            size,
            rate,
            consistency,
        } => {
            let words = match consistency {
                Consistency::Eventual => "eventually consistent",
                Consistency::Strong => "strongly consistent",
                Consistency::Transactional => "transactional",
            };
            format!(
                "An application reads items of {} with GetItem, {rate} times per second, using {words} reads. How many RCU must the table provision?",
                size.replace("KB", " KB")
            )
        }
        Prompt::DynamodbWrite { size, rate } => format!(
            "An application writes new items of {} with PutItem, {rate} times per second. How many WCU must the table provision?",
            size.replace("KB", " KB")
        ),
        Prompt::Ec2Generation { name } => {
            format!("What generation is the EC2 instance type {name}?")
        }
        Prompt::Ec2Letter { name, meaning } => format!(
            "In the EC2 instance type {name}, which option letter means: {meaning}? Type the letter."
        ),
    }
}

/// The right answer as shown after the reveal.
pub fn expected(e: &Expected) -> String {
    match e {
        Expected::Number { value, unit } => format!("{} {unit}", fmt(*value)),
        Expected::Text(t) => t.clone(),
        Expected::Refused => "(no answer: the calculator refused this exercise)".into(),
    }
}

//! Generated drills in English: the question of each exercise and its answer as shown.

use crate::core::calc::drills::{Expected, Prompt};
use crate::core::calc::dynamodb::Consistency;
use crate::core::calc::number::group;
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
        Prompt::LambdaConcurrency { rps, duration_ms } => format!(
            "A Lambda function receives {} requests per second, and each takes {} ms on average. What concurrency does it need (execution environments, rounded up)?",
            group(u64::from(*rps)),
            group(u64::from(*duration_ms))
        ),
        Prompt::LambdaStream {
            dynamodb,
            shards,
            factor,
        } => format!(
            "A Lambda function reads {} with {} shards through an event source mapping with a parallelization factor of {factor}. How many concurrent invocations can it run at most?",
            if *dynamodb {
                "a DynamoDB stream"
            } else {
                "a Kinesis data stream"
            },
            group(u64::from(*shards))
        ),
        Prompt::KinesisShards {
            write_mb,
            records,
            consumers,
        } => format!(
            "Producers write {write_mb} MB per second in {} records per second to a provisioned Kinesis data stream, read by {consumers} consumer{} without enhanced fan-out. How many shards does it need at least?",
            group(u64::from(*records)),
            if *consumers == 1 { "" } else { "s" }
        ),
        Prompt::SqsFifo {
            batch,
            high_throughput,
            region,
        } => {
            let mode = if *high_throughput {
                "with high throughput mode"
            } else {
                "without high throughput mode"
            };
            let calls = if *batch == 1 {
                "one message per SendMessage call".to_string()
            } else {
                format!("batches of {batch} messages per SendMessageBatch call")
            };
            format!(
                "An SQS FIFO queue in {region}, {mode}, receives {calls}. How many messages per second can it take at most?"
            )
        }
        Prompt::ApigatewayBurst {
            first,
            second,
            at_ms,
        } => format!(
            "Under API Gateway's default account limit (10,000 requests per second, burst 5,000), a client sends {} requests in the first millisecond and {} more {} ms later. How many of them are served?",
            group(u64::from(*first)),
            group(u64::from(*second)),
            group(u64::from(*at_ms))
        ),
        Prompt::S3Prefixes { reads, writes } => format!(
            "An application sends {} GET and {} PUT requests per second to one S3 bucket. Over how many prefixes must it spread them at least?",
            group(u64::from(*reads)),
            group(u64::from(*writes))
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

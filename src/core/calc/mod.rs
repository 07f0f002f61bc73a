//! Calculators that show their working: DynamoDB capacity units, the EC2 instance-type decoder,
//! Lambda concurrency and cost, Kinesis shards, API Gateway and SQS FIFO throttling, S3 request rates.
//!
//! Pure: no clock, disk or terminal. Inputs arrive as the text a user typed (a CLI flag or a TUI
//! field), so the CLI and the TUI validate the same way and name the same field in an error. Every
//! result carries its working as data: a list of typed steps, each naming the rule it applies and
//! carrying its numbers and units. Nothing here writes a sentence: the words of steps, notes and
//! errors are written at the edge (the `calc_text` module, in English), so another language is another
//! renderer. `registry` lists the calculators; the Calculators screen, `awsdrill calc` and the
//! generated drills all go through it.

pub mod drills;
pub mod dynamodb;
pub mod ec2;
mod error;
pub mod facts;
mod fields;
pub mod kinesis;
pub mod lambda;
pub mod number;
pub mod registry;
pub mod s3;
pub mod size;
pub mod throttle;

pub use error::{CalcError, ErrorKind, Twice};
pub use registry::{Calculator, Field, Inputs, Report, Said, calculators, find};

/// Text from the user, shortened and with control characters escaped, for use inside a message.
pub fn shown(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

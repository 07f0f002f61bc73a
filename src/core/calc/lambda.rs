//! Lambda concurrency, scaling and cost, with the working line by line.
//!
//! The rules, from the Lambda developer guide ("Understanding Lambda function scaling",
//! <https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html>, and the pages in
//! `data.rs`) and the pricing page:
//! - concurrency = requests per second x average duration in seconds (rounded up to whole
//!   execution environments);
//! - an account has 1,000 concurrency per Region by default, and Lambda allows 10 requests per
//!   second per unit of concurrency (10,000 by default), at the account and the function level;
//! - reserved concurrency is a function's maximum (and guaranteed minimum); at least 100 stays
//!   unreserved, so a function reserves at most the account limit less 100; provisioned
//!   concurrency is pre-initialized environments, never more than the reserved concurrency;
//! - a function scales by 1,000 new execution environments every 10 seconds;
//! - an SQS event source starts with 5 concurrent batches and adds up to 300 a minute, at most
//!   1,000; a Kinesis or DynamoDB Streams source runs one batch per shard at a time times the
//!   parallelization factor (1 to 10);
//! - cost = GB-seconds x the price per GB-second (x86 or Arm) + requests x $0.20 per million, with
//!   a free tier of 400,000 GB-seconds and 1 million requests a month.

mod compute;
pub mod data;
pub mod plan;
mod said;
#[cfg(test)]
mod tests;

pub use compute::{CostResult, Outcome, StreamResult, evaluate};
pub use plan::{Arch, Plan, Source};
pub use said::{Headline, LimitKind, Note, Said, Step};

use super::CalcError;
use super::registry::{Calculator, Field, Inputs, Report};

/// Lambda concurrency, scaling and cost.
pub struct LambdaCalculator;

const FIELDS: &[Field] = &[
    Field {
        key: "requests-per-second",
        example: "100",
    },
    Field {
        key: "duration",
        example: "500ms",
    },
    Field {
        key: "account-limit",
        example: "",
    },
    Field {
        key: "reserved",
        example: "",
    },
    Field {
        key: "provisioned",
        example: "",
    },
    Field {
        key: "source",
        example: "",
    },
    Field {
        key: "shards",
        example: "",
    },
    Field {
        key: "parallelization",
        example: "",
    },
    Field {
        key: "memory",
        example: "",
    },
    Field {
        key: "architecture",
        example: "",
    },
    Field {
        key: "requests-per-month",
        example: "",
    },
];

impl Calculator for LambdaCalculator {
    fn id(&self) -> &'static str {
        "lambda"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>> {
        evaluate(inputs).map(|o| o.report())
    }
}

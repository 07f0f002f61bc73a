//! Throttling: API Gateway's token buckets (the account, stage, method and usage-plan limits, in
//! the order they apply) and SQS FIFO throughput (API calls per action, batching, high throughput
//! mode by Region), with the working line by line.
//!
//! The rules, from the API Gateway developer guide ("Throttle requests to your REST APIs",
//! <https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html>)
//! and the SQS developer guide ("Amazon SQS message quotas"):
//! - API Gateway throttles with token buckets: a bucket holds up to the burst and refills at the
//!   steady rate; a request takes a token or gets `429 Too Many Requests`;
//! - the limits apply in this order: per-client or per-method limits of a usage plan, per-method
//!   limits of the stage (a method's own setting replaces the stage's default), the account's
//!   limit per Region (10,000 requests/s, burst 5,000 by default; 2,500 and 1,250 in some
//!   Regions), then AWS Regional throttling;
//! - a FIFO queue takes 300 API calls a second per action (SendMessage, ReceiveMessage,
//!   DeleteMessage); batches of up to 10 make that 3,000 messages; high throughput mode raises
//!   the calls to between 2,400 and 70,000 a second, by Region.

mod apigw;
pub mod data;
mod plan;
mod sqs;
#[cfg(test)]
mod tests;

pub use plan::{Arrival, Level, Limit, Service, evaluate};

use super::CalcError;
use super::registry::{Calculator, Field, Inputs, Report};

/// A result line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Headline {
    /// An arrival pattern through the buckets.
    Pattern {
        /// Requests.
        total: u64,
        /// Served.
        served: u64,
        /// Throttled.
        throttled: u64,
        /// The limit that throttled the most, when one did.
        by: Option<Limit>,
    },
    /// A steady rate against the limits.
    Steady {
        /// Requests per second.
        rate: u64,
        /// The lowest steady rate of the limits.
        limit: Limit,
        /// Requests per second throttled once the burst is spent.
        throttled_per_second: u64,
        /// Milliseconds the burst lasts, when the rate is over the limit.
        burst_ms: Option<u64>,
    },
    /// SQS FIFO throughput.
    Sqs {
        /// Messages per second.
        rate: u64,
        /// API calls per second needed per action.
        calls: u64,
        /// API calls per second allowed per action.
        tps: u64,
        /// Messages per second at this batch size.
        max_messages: u64,
        /// Whether the rate fits.
        fits: bool,
    },
}

/// One step of the working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A limit, in the order it applies (1-based).
    Limit {
        /// 1-based.
        order: usize,
        /// The limit.
        limit: Limit,
        /// The stage's default it replaces, for a method's own limit.
        replaces: Option<Limit>,
    },
    /// The token bucket rule.
    TokenBucket,
    /// An entry of the arrival pattern through the buckets.
    Entry {
        /// The arrivals.
        arrival: Arrival,
        /// Whole tokens in the emptiest bucket when the entry starts.
        available: u64,
        /// Served.
        served: u64,
        /// Throttled.
        throttled: u64,
        /// The limit that throttled them, when any was throttled.
        by: Option<Level>,
    },
    /// The pattern's totals.
    PatternTotal {
        /// Requests.
        total: u64,
        /// Served.
        served: u64,
        /// Throttled.
        throttled: u64,
    },
    /// A steady rate against one limit.
    SteadyLevel {
        /// The limit.
        limit: Limit,
        /// Requests per second.
        rate: u64,
        /// Milliseconds the burst lasts, when the rate is over the limit.
        burst_ms: Option<u64>,
    },
    /// SQS FIFO: the API calls per action allowed.
    SqsQuota {
        /// High throughput mode.
        high_throughput: bool,
        /// The Region.
        region: String,
        /// Calls per second per action.
        tps: u64,
    },
    /// SQS FIFO: messages per second with batches.
    SqsBatch {
        /// Messages per call.
        batch: u64,
        /// Calls per second.
        tps: u64,
        /// Messages per second.
        max_messages: u64,
    },
    /// SQS FIFO: the calls a rate needs.
    SqsCalls {
        /// Messages per second.
        rate: u64,
        /// Messages per call.
        batch: u64,
        /// Calls per second.
        calls: u64,
    },
    /// SQS FIFO: the calls against the quota.
    SqsVerdict {
        /// Calls per second needed.
        calls: u64,
        /// Calls per second allowed.
        tps: u64,
        /// The least batch size that fits, when a batch of up to 10 does.
        batch_needed: Option<u64>,
        /// High throughput mode.
        high_throughput: bool,
    },
}

/// Something to know that is not a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// The account limit's default depends on the Region.
    AccountDefault {
        /// The Region.
        region: String,
        /// Whether it has the lower default.
        small: bool,
    },
    /// Limits are targets, applied on a best-effort basis.
    BestEffort,
    /// AWS Regional throttling comes after the account's limit and is not set by you.
    RegionalThrottling,
    /// High throughput needs many message group IDs.
    MessageGroups,
    /// Receive up to 10 messages per call.
    ReceiveBatch,
    /// Where the numbers come from.
    Sources {
        /// The day read.
        read: &'static str,
        /// The pages.
        urls: Vec<&'static str>,
    },
}

/// Everything the calculator says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// A result line.
    Headline(Headline),
    /// A step of the working.
    Step(Step),
    /// A note.
    Note(Note),
}

/// API Gateway token buckets and SQS FIFO throughput.
pub struct ThrottleCalculator;

const FIELDS: &[Field] = &[
    Field {
        key: "service",
        example: "",
    },
    Field {
        key: "rate",
        example: "",
    },
    Field {
        key: "pattern",
        example: "5000@0ms, 5000@100ms",
    },
    Field {
        key: "account",
        example: "",
    },
    Field {
        key: "stage",
        example: "",
    },
    Field {
        key: "method",
        example: "",
    },
    Field {
        key: "usage-plan",
        example: "",
    },
    Field {
        key: "batch",
        example: "",
    },
    Field {
        key: "high-throughput",
        example: "",
    },
    Field {
        key: "region",
        example: "",
    },
];

impl Calculator for ThrottleCalculator {
    fn id(&self) -> &'static str {
        "throttle"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn switches(&self) -> &'static [&'static str] {
        &["high-throughput"]
    }

    fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>> {
        evaluate(inputs).map(|o| o.report())
    }
}

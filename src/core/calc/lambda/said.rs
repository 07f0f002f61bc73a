//! What the Lambda calculator says, as data: headlines, the steps of the working (one rule each,
//! with its numbers) and notes. `calc_text::lambda` writes them in English.

use super::{Arch, Source};

/// Which limit caps the function's concurrency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LimitKind {
    /// The account's (unreserved) concurrency.
    Account,
    /// The function's reserved concurrency.
    Reserved,
}

/// A result line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Headline {
    /// The concurrency needed against what the function may use.
    Concurrency {
        /// Whole execution environments needed.
        needed: u64,
        /// The most the function may use.
        limit: u64,
        /// Which limit that is.
        kind: LimitKind,
        /// Whether requests are throttled (by concurrency or by the request rate).
        throttled: bool,
        /// The account limit that would serve the load (when it is the account that throttles).
        account_needed: Option<u64>,
    },
    /// A stream source's most concurrent batches against the concurrency needed.
    Stream {
        /// Shards.
        shards: u64,
        /// Parallelization factor.
        factor: u64,
        /// Shards x factor.
        max: u64,
        /// Whether the stream keeps up.
        keeps_up: bool,
    },
    /// How long scaling from zero takes.
    Scaling {
        /// How the function is invoked.
        source: Source,
        /// Concurrency to reach.
        target: u64,
        /// Seconds at the least.
        seconds: u64,
    },
    /// The monthly cost.
    Cost {
        /// The architecture.
        arch: Arch,
        /// Memory in MB.
        memory_mb: u64,
        /// Cents without the free tier.
        total_cents: u64,
        /// Cents after the free tier.
        free_tier_cents: u64,
    },
}

/// One step of the working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// How the duration was read.
    Duration {
        /// As typed.
        text: String,
        /// Milliseconds.
        ms: u64,
    },
    /// The average rate of a monthly count.
    MonthlyAverage {
        /// Requests a month.
        monthly: u64,
        /// Seconds in the month.
        seconds: u64,
        /// Requests per second, in thousandths (rounded up).
        rps_milli: u128,
    },
    /// concurrency = requests per second x duration.
    Concurrency {
        /// Requests per second, in thousandths.
        rps_milli: u128,
        /// Milliseconds.
        ms: u64,
        /// The product, in thousandths (rounded up).
        concurrency_milli: u128,
        /// Whole execution environments.
        environments: u64,
    },
    /// The account's concurrency limit.
    AccountLimit {
        /// The limit.
        account: u64,
        /// Whether it is the default.
        default: bool,
    },
    /// Reserved concurrency: the function's maximum.
    Reserved {
        /// Reserved concurrency.
        reserved: u64,
        /// The account limit.
        account: u64,
    },
    /// Requests per second allowed: 10 x the concurrency limit.
    RequestRateLimit {
        /// The concurrency limit.
        limit: u64,
        /// Requests per second allowed.
        max_rps: u64,
        /// Requests per second asked for, in thousandths.
        rps_milli: u128,
    },
    /// The concurrency needed against the limit.
    ConcurrencyVerdict {
        /// Environments needed.
        needed: u64,
        /// The limit.
        limit: u64,
        /// Which limit.
        kind: LimitKind,
    },
    /// The account limit that serves the load: the larger of the concurrency and rate / 10.
    AccountNeeded {
        /// Concurrency needed.
        concurrency: u64,
        /// Requests per second / 10, rounded up.
        for_rate: u64,
        /// The larger.
        needed: u64,
    },
    /// Provisioned concurrency: pre-initialized environments.
    Provisioned {
        /// Provisioned concurrency.
        provisioned: u64,
        /// 10 x provisioned.
        max_rps: u64,
        /// Environments needed.
        needed: u64,
        /// Whether the function spills over to on-demand (else the reserved limit throttles).
        reserved: bool,
    },
    /// Scaling of a synchronously invoked function: 1,000 at once, then 1,000 every 10 s.
    ScalingSteps {
        /// Concurrency to reach.
        target: u64,
        /// Steps of 1,000 after the first.
        steps: u64,
        /// Seconds.
        seconds: u64,
    },
    /// An SQS source: 5 batches, then up to 300 more a minute, at most 1,000.
    SqsScaling {
        /// Concurrency to reach (at most 1,000).
        target: u64,
        /// Minutes.
        minutes: u64,
        /// Whether the target was capped at 1,000.
        capped: bool,
    },
    /// A stream source: shards x parallelization factor concurrent batches at most.
    StreamConcurrency {
        /// The source.
        source: Source,
        /// Shards.
        shards: u64,
        /// Factor.
        factor: u64,
        /// Shards x factor.
        max: u64,
    },
    /// The stream's concurrency against the concurrency needed.
    StreamVerdict {
        /// Environments needed.
        needed: u64,
        /// Shards x factor.
        max: u64,
        /// The least factor that keeps up, when it is at most 10.
        factor_needed: Option<u64>,
        /// Shards needed at the highest factor.
        shards_needed: u64,
    },
    /// How the memory was read.
    Memory {
        /// As typed.
        text: String,
        /// MB.
        mb: u64,
    },
    /// Requests a month from the rate.
    MonthlyRequests {
        /// Requests per second, in thousandths.
        rps_milli: u128,
        /// Seconds in the month.
        seconds: u64,
        /// Requests a month.
        monthly: u64,
    },
    /// GB-seconds = requests x seconds x GB.
    GbSeconds {
        /// Requests a month.
        monthly: u64,
        /// Milliseconds.
        ms: u64,
        /// MB.
        mb: u64,
        /// GB-seconds, in thousandths (rounded up).
        gb_s_milli: u128,
    },
    /// The duration charge.
    ComputeCost {
        /// The architecture.
        arch: Arch,
        /// GB-seconds, in thousandths.
        gb_s_milli: u128,
        /// Price per GB-second, in units of $0.0000000001.
        price: u64,
        /// Cents.
        cents: u64,
    },
    /// The request charge.
    RequestCost {
        /// Requests.
        requests: u64,
        /// Cents.
        cents: u64,
    },
    /// The month's total.
    TotalCost {
        /// Compute cents.
        compute: u64,
        /// Request cents.
        requests: u64,
        /// Cents.
        total: u64,
    },
    /// The same after the free tier.
    FreeTier {
        /// Billable GB-seconds, in thousandths.
        gb_s_milli: u128,
        /// Compute cents.
        compute: u64,
        /// Billable requests.
        requests: u64,
        /// Request cents.
        request_cents: u64,
        /// Cents.
        total: u64,
    },
}

/// Something to know that is not a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A monthly count gives an average; peaks need more.
    AverageOfMonth,
    /// The cost on the other architecture.
    OtherArch {
        /// The other architecture.
        arch: Arch,
        /// Cents.
        total_cents: u64,
        /// Cents after the free tier.
        free_tier_cents: u64,
    },
    /// Prices are US East (N. Virginia), first tier.
    PriceRegion,
    /// Provisioned concurrency is billed apart and the free tier does not apply to it.
    ProvisionedBilling,
    /// Reserved concurrency takes from every other function.
    ReservedTakesFromOthers {
        /// What is left for the others.
        left: u64,
    },
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

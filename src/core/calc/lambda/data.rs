//! Lambda's documented limits and prices, each with its page and the day it was read.

use crate::core::calc::facts::Fact;

/// "Understanding Lambda function scaling": the concurrency formula, the reserved/provisioned
/// rules, the requests-per-second limit.
pub const CONCURRENCY_PAGE: &str =
    "https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html";
/// "Lambda scaling behavior".
pub const SCALING_PAGE: &str = "https://docs.aws.amazon.com/lambda/latest/dg/scaling-behavior.html";
/// "Configuring scaling behavior for SQS event source mappings".
pub const SQS_PAGE: &str = "https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html";
/// "Lambda parameters for Amazon Kinesis Data Streams event source mappings".
pub const STREAM_PAGE: &str =
    "https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parameters.html";
/// "AWS Lambda pricing" (US East (N. Virginia), first tier).
pub const PRICING_PAGE: &str = "https://aws.amazon.com/lambda/pricing/";

/// Concurrent executions per Region by default (the account limit).
pub const ACCOUNT_CONCURRENCY: Fact = Fact::new(1_000, CONCURRENCY_PAGE);
/// Concurrency Lambda always keeps unreserved, whatever the account limit.
pub const UNRESERVED_MINIMUM: Fact = Fact::new(100, CONCURRENCY_PAGE);
/// Requests per second allowed per unit of concurrency (account and function level).
pub const REQUESTS_PER_CONCURRENCY: Fact = Fact::new(10, CONCURRENCY_PAGE);
/// New execution environments per function in each scaling step.
pub const SCALING_STEP: Fact = Fact::new(1_000, SCALING_PAGE);
/// Seconds between scaling steps.
pub const SCALING_SECONDS: Fact = Fact::new(10, SCALING_PAGE);
/// Concurrent batches an SQS event source mapping starts with.
pub const SQS_START: Fact = Fact::new(5, SQS_PAGE);
/// More concurrent batches an SQS event source mapping adds per minute, at most.
pub const SQS_PER_MINUTE: Fact = Fact::new(300, SQS_PAGE);
/// The most batches an SQS event source mapping processes at once.
pub const SQS_MAX: Fact = Fact::new(1_000, SQS_PAGE);
/// The highest parallelization factor of a Kinesis or DynamoDB Streams event source mapping.
pub const MAX_PARALLELIZATION: Fact = Fact::new(10, STREAM_PAGE);
/// Lambda's longest timeout, in milliseconds (15 minutes).
pub const MAX_DURATION_MS: Fact = Fact::new(
    900_000,
    "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html",
);
/// The least and the most memory a function takes, in MB.
pub const MIN_MEMORY_MB: Fact = Fact::new(128, PRICING_PAGE);
/// The most memory a function takes, in MB.
pub const MAX_MEMORY_MB: Fact = Fact::new(10_240, PRICING_PAGE);
/// x86 duration price per GB-second, in units of $0.0000000001 ($0.0000166667).
pub const X86_PRICE: Fact = Fact::new(166_667, PRICING_PAGE);
/// Arm duration price per GB-second, in units of $0.0000000001 ($0.0000133334).
pub const ARM_PRICE: Fact = Fact::new(133_334, PRICING_PAGE);
/// Price per request, in units of $0.0000000001 ($0.20 per million).
pub const REQUEST_PRICE: Fact = Fact::new(2_000, PRICING_PAGE);
/// Free-tier GB-seconds a month.
pub const FREE_GB_SECONDS: Fact = Fact::new(400_000, PRICING_PAGE);
/// Free-tier requests a month.
pub const FREE_REQUESTS: Fact = Fact::new(1_000_000, PRICING_PAGE);
/// Seconds in the month the AWS Pricing Calculator uses (730 hours).
pub const SECONDS_PER_MONTH: u64 = 730 * 3600;

/// Every fact the calculator uses (for its list of sources).
pub const ALL: &[Fact] = &[
    ACCOUNT_CONCURRENCY,
    UNRESERVED_MINIMUM,
    REQUESTS_PER_CONCURRENCY,
    SCALING_STEP,
    SQS_START,
    MAX_PARALLELIZATION,
    X86_PRICE,
];

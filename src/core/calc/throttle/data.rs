//! API Gateway's and SQS FIFO's documented throttling limits, each with its page and the day read.

use crate::core::calc::facts::Fact;

/// "Throttle requests to your REST APIs for better throughput in API Gateway": the token bucket,
/// the order the limits apply in.
pub const APIGW_PAGE: &str = "https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-request-throttling.html";
/// "Protecting your HTTP API": the token bucket's worked examples.
pub const APIGW_EXAMPLES_PAGE: &str =
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-protect.html";
/// "Amazon API Gateway quotas": the account's default rate and burst per Region.
pub const APIGW_QUOTAS_PAGE: &str =
    "https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html";
/// "Amazon SQS message quotas": FIFO throughput, batching, high throughput mode by Region.
pub const SQS_PAGE: &str = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/quotas-messages.html";

/// The account's steady rate per Region, requests per second.
pub const APIGW_RATE: Fact = Fact::new(10_000, APIGW_QUOTAS_PAGE);
/// The account's burst (bucket size) per Region.
pub const APIGW_BURST: Fact = Fact::new(5_000, APIGW_QUOTAS_PAGE);
/// The account's steady rate in the Regions with a lower default.
pub const APIGW_SMALL_RATE: Fact = Fact::new(2_500, APIGW_QUOTAS_PAGE);
/// The account's burst in the Regions with a lower default.
pub const APIGW_SMALL_BURST: Fact = Fact::new(1_250, APIGW_QUOTAS_PAGE);
/// The Regions with the lower default: Africa (Cape Town), Europe (Milan), Asia Pacific
/// (Jakarta), Middle East (UAE), Asia Pacific (Hyderabad), Asia Pacific (Melbourne), Europe
/// (Spain), Europe (Zurich), Israel (Tel Aviv), Canada West (Calgary), Asia Pacific (Malaysia),
/// Asia Pacific (Thailand), Mexico (Central).
pub const APIGW_SMALL_REGIONS: &[&str] = &[
    "af-south-1",
    "eu-south-1",
    "ap-southeast-3",
    "me-central-1",
    "ap-south-2",
    "ap-southeast-4",
    "eu-south-2",
    "eu-central-2",
    "il-central-1",
    "ca-west-1",
    "ap-southeast-5",
    "ap-southeast-7",
    "mx-central-1",
];

/// API calls per second per action of a FIFO queue without high throughput mode.
pub const SQS_FIFO_TPS: Fact = Fact::new(300, SQS_PAGE);
/// Messages in one batch, at most.
pub const SQS_MAX_BATCH: Fact = Fact::new(10, SQS_PAGE);
/// High throughput mode, API calls per second per action, by Region group (the last row is every
/// other Region).
pub const SQS_HIGH_THROUGHPUT: &[(Fact, &[&str])] = &[
    (
        Fact::new(70_000, SQS_PAGE),
        &["us-east-1", "us-west-2", "eu-west-1"],
    ),
    (Fact::new(19_000, SQS_PAGE), &["us-east-2", "eu-central-1"]),
    (
        Fact::new(9_000, SQS_PAGE),
        &[
            "ap-south-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-northeast-1",
        ],
    ),
    (Fact::new(4_500, SQS_PAGE), &["eu-west-2", "sa-east-1"]),
    (Fact::new(2_400, SQS_PAGE), &[]),
];

/// The Region assumed when none is given.
pub const DEFAULT_REGION: &str = "us-east-1";

/// Every fact the calculator uses (for its list of sources).
pub const ALL: &[Fact] = &[APIGW_RATE, SQS_FIFO_TPS];

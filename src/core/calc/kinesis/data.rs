//! Kinesis Data Streams' documented shard and stream limits, each with its page and the day read.

use crate::core::calc::facts::Fact;

/// "Choose the right mode": the shard formula of the provisioned mode.
pub const SIZING_PAGE: &str =
    "https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html";
/// "Create and manage Kinesis data streams": what a shard supports.
pub const SHARD_PAGE: &str =
    "https://docs.aws.amazon.com/streams/latest/dev/working-with-streams.html";
/// "Develop enhanced fan-out consumers with dedicated throughput".
pub const FAN_OUT_PAGE: &str =
    "https://docs.aws.amazon.com/streams/latest/dev/enhanced-consumers.html";
/// "Quotas and limits".
pub const QUOTAS_PAGE: &str =
    "https://docs.aws.amazon.com/streams/latest/dev/service-sizes-and-limits.html";
/// The Kinesis Data Streams FAQ (on-demand scaling).
pub const FAQ_PAGE: &str = "https://aws.amazon.com/kinesis/data-streams/faqs/";

/// MB per second a shard takes in.
pub const SHARD_WRITE_MB: Fact = Fact::new(1, SHARD_PAGE);
/// Records per second a shard takes in.
pub const SHARD_WRITE_RECORDS: Fact = Fact::new(1_000, SHARD_PAGE);
/// MB per second a shard gives out, shared by its consumers.
pub const SHARD_READ_MB: Fact = Fact::new(2, SHARD_PAGE);
/// MB per second per shard each enhanced fan-out consumer gets.
pub const FAN_OUT_READ_MB: Fact = Fact::new(2, FAN_OUT_PAGE);
/// Enhanced fan-out consumers a stream registers (provisioned and on-demand standard).
pub const FAN_OUT_MAX_CONSUMERS: Fact = Fact::new(20, FAN_OUT_PAGE);
/// GetRecords calls per second per shard, shared by the consumers polling it.
pub const GET_RECORDS_PER_SECOND: Fact = Fact::new(5, QUOTAS_PAGE);
/// MB per second of writes a new on-demand stream takes at once.
pub const ON_DEMAND_WRITE_MB: Fact = Fact::new(4, QUOTAS_PAGE);
/// Records per second of writes a new on-demand stream takes at once.
pub const ON_DEMAND_WRITE_RECORDS: Fact = Fact::new(4_000, FAQ_PAGE);
/// How many times its previous peak an on-demand stream takes at once.
pub const ON_DEMAND_PEAK_FACTOR: Fact = Fact::new(2, FAQ_PAGE);
/// MB per second of writes an on-demand stream scales to by default.
pub const ON_DEMAND_MAX_MB: Fact = Fact::new(200, FAQ_PAGE);
/// The largest record (data blob), in KB.
pub const MAX_RECORD_KB: Fact = Fact::new(
    1_024,
    "https://docs.aws.amazon.com/streams/latest/dev/key-concepts.html",
);

/// Every fact the calculator uses (for its list of sources).
pub const ALL: &[Fact] = &[
    SHARD_WRITE_MB,
    FAN_OUT_READ_MB,
    GET_RECORDS_PER_SECOND,
    ON_DEMAND_PEAK_FACTOR,
];

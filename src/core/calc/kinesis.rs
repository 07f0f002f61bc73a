//! Kinesis Data Streams: the shards a write rate and a read pattern need (provisioned mode), and
//! whether an on-demand stream takes the load at once, with the working line by line.
//!
//! The rules, from the Kinesis Data Streams developer guide ("Choose the right mode",
//! <https://docs.aws.amazon.com/streams/latest/dev/how-do-i-size-a-stream.html>, and the pages in
//! `data.rs`):
//! - a shard takes 1 MB/s and 1,000 records/s of writes and gives 2 MB/s of reads, shared by
//!   the consumers that poll it (5 GetRecords calls a second per shard);
//! - an enhanced fan-out consumer gets its own 2 MB/s per shard; a stream registers at most 20;
//! - number_of_shards = ceiling(max(incoming_write_bandwidth_in_KiB / 1024,
//!   outgoing_read_bandwidth_in_KiB / 2048)), the outgoing bandwidth being the incoming one times
//!   the consumers; the records rule adds records / 1,000;
//! - an on-demand stream takes 4 MB/s and 4,000 records/s at once when new, and up to double its
//!   previous peak; beyond that, writes are throttled until it scales (up to 200 MB/s by default).

mod compute;
pub mod data;
#[cfg(test)]
mod tests;

pub use compute::{Capacity, Mode, OnDemandResult, Outcome, evaluate};

use super::CalcError;
use super::registry::{Calculator, Field, Inputs, Report};

/// How the write rate was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteFrom {
    /// In MB per second (thousandths).
    Rate {
        /// Thousandths of MB/s.
        milli: u64,
    },
    /// From records per second and the average record size.
    RecordSize {
        /// Records per second.
        records: u64,
        /// The size as typed.
        size_text: String,
        /// The size rounded up to whole KB.
        kb: u64,
        /// KB per second.
        kb_per_second: u64,
        /// Thousandths of MB/s (rounded up).
        milli: u64,
    },
}

/// A result line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Headline {
    /// Provisioned mode: the shards and what each rule needs.
    Shards {
        /// Shards.
        shards: u64,
        /// For the bytes written.
        write: u64,
        /// For the records written (when records per second were given).
        records: Option<u64>,
        /// For the reads.
        read: u64,
        /// Consumers.
        consumers: u64,
        /// Enhanced fan-out.
        fan_out: bool,
    },
    /// On-demand mode: whether the stream takes the load at once.
    OnDemand {
        /// Whether it fits at once.
        fits: bool,
        /// The write capacity at once, thousandths of MB/s.
        capacity_milli: u64,
        /// The shards a provisioned stream would need.
        shards: u64,
    },
}

/// One step of the working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// The write rate.
    Write(WriteFrom),
    /// Shards for the bytes written: 1 MB/s each.
    ShardsForWrite {
        /// Thousandths of MB/s.
        milli: u64,
        /// Shards.
        shards: u64,
    },
    /// Shards for the records written: 1,000 a second each.
    ShardsForRecords {
        /// Records per second.
        records: u64,
        /// Shards.
        shards: u64,
    },
    /// Shards for shared reads: 2 MB/s each, shared by the consumers.
    ShardsForSharedReads {
        /// Consumers.
        consumers: u64,
        /// Write rate, thousandths of MB/s.
        write_milli: u64,
        /// Outgoing rate, thousandths of MB/s.
        read_milli: u64,
        /// Shards.
        shards: u64,
    },
    /// Shards for enhanced fan-out reads: 2 MB/s per consumer per shard.
    ShardsForFanOut {
        /// Consumers.
        consumers: u64,
        /// Write rate, thousandths of MB/s.
        write_milli: u64,
        /// Shards.
        shards: u64,
    },
    /// Nothing reads the stream.
    NoConsumers,
    /// The largest of the needs.
    Shards {
        /// For the bytes.
        write: u64,
        /// For the records.
        records: Option<u64>,
        /// For the reads.
        read: u64,
        /// The largest.
        shards: u64,
    },
    /// What the shards give.
    Capacity(Capacity),
    /// On-demand: what the stream takes at once.
    OnDemandCapacity {
        /// The previous peak, thousandths of MB/s, when given.
        peak_milli: Option<u64>,
        /// MB/s at once, thousandths.
        capacity_milli: u64,
        /// Records per second at once.
        records: u64,
    },
    /// On-demand: the load against it.
    OnDemandVerdict {
        /// Write rate, thousandths of MB/s.
        write_milli: u64,
        /// Records per second, when given.
        records: Option<u64>,
        /// MB/s at once, thousandths.
        capacity_milli: u64,
        /// Records per second at once.
        capacity_records: u64,
        /// Shared reads out, thousandths of MB/s (none with enhanced fan-out).
        read_milli: Option<u64>,
        /// Shared read capacity at once: twice the write capacity, thousandths of MB/s.
        read_capacity_milli: u64,
        /// Whether it fits.
        fits: bool,
    },
    /// On-demand: over the default maximum.
    OverOnDemandMaximum {
        /// Write rate, thousandths of MB/s.
        write_milli: u64,
    },
}

/// Something to know that is not a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// More than 5 shared consumers poll each shard less than once a second.
    SharedPolling {
        /// Consumers.
        consumers: u64,
    },
    /// Shards assume evenly spread partition keys.
    PartitionKeys,
    /// On-demand read capacity follows the writes.
    OnDemandReads,
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

/// Kinesis Data Streams shards.
pub struct KinesisCalculator;

const FIELDS: &[Field] = &[
    Field {
        key: "write-mb-per-second",
        example: "5",
    },
    Field {
        key: "records-per-second",
        example: "3000",
    },
    Field {
        key: "record-size",
        example: "",
    },
    Field {
        key: "consumers",
        example: "2",
    },
    Field {
        key: "enhanced-fan-out",
        example: "",
    },
    Field {
        key: "mode",
        example: "",
    },
    Field {
        key: "previous-peak",
        example: "",
    },
];

impl Calculator for KinesisCalculator {
    fn id(&self) -> &'static str {
        "kinesis"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn switches(&self) -> &'static [&'static str] {
        &["enhanced-fan-out"]
    }

    fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>> {
        evaluate(inputs).map(|o| o.report())
    }
}

//! What the DynamoDB calculator says, as data: the steps of the working (one rule each, with its
//! numbers and units), the notes, and the headline results. the `calc_text` module writes
//! them in English.

use super::{GsiResult, Operation, ReadResult, ReadUnits, Replication, ReverseRead, ReverseWrite};
use super::{WriteResult, WriteUnits};
use crate::core::calc::size::ItemSize;
use std::fmt;

/// Read or write units, for a step that may hold either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Units {
    /// Read units (may end in .5).
    Read(ReadUnits),
    /// Write units.
    Write(WriteUnits),
}

impl fmt::Display for Units {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Units::Read(r) => r.fmt(f),
            Units::Write(w) => w.fmt(f),
        }
    }
}

/// Which size a size reading is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeRole {
    /// The one item.
    ItemSize,
    /// A size of the list of items.
    Items,
    /// The item before a write.
    Before,
    /// The projection into a GSI (1-based).
    Gsi(usize),
}

/// One step of the working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// How a size was read.
    ReadSize {
        /// Which size.
        role: SizeRole,
        /// The size.
        size: ItemSize,
    },
    /// Query and Scan add the sizes and round once.
    SumThenRound {
        /// Query or Scan.
        op: Operation,
    },
    /// The sum, rounded up to 4 KB read units.
    RoundSumUp {
        /// `(count, bytes)` of each size when there are at most 4, else `None`.
        groups: Option<Vec<(u64, u64)>>,
        /// Items in all.
        count: u64,
        /// Their bytes.
        total_bytes: u64,
        /// Read units.
        units: u64,
    },
    /// One item rounded up to whole units.
    RoundUpToUnit {
        /// The operation.
        op: Operation,
        /// The item's bytes.
        size_bytes: u64,
        /// Bytes per unit (4,096 to read, 1,024 to write).
        unit_bytes: u64,
        /// Units.
        units: u64,
    },
    /// Batches and transactions round each item on its own.
    EachItemRoundsUp {
        /// The operation.
        op: Operation,
        /// Bytes per unit.
        unit_bytes: u64,
    },
    /// Items of one size, rounded each.
    RoundGroup {
        /// How many.
        count: u64,
        /// Their size as typed.
        size_text: String,
        /// Their size in bytes.
        size_bytes: u64,
        /// Bytes per unit.
        unit_bytes: u64,
        /// Units each.
        each: u64,
        /// Units for all of them.
        units: u64,
    },
    /// Sizes left out of the list of steps.
    MoreSizes {
        /// How many.
        n: usize,
    },
    /// The total of a request that rounds each item.
    PerItemTotal {
        /// Units.
        units: u64,
        /// Bytes per unit.
        unit_bytes: u64,
        /// The items' bytes.
        total_bytes: u64,
        /// Read units when the sum is rounded once instead, when that differs.
        rounded_once: Option<u64>,
    },
    /// A strongly consistent read: 1 unit per 4 KB.
    StrongRead {
        /// Units per request.
        units: ReadUnits,
        /// `RCU` or `RRU`.
        unit: &'static str,
        /// The operation.
        op: Operation,
    },
    /// An eventually consistent read: half.
    HalveForEventual {
        /// Strong units.
        base: u64,
        /// Units per request.
        units: ReadUnits,
        /// `RCU` or `RRU`.
        unit: &'static str,
        /// The operation.
        op: Operation,
    },
    /// A transactional read: double.
    DoubleForTransactionalRead {
        /// Strong units.
        base: u64,
        /// Units per request.
        units: ReadUnits,
        /// `RCU` or `RRU`.
        unit: &'static str,
        /// The operation.
        op: Operation,
    },
    /// PutItem and UpdateItem count the larger of before and after.
    LargerOfBeforeAndAfter {
        /// The operation.
        op: Operation,
        /// Bytes before.
        before: u64,
        /// Bytes after.
        after: u64,
    },
    /// A transactional write: double.
    DoubleForTransactionalWrite {
        /// Standard units.
        base: u64,
        /// Units per request.
        units: u64,
        /// `WCU` or `WRU`.
        unit: &'static str,
    },
    /// A standard write: 1 unit per 1 KB.
    StandardWrite {
        /// Units per request.
        units: u64,
        /// `WCU` or `WRU`.
        unit: &'static str,
        /// The operation.
        op: Operation,
    },
    /// Units per request times requests per second.
    MultiplyByRate {
        /// The operation.
        op: Operation,
        /// Requests per second.
        rate: u64,
        /// Whether the rate was defaulted to 1.
        defaulted: bool,
        /// Units per second.
        per_second: Units,
        /// The unit.
        unit: &'static str,
    },
    /// Provisioned RCU: a half rounded up once, at the end.
    RoundUpReadCapacity {
        /// Units per second.
        per_second: ReadUnits,
        /// Whole RCU.
        capacity: u64,
    },
    /// Provisioned RCU, already whole.
    WholeReadCapacity {
        /// RCU.
        capacity: u64,
    },
    /// On-demand reads.
    OnDemandReads {
        /// RRU per second.
        per_second: ReadUnits,
    },
    /// Provisioned WCU.
    ProvisionWrites {
        /// WCU per second.
        per_second: WriteUnits,
    },
    /// On-demand writes.
    OnDemandWrites {
        /// WRU per second.
        per_second: WriteUnits,
    },
    /// A GSI entry per item written.
    GsiEntry {
        /// 1-based.
        index: usize,
        /// Projected bytes.
        bytes: u64,
        /// Units per item.
        units: u64,
    },
    /// The index key changes: two writes.
    GsiKeyChange {
        /// Units per item.
        units_per_item: u64,
    },
    /// A GSI's units per second.
    GsiPerSecond {
        /// 1-based.
        index: usize,
        /// Items per request.
        items: u64,
        /// The operation.
        op: Operation,
        /// Requests per second.
        rate: u64,
        /// Units per second.
        per_second: WriteUnits,
        /// `WCU` or `WRU`.
        unit: &'static str,
    },
    /// A global table.
    GlobalTable {
        /// Regions with a replica.
        regions: u64,
    },
    /// Replicated writes in the other Regions.
    ReplicatedWrites {
        /// Table units per second.
        per_second: WriteUnits,
        /// `WCU` or `WRU`.
        unit: &'static str,
        /// Other Regions.
        others: u64,
        /// Replicated units per second.
        replicated: WriteUnits,
        /// `rWCU` or `rWRU`.
        replicated_unit: &'static str,
    },
    /// Each Region's own GSI writes.
    GsiInEachRegion {
        /// GSI units per second.
        per_second: WriteUnits,
        /// `WCU` or `WRU`.
        unit: &'static str,
    },
    /// Reverse mode: the capacity given.
    ReverseCapacity {
        /// Units.
        capacity: u64,
        /// `RCU` or `WCU`.
        unit: &'static str,
    },
    /// Reverse mode: the most requests per second.
    MostRequests {
        /// Provisioned units.
        capacity: u64,
        /// Units per request.
        per_operation: Units,
        /// `RCU` or `WCU`.
        unit: &'static str,
        /// The operation.
        op: Operation,
        /// Requests per second.
        max: u64,
    },
}

/// Something to know that is not a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// A Query or Scan over 1 MB is paged.
    PagedResult {
        /// The items' bytes.
        bytes: u64,
        /// Query or Scan.
        op: Operation,
    },
    /// Strong reads are not served by GSIs.
    StrongNotOnGsi,
    /// A read consistency given for writes.
    ConsistencyOnlyForReads,
    /// GSI writes of a transaction counted at the standard rate.
    GsiAtStandardRate,
    /// What a global table needs.
    GlobalTableCapacity,
    /// Reads are not replicated.
    ReadsNotReplicated,
    /// Reverse mode leaves the GSIs' capacity out.
    GsiCapacitySeparate,
}

/// A result line.
#[derive(Debug, Clone, PartialEq)]
pub enum Headline {
    /// The reads.
    Reads(ReadResult),
    /// The table writes.
    Writes(WriteResult),
    /// One GSI.
    Gsi(GsiResult),
    /// Replication, with the table's write unit.
    Replication(Replication, &'static str),
    /// On-demand billing.
    OnDemand,
    /// Reverse reads.
    ReverseReads(ReverseRead),
    /// Reverse writes.
    ReverseWrites(ReverseWrite),
}

/// Everything the calculator says, for a `Report`.
#[derive(Debug, Clone, PartialEq)]
pub enum Said {
    /// A result line.
    Headline(Headline),
    /// A step of the working.
    Step(Step),
    /// A note.
    Note(Note),
}

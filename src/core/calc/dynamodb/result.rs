//! What the calculator returns: units (forward) or rates (reverse), with the working.

use super::{Consistency, Mode, Note, Operation, ReadUnits, Step, WriteUnits};
use serde::Serialize;

/// Forward results: units per operation and per second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Estimate {
    /// Provisioned or on-demand.
    pub mode: Mode,
    /// The items, as typed and in bytes.
    pub items: Vec<ItemJson>,
    /// The reads, when there are any.
    pub read: Option<ReadResult>,
    /// The writes to the table, when there are any.
    pub write: Option<WriteResult>,
    /// The writes to each GSI.
    pub gsis: Vec<GsiResult>,
    /// Global table replication, when there is more than one Region.
    pub replication: Option<Replication>,
    /// The steps, each naming its rule (the CLI's JSON writes them as sentences).
    #[serde(skip)]
    pub working: Vec<Step>,
    /// Things to know that are not steps (limits, assumptions).
    #[serde(skip)]
    pub notes: Vec<Note>,
}

/// An item size in the JSON output.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemJson {
    /// The size as typed.
    pub size: String,
    /// In bytes.
    pub bytes: u64,
    /// How many items have this size.
    pub count: u64,
}

/// Read cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReadResult {
    /// The API operation.
    pub operation: Operation,
    /// How the read is made.
    pub consistency: Consistency,
    /// `RCU` or `RRU`.
    pub unit: &'static str,
    /// Units one request consumes.
    pub per_operation: ReadUnits,
    /// Requests per second.
    pub operations_per_second: u64,
    /// Units consumed per second (may end in .5).
    pub per_second: ReadUnits,
    /// Provisioned mode: the whole RCU to provision (per second, rounded up once); null on-demand.
    pub capacity: Option<u64>,
}

/// Write cost on the table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WriteResult {
    /// The API operation.
    pub operation: Operation,
    /// `WCU` or `WRU`.
    pub unit: &'static str,
    /// Units one request consumes on the table.
    pub per_operation: WriteUnits,
    /// Requests per second.
    pub operations_per_second: u64,
    /// Units per second on the table.
    pub per_second: WriteUnits,
    /// Provisioned mode: the WCU to provision; null on-demand.
    pub capacity: Option<u64>,
}

/// Write cost on one GSI.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GsiResult {
    /// 1-based, in the order given.
    pub index: usize,
    /// The projected size of one item in the index, in bytes.
    pub projected_bytes: u64,
    /// Index writes per item written: 1, or 2 when the index key changes.
    pub writes_per_item: u64,
    /// `WCU` or `WRU`.
    pub unit: &'static str,
    /// Units one table request consumes on this index.
    pub per_operation: WriteUnits,
    /// Units per second on this index.
    pub per_second: WriteUnits,
}

/// Global table replication of the writes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Replication {
    /// Regions holding a replica, the written one included.
    pub regions: u64,
    /// `rWCU` or `rWRU`.
    pub unit: &'static str,
    /// Table writes that each replica Region applies per second.
    pub per_region_per_second: WriteUnits,
    /// Replicated table writes per second in the other Regions together.
    pub replicated_per_second: WriteUnits,
    /// GSI writes per second that each Region applies (its own copy of every index).
    pub gsi_per_region_per_second: WriteUnits,
}

/// Reverse results: the most requests per second a provisioned capacity serves.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReverseEstimate {
    /// Always provisioned.
    pub mode: Mode,
    /// The items, as typed and in bytes.
    pub items: Vec<ItemJson>,
    /// Reads, when `--rcu` was given.
    pub read: Option<ReverseRead>,
    /// Writes, when `--wcu` was given.
    pub write: Option<ReverseWrite>,
    /// The steps (the CLI's JSON writes them as sentences).
    #[serde(skip)]
    pub working: Vec<Step>,
    /// Assumptions.
    #[serde(skip)]
    pub notes: Vec<Note>,
}

/// The most reads per second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReverseRead {
    /// The API operation.
    pub operation: Operation,
    /// How the read is made.
    pub consistency: Consistency,
    /// `RCU`.
    pub unit: &'static str,
    /// The provisioned RCU.
    pub capacity: u64,
    /// Units one request consumes.
    pub per_operation: ReadUnits,
    /// The most requests per second.
    pub max_per_second: u64,
}

/// The most writes per second.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReverseWrite {
    /// The API operation.
    pub operation: Operation,
    /// `WCU`.
    pub unit: &'static str,
    /// The provisioned WCU.
    pub capacity: u64,
    /// Units one request consumes on the table.
    pub per_operation: WriteUnits,
    /// The most requests per second.
    pub max_per_second: u64,
}

/// What the calculator returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "direction", rename_all = "lowercase")]
pub enum Outcome {
    /// Units from rates.
    Forward(Estimate),
    /// Rates from provisioned units.
    Reverse(ReverseEstimate),
}

impl Outcome {
    /// The steps of the working.
    pub fn working(&self) -> &[Step] {
        match self {
            Outcome::Forward(e) => &e.working,
            Outcome::Reverse(r) => &r.working,
        }
    }

    /// The notes.
    pub fn notes(&self) -> &[Note] {
        match self {
            Outcome::Forward(e) => &e.notes,
            Outcome::Reverse(r) => &r.notes,
        }
    }
}

//! DynamoDB capacity: read and write units per operation and per second, for the table, its global
//! secondary indexes and the replicas of a global table, with the working line by line; and the
//! reverse: the most requests per second that a provisioned capacity serves.
//!
//! The rules, from the DynamoDB developer guide ("DynamoDB read and write operations",
//! <https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html>)
//! and the pricing pages:
//! - a read unit covers 4 KB, a write unit 1 KB; sizes round up; DynamoDB's KB is 1,024 bytes;
//! - an eventually consistent read costs half a unit per 4 KB, a strongly consistent one a unit, a
//!   transactional one two; a transactional write costs two units per 1 KB;
//! - BatchGetItem, BatchWriteItem and transactions round each item on its own; Query and Scan add
//!   up the sizes and round once;
//! - PutItem and UpdateItem count the larger of the item before and after;
//! - every write to an item that is projected into a GSI also writes the index entry (its projected
//!   size, rounded up to 1 KB); an update that changes the index key writes it twice;
//! - a global table applies every write in every replica Region (replicated writes);
//! - an item is at most 400 KB.
//!
//! Half units are counted exactly: `ReadUnits` keeps halves. A provisioned table's RCU is a whole
//! number, so a per-second total is rounded up once, at the end; on-demand request units are billed
//! as consumed and are not rounded.

mod calculator;
mod cost;
mod form;
mod result;
mod reverse;
mod steps;
mod summary;

pub use calculator::{DynamodbCalculator, form as form_from_inputs};
pub use cost::{
    BATCH_GET_MAX_ITEMS, BATCH_WRITE_MAX_ITEMS, READ_UNIT_BYTES, TRANSACT_MAX_ITEMS,
    WRITE_UNIT_BYTES, evaluate,
};
pub use form::Form;
pub(crate) use form::{Plan, plan};
pub use result::{
    Estimate, GsiResult, ItemJson, Outcome, ReadResult, Replication, ReverseEstimate, ReverseRead,
    ReverseWrite, WriteResult,
};
pub use steps::{Headline, Note, Said, SizeRole, Step, Units};

use super::{CalcError, ErrorKind};
use serde::{Serialize, Serializer};
use std::fmt;

/// The developer guide page most rules come from.
pub const SOURCE: &str =
    "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html";

/// Provisioned capacity (RCU, WCU) or on-demand request units (RRU, WRU).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Capacity units provisioned per second.
    Provisioned,
    /// Request units billed per request.
    OnDemand,
}

impl Mode {
    /// The name of a read unit in this mode.
    pub fn read_unit(self) -> &'static str {
        match self {
            Mode::Provisioned => "RCU",
            Mode::OnDemand => "RRU",
        }
    }

    /// The name of a write unit in this mode.
    pub fn write_unit(self) -> &'static str {
        match self {
            Mode::Provisioned => "WCU",
            Mode::OnDemand => "WRU",
        }
    }

    /// The name of a replicated write unit (global tables) in this mode.
    pub fn replicated_unit(self) -> &'static str {
        match self {
            Mode::Provisioned => "rWCU",
            Mode::OnDemand => "rWRU",
        }
    }

    fn parse(text: &str) -> Result<Mode, CalcError> {
        match key(text).as_str() {
            "" | "provisioned" | "p" => Ok(Mode::Provisioned),
            "ondemand" | "od" | "payperrequest" => Ok(Mode::OnDemand),
            _ => Err(CalcError::new(
                "mode",
                ErrorKind::UnknownMode {
                    text: text.trim().to_string(),
                },
            )),
        }
    }
}

/// How a read is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Consistency {
    /// Half a unit per 4 KB (the default of GetItem, Query and Scan).
    Eventual,
    /// One unit per 4 KB.
    Strong,
    /// Two units per 4 KB (TransactGetItems).
    Transactional,
}

impl Consistency {
    fn parse(text: &str) -> Result<Option<Consistency>, CalcError> {
        match key(text).as_str() {
            "" => Ok(None),
            "eventual" | "eventually" | "eventuallyconsistent" | "ec" | "e" => {
                Ok(Some(Consistency::Eventual))
            }
            "strong" | "strongly" | "stronglyconsistent" | "sc" | "s" => {
                Ok(Some(Consistency::Strong))
            }
            "transactional" | "transaction" | "tx" | "t" => Ok(Some(Consistency::Transactional)),
            _ => Err(CalcError::new(
                "consistency",
                ErrorKind::UnknownConsistency {
                    text: text.trim().to_string(),
                },
            )),
        }
    }
}

/// A DynamoDB API operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operation {
    /// Reads one item.
    GetItem,
    /// Writes (creates or replaces) one item.
    PutItem,
    /// Changes one item.
    UpdateItem,
    /// Removes one item.
    DeleteItem,
    /// Reads up to 100 items, each rounded on its own.
    BatchGetItem,
    /// Puts or deletes up to 25 items, each rounded on its own.
    BatchWriteItem,
    /// Reads the items of one partition key; the sizes are added, then rounded once.
    Query,
    /// Reads every item it evaluates; the sizes are added, then rounded once.
    Scan,
    /// Reads up to 100 items in a transaction.
    TransactGetItems,
    /// Writes up to 100 items in a transaction.
    TransactWriteItems,
}

impl Operation {
    /// Every operation, in the order help lists them.
    pub const ALL: [Operation; 10] = [
        Operation::GetItem,
        Operation::PutItem,
        Operation::UpdateItem,
        Operation::DeleteItem,
        Operation::BatchGetItem,
        Operation::BatchWriteItem,
        Operation::Query,
        Operation::Scan,
        Operation::TransactGetItems,
        Operation::TransactWriteItems,
    ];

    /// The API name: `GetItem`.
    pub fn api_name(self) -> &'static str {
        match self {
            Operation::GetItem => "GetItem",
            Operation::PutItem => "PutItem",
            Operation::UpdateItem => "UpdateItem",
            Operation::DeleteItem => "DeleteItem",
            Operation::BatchGetItem => "BatchGetItem",
            Operation::BatchWriteItem => "BatchWriteItem",
            Operation::Query => "Query",
            Operation::Scan => "Scan",
            Operation::TransactGetItems => "TransactGetItems",
            Operation::TransactWriteItems => "TransactWriteItems",
        }
    }

    /// The command-line spelling: `get-item`.
    pub fn cli_name(self) -> &'static str {
        match self {
            Operation::GetItem => "get-item",
            Operation::PutItem => "put-item",
            Operation::UpdateItem => "update-item",
            Operation::DeleteItem => "delete-item",
            Operation::BatchGetItem => "batch-get-item",
            Operation::BatchWriteItem => "batch-write-item",
            Operation::Query => "query",
            Operation::Scan => "scan",
            Operation::TransactGetItems => "transact-get-items",
            Operation::TransactWriteItems => "transact-write-items",
        }
    }

    /// Whether the operation reads (else it writes).
    pub fn reads(self) -> bool {
        matches!(
            self,
            Operation::GetItem
                | Operation::BatchGetItem
                | Operation::Query
                | Operation::Scan
                | Operation::TransactGetItems
        )
    }

    /// Whether the operation touches exactly one item.
    pub fn single_item(self) -> bool {
        matches!(
            self,
            Operation::GetItem | Operation::PutItem | Operation::UpdateItem | Operation::DeleteItem
        )
    }

    pub(crate) fn parse(text: &str) -> Result<Option<Operation>, CalcError> {
        let k = key(text);
        if k.is_empty() {
            return Ok(None);
        }
        let alias = match k.as_str() {
            "get" => Some(Operation::GetItem),
            "put" => Some(Operation::PutItem),
            "update" => Some(Operation::UpdateItem),
            "delete" => Some(Operation::DeleteItem),
            "batchget" => Some(Operation::BatchGetItem),
            "batchwrite" => Some(Operation::BatchWriteItem),
            "transactget" => Some(Operation::TransactGetItems),
            "transactwrite" => Some(Operation::TransactWriteItems),
            _ => None,
        };
        if let Some(op) =
            alias.or_else(|| Operation::ALL.into_iter().find(|o| key(o.api_name()) == k))
        {
            return Ok(Some(op));
        }
        Err(CalcError::new(
            "operation",
            ErrorKind::UnknownOperation {
                text: text.trim().to_string(),
            },
        ))
    }
}

impl Serialize for Operation {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.api_name())
    }
}

/// Read units, counted in halves so that an eventually consistent 4 KB read (half a unit) is exact.
/// Serialized as a number (`0.5`, `80`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct ReadUnits {
    halves: u64,
}

impl ReadUnits {
    /// `n` whole units.
    pub fn units(n: u64) -> Option<ReadUnits> {
        n.checked_mul(2).map(ReadUnits::halves)
    }

    /// `n` half units.
    pub fn halves(n: u64) -> ReadUnits {
        ReadUnits { halves: n }
    }

    /// The number of half units.
    pub fn in_halves(self) -> u64 {
        self.halves
    }

    /// Whole units, rounding a half up: what a provisioned table must have.
    pub fn ceil(self) -> u64 {
        self.halves / 2 + self.halves % 2
    }

    /// `self x n`, or `None` on overflow.
    pub fn times(self, n: u64) -> Option<ReadUnits> {
        self.halves.checked_mul(n).map(ReadUnits::halves)
    }
}

impl fmt::Display for ReadUnits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let whole = super::number::group(self.halves / 2);
        if self.halves.is_multiple_of(2) {
            write!(f, "{whole}")
        } else {
            write!(f, "{whole}.5")
        }
    }
}

impl Serialize for ReadUnits {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.halves.is_multiple_of(2) {
            s.serialize_u64(self.halves / 2)
        } else {
            s.serialize_f64(self.halves as f64 / 2.0)
        }
    }
}

/// Write units (whole: a write never costs half a unit). Serialized as a number.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct WriteUnits(pub u64);

impl WriteUnits {
    /// `self x n`, or `None` on overflow.
    pub fn times(self, n: u64) -> Option<WriteUnits> {
        self.0.checked_mul(n).map(WriteUnits)
    }
}

impl fmt::Display for WriteUnits {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", super::number::group(self.0))
    }
}

/// Lowercase without spaces, dashes and underscores: `Get-Item` -> `getitem`.
fn key(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect()
}

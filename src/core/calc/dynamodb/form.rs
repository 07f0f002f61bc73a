//! The form as typed (CLI flags or TUI fields) and its validation into a plan: every field that
//! is wrong becomes a `CalcError` naming it, all of them at once.

use super::{Consistency, Mode, Operation};
use crate::core::calc::size::{ItemSize, SizeGroup};
use crate::core::calc::{CalcError, ErrorKind, number, size};
use serde::{Deserialize, Serialize};

/// The calculator's inputs as typed (CLI flags or TUI fields); empty means "not given".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Form {
    /// `get-item`, `query`, ...; inferred from the rates when empty.
    pub operation: String,
    /// One item's size (single-item operations, or every item of a list).
    pub item_size: String,
    /// The items of a batch, query, scan or transaction: `1.5KB,6.5KB,1500x64B`.
    pub items: String,
    /// The item's size before a PutItem overwrite or an UpdateItem.
    pub previous_size: String,
    /// Read requests per second.
    pub reads: String,
    /// Write requests per second.
    pub writes: String,
    /// `eventual` (default), `strong` or `transactional`.
    pub consistency: String,
    /// The projected size of the item in each GSI it is projected into: `1KB,200B`.
    pub gsi: String,
    /// Whether the writes change the GSI key values (an update then writes each index twice).
    pub gsi_key_change: bool,
    /// How many Regions hold a replica (global table); 1 when empty.
    pub regions: String,
    /// `provisioned` (default) or `on-demand`.
    pub mode: String,
    /// Reverse mode: the provisioned read capacity.
    pub rcu: String,
    /// Reverse mode: the provisioned write capacity.
    pub wcu: String,
}

/// Reads wanted: which operation, how, on which items, how often.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReadPlan {
    pub operation: Operation,
    pub consistency: Consistency,
    pub rate: u64,
}

/// Writes wanted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct WritePlan {
    pub operation: Operation,
    pub rate: u64,
}

/// A validated request: what `evaluate` computes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Plan {
    pub mode: Mode,
    pub items: Vec<SizeGroup>,
    pub items_field: &'static str,
    pub previous: Option<ItemSize>,
    pub read: Option<ReadPlan>,
    pub write: Option<WritePlan>,
    pub gsis: Vec<ItemSize>,
    pub gsi_key_change: bool,
    pub regions: u64,
    /// Reverse mode: provisioned RCU and WCU.
    pub rcu: Option<u64>,
    pub wcu: Option<u64>,
    /// Whether the rates were defaulted to 1 per second.
    pub defaulted_rate: bool,
    /// Whether an eventual/strong consistency was given for writes only (it does not apply).
    pub read_consistency_ignored: bool,
}

/// The value of `r`, or `None` after recording its error.
fn keep<T>(errors: &mut Vec<CalcError>, r: Result<T, CalcError>) -> Option<T> {
    r.map_err(|e| errors.push(e)).ok()
}

/// Builds the plan from the form, collecting every field's error.
pub(crate) fn plan(form: &Form) -> Result<Plan, Vec<CalcError>> {
    let mut errors = Vec::new();
    let explicit = keep(&mut errors, Operation::parse(&form.operation)).flatten();
    let given = |s: &str| !s.trim().is_empty();
    let (items, items_field) = match (given(&form.item_size), given(&form.items)) {
        (true, true) => {
            errors.push(CalcError::new("items", ErrorKind::SizeAndList));
            (None, "items")
        }
        (false, true) => (
            keep(&mut errors, size::parse_list("items", &form.items)),
            "items",
        ),
        _ => (
            keep(&mut errors, size::parse_size("item-size", &form.item_size))
                .map(|size| vec![SizeGroup { count: 1, size }]),
            "item-size",
        ),
    };
    let previous = given(&form.previous_size)
        .then(|| {
            keep(
                &mut errors,
                size::parse_size("previous-size", &form.previous_size),
            )
        })
        .flatten();
    let reads = given(&form.reads)
        .then(|| keep(&mut errors, number::parse_whole("reads", &form.reads, 1)))
        .flatten();
    let writes = given(&form.writes)
        .then(|| keep(&mut errors, number::parse_whole("writes", &form.writes, 1)))
        .flatten();
    let consistency = keep(&mut errors, Consistency::parse(&form.consistency)).flatten();
    let gsis = if given(&form.gsi) {
        keep(&mut errors, size::parse_list("gsi", &form.gsi)).map(|groups| {
            groups
                .into_iter()
                .flat_map(|g| std::iter::repeat_n(g.size, g.count.min(64) as usize))
                .collect::<Vec<_>>()
        })
    } else {
        Some(Vec::new())
    };
    if gsis.as_ref().is_some_and(|g| g.len() > 20) {
        let g = gsis.as_deref().unwrap_or_default();
        errors.push(CalcError::new("gsi", ErrorKind::TooManyGsis { n: g.len() }));
    }
    let regions = if given(&form.regions) {
        keep(
            &mut errors,
            number::parse_whole("regions", &form.regions, 1),
        )
    } else {
        Some(1)
    };
    let mode = keep(&mut errors, Mode::parse(&form.mode));
    let rcu = given(&form.rcu)
        .then(|| keep(&mut errors, number::parse_whole("rcu", &form.rcu, 1)))
        .flatten();
    let wcu = given(&form.wcu)
        .then(|| keep(&mut errors, number::parse_whole("wcu", &form.wcu, 1)))
        .flatten();
    let (Some(mode), Some(regions), Some(items), Some(gsis)) = (mode, regions, items, gsis) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let reverse = rcu.is_some() || wcu.is_some();
    let fail = |field: &'static str, kind: ErrorKind| Err(vec![CalcError::new(field, kind)]);
    if reverse && (reads.is_some() || writes.is_some()) {
        let field = if reads.is_some() { "reads" } else { "writes" };
        return fail(field, ErrorKind::RatesAndCapacity);
    }
    if reverse && mode == Mode::OnDemand {
        let field = if rcu.is_some() { "rcu" } else { "wcu" };
        return fail(field, ErrorKind::ReverseOnDemand);
    }
    let want_reads = reads.is_some() || rcu.is_some();
    let want_writes = writes.is_some() || wcu.is_some();
    let transactional = consistency == Some(Consistency::Transactional);
    let (read_op, write_op) = match explicit {
        Some(op) if op.reads() => {
            if want_writes {
                let field = if writes.is_some() { "writes" } else { "wcu" };
                return fail(field, ErrorKind::OnlyReads { op });
            }
            (Some(op), None)
        }
        Some(op) => {
            if want_reads {
                let field = if reads.is_some() { "reads" } else { "rcu" };
                return fail(field, ErrorKind::OnlyWrites { op });
            }
            (None, Some(op))
        }
        None => {
            let (r, w) = (
                if transactional {
                    Operation::TransactGetItems
                } else {
                    Operation::GetItem
                },
                if transactional {
                    Operation::TransactWriteItems
                } else {
                    Operation::PutItem
                },
            );
            match (want_reads, want_writes) {
                (_, false) => (Some(r), None),
                (false, true) => (None, Some(w)),
                (true, true) => (Some(r), Some(w)),
            }
        }
    };
    let mut read = None;
    if let Some(op) = read_op {
        let consistency = match (op, consistency) {
            (Operation::TransactGetItems, None | Some(Consistency::Transactional)) => {
                Consistency::Transactional
            }
            (Operation::TransactGetItems, Some(c)) => {
                return fail("consistency", ErrorKind::AlwaysTransactional { asked: c });
            }
            (Operation::GetItem, Some(Consistency::Transactional)) => Consistency::Transactional,
            (_, Some(Consistency::Transactional)) => {
                return fail("consistency", ErrorKind::NotTransactional { op });
            }
            (_, c) => c.unwrap_or(Consistency::Eventual),
        };
        let op = if op == Operation::GetItem && consistency == Consistency::Transactional {
            Operation::TransactGetItems
        } else {
            op
        };
        read = Some(ReadPlan {
            operation: op,
            consistency,
            rate: reads.unwrap_or(1),
        });
    }
    let mut write = None;
    if let Some(op) = write_op {
        let op = match (op, consistency) {
            (Operation::BatchWriteItem, Some(Consistency::Transactional)) => {
                return fail("consistency", ErrorKind::BatchWriteNotTransactional);
            }
            (o, Some(Consistency::Transactional)) if o.single_item() => {
                Operation::TransactWriteItems
            }
            (o, _) => o,
        };
        write = Some(WritePlan {
            operation: op,
            rate: writes.unwrap_or(1),
        });
    }
    Ok(Plan {
        mode,
        items,
        items_field,
        previous,
        gsis,
        gsi_key_change: form.gsi_key_change,
        regions,
        rcu,
        wcu,
        defaulted_rate: !reverse && reads.is_none() && writes.is_none(),
        read_consistency_ignored: read.is_none()
            && matches!(
                consistency,
                Some(Consistency::Eventual | Consistency::Strong)
            ),
        read,
        write,
    })
}

//! The computation: units per request from the item sizes, then per second, then per GSI and per
//! replica Region, recording each step with the rule it applies. One function per rule: rounding
//! one item, rounding a sum once (Query, Scan), rounding each item (batches, transactions), the
//! read consistency, the write kind, the rate, the provisioned capacity, the GSIs, the replicas.

use super::form::{ReadPlan, WritePlan};
use super::{
    Consistency, Estimate, Form, GsiResult, ItemJson, Mode, Note, Operation, Outcome, Plan,
    ReadResult, ReadUnits, Replication, SizeRole, Step, Units, WriteResult, WriteUnits, plan,
};
use crate::core::calc::number::ceil_div;
use crate::core::calc::size::{ItemSize, KB, SizeGroup};
use crate::core::calc::{CalcError, ErrorKind};

/// A read unit covers up to 4 KB.
pub const READ_UNIT_BYTES: u64 = 4 * KB;
/// A write unit covers up to 1 KB.
pub const WRITE_UNIT_BYTES: u64 = KB;
/// BatchGetItem reads at most 100 items and 16 MB.
pub const BATCH_GET_MAX_ITEMS: u64 = 100;
/// BatchWriteItem puts or deletes at most 25 items.
pub const BATCH_WRITE_MAX_ITEMS: u64 = 25;
/// A transaction holds at most 100 items (since September 2022) and 4 MB.
pub const TRANSACT_MAX_ITEMS: u64 = 100;
/// BatchGetItem and BatchWriteItem take at most 16 MB.
pub const BATCH_MAX_BYTES: u64 = 16 * KB * KB;
/// A transaction takes at most 4 MB.
pub const TRANSACT_MAX_BYTES: u64 = 4 * KB * KB;
/// A single Query or Scan returns at most 1 MB.
const PAGE_BYTES: u64 = KB * KB;
/// Size lines listed before "... and N more".
const SHOWN_GROUPS: usize = 8;

/// Computes capacity (forward: `--reads`/`--writes`) or rates (reverse: `--rcu`/`--wcu`) from the
/// form, or returns every input error, each naming its field.
///
/// ```
/// use awsdrill::core::calc::dynamodb::{evaluate, Form, Outcome};
/// let form = Form {
///     item_size: "6.5KB".into(),
///     reads: "80".into(),
///     consistency: "eventual".into(),
///     ..Form::default()
/// };
/// let Ok(Outcome::Forward(e)) = evaluate(&form) else { panic!() };
/// assert_eq!(e.read.unwrap().capacity, Some(80));
/// ```
pub fn evaluate(form: &Form) -> Result<Outcome, Vec<CalcError>> {
    let plan = plan(form)?;
    compute(&plan).map_err(|e| vec![e])
}

pub(super) fn too_large(field: &'static str) -> CalcError {
    CalcError::new(field, ErrorKind::TooLarge)
}

pub(super) struct Totals {
    pub(super) count: u64,
    pub(super) bytes: u64,
}

fn totals(items: &[SizeGroup], field: &'static str) -> Result<Totals, CalcError> {
    let mut t = Totals { count: 0, bytes: 0 };
    for g in items {
        t.count = t
            .count
            .checked_add(g.count)
            .ok_or_else(|| too_large(field))?;
        let b = g
            .count
            .checked_mul(g.size.bytes)
            .ok_or_else(|| too_large(field))?;
        t.bytes = t.bytes.checked_add(b).ok_or_else(|| too_large(field))?;
    }
    Ok(t)
}

/// Checks the item count and total size against what the operation accepts.
fn check_items(op: Operation, t: &Totals, field: &'static str) -> Result<(), CalcError> {
    let fail = |kind| Err(CalcError::new(field, kind));
    if op.single_item() && t.count != 1 {
        return fail(ErrorKind::OneItem { op, count: t.count });
    }
    let (max_items, max_bytes) = match op {
        Operation::BatchGetItem => (BATCH_GET_MAX_ITEMS, BATCH_MAX_BYTES),
        Operation::BatchWriteItem => (BATCH_WRITE_MAX_ITEMS, BATCH_MAX_BYTES),
        Operation::TransactGetItems | Operation::TransactWriteItems => {
            (TRANSACT_MAX_ITEMS, TRANSACT_MAX_BYTES)
        }
        _ => return Ok(()),
    };
    if t.count > max_items {
        return fail(ErrorKind::TooManyItems {
            op,
            max: max_items,
            count: t.count,
        });
    }
    if t.bytes > max_bytes {
        return fail(ErrorKind::TooManyBytes { op, bytes: t.bytes });
    }
    Ok(())
}

/// Query and Scan: add the sizes, then round up once to 4 KB.
fn round_sum_once(op: Operation, items: &[SizeGroup], t: &Totals, w: &mut Vec<Step>) -> u64 {
    let units = ceil_div(t.bytes, READ_UNIT_BYTES);
    w.push(Step::SumThenRound { op });
    w.push(Step::RoundSumUp {
        groups: (items.len() <= 4).then(|| items.iter().map(|g| (g.count, g.size.bytes)).collect()),
        count: t.count,
        total_bytes: t.bytes,
        units,
    });
    units
}

/// Strong-read units of one request before consistency: per item for GetItem, batches and
/// transactions, once over the sum for Query and Scan.
pub(super) fn read_base(op: Operation, items: &[SizeGroup], t: &Totals, w: &mut Vec<Step>) -> u64 {
    match op {
        Operation::Query | Operation::Scan => round_sum_once(op, items, t, w),
        _ => per_item(op, items, t, READ_UNIT_BYTES, w),
    }
}

/// A single item: its size rounds up to whole units.
fn round_one_item(op: Operation, size_bytes: u64, unit_bytes: u64, w: &mut Vec<Step>) -> u64 {
    let units = ceil_div(size_bytes, unit_bytes);
    w.push(Step::RoundUpToUnit {
        op,
        size_bytes,
        unit_bytes,
        units,
    });
    units
}

/// Units of one request that rounds each item on its own to `unit_bytes`.
fn per_item(
    op: Operation,
    items: &[SizeGroup],
    t: &Totals,
    unit_bytes: u64,
    w: &mut Vec<Step>,
) -> u64 {
    if op.single_item() || (t.count == 1 && items.len() == 1) {
        return round_one_item(op, items[0].size.bytes, unit_bytes, w);
    }
    w.push(Step::EachItemRoundsUp { op, unit_bytes });
    let mut total = 0u64;
    for (i, g) in items.iter().enumerate() {
        let each = ceil_div(g.size.bytes, unit_bytes);
        let units = each.saturating_mul(g.count);
        total = total.saturating_add(units);
        if i < SHOWN_GROUPS {
            w.push(Step::RoundGroup {
                count: g.count,
                size_text: g.size.text.clone(),
                size_bytes: g.size.bytes,
                unit_bytes,
                each,
                units,
            });
        }
    }
    if items.len() > SHOWN_GROUPS {
        w.push(Step::MoreSizes {
            n: items.len() - SHOWN_GROUPS,
        });
    }
    let once = ceil_div(t.bytes, unit_bytes);
    w.push(Step::PerItemTotal {
        units: total,
        unit_bytes,
        total_bytes: t.bytes,
        rounded_once: (once != total && unit_bytes == READ_UNIT_BYTES).then_some(once),
    });
    total
}

/// Applies the read consistency to strong units.
pub(super) fn read_units(
    base: u64,
    c: Consistency,
    unit: &'static str,
    op: Operation,
    w: &mut Vec<Step>,
) -> Result<ReadUnits, CalcError> {
    let r = match c {
        Consistency::Strong => {
            let units = ReadUnits::units(base).ok_or_else(|| too_large("items"))?;
            w.push(Step::StrongRead { units, unit, op });
            units
        }
        Consistency::Eventual => {
            let units = ReadUnits::halves(base);
            w.push(Step::HalveForEventual {
                base,
                units,
                unit,
                op,
            });
            units
        }
        Consistency::Transactional => {
            let units = ReadUnits::units(base)
                .and_then(|r| r.times(2))
                .ok_or_else(|| too_large("items"))?;
            w.push(Step::DoubleForTransactionalRead {
                base,
                units,
                unit,
                op,
            });
            units
        }
    };
    Ok(r)
}

/// PutItem and UpdateItem: the larger of the item before and after counts.
fn larger_of_before_and_after(
    op: Operation,
    items: &mut [SizeGroup],
    prev: &ItemSize,
    w: &mut Vec<Step>,
) {
    let after = items[0].size.bytes;
    w.push(Step::LargerOfBeforeAndAfter {
        op,
        before: prev.bytes,
        after,
    });
    if prev.bytes > after {
        items[0].size = prev.clone();
    }
}

/// Table write units of one request.
pub(super) fn write_base(
    p: &Plan,
    op: Operation,
    t: &Totals,
    w: &mut Vec<Step>,
) -> Result<u64, CalcError> {
    if p.previous.is_some() && !matches!(op, Operation::PutItem | Operation::UpdateItem) {
        return Err(CalcError::new(
            "previous-size",
            ErrorKind::PreviousSizeNotApplicable,
        ));
    }
    let mut items = p.items.clone();
    if let Some(prev) = &p.previous {
        larger_of_before_and_after(op, &mut items, prev, w);
    }
    let base = per_item(op, &items, t, WRITE_UNIT_BYTES, w);
    let unit = p.mode.write_unit();
    if op == Operation::TransactWriteItems {
        let units = base.checked_mul(2).ok_or_else(|| too_large("items"))?;
        w.push(Step::DoubleForTransactionalWrite { base, units, unit });
        return Ok(units);
    }
    w.push(Step::StandardWrite {
        units: base,
        unit,
        op,
    });
    Ok(base)
}

pub(super) fn items_json(items: &[SizeGroup]) -> Vec<ItemJson> {
    items
        .iter()
        .map(|g| ItemJson {
            size: g.size.text.clone(),
            bytes: g.size.bytes,
            count: g.count,
        })
        .collect()
}

/// How each size was read: the first steps of every working.
fn read_sizes(p: &Plan, w: &mut Vec<Step>) {
    for g in p.items.iter().take(SHOWN_GROUPS) {
        let role = if p.items.len() == 1 && g.count == 1 {
            SizeRole::ItemSize
        } else {
            SizeRole::Items
        };
        w.push(Step::ReadSize {
            role,
            size: g.size.clone(),
        });
    }
    if let Some(prev) = &p.previous {
        w.push(Step::ReadSize {
            role: SizeRole::Before,
            size: prev.clone(),
        });
    }
    for (i, g) in p.gsis.iter().enumerate() {
        w.push(Step::ReadSize {
            role: SizeRole::Gsi(i + 1),
            size: g.clone(),
        });
    }
}

fn compute(p: &Plan) -> Result<Outcome, CalcError> {
    let mut w = Vec::new();
    let mut notes = Vec::new();
    let t = totals(&p.items, p.items_field)?;
    read_sizes(p, &mut w);
    if let Some(r) = &p.read {
        check_items(r.operation, &t, p.items_field)?;
    }
    if let Some(wr) = &p.write {
        check_items(wr.operation, &t, p.items_field)?;
    }
    if p.rcu.is_some() || p.wcu.is_some() {
        return super::reverse::reverse(p, &t, w, notes);
    }
    let read = match &p.read {
        Some(r) => Some(reads(p, r, &t, &mut w, &mut notes)?),
        None => None,
    };
    let mut estimate = Estimate {
        mode: p.mode,
        items: items_json(&p.items),
        read,
        write: None,
        gsis: Vec::new(),
        replication: None,
        working: Vec::new(),
        notes: Vec::new(),
    };
    if let Some(wr) = &p.write {
        writes(p, wr, &t, &mut estimate, &mut w, &mut notes)?;
    } else {
        if !p.gsis.is_empty() {
            return Err(CalcError::new("gsi", ErrorKind::GsiWithoutWrites));
        }
        if p.regions > 1 {
            notes.push(Note::ReadsNotReplicated);
        }
    }
    estimate.working = w;
    estimate.notes = notes;
    Ok(Outcome::Forward(estimate))
}

/// The reads: units per request, per second, and what to provision.
fn reads(
    p: &Plan,
    r: &ReadPlan,
    t: &Totals,
    w: &mut Vec<Step>,
    notes: &mut Vec<Note>,
) -> Result<ReadResult, CalcError> {
    let unit = p.mode.read_unit();
    let base = read_base(r.operation, &p.items, t, w);
    let per_op = read_units(base, r.consistency, unit, r.operation, w)?;
    let per_second = per_op.times(r.rate).ok_or_else(|| too_large("reads"))?;
    w.push(Step::MultiplyByRate {
        op: r.operation,
        rate: r.rate,
        defaulted: p.defaulted_rate,
        per_second: Units::Read(per_second),
        unit,
    });
    let capacity = read_capacity(p.mode, per_second, w);
    if r.operation == Operation::Query || r.operation == Operation::Scan {
        if t.bytes > PAGE_BYTES {
            notes.push(Note::PagedResult {
                bytes: t.bytes,
                op: r.operation,
            });
        }
        if r.consistency == Consistency::Strong {
            notes.push(Note::StrongNotOnGsi);
        }
    }
    Ok(ReadResult {
        operation: r.operation,
        consistency: r.consistency,
        unit,
        per_operation: per_op,
        operations_per_second: r.rate,
        per_second,
        capacity,
    })
}

/// Provisioned RCU are whole: the per-second total rounds up once, at the end. On-demand request
/// units are billed as consumed.
fn read_capacity(mode: Mode, per_second: ReadUnits, w: &mut Vec<Step>) -> Option<u64> {
    match mode {
        Mode::Provisioned => {
            let capacity = per_second.ceil();
            if per_second.in_halves() % 2 == 1 {
                w.push(Step::RoundUpReadCapacity {
                    per_second,
                    capacity,
                });
            } else {
                w.push(Step::WholeReadCapacity { capacity });
            }
            Some(capacity)
        }
        Mode::OnDemand => {
            w.push(Step::OnDemandReads { per_second });
            None
        }
    }
}

/// The writes: the table, each GSI, the replicas.
fn writes(
    p: &Plan,
    wr: &WritePlan,
    t: &Totals,
    e: &mut Estimate,
    w: &mut Vec<Step>,
    notes: &mut Vec<Note>,
) -> Result<(), CalcError> {
    let unit = p.mode.write_unit();
    if p.read_consistency_ignored {
        notes.push(Note::ConsistencyOnlyForReads);
    }
    let per_op = WriteUnits(write_base(p, wr.operation, t, w)?);
    let per_second = per_op.times(wr.rate).ok_or_else(|| too_large("writes"))?;
    w.push(Step::MultiplyByRate {
        op: wr.operation,
        rate: wr.rate,
        defaulted: p.defaulted_rate,
        per_second: Units::Write(per_second),
        unit,
    });
    let capacity = match p.mode {
        Mode::Provisioned => {
            w.push(Step::ProvisionWrites { per_second });
            Some(per_second.0)
        }
        Mode::OnDemand => {
            w.push(Step::OnDemandWrites { per_second });
            None
        }
    };
    let mut gsi_total = WriteUnits(0);
    for (i, g) in p.gsis.iter().enumerate() {
        let r = gsi(p, i, g, wr.operation, wr.rate, t.count, w)?;
        gsi_total = WriteUnits(
            gsi_total
                .0
                .checked_add(r.per_second.0)
                .ok_or_else(|| too_large("gsi"))?,
        );
        e.gsis.push(r);
    }
    if !p.gsis.is_empty() && wr.operation == Operation::TransactWriteItems {
        notes.push(Note::GsiAtStandardRate);
    }
    if p.regions > 1 {
        e.replication = Some(replicate(p, per_second, gsi_total, w)?);
        notes.push(Note::GlobalTableCapacity);
    }
    e.write = Some(WriteResult {
        operation: wr.operation,
        unit,
        per_operation: per_op,
        operations_per_second: wr.rate,
        per_second,
        capacity,
    });
    Ok(())
}

/// A global table applies every write in every replica Region.
fn replicate(
    p: &Plan,
    per_second: WriteUnits,
    gsi_total: WriteUnits,
    w: &mut Vec<Step>,
) -> Result<Replication, CalcError> {
    let unit = p.mode.write_unit();
    let others = p.regions - 1;
    let replicated = per_second
        .times(others)
        .ok_or_else(|| too_large("regions"))?;
    let replicated_unit = p.mode.replicated_unit();
    w.push(Step::GlobalTable { regions: p.regions });
    w.push(Step::ReplicatedWrites {
        per_second,
        unit,
        others,
        replicated,
        replicated_unit,
    });
    if !p.gsis.is_empty() {
        w.push(Step::GsiInEachRegion {
            per_second: gsi_total,
            unit,
        });
    }
    Ok(Replication {
        regions: p.regions,
        unit: replicated_unit,
        per_region_per_second: per_second,
        replicated_per_second: replicated,
        gsi_per_region_per_second: gsi_total,
    })
}

/// Every item written also writes its entry in a GSI it is projected into.
fn gsi(
    p: &Plan,
    i: usize,
    g: &ItemSize,
    op: Operation,
    rate: u64,
    count: u64,
    w: &mut Vec<Step>,
) -> Result<GsiResult, CalcError> {
    let unit = p.mode.write_unit();
    let each = ceil_div(g.bytes, WRITE_UNIT_BYTES);
    w.push(Step::GsiEntry {
        index: i + 1,
        bytes: g.bytes,
        units: each,
    });
    let key_change = p.gsi_key_change && op != Operation::DeleteItem;
    let writes = if key_change { 2 } else { 1 };
    if key_change {
        w.push(Step::GsiKeyChange {
            units_per_item: each * 2,
        });
    }
    let per_op = each
        .checked_mul(writes)
        .and_then(|u| u.checked_mul(count))
        .map(WriteUnits)
        .ok_or_else(|| too_large("gsi"))?;
    let per_second = per_op.times(rate).ok_or_else(|| too_large("gsi"))?;
    w.push(Step::GsiPerSecond {
        index: i + 1,
        items: count,
        op,
        rate,
        per_second,
        unit,
    });
    Ok(GsiResult {
        index: i + 1,
        projected_bytes: g.bytes,
        writes_per_item: writes,
        unit,
        per_operation: per_op,
        per_second,
    })
}

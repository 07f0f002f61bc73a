//! The computation: units per request from the item sizes, then per second, then per GSI and per
//! replica Region, writing down each step with the rule it applies.

use super::{
    Consistency, Estimate, Form, GsiResult, ItemJson, Mode, Operation, Outcome, Plan, ReadResult,
    ReadUnits, Replication, WriteResult, WriteUnits, plan,
};
use crate::core::calc::CalcError;
use crate::core::calc::number::{ceil_div, group};
use crate::core::calc::size::{KB, SizeGroup};

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
const BATCH_MAX_BYTES: u64 = 16 * KB * KB;
const TRANSACT_MAX_BYTES: u64 = 4 * KB * KB;
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
    CalcError::new(field, "the numbers are too large to compute with")
}

fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{} {word}s", group(n))
    }
}

/// `N KB` for a whole number of KB.
fn kb(units: u64, unit_bytes: u64) -> String {
    format!("{} KB", group(units.saturating_mul(unit_bytes / KB)))
}

pub(super) struct Totals {
    count: u64,
    bytes: u64,
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
    let fail = |msg: String| Err(CalcError::new(field, msg));
    if op.single_item() && t.count != 1 {
        let other = if op.reads() {
            "batch-get-item or query"
        } else {
            "batch-write-item"
        };
        return fail(format!(
            "{} touches one item, but {} were given; give one size, or use --operation {other}",
            op.api_name(),
            group(t.count)
        ));
    }
    let (max_items, max_bytes, limit) = match op {
        Operation::BatchGetItem => (BATCH_GET_MAX_ITEMS, BATCH_MAX_BYTES, "16 MB"),
        Operation::BatchWriteItem => (BATCH_WRITE_MAX_ITEMS, BATCH_MAX_BYTES, "16 MB"),
        Operation::TransactGetItems | Operation::TransactWriteItems => {
            (TRANSACT_MAX_ITEMS, TRANSACT_MAX_BYTES, "4 MB")
        }
        _ => return Ok(()),
    };
    if t.count > max_items {
        return fail(format!(
            "{} takes at most {max_items} items per request, but {} were given",
            op.api_name(),
            group(t.count)
        ));
    }
    if t.bytes > max_bytes {
        return fail(format!(
            "{} takes at most {limit} per request, but the items add up to {} bytes",
            op.api_name(),
            group(t.bytes)
        ));
    }
    Ok(())
}

/// Strong-read units of one request before consistency: per item for GetItem, batches and
/// transactions, once over the sum for Query and Scan.
pub(super) fn read_base(
    op: Operation,
    items: &[SizeGroup],
    t: &Totals,
    w: &mut Vec<String>,
) -> u64 {
    match op {
        Operation::Query | Operation::Scan => {
            let units = ceil_div(t.bytes, READ_UNIT_BYTES);
            if op == Operation::Query {
                w.push(
                    "Query: the returned items count as one read: add the sizes, then round up once to 4 KB"
                        .into(),
                );
            } else {
                w.push(
                    "Scan: every item the scan evaluates counts (even those a filter drops): add the sizes, then round up once to 4 KB"
                        .into(),
                );
            }
            let sum = if items.len() <= 4 {
                items
                    .iter()
                    .map(|g| format!("{} x {} B", group(g.count), group(g.size.bytes)))
                    .collect::<Vec<_>>()
                    .join(" + ")
            } else {
                format!("the {} items", group(t.count))
            };
            w.push(format!(
                "  {sum} = {} B; ceil({} B / 4,096 B) = {} ({})",
                group(t.bytes),
                group(t.bytes),
                plural(units, "unit"),
                kb(units, READ_UNIT_BYTES)
            ));
            units
        }
        _ => per_item(op, items, t, READ_UNIT_BYTES, w),
    }
}

/// Units of one request that rounds each item on its own to `unit_bytes`.
fn per_item(
    op: Operation,
    items: &[SizeGroup],
    t: &Totals,
    unit_bytes: u64,
    w: &mut Vec<String>,
) -> u64 {
    let (unit_kb, what) = if unit_bytes == READ_UNIT_BYTES {
        ("4 KB", "read")
    } else {
        ("1 KB", "write")
    };
    if op.single_item() || (t.count == 1 && items.len() == 1) {
        let units = ceil_div(items[0].size.bytes, unit_bytes);
        w.push(format!(
            "{}: a {what} unit covers up to {unit_kb} and the size rounds up: ceil({} B / {} B) = {}",
            op.api_name(),
            group(items[0].size.bytes),
            group(unit_bytes),
            plural(units, "unit")
        ));
        return units;
    }
    let how = match op {
        Operation::BatchGetItem => "each item is read as a separate GetItem and rounds up",
        Operation::BatchWriteItem => {
            "each put or delete is a separate PutItem or DeleteItem and rounds up"
        }
        _ => "each item of the transaction rounds up",
    };
    w.push(format!("{}: {how} to {unit_kb} on its own", op.api_name()));
    let mut total = 0u64;
    for (i, g) in items.iter().enumerate() {
        let each = ceil_div(g.size.bytes, unit_bytes);
        let units = each.saturating_mul(g.count);
        total = total.saturating_add(units);
        if i < SHOWN_GROUPS {
            let repeat = if g.count == 1 {
                String::new()
            } else {
                format!(" each, x {} = {}", group(g.count), group(units))
            };
            w.push(format!(
                "  {} x {}: ceil({} B / {} B) = {}{repeat} ({})",
                group(g.count),
                g.size.text,
                group(g.size.bytes),
                group(unit_bytes),
                plural(each, "unit"),
                kb(units, unit_bytes)
            ));
        }
    }
    if items.len() > SHOWN_GROUPS {
        w.push(format!(
            "  ... and {} more sizes",
            items.len() - SHOWN_GROUPS
        ));
    }
    let once = ceil_div(t.bytes, unit_bytes);
    let compare = if once != total && unit_bytes == READ_UNIT_BYTES {
        format!(
            "; not the {} that rounding the {} B sum once would give (Query and Scan do that)",
            kb(once, unit_bytes),
            group(t.bytes)
        )
    } else {
        String::new()
    };
    w.push(format!(
        "  total: {} ({}){compare}",
        plural(total, "unit"),
        kb(total, unit_bytes)
    ));
    total
}

/// Applies the read consistency to strong units.
pub(super) fn read_units(
    base: u64,
    c: Consistency,
    unit: &str,
    per: &str,
    w: &mut Vec<String>,
) -> Result<ReadUnits, CalcError> {
    let r = match c {
        Consistency::Strong => {
            let r = ReadUnits::units(base).ok_or_else(|| too_large("items"))?;
            w.push(format!(
                "strongly consistent: 1 unit per 4 KB: {r} {unit} per {per}"
            ));
            r
        }
        Consistency::Eventual => {
            let r = ReadUnits::halves(base);
            w.push(format!(
                "eventually consistent: half a unit per 4 KB: {} / 2 = {r} {unit} per {per}",
                group(base)
            ));
            r
        }
        Consistency::Transactional => {
            let r = ReadUnits::units(base)
                .and_then(|r| r.times(2))
                .ok_or_else(|| too_large("items"))?;
            w.push(format!(
                "transactional: 2 units per 4 KB (double): {} x 2 = {r} {unit} per {per}",
                group(base)
            ));
            r
        }
    };
    Ok(r)
}

pub(super) fn per_word(op: Operation) -> &'static str {
    match op {
        Operation::GetItem => "read",
        Operation::PutItem | Operation::UpdateItem | Operation::DeleteItem => "write",
        _ => "request",
    }
}

/// Table write units of one request.
pub(super) fn write_base(
    p: &Plan,
    op: Operation,
    t: &Totals,
    w: &mut Vec<String>,
) -> Result<u64, CalcError> {
    if p.previous.is_some() && !matches!(op, Operation::PutItem | Operation::UpdateItem) {
        return Err(CalcError::new(
            "previous-size",
            "only PutItem and UpdateItem count the item's size before the write",
        ));
    }
    let mut items = p.items.clone();
    if let Some(prev) = &p.previous {
        let after = items[0].size.bytes;
        let larger = after.max(prev.bytes);
        w.push(format!(
            "{}: the larger of the item before ({} B) and after ({} B) counts: {} B",
            op.api_name(),
            group(prev.bytes),
            group(after),
            group(larger)
        ));
        if prev.bytes > after {
            items[0].size = prev.clone();
        }
    }
    let base = per_item(op, &items, t, WRITE_UNIT_BYTES, w);
    if op == Operation::TransactWriteItems {
        let doubled = base.checked_mul(2).ok_or_else(|| too_large("items"))?;
        w.push(format!(
            "transactional writes cost double: {} x 2 = {} {} per request",
            group(base),
            group(doubled),
            p.mode.write_unit()
        ));
        return Ok(doubled);
    }
    w.push(format!(
        "standard write: 1 unit per 1 KB: {} {} per {}",
        group(base),
        p.mode.write_unit(),
        per_word(op)
    ));
    Ok(base)
}

pub(super) fn rate_line(n: u64, op: Operation, defaulted: bool) -> String {
    let word = op.rate_word();
    let word = if n == 1 {
        word.trim_end_matches('s')
    } else {
        word
    };
    let note = if defaulted { " (no rate given)" } else { "" };
    format!("x {} {word}/s{note}", group(n))
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

fn compute(p: &Plan) -> Result<Outcome, CalcError> {
    let mut w = Vec::new();
    let mut notes = Vec::new();
    let t = totals(&p.items, p.items_field)?;
    for g in p.items.iter().take(SHOWN_GROUPS) {
        let label = if p.items.len() == 1 && g.count == 1 {
            "item size"
        } else {
            "items"
        };
        w.push(format!("{label}: {}", g.size.reading));
    }
    if let Some(prev) = &p.previous {
        w.push(format!("item before the write: {}", prev.reading));
    }
    for (i, g) in p.gsis.iter().enumerate() {
        w.push(format!("GSI {} projection: {}", i + 1, g.reading));
    }
    if let Some(r) = &p.read {
        check_items(r.operation, &t, p.items_field)?;
    }
    if let Some(wr) = &p.write {
        check_items(wr.operation, &t, p.items_field)?;
    }
    if p.rcu.is_some() || p.wcu.is_some() {
        return super::reverse::reverse(p, &t, w, notes);
    }
    let mut read = None;
    if let Some(r) = &p.read {
        let unit = p.mode.read_unit();
        let base = read_base(r.operation, &p.items, &t, &mut w);
        let per_op = read_units(base, r.consistency, unit, per_word(r.operation), &mut w)?;
        let per_second = per_op.times(r.rate).ok_or_else(|| too_large("reads"))?;
        w.push(format!(
            "{} = {per_second} {unit}/s",
            rate_line(r.rate, r.operation, p.defaulted_rate)
        ));
        let capacity = match p.mode {
            Mode::Provisioned => {
                let c = per_second.ceil();
                if per_second.in_halves() % 2 == 1 {
                    w.push(format!(
                        "provisioned RCU is a whole number: round the per-second total up once, at the end: {per_second} -> {} RCU",
                        group(c)
                    ));
                } else {
                    w.push(format!(
                        "provisioned RCU is a whole number (rounded up once, at the end): {} RCU",
                        group(c)
                    ));
                }
                Some(c)
            }
            Mode::OnDemand => {
                w.push(format!(
                    "on-demand: requests are billed in read request units as consumed, nothing to provision: {per_second} RRU/s"
                ));
                None
            }
        };
        if r.operation == Operation::Query || r.operation == Operation::Scan {
            if t.bytes > PAGE_BYTES {
                notes.push(format!(
                    "the items add up to {} bytes, over the 1 MB one {} returns: DynamoDB pages the result and rounds each page on its own, so the real cost can be a little higher",
                    group(t.bytes),
                    r.operation.api_name()
                ));
            }
            if r.consistency == Consistency::Strong {
                notes.push("strongly consistent reads work on the table and its LSIs, not on a GSI (GSIs are eventually consistent only)".into());
            }
        }
        read = Some(ReadResult {
            operation: r.operation,
            consistency: r.consistency,
            unit,
            per_operation: per_op,
            operations_per_second: r.rate,
            per_second,
            capacity,
        });
    }
    let mut write = None;
    let mut gsis = Vec::new();
    let mut replication = None;
    if let Some(wr) = &p.write {
        let unit = p.mode.write_unit();
        if p.read_consistency_ignored {
            notes.push(
                "read consistency applies to reads only; writes are standard or transactional"
                    .into(),
            );
        }
        let base = write_base(p, wr.operation, &t, &mut w)?;
        let per_op = WriteUnits(base);
        let per_second = per_op.times(wr.rate).ok_or_else(|| too_large("writes"))?;
        w.push(format!(
            "{} = {per_second} {unit}/s",
            rate_line(wr.rate, wr.operation, p.defaulted_rate)
        ));
        let capacity = match p.mode {
            Mode::Provisioned => {
                w.push(format!("provision {per_second} WCU for the table"));
                Some(per_second.0)
            }
            Mode::OnDemand => {
                w.push(format!(
                    "on-demand: billed in write request units as consumed: {per_second} WRU/s"
                ));
                None
            }
        };
        let mut gsi_total = WriteUnits(0);
        for (i, g) in p.gsis.iter().enumerate() {
            let r = gsi(p, i, g, wr.operation, wr.rate, t.count, &mut w)?;
            gsi_total = WriteUnits(
                gsi_total
                    .0
                    .checked_add(r.per_second.0)
                    .ok_or_else(|| too_large("gsi"))?,
            );
            gsis.push(r);
        }
        if !p.gsis.is_empty() && wr.operation == Operation::TransactWriteItems {
            notes.push("GSI writes are counted at the standard rate of 1 unit per 1 KB; check ReturnConsumedCapacity for what a transaction consumes on its indexes".into());
        }
        if p.regions > 1 {
            let others = p.regions - 1;
            let replicated = per_second
                .times(others)
                .ok_or_else(|| too_large("regions"))?;
            let ru = p.mode.replicated_unit();
            w.push(format!(
                "global table in {} Regions: every write is applied in each replica Region, so the {} other Regions receive it as replicated writes",
                p.regions,
                others
            ));
            w.push(format!(
                "  {per_second} {unit}/s x {} other Region{} = {replicated} {ru}/s of replicated writes; each Region applies {per_second}/s of table writes",
                group(others),
                if others == 1 { "" } else { "s" }
            ));
            if !p.gsis.is_empty() {
                w.push(format!(
                    "  each Region keeps its own GSIs, so each also applies {gsi_total} {unit}/s of GSI writes"
                ));
            }
            notes.push("a global table must be on-demand, or provisioned with auto scaling, and its replicas need the same write capacity settings".into());
            replication = Some(Replication {
                regions: p.regions,
                unit: ru,
                per_region_per_second: per_second,
                replicated_per_second: replicated,
                gsi_per_region_per_second: gsi_total,
            });
        }
        write = Some(WriteResult {
            operation: wr.operation,
            unit,
            per_operation: per_op,
            operations_per_second: wr.rate,
            per_second,
            capacity,
        });
    } else {
        if !p.gsis.is_empty() {
            return Err(CalcError::new(
                "gsi",
                "GSI writes come from table writes; give --writes or a write operation",
            ));
        }
        if p.regions > 1 {
            notes.push("reads are served by the replica in the Region they are sent to; a global table adds replicated writes only".into());
        }
    }
    Ok(Outcome::Forward(Estimate {
        mode: p.mode,
        items: items_json(&p.items),
        read,
        write,
        gsis,
        replication,
        working: w,
        notes,
    }))
}

fn gsi(
    p: &Plan,
    i: usize,
    g: &crate::core::calc::size::ItemSize,
    op: Operation,
    rate: u64,
    count: u64,
    w: &mut Vec<String>,
) -> Result<GsiResult, CalcError> {
    let unit = p.mode.write_unit();
    let each = ceil_div(g.bytes, WRITE_UNIT_BYTES);
    w.push(format!(
        "GSI {}: each item written also writes its index entry: ceil({} B / 1,024 B) = {} per item",
        i + 1,
        group(g.bytes),
        plural(each, "unit")
    ));
    let key_change = p.gsi_key_change && op != Operation::DeleteItem;
    let writes = if key_change { 2 } else { 1 };
    if key_change {
        w.push(format!(
            "  the write changes the index key: delete the old entry + put the new one = 2 writes: {} per item",
            plural(each * 2, "unit")
        ));
    }
    let per_op = each
        .checked_mul(writes)
        .and_then(|u| u.checked_mul(count))
        .map(WriteUnits)
        .ok_or_else(|| too_large("gsi"))?;
    let per_second = per_op.times(rate).ok_or_else(|| too_large("gsi"))?;
    w.push(format!(
        "  x {} per request x {} = {per_second} {unit}/s on GSI {} (an index has its own write capacity; too little throttles the table's writes)",
        plural(count, "item"),
        rate_line(rate, op, false).trim_start_matches("x "),
        i + 1
    ));
    Ok(GsiResult {
        index: i + 1,
        projected_bytes: g.bytes,
        writes_per_item: writes,
        unit,
        per_operation: per_op,
        per_second,
    })
}

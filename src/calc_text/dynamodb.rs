//! The DynamoDB calculator in English: each step, note and headline, and how a size was read.

use crate::core::calc::dynamodb::{
    Consistency, Headline, Note, Operation, READ_UNIT_BYTES, Said, SizeRole, Step,
};
use crate::core::calc::number::group;
use crate::core::calc::size::{ItemSize, KB, SizeUnit};

/// "eventually consistent", "strongly consistent", "transactional".
pub fn consistency_words(c: Consistency) -> &'static str {
    match c {
        Consistency::Eventual => "eventually consistent",
        Consistency::Strong => "strongly consistent",
        Consistency::Transactional => "transactional",
    }
}

/// How one request is called after "per": "read", "write" or "request".
fn per_word(op: Operation) -> &'static str {
    match op {
        Operation::GetItem => "read",
        Operation::PutItem | Operation::UpdateItem | Operation::DeleteItem => "write",
        _ => "request",
    }
}

/// `80 reads/s`, `1 request/s`.
fn rate(n: u64, op: Operation) -> String {
    let word = match op {
        Operation::GetItem => "reads",
        Operation::PutItem | Operation::UpdateItem | Operation::DeleteItem => "writes",
        _ => "requests",
    };
    let word = if n == 1 {
        word.trim_end_matches('s')
    } else {
        word
    };
    format!("{} {word}/s", group(n))
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

fn unit_kb(unit_bytes: u64) -> (&'static str, &'static str) {
    if unit_bytes == READ_UNIT_BYTES {
        ("4 KB", "read")
    } else {
        ("1 KB", "write")
    }
}

/// How a size was read: "6.5KB read as 6.5 x 1,024 = 6,656 bytes (DynamoDB's KB is 1,024 bytes)".
pub fn size_reading(s: &ItemSize) -> String {
    let t = &s.text;
    let label = match s.unit {
        SizeUnit::Bytes => "",
        SizeUnit::Kb => " (DynamoDB's KB is 1,024 bytes)",
        SizeUnit::Kib => " (KiB = 1,024 bytes)",
        SizeUnit::Mb => " (DynamoDB's MB is 1,048,576 bytes)",
        SizeUnit::Mib => " (MiB = 1,048,576 bytes)",
    };
    let unit = group(s.unit.bytes());
    match (&s.fraction, s.unit) {
        (_, SizeUnit::Bytes) => {
            let plural = if s.bytes == 1 { "" } else { "s" };
            format!("{t} read as {} byte{plural}", group(s.bytes))
        }
        (None, _) => format!(
            "{t} read as {} x {unit} = {} bytes{label}",
            s.number,
            group(s.bytes)
        ),
        (Some((whole, digits)), _) => format!(
            "{t} read as {} x {unit} = {}.{digits} bytes, rounded up to {} bytes{label}",
            s.number,
            group(*whole),
            group(s.bytes)
        ),
    }
}

/// Anything the calculator says.
pub fn said(s: &Said) -> String {
    match s {
        Said::Headline(h) => headline(h),
        Said::Step(s) => step(s),
        Said::Note(n) => note(n),
    }
}

/// A step of the working.
pub fn step(s: &Step) -> String {
    match s {
        Step::ReadSize { role, size } => {
            let reading = size_reading(size);
            match role {
                SizeRole::ItemSize => format!("item size: {reading}"),
                SizeRole::Items => format!("items: {reading}"),
                SizeRole::Before => format!("item before the write: {reading}"),
                SizeRole::Gsi(i) => format!("GSI {i} projection: {reading}"),
            }
        }
        Step::SumThenRound { op } => if *op == Operation::Query {
            "Query: the returned items count as one read: add the sizes, then round up once to 4 KB"
        } else {
            "Scan: every item the scan evaluates counts (even those a filter drops): add the sizes, then round up once to 4 KB"
        }
        .into(),
        Step::RoundSumUp {
            groups,
            count,
            total_bytes,
            units,
        } => {
            let sum = match groups {
                Some(g) => g
                    .iter()
                    .map(|(c, b)| format!("{} x {} B", group(*c), group(*b)))
                    .collect::<Vec<_>>()
                    .join(" + "),
                None => format!("the {} items", group(*count)),
            };
            format!(
                "  {sum} = {} B; ceil({} B / 4,096 B) = {} ({})",
                group(*total_bytes),
                group(*total_bytes),
                plural(*units, "unit"),
                kb(*units, READ_UNIT_BYTES)
            )
        }
        Step::RoundUpToUnit {
            op,
            size_bytes,
            unit_bytes,
            units,
        } => {
            let (unit_kb, what) = unit_kb(*unit_bytes);
            format!(
                "{}: a {what} unit covers up to {unit_kb} and the size rounds up: ceil({} B / {} B) = {}",
                op.api_name(),
                group(*size_bytes),
                group(*unit_bytes),
                plural(*units, "unit")
            )
        }
        Step::EachItemRoundsUp { op, unit_bytes } => {
            let how = match op {
                Operation::BatchGetItem => "each item is read as a separate GetItem and rounds up",
                Operation::BatchWriteItem => {
                    "each put or delete is a separate PutItem or DeleteItem and rounds up"
                }
                _ => "each item of the transaction rounds up",
            };
            format!("{}: {how} to {} on its own", op.api_name(), unit_kb(*unit_bytes).0)
        }
        Step::RoundGroup {
            count,
            size_text,
            size_bytes,
            unit_bytes,
            each,
            units,
        } => {
            let repeat = if *count == 1 {
                String::new()
            } else {
                format!(" each, x {} = {}", group(*count), group(*units))
            };
            format!(
                "  {} x {size_text}: ceil({} B / {} B) = {}{repeat} ({})",
                group(*count),
                group(*size_bytes),
                group(*unit_bytes),
                plural(*each, "unit"),
                kb(*units, *unit_bytes)
            )
        }
        Step::MoreSizes { n } => format!("  ... and {n} more sizes"),
        Step::PerItemTotal {
            units,
            unit_bytes,
            total_bytes,
            rounded_once,
        } => {
            let compare = rounded_once.map_or_else(String::new, |once| {
                format!(
                    "; not the {} that rounding the {} B sum once would give (Query and Scan do that)",
                    kb(once, *unit_bytes),
                    group(*total_bytes)
                )
            });
            format!(
                "  total: {} ({}){compare}",
                plural(*units, "unit"),
                kb(*units, *unit_bytes)
            )
        }
        Step::StrongRead { units, unit, op } => format!(
            "strongly consistent: 1 unit per 4 KB: {units} {unit} per {}",
            per_word(*op)
        ),
        Step::HalveForEventual {
            base,
            units,
            unit,
            op,
        } => format!(
            "eventually consistent: half a unit per 4 KB: {} / 2 = {units} {unit} per {}",
            group(*base),
            per_word(*op)
        ),
        Step::DoubleForTransactionalRead {
            base,
            units,
            unit,
            op,
        } => format!(
            "transactional: 2 units per 4 KB (double): {} x 2 = {units} {unit} per {}",
            group(*base),
            per_word(*op)
        ),
        Step::LargerOfBeforeAndAfter { op, before, after } => format!(
            "{}: the larger of the item before ({} B) and after ({} B) counts: {} B",
            op.api_name(),
            group(*before),
            group(*after),
            group(*before.max(after))
        ),
        Step::DoubleForTransactionalWrite { base, units, unit } => format!(
            "transactional writes cost double: {} x 2 = {} {unit} per request",
            group(*base),
            group(*units)
        ),
        Step::StandardWrite { units, unit, op } => format!(
            "standard write: 1 unit per 1 KB: {} {unit} per {}",
            group(*units),
            per_word(*op)
        ),
        Step::MultiplyByRate {
            op,
            rate: n,
            defaulted,
            per_second,
            unit,
        } => {
            let note = if *defaulted { " (no rate given)" } else { "" };
            format!("x {}{note} = {per_second} {unit}/s", rate(*n, *op))
        }
        Step::RoundUpReadCapacity {
            per_second,
            capacity,
        } => format!(
            "provisioned RCU is a whole number: round the per-second total up once, at the end: {per_second} -> {} RCU",
            group(*capacity)
        ),
        Step::WholeReadCapacity { capacity } => format!(
            "provisioned RCU is a whole number (rounded up once, at the end): {} RCU",
            group(*capacity)
        ),
        Step::OnDemandReads { per_second } => format!(
            "on-demand: requests are billed in read request units as consumed, nothing to provision: {per_second} RRU/s"
        ),
        Step::ProvisionWrites { per_second } => {
            format!("provision {per_second} WCU for the table")
        }
        Step::OnDemandWrites { per_second } => format!(
            "on-demand: billed in write request units as consumed: {per_second} WRU/s"
        ),
        Step::GsiEntry {
            index,
            bytes,
            units,
        } => format!(
            "GSI {index}: each item written also writes its index entry: ceil({} B / 1,024 B) = {} per item",
            group(*bytes),
            plural(*units, "unit")
        ),
        Step::GsiKeyChange { units_per_item } => format!(
            "  the write changes the index key: delete the old entry + put the new one = 2 writes: {} per item",
            plural(*units_per_item, "unit")
        ),
        Step::GsiPerSecond {
            index,
            items,
            op,
            rate: n,
            per_second,
            unit,
        } => format!(
            "  x {} per request x {} = {per_second} {unit}/s on GSI {index} (an index has its own write capacity; too little throttles the table's writes)",
            plural(*items, "item"),
            rate(*n, *op)
        ),
        Step::GlobalTable { regions } => format!(
            "global table in {regions} Regions: every write is applied in each replica Region, so the {} other Regions receive it as replicated writes",
            regions - 1
        ),
        Step::ReplicatedWrites {
            per_second,
            unit,
            others,
            replicated,
            replicated_unit,
        } => format!(
            "  {per_second} {unit}/s x {} other Region{} = {replicated} {replicated_unit}/s of replicated writes; each Region applies {per_second}/s of table writes",
            group(*others),
            if *others == 1 { "" } else { "s" }
        ),
        Step::GsiInEachRegion { per_second, unit } => format!(
            "  each Region keeps its own GSIs, so each also applies {per_second} {unit}/s of GSI writes"
        ),
        Step::ReverseCapacity { capacity, unit } => {
            format!("reverse: {} {unit} provisioned", group(*capacity))
        }
        Step::MostRequests {
            capacity,
            per_operation,
            unit,
            op,
            max,
        } => format!(
            "{} {unit} / {per_operation} {unit} per {} = {} (rounded down: a request that does not fit is throttled)",
            group(*capacity),
            per_word(*op),
            rate(*max, *op)
        ),
    }
}

/// A note.
pub fn note(n: &Note) -> String {
    match n {
        Note::PagedResult { bytes, op } => format!(
            "the items add up to {} bytes, over the 1 MB one {} returns: DynamoDB pages the result and rounds each page on its own, so the real cost can be a little higher",
            group(*bytes),
            op.api_name()
        ),
        Note::StrongNotOnGsi => "strongly consistent reads work on the table and its LSIs, not on a GSI (GSIs are eventually consistent only)".into(),
        Note::ConsistencyOnlyForReads => {
            "read consistency applies to reads only; writes are standard or transactional".into()
        }
        Note::GsiAtStandardRate => "GSI writes are counted at the standard rate of 1 unit per 1 KB; check ReturnConsumedCapacity for what a transaction consumes on its indexes".into(),
        Note::GlobalTableCapacity => "a global table must be on-demand, or provisioned with auto scaling, and its replicas need the same write capacity settings".into(),
        Note::ReadsNotReplicated => "reads are served by the replica in the Region they are sent to; a global table adds replicated writes only".into(),
        Note::GsiCapacitySeparate => "each GSI has its own write capacity; it is not counted against the table's WCU here".into(),
    }
}

/// A result line.
pub fn headline(h: &Headline) -> String {
    match h {
        Headline::Reads(r) => {
            let provision = r
                .capacity
                .map(|c| format!(" -> provision {} RCU", group(c)))
                .unwrap_or_default();
            format!(
                "reads:  {} {} per {} ({}, {}) x {} = {} {}/s{provision}",
                r.per_operation,
                r.unit,
                per_word(r.operation),
                r.operation.api_name(),
                consistency_words(r.consistency),
                rate(r.operations_per_second, r.operation),
                r.per_second,
                r.unit
            )
        }
        Headline::Writes(w) => {
            let provision = w
                .capacity
                .map(|c| format!(" -> provision {} WCU", group(c)))
                .unwrap_or_default();
            format!(
                "writes: {} {} per {} ({}) x {} = {} {}/s{provision}",
                w.per_operation,
                w.unit,
                per_word(w.operation),
                w.operation.api_name(),
                rate(w.operations_per_second, w.operation),
                w.per_second,
                w.unit
            )
        }
        Headline::Gsi(g) => format!(
            "GSI {}:  {} {}/s ({} B projected, {} write{} per item)",
            g.index,
            g.per_second,
            g.unit,
            group(g.projected_bytes),
            g.writes_per_item,
            if g.writes_per_item == 1 { "" } else { "s" }
        ),
        Headline::Replication(r, write_unit) => format!(
            "global table, {} Regions: {} {}/s replicated writes; each Region applies {} {write_unit}/s",
            r.regions, r.replicated_per_second, r.unit, r.per_region_per_second
        ),
        Headline::OnDemand => "on-demand: request units are billed as consumed".into(),
        Headline::ReverseReads(rd) => format!(
            "reads:  {} RCU serve at most {} ({} RCU per {}, {} {})",
            group(rd.capacity),
            rate(rd.max_per_second, rd.operation),
            rd.per_operation,
            per_word(rd.operation),
            consistency_words(rd.consistency),
            rd.operation.api_name()
        ),
        Headline::ReverseWrites(w) => format!(
            "writes: {} WCU serve at most {} ({} WCU per {}, {})",
            group(w.capacity),
            rate(w.max_per_second, w.operation),
            w.per_operation,
            per_word(w.operation),
            w.operation.api_name()
        ),
    }
}

/// The words of the calculator's form fields.
pub fn field_text(key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "operation" => ("Operation", "get-item, query, batch-get-item..."),
        "items" | "item-size" => ("Item size(s)", "6.5KB, or 1.5KB,6.5KB, or 1500x64B"),
        "reads" => ("Reads/s", "read requests per second"),
        "writes" => ("Writes/s", "write requests per second"),
        "consistency" => ("Consistency", "eventual, strong, transactional"),
        "gsi" => ("GSI sizes", "projected size per GSI: 1KB,200B"),
        "regions" => ("Regions", "global table replicas (1)"),
        "mode" => ("Mode", "provisioned or on-demand"),
        "rcu" => ("RCU (rev.)", "reverse: provisioned RCU"),
        "wcu" => ("WCU (rev.)", "reverse: provisioned WCU"),
        _ => return None,
    };
    Some(super::FieldText {
        label: label.into(),
        hint: hint.into(),
    })
}

//! The DynamoDB calculator in words (`assets/i18n/*/calc-dynamodb.ftl`): each step, note and
//! headline, and how a size was read.

use crate::core::calc::dynamodb::{
    Consistency, Headline, Note, Operation, READ_UNIT_BYTES, Said, SizeRole, Step,
};
use crate::core::calc::number::group;
use crate::core::calc::size::{ItemSize, KB, SizeUnit};
use crate::core::config::Lang;
use crate::i18n::tr;

/// "eventually consistent", "strongly consistent", "transactional".
pub fn consistency_words(lang: Lang, c: Consistency) -> String {
    match c {
        Consistency::Eventual => tr!(lang, "calc-dynamodb-eventual"),
        Consistency::Strong => tr!(lang, "calc-dynamodb-strong"),
        Consistency::Transactional => tr!(lang, "calc-dynamodb-transactional"),
    }
}

/// "per read", "per write" or "per request": what one request of `op` is called.
fn per(lang: Lang, op: Operation) -> String {
    match op {
        Operation::GetItem => tr!(lang, "calc-dynamodb-per-read"),
        Operation::PutItem | Operation::UpdateItem | Operation::DeleteItem => {
            tr!(lang, "calc-dynamodb-per-write")
        }
        _ => tr!(lang, "calc-dynamodb-per-request"),
    }
}

/// `80 reads/s`, `1 request/s`.
fn rate(lang: Lang, n: u64, op: Operation) -> String {
    let key = match op {
        Operation::GetItem => "calc-dynamodb-rate-reads",
        Operation::PutItem | Operation::UpdateItem | Operation::DeleteItem => {
            "calc-dynamodb-rate-writes"
        }
        _ => "calc-dynamodb-rate-requests",
    };
    tr!(lang, key, count = n, n = group(n))
}

/// `1 unit`, `2 units`.
fn units(lang: Lang, n: u64) -> String {
    tr!(lang, "calc-dynamodb-units", count = n, n = group(n))
}

/// `N KB` for a whole number of KB.
fn kb(lang: Lang, units: u64, unit_bytes: u64) -> String {
    tr!(
        lang,
        "calc-dynamodb-kb",
        n = group(units.saturating_mul(unit_bytes / KB))
    )
}

/// Whether a unit of `unit_bytes` is a read unit (4 KB) or a write unit (1 KB).
fn kind(unit_bytes: u64) -> &'static str {
    if unit_bytes == READ_UNIT_BYTES {
        "read"
    } else {
        "write"
    }
}

/// How a size was read: "6.5KB read as 6.5 x 1,024 = 6,656 bytes (DynamoDB's KB is 1,024 bytes)".
pub fn size_reading(lang: Lang, s: &ItemSize) -> String {
    let text = s.text.clone();
    let note = match s.unit {
        SizeUnit::Bytes => None,
        SizeUnit::Kb => Some(tr!(lang, "calc-dynamodb-kb-note")),
        SizeUnit::Kib => Some(tr!(lang, "calc-dynamodb-kib-note")),
        SizeUnit::Mb => Some(tr!(lang, "calc-dynamodb-mb-note")),
        SizeUnit::Mib => Some(tr!(lang, "calc-dynamodb-mib-note")),
    };
    let note = note.map(|n| format!(" ({n})")).unwrap_or_default();
    let unit = group(s.unit.bytes());
    match (&s.fraction, s.unit) {
        (_, SizeUnit::Bytes) => tr!(
            lang,
            "calc-dynamodb-read-bytes",
            text = text,
            count = s.bytes,
            n = group(s.bytes)
        ),
        (None, _) => tr!(
            lang,
            "calc-dynamodb-read-size",
            text = text,
            number = s.number.to_string(),
            unit = unit,
            bytes = group(s.bytes),
            note = note
        ),
        (Some((whole, digits)), _) => tr!(
            lang,
            "calc-dynamodb-read-fraction",
            text = text,
            number = s.number.to_string(),
            unit = unit,
            whole = group(*whole),
            digits = digits.to_string(),
            bytes = group(s.bytes),
            note = note
        ),
    }
}

/// Anything the calculator says.
pub fn said(lang: Lang, s: &Said) -> String {
    match s {
        Said::Headline(h) => headline(lang, h),
        Said::Step(s) => step(lang, s),
        Said::Note(n) => note(lang, n),
    }
}

/// A step of the working.
pub fn step(lang: Lang, s: &Step) -> String {
    match s {
        Step::ReadSize { role, size } => {
            let reading = size_reading(lang, size);
            match role {
                SizeRole::ItemSize => tr!(lang, "calc-dynamodb-item-size", reading = reading),
                SizeRole::Items => tr!(lang, "calc-dynamodb-items-read", reading = reading),
                SizeRole::Before => tr!(lang, "calc-dynamodb-before", reading = reading),
                SizeRole::Gsi(i) => tr!(
                    lang,
                    "calc-dynamodb-gsi-projection",
                    index = i.to_string(),
                    reading = reading
                ),
            }
        }
        Step::SumThenRound { op } => {
            if *op == Operation::Query {
                tr!(lang, "calc-dynamodb-query-sums")
            } else {
                tr!(lang, "calc-dynamodb-scan-sums")
            }
        }
        Step::RoundSumUp {
            groups,
            count,
            total_bytes,
            units: n,
        } => {
            let sum = match groups {
                Some(g) => g
                    .iter()
                    .map(|(c, b)| {
                        tr!(
                            lang,
                            "calc-dynamodb-sizes-times",
                            count = group(*c),
                            bytes = group(*b)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" + "),
                None => tr!(lang, "calc-dynamodb-the-items", n = group(*count)),
            };
            let line = tr!(
                lang,
                "calc-dynamodb-round-sum",
                sum = sum,
                total = group(*total_bytes),
                units = units(lang, *n),
                kb = kb(lang, *n, READ_UNIT_BYTES)
            );
            format!("  {line}")
        }
        Step::RoundUpToUnit {
            op,
            size_bytes,
            unit_bytes,
            units: n,
        } => tr!(
            lang,
            "calc-dynamodb-round-up",
            op = op.api_name(),
            kind = kind(*unit_bytes),
            size = group(*size_bytes),
            unit = group(*unit_bytes),
            units = units(lang, *n)
        ),
        Step::EachItemRoundsUp { op, unit_bytes } => {
            let how = match op {
                Operation::BatchGetItem => "batch-get",
                Operation::BatchWriteItem => "batch-write",
                _ => "transaction",
            };
            tr!(
                lang,
                "calc-dynamodb-each-rounds-up",
                op = op.api_name(),
                how = how,
                kind = kind(*unit_bytes)
            )
        }
        Step::RoundGroup {
            count,
            size_text,
            size_bytes,
            unit_bytes,
            each,
            units: n,
        } => {
            let key = if *count == 1 {
                "calc-dynamodb-round-group"
            } else {
                "calc-dynamodb-round-group-each"
            };
            let line = tr!(
                lang,
                key,
                count = group(*count),
                size = size_text.clone(),
                bytes = group(*size_bytes),
                unit = group(*unit_bytes),
                each = units(lang, *each),
                units = group(*n),
                kb = kb(lang, *n, *unit_bytes)
            );
            format!("  {line}")
        }
        Step::MoreSizes { n } => {
            format!(
                "  {}",
                tr!(lang, "calc-dynamodb-more-sizes", n = n.to_string())
            )
        }
        Step::PerItemTotal {
            units: n,
            unit_bytes,
            total_bytes,
            rounded_once,
        } => {
            let line = match rounded_once {
                Some(once) => tr!(
                    lang,
                    "calc-dynamodb-per-item-total-once",
                    units = units(lang, *n),
                    kb = kb(lang, *n, *unit_bytes),
                    once = kb(lang, *once, *unit_bytes),
                    total = group(*total_bytes)
                ),
                None => tr!(
                    lang,
                    "calc-dynamodb-per-item-total",
                    units = units(lang, *n),
                    kb = kb(lang, *n, *unit_bytes)
                ),
            };
            format!("  {line}")
        }
        Step::StrongRead { units: n, unit, op } => tr!(
            lang,
            "calc-dynamodb-strong-read",
            units = n.to_string(),
            unit = unit.to_string(),
            per = per(lang, *op)
        ),
        Step::HalveForEventual {
            base,
            units: n,
            unit,
            op,
        } => tr!(
            lang,
            "calc-dynamodb-halve",
            base = group(*base),
            units = n.to_string(),
            unit = unit.to_string(),
            per = per(lang, *op)
        ),
        Step::DoubleForTransactionalRead {
            base,
            units: n,
            unit,
            op,
        } => tr!(
            lang,
            "calc-dynamodb-double-read",
            base = group(*base),
            units = n.to_string(),
            unit = unit.to_string(),
            per = per(lang, *op)
        ),
        Step::LargerOfBeforeAndAfter { op, before, after } => tr!(
            lang,
            "calc-dynamodb-larger",
            op = op.api_name(),
            before = group(*before),
            after = group(*after),
            max = group(*before.max(after))
        ),
        Step::DoubleForTransactionalWrite {
            base,
            units: n,
            unit,
        } => tr!(
            lang,
            "calc-dynamodb-double-write",
            base = group(*base),
            units = group(*n),
            unit = unit.to_string()
        ),
        Step::StandardWrite { units: n, unit, op } => tr!(
            lang,
            "calc-dynamodb-standard-write",
            units = group(*n),
            unit = unit.to_string(),
            per = per(lang, *op)
        ),
        Step::MultiplyByRate {
            op,
            rate: n,
            defaulted,
            per_second,
            unit,
        } => {
            let key = if *defaulted {
                "calc-dynamodb-times-rate-default"
            } else {
                "calc-dynamodb-times-rate"
            };
            tr!(
                lang,
                key,
                rate = rate(lang, *n, *op),
                total = per_second.to_string(),
                unit = unit.to_string()
            )
        }
        Step::RoundUpReadCapacity {
            per_second,
            capacity,
        } => tr!(
            lang,
            "calc-dynamodb-round-up-rcu",
            total = per_second.to_string(),
            capacity = group(*capacity)
        ),
        Step::WholeReadCapacity { capacity } => {
            tr!(lang, "calc-dynamodb-whole-rcu", capacity = group(*capacity))
        }
        Step::OnDemandReads { per_second } => tr!(
            lang,
            "calc-dynamodb-on-demand-reads",
            total = per_second.to_string()
        ),
        Step::ProvisionWrites { per_second } => tr!(
            lang,
            "calc-dynamodb-provision-writes",
            total = per_second.to_string()
        ),
        Step::OnDemandWrites { per_second } => tr!(
            lang,
            "calc-dynamodb-on-demand-writes",
            total = per_second.to_string()
        ),
        Step::GsiEntry {
            index,
            bytes,
            units: n,
        } => tr!(
            lang,
            "calc-dynamodb-gsi-entry",
            index = index.to_string(),
            bytes = group(*bytes),
            units = units(lang, *n)
        ),
        Step::GsiKeyChange { units_per_item } => format!(
            "  {}",
            tr!(
                lang,
                "calc-dynamodb-gsi-key-change",
                units = units(lang, *units_per_item)
            )
        ),
        Step::GsiPerSecond {
            index,
            items,
            op,
            rate: n,
            per_second,
            unit,
        } => format!(
            "  {}",
            tr!(
                lang,
                "calc-dynamodb-gsi-per-second",
                items = tr!(
                    lang,
                    "calc-dynamodb-items",
                    count = *items,
                    n = group(*items)
                ),
                rate = rate(lang, *n, *op),
                total = per_second.to_string(),
                unit = unit.to_string(),
                index = index.to_string()
            )
        ),
        Step::GlobalTable { regions } => tr!(
            lang,
            "calc-dynamodb-global-table",
            regions = regions.to_string(),
            others = (regions - 1).to_string()
        ),
        Step::ReplicatedWrites {
            per_second,
            unit,
            others,
            replicated,
            replicated_unit,
        } => format!(
            "  {}",
            tr!(
                lang,
                "calc-dynamodb-replicated",
                total = per_second.to_string(),
                unit = unit.to_string(),
                count = *others,
                others = group(*others),
                replicated = replicated.to_string(),
                replicated_unit = replicated_unit.to_string()
            )
        ),
        Step::GsiInEachRegion { per_second, unit } => format!(
            "  {}",
            tr!(
                lang,
                "calc-dynamodb-gsi-each-region",
                total = per_second.to_string(),
                unit = unit.to_string()
            )
        ),
        Step::ReverseCapacity { capacity, unit } => tr!(
            lang,
            "calc-dynamodb-reverse",
            capacity = group(*capacity),
            unit = unit.to_string()
        ),
        Step::MostRequests {
            capacity,
            per_operation,
            unit,
            op,
            max,
        } => tr!(
            lang,
            "calc-dynamodb-most-requests",
            capacity = group(*capacity),
            unit = unit.to_string(),
            units = per_operation.to_string(),
            per = per(lang, *op),
            rate = rate(lang, *max, *op)
        ),
    }
}

/// A note.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::PagedResult { bytes, op } => tr!(
            lang,
            "calc-dynamodb-paged",
            bytes = group(*bytes),
            op = op.api_name()
        ),
        Note::StrongNotOnGsi => tr!(lang, "calc-dynamodb-strong-not-on-gsi"),
        Note::ConsistencyOnlyForReads => tr!(lang, "calc-dynamodb-consistency-reads-only"),
        Note::GsiAtStandardRate => tr!(lang, "calc-dynamodb-gsi-standard-rate"),
        Note::GlobalTableCapacity => tr!(lang, "calc-dynamodb-global-capacity"),
        Note::ReadsNotReplicated => tr!(lang, "calc-dynamodb-reads-not-replicated"),
        Note::GsiCapacitySeparate => tr!(lang, "calc-dynamodb-gsi-capacity-separate"),
    }
}

/// ` -> provision 80 RCU`, or nothing.
fn provision(lang: Lang, capacity: Option<u64>, unit: &str) -> String {
    capacity
        .map(|c| {
            let p = tr!(
                lang,
                "calc-dynamodb-provision",
                capacity = group(c),
                unit = unit
            );
            format!(" {p}")
        })
        .unwrap_or_default()
}

/// A result line.
pub fn headline(lang: Lang, h: &Headline) -> String {
    match h {
        Headline::Reads(r) => tr!(
            lang,
            "calc-dynamodb-reads",
            units = r.per_operation.to_string(),
            unit = r.unit.to_string(),
            per = per(lang, r.operation),
            op = r.operation.api_name(),
            consistency = consistency_words(lang, r.consistency),
            rate = rate(lang, r.operations_per_second, r.operation),
            total = r.per_second.to_string(),
            provision = provision(lang, r.capacity, "RCU")
        ),
        Headline::Writes(w) => tr!(
            lang,
            "calc-dynamodb-writes",
            units = w.per_operation.to_string(),
            unit = w.unit.to_string(),
            per = per(lang, w.operation),
            op = w.operation.api_name(),
            rate = rate(lang, w.operations_per_second, w.operation),
            total = w.per_second.to_string(),
            provision = provision(lang, w.capacity, "WCU")
        ),
        Headline::Gsi(g) => tr!(
            lang,
            "calc-dynamodb-gsi",
            index = g.index.to_string(),
            total = g.per_second.to_string(),
            unit = g.unit.to_string(),
            bytes = group(g.projected_bytes),
            count = g.writes_per_item,
            writes = g.writes_per_item.to_string()
        ),
        Headline::Replication(r, write_unit) => tr!(
            lang,
            "calc-dynamodb-replication",
            regions = r.regions.to_string(),
            replicated = r.replicated_per_second.to_string(),
            unit = r.unit.to_string(),
            total = r.per_region_per_second.to_string(),
            write_unit = write_unit.to_string()
        ),
        Headline::OnDemand => tr!(lang, "calc-dynamodb-on-demand"),
        Headline::ReverseReads(rd) => tr!(
            lang,
            "calc-dynamodb-reverse-reads",
            capacity = group(rd.capacity),
            rate = rate(lang, rd.max_per_second, rd.operation),
            units = rd.per_operation.to_string(),
            per = per(lang, rd.operation),
            consistency = consistency_words(lang, rd.consistency),
            op = rd.operation.api_name()
        ),
        Headline::ReverseWrites(w) => tr!(
            lang,
            "calc-dynamodb-reverse-writes",
            capacity = group(w.capacity),
            rate = rate(lang, w.max_per_second, w.operation),
            units = w.per_operation.to_string(),
            per = per(lang, w.operation),
            op = w.operation.api_name()
        ),
    }
}

/// The words of the calculator's form fields.
pub fn field_text(lang: Lang, key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "operation" => (
            "calc-field-dynamodb-operation",
            "calc-hint-dynamodb-operation",
        ),
        "items" | "item-size" => ("calc-field-dynamodb-items", "calc-hint-dynamodb-items"),
        "reads" => ("calc-field-dynamodb-reads", "calc-hint-dynamodb-reads"),
        "writes" => ("calc-field-dynamodb-writes", "calc-hint-dynamodb-writes"),
        "consistency" => (
            "calc-field-dynamodb-consistency",
            "calc-hint-dynamodb-consistency",
        ),
        "gsi" => ("calc-field-dynamodb-gsi", "calc-hint-dynamodb-gsi"),
        "regions" => ("calc-field-dynamodb-regions", "calc-hint-dynamodb-regions"),
        "mode" => ("calc-field-dynamodb-mode", "calc-hint-dynamodb-mode"),
        "rcu" => ("calc-field-dynamodb-rcu", "calc-hint-dynamodb-rcu"),
        "wcu" => ("calc-field-dynamodb-wcu", "calc-hint-dynamodb-wcu"),
        _ => return None,
    };
    Some(super::field(lang, label, hint))
}

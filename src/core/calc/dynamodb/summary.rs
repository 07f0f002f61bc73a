//! The results in a few lines, for the CLI's text output and the TUI's result box.

use super::{Mode, Operation, Outcome};
use crate::core::calc::number::group;

fn per(op: Operation) -> &'static str {
    match op {
        Operation::GetItem => "read",
        Operation::PutItem | Operation::UpdateItem | Operation::DeleteItem => "write",
        _ => "request",
    }
}

/// `80 reads/s`, `1 request/s`.
fn rate(n: u64, op: Operation) -> String {
    let word = op.rate_word();
    let word = if n == 1 {
        word.trim_end_matches('s')
    } else {
        word
    };
    format!("{} {word}/s", group(n))
}

impl Outcome {
    /// One line per result: reads, writes, each GSI, replication (or the reverse rates).
    pub fn summary(&self) -> Vec<String> {
        let mut out = Vec::new();
        match self {
            Outcome::Forward(e) => {
                if let Some(r) = &e.read {
                    let provision = r
                        .capacity
                        .map(|c| format!(" -> provision {} RCU", group(c)))
                        .unwrap_or_default();
                    out.push(format!(
                        "reads:  {} {} per {} ({}, {}) x {} = {} {}/s{provision}",
                        r.per_operation,
                        r.unit,
                        per(r.operation),
                        r.operation.api_name(),
                        r.consistency.words(),
                        rate(r.operations_per_second, r.operation),
                        r.per_second,
                        r.unit
                    ));
                }
                if let Some(w) = &e.write {
                    let provision = w
                        .capacity
                        .map(|c| format!(" -> provision {} WCU", group(c)))
                        .unwrap_or_default();
                    out.push(format!(
                        "writes: {} {} per {} ({}) x {} = {} {}/s{provision}",
                        w.per_operation,
                        w.unit,
                        per(w.operation),
                        w.operation.api_name(),
                        rate(w.operations_per_second, w.operation),
                        w.per_second,
                        w.unit
                    ));
                }
                for g in &e.gsis {
                    out.push(format!(
                        "GSI {}:  {} {}/s ({} B projected, {} write{} per item)",
                        g.index,
                        g.per_second,
                        g.unit,
                        group(g.projected_bytes),
                        g.writes_per_item,
                        if g.writes_per_item == 1 { "" } else { "s" }
                    ));
                }
                if let Some(r) = &e.replication {
                    out.push(format!(
                        "global table, {} Regions: {} {}/s replicated writes; each Region applies {} {}/s",
                        r.regions,
                        r.replicated_per_second,
                        r.unit,
                        r.per_region_per_second,
                        e.write.as_ref().map_or("WCU", |w| w.unit)
                    ));
                }
                if e.mode == Mode::OnDemand {
                    out.push("on-demand: request units are billed as consumed".into());
                }
            }
            Outcome::Reverse(r) => {
                if let Some(rd) = &r.read {
                    out.push(format!(
                        "reads:  {} RCU serve at most {} ({} RCU per {}, {} {})",
                        group(rd.capacity),
                        rate(rd.max_per_second, rd.operation),
                        rd.per_operation,
                        per(rd.operation),
                        rd.consistency.words(),
                        rd.operation.api_name()
                    ));
                }
                if let Some(w) = &r.write {
                    out.push(format!(
                        "writes: {} WCU serve at most {} ({} WCU per {}, {})",
                        group(w.capacity),
                        rate(w.max_per_second, w.operation),
                        w.per_operation,
                        per(w.operation),
                        w.operation.api_name()
                    ));
                }
            }
        }
        out
    }
}

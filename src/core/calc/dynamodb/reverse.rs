//! Reverse mode: from provisioned RCU/WCU to the most requests per second.

use super::cost::{Totals, per_word, rate_line, read_base, read_units, too_large, write_base};
use super::{Mode, Outcome, Plan, ReverseEstimate, ReverseRead, ReverseWrite, WriteUnits};
use crate::core::calc::CalcError;
use crate::core::calc::number::group;

/// Computes the reverse estimate; `w` and `notes` already hold the size lines.
pub(super) fn reverse(
    p: &Plan,
    t: &Totals,
    mut w: Vec<String>,
    mut notes: Vec<String>,
) -> Result<Outcome, CalcError> {
    let mut read = None;
    let mut write = None;
    if let (Some(rcu), Some(r)) = (p.rcu, &p.read) {
        w.push(format!("reverse: {} RCU provisioned", group(rcu)));
        let base = read_base(r.operation, &p.items, t, &mut w);
        let per_op = read_units(base, r.consistency, "RCU", per_word(r.operation), &mut w)?;
        let capacity = rcu.checked_mul(2).ok_or_else(|| too_large("rcu"))?;
        let max = capacity / per_op.in_halves().max(1);
        w.push(format!(
            "{} RCU / {per_op} RCU per {} = {} (rounded down: a request that does not fit is throttled)",
            group(rcu),
            per_word(r.operation),
            rate_line(max, r.operation, false).trim_start_matches("x ")
        ));
        read = Some(ReverseRead {
            operation: r.operation,
            consistency: r.consistency,
            unit: "RCU",
            capacity: rcu,
            per_operation: per_op,
            max_per_second: max,
        });
    }
    if let (Some(wcu), Some(wr)) = (p.wcu, &p.write) {
        w.push(format!("reverse: {} WCU provisioned", group(wcu)));
        let per_op = write_base(p, wr.operation, t, &mut w)?;
        let max = wcu / per_op.max(1);
        w.push(format!(
            "{} WCU / {} WCU per {} = {} (rounded down: a request that does not fit is throttled)",
            group(wcu),
            group(per_op),
            per_word(wr.operation),
            rate_line(max, wr.operation, false).trim_start_matches("x ")
        ));
        if !p.gsis.is_empty() {
            notes.push("each GSI has its own write capacity; it is not counted against the table's WCU here".into());
        }
        write = Some(ReverseWrite {
            operation: wr.operation,
            unit: "WCU",
            capacity: wcu,
            per_operation: WriteUnits(per_op),
            max_per_second: max,
        });
    }
    Ok(Outcome::Reverse(ReverseEstimate {
        mode: Mode::Provisioned,
        items: super::cost::items_json(&p.items),
        read,
        write,
        working: w,
        notes,
    }))
}

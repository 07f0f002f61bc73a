//! Reverse mode: from provisioned RCU/WCU to the most requests per second.

use super::cost::{Totals, read_base, read_units, too_large, write_base};
use super::{
    Mode, Note, Outcome, Plan, ReverseEstimate, ReverseRead, ReverseWrite, Step, Units, WriteUnits,
};
use crate::core::calc::CalcError;

/// Computes the reverse estimate; `w` and `notes` already hold the size steps.
pub(super) fn reverse(
    p: &Plan,
    t: &Totals,
    mut w: Vec<Step>,
    mut notes: Vec<Note>,
) -> Result<Outcome, CalcError> {
    let mut read = None;
    let mut write = None;
    if let (Some(rcu), Some(r)) = (p.rcu, &p.read) {
        w.push(Step::ReverseCapacity {
            capacity: rcu,
            unit: "RCU",
        });
        let base = read_base(r.operation, &p.items, t, &mut w);
        let per_op = read_units(base, r.consistency, "RCU", r.operation, &mut w)?;
        let capacity = rcu.checked_mul(2).ok_or_else(|| too_large("rcu"))?;
        let max = capacity / per_op.in_halves().max(1);
        w.push(Step::MostRequests {
            capacity: rcu,
            per_operation: Units::Read(per_op),
            unit: "RCU",
            op: r.operation,
            max,
        });
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
        w.push(Step::ReverseCapacity {
            capacity: wcu,
            unit: "WCU",
        });
        let per_op = write_base(p, wr.operation, t, &mut w)?;
        let max = wcu / per_op.max(1);
        w.push(Step::MostRequests {
            capacity: wcu,
            per_operation: Units::Write(WriteUnits(per_op)),
            unit: "WCU",
            op: wr.operation,
            max,
        });
        if !p.gsis.is_empty() {
            notes.push(Note::GsiCapacitySeparate);
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

//! SQS FIFO: the API calls a message rate needs against the calls per action allowed.

use super::plan::{Plan, SqsResult};
use super::{Headline, Note, Step, data};

/// API calls per second per action of a FIFO queue in `region`.
pub(super) fn tps(high_throughput: bool, region: &str) -> u64 {
    if !high_throughput {
        return data::SQS_FIFO_TPS.value;
    }
    data::SQS_HIGH_THROUGHPUT
        .iter()
        .find(|(_, regions)| regions.is_empty() || regions.contains(&region))
        .map_or(data::SQS_FIFO_TPS.value, |(f, _)| f.value)
}

pub(super) fn run(
    p: &Plan,
    w: &mut Vec<Step>,
    headlines: &mut Vec<Headline>,
    notes: &mut Vec<Note>,
) -> SqsResult {
    let rate = match p.load {
        super::plan::Load::Rate(r) => r,
        super::plan::Load::Pattern(_) => 0,
    };
    let tps = tps(p.high_throughput, &p.region);
    w.push(Step::SqsQuota {
        high_throughput: p.high_throughput,
        region: p.region.clone(),
        tps,
    });
    let max_messages = tps.saturating_mul(p.batch);
    w.push(Step::SqsBatch {
        batch: p.batch,
        tps,
        max_messages,
    });
    let calls = rate.div_ceil(p.batch);
    w.push(Step::SqsCalls {
        rate,
        batch: p.batch,
        calls,
    });
    let fits = calls <= tps;
    let batch_needed =
        Some(rate.div_ceil(tps).max(1)).filter(|b| !fits && *b <= data::SQS_MAX_BATCH.value);
    w.push(Step::SqsVerdict {
        calls,
        tps,
        batch_needed,
        high_throughput: p.high_throughput,
    });
    headlines.push(Headline::Sqs {
        rate,
        calls,
        tps,
        max_messages,
        fits,
    });
    notes.push(Note::ReceiveBatch);
    if p.high_throughput {
        notes.push(Note::MessageGroups);
    }
    SqsResult {
        messages_per_second: rate,
        batch: p.batch,
        high_throughput: p.high_throughput,
        calls_per_second: calls,
        calls_per_second_limit: tps,
        max_messages_per_second: max_messages,
        batch_needed,
    }
}

//! The throttling calculator in English: API Gateway's token buckets and SQS FIFO throughput.

use crate::core::calc::number::{fixed, group};
use crate::core::calc::throttle::{Arrival, Headline, Level, Limit, Note, Said, Step};

fn level_name(l: Level) -> &'static str {
    match l {
        Level::UsagePlan => "usage plan (per client)",
        Level::Method => "method",
        Level::Stage => "stage default",
        Level::Account => "account",
    }
}

fn limit(l: &Limit) -> String {
    format!("{} requests/s, burst {}", group(l.rate), group(l.burst))
}

fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, 11) | (2, 12) | (3, 13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

fn arrival(a: &Arrival) -> String {
    if a.from_ms == a.to_ms {
        format!("at {} ms: {} requests", group(a.from_ms), group(a.count))
    } else {
        let slots = u128::from(a.to_ms - a.from_ms + 1);
        let per_ms = (u128::from(a.count) * 1000).div_ceil(slots);
        format!(
            "{} to {} ms: {} requests spread evenly ({} a ms)",
            group(a.from_ms),
            group(a.to_ms),
            group(a.count),
            fixed(per_ms, 3)
        )
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

/// A result line.
pub fn headline(h: &Headline) -> String {
    match h {
        Headline::Pattern {
            total,
            served,
            throttled,
            by,
        } => match by {
            Some(l) if *throttled > 0 => format!(
                "API Gateway: {} of {} requests served, {} throttled (429), most by the {} limit ({})",
                group(*served),
                group(*total),
                group(*throttled),
                level_name(l.level),
                limit(l)
            ),
            _ => format!("API Gateway: all {} requests served", group(*total)),
        },
        Headline::Steady {
            rate,
            limit: l,
            throttled_per_second,
            burst_ms,
        } => {
            if *throttled_per_second == 0 {
                format!(
                    "API Gateway: {} requests/s within the lowest limit ({}, {} requests/s): not throttled",
                    group(*rate),
                    level_name(l.level),
                    group(l.rate)
                )
            } else {
                format!(
                    "API Gateway: {} requests/s over the {} limit of {}/s: after {} s of burst, {} requests/s throttled (429)",
                    group(*rate),
                    level_name(l.level),
                    group(l.rate),
                    fixed(u128::from(burst_ms.unwrap_or(0)), 3),
                    group(*throttled_per_second)
                )
            }
        }
        Headline::Sqs {
            rate,
            calls,
            tps,
            max_messages,
            fits,
        } => format!(
            "SQS FIFO: {} messages/s need {} API calls/s per action, of {} (up to {} messages/s): {}",
            group(*rate),
            group(*calls),
            group(*tps),
            group(*max_messages),
            if *fits { "not throttled" } else { "throttled" }
        ),
    }
}

/// A step of the working.
pub fn step(s: &Step) -> String {
    match s {
        Step::Limit {
            order,
            limit: l,
            replaces,
        } => {
            let default = if l.default { " (the default)" } else { "" };
            let replaced = replaces.map_or_else(String::new, |st| {
                format!(
                    "; replaces the stage default ({}) for this method",
                    limit(&st)
                )
            });
            format!(
                "applies {}: {}: {}{default}{replaced}",
                ordinal(*order),
                level_name(l.level),
                limit(l)
            )
        }
        Step::TokenBucket => "each limit is a token bucket: it holds up to its burst in tokens and refills at its rate; a request takes a token from every bucket, or gets 429 Too Many Requests".into(),
        Step::Entry {
            arrival: a,
            available,
            served,
            throttled,
            by,
        } => {
            let outcome = match (throttled, by) {
                (0, _) => format!("{} served", group(*served)),
                (t, Some(l)) => format!(
                    "{} served, {} throttled ({})",
                    group(*served),
                    group(*t),
                    level_name(*l)
                ),
                (t, None) => format!("{} served, {} throttled", group(*served), group(*t)),
            };
            let tokens = if a.from_ms == a.to_ms {
                "tokens"
            } else {
                "tokens at the start"
            };
            format!(
                "{}, {} {tokens}: {outcome}",
                arrival(a),
                group(*available)
            )
        }
        Step::PatternTotal {
            total,
            served,
            throttled,
        } => {
            if *throttled == 0 {
                format!("in all: {} requests, all served", group(*total))
            } else {
                format!(
                    "in all: {} requests, {} served, {} throttled (429)",
                    group(*total),
                    group(*served),
                    group(*throttled)
                )
            }
        }
        Step::SteadyLevel {
            limit: l,
            rate,
            burst_ms,
        } => match burst_ms {
            None => format!(
                "{} ({}): {} requests/s is within it",
                level_name(l.level),
                limit(l),
                group(*rate)
            ),
            Some(ms) => format!(
                "{} ({}): {} requests/s is {}/s over it: the burst empties in {} / {} = {} s",
                level_name(l.level),
                limit(l),
                group(*rate),
                group(rate - l.rate),
                group(l.burst),
                group(rate - l.rate),
                fixed(u128::from(*ms), 3)
            ),
        },
        Step::SqsQuota {
            high_throughput,
            region,
            tps,
        } => {
            if *high_throughput {
                format!(
                    "high throughput FIFO queue in {region}: {} API calls a second per action (SendMessage, ReceiveMessage, DeleteMessage)",
                    group(*tps)
                )
            } else {
                format!(
                    "FIFO queue: {} API calls a second per action (SendMessage, ReceiveMessage, DeleteMessage)",
                    group(*tps)
                )
            }
        }
        Step::SqsBatch {
            batch,
            tps,
            max_messages,
        } => {
            if *batch == 1 {
                format!(
                    "one message a call: {} messages a second per action",
                    group(*max_messages)
                )
            } else {
                format!(
                    "batches of {batch} messages: {} x {batch} = {} messages a second per action",
                    group(*tps),
                    group(*max_messages)
                )
            }
        }
        Step::SqsCalls { rate, batch, calls } => format!(
            "{} messages/s / {batch} a call = {} API calls/s",
            group(*rate),
            group(*calls)
        ),
        Step::SqsVerdict {
            calls,
            tps,
            batch_needed,
            high_throughput,
        } => {
            if calls <= tps {
                format!("{} calls/s <= {}: not throttled", group(*calls), group(*tps))
            } else {
                let fix = match (batch_needed, high_throughput) {
                    (Some(b), _) => format!("batches of {b} would fit"),
                    (None, false) => {
                        "even batches of 10 do not fit: enable high throughput mode".into()
                    }
                    (None, true) => {
                        "even batches of 10 do not fit: ask for a quota increase".into()
                    }
                };
                format!(
                    "{} calls/s > {}: the excess gets ThrottlingException; {fix}",
                    group(*calls),
                    group(*tps)
                )
            }
        }
    }
}

/// A note.
pub fn note(n: &Note) -> String {
    match n {
        Note::AccountDefault { region, small } => {
            if *small {
                format!("in {region} the account default is 2,500 requests/s, burst 1,250")
            } else {
                format!("the account default in {region} is 10,000 requests/s, burst 5,000 (2,500 and 1,250 in some newer Regions, such as af-south-1)")
            }
        }
        Note::BestEffort => "API Gateway applies throttling on a best-effort basis: the limits are targets, not guaranteed ceilings".into(),
        Note::RegionalThrottling => "after the account limit comes AWS Regional throttling, which you cannot set".into(),
        Note::MessageGroups => "high throughput spreads a queue over partitions by message group ID: send with many group IDs to reach it".into(),
        Note::ReceiveBatch => "ReceiveMessage takes up to 10 messages a call (MaxNumberOfMessages); DeleteMessageBatch deletes up to 10".into(),
        Note::Sources { read, urls } => format!("sources (read {read}): {}", urls.join(", ")),
    }
}

/// The words of the calculator's form fields.
pub fn field_text(key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "service" => ("Service", "apigateway (default) or sqs-fifo"),
        "rate" => ("Rate/s", "steady requests/s (SQS: messages/s)"),
        "pattern" => ("Pattern", "5000@0ms, 5000@1-999ms"),
        "account" => ("Account", "RATE/BURST (10000/5000)"),
        "stage" => ("Stage", "stage default RATE/BURST"),
        "method" => ("Method", "the method's own RATE/BURST"),
        "usage-plan" => ("Usage plan", "per-client RATE/BURST"),
        "batch" => ("Batch", "SQS: messages a call, 1 to 10 (1)"),
        "high-throughput" => ("High thrpt.", "SQS: high throughput mode: yes/no"),
        "region" => ("Region", "us-east-1 (default)"),
        _ => return None,
    };
    Some(super::FieldText { label, hint })
}

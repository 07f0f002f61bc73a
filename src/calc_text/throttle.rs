//! The throttling calculator's words (API Gateway's token buckets and SQS FIFO throughput), in
//! the language asked for (the sentences are in `assets/i18n/<lang>/calc-throttle.ftl`; the
//! numbers are formatted here, once, so both languages show the same ones).

use crate::core::calc::number::{fixed, group};
use crate::core::calc::throttle::{Arrival, Headline, Level, Limit, Note, Said, Step};
use crate::core::config::Lang;
use crate::i18n::tr;

fn level_name(lang: Lang, l: Level) -> String {
    match l {
        Level::UsagePlan => tr!(lang, "calc-throttle-level-usage-plan"),
        Level::Method => tr!(lang, "calc-throttle-level-method"),
        Level::Stage => tr!(lang, "calc-throttle-level-stage"),
        Level::Account => tr!(lang, "calc-throttle-level-account"),
    }
}

fn limit(lang: Lang, l: &Limit) -> String {
    tr!(
        lang,
        "calc-throttle-limit",
        rate = group(l.rate),
        burst = group(l.burst)
    )
}

fn arrival(lang: Lang, a: &Arrival) -> String {
    if a.from_ms == a.to_ms {
        tr!(
            lang,
            "calc-throttle-arrival-at",
            ms = group(a.from_ms),
            count = group(a.count)
        )
    } else {
        let slots = u128::from(a.to_ms - a.from_ms + 1);
        let per_ms = (u128::from(a.count) * 1000).div_ceil(slots);
        tr!(
            lang,
            "calc-throttle-arrival-spread",
            from = group(a.from_ms),
            to = group(a.to_ms),
            count = group(a.count),
            per_ms = fixed(per_ms, 3)
        )
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

/// A result line.
pub fn headline(lang: Lang, h: &Headline) -> String {
    match h {
        Headline::Pattern {
            total,
            served,
            throttled,
            by,
        } => match by {
            Some(l) if *throttled > 0 => tr!(
                lang,
                "calc-throttle-headline-pattern",
                served = group(*served),
                total = group(*total),
                throttled = group(*throttled),
                level = level_name(lang, l.level),
                limit = limit(lang, l)
            ),
            _ => tr!(
                lang,
                "calc-throttle-headline-pattern-all",
                total = group(*total)
            ),
        },
        Headline::Steady {
            rate,
            limit: l,
            throttled_per_second,
            burst_ms,
        } => {
            if *throttled_per_second == 0 {
                tr!(
                    lang,
                    "calc-throttle-headline-steady-ok",
                    rate = group(*rate),
                    level = level_name(lang, l.level),
                    limit_rate = group(l.rate)
                )
            } else {
                tr!(
                    lang,
                    "calc-throttle-headline-steady-over",
                    rate = group(*rate),
                    level = level_name(lang, l.level),
                    limit_rate = group(l.rate),
                    burst = fixed(u128::from(burst_ms.unwrap_or(0)), 3),
                    throttled = group(*throttled_per_second)
                )
            }
        }
        Headline::Sqs {
            rate,
            calls,
            tps,
            max_messages,
            fits,
        } => tr!(
            lang,
            if *fits {
                "calc-throttle-headline-sqs-ok"
            } else {
                "calc-throttle-headline-sqs-over"
            },
            rate = group(*rate),
            calls = group(*calls),
            tps = group(*tps),
            max = group(*max_messages)
        ),
    }
}

/// A step of the working.
pub fn step(lang: Lang, s: &Step) -> String {
    match s {
        Step::Limit {
            order,
            limit: l,
            replaces,
        } => {
            let default = if l.default {
                tr!(lang, "calc-throttle-default")
            } else {
                String::new()
            };
            let replaced = replaces.map_or_else(String::new, |st| {
                tr!(lang, "calc-throttle-replaces", limit = limit(lang, &st))
            });
            tr!(
                lang,
                "calc-throttle-applies",
                order = *order,
                level = level_name(lang, l.level),
                limit = limit(lang, l),
                default = default,
                replaced = replaced
            )
        }
        Step::TokenBucket => tr!(lang, "calc-throttle-token-bucket"),
        Step::Entry {
            arrival: a,
            available,
            served,
            throttled,
            by,
        } => {
            let outcome = match (throttled, by) {
                (0, _) => tr!(lang, "calc-throttle-served", served = group(*served)),
                (t, Some(l)) => tr!(
                    lang,
                    "calc-throttle-served-throttled-by",
                    served = group(*served),
                    throttled = group(*t),
                    level = level_name(lang, *l)
                ),
                (t, None) => tr!(
                    lang,
                    "calc-throttle-served-throttled",
                    served = group(*served),
                    throttled = group(*t)
                ),
            };
            tr!(
                lang,
                if a.from_ms == a.to_ms {
                    "calc-throttle-entry"
                } else {
                    "calc-throttle-entry-spread"
                },
                arrival = arrival(lang, a),
                available = group(*available),
                outcome = outcome
            )
        }
        Step::PatternTotal {
            total,
            served,
            throttled,
        } => {
            if *throttled == 0 {
                tr!(lang, "calc-throttle-total-all", total = group(*total))
            } else {
                tr!(
                    lang,
                    "calc-throttle-total",
                    total = group(*total),
                    served = group(*served),
                    throttled = group(*throttled)
                )
            }
        }
        Step::SteadyLevel {
            limit: l,
            rate,
            burst_ms,
        } => match burst_ms {
            None => tr!(
                lang,
                "calc-throttle-steady-within",
                level = level_name(lang, l.level),
                limit = limit(lang, l),
                rate = group(*rate)
            ),
            Some(ms) => tr!(
                lang,
                "calc-throttle-steady-over",
                level = level_name(lang, l.level),
                limit = limit(lang, l),
                rate = group(*rate),
                over = group(rate - l.rate),
                burst = group(l.burst),
                seconds = fixed(u128::from(*ms), 3)
            ),
        },
        Step::SqsQuota {
            high_throughput,
            region,
            tps,
        } => tr!(
            lang,
            if *high_throughput {
                "calc-throttle-sqs-quota-high"
            } else {
                "calc-throttle-sqs-quota"
            },
            region = region.as_str(),
            tps = group(*tps)
        ),
        Step::SqsBatch {
            batch,
            tps,
            max_messages,
        } => tr!(
            lang,
            if *batch == 1 {
                "calc-throttle-sqs-one-a-call"
            } else {
                "calc-throttle-sqs-batch"
            },
            batch = batch.to_string(),
            tps = group(*tps),
            max = group(*max_messages)
        ),
        Step::SqsCalls { rate, batch, calls } => tr!(
            lang,
            "calc-throttle-sqs-calls",
            rate = group(*rate),
            batch = batch.to_string(),
            calls = group(*calls)
        ),
        Step::SqsVerdict {
            calls,
            tps,
            batch_needed,
            high_throughput,
        } => {
            if calls <= tps {
                tr!(
                    lang,
                    "calc-throttle-sqs-verdict-ok",
                    calls = group(*calls),
                    tps = group(*tps)
                )
            } else {
                let fix = match (batch_needed, high_throughput) {
                    (Some(b), _) => {
                        tr!(lang, "calc-throttle-sqs-fix-batch", batch = b.to_string())
                    }
                    (None, false) => tr!(lang, "calc-throttle-sqs-fix-high-throughput"),
                    (None, true) => tr!(lang, "calc-throttle-sqs-fix-quota"),
                };
                tr!(
                    lang,
                    "calc-throttle-sqs-verdict-over",
                    calls = group(*calls),
                    tps = group(*tps),
                    fix = fix
                )
            }
        }
    }
}

/// A note.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::AccountDefault { region, small } => tr!(
            lang,
            if *small {
                "calc-throttle-note-account-default-small"
            } else {
                "calc-throttle-note-account-default"
            },
            region = region.as_str()
        ),
        Note::BestEffort => tr!(lang, "calc-throttle-note-best-effort"),
        Note::RegionalThrottling => tr!(lang, "calc-throttle-note-regional"),
        Note::MessageGroups => tr!(lang, "calc-throttle-note-message-groups"),
        Note::ReceiveBatch => tr!(lang, "calc-throttle-note-receive-batch"),
        Note::Sources { read, urls } => tr!(
            lang,
            "calc-throttle-note-sources",
            read = *read,
            urls = urls.join(", ")
        ),
    }
}

/// The catalog keys of each form field's label and hint: `calc-throttle-field-<field key>`.
const FIELDS: &[(&str, &str)] = &[
    ("calc-throttle-field-service", "calc-throttle-hint-service"),
    ("calc-throttle-field-rate", "calc-throttle-hint-rate"),
    ("calc-throttle-field-pattern", "calc-throttle-hint-pattern"),
    ("calc-throttle-field-account", "calc-throttle-hint-account"),
    ("calc-throttle-field-stage", "calc-throttle-hint-stage"),
    ("calc-throttle-field-method", "calc-throttle-hint-method"),
    (
        "calc-throttle-field-usage-plan",
        "calc-throttle-hint-usage-plan",
    ),
    ("calc-throttle-field-batch", "calc-throttle-hint-batch"),
    (
        "calc-throttle-field-high-throughput",
        "calc-throttle-hint-high-throughput",
    ),
    ("calc-throttle-field-region", "calc-throttle-hint-region"),
];

/// The words of the calculator's form fields.
pub fn field_text(lang: Lang, key: &str) -> Option<super::FieldText> {
    FIELDS
        .iter()
        .find(|(label, _)| label.strip_prefix("calc-throttle-field-") == Some(key))
        .map(|(label, hint)| super::FieldText {
            label: tr!(lang, label),
            hint: tr!(lang, hint),
        })
}

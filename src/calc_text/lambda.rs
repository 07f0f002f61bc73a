//! The Lambda calculator's words: each headline, step and note, in the language asked for (the
//! sentences are in `assets/i18n/<lang>/calc-lambda.ftl`; the numbers are formatted here, once,
//! so both languages show the same ones).

use crate::core::calc::lambda::{Arch, Headline, LimitKind, Note, Said, Source, Step, data};
use crate::core::calc::number::{fixed, group};
use crate::core::config::Lang;
use crate::i18n::tr;

/// `$1,234.56` from cents.
pub fn usd(cents: u64) -> String {
    format!("${}.{:02}", group(cents / 100), cents % 100)
}

/// A price per unit in units of $0.0000000001: `$0.0000166667`.
fn price(units: u64) -> String {
    format!("${}", fixed(u128::from(units), 10))
}

/// Thousandths as a number: `0.36`, `50`.
fn milli(n: u128) -> String {
    fixed(n, 3)
}

/// Milliseconds in seconds: `0.5`.
fn seconds(ms: u64) -> String {
    fixed(u128::from(ms), 3)
}

/// MB in GB (a GB is 1,024 MB): `1.5`.
fn gb(mb: u64) -> String {
    fixed(u128::from(mb) * 10_000_000_000 / 1024, 10)
}

/// `n` of something counted by message `key` (`3 shards`, `샤드 3개`).
fn counted(lang: Lang, key: &str, n: u64) -> String {
    tr!(lang, key, n = n, count = group(n))
}

fn arch_name(a: Arch) -> &'static str {
    match a {
        Arch::X86 => "x86",
        Arch::Arm => "Arm",
    }
}

fn limit_name(lang: Lang, k: LimitKind) -> String {
    match k {
        LimitKind::Account => tr!(lang, "calc-lambda-limit-account"),
        LimitKind::Reserved => tr!(lang, "calc-lambda-limit-reserved"),
    }
}

fn stream_name(s: Source) -> &'static str {
    match s {
        Source::DynamodbStreams => "DynamoDB Streams",
        _ => "Kinesis",
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
        Headline::Concurrency {
            needed,
            limit,
            kind,
            throttled,
            account_needed,
        } => {
            let fix = match (kind, account_needed) {
                (LimitKind::Account, Some(a)) => {
                    tr!(lang, "calc-lambda-fix-account", account = group(*a))
                }
                (LimitKind::Reserved, _) => tr!(lang, "calc-lambda-fix-reserved"),
                _ => String::new(),
            };
            let key = if !throttled {
                "calc-lambda-concurrency-ok"
            } else if needed > limit {
                "calc-lambda-concurrency-over"
            } else {
                "calc-lambda-concurrency-rate"
            };
            tr!(
                lang,
                key,
                needed = group(*needed),
                limit = group(*limit),
                kind = limit_name(lang, *kind),
                fix = fix
            )
        }
        Headline::Stream {
            shards,
            factor,
            max,
            keeps_up,
        } => tr!(
            lang,
            if *keeps_up {
                "calc-lambda-stream-keeps-up"
            } else {
                "calc-lambda-stream-falls-behind"
            },
            shards = counted(lang, "calc-lambda-shards", *shards),
            factor = factor.to_string(),
            max = group(*max)
        ),
        Headline::Scaling {
            source,
            target,
            seconds,
        } => {
            let target = group(*target);
            match (source, seconds) {
                (Source::Sqs, 0) => tr!(lang, "calc-lambda-sqs-scaling-at-once", target = target),
                (Source::Sqs, s) => tr!(
                    lang,
                    "calc-lambda-sqs-scaling",
                    target = target,
                    minutes = counted(lang, "calc-lambda-minutes", s / 60)
                ),
                (_, 0) => tr!(lang, "calc-lambda-scaling-at-once", target = target),
                (_, s) => tr!(
                    lang,
                    "calc-lambda-scaling",
                    target = target,
                    seconds = s.to_string()
                ),
            }
        }
        Headline::Cost {
            arch,
            memory_mb,
            total_cents,
            free_tier_cents,
        } => tr!(
            lang,
            "calc-lambda-cost",
            total = usd(*total_cents),
            arch = arch_name(*arch),
            memory = group(*memory_mb),
            free_tier = usd(*free_tier_cents)
        ),
    }
}

/// A step of the working.
pub fn step(lang: Lang, s: &Step) -> String {
    match s {
        Step::Duration { text, ms } => tr!(
            lang,
            "calc-lambda-duration",
            text = text.as_str(),
            ms = group(*ms),
            seconds = seconds(*ms)
        ),
        Step::MonthlyAverage {
            monthly,
            seconds: secs,
            rps_milli,
        } => tr!(
            lang,
            "calc-lambda-monthly-average",
            monthly = group(*monthly),
            seconds = group(*secs),
            rps = milli(*rps_milli)
        ),
        Step::Concurrency {
            rps_milli,
            ms,
            concurrency_milli,
            environments,
        } => {
            let rounded = if concurrency_milli % 1000 == 0 {
                String::new()
            } else {
                tr!(
                    lang,
                    "calc-lambda-rounded-up",
                    environments = counted(lang, "calc-lambda-environments", *environments)
                )
            };
            tr!(
                lang,
                "calc-lambda-concurrency",
                rps = milli(*rps_milli),
                seconds = seconds(*ms),
                concurrency = milli(*concurrency_milli),
                rounded = rounded
            )
        }
        Step::AccountLimit { account, default } => tr!(
            lang,
            if *default {
                "calc-lambda-account-limit-default"
            } else {
                "calc-lambda-account-limit"
            },
            account = group(*account)
        ),
        Step::Reserved { reserved, account } => tr!(
            lang,
            "calc-lambda-reserved",
            reserved = group(*reserved),
            account = group(*account)
        ),
        Step::ConcurrencyVerdict {
            needed,
            limit,
            kind,
        } => tr!(
            lang,
            if needed <= limit {
                "calc-lambda-verdict-ok"
            } else {
                "calc-lambda-verdict-over"
            },
            needed = group(*needed),
            limit = group(*limit),
            kind = limit_name(lang, *kind)
        ),
        Step::RequestRateLimit {
            limit,
            max_rps,
            rps_milli,
        } => tr!(
            lang,
            if *rps_milli > u128::from(*max_rps) * 1000 {
                "calc-lambda-rate-limit-over"
            } else {
                "calc-lambda-rate-limit-within"
            },
            limit = group(*limit),
            max = group(*max_rps),
            rps = milli(*rps_milli)
        ),
        Step::AccountNeeded {
            concurrency,
            for_rate,
            needed,
        } => tr!(
            lang,
            "calc-lambda-account-needed",
            concurrency = group(*concurrency),
            for_rate = group(*for_rate),
            needed = group(*needed)
        ),
        Step::Provisioned {
            provisioned,
            max_rps,
            needed,
            reserved,
        } => {
            let tail = if needed <= provisioned {
                tr!(
                    lang,
                    "calc-lambda-provisioned-all-warm",
                    needed = group(*needed)
                )
            } else {
                tr!(
                    lang,
                    if *reserved {
                        "calc-lambda-provisioned-rest-reserved"
                    } else {
                        "calc-lambda-provisioned-rest-on-demand"
                    },
                    rest = group(needed - provisioned)
                )
            };
            tr!(
                lang,
                "calc-lambda-provisioned",
                provisioned = group(*provisioned),
                max = group(*max_rps),
                tail = tail
            )
        }
        Step::ScalingSteps {
            target,
            steps,
            seconds: secs,
        } => {
            if *steps == 0 {
                tr!(
                    lang,
                    "calc-lambda-scaling-steps-none",
                    target = group(*target)
                )
            } else {
                tr!(
                    lang,
                    "calc-lambda-scaling-steps",
                    target = group(*target),
                    steps = counted(lang, "calc-lambda-more-steps", *steps),
                    seconds = secs.to_string()
                )
            }
        }
        Step::SqsScaling {
            target,
            minutes,
            capped,
        } => {
            let cap = if *capped {
                tr!(lang, "calc-lambda-sqs-cap")
            } else {
                String::new()
            };
            if *minutes == 0 {
                tr!(
                    lang,
                    "calc-lambda-sqs-steps-none",
                    target = group(*target),
                    cap = cap
                )
            } else {
                tr!(
                    lang,
                    "calc-lambda-sqs-steps",
                    target = group(*target),
                    minutes = counted(lang, "calc-lambda-minutes", *minutes),
                    cap = cap
                )
            }
        }
        Step::StreamConcurrency {
            source,
            shards,
            factor,
            max,
        } => tr!(
            lang,
            "calc-lambda-stream-concurrency",
            source = stream_name(*source),
            shards = counted(lang, "calc-lambda-shards", *shards),
            factor = factor.to_string(),
            max = group(*max)
        ),
        Step::StreamVerdict {
            needed,
            max,
            factor_needed,
            shards_needed,
        } => {
            if needed <= max {
                tr!(
                    lang,
                    "calc-lambda-stream-verdict-ok",
                    needed = group(*needed),
                    max = group(*max)
                )
            } else {
                let fix = match factor_needed {
                    Some(f) => tr!(
                        lang,
                        "calc-lambda-stream-fix-factor",
                        factor = f.to_string()
                    ),
                    None => tr!(
                        lang,
                        "calc-lambda-stream-fix-shards",
                        shards = counted(lang, "calc-lambda-shards", *shards_needed)
                    ),
                };
                tr!(
                    lang,
                    "calc-lambda-stream-verdict-over",
                    needed = group(*needed),
                    max = group(*max),
                    fix = fix
                )
            }
        }
        Step::Memory { text, mb } => tr!(
            lang,
            "calc-lambda-memory",
            text = text.as_str(),
            mb = group(*mb),
            gb = gb(*mb)
        ),
        Step::MonthlyRequests {
            rps_milli,
            seconds: secs,
            monthly,
        } => tr!(
            lang,
            "calc-lambda-monthly-requests",
            rps = milli(*rps_milli),
            seconds = group(*secs),
            monthly = group(*monthly)
        ),
        Step::GbSeconds {
            monthly,
            ms,
            mb,
            gb_s_milli,
        } => tr!(
            lang,
            "calc-lambda-gb-seconds",
            monthly = group(*monthly),
            seconds = seconds(*ms),
            gb = gb(*mb),
            gb_s = milli(*gb_s_milli)
        ),
        Step::ComputeCost {
            arch,
            gb_s_milli,
            price: p,
            cents,
        } => tr!(
            lang,
            "calc-lambda-compute-cost",
            arch = arch_name(*arch),
            gb_s = milli(*gb_s_milli),
            price = price(*p),
            cost = usd(*cents)
        ),
        Step::RequestCost { requests, cents } => tr!(
            lang,
            "calc-lambda-request-cost",
            requests = group(*requests),
            cost = usd(*cents)
        ),
        Step::TotalCost {
            compute,
            requests,
            total,
        } => tr!(
            lang,
            "calc-lambda-total-cost",
            compute = usd(*compute),
            requests = usd(*requests),
            total = usd(*total)
        ),
        Step::FreeTier {
            gb_s_milli,
            compute,
            requests,
            request_cents,
            total,
        } => tr!(
            lang,
            "calc-lambda-free-tier",
            free_gb_s = group(data::FREE_GB_SECONDS.value),
            free_requests = group(data::FREE_REQUESTS.value),
            gb_s = milli(*gb_s_milli),
            compute = usd(*compute),
            requests = group(*requests),
            request_cost = usd(*request_cents),
            total = usd(*total)
        ),
    }
}

/// A note.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::AverageOfMonth => tr!(lang, "calc-lambda-note-average-of-month"),
        Note::OtherArch {
            arch,
            total_cents,
            free_tier_cents,
        } => tr!(
            lang,
            "calc-lambda-note-other-arch",
            arch = arch_name(*arch),
            total = usd(*total_cents),
            free_tier = usd(*free_tier_cents)
        ),
        Note::PriceRegion => tr!(lang, "calc-lambda-note-price-region"),
        Note::ProvisionedBilling => tr!(lang, "calc-lambda-note-provisioned-billing"),
        Note::ReservedTakesFromOthers { left } => {
            tr!(lang, "calc-lambda-note-reserved-takes", left = group(*left))
        }
        Note::Sources { read, urls } => tr!(
            lang,
            "calc-lambda-note-sources",
            read = *read,
            urls = urls.join(", ")
        ),
    }
}

/// The catalog keys of each form field's label and hint: `calc-lambda-field-<field key>`.
const FIELDS: &[(&str, &str)] = &[
    (
        "calc-lambda-field-requests-per-second",
        "calc-lambda-hint-requests-per-second",
    ),
    ("calc-lambda-field-duration", "calc-lambda-hint-duration"),
    (
        "calc-lambda-field-account-limit",
        "calc-lambda-hint-account-limit",
    ),
    ("calc-lambda-field-reserved", "calc-lambda-hint-reserved"),
    (
        "calc-lambda-field-provisioned",
        "calc-lambda-hint-provisioned",
    ),
    ("calc-lambda-field-source", "calc-lambda-hint-source"),
    ("calc-lambda-field-shards", "calc-lambda-hint-shards"),
    (
        "calc-lambda-field-parallelization",
        "calc-lambda-hint-parallelization",
    ),
    ("calc-lambda-field-memory", "calc-lambda-hint-memory"),
    (
        "calc-lambda-field-architecture",
        "calc-lambda-hint-architecture",
    ),
    (
        "calc-lambda-field-requests-per-month",
        "calc-lambda-hint-requests-per-month",
    ),
];

/// The words of the calculator's form fields.
pub fn field_text(lang: Lang, key: &str) -> Option<super::FieldText> {
    FIELDS
        .iter()
        .find(|(label, _)| label.strip_prefix("calc-lambda-field-") == Some(key))
        .map(|(label, hint)| super::FieldText {
            label: tr!(lang, label),
            hint: tr!(lang, hint),
        })
}

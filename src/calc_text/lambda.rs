//! The Lambda calculator in English: each headline, step and note.

use crate::core::calc::lambda::{Arch, Headline, LimitKind, Note, Said, Source, Step, data};
use crate::core::calc::number::{fixed, group};

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

fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{} {word}s", group(n))
    }
}

fn arch_name(a: Arch) -> &'static str {
    match a {
        Arch::X86 => "x86",
        Arch::Arm => "Arm",
    }
}

fn limit_name(k: LimitKind) -> &'static str {
    match k {
        LimitKind::Account => "account limit",
        LimitKind::Reserved => "reserved concurrency",
    }
}

fn stream_name(s: Source) -> &'static str {
    match s {
        Source::DynamodbStreams => "DynamoDB Streams",
        _ => "Kinesis",
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
        Headline::Concurrency {
            needed,
            limit,
            kind,
            throttled,
            account_needed,
        } => {
            let fix = match (kind, account_needed) {
                (LimitKind::Account, Some(a)) => {
                    format!("; raise the account limit to {}", group(*a))
                }
                (LimitKind::Reserved, _) => "; raise the reserved concurrency".into(),
                _ => String::new(),
            };
            if !throttled {
                format!(
                    "concurrency: {} of {} ({}): not throttled",
                    group(*needed),
                    group(*limit),
                    limit_name(*kind)
                )
            } else if needed > limit {
                format!(
                    "concurrency: {} needed, {} available ({}): throttled{fix}",
                    group(*needed),
                    group(*limit),
                    limit_name(*kind)
                )
            } else {
                format!(
                    "concurrency: {} of {} ({}), but the request rate is over 10 per unit of concurrency: throttled{fix}",
                    group(*needed),
                    group(*limit),
                    limit_name(*kind)
                )
            }
        }
        Headline::Stream {
            shards,
            factor,
            max,
            keeps_up,
        } => format!(
            "stream source: {} x factor {factor} = {} concurrent batches at most: {}",
            plural(*shards, "shard"),
            group(*max),
            if *keeps_up {
                "keeps up"
            } else {
                "falls behind"
            }
        ),
        Headline::Scaling {
            source,
            target,
            seconds,
        } => match (source, seconds) {
            (Source::Sqs, 0) => format!(
                "SQS scaling to {}: at once (5 batches at first)",
                group(*target)
            ),
            (Source::Sqs, s) => format!(
                "SQS scaling to {}: about {} (5 batches at first, up to 300 more a minute)",
                group(*target),
                plural(s / 60, "minute")
            ),
            (_, 0) => format!(
                "scaling from zero to {}: at once (1,000 new environments every 10 s)",
                group(*target)
            ),
            (_, s) => format!(
                "scaling from zero to {}: at least {s} s (1,000 new environments every 10 s)",
                group(*target)
            ),
        },
        Headline::Cost {
            arch,
            memory_mb,
            total_cents,
            free_tier_cents,
        } => format!(
            "cost: {} a month ({}, {} MB); {} after the free tier",
            usd(*total_cents),
            arch_name(*arch),
            group(*memory_mb),
            usd(*free_tier_cents)
        ),
    }
}

/// A step of the working.
pub fn step(s: &Step) -> String {
    match s {
        Step::Duration { text, ms } => {
            format!(
                "average duration {text}: {} ms = {} s",
                group(*ms),
                seconds(*ms)
            )
        }
        Step::MonthlyAverage {
            monthly,
            seconds: secs,
            rps_milli,
        } => format!(
            "{} requests a month / {} s (730 hours) = {} requests/s on average",
            group(*monthly),
            group(*secs),
            milli(*rps_milli)
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
                format!(
                    ", rounded up to {}",
                    plural(*environments, "execution environment")
                )
            };
            format!(
                "concurrency = requests/s x duration = {} x {} s = {}{rounded}",
                milli(*rps_milli),
                seconds(*ms),
                milli(*concurrency_milli)
            )
        }
        Step::AccountLimit { account, default } => {
            if *default {
                format!(
                    "account concurrency limit: {} per Region (the default), shared by the functions without reserved concurrency",
                    group(*account)
                )
            } else {
                format!(
                    "account concurrency limit: {} per Region, shared by the functions without reserved concurrency",
                    group(*account)
                )
            }
        }
        Step::Reserved { reserved, account } => format!(
            "reserved concurrency {}: this function's maximum, kept for it alone out of the account's {}",
            group(*reserved),
            group(*account)
        ),
        Step::ConcurrencyVerdict {
            needed,
            limit,
            kind,
        } => {
            if needed <= limit {
                format!(
                    "{} needed <= {} ({}): no throttling for concurrency",
                    group(*needed),
                    group(*limit),
                    limit_name(*kind)
                )
            } else {
                format!(
                    "{} needed > {} ({}): requests beyond {} in flight are throttled (429 TooManyRequestsException)",
                    group(*needed),
                    group(*limit),
                    limit_name(*kind),
                    group(*limit)
                )
            }
        }
        Step::RequestRateLimit {
            limit,
            max_rps,
            rps_milli,
        } => {
            let verdict = if *rps_milli > u128::from(*max_rps) * 1000 {
                "is over it: throttled"
            } else {
                "is within it"
            };
            format!(
                "requests/s are limited to 10 x concurrency: 10 x {} = {}/s; {}/s {verdict}",
                group(*limit),
                group(*max_rps),
                milli(*rps_milli)
            )
        }
        Step::AccountNeeded {
            concurrency,
            for_rate,
            needed,
        } => format!(
            "account limit that serves this load: the larger of the concurrency ({}) and requests/s / 10 ({}) = {}",
            group(*concurrency),
            group(*for_rate),
            group(*needed)
        ),
        Step::Provisioned {
            provisioned,
            max_rps,
            needed,
            reserved,
        } => {
            let head = format!(
                "provisioned concurrency {}: pre-initialized environments, no cold starts up to {} concurrent (and {} requests/s)",
                group(*provisioned),
                group(*provisioned),
                group(*max_rps)
            );
            if needed <= provisioned {
                format!("{head}; all {} are warm", group(*needed))
            } else if *reserved {
                format!(
                    "{head}; the other {} run on the rest of the reserved concurrency, with cold starts",
                    group(needed - provisioned)
                )
            } else {
                format!(
                    "{head}; the other {} spill over to on-demand concurrency, with cold starts",
                    group(needed - provisioned)
                )
            }
        }
        Step::ScalingSteps {
            target,
            steps,
            seconds: secs,
        } => {
            if *steps == 0 {
                format!(
                    "scaling: up to 1,000 new execution environments at once per function: {} without waiting",
                    group(*target)
                )
            } else {
                format!(
                    "scaling to {}: 1,000 new environments at once, then 1,000 more every 10 s per function: {} x 10 s = {secs} s",
                    group(*target),
                    plural(*steps, "more step")
                )
            }
        }
        Step::SqsScaling {
            target,
            minutes,
            capped,
        } => {
            let cap = if *capped {
                " (an SQS event source processes at most 1,000 batches at once)"
            } else {
                ""
            };
            if *minutes == 0 {
                format!(
                    "SQS: Lambda starts with 5 concurrent batches: enough for {}{cap}",
                    group(*target)
                )
            } else {
                format!(
                    "SQS: Lambda starts with 5 concurrent batches and adds up to 300 a minute: ({} - 5) / 300 -> {}{cap}",
                    group(*target),
                    plural(*minutes, "minute")
                )
            }
        }
        Step::StreamConcurrency {
            source,
            shards,
            factor,
            max,
        } => format!(
            "{}: one batch per shard at a time x parallelization factor: {} x {factor} = {} concurrent invocations at most",
            stream_name(*source),
            plural(*shards, "shard"),
            group(*max)
        ),
        Step::StreamVerdict {
            needed,
            max,
            factor_needed,
            shards_needed,
        } => {
            if needed <= max {
                format!(
                    "{} needed <= {}: the function keeps up with the stream",
                    group(*needed),
                    group(*max)
                )
            } else {
                let fix = match factor_needed {
                    Some(f) => format!("a parallelization factor of {f} keeps up"),
                    None => format!(
                        "even a factor of 10 does not: use at least {}",
                        plural(*shards_needed, "shard")
                    ),
                };
                format!(
                    "{} needed > {}: records wait and the iterator age grows; {fix}",
                    group(*needed),
                    group(*max)
                )
            }
        }
        Step::Memory { text, mb } => format!(
            "memory {text} = {} MB = {} GB (a GB is 1,024 MB)",
            group(*mb),
            gb(*mb)
        ),
        Step::MonthlyRequests {
            rps_milli,
            seconds: secs,
            monthly,
        } => format!(
            "requests a month: {}/s x {} s (730 hours) = {}",
            milli(*rps_milli),
            group(*secs),
            group(*monthly)
        ),
        Step::GbSeconds {
            monthly,
            ms,
            mb,
            gb_s_milli,
        } => format!(
            "GB-seconds = requests x duration x memory = {} x {} s x {} GB = {} GB-s",
            group(*monthly),
            seconds(*ms),
            gb(*mb),
            milli(*gb_s_milli)
        ),
        Step::ComputeCost {
            arch,
            gb_s_milli,
            price: p,
            cents,
        } => format!(
            "duration charge ({}): {} GB-s x {} = {}",
            arch_name(*arch),
            milli(*gb_s_milli),
            price(*p),
            usd(*cents)
        ),
        Step::RequestCost { requests, cents } => format!(
            "request charge: {} x $0.20 per million = {}",
            group(*requests),
            usd(*cents)
        ),
        Step::TotalCost {
            compute,
            requests,
            total,
        } => format!(
            "total: {} + {} = {} a month",
            usd(*compute),
            usd(*requests),
            usd(*total)
        ),
        Step::FreeTier {
            gb_s_milli,
            compute,
            requests,
            request_cents,
            total,
        } => format!(
            "after the free tier ({} GB-s and {} requests a month): {} GB-s = {} + {} requests = {}; total {}",
            group(data::FREE_GB_SECONDS.value),
            group(data::FREE_REQUESTS.value),
            milli(*gb_s_milli),
            usd(*compute),
            group(*requests),
            usd(*request_cents),
            usd(*total)
        ),
    }
}

/// A note.
pub fn note(n: &Note) -> String {
    match n {
        Note::AverageOfMonth => {
            "the rate is the month's average; a peak above it needs more concurrency".into()
        }
        Note::OtherArch {
            arch,
            total_cents,
            free_tier_cents,
        } => format!(
            "on {}: {} a month ({} after the free tier)",
            arch_name(*arch),
            usd(*total_cents),
            usd(*free_tier_cents)
        ),
        Note::PriceRegion => "prices of US East (N. Virginia), first pricing tier; ephemeral storage over 512 MB is billed apart".into(),
        Note::ProvisionedBilling => "provisioned concurrency is billed for the time it is configured, apart from the charges here, and the free tier does not apply to it".into(),
        Note::ReservedTakesFromOthers { left } => format!(
            "reserved concurrency is taken from the account: the other functions share the remaining {}",
            group(*left)
        ),
        Note::Sources { read, urls } => format!("sources (read {read}): {}", urls.join(", ")),
    }
}

/// The words of the calculator's form fields.
pub fn field_text(key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "requests-per-second" => ("Requests/s", "average requests per second"),
        "duration" => ("Duration", "average duration: 500ms or 0.5s"),
        "account-limit" => ("Account lim.", "account concurrency (1,000)"),
        "reserved" => ("Reserved", "reserved concurrency of the function"),
        "provisioned" => ("Provisioned", "provisioned concurrency"),
        "source" => ("Source", "sync, sqs, kinesis, dynamodb-streams"),
        "shards" => ("Shards", "shards of a kinesis/dynamodb stream"),
        "parallelization" => ("Parallel.", "batches per shard, 1 to 10 (1)"),
        "memory" => ("Memory", "for the cost: 1536MB or 1.5GB"),
        "architecture" => ("Arch", "x86 (default) or arm"),
        "requests-per-month" => ("Requests/mo", "requests a month (for the cost)"),
        _ => return None,
    };
    Some(super::FieldText { label, hint })
}

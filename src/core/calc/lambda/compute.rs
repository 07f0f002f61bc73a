//! The computation: concurrency, limits, scaling, the event source and the cost, each step
//! recorded with the rule it applies.

use super::plan::{Plan, plan};
use super::{Arch, Headline, LimitKind, Note, Said, Source, Step, data};
use crate::core::calc::CalcError;
use crate::core::calc::facts::{self, READ};
use crate::core::calc::registry::{Inputs, Report, Said as AnySaid};
use serde::Serialize;

/// A stream source's concurrency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StreamResult {
    /// Shards.
    pub shards: u64,
    /// Concurrent batches per shard.
    pub parallelization: u64,
    /// Shards x parallelization: the most concurrent invocations.
    pub max_concurrency: u64,
    /// Whether that covers the concurrency needed.
    pub keeps_up: bool,
    /// The least factor that keeps up, when one of 1 to 10 does.
    pub parallelization_needed: Option<u64>,
    /// Shards needed at the highest factor, 10.
    pub shards_needed_at_max_factor: u64,
}

/// The cost after the free tier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FreeTierResult {
    /// Billable GB-seconds.
    pub gb_seconds: f64,
    /// Duration charge, USD.
    pub compute_usd: f64,
    /// Request charge, USD.
    pub requests_usd: f64,
    /// Total, USD.
    pub total_usd: f64,
}

/// The cost on the other architecture.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OtherArchResult {
    /// The other architecture.
    pub architecture: Arch,
    /// Total, USD.
    pub total_usd: f64,
    /// Total after the free tier, USD.
    pub after_free_tier_usd: f64,
}

/// The monthly cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CostResult {
    /// The architecture priced.
    pub architecture: Arch,
    /// Memory in MB.
    pub memory_mb: u64,
    /// Requests a month.
    pub requests_per_month: u64,
    /// GB-seconds a month.
    pub gb_seconds: f64,
    /// USD per GB-second.
    pub price_per_gb_second: f64,
    /// Duration charge, USD.
    pub compute_usd: f64,
    /// Request charge, USD.
    pub requests_usd: f64,
    /// Total, USD.
    pub total_usd: f64,
    /// The same after the free tier.
    pub after_free_tier: FreeTierResult,
    /// The total on the other architecture.
    pub other_architecture: OtherArchResult,
}

/// What the calculator returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// Concurrency needed: whole execution environments.
    pub concurrency: u64,
    /// Requests per second (the monthly average when only a monthly count was given).
    pub requests_per_second: f64,
    /// Average duration in milliseconds.
    pub duration_ms: u64,
    /// The account's concurrency limit.
    pub account_limit: u64,
    /// Reserved concurrency, or null.
    pub reserved: Option<u64>,
    /// Provisioned concurrency, or null.
    pub provisioned: Option<u64>,
    /// The most concurrency the function may use (reserved, else the account limit).
    pub function_limit: u64,
    /// The most requests per second (10 x the function limit).
    pub max_requests_per_second: u64,
    /// Whether requests are throttled.
    pub throttled: bool,
    /// `concurrency` or `request-rate`, or null.
    pub throttled_by: Option<&'static str>,
    /// The account limit that serves the load.
    pub account_limit_needed: u64,
    /// How the function is invoked.
    #[serde(rename = "event_source")]
    pub source: Source,
    /// Seconds to scale from zero (null for a stream source).
    pub scaling_seconds: Option<u64>,
    /// A stream source's concurrency, or null.
    pub stream: Option<StreamResult>,
    /// The monthly cost, or null without memory.
    pub cost: Option<CostResult>,
    /// The headlines.
    #[serde(skip)]
    pub headlines: Vec<Headline>,
    /// The working.
    #[serde(skip)]
    pub working: Vec<Step>,
    /// The notes.
    #[serde(skip)]
    pub notes: Vec<Note>,
}

impl Outcome {
    /// The outcome as a calculator report, its JSON fields in `data`.
    pub fn report(&self) -> Report {
        Report::of_outcome(
            self,
            data::CONCURRENCY_PAGE,
            (&self.headlines, &self.working, &self.notes),
            (
                |h| AnySaid::Lambda(Said::Headline(h)),
                |s| AnySaid::Lambda(Said::Step(s)),
                |n| AnySaid::Lambda(Said::Note(n)),
            ),
        )
    }
}

/// `a / b` rounded half up (`b > 0`).
fn round_div(a: u128, b: u128) -> u128 {
    (2 * a + b) / (2 * b)
}

fn cents_f(cents: u64) -> f64 {
    cents as f64 / 100.0
}

fn sat(n: u128) -> u64 {
    u64::try_from(n).unwrap_or(u64::MAX)
}

/// Computes the outcome from the form, or returns every input error.
///
/// ```
/// use awsdrill::core::calc::{lambda, Inputs};
/// let inputs: Inputs = [("requests-per-second", "100"), ("duration", "500ms")]
///     .map(|(k, v)| (k.to_string(), v.to_string()))
///     .into();
/// assert_eq!(lambda::evaluate(&inputs).unwrap().concurrency, 50);
/// ```
pub fn evaluate(inputs: &Inputs) -> Result<Outcome, Vec<CalcError>> {
    let p = plan(inputs)?;
    Ok(compute(&p))
}

fn compute(p: &Plan) -> Outcome {
    let mut w = Vec::new();
    let mut notes = Vec::new();
    let mut headlines = Vec::new();
    w.push(Step::Duration {
        text: p.duration_text.clone(),
        ms: p.duration_ms,
    });
    if let (true, Some(monthly)) = (p.rate_from_month, p.monthly) {
        w.push(Step::MonthlyAverage {
            monthly,
            seconds: data::SECONDS_PER_MONTH,
            rps_milli: p.rps_milli,
        });
        notes.push(Note::AverageOfMonth);
    }
    // concurrency = rps x seconds; in thousandths: rps_milli x ms / 1000.
    let concurrency_milli = (p.rps_milli * u128::from(p.duration_ms)).div_ceil(1000);
    let needed = sat(concurrency_milli.div_ceil(1000));
    w.push(Step::Concurrency {
        rps_milli: p.rps_milli,
        ms: p.duration_ms,
        concurrency_milli,
        environments: needed,
    });
    w.push(Step::AccountLimit {
        account: p.account,
        default: p.account_default,
    });
    let (limit, kind) = match p.reserved {
        Some(r) => {
            w.push(Step::Reserved {
                reserved: r,
                account: p.account,
            });
            notes.push(Note::ReservedTakesFromOthers {
                left: p.account - r,
            });
            (r, LimitKind::Reserved)
        }
        None => (p.account, LimitKind::Account),
    };
    w.push(Step::ConcurrencyVerdict {
        needed,
        limit,
        kind,
    });
    let per = data::REQUESTS_PER_CONCURRENCY.value;
    let max_rps = limit.saturating_mul(per);
    w.push(Step::RequestRateLimit {
        limit,
        max_rps,
        rps_milli: p.rps_milli,
    });
    let over_concurrency = needed > limit;
    let over_rate = p.rps_milli > u128::from(max_rps) * 1000;
    let throttled_by = if over_concurrency {
        Some("concurrency")
    } else if over_rate {
        Some("request-rate")
    } else {
        None
    };
    let for_rate = sat(p.rps_milli.div_ceil(1000 * u128::from(per)));
    let account_needed = needed.max(for_rate);
    if kind == LimitKind::Account {
        w.push(Step::AccountNeeded {
            concurrency: needed,
            for_rate,
            needed: account_needed,
        });
    }
    if let Some(pc) = p.provisioned {
        w.push(Step::Provisioned {
            provisioned: pc,
            max_rps: pc.saturating_mul(per),
            needed,
            reserved: p.reserved.is_some(),
        });
        notes.push(Note::ProvisionedBilling);
    }
    headlines.push(Headline::Concurrency {
        needed,
        limit,
        kind,
        throttled: throttled_by.is_some(),
        account_needed: (throttled_by.is_some() && kind == LimitKind::Account)
            .then_some(account_needed),
    });
    let (scaling_seconds, stream) = scale(p, needed, limit, &mut w, &mut headlines);
    let cost = p.memory.as_ref().map(|(text, mb)| {
        let (cost, headline) = cost(p, text, *mb, &mut w, &mut notes);
        headlines.push(headline);
        cost
    });
    notes.push(Note::Sources {
        read: READ,
        urls: facts::sources(data::ALL),
    });
    Outcome {
        concurrency: needed,
        requests_per_second: p.rps_milli as f64 / 1000.0,
        duration_ms: p.duration_ms,
        account_limit: p.account,
        reserved: p.reserved,
        provisioned: p.provisioned,
        function_limit: limit,
        max_requests_per_second: max_rps,
        throttled: throttled_by.is_some(),
        throttled_by,
        account_limit_needed: account_needed,
        source: p.source,
        scaling_seconds,
        stream,
        cost,
        headlines,
        working: w,
        notes,
    }
}

/// How the function scales to the concurrency it needs, by event source.
fn scale(
    p: &Plan,
    needed: u64,
    limit: u64,
    w: &mut Vec<Step>,
    headlines: &mut Vec<Headline>,
) -> (Option<u64>, Option<StreamResult>) {
    let target = needed.min(limit);
    match p.source {
        Source::Synchronous => {
            let step = data::SCALING_STEP.value;
            let steps = target.div_ceil(step).saturating_sub(1);
            let seconds = steps * data::SCALING_SECONDS.value;
            w.push(Step::ScalingSteps {
                target,
                steps,
                seconds,
            });
            headlines.push(Headline::Scaling {
                source: p.source,
                target,
                seconds,
            });
            (Some(seconds), None)
        }
        Source::Sqs => {
            let max = data::SQS_MAX.value;
            let capped = target > max;
            let target = target.min(max);
            let start = data::SQS_START.value;
            let minutes = target
                .saturating_sub(start)
                .div_ceil(data::SQS_PER_MINUTE.value);
            w.push(Step::SqsScaling {
                target,
                minutes,
                capped,
            });
            headlines.push(Headline::Scaling {
                source: p.source,
                target,
                seconds: minutes * 60,
            });
            (Some(minutes * 60), None)
        }
        Source::Kinesis | Source::DynamodbStreams => {
            let shards = p.shards.unwrap_or(1);
            let factor = p.parallelization;
            let max = shards.saturating_mul(factor);
            w.push(Step::StreamConcurrency {
                source: p.source,
                shards,
                factor,
                max,
            });
            let top = data::MAX_PARALLELIZATION.value;
            let factor_needed = Some(needed.div_ceil(shards).max(1)).filter(|f| *f <= top);
            let shards_needed = needed.div_ceil(top).max(1);
            w.push(Step::StreamVerdict {
                needed,
                max,
                factor_needed,
                shards_needed,
            });
            let keeps_up = needed <= max;
            headlines.push(Headline::Stream {
                shards,
                factor,
                max,
                keeps_up,
            });
            (
                None,
                Some(StreamResult {
                    shards,
                    parallelization: factor,
                    max_concurrency: max,
                    keeps_up,
                    parallelization_needed: factor_needed,
                    shards_needed_at_max_factor: shards_needed,
                }),
            )
        }
    }
}

/// Cents of the duration charge for `num` (requests x ms x MB) at `price`, and the billable
/// numerator after taking `free` GB-seconds off.
fn compute_cents(num: u128, price: u64) -> u64 {
    // GB-seconds = num / (1,000 ms x 1,024 MB); price in 1e-10 USD; cents = 1e8 units.
    sat(round_div(num * u128::from(price), 1_024_000 * 100_000_000))
}

fn request_cents(requests: u64) -> u64 {
    sat(round_div(
        u128::from(requests) * u128::from(data::REQUEST_PRICE.value),
        100_000_000,
    ))
}

/// The monthly cost on `arch`: (total cents, cents after the free tier, billable numerator,
/// billable requests, compute cents, request cents, free-tier compute and request cents).
struct Bill {
    compute: u64,
    requests: u64,
    total: u64,
    free_num: u128,
    free_requests: u64,
    free_compute: u64,
    free_request_cents: u64,
    free_total: u64,
}

fn bill(num: u128, monthly: u64, arch: Arch) -> Bill {
    let price = arch.price();
    let compute = compute_cents(num, price);
    let requests = request_cents(monthly);
    let free_num = num.saturating_sub(u128::from(data::FREE_GB_SECONDS.value) * 1_024_000);
    let free_requests = monthly.saturating_sub(data::FREE_REQUESTS.value);
    let free_compute = compute_cents(free_num, price);
    let free_request_cents = request_cents(free_requests);
    Bill {
        compute,
        requests,
        total: compute.saturating_add(requests),
        free_num,
        free_requests,
        free_compute,
        free_request_cents,
        free_total: free_compute.saturating_add(free_request_cents),
    }
}

fn cost(
    p: &Plan,
    text: &str,
    mb: u64,
    w: &mut Vec<Step>,
    notes: &mut Vec<Note>,
) -> (CostResult, Headline) {
    w.push(Step::Memory {
        text: text.to_string(),
        mb,
    });
    let monthly = match p.monthly {
        Some(m) => m,
        None => {
            let m = sat((p.rps_milli * u128::from(data::SECONDS_PER_MONTH)).div_ceil(1000));
            w.push(Step::MonthlyRequests {
                rps_milli: p.rps_milli,
                seconds: data::SECONDS_PER_MONTH,
                monthly: m,
            });
            m
        }
    };
    let num = u128::from(monthly) * u128::from(p.duration_ms) * u128::from(mb);
    let gb_s_milli = num.div_ceil(1024);
    w.push(Step::GbSeconds {
        monthly,
        ms: p.duration_ms,
        mb,
        gb_s_milli,
    });
    let b = bill(num, monthly, p.arch);
    w.push(Step::ComputeCost {
        arch: p.arch,
        gb_s_milli,
        price: p.arch.price(),
        cents: b.compute,
    });
    w.push(Step::RequestCost {
        requests: monthly,
        cents: b.requests,
    });
    w.push(Step::TotalCost {
        compute: b.compute,
        requests: b.requests,
        total: b.total,
    });
    let free_gb_s_milli = b.free_num.div_ceil(1024);
    w.push(Step::FreeTier {
        gb_s_milli: free_gb_s_milli,
        compute: b.free_compute,
        requests: b.free_requests,
        request_cents: b.free_request_cents,
        total: b.free_total,
    });
    let other = bill(num, monthly, p.arch.other());
    notes.push(Note::OtherArch {
        arch: p.arch.other(),
        total_cents: other.total,
        free_tier_cents: other.free_total,
    });
    notes.push(Note::PriceRegion);
    let result = CostResult {
        architecture: p.arch,
        memory_mb: mb,
        requests_per_month: monthly,
        gb_seconds: gb_s_milli as f64 / 1000.0,
        price_per_gb_second: p.arch.price() as f64 / 1e10,
        compute_usd: cents_f(b.compute),
        requests_usd: cents_f(b.requests),
        total_usd: cents_f(b.total),
        after_free_tier: FreeTierResult {
            gb_seconds: free_gb_s_milli as f64 / 1000.0,
            compute_usd: cents_f(b.free_compute),
            requests_usd: cents_f(b.free_request_cents),
            total_usd: cents_f(b.free_total),
        },
        other_architecture: OtherArchResult {
            architecture: p.arch.other(),
            total_usd: cents_f(other.total),
            after_free_tier_usd: cents_f(other.free_total),
        },
    };
    let headline = Headline::Cost {
        arch: p.arch,
        memory_mb: mb,
        total_cents: b.total,
        free_tier_cents: b.free_total,
    };
    (result, headline)
}

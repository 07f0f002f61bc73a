//! The throttle form read into a plan, the outcome, and its report.

use super::{Headline, Note, Said, Step, apigw, data, sqs};
use crate::core::calc::facts::{self, READ};
use crate::core::calc::fields::{choice, keep, yes_no};
use crate::core::calc::registry::{Inputs, Report, Said as AnySaid, input};
use crate::core::calc::{CalcError, ErrorKind, number};
use serde::Serialize;

/// The service throttled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Service {
    /// API Gateway (REST and HTTP APIs).
    Apigateway,
    /// An SQS FIFO queue.
    SqsFifo,
}

/// An API Gateway throttling limit's level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Per client (API key) or per method, in a usage plan.
    UsagePlan,
    /// A method's own limit in the stage settings.
    Method,
    /// The stage's default method limit.
    Stage,
    /// The account's limit per Region.
    Account,
}

/// A token bucket: the steady rate and the burst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limit {
    /// Which limit.
    pub level: Level,
    /// Requests per second.
    pub rate: u64,
    /// Bucket size.
    pub burst: u64,
    /// Whether it is the default (the account's, by Region).
    pub default: bool,
}

/// Requests arriving: `count` at `from_ms`, or spread evenly over `from_ms..=to_ms`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Arrival {
    /// Requests.
    pub count: u64,
    /// The first millisecond.
    pub from_ms: u64,
    /// The last millisecond.
    pub to_ms: u64,
}

/// The longest pattern followed, in milliseconds.
pub const MAX_PATTERN_MS: u64 = 60_000;

pub(super) enum Load {
    Rate(u64),
    Pattern(Vec<Arrival>),
}

pub(super) struct Plan {
    pub service: Service,
    pub load: Load,
    pub limits: Vec<Limit>,
    pub stage_replaced: Option<Limit>,
    pub batch: u64,
    pub high_throughput: bool,
    pub region: String,
}

/// `RATE/BURST`: `1000/500`.
fn parse_limit(field: &'static str, text: &str, level: Level) -> Result<Limit, CalcError> {
    let bad = || {
        CalcError::new(
            field,
            ErrorKind::BadLimit {
                text: text.trim().to_string(),
            },
        )
    };
    let (rate, burst) = text.split_once('/').ok_or_else(bad)?;
    let rate = number::parse_whole(field, rate, 1).map_err(|_| bad())?;
    let burst = number::parse_whole(field, burst, 1).map_err(|_| bad())?;
    Ok(Limit {
        level,
        rate,
        burst,
        default: false,
    })
}

/// `5000@0ms, 5000@1-999ms`: a burst at one millisecond or requests spread evenly.
fn parse_pattern(field: &'static str, text: &str) -> Result<Vec<Arrival>, CalcError> {
    let mut out = Vec::new();
    for (i, entry) in text.split(',').enumerate() {
        let e = entry.trim();
        let bad = || {
            CalcError::new(
                field,
                ErrorKind::BadPatternEntry {
                    entry: i + 1,
                    text: e.to_string(),
                },
            )
        };
        let (count, when) = e.split_once('@').ok_or_else(bad)?;
        let count = number::parse_whole(field, count, 1).map_err(|_| bad())?;
        let when = when.trim().trim_end_matches("ms").trim();
        let (from, to) = when.split_once('-').unwrap_or((when, when));
        let ms = |t: &str| number::parse_whole(field, t.trim().trim_end_matches("ms"), 0);
        let (from, to) = (ms(from).map_err(|_| bad())?, ms(to).map_err(|_| bad())?);
        if to < from {
            return Err(bad());
        }
        if to > MAX_PATTERN_MS {
            return Err(CalcError::new(
                field,
                ErrorKind::PatternTooLong {
                    ms: to,
                    max: MAX_PATTERN_MS,
                },
            ));
        }
        out.push(Arrival {
            count,
            from_ms: from,
            to_ms: to,
        });
    }
    Ok(out)
}

/// A Region code such as `us-east-1`.
fn parse_region(field: &'static str, text: &str) -> Result<String, CalcError> {
    let t = text.trim().to_ascii_lowercase();
    let parts: Vec<&str> = t.split('-').collect();
    let ok = parts.len() >= 3
        && parts[0].len() == 2
        && parts.iter().all(|p| !p.is_empty())
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_lowercase()))
        && parts[parts.len() - 1].chars().all(|c| c.is_ascii_digit());
    if ok {
        Ok(t)
    } else {
        Err(CalcError::new(
            field,
            ErrorKind::BadRegion {
                text: text.trim().to_string(),
            },
        ))
    }
}

const APIGW_ONLY: &[&str] = &["pattern", "account", "stage", "method", "usage-plan"];
const SQS_ONLY: &[&str] = &["batch", "high-throughput"];

fn plan(inputs: &Inputs) -> Result<Plan, Vec<CalcError>> {
    let mut errors = Vec::new();
    let v = |k: &str| input(inputs, k).to_string();
    let given = |k: &str| !input(inputs, k).trim().is_empty();
    let service = keep(
        &mut errors,
        choice(
            "service",
            &v("service"),
            &["apigateway", "sqs-fifo"],
            &[
                ("apigateway", Service::Apigateway),
                ("apigw", Service::Apigateway),
                ("api", Service::Apigateway),
                ("sqsfifo", Service::SqsFifo),
                ("sqs", Service::SqsFifo),
                ("fifo", Service::SqsFifo),
            ],
        ),
    )
    .map(|s| s.unwrap_or(Service::Apigateway));
    let rate = given("rate")
        .then(|| keep(&mut errors, number::parse_whole("rate", &v("rate"), 1)))
        .flatten();
    let pattern = given("pattern")
        .then(|| keep(&mut errors, parse_pattern("pattern", &v("pattern"))))
        .flatten();
    let limit = |errors: &mut Vec<CalcError>, key: &'static str, level: Level| {
        given(key)
            .then(|| keep(errors, parse_limit(key, &v(key), level)))
            .flatten()
    };
    let account = limit(&mut errors, "account", Level::Account);
    let stage = limit(&mut errors, "stage", Level::Stage);
    let method = limit(&mut errors, "method", Level::Method);
    let usage_plan = limit(&mut errors, "usage-plan", Level::UsagePlan);
    let batch = if given("batch") {
        keep(
            &mut errors,
            number::parse_whole("batch", &v("batch"), 1).and_then(|n| {
                let max = data::SQS_MAX_BATCH.value;
                if n > max {
                    Err(CalcError::new(
                        "batch",
                        ErrorKind::OutOfRange { n, min: 1, max },
                    ))
                } else {
                    Ok(n)
                }
            }),
        )
    } else {
        Some(1)
    };
    let high_throughput = keep(
        &mut errors,
        yes_no("high-throughput", &v("high-throughput")),
    );
    let region = if given("region") {
        keep(&mut errors, parse_region("region", &v("region")))
    } else {
        Some(data::DEFAULT_REGION.to_string())
    };
    let (Some(service), Some(batch), Some(high_throughput), Some(region)) =
        (service, batch, high_throughput, region)
    else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let fail = |field: &'static str, kind: ErrorKind| Err(vec![CalcError::new(field, kind)]);
    let (others, value) = match service {
        Service::Apigateway => (SQS_ONLY, "sqs-fifo"),
        Service::SqsFifo => (APIGW_ONLY, "apigateway"),
    };
    if let Some(field) = others.iter().find(|k| given(k)) {
        return fail(
            field,
            ErrorKind::OnlyWith {
                other: "service",
                value,
            },
        );
    }
    let load = match (rate, pattern) {
        (Some(_), Some(_)) => return fail("pattern", ErrorKind::EitherOr { other: "rate" }),
        (Some(r), None) => Load::Rate(r),
        (None, Some(p)) => Load::Pattern(p),
        (None, None) => return fail("rate", ErrorKind::Missing),
    };
    let small = data::APIGW_SMALL_REGIONS.contains(&region.as_str());
    let account = account.unwrap_or(Limit {
        level: Level::Account,
        rate: if small {
            data::APIGW_SMALL_RATE.value
        } else {
            data::APIGW_RATE.value
        },
        burst: if small {
            data::APIGW_SMALL_BURST.value
        } else {
            data::APIGW_BURST.value
        },
        default: true,
    });
    // A method's own limit replaces the stage's default for that method.
    let (stage_level, stage_replaced) = match (method, stage) {
        (Some(m), s) => (Some(m), s),
        (None, s) => (s, None),
    };
    let limits: Vec<Limit> = [usage_plan, stage_level, Some(account)]
        .into_iter()
        .flatten()
        .collect();
    Ok(Plan {
        service,
        load,
        limits,
        stage_replaced,
        batch,
        high_throughput,
        region,
    })
}

/// The API Gateway results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ApigwResult {
    /// The limits in the order they apply.
    pub limits: Vec<Limit>,
    /// Requests in the pattern, or null for a steady rate.
    pub requests: Option<u64>,
    /// Requests served, or null for a steady rate.
    pub served: Option<u64>,
    /// Requests throttled, or null for a steady rate.
    pub throttled: Option<u64>,
    /// Throttled requests by level.
    pub throttled_by: serde_json::Map<String, serde_json::Value>,
    /// The first millisecond a request was throttled, or null.
    pub first_throttled_ms: Option<u64>,
    /// A steady rate's analysis, or null for a pattern.
    pub steady: Option<SteadyResult>,
}

/// A steady rate against the limits.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SteadyResult {
    /// Requests per second.
    pub requests_per_second: u64,
    /// The lowest steady rate of the limits.
    pub limit_per_second: u64,
    /// The level of that limit.
    pub limiting_level: Level,
    /// Requests per second throttled once the burst is spent.
    pub throttled_per_second: u64,
    /// Seconds the burst lasts (null when the rate is within the limits).
    pub burst_lasts_seconds: Option<f64>,
}

/// The SQS FIFO results.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SqsResult {
    /// Messages per second.
    pub messages_per_second: u64,
    /// Messages per API call.
    pub batch: u64,
    /// High throughput mode.
    pub high_throughput: bool,
    /// API calls per second needed per action.
    pub calls_per_second: u64,
    /// API calls per second allowed per action.
    pub calls_per_second_limit: u64,
    /// Messages per second at this batch size.
    pub max_messages_per_second: u64,
    /// The least batch size that fits, when one of up to 10 does.
    pub batch_needed: Option<u64>,
}

/// What the calculator returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// The service.
    pub service: Service,
    /// The Region.
    pub region: String,
    /// Whether requests are throttled.
    pub throttled: bool,
    /// API Gateway's results, or null.
    pub apigateway: Option<ApigwResult>,
    /// SQS FIFO's results, or null.
    pub sqs_fifo: Option<SqsResult>,
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
        let source = match self.service {
            Service::Apigateway => data::APIGW_PAGE,
            Service::SqsFifo => data::SQS_PAGE,
        };
        Report::of_outcome(
            self,
            source,
            (&self.headlines, &self.working, &self.notes),
            (
                |h| AnySaid::Throttle(Said::Headline(h)),
                |s| AnySaid::Throttle(Said::Step(s)),
                |n| AnySaid::Throttle(Said::Note(n)),
            ),
        )
    }
}

/// Computes the outcome from the form, or returns every input error.
///
/// ```
/// use awsdrill::core::calc::{throttle, Inputs};
/// let inputs: Inputs = [("pattern", "10000@0ms")]
///     .map(|(k, v)| (k.to_string(), v.to_string()))
///     .into();
/// let a = throttle::evaluate(&inputs).unwrap().apigateway.unwrap();
/// assert_eq!((a.served, a.throttled), (Some(5000), Some(5000)));
/// ```
pub fn evaluate(inputs: &Inputs) -> Result<Outcome, Vec<CalcError>> {
    let p = plan(inputs)?;
    let mut w = Vec::new();
    let mut notes = Vec::new();
    let mut headlines = Vec::new();
    let (apigateway, sqs_fifo, throttled) = match p.service {
        Service::Apigateway => {
            let r = apigw::run(&p, &mut w, &mut headlines, &mut notes);
            let throttled = r.throttled.is_some_and(|t| t > 0)
                || r.steady
                    .as_ref()
                    .is_some_and(|s| s.throttled_per_second > 0);
            (Some(r), None, throttled)
        }
        Service::SqsFifo => {
            let r = sqs::run(&p, &mut w, &mut headlines, &mut notes);
            let throttled = r.calls_per_second > r.calls_per_second_limit;
            (None, Some(r), throttled)
        }
    };
    let mut urls = match p.service {
        Service::Apigateway => vec![data::APIGW_PAGE, data::APIGW_EXAMPLES_PAGE],
        Service::SqsFifo => vec![],
    };
    for u in facts::sources(data::ALL) {
        let keep_it = match p.service {
            Service::Apigateway => u != data::SQS_PAGE,
            Service::SqsFifo => u == data::SQS_PAGE,
        };
        if keep_it && !urls.contains(&u) {
            urls.push(u);
        }
    }
    notes.push(Note::Sources { read: READ, urls });
    Ok(Outcome {
        service: p.service,
        region: p.region.clone(),
        throttled,
        apigateway,
        sqs_fifo,
        headlines,
        working: w,
        notes,
    })
}

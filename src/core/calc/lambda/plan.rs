//! The Lambda form's fields read into a plan; every bad field is a `CalcError` naming it.

use super::data;
use crate::core::calc::fields::{choice, keep};
use crate::core::calc::registry::{Inputs, input};
use crate::core::calc::{CalcError, ErrorKind, number};
use serde::Serialize;

/// How the function is invoked, which decides how it scales.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// Synchronous or asynchronous invocations (API Gateway, a function URL, the SDK): 1,000 new
    /// environments every 10 seconds.
    Synchronous,
    /// An SQS event source mapping.
    Sqs,
    /// A Kinesis Data Streams event source mapping.
    Kinesis,
    /// A DynamoDB Streams event source mapping.
    DynamodbStreams,
}

impl Source {
    /// The words the field takes.
    pub const CHOICES: &'static [&'static str] = &["sync", "sqs", "kinesis", "dynamodb-streams"];

    /// Whether the source is a stream (shards and a parallelization factor).
    pub fn is_stream(self) -> bool {
        matches!(self, Source::Kinesis | Source::DynamodbStreams)
    }
}

/// The instruction set, which sets the price per GB-second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Arch {
    /// x86_64.
    X86,
    /// arm64 (Graviton).
    Arm,
}

impl Arch {
    /// The words the field takes.
    pub const CHOICES: &'static [&'static str] = &["x86", "arm"];

    /// The price per GB-second, in units of $0.0000000001.
    pub fn price(self) -> u64 {
        match self {
            Arch::X86 => data::X86_PRICE.value,
            Arch::Arm => data::ARM_PRICE.value,
        }
    }

    /// The other architecture.
    pub fn other(self) -> Arch {
        match self {
            Arch::X86 => Arch::Arm,
            Arch::Arm => Arch::X86,
        }
    }
}

/// A validated request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Requests per second, in thousandths (exact when typed as requests per second).
    pub rps_milli: u128,
    /// Whether the rate is the monthly count's average (no requests per second given).
    pub rate_from_month: bool,
    /// The average duration as typed.
    pub duration_text: String,
    /// The average duration in milliseconds.
    pub duration_ms: u64,
    /// The account's concurrency limit.
    pub account: u64,
    /// Whether the account limit is the default.
    pub account_default: bool,
    /// Reserved concurrency.
    pub reserved: Option<u64>,
    /// Provisioned concurrency.
    pub provisioned: Option<u64>,
    /// How the function is invoked.
    pub source: Source,
    /// Shards of a stream source.
    pub shards: Option<u64>,
    /// Concurrent batches per shard of a stream source.
    pub parallelization: u64,
    /// Memory in MB, with the text typed (for the cost).
    pub memory: Option<(String, u64)>,
    /// The architecture.
    pub arch: Arch,
    /// Requests a month, and whether it was typed (else derived from the rate).
    pub monthly: Option<u64>,
}

/// A duration: `500ms`, `0.5s`, `2 s`, `1.5min`; whole milliseconds, at most Lambda's 900 s.
pub fn parse_duration(field: &'static str, text: &str) -> Result<u64, CalcError> {
    let t = text.trim();
    let fail = |kind| Err(CalcError::new(field, kind));
    if t.is_empty() {
        return fail(ErrorKind::Missing);
    }
    let bad = || ErrorKind::BadDuration {
        text: t.to_string(),
    };
    if t.starts_with('-') {
        return fail(ErrorKind::Negative {
            text: t.to_string(),
        });
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',' || c == '_'))
        .unwrap_or(t.len());
    let (num, unit) = (&t[..split], t[split..].trim().to_ascii_lowercase());
    let scale_ms: u64 = match unit.as_str() {
        "ms" | "msec" | "millisecond" | "milliseconds" => 1,
        "s" | "sec" | "secs" | "second" | "seconds" => 1_000,
        "m" | "min" | "mins" | "minute" | "minutes" => 60_000,
        _ => return fail(bad()),
    };
    // Read with 3 decimals: thousandths of the unit; whole milliseconds only.
    let thousandths = number::parse_fixed(field, num, 3, false).map_err(|e| match e.kind {
        ErrorKind::NotPositive { .. } | ErrorKind::NumberTooLarge { .. } => e,
        _ => CalcError::new(field, bad()),
    })?;
    let exact = u128::from(thousandths) * u128::from(scale_ms);
    if !exact.is_multiple_of(1000) {
        return fail(bad());
    }
    let ms = exact / 1000;
    if ms > u128::from(data::MAX_DURATION_MS.value) {
        return fail(ErrorKind::DurationOverTimeout {
            text: t.to_string(),
            ms: u64::try_from(ms).unwrap_or(u64::MAX),
        });
    }
    Ok(ms as u64)
}

/// Memory: `1536`, `1536MB`, `1.5GB` (a GB is 1,024 MB); whole MB from 128 to 10,240.
pub fn parse_memory(field: &'static str, text: &str) -> Result<u64, CalcError> {
    let t = text.trim();
    let bad = || {
        CalcError::new(
            field,
            ErrorKind::BadMemory {
                text: t.to_string(),
            },
        )
    };
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(t.len());
    let (num, unit) = (&t[..split], t[split..].trim().to_ascii_lowercase());
    let per_unit: u64 = match unit.as_str() {
        "" | "mb" | "mib" => 1,
        "gb" | "gib" => 1_024,
        _ => return Err(bad()),
    };
    let thousandths = number::parse_fixed(field, num, 3, false).map_err(|_| bad())?;
    let exact = u128::from(thousandths) * u128::from(per_unit);
    if !exact.is_multiple_of(1000) {
        return Err(bad());
    }
    let mb = u64::try_from(exact / 1000).map_err(|_| bad())?;
    let (min, max) = (data::MIN_MEMORY_MB.value, data::MAX_MEMORY_MB.value);
    if !(min..=max).contains(&mb) {
        return Err(CalcError::new(
            field,
            ErrorKind::OutOfRange { n: mb, min, max },
        ));
    }
    Ok(mb)
}

/// Reads the form into a plan, collecting every field's error.
pub fn plan(inputs: &Inputs) -> Result<Plan, Vec<CalcError>> {
    let mut errors = Vec::new();
    let v = |k: &str| input(inputs, k).to_string();
    let given = |k: &str| !input(inputs, k).trim().is_empty();
    let whole = |errors: &mut Vec<CalcError>, k: &'static str, min: u64| {
        given(k)
            .then(|| keep(errors, number::parse_whole(k, &v(k), min)))
            .flatten()
    };
    let rps = whole(&mut errors, "requests-per-second", 1);
    let monthly = whole(&mut errors, "requests-per-month", 1);
    let duration = keep(&mut errors, parse_duration("duration", &v("duration")));
    let account = whole(&mut errors, "account-limit", 1);
    let reserved = whole(&mut errors, "reserved", 0);
    let provisioned = whole(&mut errors, "provisioned", 1);
    let source = keep(
        &mut errors,
        choice(
            "source",
            &v("source"),
            Source::CHOICES,
            &[
                ("sync", Source::Synchronous),
                ("synchronous", Source::Synchronous),
                ("async", Source::Synchronous),
                ("api", Source::Synchronous),
                ("sqs", Source::Sqs),
                ("kinesis", Source::Kinesis),
                ("dynamodbstreams", Source::DynamodbStreams),
                ("dynamodb", Source::DynamodbStreams),
                ("ddb", Source::DynamodbStreams),
            ],
        ),
    )
    .flatten();
    let shards = whole(&mut errors, "shards", 1);
    let parallelization = given("parallelization")
        .then(|| {
            keep(
                &mut errors,
                number::parse_whole("parallelization", &v("parallelization"), 1).and_then(|n| {
                    let max = data::MAX_PARALLELIZATION.value;
                    if n > max {
                        Err(CalcError::new(
                            "parallelization",
                            ErrorKind::OutOfRange { n, min: 1, max },
                        ))
                    } else {
                        Ok(n)
                    }
                }),
            )
        })
        .flatten();
    let memory = given("memory")
        .then(|| keep(&mut errors, parse_memory("memory", &v("memory"))))
        .flatten();
    let arch = keep(
        &mut errors,
        choice(
            "architecture",
            &v("architecture"),
            Arch::CHOICES,
            &[
                ("x86", Arch::X86),
                ("x8664", Arch::X86),
                ("amd64", Arch::X86),
                ("arm", Arch::Arm),
                ("arm64", Arch::Arm),
                ("graviton", Arch::Arm),
            ],
        ),
    )
    .flatten();
    if !errors.is_empty() {
        return Err(errors);
    }
    let Some(duration_ms) = duration else {
        return Err(errors);
    };
    let fail = |field: &'static str, kind: ErrorKind| Err(vec![CalcError::new(field, kind)]);
    let only_stream = ErrorKind::OnlyWith {
        other: "source",
        value: "kinesis or dynamodb-streams", // words-ok: the flag's values, as typed
    };
    let source = match (source, shards.is_some() || parallelization.is_some()) {
        (None, true) => Source::Kinesis,
        (None, false) => Source::Synchronous,
        (Some(s), true) if !s.is_stream() => {
            let field = if shards.is_some() {
                "shards"
            } else {
                "parallelization"
            };
            return fail(field, only_stream);
        }
        (Some(s), _) => s,
    };
    if source.is_stream() && shards.is_none() {
        return fail("shards", ErrorKind::Missing);
    }
    if given("architecture") && memory.is_none() {
        return fail(
            "architecture",
            ErrorKind::OnlyWith {
                other: "memory",
                value: "",
            },
        );
    }
    let (account, account_default) = match account {
        Some(a) => (a, false),
        None => (data::ACCOUNT_CONCURRENCY.value, true),
    };
    let max_allocated = account.saturating_sub(data::UNRESERVED_MINIMUM.value);
    if let Some(r) = reserved
        && r > max_allocated
    {
        return fail(
            "reserved",
            ErrorKind::OverAccountLimit {
                n: r,
                account,
                max: max_allocated,
            },
        );
    }
    if let Some(p) = provisioned {
        if let Some(r) = reserved
            && p > r
        {
            return fail(
                "provisioned",
                ErrorKind::ProvisionedOverReserved {
                    provisioned: p,
                    reserved: r,
                },
            );
        }
        if p > max_allocated {
            return fail(
                "provisioned",
                ErrorKind::OverAccountLimit {
                    n: p,
                    account,
                    max: max_allocated,
                },
            );
        }
    }
    let (rps_milli, rate_from_month) = match (rps, monthly) {
        (Some(r), _) => (u128::from(r) * 1000, false),
        (None, Some(m)) => (
            (u128::from(m) * 1000).div_ceil(u128::from(data::SECONDS_PER_MONTH)),
            true,
        ),
        (None, None) => return fail("requests-per-second", ErrorKind::Missing),
    };
    Ok(Plan {
        rps_milli,
        rate_from_month,
        duration_text: v("duration").trim().to_string(),
        duration_ms,
        account,
        account_default,
        reserved,
        provisioned,
        source,
        shards,
        parallelization: parallelization.unwrap_or(1),
        memory: memory.map(|mb| (v("memory").trim().to_string(), mb)),
        arch: arch.unwrap_or(Arch::X86),
        monthly,
    })
}

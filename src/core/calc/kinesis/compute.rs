//! The Kinesis form read into a plan, and the computation: the shards each rule needs, what they
//! give, or the on-demand check, each step recorded.

use super::{Headline, Note, Said, Step, WriteFrom, data};
use crate::core::calc::facts::{self, READ};
use crate::core::calc::fields::{choice, keep, yes_no};
use crate::core::calc::registry::{Inputs, Report, Said as AnySaid, input};
use crate::core::calc::{CalcError, ErrorKind, number};
use serde::Serialize;

/// How the stream's capacity is managed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mode {
    /// Shards chosen and paid for by the hour.
    Provisioned,
    /// Capacity managed by Kinesis, paid by the data.
    OnDemand,
}

/// What a number of shards gives.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Capacity {
    /// Shards.
    pub shards: u64,
    /// MB/s of writes.
    pub write_mb_per_second: u64,
    /// Records/s of writes.
    pub records_per_second: u64,
    /// MB/s of reads: shared by the consumers, or each fan-out consumer's own.
    pub read_mb_per_second: u64,
    /// Whether the reads are each consumer's own (enhanced fan-out).
    pub per_consumer: bool,
    /// Consumers.
    pub consumers: u64,
}

/// The on-demand check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OnDemandResult {
    /// MB/s the stream takes at once.
    pub write_capacity_mb_per_second: f64,
    /// Records/s the stream takes at once.
    pub records_capacity_per_second: u64,
    /// The previous peak, MB/s, or null for a new stream.
    pub previous_peak_mb_per_second: Option<f64>,
    /// Whether the load fits at once.
    pub fits: bool,
    /// MB/s an on-demand stream scales to by default.
    pub max_write_mb_per_second: u64,
}

/// What the calculator returns.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// Provisioned or on-demand.
    pub mode: Mode,
    /// Shards a provisioned stream needs (in on-demand mode, what a provisioned stream would
    /// need; Kinesis manages on-demand shards).
    pub shards: u64,
    /// Shards for the bytes written.
    pub shards_for_write: u64,
    /// Shards for the records written, or null without records per second.
    pub shards_for_records: Option<u64>,
    /// Shards for the reads.
    pub shards_for_reads: u64,
    /// Write rate, MB/s.
    pub write_mb_per_second: f64,
    /// Records per second, or null.
    pub records_per_second: Option<u64>,
    /// Average record size rounded up to whole KB, or null.
    pub record_size_kb: Option<u64>,
    /// Consumers.
    pub consumers: u64,
    /// Enhanced fan-out.
    pub enhanced_fan_out: bool,
    /// Reads out of the stream, MB/s (the write rate times the consumers).
    pub read_mb_per_second: f64,
    /// What the shards give.
    pub capacity: Capacity,
    /// The on-demand check, or null in provisioned mode.
    pub on_demand: Option<OnDemandResult>,
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
            data::SIZING_PAGE,
            (&self.headlines, &self.working, &self.notes),
            (
                |h| AnySaid::Kinesis(Said::Headline(h)),
                |s| AnySaid::Kinesis(Said::Step(s)),
                |n| AnySaid::Kinesis(Said::Note(n)),
            ),
        )
    }
}

struct Plan {
    write: WriteFrom,
    records: Option<u64>,
    consumers: u64,
    fan_out: bool,
    mode: Mode,
    peak_milli: Option<u64>,
}

/// A record size: `35`, `35KB`, `512B`, `1MB` (a KB is 1,024 bytes), rounded up to whole KB as the
/// sizing formula does; at most 1 MB.
fn parse_record_size(field: &'static str, text: &str) -> Result<u64, CalcError> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(t.len());
    let (num, unit) = (&t[..split], t[split..].trim().to_ascii_lowercase());
    let bytes_per_unit: u128 = match unit.as_str() {
        "" | "kb" | "kib" => 1_024,
        "b" | "byte" | "bytes" => 1,
        "mb" | "mib" => 1_024 * 1_024,
        _ => {
            return Err(CalcError::new(
                field,
                ErrorKind::NotANumber {
                    text: t.to_string(),
                },
            ));
        }
    };
    let thousandths = number::parse_fixed(field, num, 3, false)?;
    let bytes = (u128::from(thousandths) * bytes_per_unit).div_ceil(1000);
    let kb = u64::try_from(bytes.div_ceil(1024)).unwrap_or(u64::MAX);
    let max = data::MAX_RECORD_KB.value;
    if kb > max {
        return Err(CalcError::new(
            field,
            ErrorKind::OutOfRange { n: kb, min: 1, max },
        ));
    }
    Ok(kb)
}

fn plan(inputs: &Inputs) -> Result<Plan, Vec<CalcError>> {
    let mut errors = Vec::new();
    let v = |k: &str| input(inputs, k).to_string();
    let given = |k: &str| !input(inputs, k).trim().is_empty();
    let write = given("write-mb-per-second")
        .then(|| {
            keep(
                &mut errors,
                number::parse_fixed("write-mb-per-second", &v("write-mb-per-second"), 3, false),
            )
        })
        .flatten();
    let records = given("records-per-second")
        .then(|| {
            keep(
                &mut errors,
                number::parse_whole("records-per-second", &v("records-per-second"), 1),
            )
        })
        .flatten();
    let size = given("record-size")
        .then(|| {
            keep(
                &mut errors,
                parse_record_size("record-size", &v("record-size")),
            )
        })
        .flatten();
    let consumers = if given("consumers") {
        keep(
            &mut errors,
            number::parse_whole("consumers", &v("consumers"), 0),
        )
    } else {
        Some(1)
    };
    let fan_out = keep(
        &mut errors,
        yes_no("enhanced-fan-out", &v("enhanced-fan-out")),
    );
    let mode = keep(
        &mut errors,
        choice(
            "mode",
            &v("mode"),
            &["provisioned", "on-demand"],
            &[
                ("provisioned", Mode::Provisioned),
                ("p", Mode::Provisioned),
                ("ondemand", Mode::OnDemand),
                ("od", Mode::OnDemand),
            ],
        ),
    );
    let peak = given("previous-peak")
        .then(|| {
            keep(
                &mut errors,
                number::parse_fixed("previous-peak", &v("previous-peak"), 3, false),
            )
        })
        .flatten();
    let (Some(consumers), Some(fan_out), Some(mode)) = (consumers, fan_out, mode) else {
        return Err(errors);
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mode = mode.unwrap_or(Mode::Provisioned);
    let fail = |field: &'static str, kind: ErrorKind| Err(vec![CalcError::new(field, kind)]);
    let write = match (write, size) {
        (Some(_), Some(_)) => {
            return fail(
                "record-size",
                ErrorKind::EitherOr {
                    other: "write-mb-per-second",
                },
            );
        }
        (Some(milli), None) => WriteFrom::Rate { milli },
        (None, Some(kb)) => {
            let Some(records) = records else {
                return fail("records-per-second", ErrorKind::Missing);
            };
            let kb_per_second = records.saturating_mul(kb);
            let milli = u64::try_from((u128::from(kb_per_second) * 1000).div_ceil(1024))
                .unwrap_or(u64::MAX);
            WriteFrom::RecordSize {
                records,
                size_text: v("record-size").trim().to_string(),
                kb,
                kb_per_second,
                milli,
            }
        }
        (None, None) => return fail("write-mb-per-second", ErrorKind::Missing),
    };
    let max = data::FAN_OUT_MAX_CONSUMERS.value;
    if fan_out && consumers > max {
        return fail(
            "consumers",
            ErrorKind::TooManyConsumers { n: consumers, max },
        );
    }
    if peak.is_some() && mode != Mode::OnDemand {
        return fail(
            "previous-peak",
            ErrorKind::OnlyWith {
                other: "mode",
                value: "on-demand",
            },
        );
    }
    Ok(Plan {
        write,
        records,
        consumers,
        fan_out,
        mode,
        peak_milli: peak,
    })
}

/// Computes the outcome from the form, or returns every input error.
///
/// ```
/// use awsdrill::core::calc::{kinesis, Inputs};
/// let inputs: Inputs = [("write-mb-per-second", "5"), ("records-per-second", "3000"), ("consumers", "2")]
///     .map(|(k, v)| (k.to_string(), v.to_string()))
///     .into();
/// assert_eq!(kinesis::evaluate(&inputs).unwrap().shards, 5);
/// ```
pub fn evaluate(inputs: &Inputs) -> Result<Outcome, Vec<CalcError>> {
    let p = plan(inputs)?;
    Ok(compute(&p))
}

fn compute(p: &Plan) -> Outcome {
    let mut w = Vec::new();
    let mut notes = Vec::new();
    let mut headlines = Vec::new();
    let (write_milli, size_kb) = match &p.write {
        WriteFrom::Rate { milli } => (*milli, None),
        WriteFrom::RecordSize { milli, kb, .. } => (*milli, Some(*kb)),
    };
    w.push(Step::Write(p.write.clone()));
    let shard_write = data::SHARD_WRITE_MB.value * 1000;
    let shards_write = write_milli.div_ceil(shard_write).max(1);
    w.push(Step::ShardsForWrite {
        milli: write_milli,
        shards: shards_write,
    });
    let shards_records = p.records.map(|records| {
        let shards = records.div_ceil(data::SHARD_WRITE_RECORDS.value).max(1);
        w.push(Step::ShardsForRecords { records, shards });
        shards
    });
    let read_milli = write_milli.saturating_mul(p.consumers);
    let shards_read = if p.consumers == 0 {
        w.push(Step::NoConsumers);
        0
    } else if p.fan_out {
        let shards = write_milli.div_ceil(data::FAN_OUT_READ_MB.value * 1000);
        w.push(Step::ShardsForFanOut {
            consumers: p.consumers,
            write_milli,
            shards,
        });
        shards
    } else {
        let shards = read_milli.div_ceil(data::SHARD_READ_MB.value * 1000);
        w.push(Step::ShardsForSharedReads {
            consumers: p.consumers,
            write_milli,
            read_milli,
            shards,
        });
        shards
    };
    let shards = shards_write
        .max(shards_records.unwrap_or(0))
        .max(shards_read);
    w.push(Step::Shards {
        write: shards_write,
        records: shards_records,
        read: shards_read,
        shards,
    });
    let read_per_shard = if p.fan_out {
        data::FAN_OUT_READ_MB.value
    } else {
        data::SHARD_READ_MB.value
    };
    let capacity = Capacity {
        shards,
        write_mb_per_second: shards.saturating_mul(data::SHARD_WRITE_MB.value),
        records_per_second: shards.saturating_mul(data::SHARD_WRITE_RECORDS.value),
        read_mb_per_second: shards.saturating_mul(read_per_shard),
        per_consumer: p.fan_out,
        consumers: p.consumers,
    };
    let on_demand = match p.mode {
        Mode::Provisioned => {
            w.push(Step::Capacity(capacity.clone()));
            headlines.push(Headline::Shards {
                shards,
                write: shards_write,
                records: shards_records,
                read: shards_read,
                consumers: p.consumers,
                fan_out: p.fan_out,
            });
            None
        }
        Mode::OnDemand => Some(on_demand(p, write_milli, shards, &mut w, &mut headlines)),
    };
    if !p.fan_out && p.consumers > data::GET_RECORDS_PER_SECOND.value {
        notes.push(Note::SharedPolling {
            consumers: p.consumers,
        });
    }
    if p.mode == Mode::OnDemand {
        notes.push(Note::OnDemandReads);
    }
    notes.push(Note::PartitionKeys);
    let mut urls = vec![data::SIZING_PAGE];
    urls.extend(facts::sources(data::ALL));
    notes.push(Note::Sources { read: READ, urls });
    Outcome {
        mode: p.mode,
        shards,
        shards_for_write: shards_write,
        shards_for_records: shards_records,
        shards_for_reads: shards_read,
        write_mb_per_second: write_milli as f64 / 1000.0,
        records_per_second: p.records,
        record_size_kb: size_kb,
        consumers: p.consumers,
        enhanced_fan_out: p.fan_out,
        read_mb_per_second: read_milli as f64 / 1000.0,
        capacity,
        on_demand,
        headlines,
        working: w,
        notes,
    }
}

fn on_demand(
    p: &Plan,
    write_milli: u64,
    shards: u64,
    w: &mut Vec<Step>,
    headlines: &mut Vec<Headline>,
) -> OnDemandResult {
    let base = data::ON_DEMAND_WRITE_MB.value * 1000;
    let capacity_milli = p
        .peak_milli
        .map_or(base, |peak| {
            peak.saturating_mul(data::ON_DEMAND_PEAK_FACTOR.value)
        })
        .max(base);
    // A shard's 1,000 records for each MB/s: 4 MB/s and 4,000 records/s for a new stream.
    let per_mb = data::SHARD_WRITE_RECORDS.value / data::SHARD_WRITE_MB.value;
    let capacity_records = (capacity_milli / 1000).saturating_mul(per_mb);
    w.push(Step::OnDemandCapacity {
        peak_milli: p.peak_milli,
        capacity_milli,
        records: capacity_records,
    });
    // Read capacity grows with the writes: twice the write capacity (8 MB/s for a new stream),
    // shared by the consumers that poll; fan-out consumers get their own.
    let read_capacity_milli = capacity_milli.saturating_mul(data::SHARD_READ_MB.value);
    let read_milli =
        (!p.fan_out && p.consumers > 0).then(|| write_milli.saturating_mul(p.consumers));
    let fits = write_milli <= capacity_milli
        && p.records.is_none_or(|r| r <= capacity_records)
        && read_milli.is_none_or(|r| r <= read_capacity_milli);
    w.push(Step::OnDemandVerdict {
        write_milli,
        records: p.records,
        capacity_milli,
        capacity_records,
        read_milli,
        read_capacity_milli,
        fits,
    });
    let max = data::ON_DEMAND_MAX_MB.value;
    if write_milli > max * 1000 {
        w.push(Step::OverOnDemandMaximum { write_milli });
    }
    headlines.push(Headline::OnDemand {
        fits,
        capacity_milli,
        shards,
    });
    OnDemandResult {
        write_capacity_mb_per_second: capacity_milli as f64 / 1000.0,
        records_capacity_per_second: capacity_records,
        previous_peak_mb_per_second: p.peak_milli.map(|m| m as f64 / 1000.0),
        fits,
        max_write_mb_per_second: max,
    }
}

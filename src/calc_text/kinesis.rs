//! The Kinesis Data Streams calculator in English: each headline, step and note.

use crate::core::calc::kinesis::{Capacity, Headline, Note, Said, Step, WriteFrom};
use crate::core::calc::number::{fixed, group};

/// Thousandths of MB/s as MB/s: `5`, `102.54`.
fn mb(milli: u64) -> String {
    fixed(u128::from(milli), 3)
}

fn plural(n: u64, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{} {word}s", group(n))
    }
}

fn readers(consumers: u64, fan_out: bool) -> String {
    let kind = if fan_out {
        "enhanced fan-out"
    } else {
        "shared"
    };
    format!(
        "{} {kind} {}",
        group(consumers),
        if consumers == 1 {
            "consumer"
        } else {
            "consumers"
        }
    )
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
        Headline::Shards {
            shards,
            write,
            records,
            read,
            consumers,
            fan_out,
        } => {
            let records = records.map_or_else(String::new, |r| format!(", {r} for records"));
            format!(
                "shards: {} (provisioned): {write} for writes{records}, {read} for reads ({})",
                group(*shards),
                readers(*consumers, *fan_out)
            )
        }
        Headline::OnDemand {
            fits,
            capacity_milli,
            shards,
        } => {
            if *fits {
                format!(
                    "on-demand: the load is taken at once (up to {} MB/s); a provisioned stream needs {}",
                    mb(*capacity_milli),
                    plural(*shards, "shard")
                )
            } else {
                format!(
                    "on-demand: more than the {} MB/s (and twice that of reads) taken at once: throttled while the stream scales; a provisioned stream needs {}",
                    mb(*capacity_milli),
                    plural(*shards, "shard")
                )
            }
        }
    }
}

fn capacity(c: &Capacity) -> String {
    let given = format!(
        "{} take {} MB/s and {} records/s",
        plural(c.shards, "shard"),
        group(c.write_mb_per_second),
        group(c.records_per_second)
    );
    match (c.consumers, c.per_consumer) {
        (0, _) => given,
        (n, true) => format!(
            "{given}, and give each of the {} consumers its own {} MB/s",
            group(n),
            group(c.read_mb_per_second)
        ),
        (n, false) => format!(
            "{given}, and give {} MB/s shared by {} ({} MB/s each)",
            group(c.read_mb_per_second),
            plural(n, "consumer"),
            fixed(u128::from(c.read_mb_per_second) * 1000 / u128::from(n), 3)
        ),
    }
}

/// A step of the working.
pub fn step(s: &Step) -> String {
    match s {
        Step::Write(WriteFrom::Rate { milli }) => format!("writes: {} MB/s", mb(*milli)),
        Step::Write(WriteFrom::RecordSize {
            records,
            size_text,
            kb,
            kb_per_second,
            milli,
        }) => {
            let exact = if (u128::from(*kb_per_second) * 1000).is_multiple_of(1024) {
                ""
            } else {
                ", rounded up"
            };
            format!(
                "writes: {} records/s x {} KB ({size_text} rounded up to whole KB) = {} KB/s / 1,024 = {} MB/s{exact}",
                group(*records),
                group(*kb),
                group(*kb_per_second),
                mb(*milli)
            )
        }
        Step::ShardsForWrite { milli, shards } => format!(
            "writes: a shard takes 1 MB/s: ceil({} MB/s / 1 MB/s) = {}",
            mb(*milli),
            plural(*shards, "shard")
        ),
        Step::ShardsForRecords { records, shards } => format!(
            "records: a shard takes 1,000 records/s: ceil({} / 1,000) = {}",
            group(*records),
            plural(*shards, "shard")
        ),
        Step::ShardsForSharedReads {
            consumers,
            write_milli,
            read_milli,
            shards,
        } => format!(
            "shared reads: {} x {} MB/s = {} MB/s out; a shard gives 2 MB/s shared by its consumers: ceil({} / 2) = {}",
            plural(*consumers, "consumer"),
            mb(*write_milli),
            mb(*read_milli),
            mb(*read_milli),
            plural(*shards, "shard")
        ),
        Step::ShardsForFanOut {
            consumers,
            write_milli,
            shards,
        } => format!(
            "enhanced fan-out: each of the {} consumers gets its own 2 MB/s per shard: ceil({} MB/s / 2 MB/s) = {}",
            group(*consumers),
            mb(*write_milli),
            plural(*shards, "shard")
        ),
        Step::NoConsumers => "no consumers: the reads need no shards".into(),
        Step::Shards {
            write,
            records,
            read,
            shards,
        } => {
            let records = records.map_or_else(String::new, |r| format!(", records {r}"));
            format!(
                "shards = the largest of writes {write}{records}, reads {read} = {}",
                group(*shards)
            )
        }
        Step::Capacity(c) => capacity(c),
        Step::OnDemandCapacity {
            peak_milli,
            capacity_milli,
            records,
        } => match peak_milli {
            None => format!(
                "on-demand: a new stream takes {} MB/s and {} records/s at once",
                mb(*capacity_milli),
                group(*records)
            ),
            Some(peak) => format!(
                "on-demand: up to double the previous peak at once: 2 x {} MB/s = {} MB/s ({} records/s; 4 MB/s at the least)",
                mb(*peak),
                mb(*capacity_milli),
                group(*records)
            ),
        },
        Step::OnDemandVerdict {
            write_milli,
            records,
            capacity_milli,
            capacity_records,
            read_milli,
            read_capacity_milli,
            fits,
        } => {
            let records = records.map_or_else(String::new, |r| {
                format!(", {} records/s (of {})", group(r), group(*capacity_records))
            });
            let reads = read_milli.map_or_else(String::new, |r| {
                format!(
                    ", {} MB/s of shared reads (of {})",
                    mb(r),
                    mb(*read_capacity_milli)
                )
            });
            let load = format!(
                "writes {} MB/s (of {}){records}{reads}",
                mb(*write_milli),
                mb(*capacity_milli)
            );
            if *fits {
                format!("{load}: taken at once")
            } else {
                format!(
                    "{load}: more than the stream takes at once; the excess is throttled (ProvisionedThroughputExceeded) while it scales, so retry it"
                )
            }
        }
        Step::OverOnDemandMaximum { write_milli } => format!(
            "{} MB/s is over the 200 MB/s an on-demand stream scales to by default (10 GB/s in us-east-1, us-west-2 and eu-west-1); ask for an increase",
            mb(*write_milli)
        ),
    }
}

/// A note.
pub fn note(n: &Note) -> String {
    match n {
        Note::SharedPolling { consumers } => format!(
            "a shard serves 5 GetRecords calls a second shared by its consumers: {} consumers each poll it less than once a second; enhanced fan-out gives each its own 2 MB/s",
            group(*consumers)
        ),
        Note::PartitionKeys => "the count assumes partition keys that spread the records evenly; a hot key exceeds its shard's limits".into(),
        Note::OnDemandReads => "an on-demand stream's read capacity grows with its writes (8 MB/s for a new stream); enhanced fan-out consumers get their own".into(),
        Note::Sources { read, urls } => format!("sources (read {read}): {}", urls.join(", ")),
    }
}

/// The words of the calculator's form fields.
pub fn field_text(key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "write-mb-per-second" => ("Write MB/s", "MB written per second"),
        "records-per-second" => ("Records/s", "records written per second"),
        "record-size" => ("Record size", "average record: 35KB (not with MB/s)"),
        "consumers" => ("Consumers", "applications reading the stream (1)"),
        "enhanced-fan-out" => ("Fan-out", "enhanced fan-out: yes or no"),
        "mode" => ("Mode", "provisioned or on-demand"),
        "previous-peak" => ("Prev. peak", "on-demand: previous peak MB/s"),
        _ => return None,
    };
    Some(super::FieldText { label, hint })
}

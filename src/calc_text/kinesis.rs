//! The Kinesis Data Streams calculator's words: each headline, step and note, in the language
//! asked for (the sentences are in `assets/i18n/<lang>/calc-kinesis.ftl`; the numbers are
//! formatted here, once, so both languages show the same ones).

use crate::core::calc::kinesis::{Capacity, Headline, Note, Said, Step, WriteFrom};
use crate::core::calc::number::{fixed, group};
use crate::core::config::Lang;
use crate::i18n::tr;

/// Thousandths of MB/s as MB/s: `5`, `102.54`.
fn mb(milli: u64) -> String {
    fixed(u128::from(milli), 3)
}

/// `n` shards (`3 shards`, `샤드 3개`).
fn shards(lang: Lang, n: u64) -> String {
    tr!(lang, "calc-kinesis-shards", n = n, count = group(n))
}

/// `n` consumers (`2 consumers`, `소비자 2명`).
fn consumers(lang: Lang, n: u64) -> String {
    tr!(lang, "calc-kinesis-consumers", n = n, count = group(n))
}

fn readers(lang: Lang, consumers: u64, fan_out: bool) -> String {
    let key = if fan_out {
        "calc-kinesis-readers-fan-out"
    } else {
        "calc-kinesis-readers-shared"
    };
    tr!(lang, key, n = consumers, count = group(consumers))
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
        Headline::Shards {
            shards,
            write,
            records,
            read,
            consumers,
            fan_out,
        } => {
            let records = records.map_or_else(String::new, |r| {
                tr!(
                    lang,
                    "calc-kinesis-headline-records",
                    records = r.to_string()
                )
            });
            tr!(
                lang,
                "calc-kinesis-headline-shards",
                shards = group(*shards),
                write = write.to_string(),
                records = records,
                read = read.to_string(),
                readers = readers(lang, *consumers, *fan_out)
            )
        }
        Headline::OnDemand {
            fits,
            capacity_milli,
            shards: n,
        } => tr!(
            lang,
            if *fits {
                "calc-kinesis-headline-on-demand-fits"
            } else {
                "calc-kinesis-headline-on-demand-over"
            },
            capacity = mb(*capacity_milli),
            shards = shards(lang, *n)
        ),
    }
}

fn capacity(lang: Lang, c: &Capacity) -> String {
    let given = |key: &str| {
        tr!(
            lang,
            key,
            shards = shards(lang, c.shards),
            write = group(c.write_mb_per_second),
            records = group(c.records_per_second),
            consumers = group(c.consumers),
            consumers_counted = consumers(lang, c.consumers),
            read = group(c.read_mb_per_second),
            each = if c.consumers == 0 {
                String::new()
            } else {
                fixed(
                    u128::from(c.read_mb_per_second) * 1000 / u128::from(c.consumers),
                    3,
                )
            }
        )
    };
    match (c.consumers, c.per_consumer) {
        (0, _) => given("calc-kinesis-capacity"),
        (_, true) => given("calc-kinesis-capacity-fan-out"),
        (_, false) => given("calc-kinesis-capacity-shared"),
    }
}

/// A step of the working.
pub fn step(lang: Lang, s: &Step) -> String {
    match s {
        Step::Write(WriteFrom::Rate { milli }) => {
            tr!(lang, "calc-kinesis-write-rate", mb = mb(*milli))
        }
        Step::Write(WriteFrom::RecordSize {
            records,
            size_text,
            kb,
            kb_per_second,
            milli,
        }) => {
            let exact = if (u128::from(*kb_per_second) * 1000).is_multiple_of(1024) {
                String::new()
            } else {
                tr!(lang, "calc-kinesis-rounded-up")
            };
            tr!(
                lang,
                "calc-kinesis-write-record-size",
                records = group(*records),
                kb = group(*kb),
                size = size_text.as_str(),
                kb_per_second = group(*kb_per_second),
                mb = mb(*milli),
                exact = exact
            )
        }
        Step::ShardsForWrite { milli, shards: n } => tr!(
            lang,
            "calc-kinesis-shards-for-write",
            mb = mb(*milli),
            shards = shards(lang, *n)
        ),
        Step::ShardsForRecords { records, shards: n } => tr!(
            lang,
            "calc-kinesis-shards-for-records",
            records = group(*records),
            shards = shards(lang, *n)
        ),
        Step::ShardsForSharedReads {
            consumers: c,
            write_milli,
            read_milli,
            shards: n,
        } => tr!(
            lang,
            "calc-kinesis-shards-for-shared-reads",
            consumers = consumers(lang, *c),
            write = mb(*write_milli),
            read = mb(*read_milli),
            shards = shards(lang, *n)
        ),
        Step::ShardsForFanOut {
            consumers: c,
            write_milli,
            shards: n,
        } => tr!(
            lang,
            "calc-kinesis-shards-for-fan-out",
            consumers = group(*c),
            write = mb(*write_milli),
            shards = shards(lang, *n)
        ),
        Step::NoConsumers => tr!(lang, "calc-kinesis-no-consumers"),
        Step::Shards {
            write,
            records,
            read,
            shards: n,
        } => {
            let records = records.map_or_else(String::new, |r| {
                tr!(lang, "calc-kinesis-step-records", records = r.to_string())
            });
            tr!(
                lang,
                "calc-kinesis-shards-largest",
                write = write.to_string(),
                records = records,
                read = read.to_string(),
                shards = group(*n)
            )
        }
        Step::Capacity(c) => capacity(lang, c),
        Step::OnDemandCapacity {
            peak_milli,
            capacity_milli,
            records,
        } => match peak_milli {
            None => tr!(
                lang,
                "calc-kinesis-on-demand-new",
                capacity = mb(*capacity_milli),
                records = group(*records)
            ),
            Some(peak) => tr!(
                lang,
                "calc-kinesis-on-demand-peak",
                peak = mb(*peak),
                capacity = mb(*capacity_milli),
                records = group(*records)
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
                tr!(
                    lang,
                    "calc-kinesis-load-records",
                    records = group(r),
                    capacity = group(*capacity_records)
                )
            });
            let reads = read_milli.map_or_else(String::new, |r| {
                tr!(
                    lang,
                    "calc-kinesis-load-reads",
                    read = mb(r),
                    capacity = mb(*read_capacity_milli)
                )
            });
            let load = tr!(
                lang,
                "calc-kinesis-load",
                write = mb(*write_milli),
                capacity = mb(*capacity_milli),
                records = records,
                reads = reads
            );
            tr!(
                lang,
                if *fits {
                    "calc-kinesis-load-fits"
                } else {
                    "calc-kinesis-load-over"
                },
                load = load
            )
        }
        Step::OverOnDemandMaximum { write_milli } => tr!(
            lang,
            "calc-kinesis-over-on-demand-maximum",
            write = mb(*write_milli)
        ),
    }
}

/// A note.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::SharedPolling { consumers } => tr!(
            lang,
            "calc-kinesis-note-shared-polling",
            consumers = group(*consumers)
        ),
        Note::PartitionKeys => tr!(lang, "calc-kinesis-note-partition-keys"),
        Note::OnDemandReads => tr!(lang, "calc-kinesis-note-on-demand-reads"),
        Note::Sources { read, urls } => tr!(
            lang,
            "calc-kinesis-note-sources",
            read = *read,
            urls = urls.join(", ")
        ),
    }
}

/// The catalog keys of each form field's label and hint: `calc-kinesis-field-<field key>`.
const FIELDS: &[(&str, &str)] = &[
    (
        "calc-kinesis-field-write-mb-per-second",
        "calc-kinesis-hint-write-mb-per-second",
    ),
    (
        "calc-kinesis-field-records-per-second",
        "calc-kinesis-hint-records-per-second",
    ),
    (
        "calc-kinesis-field-record-size",
        "calc-kinesis-hint-record-size",
    ),
    (
        "calc-kinesis-field-consumers",
        "calc-kinesis-hint-consumers",
    ),
    (
        "calc-kinesis-field-enhanced-fan-out",
        "calc-kinesis-hint-enhanced-fan-out",
    ),
    ("calc-kinesis-field-mode", "calc-kinesis-hint-mode"),
    (
        "calc-kinesis-field-previous-peak",
        "calc-kinesis-hint-previous-peak",
    ),
];

/// The words of the calculator's form fields.
pub fn field_text(lang: Lang, key: &str) -> Option<super::FieldText> {
    FIELDS
        .iter()
        .find(|(label, _)| label.strip_prefix("calc-kinesis-field-") == Some(key))
        .map(|(label, hint)| super::FieldText {
            label: tr!(lang, label),
            hint: tr!(lang, hint),
        })
}

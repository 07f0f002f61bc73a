//! Input errors in English.

use crate::core::calc::dynamodb::Operation;
use crate::core::calc::number::group;
use crate::core::calc::{CalcError, ErrorKind, Twice, shown};

const HOW_SIZE: &str = "write a size such as 6.5KB, 4097B or 2KiB";
const HOW_BUILD: &str =
    "describe the instance with commas, such as: memory optimized, graviton, nvme, 2xlarge";

/// What a whole-number field asks for.
fn wanted(field: &str) -> &'static str {
    match field {
        "reads" => "reads per second",
        "writes" => "writes per second",
        "regions" => "the number of Regions with a replica",
        "rcu" => "the provisioned RCU",
        "wcu" => "the provisioned WCU",
        _ => "a whole number",
    }
}

/// `field: message`.
pub fn error_line(e: &CalcError) -> String {
    format!("{}: {}", e.field, message(e))
}

/// The message of an error, without its field: what is wrong and how to write it instead.
pub fn message(e: &CalcError) -> String {
    kind(e.field, &e.kind)
}

fn kind(field: &str, k: &ErrorKind) -> String {
    use ErrorKind as K;
    match k {
        K::Missing => format!("missing; give {}", wanted(field)),
        K::Negative { text } => format!("`{}` is negative; give {}", shown(text), wanted(field)),
        K::NotAWholeNumber { text } => {
            format!("`{}` is not a whole number; give {}", shown(text), wanted(field))
        }
        K::NumberTooLarge { text } => format!("`{}` is too large to compute with", shown(text)),
        K::TooSmall { n, min } => {
            format!("{n} is too small; give {} (at least {min})", wanted(field))
        }
        K::SizeMissing => format!("missing; {HOW_SIZE}"),
        K::SizeNegative { text } => {
            format!("`{}` is negative; an item is at least 1 byte", shown(text))
        }
        K::NoNumber { text } => format!("`{}` does not start with a number; {HOW_SIZE}", shown(text)),
        K::TooManyDigits { text } => format!("`{}` has too many digits", shown(text)),
        K::NoUnit { text } => format!(
            "`{}` has no unit; write B, KB or KiB (for example 6.5KB)",
            shown(text)
        ),
        K::UnknownUnit { unit, text } => format!(
            "unknown unit `{}` in `{}`; use B, KB (1,024 bytes), KiB, MB or MiB",
            shown(unit),
            shown(text)
        ),
        K::ZeroSize { text } => format!("`{}` is zero; an item is at least 1 byte", shown(text)),
        K::FractionalBytes { text } => {
            format!("`{}`: a count of bytes is a whole number", shown(text))
        }
        K::OverItemLimit { text, bytes } => format!(
            "{} ({} bytes) is over DynamoDB's 400 KB item limit (409,600 bytes)",
            shown(text),
            bytes.map_or_else(|| "too many".into(), group)
        ),
        K::ListMissing => {
            "missing; give sizes separated by commas, such as 1.5KB,6.5KB or 1500x64B".into()
        }
        K::EmptyEntry { entry } => {
            format!("entry {entry} is empty; separate sizes with single commas")
        }
        K::ZeroCount { entry, text } => {
            format!("entry {entry} (`{}`) repeats an item 0 times", shown(text))
        }
        K::CountTooLarge { entry, text } => {
            format!("entry {entry} (`{}`) has a count that is too large", shown(text))
        }
        K::InEntry { entry, kind: inner } => format!("entry {entry}: {}", kind(field, inner)),
        K::UnknownMode { text } => format!(
            "unknown mode `{}`; use provisioned or on-demand",
            shown(text)
        ),
        K::UnknownConsistency { text } => format!(
            "unknown consistency `{}`; use eventual, strong or transactional",
            shown(text)
        ),
        K::UnknownOperation { text } => format!(
            "unknown operation `{}`; use one of {}",
            shown(text),
            Operation::ALL.map(Operation::cli_name).join(", ")
        ),
        K::SizeAndList => {
            "give either --item-size (one item) or --items (a list), not both".into()
        }
        K::RatesAndCapacity => "give rates (--reads/--writes) to get units, or capacity (--rcu/--wcu) to get rates, not both".into(),
        K::ReverseOnDemand => "reverse mode is for provisioned capacity; on-demand tables have no RCU/WCU to provision".into(),
        K::OnlyReads { op } => format!("{} only reads; give --reads (or --rcu)", op.cli_name()),
        K::OnlyWrites { op } => format!("{} only writes; give --writes (or --wcu)", op.cli_name()),
        K::AlwaysTransactional { asked } => format!(
            "TransactGetItems reads are always transactional, not {}",
            super::dynamodb::consistency_words(*asked)
        ),
        K::NotTransactional { op } => format!(
            "{} cannot be transactional; only TransactGetItems reads are",
            op.api_name()
        ),
        K::BatchWriteNotTransactional => {
            "BatchWriteItem cannot be transactional; use transact-write-items".into()
        }
        K::TooManyGsis { n } => {
            format!("{n} indexes given; a table has at most 20 GSIs by default")
        }
        K::OneItem { op, count } => {
            let other = if op.reads() {
                "batch-get-item or query"
            } else {
                "batch-write-item"
            };
            format!(
                "{} touches one item, but {} were given; give one size, or use --operation {other}",
                op.api_name(),
                group(*count)
            )
        }
        K::TooManyItems { op, max, count } => format!(
            "{} takes at most {max} items per request, but {} were given",
            op.api_name(),
            group(*count)
        ),
        K::TooManyBytes { op, bytes } => {
            let limit = match op {
                Operation::TransactGetItems | Operation::TransactWriteItems => "4 MB",
                _ => "16 MB",
            };
            format!(
                "{} takes at most {limit} per request, but the items add up to {} bytes",
                op.api_name(),
                group(*bytes)
            )
        }
        K::PreviousSizeNotApplicable => {
            "only PutItem and UpdateItem count the item's size before the write".into()
        }
        K::GsiWithoutWrites => {
            "GSI writes come from table writes; give --writes or a write operation".into()
        }
        K::TooLarge => "the numbers are too large to compute with".into(),
        K::EmptyFlag => "empty; write a value, or leave the flag out".into(),
        K::NameMissing => "missing; give an instance type such as m7gd.2xlarge".into(),
        K::NamesMissing => "missing; give instance type names (m7gd.2xlarge) or --build \"memory, graviton, nvme, 2xlarge\"".into(),
        K::NameTooLong { name } => {
            format!("`{}` is too long for an instance type name", shown(name))
        }
        K::BadCharacter { name, c } => format!(
            "`{}` has `{}`; instance type names have letters, digits, `.` and `-`",
            shown(name),
            shown(&c.to_string())
        ),
        K::RequirementMissing => format!("missing; {HOW_BUILD}"),
        K::TwoGiven {
            what,
            first,
            second,
        } => {
            let what = match what {
                Twice::Categories => "categories",
                Twice::Sizes => "sizes",
                Twice::Processors => "processors",
            };
            format!(
                "two {what} given (`{}` and `{}`); give one",
                shown(first),
                shown(second)
            )
        }
        K::UnknownWord { word } => format!(
            "`{}` is not a category, processor, capability or size; {HOW_BUILD}",
            shown(word)
        ),
    }
}

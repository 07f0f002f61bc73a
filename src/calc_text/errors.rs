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
        "requests-per-second" => "requests per second",
        "requests-per-month" => "requests per month",
        "duration" => "the average duration, such as 500ms or 0.5s",
        "account-limit" => "the account concurrency limit",
        "reserved" => "the reserved concurrency",
        "provisioned" => "the provisioned concurrency",
        "shards" => "the number of shards",
        "parallelization" => "the parallelization factor (1 to 10)",
        "records-per-second" => "records per second",
        "write-mb-per-second" => "the write rate in MB per second",
        "record-size" => "the average record size in KB",
        "consumers" => "the number of consumers",
        "previous-peak" => "the previous peak write rate in MB per second",
        "rate" => "requests (or messages) per second",
        "batch" => "messages per batch (1 to 10)",
        "prefixes" => "the number of prefixes",
        _ => "a number",
    }
}

/// `a, b or c`.
fn one_of(choices: &[&str]) -> String {
    match choices {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// Where an error is shown, which decides how it names another input: a flag on the command line
/// (`--reads`), a field's label on the Calculators screen (`the Reads/s field`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Front {
    /// `awsdrill calc ...`: inputs are flags.
    Cli,
    /// The Calculators screen: inputs are the form's fields.
    Form,
}

impl Front {
    /// How this front names the input `key` of the DynamoDB or EC2 calculator.
    fn name(self, key: &str) -> String {
        match self {
            Front::Cli => format!("--{key}"),
            Front::Form => format!("the {} field", super::any_label(key).unwrap_or(key)),
        }
    }
}

/// `field: message`, as the command line says it.
pub fn error_line(e: &CalcError) -> String {
    format!("{}: {}", e.field, message(e))
}

/// The message of an error, without its field: what is wrong and how to write it instead, naming
/// other inputs as flags.
pub fn message(e: &CalcError) -> String {
    kind(e.field, &e.kind, Front::Cli)
}

/// `Label: message`, as the Calculators screen says it (other inputs named by their labels).
pub fn form_error_line(e: &CalcError) -> String {
    let label = super::any_label(e.field).unwrap_or(e.field);
    format!("{label}: {}", form_message(e))
}

/// The message of an error as the Calculators screen says it.
pub fn form_message(e: &CalcError) -> String {
    kind(e.field, &e.kind, Front::Form)
}

fn kind(field: &str, k: &ErrorKind, front: Front) -> String {
    let n = |key: &str| front.name(key);
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
        K::InEntry { entry, kind: inner } => format!("entry {entry}: {}", kind(field, inner, front)),
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
        K::SizeAndList => format!(
            "give either {} (one item) or {} (a list), not both",
            n("item-size"),
            n("items")
        ),
        K::RatesAndCapacity => format!(
            "give rates ({} or {}) to get units, or capacity ({} or {}) to get rates, not both",
            n("reads"),
            n("writes"),
            n("rcu"),
            n("wcu")
        ),
        K::ReverseOnDemand => "reverse mode is for provisioned capacity; on-demand tables have no RCU/WCU to provision".into(),
        K::OnlyReads { op } => format!(
            "{} only reads; give {} (or {})",
            op.cli_name(),
            n("reads"),
            n("rcu")
        ),
        K::OnlyWrites { op } => format!(
            "{} only writes; give {} (or {})",
            op.cli_name(),
            n("writes"),
            n("wcu")
        ),
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
                "{} touches one item, but {} were given; give one size, or set {} to {other}",
                op.api_name(),
                group(*count),
                n("operation")
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
        K::GsiWithoutWrites => format!(
            "GSI writes come from table writes; give {} or a write operation",
            n("writes")
        ),
        K::TooLarge => "the numbers are too large to compute with".into(),
        K::EmptyFlag => "empty; write a value, or leave the flag out".into(),
        K::NameMissing => "missing; give an instance type such as m7gd.2xlarge".into(),
        K::NamesMissing => format!(
            "missing; give instance type names (m7gd.2xlarge) or {} \"memory, graviton, nvme, 2xlarge\"",
            n("build")
        ),
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
                Twice::Accelerators => "kinds of accelerator",
                Twice::Architectures => "instruction sets",
                Twice::MemoryMinimums => "memory minimums",
                Twice::VcpuMinimums => "vCPU minimums",
            };
            format!(
                "two {what} given (`{}` and `{}`); give one",
                shown(first),
                shown(second)
            )
        }
        K::UnknownWord { word } => format!(
            "`{}` is not a category, processor, capability, size or hardware (gpu, arm, at least 16 GiB); {HOW_BUILD}",
            shown(word)
        ),
        K::BadMinimum { word } => format!(
            "`{}` needs a number and a unit: at least 16 GiB, or at least 8 vCPUs",
            shown(word)
        ),
        K::NotANumber { text } => format!("`{}` is not a number; give {}", shown(text), wanted(field)),
        K::TooPrecise { text, decimals } => format!(
            "`{}` has more than {decimals} digit{} after the point",
            shown(text),
            if *decimals == 1 { "" } else { "s" }
        ),
        K::NotPositive { text } => {
            format!("`{}` is zero; give {} (more than zero)", shown(text), wanted(field))
        }
        K::OutOfRange { n, min, max } => format!(
            "{} is out of range; give {} from {} to {}",
            group(*n),
            wanted(field),
            group(*min),
            group(*max)
        ),
        K::UnknownChoice { text, choices } => format!(
            "unknown value `{}`; use {}",
            shown(text),
            one_of(choices)
        ),
        K::BadDuration { text } => format!(
            "`{}` is not a duration in whole milliseconds; write 500ms, 0.5s or 2s",
            shown(text)
        ),
        K::DurationOverTimeout { text, ms } => format!(
            "`{}` ({} ms) is over Lambda's longest timeout, 900 s (15 minutes)",
            shown(text),
            group(*ms)
        ),
        K::BadMemory { text } => format!(
            "`{}` is not a memory size in whole MB; write 1536MB or 1.5GB (128MB to 10,240MB)",
            shown(text)
        ),
        K::BadLimit { text } => format!(
            "`{}` is not a limit; write requests per second and burst as RATE/BURST, such as 1000/500",
            shown(text)
        ),
        K::BadPatternEntry { entry, text } => format!(
            "entry {entry} (`{}`) is not COUNT@TIME; write 5000@0ms for a burst at one millisecond or 5000@1-999ms for requests spread evenly",
            shown(text)
        ),
        K::PatternTooLong { ms, max } => format!(
            "the pattern goes on to {} ms; follow at most {} ms",
            group(*ms),
            group(*max)
        ),
        K::EitherOr { other } => format!("give either this or {}, not both", n(other)),
        K::OnlyWith { other, value } => {
            if value.is_empty() {
                format!("applies only when {} is given", n(other))
            } else {
                format!("applies only when {} is {value}", n(other))
            }
        }
        K::OverAccountLimit { n: asked, account, max } => format!(
            "{} is more than a function may have: the account's {} less the 100 always left unreserved = {}",
            group(*asked),
            group(*account),
            group(*max)
        ),
        K::ProvisionedOverReserved {
            provisioned,
            reserved,
        } => format!(
            "{} is more than the reserved concurrency ({}); provisioned concurrency cannot exceed it",
            group(*provisioned),
            group(*reserved)
        ),
        K::TooManyConsumers { n: count, max } => format!(
            "{} enhanced fan-out consumers; a stream registers at most {}",
            group(*count),
            group(*max)
        ),
        K::BadRegion { text } => format!(
            "`{}` is not a Region code; write one such as us-east-1 or eu-west-2",
            shown(text)
        ),
    }
}

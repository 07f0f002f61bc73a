//! Input errors in words, in the language asked for (`assets/i18n/*/calc.ftl`).

use crate::core::calc::dynamodb::Operation;
use crate::core::calc::number::group;
use crate::core::calc::{CalcError, ErrorKind, Twice, shown};
use crate::core::config::Lang;
use crate::i18n::tr;

/// What a whole-number field asks for.
fn wanted(lang: Lang, field: &str) -> String {
    let key = match field {
        "reads" => "calc-wanted-reads",
        "writes" => "calc-wanted-writes",
        "regions" => "calc-wanted-regions",
        "rcu" => "calc-wanted-rcu",
        "wcu" => "calc-wanted-wcu",
        "requests-per-second" => "calc-wanted-requests-per-second",
        "requests-per-month" => "calc-wanted-requests-per-month",
        "duration" => "calc-wanted-duration",
        "account-limit" => "calc-wanted-account-limit",
        "reserved" => "calc-wanted-reserved",
        "provisioned" => "calc-wanted-provisioned",
        "shards" => "calc-wanted-shards",
        "parallelization" => "calc-wanted-parallelization",
        "records-per-second" => "calc-wanted-records-per-second",
        "write-mb-per-second" => "calc-wanted-write-mb-per-second",
        "record-size" => "calc-wanted-record-size",
        "consumers" => "calc-wanted-consumers",
        "previous-peak" => "calc-wanted-previous-peak",
        "rate" => "calc-wanted-rate",
        "batch" => "calc-wanted-batch",
        "prefixes" => "calc-wanted-prefixes",
        _ => "calc-wanted-number",
    };
    tr!(lang, key)
}

/// `a, b or c`.
fn one_of(lang: Lang, choices: &[&str]) -> String {
    match choices {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => tr!(lang, "calc-error-or", rest = rest.join(", "), last = *last),
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
    fn name(self, lang: Lang, key: &str) -> String {
        match self {
            Front::Cli => format!("--{key}"),
            Front::Form => {
                let label = super::any_label(lang, key).unwrap_or_else(|| key.to_string());
                tr!(lang, "calc-the-field", label = label)
            }
        }
    }
}

/// `field: message`, as the command line says it.
pub fn error_line(lang: Lang, e: &CalcError) -> String {
    format!("{}: {}", e.field, message(lang, e))
}

/// The message of an error, without its field: what is wrong and how to write it instead, naming
/// other inputs as flags.
pub fn message(lang: Lang, e: &CalcError) -> String {
    kind(lang, e.field, &e.kind, Front::Cli)
}

/// `Label: message`, as the Calculators screen says it (other inputs named by their labels).
pub fn form_error_line(lang: Lang, e: &CalcError) -> String {
    let label = super::any_label(lang, e.field).unwrap_or_else(|| e.field.to_string());
    format!("{label}: {}", form_message(lang, e))
}

/// The message of an error as the Calculators screen says it.
pub fn form_message(lang: Lang, e: &CalcError) -> String {
    kind(lang, e.field, &e.kind, Front::Form)
}

/// `yes` or `no`, for a message that chooses between two wordings.
fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn kind(lang: Lang, field: &str, k: &ErrorKind, front: Front) -> String {
    let n = |key: &str| front.name(lang, key);
    let w = || wanted(lang, field);
    let how_size = || tr!(lang, "calc-error-how-size");
    let how_build = || tr!(lang, "calc-error-how-build");
    use ErrorKind as K;
    match k {
        K::Missing => tr!(lang, "calc-error-missing", wanted = w()),
        K::Negative { text } => tr!(
            lang,
            "calc-error-negative",
            text = shown(text),
            wanted = w()
        ),
        K::NotAWholeNumber { text } => {
            tr!(
                lang,
                "calc-error-not-whole",
                text = shown(text),
                wanted = w()
            )
        }
        K::NumberTooLarge { text } => tr!(lang, "calc-error-number-too-large", text = shown(text)),
        K::TooSmall { n, min } => tr!(
            lang,
            "calc-error-too-small",
            n = n.to_string(),
            wanted = w(),
            min = min.to_string()
        ),
        K::SizeMissing => tr!(lang, "calc-error-size-missing", how = how_size()),
        K::SizeNegative { text } => tr!(lang, "calc-error-size-negative", text = shown(text)),
        K::NoNumber { text } => {
            tr!(
                lang,
                "calc-error-no-number",
                text = shown(text),
                how = how_size()
            )
        }
        K::TooManyDigits { text } => tr!(lang, "calc-error-too-many-digits", text = shown(text)),
        K::NoUnit { text } => tr!(lang, "calc-error-no-unit", text = shown(text)),
        K::UnknownUnit { unit, text } => tr!(
            lang,
            "calc-error-unknown-unit",
            unit = shown(unit),
            text = shown(text)
        ),
        K::ZeroSize { text } => tr!(lang, "calc-error-zero-size", text = shown(text)),
        K::FractionalBytes { text } => {
            tr!(lang, "calc-error-fractional-bytes", text = shown(text))
        }
        K::OverItemLimit { text, bytes } => match bytes {
            Some(b) => tr!(
                lang,
                "calc-error-over-item-limit",
                text = shown(text),
                bytes = group(*b)
            ),
            None => tr!(lang, "calc-error-over-item-limit-huge", text = shown(text)),
        },
        K::ListMissing => tr!(lang, "calc-error-list-missing"),
        K::EmptyEntry { entry } => tr!(lang, "calc-error-empty-entry", entry = entry.to_string()),
        K::ZeroCount { entry, text } => tr!(
            lang,
            "calc-error-zero-count",
            entry = entry.to_string(),
            text = shown(text)
        ),
        K::CountTooLarge { entry, text } => tr!(
            lang,
            "calc-error-count-too-large",
            entry = entry.to_string(),
            text = shown(text)
        ),
        K::InEntry { entry, kind: inner } => tr!(
            lang,
            "calc-error-in-entry",
            entry = entry.to_string(),
            message = kind(lang, field, inner, front)
        ),
        K::UnknownMode { text } => tr!(lang, "calc-error-unknown-mode", text = shown(text)),
        K::UnknownConsistency { text } => {
            tr!(lang, "calc-error-unknown-consistency", text = shown(text))
        }
        K::UnknownOperation { text } => tr!(
            lang,
            "calc-error-unknown-operation",
            text = shown(text),
            ops = Operation::ALL.map(Operation::cli_name).join(", ")
        ),
        K::SizeAndList => tr!(
            lang,
            "calc-error-size-and-list",
            size = n("item-size"),
            list = n("items")
        ),
        K::RatesAndCapacity => tr!(
            lang,
            "calc-error-rates-and-capacity",
            reads = n("reads"),
            writes = n("writes"),
            rcu = n("rcu"),
            wcu = n("wcu")
        ),
        K::ReverseOnDemand => tr!(lang, "calc-error-reverse-on-demand"),
        K::OnlyReads { op } => tr!(
            lang,
            "calc-error-only-reads",
            op = op.cli_name(),
            reads = n("reads"),
            rcu = n("rcu")
        ),
        K::OnlyWrites { op } => tr!(
            lang,
            "calc-error-only-writes",
            op = op.cli_name(),
            writes = n("writes"),
            wcu = n("wcu")
        ),
        K::AlwaysTransactional { asked } => tr!(
            lang,
            "calc-error-always-transactional",
            asked = super::dynamodb::consistency_words(lang, *asked)
        ),
        K::NotTransactional { op } => {
            tr!(lang, "calc-error-not-transactional", op = op.api_name())
        }
        K::BatchWriteNotTransactional => tr!(lang, "calc-error-batch-write-not-transactional"),
        K::TooManyGsis { n } => tr!(lang, "calc-error-too-many-gsis", n = n.to_string()),
        K::OneItem { op, count } => tr!(
            lang,
            "calc-error-one-item",
            op = op.api_name(),
            count = group(*count),
            operation = n("operation"),
            reads = yes(op.reads())
        ),
        K::TooManyItems { op, max, count } => tr!(
            lang,
            "calc-error-too-many-items",
            op = op.api_name(),
            max = max.to_string(),
            count = group(*count)
        ),
        K::TooManyBytes { op, bytes } => tr!(
            lang,
            "calc-error-too-many-bytes",
            op = op.api_name(),
            transaction = yes(matches!(
                op,
                Operation::TransactGetItems | Operation::TransactWriteItems
            )),
            bytes = group(*bytes)
        ),
        K::PreviousSizeNotApplicable => tr!(lang, "calc-error-previous-size"),
        K::GsiWithoutWrites => tr!(lang, "calc-error-gsi-without-writes", writes = n("writes")),
        K::TooLarge => tr!(lang, "calc-error-too-large"),
        K::EmptyFlag => tr!(lang, "calc-error-empty-flag"),
        K::NameMissing => tr!(lang, "calc-error-name-missing"),
        K::NamesMissing => tr!(lang, "calc-error-names-missing", build = n("build")),
        K::NameTooLong { name } => tr!(lang, "calc-error-name-too-long", name = shown(name)),
        K::BadCharacter { name, c } => tr!(
            lang,
            "calc-error-bad-character",
            name = shown(name),
            c = shown(&c.to_string())
        ),
        K::RequirementMissing => tr!(lang, "calc-error-requirement-missing", how = how_build()),
        K::TwoGiven {
            what,
            first,
            second,
        } => {
            let what = match what {
                Twice::Categories => "categories",
                Twice::Sizes => "sizes",
                Twice::Processors => "processors",
                Twice::Accelerators => "accelerators",
                Twice::Architectures => "architectures",
                Twice::MemoryMinimums => "memory",
                Twice::VcpuMinimums => "vcpus",
            };
            tr!(
                lang,
                "calc-error-two-given",
                what = what,
                first = shown(first),
                second = shown(second)
            )
        }
        K::UnknownWord { word } => tr!(
            lang,
            "calc-error-unknown-word",
            word = shown(word),
            how = how_build()
        ),
        K::BadMinimum { word } => tr!(lang, "calc-error-bad-minimum", word = shown(word)),
        K::NotANumber { text } => {
            tr!(
                lang,
                "calc-error-not-a-number",
                text = shown(text),
                wanted = w()
            )
        }
        K::TooPrecise { text, decimals } => tr!(
            lang,
            "calc-error-too-precise",
            text = shown(text),
            decimals = u64::from(*decimals)
        ),
        K::NotPositive { text } => {
            tr!(
                lang,
                "calc-error-not-positive",
                text = shown(text),
                wanted = w()
            )
        }
        K::OutOfRange { n, min, max } => tr!(
            lang,
            "calc-error-out-of-range",
            n = group(*n),
            wanted = w(),
            min = group(*min),
            max = group(*max)
        ),
        K::UnknownChoice { text, choices } => tr!(
            lang,
            "calc-error-unknown-choice",
            text = shown(text),
            choices = one_of(lang, choices)
        ),
        K::BadDuration { text } => tr!(lang, "calc-error-bad-duration", text = shown(text)),
        K::DurationOverTimeout { text, ms } => tr!(
            lang,
            "calc-error-duration-over-timeout",
            text = shown(text),
            ms = group(*ms)
        ),
        K::BadMemory { text } => tr!(lang, "calc-error-bad-memory", text = shown(text)),
        K::BadLimit { text } => tr!(lang, "calc-error-bad-limit", text = shown(text)),
        K::BadPatternEntry { entry, text } => tr!(
            lang,
            "calc-error-bad-pattern-entry",
            entry = entry.to_string(),
            text = shown(text)
        ),
        K::PatternTooLong { ms, max } => tr!(
            lang,
            "calc-error-pattern-too-long",
            ms = group(*ms),
            max = group(*max)
        ),
        K::EitherOr { other } => tr!(lang, "calc-error-either-or", other = n(other)),
        K::OnlyWith { other, value } => {
            if value.is_empty() {
                tr!(lang, "calc-error-only-with", other = n(other))
            } else {
                tr!(
                    lang,
                    "calc-error-only-with-value",
                    other = n(other),
                    value = value.to_string()
                )
            }
        }
        K::OverAccountLimit {
            n: asked,
            account,
            max,
        } => tr!(
            lang,
            "calc-error-over-account-limit",
            n = group(*asked),
            account = group(*account),
            max = group(*max)
        ),
        K::ProvisionedOverReserved {
            provisioned,
            reserved,
        } => tr!(
            lang,
            "calc-error-provisioned-over-reserved",
            provisioned = group(*provisioned),
            reserved = group(*reserved)
        ),
        K::TooManyConsumers { n: count, max } => tr!(
            lang,
            "calc-error-too-many-consumers",
            n = group(*count),
            max = group(*max)
        ),
        K::BadRegion { text } => tr!(lang, "calc-error-bad-region", text = shown(text)),
    }
}

//! Input errors as data: the field and what is wrong with it. The sentence is written at the edge
//! (the `calc_text` module), from the kind and the numbers and text it carries.

use super::dynamodb::{Consistency, Operation};

/// A problem with one input field. The CLI prints it as `--FIELD: message`, the TUI beside the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalcError {
    /// The field, spelled like the CLI flag without its dashes (`item-size`, `reads`).
    pub field: &'static str,
    /// What is wrong.
    pub kind: ErrorKind,
}

impl CalcError {
    /// An error about `field`.
    pub fn new(field: &'static str, kind: ErrorKind) -> CalcError {
        CalcError { field, kind }
    }
}

/// Which thing was given twice in a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Twice {
    /// Two categories.
    Categories,
    /// Two sizes.
    Sizes,
    /// Two processors.
    Processors,
    /// Two kinds of accelerator.
    Accelerators,
    /// Two instruction sets (arm and x86).
    Architectures,
    /// Two memory minimums.
    MemoryMinimums,
    /// Two vCPU minimums.
    VcpuMinimums,
}

/// What is wrong with a field. Texts are the user's, trimmed and unescaped (the renderer escapes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// A whole number is missing (the field says which number is wanted).
    Missing,
    /// A whole number starts with `-`.
    Negative {
        /// As typed.
        text: String,
    },
    /// Not made of digits (and separators).
    NotAWholeNumber {
        /// As typed.
        text: String,
    },
    /// More than a u64 holds.
    NumberTooLarge {
        /// As typed.
        text: String,
    },
    /// Below the least the field takes.
    TooSmall {
        /// The number read.
        n: u64,
        /// The least allowed.
        min: u64,
    },
    /// An item size is missing.
    SizeMissing,
    /// An item size starts with `-`.
    SizeNegative {
        /// As typed.
        text: String,
    },
    /// An item size does not start with a number.
    NoNumber {
        /// As typed.
        text: String,
    },
    /// An item size has more digits than it could mean.
    TooManyDigits {
        /// As typed.
        text: String,
    },
    /// An item size without a unit.
    NoUnit {
        /// As typed.
        text: String,
    },
    /// A unit that is not B, KB, KiB, MB or MiB.
    UnknownUnit {
        /// The unit as typed.
        unit: String,
        /// The whole size as typed.
        text: String,
    },
    /// A size of zero.
    ZeroSize {
        /// As typed.
        text: String,
    },
    /// A fraction of a byte.
    FractionalBytes {
        /// As typed.
        text: String,
    },
    /// Over the 400 KB item limit.
    OverItemLimit {
        /// As typed.
        text: String,
        /// The size in bytes, when it fits a u64.
        bytes: Option<u64>,
    },
    /// A list of sizes is missing.
    ListMissing,
    /// An empty entry in a list.
    EmptyEntry {
        /// 1-based.
        entry: usize,
    },
    /// `0xSIZE`.
    ZeroCount {
        /// 1-based.
        entry: usize,
        /// The entry as typed.
        text: String,
    },
    /// A count over u64.
    CountTooLarge {
        /// 1-based.
        entry: usize,
        /// The entry as typed.
        text: String,
    },
    /// A size error inside one entry of a list.
    InEntry {
        /// 1-based.
        entry: usize,
        /// What is wrong with its size.
        kind: Box<ErrorKind>,
    },
    /// Not a capacity mode.
    UnknownMode {
        /// As typed.
        text: String,
    },
    /// Not a read consistency.
    UnknownConsistency {
        /// As typed.
        text: String,
    },
    /// Not a DynamoDB operation.
    UnknownOperation {
        /// As typed.
        text: String,
    },
    /// Both `--item-size` and `--items`.
    SizeAndList,
    /// Rates and provisioned capacity together.
    RatesAndCapacity,
    /// Reverse mode on an on-demand table.
    ReverseOnDemand,
    /// Writes for an operation that only reads.
    OnlyReads {
        /// The operation.
        op: Operation,
    },
    /// Reads for an operation that only writes.
    OnlyWrites {
        /// The operation.
        op: Operation,
    },
    /// TransactGetItems with another consistency.
    AlwaysTransactional {
        /// The consistency asked for.
        asked: Consistency,
    },
    /// A transactional read with an operation that cannot make one.
    NotTransactional {
        /// The operation.
        op: Operation,
    },
    /// BatchWriteItem asked to be transactional.
    BatchWriteNotTransactional,
    /// More GSIs than a table has.
    TooManyGsis {
        /// How many were given.
        n: usize,
    },
    /// A single-item operation given several items.
    OneItem {
        /// The operation.
        op: Operation,
        /// How many items were given.
        count: u64,
    },
    /// More items than the operation takes.
    TooManyItems {
        /// The operation.
        op: Operation,
        /// The most it takes.
        max: u64,
        /// How many were given.
        count: u64,
    },
    /// More bytes than the operation takes.
    TooManyBytes {
        /// The operation.
        op: Operation,
        /// The items' total.
        bytes: u64,
    },
    /// `--previous-size` with an operation that does not count it.
    PreviousSizeNotApplicable,
    /// GSIs without writes.
    GsiWithoutWrites,
    /// The numbers overflow.
    TooLarge,
    /// A flag given with nothing in it.
    EmptyFlag,
    /// No instance type name.
    NameMissing,
    /// No names and no requirement (`awsdrill decode` alone).
    NamesMissing,
    /// An instance type name over 64 characters.
    NameTooLong {
        /// The name, lowercase.
        name: String,
    },
    /// A character that no instance type name has.
    BadCharacter {
        /// The name, lowercase.
        name: String,
        /// The character.
        c: char,
    },
    /// No requirement.
    RequirementMissing,
    /// Two of one thing in a requirement.
    TwoGiven {
        /// What.
        what: Twice,
        /// The first, as typed or named.
        first: String,
        /// The second, as typed.
        second: String,
    },
    /// A word of a requirement that means nothing.
    UnknownWord {
        /// As typed (lowercase).
        word: String,
    },
    /// Not a number (a decimal number was wanted).
    NotANumber {
        /// As typed.
        text: String,
    },
    /// More digits after the decimal point than the field keeps.
    TooPrecise {
        /// As typed.
        text: String,
        /// The most digits after the point.
        decimals: u32,
    },
    /// Zero where more than zero is wanted.
    NotPositive {
        /// As typed.
        text: String,
    },
    /// A whole number outside the range the field takes.
    OutOfRange {
        /// The number read.
        n: u64,
        /// The least allowed.
        min: u64,
        /// The most allowed.
        max: u64,
    },
    /// Not one of the words the field takes.
    UnknownChoice {
        /// As typed.
        text: String,
        /// The words it takes.
        choices: &'static [&'static str],
    },
    /// Not a duration (`500ms`, `0.5s`).
    BadDuration {
        /// As typed.
        text: String,
    },
    /// A duration over Lambda's 900-second timeout.
    DurationOverTimeout {
        /// As typed.
        text: String,
        /// The duration in milliseconds.
        ms: u64,
    },
    /// Not a memory size (`1536MB`, `1.5GB`).
    BadMemory {
        /// As typed.
        text: String,
    },
    /// Not a `RATE/BURST` pair.
    BadLimit {
        /// As typed.
        text: String,
    },
    /// An entry of an arrival pattern that is not `COUNT@TIME`.
    BadPatternEntry {
        /// 1-based.
        entry: usize,
        /// The entry as typed.
        text: String,
    },
    /// An arrival pattern that goes on too long to follow millisecond by millisecond.
    PatternTooLong {
        /// The last millisecond asked for.
        ms: u64,
        /// The last millisecond allowed.
        max: u64,
    },
    /// Two inputs that exclude each other; this one and `other`.
    EitherOr {
        /// The other input's key.
        other: &'static str,
    },
    /// An input that applies only when another input is given (`value` empty) or has a value.
    OnlyWith {
        /// The other input's key.
        other: &'static str,
        /// The value it must have, or empty for any.
        value: &'static str,
    },
    /// Reserved or provisioned concurrency over what the account lets one function have.
    OverAccountLimit {
        /// The concurrency asked for.
        n: u64,
        /// The account's concurrency limit.
        account: u64,
        /// The most: the account limit less the concurrency always left unreserved.
        max: u64,
    },
    /// Provisioned concurrency over the function's reserved concurrency.
    ProvisionedOverReserved {
        /// The provisioned concurrency asked for.
        provisioned: u64,
        /// The reserved concurrency.
        reserved: u64,
    },
    /// More enhanced fan-out consumers than a stream registers.
    TooManyConsumers {
        /// How many were given.
        n: u64,
        /// The most.
        max: u64,
    },
    /// Not an AWS Region code.
    BadRegion {
        /// As typed.
        text: String,
    },
    /// "at least ..." without a number and a unit the builder reads (GiB, vCPUs).
    BadMinimum {
        /// As typed (lowercase).
        word: String,
    },
}

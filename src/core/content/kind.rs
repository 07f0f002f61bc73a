//! What a finding says, as data: one variant per problem the readers and checkers find, with the
//! field names, ids, numbers and found values it is about. The words are the shell's
//! (`content_text` writes them in English); here there are none.
//!
//! Pure. Serializable so that the pack cache can remember a failed file's findings.

use crate::core::domain::Domain;
use serde::{Deserialize, Serialize};

/// The table (or file) a finding is about, as messages name it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Item {
    /// The top level of a pack file.
    File,
    /// The `[pack]` table.
    PackTable,
    /// A `[[card]]`, with its id once read.
    Card(Option<String>),
    /// A `[[question]]`, with its id once read.
    Question(Option<String>),
    /// A `[[generator]]`, with its id once read.
    Generator(Option<String>),
    /// A choice of a question: its letter and the question.
    Choice {
        /// `A`, `B`, ...
        label: char,
        /// The question it belongs to.
        of: Box<Item>,
    },
    /// The `ko` table of an item.
    Korean(Box<Item>),
    /// The top level of the settings file.
    Config,
    /// The top level of an exam blueprint.
    Blueprint,
    /// The `[exam]` table of a blueprint.
    ExamTable,
    /// A `[[domain]]` of a blueprint.
    BlueprintDomain,
    /// The `[difficulty]` table of a blueprint.
    DifficultyTable,
}

/// Which kind of id a `bad-id` or `duplicate-id` finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum IdRole {
    /// The pack's id.
    Pack,
    /// A card's id.
    Card,
    /// A card's group.
    Group,
    /// A question's id.
    Question,
    /// A generator's id.
    Generator,
}

/// What type a field must have (`wrong-type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Want {
    /// A string.
    Text,
    /// An integer or a float.
    Number,
    /// An integer.
    WholeNumber,
    /// `true` or `false`.
    Boolean,
    /// A TOML local date.
    Date,
    /// An array of strings.
    TextList,
    /// A table.
    Table,
    /// An array of tables.
    TableList,
}

/// What kind of character makes a source URL not plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CharClass {
    /// A control character.
    Control,
    /// A space (any whitespace).
    Space,
    /// A Unicode format character (category Cf).
    Format,
}

/// Why a `source` is not a plain https URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceProblem {
    /// It contains a character that has no place in a plain URL.
    Character {
        /// The character's code point.
        code: u32,
        /// What kind of character it is.
        class: CharClass,
    },
    /// It does not start with `https://`.
    NotHttps,
    /// Nothing follows `https://` but a slash.
    NoHostAfterScheme,
    /// The URL parser refused it (its reason, as the parser gives it).
    Invalid(String),
    /// It carries a user name or a password.
    Credentials,
    /// It has no host.
    NoHost,
}

/// Whether a near duplicate is between cards or questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Compared {
    /// Two cards' fronts (or cloze texts).
    Card,
    /// Two questions' stems.
    Question,
}

/// Which weights of a blueprint do not add up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Weights {
    /// The `[difficulty]` weights.
    Difficulty,
    /// The `[[domain]]` weights.
    Domains,
}

/// Why a file could not be read at all (found by the shell, which reads files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Unreadable {
    /// The system refused: why.
    Io(crate::core::io_problem::IoProblem),
    /// The path is a folder.
    Folder,
    /// The path is a device, a pipe or a socket.
    NotRegular,
}

/// What is wrong, with its data: one variant per message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum FindingKind {
    /// The file is larger than packs may be.
    FileTooLarge {
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file could not be read.
    Unreadable(Unreadable),
    /// The bytes are not UTF-8.
    NotUtf8,
    /// The text holds a NUL byte.
    NulByte,
    /// Arrays and tables nest deeper than `max`.
    TooDeep {
        /// The deepest nesting accepted.
        max: usize,
    },
    /// More than `max` values.
    TooManyValues {
        /// The most values accepted.
        max: usize,
    },
    /// The TOML parser refused the text (its message).
    TomlSyntax(String),
    /// A pack file without `[pack]`.
    NoPackTable,
    /// `services` of `[pack]` is an empty list.
    NoServices,
    /// A schema version this build does not read.
    SchemaVersion {
        /// The version written.
        found: i64,
        /// The version read.
        supported: u32,
    },
    /// An id that breaks the id rules.
    BadId {
        /// Which id.
        role: IdRole,
        /// The id as written.
        id: String,
    },
    /// An id used twice in one list.
    DuplicateId {
        /// Which list.
        role: IdRole,
        /// The id.
        id: String,
        /// The line of its first use.
        first_line: usize,
    },
    /// A generator or question id that is also a card's id.
    IdOfACard {
        /// Generator or question.
        role: IdRole,
        /// The id.
        id: String,
    },
    /// A source on another host than AWS's documentation.
    SourceHost {
        /// Whose source.
        item: Item,
        /// The host.
        host: String,
    },
    /// A source that is not a plain https URL.
    BadSource {
        /// Whose source.
        item: Item,
        /// Why.
        problem: SourceProblem,
    },
    /// A domain key that is not one of the four.
    BadDomain {
        /// Whose domain.
        item: Item,
        /// The key written.
        domain: String,
    },
    /// A card kind that does not exist.
    BadCardKind {
        /// The card.
        item: Item,
        /// The kind written.
        kind: String,
    },
    /// A field that a card of this kind does not have.
    ForeignField {
        /// The card.
        item: Item,
        /// Its kind.
        kind: String,
        /// The field.
        key: String,
    },
    /// A numeric card without `unit`.
    NoUnit {
        /// The card.
        item: Item,
    },
    /// A numeric card whose `unit` is blank.
    EmptyUnit {
        /// The card.
        item: Item,
    },
    /// A numeric card's Korean `unit` with `{n}` more than once.
    KoreanUnitForm {
        /// The Korean table.
        item: Item,
        /// The unit as written.
        unit: String,
    },
    /// A number that is not finite (or negative where it may not be).
    BadNumber {
        /// The card.
        item: Item,
        /// The field.
        key: String,
        /// Whether it must also be zero or more.
        non_negative: bool,
    },
    /// A cloze text without a deletion.
    ClozeNoDeletion {
        /// The card (or its Korean text).
        item: Item,
        /// The field.
        key: String,
    },
    /// A cloze deletion opened and never closed.
    ClozeUnclosed {
        /// The card (or its Korean text).
        item: Item,
        /// The field.
        key: String,
    },
    /// An empty cloze deletion.
    ClozeEmpty {
        /// The card (or its Korean text).
        item: Item,
        /// The field.
        key: String,
    },
    /// A Korean field the English card does not have.
    KoreanOnly {
        /// The Korean table.
        item: Item,
        /// The field.
        key: String,
    },
    /// A generator kind that does not exist.
    BadGeneratorKind {
        /// The kind written.
        kind: String,
        /// Every kind there is.
        all: Vec<String>,
    },
    /// A task code that is not one of the domain's.
    BadTask {
        /// The code written.
        task: String,
        /// The question's domain.
        domain: Domain,
        /// The domain's task codes.
        codes: Vec<String>,
    },
    /// A difficulty level that is not 1, 2 or 3.
    BadDifficulty {
        /// The question.
        item: Item,
        /// The level written.
        level: i64,
    },
    /// A link to a card that does not exist.
    UnknownLink {
        /// The question.
        item: Item,
        /// The full id of the card.
        target: String,
    },
    /// A question with too few or too many choices.
    ChoiceCount {
        /// The question.
        item: Item,
        /// Its choices.
        count: usize,
    },
    /// A choice without `why`.
    NoExplanation {
        /// The choice.
        item: Item,
    },
    /// Two choices with one text.
    DuplicateChoice {
        /// The later choice.
        item: Item,
        /// The letter of the first.
        first: char,
    },
    /// No choice is correct.
    NoCorrectChoice {
        /// The question.
        item: Item,
    },
    /// Several correct choices and a stem that does not say how many to choose.
    ChooseNotStated {
        /// The question.
        item: Item,
        /// The correct choices.
        correct: usize,
    },
    /// The stem says one number to choose, the choices another.
    ChooseMismatch {
        /// The question.
        item: Item,
        /// The number the stem gives.
        stated: usize,
        /// The correct choices.
        correct: usize,
    },
    /// Every choice is correct.
    EveryChoiceCorrect {
        /// The question.
        item: Item,
    },
    /// Two items of one file read almost the same.
    NearDuplicate {
        /// Cards or questions.
        what: Compared,
        /// The later item's id.
        id: String,
        /// The earlier item's id.
        other: String,
        /// The line of the earlier item.
        other_line: usize,
        /// How similar, in percent.
        percent: f64,
    },
    /// An item reads almost the same as one of another pack.
    NearDuplicateAcross {
        /// Cards or questions.
        what: Compared,
        /// The later item's id.
        id: String,
        /// Where it is, `file:line:col`.
        at: String,
        /// The earlier item's id.
        other: String,
        /// Where that is, `file:line:col`.
        other_at: String,
        /// How similar, in percent.
        percent: f64,
    },
    /// An invisible character in the file.
    InvisibleChar {
        /// The character.
        c: char,
        /// Further places not reported (on the last warning only).
        more: usize,
    },
    /// Two packs with one id.
    PackIdCollision {
        /// The id.
        id: String,
        /// The first file.
        first_file: String,
        /// Where the first file declares it, `file:line:col`.
        first_at: String,
        /// The later file.
        file: String,
        /// Where the later file declares it.
        at: String,
    },
    /// A required field is missing.
    MissingField {
        /// The table.
        item: Item,
        /// The field.
        key: String,
    },
    /// A field of the wrong type.
    WrongType {
        /// The table.
        item: Item,
        /// The field.
        key: String,
        /// The type it must have.
        want: Want,
        /// The TOML type found (`string`, `integer`, ...).
        found: String,
    },
    /// A blank text field.
    EmptyText {
        /// The table.
        item: Item,
        /// The field.
        key: String,
    },
    /// A text field longer than the limit.
    TextTooLong {
        /// The table.
        item: Item,
        /// The field.
        key: String,
        /// Its characters.
        chars: usize,
        /// The limit.
        limit: usize,
    },
    /// A number the TOML reader could not convert (its message).
    BadValue {
        /// The table.
        item: Item,
        /// The field.
        key: String,
        /// The reader's message.
        error: String,
    },
    /// A blank entry in a list of strings.
    EmptyEntry {
        /// The table.
        item: Item,
        /// The field.
        key: String,
    },
    /// A field the table does not have.
    UnknownField {
        /// The table.
        item: Item,
        /// The field written.
        key: String,
        /// The allowed field it is probably a typo of.
        suggestion: Option<String>,
        /// Every allowed field.
        allowed: Vec<String>,
    },
    /// A whole number outside its range.
    OutOfRange {
        /// The setting or field.
        key: String,
        /// The value written.
        value: i64,
        /// The lowest accepted.
        lo: i64,
        /// The highest accepted.
        hi: i64,
    },
    /// A fraction outside its range (shown with two decimals).
    FractionOutOfRange {
        /// The setting.
        key: String,
        /// The value written.
        value: f64,
        /// The lowest accepted.
        lo: f64,
        /// The highest accepted.
        hi: f64,
    },
    /// Weights of a blueprint that do not add up to 100.
    BadWeights {
        /// Which weights.
        of: Weights,
        /// Their sum.
        sum: u32,
    },
    /// A blueprint domain key that is not one of the four.
    BlueprintDomain {
        /// The key written.
        domain: String,
    },
    /// A learning step that is not a duration.
    BadStep {
        /// The step written.
        step: String,
        /// The setting.
        key: String,
    },
    /// A content language that does not exist.
    BadLanguage {
        /// What the file says.
        name: String,
    },
    /// A theme that does not exist.
    BadTheme {
        /// The name written.
        name: String,
    },
    /// An item without Korean text for some of its fields.
    MissingKorean {
        /// The card or question.
        item: Item,
        /// The fields without Korean, as the pack names them (`stem`, `B.text`, `B.why`).
        fields: Vec<String>,
    },
    /// Korean text that renders a glossary term another way than the glossary.
    GlossaryTerm {
        /// The card or question.
        item: Item,
        /// The English term.
        english: String,
        /// The Korean the item uses.
        used: String,
        /// The glossary's Korean term.
        preferred: String,
    },
    /// A task statement with few questions across the checked packs.
    TaskCoverage {
        /// The task code.
        task: String,
        /// Its title.
        title: String,
        /// Its questions.
        questions: usize,
        /// The least a full bank has.
        min: usize,
    },
}

//! Content packs: the validated model of cards and questions, and how a pack file becomes one.
//!
//! Flow: TOML text -> `raw` (serde structs with spans) -> `load` (typed model plus located findings)
//! -> `checks` (rules across items and packs). Pure: callers pass the text and the file name; nothing here
//! reads the disk.

pub mod bundled;
mod checks;
pub mod diag;
pub mod glossary;
pub mod kind;
pub mod load;
pub(crate) mod reader;
pub mod roster;
mod similar;
pub mod stats;
pub mod table;

pub use checks::check_set;
pub use diag::{Finding, Severity};
pub use kind::FindingKind;
pub use load::{MAX_PACK_BYTES, parse_pack, parse_pack_with};
pub use roster::Roster;
pub use table::{BodyView, CardTable, CardView};

/// A card's short text: a string of up to 24 bytes is kept inline, without an allocation of its
/// own (ids, tags, groups, units and short answers are; a large collection has hundreds of
/// thousands of them). Reads as `&str`.
pub type Text = compact_str::CompactString;

use crate::core::domain::Domain;
use serde::{Deserialize, Serialize};

/// Text as it should wrap on screen: single line breaks (from multi-line TOML strings) become
/// spaces, blank lines stay paragraph breaks.
pub fn reflow(text: &str) -> String {
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The pack id of a full item id (`lambda/timeout-max` -> `lambda`).
pub fn pack_of(id: &str) -> &str {
    // A byte search ('/' is ASCII, so where it is is a char boundary): a char search costs a
    // hundred instructions more on an id of a few bytes, and Stats asks for every item reviewed.
    id.bytes().position(|b| b == b'/').map_or(id, |i| &id[..i])
}

/// The schema version this build reads.
pub const SCHEMA_VERSION: u32 = 1;

/// A validated pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pack {
    /// Unique among all loaded packs, for example `lambda`.
    pub id: String,
    /// A human title.
    pub title: String,
    /// The AWS services the pack covers.
    pub services: Vec<String>,
    /// When its facts were last checked, `YYYY-MM-DD`.
    pub checked: String,
    /// An optional one-line description.
    pub description: Option<String>,
    /// The cards, in file order. Boxed: cards move from the packs into the study's own order at
    /// every start, and a box moves as one pointer (a card is 200 bytes).
    pub cards: Vec<Box<Card>>,
    /// The exam questions, in file order.
    pub questions: Vec<Question>,
    /// Generated drills: scheduled like cards, a fresh exercise at each review.
    pub generators: Vec<Generator>,
    /// Where the pack came from: a path (`content/packs/NAME` for a bundled pack).
    pub origin: String,
}

impl Pack {
    /// The pack without its cards' text: ids, kinds, groups and domains, which is all that
    /// scheduling needs (the due counts). Questions and generators are kept whole (they are few).
    /// An outline is never shown: its cards have empty text.
    pub fn outline(&self) -> Pack {
        Pack {
            id: self.id.clone(),
            title: self.title.clone(),
            services: self.services.clone(),
            checked: self.checked.clone(),
            description: None,
            cards: self.cards.iter().map(|c| Box::new(c.outline())).collect(),
            questions: self.questions.clone(),
            generators: self.generators.clone(),
            origin: self.origin.clone(),
        }
    }
}

impl Card {
    /// A card with only an id and a body (no tags, source, domain, group, note or Korean): for
    /// tests, benchmarks and cards made from other items.
    pub fn plain(id: impl Into<Text>, body: CardBody) -> Card {
        Card {
            id: id.into(),
            body,
            tags: Vec::new(),
            source: Text::default(),
            domain: None,
            group: None,
            note: None,
            ko: None,
        }
    }

    /// The card without its text (see `Pack::outline`).
    pub fn outline(&self) -> Card {
        let body = match &self.body {
            CardBody::Basic { .. } => CardBody::Basic {
                front: Text::default(),
                back: Text::default(),
            },
            CardBody::Cloze { .. } => CardBody::Cloze {
                text: Text::default(),
            },
            CardBody::Numeric {
                answer, tolerance, ..
            } => CardBody::Numeric {
                front: Text::default(),
                answer: *answer,
                unit: Text::default(),
                tolerance: *tolerance,
            },
            CardBody::Generated { generator } => CardBody::Generated {
                generator: *generator,
            },
        };
        Card {
            id: self.id.clone(),
            body,
            tags: Vec::new(),
            source: Text::default(),
            domain: self.domain,
            group: self.group.clone(),
            note: None,
            ko: None,
        }
    }
}

/// A flashcard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// Full id `pack/item`.
    pub id: Text,
    /// What is asked and answered.
    pub body: CardBody,
    /// Free tags, for example `limits` or `misconception`.
    pub tags: Vec<Text>,
    /// An https URL of the page that states the fact.
    pub source: Text,
    /// The DVA-C02 domain, when the card belongs to one.
    pub domain: Option<Domain>,
    /// Cards of one group are siblings (one fact asked several ways).
    pub group: Option<Text>,
    /// An explanation shown with the answer.
    pub note: Option<String>,
    /// The Korean version, when the pack has one (boxed: a card without one stays small).
    pub ko: Option<Box<CardText>>,
}

/// A generated drill declared by a pack.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Generator {
    /// Full id `pack/item` (scheduled under it like a card).
    pub id: String,
    /// What it generates.
    pub kind: crate::core::calc::drills::GeneratorKind,
    /// Free tags.
    pub tags: Vec<String>,
    /// The page whose rules the exercises follow.
    pub source: String,
    /// The DVA-C02 domain, when it belongs to one.
    pub domain: Option<Domain>,
}

impl Generator {
    /// The generator as a schedulable card (its body says which generator to draw from).
    pub fn as_card(&self) -> Card {
        Card {
            id: self.id.as_str().into(),
            body: CardBody::Generated {
                generator: self.kind,
            },
            tags: self.tags.iter().map(|t| t.as_str().into()).collect(),
            source: self.source.as_str().into(),
            domain: self.domain,
            group: None,
            note: None,
            ko: None,
        }
    }
}

/// Korean (or other) text of a card, field by field.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct CardText {
    /// Front of a basic or numeric card.
    pub front: Option<String>,
    /// Back of a basic card.
    pub back: Option<String>,
    /// Text of a cloze card.
    pub text: Option<String>,
    /// The note.
    pub note: Option<String>,
    /// The unit of a numeric card, as it is written beside the number in Korean: `초`, `MB`, or a
    /// form with `{n}` where the number goes (`초당 요청 {n}건`). Without `{n}` the number comes
    /// first, with a space before a unit that starts with a Latin letter or digit (`10 MB`) and
    /// none before others (`900초`, `40%`): `study_text::quantity`.
    pub unit: Option<String>,
}

/// The three kinds of card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
/// (Serialized with the default enum form: the pack cache uses a format that cannot read a
/// field-tagged enum.)
#[serde(rename_all = "lowercase")]
pub enum CardBody {
    /// A question on the front, the answer on the back.
    Basic {
        /// The prompt.
        front: Text,
        /// The answer.
        back: Text,
    },
    /// A sentence with one or more deletions, all hidden together.
    Cloze {
        /// The sentence with `{{answer}}` or `{{answer::hint}}` deletions.
        text: Text,
    },
    /// A number typed by the user, right within a tolerance.
    Numeric {
        /// The prompt.
        front: Text,
        /// The right number.
        answer: f64,
        /// The unit of `answer` and `tolerance`, for example `seconds`.
        unit: Text,
        /// The largest accepted difference, in `unit`.
        tolerance: f64,
    },
    /// A generated drill: each review draws a fresh exercise of this kind.
    Generated {
        /// The generator.
        generator: crate::core::calc::drills::GeneratorKind,
    },
}

impl CardBody {
    /// `basic`, `cloze` or `numeric`.
    pub fn kind(&self) -> &'static str {
        match self {
            CardBody::Basic { .. } => "basic",
            CardBody::Cloze { .. } => "cloze",
            CardBody::Numeric { .. } => "numeric",
            CardBody::Generated { .. } => "generated",
        }
    }
}

/// One deletion of a cloze text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deletion {
    /// The hidden answer.
    pub answer: String,
    /// The hint shown in place of the answer, if any.
    pub hint: Option<String>,
    /// Byte range of the whole `{{...}}` in the text.
    pub range: std::ops::Range<usize>,
}

/// Why a cloze text cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClozeError {
    /// A `{{` without its `}}`, at this byte offset.
    Unclosed(usize),
    /// `{{}}` or `{{::hint}}`, at this byte offset.
    Empty(usize),
}

/// Finds the deletions of a cloze text: `{{answer}}` or `{{answer::hint}}`.
pub fn cloze_deletions(text: &str) -> Result<Vec<Deletion>, ClozeError> {
    let mut out = Vec::new();
    let mut rest = 0;
    while let Some(open) = text[rest..].find("{{").map(|i| rest + i) {
        let Some(close) = text[open + 2..].find("}}").map(|i| open + 2 + i) else {
            return Err(ClozeError::Unclosed(open));
        };
        let inner = &text[open + 2..close];
        let (answer, hint) = match inner.split_once("::") {
            Some((a, h)) => (a, Some(h.trim().to_string()).filter(|h| !h.is_empty())),
            None => (inner, None),
        };
        if answer.trim().is_empty() {
            return Err(ClozeError::Empty(open));
        }
        out.push(Deletion {
            answer: answer.trim().to_string(),
            hint,
            range: open..close + 2,
        });
        rest = close + 2;
    }
    Ok(out)
}

#[cfg(test)]
impl Question {
    /// A question with only an id (no text, the development domain): for tests that read ids.
    pub(crate) fn bare(id: &str) -> Question {
        Question {
            id: id.to_string(),
            domain: Domain::Development,
            task: String::new(),
            service: String::new(),
            difficulty: None,
            stem: String::new(),
            choices: Vec::new(),
            choose: 0,
            source: String::new(),
            cards: Vec::new(),
            tags: Vec::new(),
            ko_stem: None,
        }
    }
}

/// An exam question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Full id `pack/item`.
    pub id: String,
    /// The exam domain.
    pub domain: Domain,
    /// The task statement code, for example `1.2`.
    pub task: String,
    /// The main AWS service tested.
    pub service: String,
    /// How hard the question is, when the pack says (`difficulty = 1..3`).
    pub difficulty: Option<Difficulty>,
    /// The scenario and the question.
    pub stem: String,
    /// 4 to 6 choices, in file order.
    pub choices: Vec<Choice>,
    /// How many choices must be picked (1 for single answer).
    pub choose: usize,
    /// An https URL of the page that backs the answer.
    pub source: String,
    /// Full ids of related cards.
    pub cards: Vec<String>,
    /// Free tags.
    pub tags: Vec<String>,
    /// The Korean stem, if any.
    pub ko_stem: Option<String>,
}

impl Question {
    /// The question without its text: id, domain, task statement, difficulty, how many choices
    /// to pick and which choices are right (`choices` keep only `correct`). What scoring and the
    /// Stats report need of a question (`Roster::questions`).
    pub fn without_text(&self) -> Question {
        Question {
            id: self.id.clone(),
            domain: self.domain,
            task: self.task.clone(),
            service: String::new(),
            difficulty: self.difficulty,
            stem: String::new(),
            choices: self
                .choices
                .iter()
                .map(|c| Choice {
                    text: String::new(),
                    correct: c.correct,
                    why: String::new(),
                    ko_text: None,
                    ko_why: None,
                })
                .collect(),
            choose: self.choose,
            source: String::new(),
            cards: Vec::new(),
            tags: Vec::new(),
            ko_stem: None,
        }
    }

    /// Whether the stem and every choice's text and explanation have Korean.
    pub fn has_korean(&self) -> bool {
        self.ko_stem.is_some()
            && self
                .choices
                .iter()
                .all(|c| c.ko_text.is_some() && c.ko_why.is_some())
    }

    /// The question as a candidate reads it in `lang` (each text in that language where written).
    pub fn in_lang(&self, lang: crate::core::config::Lang) -> Question {
        let mut q = self.clone();
        q.stem = self.stem_in(lang).to_string();
        for (c, from) in q.choices.iter_mut().zip(&self.choices) {
            c.text = from.text_in(lang).to_string();
            c.why = from.why_in(lang).to_string();
        }
        q
    }

    /// The stem in `lang`: the Korean one when asked for and written, else the English.
    pub fn stem_in(&self, lang: crate::core::config::Lang) -> &str {
        match (lang, &self.ko_stem) {
            (crate::core::config::Lang::Ko, Some(ko)) => ko,
            _ => &self.stem,
        }
    }
}

impl Choice {
    /// The choice's text in `lang` (English when it has no Korean).
    pub fn text_in(&self, lang: crate::core::config::Lang) -> &str {
        match (lang, &self.ko_text) {
            (crate::core::config::Lang::Ko, Some(ko)) => ko,
            _ => &self.text,
        }
    }

    /// Why it is right or wrong, in `lang` (English when it has no Korean).
    pub fn why_in(&self, lang: crate::core::config::Lang) -> &str {
        match (lang, &self.ko_why) {
            (crate::core::config::Lang::Ko, Some(ko)) => ko,
            _ => &self.why,
        }
    }
}

/// How much a question asks of a candidate, as the pack rates it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    /// Recall a fact (`difficulty = 1`).
    Recall,
    /// Apply a fact to a scenario (`difficulty = 2`).
    Apply,
    /// Analyse a scenario with several constraints (`difficulty = 3`).
    Analyse,
}

impl Difficulty {
    /// Every difficulty, easiest first.
    pub const ALL: [Difficulty; 3] = [Difficulty::Recall, Difficulty::Apply, Difficulty::Analyse];

    /// The difficulty of a pack's `difficulty = N`.
    pub fn from_level(level: i64) -> Option<Difficulty> {
        match level {
            1 => Some(Difficulty::Recall),
            2 => Some(Difficulty::Apply),
            3 => Some(Difficulty::Analyse),
            _ => None,
        }
    }

    /// The number a pack writes for it.
    pub fn level(self) -> u8 {
        match self {
            Difficulty::Recall => 1,
            Difficulty::Apply => 2,
            Difficulty::Analyse => 3,
        }
    }

    /// The key used in JSON output and settings.
    pub fn key(self) -> &'static str {
        match self {
            Difficulty::Recall => "recall",
            Difficulty::Apply => "apply",
            Difficulty::Analyse => "analyse",
        }
    }
}

/// A choice of a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    /// The answer text.
    pub text: String,
    /// Whether it is one of the right answers.
    pub correct: bool,
    /// Why it is right or wrong.
    pub why: String,
    /// The Korean text and explanation, if any.
    pub ko_text: Option<String>,
    /// The Korean explanation, if any.
    pub ko_why: Option<String>,
}

/// The number a multiple-response stem asks for ("Choose two." -> 2), if it states one.
pub fn stated_choice_count(stem: &str) -> Option<usize> {
    const WORDS: [(&str, usize); 4] = [("two", 2), ("three", 3), ("four", 4), ("five", 5)];
    let lower = stem.to_lowercase();
    let at = lower.rfind("choose ")?;
    let word: String = lower[at + 7..]
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    WORDS
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, n)| *n)
        .or_else(|| word.parse().ok().filter(|n| (2..=5).contains(n)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cloze_reads_answers_and_hints() {
        let d = cloze_deletions("From {{128 MB}} to {{10,240 MB::upper}}.").unwrap();
        assert_eq!(d.len(), 2);
        assert_eq!(d[0].answer, "128 MB");
        assert_eq!(d[1].hint.as_deref(), Some("upper"));
        assert_eq!(&"From {{128 MB}} to"[d[0].range.clone()], "{{128 MB}}");
    }

    #[test]
    fn cloze_rejects_unclosed_and_empty_deletions() {
        assert_eq!(cloze_deletions("a {{b"), Err(ClozeError::Unclosed(2)));
        assert_eq!(cloze_deletions("a {{ }} b"), Err(ClozeError::Empty(2)));
        assert_eq!(cloze_deletions("no deletion"), Ok(vec![]));
    }

    #[test]
    fn choice_count_is_read_from_the_stem() {
        assert_eq!(stated_choice_count("Which steps? (Choose two.)"), Some(2));
        assert_eq!(stated_choice_count("Which? (Choose THREE.)"), Some(3));
        assert_eq!(stated_choice_count("Choose 4 answers"), Some(4));
        assert_eq!(stated_choice_count("Which one should they choose?"), None);
    }
}

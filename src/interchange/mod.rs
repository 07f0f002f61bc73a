//! Moving cards to and from other programs: Anki packages (.apkg) and CSV files.
//!
//! Going out, the cards of the loaded packs become Anki notes or CSV rows. Coming in, notes or
//! rows become the cards of a new user pack, written as a pack file (`pack_file`) that is checked
//! like any pack before it is saved. What was left out or changed on the way is counted in an
//! `ImportReport`; the command line puts it in words.

pub mod anki;
pub mod csv;
pub mod html;
pub mod package;

use crate::core::content::{Card, CardBody, Text};
use serde::Serialize;

/// Writes a file through `write` so that `path` holds either its old content (or nothing) or all
/// of the new one: a temporary file beside it (created with the usual permissions, as any new
/// file) is written, flushed to disk and renamed over `path`; with `replace` false, an existing
/// `path` is an error (`AlreadyExists`) and is left alone. The temporary file is removed on error.
pub fn write_file(
    path: &std::path::Path,
    replace: bool,
    write: impl FnOnce(&std::fs::File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let name = path
        .file_name()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "not a file name"))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let result = (|| {
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        write(&file)?;
        file.sync_all()?;
        if replace {
            std::fs::rename(&tmp, path)
        } else {
            // A hard link fails when `path` exists: nothing is overwritten, even in a race.
            std::fs::hard_link(&tmp, path)
        }
    })();
    let _ = std::fs::remove_file(&tmp);
    result
}

/// Why notes were not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SkipReason {
    /// The collection's note types cannot be read.
    UnreadableNoteTypes,
    /// The note's note type is not in the collection.
    UnknownNoteType,
    /// A standard note type with a single field: there is no back.
    OneField,
    /// The front or back is empty once media and HTML are removed (an image-only side).
    EmptyField,
    /// A cloze note without any `{{cN::...}}`.
    NoCloze,
    /// A cloze inside a cloze, which a card of awsdrill cannot hold.
    NestedCloze,
    /// An image occlusion note: its deletions are regions of a picture.
    ImageOcclusion,
    /// An unclosed or empty cloze.
    BadCloze,
    /// A CSV row whose kind is not basic, cloze or numeric, or whose fields do not fit it.
    BadRow,
}

/// What an import made and what it left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ImportReport {
    /// Notes (or rows) read.
    pub notes: usize,
    /// Notes (or rows) that became cards.
    pub imported_notes: usize,
    /// Basic cards made.
    pub basic: usize,
    /// Cloze cards made.
    pub cloze: usize,
    /// Numeric cards made.
    pub numeric: usize,
    /// Notes left out, by reason: (reason, notes, the note types concerned).
    pub skipped: Vec<(SkipReason, usize, Vec<String>)>,
    /// Notes whose formatting (bold, colours, links, tables) was removed.
    pub formatting_removed: usize,
    /// Media references removed from fields (pictures, sounds).
    pub media_removed: usize,
    /// Media files in the package, not imported.
    pub media_files: usize,
    /// Notes with text in fields that have no place on a card (a third field of a custom type).
    pub fields_dropped: usize,
    /// Notes of a standard type with several card templates (Basic and reversed): one card each,
    /// front to back.
    pub one_card_of_several: usize,
    /// Cloze notes with several cloze numbers, made into one card per number.
    pub cloze_split: usize,
    /// Cards whose note named no source: they take the `--source` given.
    pub without_source: usize,
    /// Answers in the collection's review log (not imported).
    pub reviews: usize,
}

impl ImportReport {
    /// Cards made.
    pub fn cards(&self) -> usize {
        self.basic + self.cloze + self.numeric
    }

    fn skip(&mut self, reason: SkipReason, n: usize) {
        match self.skipped.iter_mut().find(|(r, _, _)| *r == reason) {
            Some(entry) => entry.1 += n,
            None => self.skipped.push((reason, n, Vec::new())),
        }
    }

    fn skip_type(&mut self, reason: SkipReason, notetype: &str) {
        self.skip(reason, 1);
        if let Some(entry) = self.skipped.iter_mut().find(|(r, _, _)| *r == reason)
            && !entry.2.iter().any(|t| t == notetype)
        {
            entry.2.push(notetype.to_string());
        }
    }
}

/// The id in pack `pack_id` of a card whose full id was `full` (`lambda/timeout-max`): the item's
/// own id when the pack is the same, else `lambda-timeout-max`; `None` when that is not a valid id.
pub fn card_id_from_full(full: &str, pack_id: &str) -> Option<String> {
    let id = match full.split_once('/') {
        Some((p, item)) if p == pack_id => item.to_string(),
        Some((p, item)) => format!("{p}-{item}"),
        None => full.to_string(),
    };
    crate::core::content::load::valid_id(&id).then_some(id)
}

/// Makes card ids unique in the pack: a repeated id gets `-2`, `-3`, ... (cut to fit 64 bytes).
pub fn unique_ids(cards: &mut [Card]) {
    let mut seen = std::collections::HashSet::new();
    for c in cards.iter_mut() {
        if seen.insert(c.id.clone()) {
            continue;
        }
        for n in 2.. {
            let suffix = format!("-{n}");
            let mut base = c.id.clone();
            base.truncate(64 - suffix.len());
            let id = compact_str::format_compact!("{}{suffix}", base.trim_end_matches('-'));
            if seen.insert(id.clone()) {
                c.id = id;
                break;
            }
        }
    }
}

/// The `[pack]` table of a pack being written.
#[derive(Debug, Clone, Serialize)]
pub struct PackHead {
    /// The pack id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// The AWS services it covers.
    pub services: Vec<String>,
    /// Always 1.
    pub schema: u32,
    /// The date its facts were last checked.
    pub checked: toml::value::Date,
    /// Where it came from.
    pub description: Option<String>,
}

#[derive(Serialize)]
struct PackFile<'a> {
    pack: &'a PackHead,
    card: Vec<CardOut<'a>>,
}

#[derive(Serialize)]
struct CardOut<'a> {
    id: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    front: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    back: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    answer: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tolerance: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    tags: &'a [Text],
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    domain: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    group: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    ko: Option<&'a crate::core::content::CardText>,
}

/// The text of a pack file holding `cards` (their ids without the pack's prefix).
pub fn pack_file(head: &PackHead, cards: &[Card]) -> String {
    let card = cards
        .iter()
        .filter_map(|c| {
            let (front, back, text, numeric) = match &c.body {
                CardBody::Basic { front, back } => (Some(front), Some(back), None, None),
                CardBody::Cloze { text } => (None, None, Some(text), None),
                CardBody::Numeric {
                    front,
                    answer,
                    unit,
                    tolerance,
                } => (Some(front), None, None, Some((*answer, unit, *tolerance))),
                CardBody::Generated { .. } => return None,
            };
            Some(CardOut {
                id: &c.id,
                kind: c.body.kind(),
                front: front.map(Text::as_str),
                back: back.map(Text::as_str),
                text: text.map(Text::as_str),
                answer: numeric.map(|n| n.0),
                unit: numeric.map(|n| n.1.as_str()),
                tolerance: numeric.map(|n| n.2),
                note: c.note.as_deref(),
                tags: &c.tags,
                source: &c.source,
                domain: c.domain.map(|d| d.key()),
                group: c.group.as_deref(),
                ko: c.ko.as_deref(),
            })
        })
        .collect();
    toml::to_string(&PackFile { pack: head, card })
        .expect("a pack of strings and numbers serializes")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::{CardText, parse_pack};

    #[test]
    fn ids_are_mapped_into_the_target_pack_and_made_unique() {
        assert_eq!(
            card_id_from_full("lambda/x", "lambda").as_deref(),
            Some("x")
        );
        assert_eq!(
            card_id_from_full("lambda/x", "mine").as_deref(),
            Some("lambda-x")
        );
        assert_eq!(card_id_from_full("Bad/Id", "mine"), None);
        let mut cards = vec![
            Card::plain(
                "a",
                CardBody::Cloze {
                    text: "{{x}}".into(),
                },
            ),
            Card::plain(
                "a",
                CardBody::Cloze {
                    text: "{{x}}".into(),
                },
            ),
            Card::plain(
                "a-2",
                CardBody::Cloze {
                    text: "{{x}}".into(),
                },
            ),
        ];
        unique_ids(&mut cards);
        let ids: Vec<&str> = cards.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["a", "a-2", "a-2-2"]);
    }

    #[test]
    fn a_written_pack_lints_clean_and_reads_back() {
        let head = PackHead {
            id: "mine".into(),
            title: "Mine".into(),
            services: vec!["Lambda".into()],
            schema: 1,
            checked: toml::value::Date {
                year: 2026,
                month: 12,
                day: 7,
            },
            description: Some("From a test".into()),
        };
        let mut basic = Card::plain(
            "b",
            CardBody::Basic {
                front: "Line \"one\"\nline two".into(),
                back: "Back \\ slash".into(),
            },
        );
        basic.source = "https://docs.aws.amazon.com/lambda/".into();
        basic.note = Some("A note".into());
        basic.tags = vec!["t".into()];
        basic.ko = Some(Box::new(CardText {
            front: Some("앞".into()),
            note: Some("메모".into()),
            ..CardText::default()
        }));
        let mut numeric = Card::plain(
            "n",
            CardBody::Numeric {
                front: "How long?".into(),
                answer: 0.1 + 0.2,
                unit: "seconds".into(),
                tolerance: 0.0,
            },
        );
        numeric.source = basic.source.clone();
        numeric.domain = Some(crate::core::domain::Domain::Security);
        let text = pack_file(&head, &[basic.clone(), numeric.clone()]);
        let report = parse_pack("mine.toml", text.as_bytes());
        assert!(!report.has_errors(), "{text}\n{:?}", report.findings);
        let pack = report.pack.unwrap();
        assert_eq!(pack.cards.len(), 2);
        assert_eq!(pack.cards[0].body, basic.body);
        assert_eq!(pack.cards[0].ko, basic.ko);
        assert_eq!(pack.cards[0].note, basic.note);
        assert_eq!(pack.cards[1].body, numeric.body);
        assert_eq!(pack.cards[1].domain, numeric.domain);
    }
}

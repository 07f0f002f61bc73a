//! The loaded cards as one table: a small fixed-size row per card and the cards' text in one
//! buffer per pack, instead of a box of about 200 bytes per card with a string of its own for
//! every long field and a vector for its tags (50,000 cards cost about 15.6 MB that way, about
//! 6.5 MB as a table).
//!
//! A row holds the lengths of the card's fields, which lie one after the other in its part's
//! text (id, source, front or cloze text, back or unit, group, a numeric card's answer and
//! tolerance), its kind, domain and a tag set shared with the other cards of its part that have
//! the same tags. A card with a note, a Korean version or a field too long for a row's lengths
//! (the bundled cards; a few hundred) is kept whole beside the rows. Readers get a `CardView`: the card's fields as borrowed text,
//! with the field names of `Card`.

use super::{Card, CardBody, CardText, Text};
use crate::core::calc::drills::GeneratorKind;
use crate::core::domain::Domain;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// One card: where its text is and what is not text.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct Row {
    /// Which part holds the card's text.
    part: u32,
    /// Where the card's text starts in its part's text; for a card kept whole, its position in
    /// the part's `whole`.
    at: u32,
    /// The card's tag set in its part.
    tags: u32,
    /// The lengths of the id, the source, the front (or cloze text), the back (or unit), the
    /// group, and a numeric card's answer and tolerance (as Rust writes an `f64` with `{:?}`,
    /// which reads back as the same number), in bytes, in this order in the text: the numbers
    /// are text so that the other cards' rows do not carry 16 bytes for them.
    lens: [u16; 7],
    kind: u8,
    /// 0: none, else 1 + the domain's position in `Domain::ALL`.
    domain: u8,
    /// A generated drill's position in `GeneratorKind::ALL`.
    generator: u8,
    flags: u8,
}

/// The card has a group.
const GROUP: u8 = 1;
/// The card is kept whole (`Part::whole`).
const WHOLE: u8 = 2;

const BASIC: u8 = 0;
const CLOZE: u8 = 1;
const NUMERIC: u8 = 2;
const GENERATED: u8 = 3;

/// The text of the cards of one pack (or of cards added one by one), their tag sets and the
/// cards kept whole.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct Part {
    text: String,
    tag_sets: Vec<Box<[Text]>>,
    whole: Vec<Card>,
}

/// Cards as a table (see the module's documentation). Positions count from 0 in push order;
/// `reorder` puts the rows in another order. The pack cache stores a pack's cards so
/// (`pack_cache::Detail::Deck`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CardTable {
    rows: Vec<Row>,
    parts: Vec<Part>,
    /// The tag sets of the last part, while cards are pushed into it (not kept: `finish`).
    #[serde(skip)]
    tag_index: FxHashMap<Box<[Text]>, u32>,
}

/// A card's body, borrowed from a table (the variants and fields of `CardBody`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BodyView<'a> {
    /// A question on the front, the answer on the back.
    Basic {
        /// The prompt.
        front: &'a str,
        /// The answer.
        back: &'a str,
    },
    /// A sentence with one or more deletions.
    Cloze {
        /// The sentence with its deletions.
        text: &'a str,
    },
    /// A number typed by the user, right within a tolerance.
    Numeric {
        /// The prompt.
        front: &'a str,
        /// The right number.
        answer: f64,
        /// The unit of `answer` and `tolerance`.
        unit: &'a str,
        /// The largest accepted difference.
        tolerance: f64,
    },
    /// A generated drill.
    Generated {
        /// The generator.
        generator: GeneratorKind,
    },
}

impl BodyView<'_> {
    /// `basic`, `cloze`, `numeric` or `generated` (as `CardBody::kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            BodyView::Basic { .. } => "basic",
            BodyView::Cloze { .. } => "cloze",
            BodyView::Numeric { .. } => "numeric",
            BodyView::Generated { .. } => "generated",
        }
    }

    /// The owned body.
    pub fn to_body(&self) -> CardBody {
        match *self {
            BodyView::Basic { front, back } => CardBody::Basic {
                front: front.into(),
                back: back.into(),
            },
            BodyView::Cloze { text } => CardBody::Cloze { text: text.into() },
            BodyView::Numeric {
                front,
                answer,
                unit,
                tolerance,
            } => CardBody::Numeric {
                front: front.into(),
                answer,
                unit: unit.into(),
                tolerance,
            },
            BodyView::Generated { generator } => CardBody::Generated { generator },
        }
    }
}

impl<'a> BodyView<'a> {
    /// The view of an owned body.
    pub fn of(body: &'a CardBody) -> BodyView<'a> {
        match body {
            CardBody::Basic { front, back } => BodyView::Basic { front, back },
            CardBody::Cloze { text } => BodyView::Cloze { text },
            CardBody::Numeric {
                front,
                answer,
                unit,
                tolerance,
            } => BodyView::Numeric {
                front,
                answer: *answer,
                unit,
                tolerance: *tolerance,
            },
            CardBody::Generated { generator } => BodyView::Generated {
                generator: *generator,
            },
        }
    }
}

/// A card borrowed from a table: the fields of `Card`, as text of the table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardView<'a> {
    /// Full id `pack/item`.
    pub id: &'a str,
    /// What is asked and answered.
    pub body: BodyView<'a>,
    /// Free tags.
    pub tags: &'a [Text],
    /// An https URL of the page that states the fact.
    pub source: &'a str,
    /// The DVA-C02 domain, when the card belongs to one.
    pub domain: Option<Domain>,
    /// The card's group, if any.
    pub group: Option<&'a str>,
    /// An explanation shown with the answer.
    pub note: Option<&'a str>,
    /// The Korean version, when the pack has one.
    pub ko: Option<&'a CardText>,
}

impl<'a> CardView<'a> {
    /// The view of an owned card.
    pub fn of(card: &'a Card) -> CardView<'a> {
        CardView {
            id: &card.id,
            body: BodyView::of(&card.body),
            tags: &card.tags,
            source: &card.source,
            domain: card.domain,
            group: card.group.as_deref(),
            note: card.note.as_deref(),
            ko: card.ko.as_deref(),
        }
    }

    /// The owned card.
    pub fn to_card(&self) -> Card {
        Card {
            id: self.id.into(),
            body: self.body.to_body(),
            tags: self.tags.to_vec(),
            source: self.source.into(),
            domain: self.domain,
            group: self.group.map(Text::from),
            note: self.note.map(str::to_string),
            ko: self.ko.map(|k| Box::new(k.clone())),
        }
    }
}

/// The parts of `card` that a row keeps as text (see `Row::lens`), its kind and generator.
fn fields(card: &Card) -> ([Cow<'_, str>; 7], u8, u8) {
    let group = card.group.as_deref().unwrap_or("");
    let none = || Cow::Borrowed("");
    let (a, b, kind, numbers, generator) = match &card.body {
        CardBody::Basic { front, back } => (&**front, &**back, BASIC, [none(), none()], 0),
        CardBody::Cloze { text } => (&**text, "", CLOZE, [none(), none()], 0),
        CardBody::Numeric {
            front,
            answer,
            unit,
            tolerance,
        } => (
            &**front,
            &**unit,
            NUMERIC,
            [
                Cow::Owned(format!("{answer:?}")),
                Cow::Owned(format!("{tolerance:?}")),
            ],
            0,
        ),
        CardBody::Generated { generator } => {
            let at = GeneratorKind::ALL
                .iter()
                .position(|(_, g)| g == generator)
                .unwrap_or(0);
            ("", "", GENERATED, [none(), none()], at as u8)
        }
    };
    let [answer, tolerance] = numbers;
    (
        [
            Cow::Borrowed(&*card.id),
            Cow::Borrowed(&*card.source),
            Cow::Borrowed(a),
            Cow::Borrowed(b),
            Cow::Borrowed(group),
            answer,
            tolerance,
        ],
        kind,
        generator,
    )
}

/// A number written by `fields`.
fn number(text: &str) -> f64 {
    text.parse().unwrap_or(0.0)
}

/// The bytes of text a row of `card` takes in its part (0 for a card kept whole).
fn text_len(card: &Card) -> usize {
    let texts = fields(card).0;
    if keep_whole(card, &texts) {
        return 0;
    }
    texts.iter().map(|f| f.len()).sum()
}

/// Whether `card` is kept whole: it has a note or a Korean version, or a field (`texts`, from
/// `fields`) too long for a row's lengths.
fn keep_whole(card: &Card, texts: &[Cow<'_, str>; 7]) -> bool {
    card.note.is_some()
        || card.ko.is_some()
        || texts.iter().any(|f| f.len() > usize::from(u16::MAX))
}

impl CardTable {
    /// The cards, in this order, as a table of one part (each box is freed once its card is in
    /// the table, so the boxes and the table do not add up).
    pub fn of_cards(cards: Vec<Box<Card>>) -> CardTable {
        let mut t = CardTable::default();
        t.start_part(cards.iter().map(|c| text_len(c)).sum());
        t.rows.reserve_exact(cards.len());
        for c in cards {
            t.push_card(*c);
        }
        t.finish();
        t
    }

    /// Adds `card` at the end, in the last part.
    pub fn push(&mut self, card: &Card) {
        if self.parts.is_empty() {
            self.start_part(0);
        }
        self.push_card(card.clone());
    }

    /// A new part, with room for `text` bytes.
    fn start_part(&mut self, text: usize) {
        self.finish();
        self.parts.push(Part {
            text: String::with_capacity(text),
            ..Part::default()
        });
    }

    /// Drops the tag sets' index of the last part and the spare room of its vectors.
    fn finish(&mut self) {
        self.tag_index = FxHashMap::default();
        if let Some(p) = self.parts.last_mut() {
            p.tag_sets.shrink_to_fit();
            p.whole.shrink_to_fit();
        }
    }

    fn push_card(&mut self, card: Card) {
        let part_ix = self.parts.len() - 1;
        let (texts, kind, generator) = fields(&card);
        let whole = keep_whole(&card, &texts);
        let domain = card
            .domain
            .and_then(|d| Domain::ALL.iter().position(|x| *x == d))
            .map_or(0, |i| i as u8 + 1);
        let flags = if card.group.is_some() { GROUP } else { 0 };
        let lens = texts
            .each_ref()
            .map(|f| u16::try_from(f.len()).unwrap_or(0));
        let part = &mut self.parts[part_ix];
        let at_text = part.text.len();
        // A part's text is addressed by u32: a part that would outgrow it keeps its cards whole.
        let whole =
            whole || at_text + texts.iter().map(|f| f.len()).sum::<usize>() > u32::MAX as usize;
        let tags = if card.tags.is_empty() {
            u32::MAX
        } else {
            match self.tag_index.get(card.tags.as_slice()) {
                Some(&i) => i,
                None => {
                    let i = part.tag_sets.len() as u32;
                    let set: Box<[Text]> = card.tags.clone().into_boxed_slice();
                    self.tag_index.insert(set.clone(), i);
                    part.tag_sets.push(set);
                    i
                }
            }
        };
        let at = if whole {
            part.whole.len()
        } else {
            for f in &texts {
                part.text.push_str(f);
            }
            at_text
        };
        self.rows.push(Row {
            part: part_ix as u32,
            at: at as u32,
            tags,
            lens,
            kind,
            domain,
            generator,
            flags: flags | if whole { WHOLE } else { 0 },
        });
        if whole {
            part.whole.push(card);
        }
    }

    /// Appends the rows of `other` (its parts move: no text is copied).
    pub fn append(&mut self, other: CardTable) {
        self.finish();
        let base = self.parts.len() as u32;
        self.rows.reserve(other.rows.len());
        self.rows.extend(other.rows.into_iter().map(|mut r| {
            r.part += base;
            r
        }));
        self.parts.extend(other.parts);
    }

    /// Puts the rows in the order of `order` (positions in the table as it is; each once).
    pub fn reorder(&mut self, order: &[u32]) {
        let rows: Vec<Row> = order.iter().map(|&i| self.rows[i as usize]).collect();
        self.rows = rows;
    }

    /// Room for `n` more rows.
    pub fn reserve(&mut self, n: usize) {
        self.rows.reserve_exact(n);
    }

    /// Whether every row points into its part (a table read from the pack cache is checked
    /// before it is used: reading a card never panics).
    pub fn is_sound(&self) -> bool {
        self.rows.iter().all(|r| {
            let Some(part) = self.parts.get(r.part as usize) else {
                return false;
            };
            if r.kind > GENERATED
                || usize::from(r.domain) > Domain::ALL.len()
                || usize::from(r.generator) >= GeneratorKind::ALL.len()
                || (r.tags != u32::MAX && r.tags as usize >= part.tag_sets.len())
            {
                return false;
            }
            if r.flags & WHOLE != 0 {
                return (r.at as usize) < part.whole.len();
            }
            let mut at = r.at as usize;
            part.text.is_char_boundary(at)
                && r.lens.iter().all(|&n| {
                    at += usize::from(n);
                    part.text.is_char_boundary(at)
                })
        })
    }

    /// The number of cards.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Whether there is no card.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The card at `i` (panics past the end, as a slice does).
    pub fn get(&self, i: usize) -> CardView<'_> {
        let r = &self.rows[i];
        let part = &self.parts[r.part as usize];
        if r.flags & WHOLE != 0 {
            return CardView::of(&part.whole[r.at as usize]);
        }
        let [id, source, a, b, group, answer, tolerance] = self.texts(r);
        let body = match r.kind {
            BASIC => BodyView::Basic { front: a, back: b },
            CLOZE => BodyView::Cloze { text: a },
            NUMERIC => BodyView::Numeric {
                front: a,
                answer: number(answer),
                unit: b,
                tolerance: number(tolerance),
            },
            _ => BodyView::Generated {
                generator: GeneratorKind::ALL[usize::from(r.generator)].1,
            },
        };
        CardView {
            id,
            body,
            tags: part
                .tag_sets
                .get(r.tags as usize)
                .map_or(&[][..], |s| &s[..]),
            source,
            domain: r.domain.checked_sub(1).map(|d| Domain::ALL[usize::from(d)]),
            group: (r.flags & GROUP != 0).then_some(group),
            note: None,
            ko: None,
        }
    }

    /// The text fields of a row that is not kept whole.
    fn texts(&self, r: &Row) -> [&str; 7] {
        let text = &self.parts[r.part as usize].text;
        let mut at = r.at as usize;
        r.lens.map(|n| {
            let s = &text[at..at + usize::from(n)];
            at += usize::from(n);
            s
        })
    }

    /// The id of the card at `i` (what the id index reads).
    pub fn id(&self, i: usize) -> &str {
        let r = &self.rows[i];
        if r.flags & WHOLE != 0 {
            return &self.parts[r.part as usize].whole[r.at as usize].id;
        }
        let text = &self.parts[r.part as usize].text;
        &text[r.at as usize..r.at as usize + usize::from(r.lens[0])]
    }

    /// The tags of the card at `i` (without reading the rest of the card).
    pub fn tags(&self, i: usize) -> &[Text] {
        let r = &self.rows[i];
        let part = &self.parts[r.part as usize];
        if r.flags & WHOLE != 0 {
            return &part.whole[r.at as usize].tags;
        }
        part.tag_sets
            .get(r.tags as usize)
            .map_or(&[][..], |s| &s[..])
    }

    /// The domain of the card at `i` (without reading the rest of the card).
    pub fn domain(&self, i: usize) -> Option<Domain> {
        let r = &self.rows[i];
        if r.flags & WHOLE != 0 {
            return self.parts[r.part as usize].whole[r.at as usize].domain;
        }
        r.domain.checked_sub(1).map(|d| Domain::ALL[usize::from(d)])
    }

    /// Whether the card at `i` is a generated drill.
    pub fn is_generated(&self, i: usize) -> bool {
        let r = &self.rows[i];
        if r.flags & WHOLE != 0 {
            return matches!(
                self.parts[r.part as usize].whole[r.at as usize].body,
                CardBody::Generated { .. }
            );
        }
        r.kind == GENERATED
    }

    /// Every card, in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = CardView<'_>> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }

    /// Every card's id, in order.
    pub fn ids(&self) -> impl ExactSizeIterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.id(i))
    }
}

impl<'a> IntoIterator for &'a CardTable {
    type Item = CardView<'a>;
    type IntoIter = std::iter::Map<std::ops::Range<usize>, Box<dyn Fn(usize) -> CardView<'a> + 'a>>;

    fn into_iter(self) -> Self::IntoIter {
        let f: Box<dyn Fn(usize) -> CardView<'a> + 'a> = Box::new(move |i| self.get(i));
        (0..self.len()).map(f)
    }
}

impl FromIterator<Card> for CardTable {
    fn from_iter<I: IntoIterator<Item = Card>>(iter: I) -> CardTable {
        CardTable::of_cards(iter.into_iter().map(Box::new).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_stays_small() {
        assert!(
            std::mem::size_of::<Row>() <= 32,
            "{}",
            std::mem::size_of::<Row>()
        );
        assert!(std::mem::size_of::<CardView>() <= 160);
    }

    #[test]
    fn every_bundled_card_reads_back_the_same() {
        let mut kinds = std::collections::HashSet::new();
        let (mut ko, mut notes, mut groups, mut tags, mut rows) = (0, 0, 0, 0, 0);
        let mut all = Vec::new();
        for (name, text) in super::super::bundled::BUNDLED {
            let Some(pack) = super::super::parse_pack(name, text.as_bytes()).pack else {
                continue;
            };
            let cards: Vec<Card> = pack
                .cards
                .iter()
                .map(|c| (**c).clone())
                .chain(pack.generators.iter().map(|g| g.as_card()))
                .collect();
            let table = CardTable::of_cards(cards.iter().cloned().map(Box::new).collect());
            assert_eq!(table.len(), cards.len());
            for (i, c) in cards.iter().enumerate() {
                let v = table.get(i);
                assert_eq!(v.to_card(), *c, "{}", c.id);
                assert_eq!(v, CardView::of(c));
                assert_eq!(table.id(i), c.id.as_str());
                assert_eq!(table.tags(i), &c.tags[..]);
                assert_eq!(table.domain(i), c.domain);
                assert_eq!(
                    table.is_generated(i),
                    matches!(c.body, CardBody::Generated { .. })
                );
                kinds.insert(c.body.kind());
                ko += usize::from(c.ko.is_some());
                notes += usize::from(c.note.is_some());
                groups += usize::from(c.group.is_some());
                tags += usize::from(!c.tags.is_empty());
                rows += usize::from(table.rows[i].flags & WHOLE == 0);
            }
            all.push((cards, table));
        }
        assert_eq!(kinds.len(), 4, "{kinds:?}");
        assert!(ko > 0 && notes > 0 && groups > 0 && tags > 0 && rows > 0);
        // Tables appended and reordered read the same cards in the new order.
        let mut joined = CardTable::default();
        let mut cards = Vec::new();
        for (c, t) in all {
            cards.extend(c);
            joined.append(t);
        }
        let order: Vec<u32> = (0..cards.len() as u32).rev().collect();
        joined.reorder(&order);
        for (i, &j) in order.iter().enumerate() {
            assert_eq!(joined.get(i).to_card(), cards[j as usize]);
        }
        assert!(joined.is_sound());
        let bytes = postcard::to_stdvec(&joined).unwrap();
        let back: CardTable = postcard::from_bytes(&bytes).unwrap();
        assert!(back.is_sound());
        assert!((0..joined.len()).all(|i| back.get(i) == joined.get(i)));
        let mut bad = back.clone();
        let row = bad.rows.iter().position(|r| r.flags & WHOLE == 0).unwrap();
        bad.rows[row].at = u32::MAX - 10;
        assert!(!bad.is_sound(), "a field past the text");
        let mut bad = back;
        bad.rows[0].part = 9_999;
        assert!(!bad.is_sound(), "a part that is not there");
        // Cards pushed one by one after the others.
        joined.push(&cards[0]);
        assert_eq!(joined.get(joined.len() - 1).to_card(), cards[0]);
    }

    #[test]
    fn plain_cards_are_rows_and_share_their_tag_sets() {
        let cards: Vec<Box<Card>> = (0..100)
            .map(|i| {
                let mut c = Card::plain(
                    format!("p/c{i}"),
                    CardBody::Numeric {
                        front: "How many?".into(),
                        answer: [0.1 + 0.2, 1e300, -2.5e-9, f64::from(i) + 0.5][i as usize % 4],
                        unit: "seconds".into(),
                        tolerance: [0.25, 0.0, 1.0 / 3.0][i as usize % 3],
                    },
                );
                c.tags = vec!["synthetic".into(), Text::from(["a", "b"][i as usize % 2])];
                c.source = format!("https://docs.aws.amazon.com/x/{i}.html").into();
                c.domain = Some(Domain::ALL[i as usize % 4]);
                c.group = (i % 3 == 0).then(|| Text::from("g"));
                Box::new(c)
            })
            .collect();
        let expected: Vec<Card> = cards.iter().map(|c| (**c).clone()).collect();
        let table = CardTable::of_cards(cards);
        assert_eq!(table.parts.len(), 1);
        assert_eq!(table.parts[0].tag_sets.len(), 2);
        assert!(table.parts[0].whole.is_empty());
        for (i, c) in expected.iter().enumerate() {
            assert_eq!(table.get(i).to_card(), *c);
        }
        // A field too long for a row: the card is kept whole.
        let long = Card::plain(
            "p/long",
            CardBody::Cloze {
                text: "x".repeat(70_000).into(),
            },
        );
        let mut t = CardTable::default();
        t.push(&long);
        assert_eq!(t.get(0).to_card(), long);
        assert_eq!(t.parts[0].whole.len(), 1);
    }
}

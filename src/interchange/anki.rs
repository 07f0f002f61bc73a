//! Cards as Anki notes and Anki notes as cards.
//!
//! Export: every basic and numeric card becomes a note of the note type `awsdrill Basic`, every
//! cloze card a note of `awsdrill Cloze` (an Anki cloze type: our `{{answer::hint}}` is written
//! `{{c1::answer::hint}}`, one cloze number because awsdrill hides all deletions of a card
//! together). A note's guid is `awsdrill:` and the card's full id, so a later export of the same
//! card updates the note in Anki instead of adding a second one.
//!
//! Import: notes of a standard (front/back) note type become basic cards, notes of a cloze type
//! cloze cards, one per cloze number as Anki shows them. Notes written by awsdrill come back with
//! their ids, notes, sources, Korean text and numeric answers.

use super::html::{to_html, to_plain};
use super::{ImportReport, SkipReason, card_id_from_full, unique_ids};
use crate::core::config::Lang;
use crate::core::content::{Card, CardBody, CardText, Pack, cloze_deletions};
use crate::core::domain::Domain;
use crate::store::anki::{CardRow, NewCollection, NoteRow, Notetypes, ReadCollection};
use serde_json::{Value, json};

/// The prefix of the guid of a note written by awsdrill; the card's full id follows.
pub const GUID_PREFIX: &str = "awsdrill:";
/// The note type of basic and numeric cards.
pub const BASIC_NAME: &str = "awsdrill Basic";
/// The note type of cloze cards.
pub const CLOZE_NAME: &str = "awsdrill Cloze";
/// Its id (fixed, so that every export uses the same note type in Anki).
const BASIC_ID: i64 = 1_767_225_600_001;
const CLOZE_ID: i64 = 1_767_225_600_002;
/// When the note types' layout last changed (Unix seconds): Anki replaces a note type by an
/// imported one only when the imported one is newer.
const LAYOUT_MTIME: i64 = 1_767_225_600;
/// The fields of `awsdrill Basic`, in order.
pub const BASIC_FIELDS: [&str; 8] = [
    "Front",
    "Back",
    "Note",
    "Source",
    "Korean Front",
    "Korean Back",
    "Korean Note",
    "Numeric",
];
/// The fields of `awsdrill Cloze`, in order.
pub const CLOZE_FIELDS: [&str; 5] = ["Text", "Note", "Source", "Korean Text", "Korean Note"];
/// The parent deck; each pack is a deck under it.
pub const DECK_ROOT: &str = "awsdrill";

/// Which text goes into the notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportLang {
    /// English.
    En,
    /// Korean where the card has it, else English.
    Ko,
    /// English, and Korean in the Korean fields.
    Both,
}

/// What an export wrote and left out.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ExportSummary {
    /// Notes of basic cards.
    pub basic: usize,
    /// Notes of cloze cards.
    pub cloze: usize,
    /// Notes of numeric cards (as basic notes).
    pub numeric: usize,
    /// Notes that carry Korean text.
    pub korean: usize,
    /// Generated drills left out: they have no fixed text.
    pub generated: usize,
    /// Exam questions left out (an Anki note has no multiple choice).
    pub questions: usize,
}

/// The collection to write for `packs`, and what it holds. `now_ms` dates the notes (a newer
/// note replaces an older one with the same guid when Anki imports it).
pub fn collection(
    packs: &[&Pack],
    lang: ExportLang,
    now_ms: i64,
) -> (NewCollection, ExportSummary) {
    let now_s = now_ms / 1000;
    let mut sum = ExportSummary::default();
    let mut notes = Vec::new();
    let mut cards = Vec::new();
    let root_deck = now_ms;
    let mut decks = serde_json::Map::new();
    decks.insert("1".into(), deck_json(1, "Default", now_s));
    decks.insert(
        root_deck.to_string(),
        deck_json(root_deck, DECK_ROOT, now_s),
    );
    for (p, pack) in packs.iter().enumerate() {
        let deck = now_ms + 1 + p as i64;
        let name = format!("{DECK_ROOT}::{}", pack.title.replace("::", ":"));
        decks.insert(deck.to_string(), deck_json(deck, &name, now_s));
        sum.generated += pack.generators.len();
        sum.questions += pack.questions.len();
        for card in &pack.cards {
            let Some((notetype, fields)) = note_fields(card, lang) else {
                sum.generated += 1;
                continue;
            };
            match card.body {
                CardBody::Basic { .. } => sum.basic += 1,
                CardBody::Cloze { .. } => sum.cloze += 1,
                CardBody::Numeric { .. } => sum.numeric += 1,
                CardBody::Generated { .. } => {}
            }
            if lang == ExportLang::Both && card.ko.is_some() {
                sum.korean += 1;
            }
            let id = now_ms + notes.len() as i64;
            let first = to_plain(&fields[0]).text;
            notes.push(NoteRow {
                id,
                guid: format!("{GUID_PREFIX}{}", card.id),
                notetype,
                modified_secs: now_s,
                tags: tags(pack, card),
                fields: fields.join("\u{1f}"),
                checksum: checksum(&first),
                sort_field: first,
            });
            cards.push(CardRow {
                id,
                note: id,
                deck,
                ord: 0,
                modified_secs: now_s,
                position: cards.len() as i64 + 1,
            });
        }
    }
    let col = NewCollection {
        created_secs: now_s,
        modified_ms: now_ms,
        conf: json!({
            "activeDecks": [1], "curDeck": 1, "newSpread": 0, "collapseTime": 1200,
            "timeLim": 0, "estTimes": true, "dueCounts": true, "curModel": BASIC_ID,
            "nextPos": cards.len() + 1, "sortType": "noteFld", "sortBackwards": false,
            "addToCur": true, "schedVer": 2,
        })
        .to_string(),
        models: json!({
            BASIC_ID.to_string(): notetype_json(BASIC_ID, BASIC_NAME, 0, &BASIC_FIELDS, &basic_templates()),
            CLOZE_ID.to_string(): notetype_json(CLOZE_ID, CLOZE_NAME, 1, &CLOZE_FIELDS, &cloze_templates()),
        })
        .to_string(),
        decks: Value::Object(decks).to_string(),
        dconf: json!({"1": dconf_json()}).to_string(),
        notes,
        cards,
    };
    (col, sum)
}

/// The note type and fields (HTML) of a card's note; `None` for a generated drill.
fn note_fields(card: &Card, lang: ExportLang) -> Option<(i64, Vec<String>)> {
    let ko = card.ko.as_deref();
    let pick = |en: &str, k: Option<&String>| -> String {
        match (lang, k) {
            (ExportLang::Ko, Some(k)) => k.clone(),
            _ => en.to_string(),
        }
    };
    let korean = |k: Option<&String>| -> String {
        match (lang, k) {
            (ExportLang::Both, Some(k)) => to_html(k),
            _ => String::new(),
        }
    };
    let note = card.note.as_deref().unwrap_or("");
    let ko_note = ko.and_then(|k| k.note.as_ref());
    let note_html = to_html(&pick(note, ko_note.filter(|_| !note.is_empty())));
    let source = to_html(&card.source);
    match &card.body {
        CardBody::Basic { front, back } => Some((
            BASIC_ID,
            vec![
                to_html(&pick(front, ko.and_then(|k| k.front.as_ref()))),
                to_html(&pick(back, ko.and_then(|k| k.back.as_ref()))),
                note_html,
                source,
                korean(ko.and_then(|k| k.front.as_ref())),
                korean(ko.and_then(|k| k.back.as_ref())),
                korean(ko_note),
                String::new(),
            ],
        )),
        CardBody::Numeric {
            front,
            answer,
            unit,
            tolerance,
        } => {
            // The answer with its unit in a language: the Korean unit (`ko.unit`) in Korean.
            // The hidden `Numeric` field keeps both units (the Korean one with `both`), so an
            // import reads them back.
            let ko_unit = ko.and_then(|k| k.unit.as_deref());
            let answer_in = |l: Lang| {
                let q = |v: f64| crate::study_text::quantity(l, v, unit, ko_unit);
                if *tolerance > 0.0 {
                    format!("{} (± {})", q(*answer), q(*tolerance))
                } else {
                    q(*answer)
                }
            };
            let back = answer_in(if lang == ExportLang::Ko {
                Lang::Ko
            } else {
                Lang::En
            });
            let ko_back = match (lang, ko_unit) {
                (ExportLang::Both, Some(_)) => to_html(&answer_in(Lang::Ko)),
                _ => String::new(),
            };
            Some((
                BASIC_ID,
                vec![
                    to_html(&pick(front, ko.and_then(|k| k.front.as_ref()))),
                    to_html(&back),
                    note_html,
                    source,
                    korean(ko.and_then(|k| k.front.as_ref())),
                    ko_back,
                    korean(ko_note),
                    to_html(&numeric_field(
                        *answer,
                        unit,
                        *tolerance,
                        ko_unit.filter(|_| lang == ExportLang::Both),
                    )),
                ],
            ))
        }
        CardBody::Cloze { text } => {
            let ko_text = ko.and_then(|k| k.text.as_ref());
            Some((
                CLOZE_ID,
                vec![
                    anki_cloze(&pick(text, ko_text)),
                    note_html,
                    source,
                    match (lang, ko_text) {
                        (ExportLang::Both, Some(k)) => anki_cloze(k),
                        _ => String::new(),
                    },
                    korean(ko_note),
                ],
            ))
        }
        CardBody::Generated { .. } => None,
    }
}

/// The hidden `Numeric` field: `answer unit ±tolerance`, numbers written exactly, then the
/// Korean unit when the Korean fields are written (`900 seconds ±0 초`).
fn numeric_field(answer: f64, unit: &str, tolerance: f64, ko_unit: Option<&str>) -> String {
    match ko_unit {
        Some(k) => format!("{answer} {unit} ±{tolerance} {k}"),
        None => format!("{answer} {unit} ±{tolerance}"),
    }
}

/// A numeric card as the `Numeric` field holds it: answer, unit, tolerance, Korean unit.
type NumericField = (f64, String, f64, Option<String>);

/// Reads the `Numeric` field back.
fn parse_numeric_field(s: &str) -> Option<NumericField> {
    let (answer, rest) = s.trim().split_once(' ')?;
    let (unit, tolerance) = rest.rsplit_once(" ±")?;
    let (tolerance, ko_unit) = match tolerance.split_once(' ') {
        Some((t, k)) => (t, Some(k.trim().to_string()).filter(|k| !k.is_empty())),
        None => (tolerance, None),
    };
    let answer: f64 = answer.parse().ok().filter(|v: &f64| v.is_finite())?;
    let tolerance: f64 = tolerance.parse().ok().filter(|v: &f64| *v >= 0.0)?;
    let unit = unit.trim();
    (!unit.is_empty()).then(|| (answer, unit.to_string(), tolerance, ko_unit))
}

/// Our cloze text as an Anki cloze field: `{{answer::hint}}` becomes `{{c1::answer::hint}}`.
pub fn anki_cloze(text: &str) -> String {
    let html = to_html(text);
    let Ok(deletions) = cloze_deletions(&html) else {
        return html;
    };
    let mut out = String::with_capacity(html.len() + 4 * deletions.len());
    let mut at = 0;
    for d in deletions {
        out.push_str(&html[at..d.range.start]);
        out.push_str("{{c1::");
        out.push_str(&html[d.range.start + 2..d.range.end]);
        at = d.range.end;
    }
    out.push_str(&html[at..]);
    out
}

/// Anki tags of a card: `pack::ID`, `domain::KEY`, `group::ID` (siblings) and its own tags, spaces made `_` (an Anki tag
/// has none), as `notes.tags` holds them: `" a b "`.
fn tags(pack: &Pack, card: &Card) -> String {
    let mut out = vec![format!("pack::{}", pack.id)];
    if let Some(d) = card.domain {
        out.push(format!("domain::{}", d.key()));
    }
    if let Some(g) = &card.group {
        out.push(format!("group::{g}"));
    }
    out.extend(card.tags.iter().map(|t| anki_tag(t)));
    out.retain(|t| !t.is_empty());
    format!(" {} ", out.join(" "))
}

/// A tag as Anki can hold it: no whitespace.
pub fn anki_tag(tag: &str) -> String {
    tag.split_whitespace().collect::<Vec<_>>().join("_")
}

/// Anki's checksum of a note's first field: the first 8 hex digits of its SHA-1, as a number.
fn checksum(plain: &str) -> i64 {
    let digest = sha1_smol::Sha1::from(plain).digest().bytes();
    i64::from(u32::from_be_bytes([
        digest[0], digest[1], digest[2], digest[3],
    ]))
}

fn basic_templates() -> Vec<(String, String)> {
    let q = "<div class=front>{{Front}}</div>\n{{#Korean Front}}<div class=\"front ko\">{{Korean Front}}</div>{{/Korean Front}}";
    let a = "{{FrontSide}}\n\n<hr id=answer>\n\n<div class=back>{{Back}}</div>\n{{#Korean Back}}<div class=\"back ko\">{{Korean Back}}</div>{{/Korean Back}}\n";
    vec![(q.into(), format!("{a}{}", back_extras()))]
}

fn cloze_templates() -> Vec<(String, String)> {
    let q = "<div class=front>{{cloze:Text}}</div>\n{{#Korean Text}}<div class=\"front ko\">{{cloze:Korean Text}}</div>{{/Korean Text}}";
    let a = format!("{q}\n{}", back_extras());
    vec![(q.into(), a)]
}

/// The note and the source link under the answer.
fn back_extras() -> &'static str {
    "{{#Note}}<div class=note>{{Note}}</div>{{/Note}}\n{{#Korean Note}}<div class=\"note ko\">{{Korean Note}}</div>{{/Korean Note}}\n{{#Source}}<div class=source><a href=\"{{text:Source}}\">{{text:Source}}</a></div>{{/Source}}"
}

const CSS: &str = ".card { font-family: arial; font-size: 20px; line-height: 1.5; text-align: left; color: black; background-color: white; }\n.ko { margin-top: 0.5em; color: #555; }\n.nightMode .ko { color: #bbb; }\n.note { margin-top: 1em; font-size: 16px; }\n.source { margin-top: 1em; font-size: 14px; }\n.cloze { font-weight: bold; color: blue; }\n.nightMode .cloze { color: lightblue; }\n";

fn notetype_json(
    id: i64,
    name: &str,
    kind: i64,
    fields: &[&str],
    templates: &[(String, String)],
) -> Value {
    let flds: Vec<Value> = fields
        .iter()
        .enumerate()
        .map(|(i, f)| {
            json!({"name": f, "ord": i, "sticky": false, "rtl": false, "font": "Arial",
                   "size": 20, "media": [], "description": "", "plainText": false,
                   "collapsed": false, "excludeFromSearch": false})
        })
        .collect();
    let tmpls: Vec<Value> = templates
        .iter()
        .enumerate()
        .map(|(i, (q, a))| {
            json!({"name": if kind == 1 { "Cloze".to_string() } else { format!("Card {}", i + 1) },
                   "ord": i, "qfmt": q, "afmt": a, "bqfmt": "", "bafmt": "", "did": null,
                   "bfont": "", "bsize": 0})
        })
        .collect();
    json!({
        "id": id, "name": name, "type": kind, "mod": LAYOUT_MTIME, "usn": -1, "sortf": 0,
        "did": null, "tmpls": tmpls, "flds": flds, "css": CSS, "tags": [], "vers": [],
        "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
        "latexPost": "\\end{document}", "latexsvg": false,
        "req": [[0, "any", [0]]],
    })
}

fn deck_json(id: i64, name: &str, now_s: i64) -> Value {
    json!({
        "id": id, "name": name, "mod": now_s, "usn": -1, "desc": "", "dyn": 0, "conf": 1,
        "collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
        "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0],
    })
}

fn dconf_json() -> Value {
    json!({
        "id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true,
        "timer": 0, "replayq": true, "dyn": false,
        "new": {"bury": false, "delays": [1.0, 10.0], "initialFactor": 2500, "ints": [1, 4, 0],
                "order": 1, "perDay": 20},
        "rev": {"bury": false, "ease4": 1.3, "ivlFct": 1.0, "maxIvl": 36500, "perDay": 200,
                "hardFactor": 1.2},
        "lapse": {"delays": [10.0], "leechAction": 1, "leechFails": 8, "minInt": 1, "mult": 0.0},
    })
}

// ---- import ----

/// A note type as the importer sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notetype {
    /// Its id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// Whether it is a cloze type.
    pub cloze: bool,
    /// Its field names, in order.
    pub fields: Vec<String>,
    /// How many card templates it has (a standard type makes one card per template).
    pub templates: usize,
}

/// The note types of a collection, from the JSON of schema 11 or the rows of schema 18. `None`
/// when the JSON cannot be read.
pub fn notetypes(n: &Notetypes) -> Option<Vec<Notetype>> {
    match n {
        Notetypes::Json(text) => {
            let v: Value = serde_json::from_str(text).ok()?;
            let mut out = Vec::new();
            for (key, m) in v.as_object()? {
                let id = m["id"].as_i64().or_else(|| key.parse().ok())?;
                let mut fields: Vec<(i64, String)> = m["flds"]
                    .as_array()?
                    .iter()
                    .enumerate()
                    .map(|(i, f)| {
                        (
                            f["ord"].as_i64().unwrap_or(i as i64),
                            f["name"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect();
                fields.sort_by_key(|(o, _)| *o);
                out.push(Notetype {
                    id,
                    name: m["name"].as_str().unwrap_or("").to_string(),
                    cloze: m["type"].as_i64() == Some(1),
                    fields: fields.into_iter().map(|(_, n)| n).collect(),
                    templates: m["tmpls"].as_array().map_or(1, Vec::len),
                });
            }
            Some(out)
        }
        Notetypes::Rows(rows) => Some(
            rows.iter()
                .map(|r| Notetype {
                    id: r.id,
                    name: r.name.clone(),
                    cloze: proto_varint(&r.config, 1) == Some(1),
                    fields: r.fields.clone(),
                    templates: r.templates,
                })
                .collect(),
        ),
    }
}

/// The value of the varint field `field` of a protobuf message, if present. Anki's note type
/// options (`Notetype.Config`) say in field 1 whether the type is a cloze type (`kind = 1`).
pub(crate) fn proto_varint(bytes: &[u8], field: u64) -> Option<u64> {
    fn varint(b: &[u8], at: &mut usize) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = *b.get(*at)?;
            *at += 1;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    let mut at = 0;
    while at < bytes.len() {
        let key = varint(bytes, &mut at)?;
        let (number, wire) = (key >> 3, key & 7);
        match wire {
            0 => {
                let v = varint(bytes, &mut at)?;
                if number == field {
                    return Some(v);
                }
            }
            1 => at += 8,
            2 => {
                let len = usize::try_from(varint(bytes, &mut at)?).ok()?;
                at = at.checked_add(len)?;
            }
            5 => at += 4,
            _ => return None,
        }
    }
    None
}

/// Which field holds what, for one note type.
#[derive(Debug, Clone, Default)]
struct Roles {
    front: usize,
    back: Option<usize>,
    note: Option<usize>,
    source: Option<usize>,
    ko_front: Option<usize>,
    ko_back: Option<usize>,
    ko_note: Option<usize>,
    numeric: Option<usize>,
}

impl Roles {
    fn of(nt: &Notetype) -> Roles {
        let ours = |names: &[&str]| {
            nt.fields
                .iter()
                .map(String::as_str)
                .eq(names.iter().copied())
        };
        if ours(&BASIC_FIELDS) {
            return Roles {
                front: 0,
                back: Some(1),
                note: Some(2),
                source: Some(3),
                ko_front: Some(4),
                ko_back: Some(5),
                ko_note: Some(6),
                numeric: Some(7),
            };
        }
        if ours(&CLOZE_FIELDS) {
            return Roles {
                front: 0,
                note: Some(1),
                source: Some(2),
                ko_front: Some(3),
                ko_note: Some(4),
                ..Roles::default()
            };
        }
        let named = |names: &[&str]| {
            nt.fields
                .iter()
                .position(|f| names.iter().any(|n| f.trim().eq_ignore_ascii_case(n)))
        };
        let front = if nt.cloze {
            named(&["Text"]).unwrap_or(0)
        } else {
            0
        };
        let back = (!nt.cloze).then_some(1);
        let note = named(&["Back Extra", "Extra", "Note", "Notes"])
            .filter(|&i| i > front && Some(i) != back);
        let source = named(&["Source", "URL", "Link"]).filter(|&i| i != front && Some(i) != back);
        Roles {
            front,
            back,
            note,
            source,
            ..Roles::default()
        }
    }

    fn used(&self) -> impl Iterator<Item = usize> + '_ {
        [
            Some(self.front),
            self.back,
            self.note,
            self.source,
            self.ko_front,
            self.ko_back,
            self.ko_note,
            self.numeric,
        ]
        .into_iter()
        .flatten()
    }
}

/// The cards made from a collection's notes, with the report of what was left out and changed.
/// Card ids are made for the pack `pack_id`; a card whose note names no source gets `source`.
pub fn import(
    col: &ReadCollection,
    pack_id: &str,
    source: Option<&str>,
) -> (Vec<Card>, ImportReport) {
    let mut report = ImportReport {
        notes: col.notes.len(),
        reviews: col.reviews.max(0) as usize,
        ..ImportReport::default()
    };
    let Some(types) = notetypes(&col.notetypes) else {
        report.skip(SkipReason::UnreadableNoteTypes, col.notes.len());
        return (Vec::new(), report);
    };
    let mut cards = Vec::new();
    for note in &col.notes {
        let Some(nt) = types.iter().find(|t| t.id == note.notetype) else {
            report.skip(SkipReason::UnknownNoteType, 1);
            continue;
        };
        let raw: Vec<&str> = note.fields.split('\u{1f}').collect();
        let roles = Roles::of(nt);
        if !nt.cloze && nt.fields.len() < 2 {
            report.skip_type(SkipReason::OneField, &nt.name);
            continue;
        }
        let mut formatting = false;
        let mut media = 0;
        let mut field = |i: Option<usize>| -> String {
            let Some(html) = i.and_then(|i| raw.get(i)) else {
                return String::new();
            };
            let p = to_plain(html);
            formatting |= p.formatting_removed;
            media += p.media_removed;
            p.text
        };
        let front = field(Some(roles.front));
        let back = field(roles.back);
        let note_text = field(roles.note);
        let source_text = field(roles.source);
        let ko_front = field(roles.ko_front);
        let ko_back = field(roles.ko_back);
        let ko_note = field(roles.ko_note);
        let numeric = field(roles.numeric);
        let dropped = raw
            .iter()
            .enumerate()
            .filter(|(i, f)| !roles.used().any(|u| u == *i) && !to_plain(f).text.is_empty())
            .count();
        report.media_removed += media;
        let source = Some(source_text.as_str())
            .filter(|s| crate::core::content::load::source_problem(s).is_ok())
            .or(source)
            .map(str::to_string);
        let (domain, group, tags) = read_tags(&note.tags);
        let mut base = Card {
            id: Default::default(),
            body: CardBody::Basic {
                front: Default::default(),
                back: Default::default(),
            },
            tags: tags.into_iter().map(Into::into).collect(),
            source: source.clone().unwrap_or_default().into(),
            domain,
            group: group.map(Into::into),
            note: Some(note_text).filter(|n| !n.is_empty()),
            ko: None,
        };
        let own_full = note.guid.strip_prefix(GUID_PREFIX);
        let own_id = own_full.and_then(|full| card_id_from_full(full, pack_id));
        // A group is a pack's own: from another pack it takes that pack's name, as ids do.
        if let (Some(full), Some(g)) = (own_full, &base.group) {
            let origin = crate::core::content::pack_of(full);
            base.group = card_id_from_full(&format!("{origin}/{g}"), pack_id).map(Into::into);
        }
        let made: Vec<Card> = if nt.cloze {
            let cards = match anki_cloze_cards(&front) {
                Ok(c) if !c.is_empty() => c,
                Ok(_) => {
                    report.skip(SkipReason::NoCloze, 1);
                    continue;
                }
                Err(reason) => {
                    report.skip(reason, 1);
                    continue;
                }
            };
            let ko_cards = anki_cloze_cards(&ko_front).unwrap_or_default();
            let several = cards.len() > 1;
            if several {
                report.cloze_split += 1;
            }
            cards
                .into_iter()
                .map(|(n, text)| {
                    let mut c = base.clone();
                    c.id = match (&own_id, several) {
                        (Some(id), false) => id.into(),
                        (Some(id), true) => compact_str::format_compact!("{id}-c{n}"),
                        (None, false) => compact_str::format_compact!("anki-{}", note.id),
                        (None, true) => compact_str::format_compact!("anki-{}-c{n}", note.id),
                    };
                    if several && c.group.is_none() {
                        c.group = Some(compact_str::format_compact!("anki-{}", note.id));
                    }
                    let ko_text = ko_cards
                        .iter()
                        .find(|(k, _)| *k == n)
                        .map(|(_, t)| t.clone());
                    c.ko = korean(None, None, ko_text, &ko_note, c.note.is_some());
                    c.body = CardBody::Cloze { text: text.into() };
                    c
                })
                .collect()
        } else {
            if front.is_empty() || back.is_empty() {
                report.skip(SkipReason::EmptyField, 1);
                continue;
            }
            let mut c = base;
            c.id = own_id.unwrap_or_else(|| format!("anki-{}", note.id)).into();
            match parse_numeric_field(&numeric) {
                Some((answer, unit, tolerance, ko_unit)) => {
                    c.body = CardBody::Numeric {
                        front: front.into(),
                        answer,
                        unit: unit.into(),
                        tolerance,
                    };
                    c.ko = korean(Some(ko_front), None, None, &ko_note, c.note.is_some());
                    if let Some(k) = ko_unit {
                        c.ko.get_or_insert_with(Box::default).unit = Some(k);
                    }
                }
                None => {
                    c.body = CardBody::Basic {
                        front: front.into(),
                        back: back.into(),
                    };
                    c.ko = korean(
                        Some(ko_front),
                        Some(ko_back),
                        None,
                        &ko_note,
                        c.note.is_some(),
                    );
                }
            }
            vec![c]
        };
        if source.is_none() {
            report.without_source += made.len();
        }
        if formatting {
            report.formatting_removed += 1;
        }
        if dropped > 0 {
            report.fields_dropped += 1;
        }
        if !nt.cloze && nt.templates > 1 {
            report.one_card_of_several += 1;
        }
        report.imported_notes += 1;
        for c in made {
            match c.body {
                CardBody::Cloze { .. } => report.cloze += 1,
                CardBody::Numeric { .. } => report.numeric += 1,
                _ => report.basic += 1,
            }
            cards.push(c);
        }
    }
    unique_ids(&mut cards);
    (cards, report)
}

/// The Korean text of an imported card, when any field of it is written. A Korean note needs an
/// English note beside it (a pack's rule).
fn korean(
    front: Option<String>,
    back: Option<String>,
    text: Option<String>,
    note: &str,
    has_note: bool,
) -> Option<Box<CardText>> {
    let some = |s: Option<String>| s.filter(|s| !s.is_empty());
    let ko = CardText {
        front: some(front),
        back: some(back),
        text: some(text),
        note: some(Some(note.to_string())).filter(|_| has_note),
        unit: None,
    };
    (ko != CardText::default()).then(|| Box::new(ko))
}

/// The domain (from a `domain::KEY` tag), the sibling group (`group::ID`) and the other tags
/// of a note; `pack::ID` tags, which awsdrill writes, are dropped.
fn read_tags(tags: &str) -> (Option<Domain>, Option<String>, Vec<String>) {
    let mut domain = None;
    let mut group = None;
    let mut out = Vec::new();
    for t in tags.split_whitespace() {
        if t.starts_with("pack::") {
            continue;
        }
        if let Some(d) = t.strip_prefix("domain::").and_then(Domain::from_key) {
            domain = Some(d);
            continue;
        }
        if let Some(g) = t
            .strip_prefix("group::")
            .filter(|g| crate::core::content::load::valid_id(g))
        {
            group = Some(g.to_string());
            continue;
        }
        if !out.iter().any(|o| o == t) {
            out.push(t.to_string());
        }
    }
    (domain, group, out)
}

/// The cards Anki makes from a cloze text, as ours: for each cloze number (ascending), the text
/// with that number's deletions as `{{answer::hint}}` and the others shown as their answers.
fn anki_cloze_cards(text: &str) -> Result<Vec<(u32, String)>, SkipReason> {
    struct Del {
        n: u32,
        range: std::ops::Range<usize>,
        inner: String,
    }
    let mut dels = Vec::new();
    let mut at = 0;
    while let Some(open) = text[at..].find("{{c").map(|i| at + i) {
        let digits: String = text[open + 3..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let body = open + 3 + digits.len();
        let Some(n) = digits
            .parse::<u32>()
            .ok()
            .filter(|_| text[body..].starts_with("::"))
        else {
            at = open + 3;
            continue;
        };
        let inner_start = body + 2;
        let Some(close) = text[inner_start..].find("}}").map(|i| inner_start + i) else {
            return Err(SkipReason::BadCloze);
        };
        let inner = &text[inner_start..close];
        if inner.contains("{{") {
            return Err(SkipReason::NestedCloze);
        }
        if inner.starts_with("image-occlusion:") {
            return Err(SkipReason::ImageOcclusion);
        }
        let (answer, hint) = match inner.split_once("::") {
            Some((a, h)) => (a.trim(), Some(h.trim()).filter(|h| !h.is_empty())),
            None => (inner.trim(), None),
        };
        if answer.is_empty() {
            return Err(SkipReason::BadCloze);
        }
        dels.push(Del {
            n,
            range: open..close + 2,
            inner: match hint {
                Some(h) => format!("{answer}::{h}"),
                None => answer.to_string(),
            },
        });
        at = close + 2;
    }
    let mut numbers: Vec<u32> = dels.iter().map(|d| d.n).collect();
    numbers.sort_unstable();
    numbers.dedup();
    Ok(numbers
        .into_iter()
        .map(|n| {
            let mut out = String::with_capacity(text.len());
            let mut at = 0;
            for d in &dels {
                out.push_str(&text[at..d.range.start]);
                if d.n == n {
                    out.push_str("{{");
                    out.push_str(&d.inner);
                    out.push_str("}}");
                } else {
                    out.push_str(
                        d.inner
                            .split_once("::")
                            .map_or(d.inner.as_str(), |(a, _)| a),
                    );
                }
                at = d.range.end;
            }
            out.push_str(&text[at..]);
            (n, out)
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numeric_answer_has_its_korean_unit_in_the_korean_fields() {
        let card = Card {
            id: "t/x".into(),
            body: CardBody::Numeric {
                front: "Rate?".into(),
                answer: 10000.0,
                unit: "requests per second".into(),
                tolerance: 0.0,
            },
            tags: Vec::new(),
            source: Default::default(),
            domain: None,
            group: None,
            note: None,
            ko: Some(Box::new(CardText {
                front: Some("속도?".into()),
                unit: Some("초당 요청 {n}건".into()),
                ..CardText::default()
            })),
        };
        let fields = |lang| note_fields(&card, lang).unwrap().1;
        assert_eq!(fields(ExportLang::En)[1], "10,000 requests per second");
        assert_eq!(fields(ExportLang::En)[5], "");
        assert_eq!(fields(ExportLang::Ko)[1], "초당 요청 10,000건");
        let both = fields(ExportLang::Both);
        assert_eq!(
            (both[1].as_str(), both[5].as_str()),
            ("10,000 requests per second", "초당 요청 10,000건")
        );
        // The hidden field keeps the English unit, and with the Korean fields the Korean one:
        // an import reads both.
        assert_eq!(both[7], "10000 requests per second ±0 초당 요청 {n}건");
        assert_eq!(fields(ExportLang::En)[7], "10000 requests per second ±0");
    }

    #[test]
    fn our_cloze_becomes_c1_and_comes_back() {
        let ours = "From {{128 MB}} to {{10,240 MB::upper}} & more";
        let anki = anki_cloze(ours);
        assert_eq!(
            anki,
            "From {{c1::128 MB}} to {{c1::10,240 MB::upper}} &amp; more"
        );
        let back = anki_cloze_cards(&to_plain(&anki).text).unwrap();
        assert_eq!(back, vec![(1, ours.to_string())]);
    }

    #[test]
    fn anki_cloze_numbers_become_one_card_each() {
        let cards = anki_cloze_cards("{{c1::A}} and {{c2::B::hint}} and {{c1::C}}").unwrap();
        assert_eq!(
            cards,
            vec![
                (1, "{{A}} and B and {{C}}".to_string()),
                (2, "A and {{B::hint}} and C".to_string())
            ]
        );
        assert_eq!(anki_cloze_cards("no deletion"), Ok(vec![]));
        assert_eq!(
            anki_cloze_cards("{{c1::a {{c2::b}}}}"),
            Err(SkipReason::NestedCloze)
        );
        assert_eq!(
            anki_cloze_cards("{{c1::image-occlusion:rect:left=.1}}"),
            Err(SkipReason::ImageOcclusion)
        );
        assert_eq!(anki_cloze_cards("{{c1::}}"), Err(SkipReason::BadCloze));
    }

    #[test]
    fn numeric_field_reads_back_exactly() {
        let f = numeric_field(0.1 + 0.2, "requests per second", 0.001, None);
        assert_eq!(
            parse_numeric_field(&f),
            Some((0.1 + 0.2, "requests per second".to_string(), 0.001, None))
        );
        // With the Korean unit after the tolerance.
        let f = numeric_field(10000.0, "requests per second", 0.0, Some("초당 요청 {n}건"));
        assert_eq!(f, "10000 requests per second ±0 초당 요청 {n}건");
        assert_eq!(
            parse_numeric_field(&f),
            Some((
                10000.0,
                "requests per second".to_string(),
                0.0,
                Some("초당 요청 {n}건".to_string())
            ))
        );
        assert_eq!(parse_numeric_field("900 seconds"), None);
        assert_eq!(parse_numeric_field(""), None);
    }

    #[test]
    fn cloze_kind_is_read_from_the_note_type_options() {
        // kind = 1 (cloze), then a string field; and a normal type (kind omitted).
        assert_eq!(proto_varint(&[0x08, 0x01, 0x1a, 0x01, b'x'], 1), Some(1));
        assert_eq!(proto_varint(&[0x10, 0x02, 0x1a, 0x01, b'x'], 1), None);
        assert_eq!(proto_varint(&[0x1a, 0x05, b'x'], 1), None);
    }

    #[test]
    fn tags_carry_pack_and_domain() {
        let (d, g, t) =
            read_tags(" pack::lambda domain::security group::g-1 limits marked limits ");
        assert_eq!(d, Some(Domain::Security));
        assert_eq!(g.as_deref(), Some("g-1"));
        assert_eq!(t, vec!["limits", "marked"]);
        assert_eq!(anki_tag("two words"), "two_words");
    }
}

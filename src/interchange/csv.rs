//! Cards as CSV rows for spreadsheets, and rows back into cards.
//!
//! One row per card with a header row: `id, kind, front, back, note, tags, source, domain,
//! group, front_ko, back_ko, note_ko` (`group`: cards of one fact, never shown on one day). A cloze card has its text (with `{{...}}`) in `front` and an empty
//! `back`; a numeric card has its answer in `back` as `900 seconds`, or `900 seconds ±5` with a
//! tolerance, and its Korean unit (`초`, `초당 요청 {n}건`) in `back_ko`. Tags are separated by spaces. On import only `front` is required; the others may be
//! missing or in any order.

use super::card_id_from_full;
use crate::core::content::{Card, CardBody, CardText, Pack};
use crate::core::domain::Domain;

/// The columns written, in order.
pub const COLUMNS: [&str; 12] = [
    "id", "kind", "front", "back", "note", "tags", "source", "domain", "group", "front_ko",
    "back_ko", "note_ko",
];

/// Writes the cards of `packs` (generated drills have no fixed text and are left out; their count
/// is returned with the number of rows).
pub fn write<W: std::io::Write>(out: W, packs: &[&Pack]) -> csv::Result<(usize, usize)> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    let (mut rows, mut generated) = (0, 0);
    for pack in packs {
        generated += pack.generators.len();
        for c in &pack.cards {
            let ko = c.ko.as_deref().cloned().unwrap_or_default();
            let (kind, front, back) = match &c.body {
                CardBody::Basic { front, back } => ("basic", front.to_string(), back.to_string()),
                CardBody::Cloze { text } => ("cloze", text.to_string(), String::new()),
                CardBody::Numeric {
                    front,
                    answer,
                    unit,
                    tolerance,
                } => (
                    "numeric",
                    front.to_string(),
                    numeric_answer(*answer, unit, *tolerance),
                ),
                CardBody::Generated { .. } => {
                    generated += 1;
                    continue;
                }
            };
            let front_ko = ko.front.or(ko.text).unwrap_or_default();
            let tags = c
                .tags
                .iter()
                .map(|t| super::anki::anki_tag(t))
                .collect::<Vec<_>>()
                .join(" ");
            w.write_record([
                c.id.as_str(),
                kind,
                &front,
                &back,
                c.note.as_deref().unwrap_or(""),
                &tags,
                &c.source,
                c.domain.map_or("", |d| d.key()),
                c.group.as_deref().unwrap_or(""),
                &front_ko,
                ko.back.or(ko.unit).as_deref().unwrap_or(""),
                ko.note.as_deref().unwrap_or(""),
            ])?;
            rows += 1;
        }
    }
    w.flush()?;
    Ok((rows, generated))
}

/// A numeric card's answer as the `back` column holds it.
fn numeric_answer(answer: f64, unit: &str, tolerance: f64) -> String {
    if tolerance > 0.0 {
        format!("{answer} {unit} ±{tolerance}")
    } else {
        format!("{answer} {unit}")
    }
}

fn parse_numeric_answer(s: &str) -> Option<(f64, String, f64)> {
    let (number, rest) = s.trim().split_once(' ')?;
    let answer: f64 = number
        .replace(',', "")
        .parse()
        .ok()
        .filter(|v: &f64| v.is_finite())?;
    let (unit, tolerance) = match rest.rsplit_once(" ±") {
        Some((u, t)) => (u, t.trim().parse().ok().filter(|t: &f64| *t >= 0.0)?),
        None => (rest, 0.0),
    };
    let unit = unit.trim();
    (!unit.is_empty()).then(|| (answer, unit.to_string(), tolerance))
}

/// What is wrong with a row.
#[derive(Debug, Clone, PartialEq)]
pub enum RowProblem {
    /// The header has no `front` column.
    NoFrontColumn,
    /// A required cell is empty.
    Empty,
    /// `kind` is not basic, cloze or numeric.
    UnknownKind(String),
    /// A numeric card's `back` is not `NUMBER UNIT` or `NUMBER UNIT ±TOLERANCE`.
    NotANumber(String),
    /// `domain` is not one of the four.
    UnknownDomain(String),
    /// `group` is not an id.
    BadGroup(String),
    /// A cell is not UTF-8 text (the column's number, from 1).
    NotUtf8(u64),
    /// The file could not be read.
    Unreadable(crate::core::io_problem::IoProblem),
}

/// What the CSV reader refused: text that is not UTF-8, or a failed read (the reader takes any
/// quoting, and rows may have any number of cells).
fn unreadable(e: &csv::Error) -> RowProblem {
    use crate::core::io_problem::IoProblem;
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => RowProblem::NotUtf8(err.field() as u64 + 1),
        csv::ErrorKind::Io(io) => RowProblem::Unreadable(IoProblem::of(io)),
        _ => RowProblem::Unreadable(IoProblem::Other(e.to_string())),
    }
}

/// A problem with a cell: the line, the column's name and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct RowError {
    /// The line of the file (1 is the header).
    pub line: u64,
    /// The column.
    pub column: String,
    /// What is wrong.
    pub problem: RowProblem,
}

/// Reads rows into cards for the pack `pack_id`; a card without a `source` cell gets `source`.
/// Every problem found is returned, so that one run names them all.
pub fn read<R: std::io::Read>(
    input: R,
    pack_id: &str,
    source: Option<&str>,
) -> Result<(Vec<Card>, usize), Vec<RowError>> {
    let mut r = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let header: Vec<String> = match r.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_lowercase()).collect(),
        Err(e) => {
            return Err(vec![RowError {
                line: 1,
                column: String::new(),
                problem: unreadable(&e),
            }]);
        }
    };
    let col = |name: &str| header.iter().position(|h| h == name);
    let Some(front_col) = col("front") else {
        return Err(vec![RowError {
            line: 1,
            column: "front".into(),
            problem: RowProblem::NoFrontColumn,
        }]);
    };
    let mut cards = Vec::new();
    let mut errors = Vec::new();
    let mut without_source = 0;
    for (i, record) in r.records().enumerate() {
        let line = i as u64 + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                errors.push(RowError {
                    line,
                    column: String::new(),
                    problem: unreadable(&e),
                });
                continue;
            }
        };
        let line = record.position().map_or(line, |p| p.line());
        let cell = |name: &str| -> String {
            col(name)
                .and_then(|c| record.get(c))
                .map(|s| s.trim().to_string())
                .unwrap_or_default()
        };
        let mut problem = |column: &str, problem: RowProblem| {
            errors.push(RowError {
                line,
                column: column.to_string(),
                problem,
            })
        };
        let front = record.get(front_col).unwrap_or("").trim().to_string();
        let back = cell("back");
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if front.is_empty() {
            problem("front", RowProblem::Empty);
            continue;
        }
        let kind = match cell("kind").to_lowercase().as_str() {
            "" if back.is_empty() && front.contains("{{") => "cloze".to_string(),
            "" => "basic".to_string(),
            k => k.to_string(),
        };
        let body = match kind.as_str() {
            "basic" if back.is_empty() => {
                problem("back", RowProblem::Empty);
                continue;
            }
            "basic" => CardBody::Basic {
                front: front.as_str().into(),
                back: back.as_str().into(),
            },
            "cloze" => CardBody::Cloze {
                text: front.as_str().into(),
            },
            "numeric" => match parse_numeric_answer(&back) {
                Some((answer, unit, tolerance)) => CardBody::Numeric {
                    front: front.as_str().into(),
                    answer,
                    unit: unit.into(),
                    tolerance,
                },
                None => {
                    problem("back", RowProblem::NotANumber(back.clone()));
                    continue;
                }
            },
            other => {
                problem("kind", RowProblem::UnknownKind(other.to_string()));
                continue;
            }
        };
        let domain = match cell("domain").as_str() {
            "" => None,
            d => match Domain::from_key(d) {
                Some(d) => Some(d),
                None => {
                    problem("domain", RowProblem::UnknownDomain(d.to_string()));
                    continue;
                }
            },
        };
        let group = match cell("group").as_str() {
            "" => None,
            g if crate::core::content::load::valid_id(g) => Some(g.to_string()),
            g => {
                problem("group", RowProblem::BadGroup(g.to_string()));
                continue;
            }
        };
        let full = cell("id");
        // A group is a pack's own: from another pack it takes that pack's name, as ids do.
        let group = match (group, full.split_once('/')) {
            (Some(g), Some((origin, _))) => card_id_from_full(&format!("{origin}/{g}"), pack_id),
            (g, _) => g,
        };
        let id = full;
        let id = (!id.is_empty())
            .then(|| card_id_from_full(&id, pack_id))
            .flatten()
            .unwrap_or_else(|| format!("row-{line}"));
        let note = Some(cell("note")).filter(|n| !n.is_empty());
        let some = |s: String| Some(s).filter(|s| !s.is_empty());
        let front_ko = some(cell("front_ko"));
        let ko = CardText {
            front: front_ko.clone().filter(|_| kind != "cloze"),
            back: some(cell("back_ko")).filter(|_| kind == "basic"),
            text: front_ko.filter(|_| kind == "cloze"),
            note: some(cell("note_ko")).filter(|_| note.is_some()),
            unit: some(cell("back_ko")).filter(|_| kind == "numeric"),
        };
        let source = match (cell("source"), source) {
            (s, _) if !s.is_empty() => s,
            (_, Some(s)) => s.to_string(),
            (_, None) => {
                without_source += 1;
                String::new()
            }
        };
        cards.push(Card {
            id: id.into(),
            body,
            tags: cell("tags").split_whitespace().map(Into::into).collect(),
            source: source.into(),
            domain,
            group: group.map(Into::into),
            note,
            ko: (ko != CardText::default()).then(|| Box::new(ko)),
        });
    }
    if errors.is_empty() {
        super::unique_ids(&mut cards);
        Ok((cards, without_source))
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_answers_read_back() {
        let s = numeric_answer(10240.0, "MB", 0.5);
        assert_eq!(s, "10240 MB ±0.5");
        assert_eq!(parse_numeric_answer(&s), Some((10240.0, "MB".into(), 0.5)));
        assert_eq!(
            parse_numeric_answer("1,000 requests per second"),
            Some((1000.0, "requests per second".into(), 0.0))
        );
        assert_eq!(parse_numeric_answer("many"), None);
    }

    #[test]
    fn rows_with_problems_are_all_named() {
        let text = "front,back,kind,domain\nQ,,basic,\nQ,A,essay,\nQ,x,numeric,\nQ,A,,dev\n,,,\n";
        let errors = read(text.as_bytes(), "p", Some("https://x.example/")).unwrap_err();
        let got: Vec<(u64, &str)> = errors.iter().map(|e| (e.line, e.column.as_str())).collect();
        assert_eq!(got, [(2, "back"), (3, "kind"), (4, "back"), (5, "domain")]);
    }

    #[test]
    fn a_numeric_cards_korean_unit_round_trips_in_back_ko() {
        let src = "[pack]\nid = \"p\"\ntitle = \"P\"\nservices = [\"Lambda\"]\nschema = 1\nchecked = 2026-12-07\n\n[[card]]\nid = \"t\"\nkind = \"numeric\"\nfront = \"Max?\"\nanswer = 900\nunit = \"seconds\"\nsource = \"https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html\"\nko = { front = \"최대?\", unit = \"초\" }\n";
        let pack = crate::core::content::parse_pack("p.toml", src.as_bytes())
            .pack
            .unwrap();
        let mut out = Vec::new();
        write(&mut out, &[&pack]).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains(",최대?,초,"), "{text}");
        let (cards, _) = read(text.as_bytes(), "p", None).unwrap();
        assert_eq!(cards[0].ko, pack.cards[0].ko);
    }

    #[test]
    fn a_minimal_sheet_reads() {
        let text = "Front,Back\nWhat?,That.\nA {{cloze}} here,\n";
        let (cards, without) = read(text.as_bytes(), "p", None).unwrap();
        assert_eq!(without, 2);
        assert_eq!(cards[0].id, "row-2");
        assert!(matches!(cards[1].body, CardBody::Cloze { .. }));
    }
}

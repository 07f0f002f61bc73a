//! Korean checks that help authors: every question has Korean for each of its fields, and every
//! numeric card with Korean text has its Korean unit (`missing-korean`), and the Korean of cards and questions uses the glossary's term for each English term it uses
//! (`glossary-term`, placed at the word).

use super::cards::ReadCard;
use super::questions::ReadQuestion;
use super::*;
use crate::core::content::glossary::{self, Term};

/// Warns about the cards and questions of a pack whose Korean is missing or off the glossary.
pub(super) fn check<'a>(ctx: &mut Ctx, cards: &'a [ReadCard], questions: &'a [ReadQuestion]) {
    let terms = glossary::bundled();
    // Cards are checked against the glossary; a card without Korean is not a finding (a learner's
    // own pack may be English only; the bundled packs are held to 100 % by tests/content.rs).
    // A question without Korean is, since the exam is given in Korean.
    for c in cards {
        let card = &c.card;
        let item = Item::Card(Some(local(&card.id)));
        let ko = card.ko.as_deref();
        let mut missing = Vec::new();
        let mut pairs: Vec<(&'a str, &'a str)> = Vec::new();
        let mut field = |name: &str, en: Option<&'a str>, ko: Option<&'a str>| match (en, ko) {
            (Some(_), None) => missing.push(name.to_string()),
            (Some(en), Some(ko)) => pairs.push((en, ko)),
            _ => {}
        };
        match &card.body {
            CardBody::Basic { front, back } => {
                field("front", Some(front), ko.and_then(|k| k.front.as_deref()));
                field("back", Some(back), ko.and_then(|k| k.back.as_deref()));
            }
            CardBody::Cloze { text } => {
                field("text", Some(text), ko.and_then(|k| k.text.as_deref()))
            }
            CardBody::Numeric { front, unit, .. } => {
                field("front", Some(front), ko.and_then(|k| k.front.as_deref()));
                field("unit", Some(unit), ko.and_then(|k| k.unit.as_deref()));
            }
            CardBody::Generated { .. } => {}
        }
        field(
            "note",
            card.note.as_deref(),
            ko.and_then(|k| k.note.as_deref()),
        );
        // A numeric card with Korean text but no Korean unit would show an English unit beside
        // Korean words ("900 seconds 차이"): that one field is a finding.
        let unit_missing = ko.is_some() && missing.iter().any(|f| f == "unit");
        let missing = if unit_missing {
            vec!["unit".to_string()]
        } else {
            Vec::new()
        };
        report(ctx, terms, &item, c.span.clone(), missing, &pairs);
    }
    for q in questions {
        let question = &q.question;
        let item = Item::Question(Some(local(&question.id)));
        let mut missing = Vec::new();
        let mut pairs: Vec<(&'a str, &'a str)> = Vec::new();
        match &question.ko_stem {
            Some(ko) => pairs.push((&question.stem, ko)),
            None => missing.push("stem".to_string()),
        }
        for (i, c) in question.choices.iter().enumerate() {
            let letter = char::from(b'A' + (i as u8).min(25));
            match &c.ko_text {
                Some(ko) => pairs.push((&c.text, ko)),
                None => missing.push(format!("{letter}.text")),
            }
            match &c.ko_why {
                Some(ko) => pairs.push((&c.why, ko)),
                None => missing.push(format!("{letter}.why")),
            }
        }
        report(ctx, terms, &item, q.span.clone(), missing, &pairs);
    }
}

/// The id inside its pack (`lambda/timeout-max` -> `timeout-max`).
fn local(id: &str) -> String {
    id.split_once('/').map_or(id, |(_, l)| l).to_string()
}

/// Where the item that starts at `start` ends: at the next card, question or generator (or the
/// end of the file).
fn item_end(src: &str, start: usize) -> usize {
    let from = (start + 1).min(src.len());
    ["\n[[card]]", "\n[[question]]", "\n[[generator]]"]
        .iter()
        .filter_map(|h| src.get(from..)?.find(h).map(|i| from + i))
        .min()
        .unwrap_or(src.len())
}

fn report(
    ctx: &mut Ctx,
    terms: &[Term],
    item: &Item,
    span: Range<usize>,
    missing: Vec<String>,
    pairs: &[(&str, &str)],
) {
    if !missing.is_empty() {
        let kind = K::MissingKorean {
            item: item.clone(),
            fields: missing,
        };
        ctx.warn("missing-korean", span.start..span.start, kind);
    }
    let mut said = std::collections::HashSet::new();
    for (en, ko) in pairs {
        for hit in glossary::avoided(terms, en, ko) {
            if !said.insert((hit.term.en.as_str(), hit.used)) {
                continue;
            }
            // The word in the file: the first time it appears in the item (its table and its
            // choices' tables, up to the next item).
            let end = item_end(ctx.src, span.start);
            let body = ctx.src.get(span.start..end).unwrap_or("");
            let at = body.find(hit.used).map_or(span.start, |i| span.start + i);
            let kind = K::GlossaryTerm {
                item: item.clone(),
                english: hit.term.en.clone(),
                used: hit.used.to_string(),
                preferred: hit.term.ko.clone(),
            };
            ctx.warn("glossary-term", at..at + hit.used.len(), kind);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::core::content::parse_pack;

    const HEAD: &str = "[pack]\nid = \"k\"\ntitle = \"K\"\nservices = [\"SQS\"]\nschema = 1\nchecked = 2026-12-07\n";
    const SRC: &str =
        "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/welcome.html";

    fn question(ko: &str, choice_ko: &str) -> String {
        let mut q = format!(
            "\n[[question]]\nid = \"q\"\ndomain = \"development\"\ntask = \"1.1\"\nservice = \"SQS\"\nstem = \"Messages wait in a queue. Which is right?\"\nsource = \"{SRC}\"\n{ko}\n"
        );
        for (i, t) in ["One", "Two", "Three", "Four"].iter().enumerate() {
            q += &format!(
                "\n[[question.choice]]\ntext = \"{t}\"\ncorrect = {}\nwhy = \"Because {t}.\"\n{}\n",
                i == 0,
                if i == 0 {
                    choice_ko
                } else {
                    "ko = { text = \"하나\", why = \"이유\" }"
                }
            );
        }
        q
    }

    #[test]
    fn a_question_without_korean_is_a_warning_naming_the_fields() {
        let pack = format!("{HEAD}{}", question("", ""));
        let r = parse_pack("k.toml", pack.as_bytes());
        let f: Vec<_> = r.findings.iter().map(|f| (f.code, f.line)).collect();
        assert_eq!(f, vec![("missing-korean", 8)], "{:?}", r.findings);
        let crate::core::content::FindingKind::MissingKorean { fields, .. } = &r.findings[0].kind
        else {
            panic!("{:?}", r.findings[0].kind)
        };
        assert_eq!(fields, &["stem", "A.text", "A.why"]);
    }

    #[test]
    fn korean_off_the_glossary_is_a_warning_at_the_word() {
        let pack = format!(
            "{HEAD}{}",
            question(
                "ko = { stem = \"메시지가 큐에서 기다립니다. 무엇이 맞습니까?\" }",
                "ko = { text = \"하나\", why = \"이유\" }"
            )
        );
        let r = parse_pack("k.toml", pack.as_bytes());
        let f: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.code, f.line, f.column))
            .collect();
        // Line 15 is the `ko` line; `큐` is its 21st character.
        assert_eq!(f, vec![("glossary-term", 15, 21)], "{:?}", r.findings);
    }

    #[test]
    fn korean_on_the_glossary_is_clean() {
        let pack = format!(
            "{HEAD}{}",
            question(
                "ko = { stem = \"메시지가 대기열에서 기다립니다. 무엇이 맞습니까?\" }",
                "ko = { text = \"하나\", why = \"이유\" }"
            )
        );
        let r = parse_pack("k.toml", pack.as_bytes());
        assert!(r.findings.is_empty(), "{:?}", r.findings);
    }

    fn numeric(ko: &str) -> String {
        format!(
            "{HEAD}\n[[card]]\nid = \"timeout\"\nkind = \"numeric\"\nfront = \"Max timeout?\"\nanswer = 900\nunit = \"seconds\"\nsource = \"{SRC}\"\n{ko}\n"
        )
    }

    #[test]
    fn a_numeric_card_with_korean_but_no_korean_unit_is_a_warning() {
        let r = parse_pack(
            "k.toml",
            numeric("ko = { front = \"최대 제한 시간은?\" }").as_bytes(),
        );
        let f: Vec<_> = r.findings.iter().map(|f| (f.code, f.line)).collect();
        assert_eq!(f, vec![("missing-korean", 8)], "{:?}", r.findings);
        let crate::core::content::FindingKind::MissingKorean { fields, .. } = &r.findings[0].kind
        else {
            panic!("{:?}", r.findings[0].kind)
        };
        assert_eq!(fields, &["unit"]);
        let pack = r.pack.unwrap();
        assert_eq!(
            crate::core::content::stats::PackStats::of(&pack).cards_with_korean,
            0
        );
        // With its unit the card is clean and counts as Korean.
        let r = parse_pack(
            "k.toml",
            numeric("ko = { front = \"최대 제한 시간은?\", unit = \"초\" }").as_bytes(),
        );
        assert!(r.findings.is_empty(), "{:?}", r.findings);
        let pack = r.pack.unwrap();
        assert_eq!(
            pack.cards[0].ko.as_ref().unwrap().unit.as_deref(),
            Some("초")
        );
        assert_eq!(
            crate::core::content::stats::PackStats::of(&pack).cards_with_korean,
            1
        );
        // An English-only card is not a finding (a learner's own pack).
        let r = parse_pack("k.toml", numeric("").as_bytes());
        assert!(r.findings.is_empty(), "{:?}", r.findings);
    }

    #[test]
    fn a_korean_unit_is_checked_where_it_is_written() {
        let r = parse_pack(
            "k.toml",
            numeric("ko = { front = \"몇 초?\", unit = \"{n}초 {n}\" }").as_bytes(),
        );
        let f: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.code, f.line, f.column))
            .collect();
        // The error at the unit (line 15, column 31), and, the unit not being read, the warning.
        assert_eq!(
            f,
            vec![("missing-korean", 8, 1), ("numeric-no-unit", 15, 31)],
            "{:?}",
            r.findings
        );
        let r = parse_pack(
            "k.toml",
            numeric("ko = { front = \"몇 초?\", unit = \" \" }").as_bytes(),
        );
        let f: Vec<_> = r
            .findings
            .iter()
            .map(|f| (f.code, f.line, f.column))
            .collect();
        assert_eq!(
            f,
            vec![("missing-korean", 8, 1), ("empty-text", 15, 31)],
            "{:?}",
            r.findings
        );
    }
}

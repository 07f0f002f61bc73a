//! Checks across packs: pack id collisions, links to cards of other packs, and cards or questions
//! of two packs that read almost the same.
//!
//! Pure: works on the reports that `parse_pack` produced.

use super::diag::{Finding, Severity};
use super::kind::{Compared, FindingKind};
use super::load::{PackReport, card_prompt};
use super::similar;
use std::collections::{HashMap, HashSet};

/// Adds the findings that need every pack at once to the reports, and drops a colliding pack (the
/// later one) so that the rest of the app never sees two packs with one id.
pub fn check_set(reports: &mut [PackReport]) {
    let mut first: HashMap<String, (String, String)> = HashMap::new();
    for r in reports.iter_mut() {
        let Some(pack) = &r.pack else { continue };
        let here = r.id_location.clone().unwrap_or_else(|| r.file.clone());
        if let Some((file, loc)) = first.get(&pack.id) {
            let mut f = Finding::whole_file(
                Severity::Error,
                "pack-id-collision",
                &r.file,
                FindingKind::PackIdCollision {
                    id: pack.id.clone(),
                    first_file: file.clone(),
                    first_at: loc.clone(),
                    file: r.file.clone(),
                    at: here.clone(),
                },
            );
            if let Some((line, col)) = parse_line_col(&here) {
                f.line = line;
                f.column = col;
            }
            r.findings.push(f);
            r.pack = None;
        } else {
            first.insert(pack.id.clone(), (r.file.clone(), here));
        }
    }
    // Links to other packs are rare: the set of card ids is built only when there are some, and
    // only of the packs linked to (a large collection of user packs is not hashed for the few
    // links between bundled packs).
    let unknown: Vec<Vec<Finding>> = if reports.iter().any(|r| !r.pending_links.is_empty()) {
        let linked: HashSet<&str> = reports
            .iter()
            .flat_map(|r| r.pending_links.iter().map(|(t, _)| super::pack_of(t)))
            .collect();
        // A pack loaded with only its ids (`PackReport::roster`) or as a table has them there.
        let cards: rustc_hash::FxHashSet<&str> = reports
            .iter()
            .filter_map(|r| r.pack.as_ref().map(|p| (p, r)))
            .filter(|(p, _)| linked.contains(p.id.as_str()))
            .flat_map(|(p, r)| {
                p.cards
                    .iter()
                    .map(|c| c.id.as_str())
                    .chain(r.roster.iter().flat_map(|r| r.card_ids()))
                    .chain(r.table.iter().flat_map(|t| t.ids()))
            })
            .collect();
        reports
            .iter()
            .map(|r| {
                r.pending_links
                    .iter()
                    .filter(|(target, _)| !cards.contains(target.as_str()))
                    .map(|(_, f)| f.clone())
                    .collect()
            })
            .collect()
    } else {
        vec![Vec::new(); reports.len()]
    };
    near_duplicates_across(reports);
    for (r, unknown) in reports.iter_mut().zip(unknown) {
        r.pending_links.clear();
        r.findings.extend(unknown);
        r.findings.sort_by_key(|f| (f.line, f.column));
    }
}

/// Warns about a card (or question) that reads almost the same as one of another pack, in the
/// later pack's report, naming both places. Only packs read with warnings take part (their
/// places are known): `awsdrill lint`, not the app.
fn near_duplicates_across(reports: &mut [PackReport]) {
    let located: Vec<usize> = (0..reports.len())
        .filter(|&r| {
            let p = &reports[r].places;
            reports[r].pack.as_ref().is_some_and(|pack| {
                p.cards.len() == pack.cards.len() && p.questions.len() == pack.questions.len()
            })
        })
        .collect();
    if located.len() < 2 {
        return;
    }
    let mut found: Vec<(usize, Finding)> = Vec::new();
    for what in [Compared::Card, Compared::Question] {
        // (report, item) of each text, in report order then item order.
        let mut items: Vec<(usize, usize)> = Vec::new();
        let mut texts: Vec<&str> = Vec::new();
        for &r in &located {
            let Some(pack) = &reports[r].pack else {
                continue;
            };
            if what == Compared::Card {
                texts.extend(pack.cards.iter().map(|c| card_prompt(c)));
                items.extend((0..pack.cards.len()).map(|i| (r, i)));
            } else {
                texts.extend(pack.questions.iter().map(|q| q.stem.as_str()));
                items.extend((0..pack.questions.len()).map(|i| (r, i)));
            }
        }
        let group: Vec<usize> = items.iter().map(|&(r, _)| r).collect();
        for (a, b, score) in similar::near_pairs_between(&texts, &group) {
            let ((ra, ia), (rb, ib)) = (items[a], items[b]);
            let (first, later) = (&reports[ra], &reports[rb]);
            let (id_a, id_b, at_a, at_b) = match (&first.pack, &later.pack) {
                (Some(pa), Some(pb)) if what == Compared::Card => (
                    pa.cards[ia].id.as_str(),
                    pb.cards[ib].id.as_str(),
                    &first.places.cards[ia],
                    &later.places.cards[ib],
                ),
                (Some(pa), Some(pb)) => (
                    pa.questions[ia].id.as_str(),
                    pb.questions[ib].id.as_str(),
                    &first.places.questions[ia],
                    &later.places.questions[ib],
                ),
                _ => continue,
            };
            let kind = FindingKind::NearDuplicateAcross {
                what,
                id: id_b.to_string(),
                at: format!("{}:{}:{}", later.file, at_b.line, at_b.column),
                other: id_a.to_string(),
                other_at: format!("{}:{}:{}", first.file, at_a.line, at_a.column),
                percent: score * 100.0,
            };
            let finding =
                Finding::located(Severity::Warning, "near-duplicate", &later.file, at_b, kind);
            found.push((rb, finding));
        }
    }
    for (r, f) in found {
        reports[r].findings.push(f);
    }
}

fn parse_line_col(loc: &str) -> Option<(usize, usize)> {
    let mut parts = loc.rsplitn(3, ':');
    let col = parts.next()?.parse().ok()?;
    let line = parts.next()?.parse().ok()?;
    Some((line, col))
}

#[cfg(test)]
mod tests {
    use super::super::parse_pack;
    use super::*;

    fn pack(id: &str, extra: &str) -> String {
        format!(
            "[pack]\nid = \"{id}\"\ntitle = \"T\"\nservices = [\"S3\"]\nschema = 1\nchecked = 2026-11-24\n{extra}"
        )
    }

    #[test]
    fn colliding_pack_ids_name_both_files() {
        let mut reports = vec![
            parse_pack("a.toml", pack("s3", "").as_bytes()),
            parse_pack("b.toml", pack("s3", "").as_bytes()),
        ];
        check_set(&mut reports);
        assert!(reports[0].findings.is_empty());
        let f = &reports[1].findings[0];
        assert_eq!(f.code, "pack-id-collision");
        // The sentence is tested in content_text.
        assert_eq!(
            f.kind,
            FindingKind::PackIdCollision {
                id: "s3".into(),
                first_file: "a.toml".into(),
                first_at: "a.toml:2:6".into(),
                file: "b.toml".into(),
                at: "b.toml:2:6".into(),
            }
        );
        assert!(reports[1].pack.is_none());
    }

    #[test]
    fn near_duplicates_across_packs_name_both_places() {
        let card = |id: &str, front: &str| {
            format!(
                "\n[[card]]\nid = \"{id}\"\nkind = \"basic\"\nfront = \"{front}\"\nback = \"B\"\nsource = \"https://docs.aws.amazon.com/x\"\n"
            )
        };
        let a = pack(
            "a",
            &(card("one", "What is the maximum timeout of a Lambda function?")
                + &card("two", "Which service stores objects?")),
        );
        let b = pack(
            "b",
            &card(
                "three",
                "What is the maximum timeout of a Lambda function ?",
            ),
        );
        let mut reports = vec![
            parse_pack("a.toml", a.as_bytes()),
            parse_pack("b.toml", b.as_bytes()),
        ];
        check_set(&mut reports);
        assert!(reports[0].findings.is_empty(), "{:?}", reports[0].findings);
        let f = &reports[1].findings;
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(
            (f[0].code, f[0].line, f[0].column),
            ("near-duplicate", 8, 1)
        );
        let FindingKind::NearDuplicateAcross {
            what,
            id,
            at,
            other,
            other_at,
            percent,
        } = &f[0].kind
        else {
            panic!("{:?}", f[0].kind);
        };
        assert_eq!(
            (
                *what,
                id.as_str(),
                at.as_str(),
                other.as_str(),
                other_at.as_str()
            ),
            (
                Compared::Card,
                "b/three",
                "b.toml:8:1",
                "a/one",
                "a.toml:8:1"
            )
        );
        assert_eq!(format!("{percent:.0}"), "98");
        // The app reads packs without warnings: nothing is compared across them.
        let mut quiet = vec![
            crate::core::content::parse_pack_with("a.toml", a.as_bytes(), false),
            crate::core::content::parse_pack_with("b.toml", b.as_bytes(), false),
        ];
        check_set(&mut quiet);
        assert!(quiet.iter().all(|r| r.findings.is_empty()));
    }
}

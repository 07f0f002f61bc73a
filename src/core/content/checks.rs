//! Checks across packs: pack id collisions and links to cards of other packs.
//!
//! Pure: works on the reports that `parse_pack` produced.

use super::diag::{Finding, Severity};
use super::load::PackReport;
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
                format!(
                    "pack id `{}` is declared by both {file} ({loc}) and {} ({here})",
                    pack.id, r.file
                ),
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
    // Links to other packs are rare: the set of every card id is built only when there are some.
    let unknown: Vec<Vec<Finding>> = if reports.iter().any(|r| !r.pending_links.is_empty()) {
        let cards: HashSet<&str> = reports
            .iter()
            .filter_map(|r| r.pack.as_ref())
            .flat_map(|p| p.cards.iter().map(|c| c.id.as_str()))
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
    for (r, unknown) in reports.iter_mut().zip(unknown) {
        r.pending_links.clear();
        r.findings.extend(unknown);
        r.findings.sort_by_key(|f| (f.line, f.column));
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
        assert_eq!(
            f.message,
            "pack id `s3` is declared by both a.toml (a.toml:2:6) and b.toml (b.toml:2:6)"
        );
        assert!(reports[1].pack.is_none());
    }
}

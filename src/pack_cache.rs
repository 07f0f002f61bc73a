//! The pack cache: validated packs kept on disk in a compact binary form, so that a pack that has
//! not changed since the last start is read instead of parsed and checked again.
//!
//! One file per pack source, named after a hash of the source's name. A file has three sections,
//! each with its own CRC-32: the pack's outline without its questions (ids and groups, no text: what
//! the due counts need, so that `awsdrill due` reads a small part of each file, and the app's first
//! frame too, with the questions' ids; and the questions without their text, which `stats` reads),
//! the questions (which the outlines read), and the whole pack. An entry is used only when
//! everything that decides its content matches: the build stamp (the pack reader's code, the
//! bundled packs and the dependency versions, computed by build.rs), the source's name, and for a
//! file its size, modification time and (on Unix) inode and change time. The whole entry is covered
//! by CRC-32s, so a damaged file is detected and the pack is parsed again. Only packs without any
//! finding are cached; a file with an error or a warning is parsed at every start so that its
//! findings are reported with their source lines. Writing is best effort (a read-only cache folder
//! costs speed, not correctness) and atomic (a temporary file renamed into place).

use crate::core::content::diag::{Finding, FindingKind, Severity};
use crate::core::content::{Card, CardBody, CardTable, Pack, Text, load::PackReport};
use crate::core::domain::Domain;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The build stamp: entries written by another build are ignored.
pub const BUILD_STAMP: &str = env!("AWSDRILL_BUILD_STAMP");

/// The first bytes of every cache file (the last digits are the layout version).
const MAGIC: &[u8; 8] = b"AWDPC007";

/// MAGIC, then the outline's length and CRC, the questions' length and CRC, and the full pack's
/// CRC (u32 each, LE).
const HEADER_LEN: usize = 28;

/// How much of a pack to load.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Everything (what the screens show).
    Full,
    /// Everything, the cards as a table (`PackReport::table`; the pack's own `cards` are
    /// empty): what a study session keeps (`packs::load_deck`). The cache stores them so.
    Deck,
    /// The outline only (`Pack::outline`): enough to schedule, nothing to show.
    Outline,
    /// The ids of the cards and questions only (`PackReport::roster`; the pack has no cards or
    /// questions of its own), with each card's domain and the questions without their text: what
    /// the due counts and the Stats report need.
    Ids,
}

/// What identifies one version of a pack source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Key {
    /// The name findings use: a path, or `content/packs/NAME` for a bundled pack.
    pub source: String,
    /// Size in bytes.
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch (0 for a bundled pack).
    pub modified_ns: i128,
    /// Inode and change time on Unix (a replaced file changes them even when size and modification
    /// time are copied over); zero elsewhere and for bundled packs.
    pub inode: u64,
    /// Change time, nanoseconds since the Unix epoch.
    pub changed_ns: i128,
}

impl Key {
    /// The key of a bundled pack: its name and size (the build stamp covers its text).
    pub fn bundled(source: &str, text: &str) -> Key {
        Key {
            source: source.to_string(),
            size: text.len() as u64,
            modified_ns: 0,
            inode: 0,
            changed_ns: 0,
        }
    }

    /// The key of a file from its metadata, taken before the file is read.
    pub fn file(source: &str, meta: &std::fs::Metadata) -> Key {
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map_or(0, |d| d.as_nanos() as i128);
        #[cfg(unix)]
        let (inode, changed_ns) = {
            use std::os::unix::fs::MetadataExt;
            (
                meta.ino(),
                i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec()),
            )
        };
        #[cfg(not(unix))]
        let (inode, changed_ns) = (0, 0);
        Key {
            source: source.to_string(),
            size: meta.len(),
            modified_ns,
            inode,
            changed_ns,
        }
    }
}

/// A link from a question to a card of another pack, checked when all packs are loaded.
#[derive(Debug, Serialize, Deserialize)]
struct Link {
    target: String,
    file: String,
    line: usize,
    column: usize,
    kind: FindingKind,
    source_line: Option<String>,
    width: usize,
}

/// The outline section: what identifies the entry, the pack's outline and what the checks across
/// packs need. The outline's cards are kept in columns (`Cards`), not one by one; its questions
/// are in a section of their own, and their ids here.
#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    stamp: String,
    key: Key,
    /// The pack's outline without its cards and questions.
    outline: Pack,
    cards: Cards,
    /// Every question's id, one after another.
    question_ids: String,
    /// Where each question's id ends in `question_ids`.
    question_ends: Vec<u32>,
    /// Every question without its text (`Question::without_text`: what `stats` reads of them).
    questions: Vec<crate::core::content::Question>,
    id_location: Option<String>,
    links: Vec<Link>,
}

/// The cards of an outline in columns: what `Card::outline` keeps (id, kind, domain, group, a
/// numeric card's answer and tolerance), read back with two allocations a card (the box and the
/// id) instead of a decoded field at a time (a large collection has tens of thousands).
#[derive(Debug, Default, Serialize, Deserialize)]
struct Cards {
    /// Every card's id, one after another.
    ids: String,
    /// Where each id ends in `ids`.
    ends: Vec<u32>,
    /// Each card's kind (`KIND_*`) plus 8 times its domain's number (0 for none).
    kinds: Vec<u8>,
    /// (card, group) of the cards in a group.
    groups: Vec<(u32, String)>,
    /// (card, answer, tolerance) of the numeric cards.
    numbers: Vec<(u32, f64, f64)>,
    /// (card, generator) of generated cards.
    generated: Vec<(u32, crate::core::calc::drills::GeneratorKind)>,
}

const KIND_BASIC: u8 = 0;
const KIND_CLOZE: u8 = 1;
const KIND_NUMERIC: u8 = 2;
const KIND_GENERATED: u8 = 3;

impl Cards {
    fn of(cards: &[Box<Card>]) -> Option<Cards> {
        let mut out = Cards::default();
        for (i, c) in cards.iter().enumerate() {
            let i = u32::try_from(i).ok()?;
            out.ids.push_str(&c.id);
            out.ends.push(u32::try_from(out.ids.len()).ok()?);
            let kind = match &c.body {
                CardBody::Basic { .. } => KIND_BASIC,
                CardBody::Cloze { .. } => KIND_CLOZE,
                CardBody::Numeric {
                    answer, tolerance, ..
                } => {
                    out.numbers.push((i, *answer, *tolerance));
                    KIND_NUMERIC
                }
                CardBody::Generated { generator } => {
                    out.generated.push((i, *generator));
                    KIND_GENERATED
                }
            };
            out.kinds
                .push(kind + 8 * c.domain.map_or(0, Domain::number));
            if let Some(g) = &c.group {
                out.groups.push((i, g.to_string()));
            }
        }
        Some(out)
    }

    /// The outline's cards (`Card::outline` of each); `None` when the columns do not agree.
    #[allow(
        clippy::vec_box,
        reason = "a pack's cards are boxed (they move into the study order as pointers)"
    )]
    fn cards(&self) -> Option<Vec<Box<Card>>> {
        if self.kinds.len() != self.ends.len() {
            return None;
        }
        let mut numbers = self.numbers.iter().peekable();
        let mut generated = self.generated.iter().peekable();
        let mut groups = self.groups.iter().peekable();
        let mut start = 0usize;
        let mut out = Vec::with_capacity(self.ends.len());
        for (i, (&end, &kind)) in self.ends.iter().zip(&self.kinds).enumerate() {
            let i = i as u32;
            let id = self.ids.get(start..end as usize)?;
            start = end as usize;
            let body = match kind % 8 {
                KIND_BASIC => CardBody::Basic {
                    front: Text::default(),
                    back: Text::default(),
                },
                KIND_CLOZE => CardBody::Cloze {
                    text: Text::default(),
                },
                KIND_NUMERIC => {
                    let &(at, answer, tolerance) = numbers.next()?;
                    (at == i).then_some(())?;
                    CardBody::Numeric {
                        front: Text::default(),
                        answer,
                        unit: Text::default(),
                        tolerance,
                    }
                }
                KIND_GENERATED => {
                    let &(at, generator) = generated.next()?;
                    (at == i).then_some(())?;
                    CardBody::Generated { generator }
                }
                _ => return None,
            };
            let domain = match kind / 8 {
                0 => None,
                n => Some(*Domain::ALL.get(usize::from(n) - 1)?),
            };
            let group = match groups.peek() {
                Some((at, g)) if *at == i => {
                    groups.next();
                    Some(Text::from(g.as_str()))
                }
                _ => None,
            };
            out.push(Box::new(Card {
                id: Text::from(id),
                body,
                tags: Vec::new(),
                source: Text::default(),
                domain,
                group,
                note: None,
                ko: None,
            }));
        }
        let used_up = numbers.next().is_none() && generated.next().is_none();
        (used_up && groups.next().is_none()).then_some(out)
    }
}

/// A folder of cache files.
#[derive(Debug, Clone)]
pub struct PackCache {
    dir: PathBuf,
    /// Whether entries are written (and old ones pruned); a cache only read writes nothing.
    write: bool,
}

impl PackCache {
    /// The cache kept in `dir` (created when the first entry is written).
    pub fn new(dir: &Path) -> PackCache {
        PackCache {
            dir: dir.join("packs"),
            write: true,
        }
    }

    /// The cache in `dir`, only read: entries found are used, nothing is written or deleted (a
    /// command that only reads, on a data directory that has no store yet, creates nothing).
    pub fn reading(dir: &Path) -> PackCache {
        PackCache {
            write: false,
            ..PackCache::new(dir)
        }
    }

    fn file_for(&self, source: &str) -> PathBuf {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        source.hash(&mut h);
        self.dir.join(format!("{:016x}.bin", h.finish()))
    }

    fn failed_file_for(&self, source: &str) -> PathBuf {
        self.file_for(source).with_extension("failed")
    }

    /// The findings of this version of a source that failed (has errors), when it was remembered by
    /// `put_failed`: a broken file is reported without being parsed again until it changes.
    pub fn get_failed(&self, key: &Key) -> Option<PackReport> {
        let bytes = std::fs::read(self.failed_file_for(&key.source)).ok()?;
        if bytes.get(..8)? != FAILED_MAGIC {
            return None;
        }
        let body = bytes.get(12..)?;
        if crc32fast::hash(body) != word(&bytes, 8)? {
            return None;
        }
        let entry: FailedEntry = postcard::from_bytes(body).ok()?;
        if entry.stamp != BUILD_STAMP || entry.key != *key {
            return None;
        }
        Some(PackReport {
            file: key.source.clone(),
            pack: None,
            findings: entry
                .findings
                .into_iter()
                .map(|f| Finding {
                    severity: if f.error {
                        Severity::Error
                    } else {
                        Severity::Warning
                    },
                    code: known_code(&f.code),
                    file: key.source.clone(),
                    line: f.line,
                    column: f.column,
                    kind: f.kind,
                    source_line: f.source_line,
                    width: f.width,
                })
                .collect(),
            id_location: None,
            pending_links: Vec::new(),
            places: Default::default(),
            roster: None,
            table: None,
        })
    }

    /// Remembers that the source version `key` failed, with its first findings, when the report
    /// has an error; a report without one removes what was remembered. Best effort, like `put`.
    pub fn put_failed(&self, key: &Key, report: &PackReport) {
        if !self.write {
            return;
        }
        let path = self.failed_file_for(&key.source);
        if !report.has_errors() {
            let _ = std::fs::remove_file(&path);
            return;
        }
        let entry = FailedEntry {
            stamp: BUILD_STAMP.to_string(),
            key: key.clone(),
            findings: report
                .findings
                .iter()
                .take(MAX_REMEMBERED_FINDINGS)
                .map(|f| FailedFinding {
                    error: f.severity == Severity::Error,
                    code: f.code.to_string(),
                    line: f.line,
                    column: f.column,
                    kind: f.kind.clone(),
                    source_line: f.source_line.clone(),
                    width: f.width,
                })
                .collect(),
        };
        let Ok(body) = postcard::to_stdvec(&entry) else {
            return;
        };
        let mut bytes = Vec::with_capacity(12 + body.len());
        bytes.extend_from_slice(FAILED_MAGIC);
        bytes.extend_from_slice(&crc32fast::hash(&body).to_le_bytes());
        bytes.extend_from_slice(&body);
        write_atomically(&self.dir, &path, &bytes);
    }

    /// Deletes entries of sources not in `sources` that were written more than `age` ago (packs
    /// deleted or renamed, or given with `--pack` long ago), and temporary files left by an
    /// interrupted write. Entries in use are never deleted; failures are ignored.
    pub fn prune(&self, sources: &[&str], age: std::time::Duration) {
        if !self.write {
            return;
        }
        let keep: std::collections::HashSet<PathBuf> = sources
            .iter()
            .flat_map(|s| [self.file_for(s), self.failed_file_for(s)])
            .collect();
        let Ok(rd) = std::fs::read_dir(&self.dir) else {
            return;
        };
        for entry in rd.filter_map(|e| e.ok()) {
            let path = entry.path();
            if keep.contains(&path) {
                continue;
            }
            let old = entry
                .metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_some_and(|e| e > age);
            if old {
                let _ = std::fs::remove_file(&path);
            }
        }
    }

    /// The cached report of this version of the source, if there is a sound entry for it. With
    /// `Detail::Outline`, only the outline section of the file is read.
    pub fn get(&self, key: &Key, detail: Detail) -> Option<PackReport> {
        let bytes = read_entry(&self.file_for(&key.source), detail)?;
        let (entry, questions, full) = decode(&bytes, detail)?;
        if entry.stamp != BUILD_STAMP || entry.key != *key {
            return None;
        }
        let mut roster = None;
        let mut table = None;
        let pack = match (full, questions) {
            // The full section keeps the cards as a table (`Detail::Deck` takes it as it is).
            (Some((mut pack, t)), _) => {
                if detail == Detail::Deck {
                    table = Some(t);
                } else {
                    pack.cards = t.iter().map(|c| Box::new(c.to_card())).collect();
                }
                pack
            }
            (None, Some(questions)) => {
                let mut outline = entry.outline;
                outline.cards = entry.cards.cards()?;
                outline.questions = questions;
                outline
            }
            (None, None) => {
                if entry.cards.kinds.len() != entry.cards.ends.len() {
                    return None;
                }
                let cards = entry.cards;
                // The roster keeps each group as its sibling key (`pack/group`).
                let groups = cards
                    .groups
                    .into_iter()
                    .map(|(i, g)| {
                        let end = *cards.ends.get(i as usize)? as usize;
                        let start = match i {
                            0 => 0,
                            _ => *cards.ends.get(i as usize - 1)? as usize,
                        };
                        let id = cards.ids.get(start..end)?;
                        Some((i, crate::core::content::roster::sibling_key(id, &g)))
                    })
                    .collect::<Option<Vec<_>>>()?;
                // The domain is the kind's upper bits.
                let mut domains = cards.kinds;
                for d in &mut domains {
                    *d /= 8;
                }
                let r = crate::core::content::Roster {
                    ids: cards.ids,
                    ends: cards.ends,
                    groups,
                    generated: cards.generated.iter().map(|g| g.0).collect(),
                    question_ids: entry.question_ids,
                    question_ends: entry.question_ends,
                    domains,
                    questions: entry.questions,
                };
                if !r.is_sound() {
                    return None;
                }
                roster = Some(r);
                entry.outline
            }
        };
        Some(PackReport {
            file: key.source.clone(),
            pack: Some(pack),
            findings: Vec::new(),
            id_location: entry.id_location,
            pending_links: entry
                .links
                .into_iter()
                .map(|l| {
                    let f = Finding {
                        severity: Severity::Error,
                        code: "unknown-link",
                        file: l.file,
                        line: l.line,
                        column: l.column,
                        kind: l.kind,
                        source_line: l.source_line,
                        width: l.width,
                    };
                    (l.target, f)
                })
                .collect(),
            places: Default::default(),
            roster,
            table,
        })
    }

    /// Stores a report read from the source version `key`, when it is a pack without findings.
    /// Failures are ignored: the cache only saves time.
    pub fn put(&self, key: &Key, report: &PackReport) {
        let Some(pack) = report.pack.as_ref().filter(|_| self.write) else {
            return;
        };
        let clean = report.findings.is_empty()
            && report
                .pending_links
                .iter()
                .all(|(_, f)| f.code == "unknown-link");
        if !clean {
            return;
        }
        let links: Vec<Link> = report
            .pending_links
            .iter()
            .map(|(target, f)| Link {
                target: target.clone(),
                file: f.file.clone(),
                line: f.line,
                column: f.column,
                kind: f.kind.clone(),
                source_line: f.source_line.clone(),
                width: f.width,
            })
            .collect();
        let mut outline = pack.outline();
        let Some(cards) = Cards::of(&std::mem::take(&mut outline.cards)) else {
            return;
        };
        let questions = std::mem::take(&mut outline.questions);
        let mut question_ids = String::new();
        let mut question_ends = Vec::with_capacity(questions.len());
        for q in &questions {
            question_ids.push_str(&q.id);
            let Ok(end) = u32::try_from(question_ids.len()) else {
                return;
            };
            question_ends.push(end);
        }
        let entry = Entry {
            stamp: BUILD_STAMP.to_string(),
            key: key.clone(),
            outline,
            cards,
            question_ids,
            question_ends,
            questions: questions
                .iter()
                .map(crate::core::content::Question::without_text)
                .collect(),
            id_location: report.id_location.clone(),
            links,
        };
        let Some(bytes) = encode(&entry, &questions, pack) else {
            return;
        };
        write_atomically(&self.dir, &self.file_for(&key.source), &bytes);
    }
}

/// Writes `bytes` to a temporary file in `dir`, then renames it to `dest`; failures are ignored.
fn write_atomically(dir: &Path, dest: &Path, bytes: &[u8]) {
    let _ = std::fs::create_dir_all(dir);
    let tmp = dest.with_extension(format!("tmp{}", std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() {
        if std::fs::rename(&tmp, dest).is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
    } else {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// The first bytes of a remembered failure (then its CRC-32 and the entry).
const FAILED_MAGIC: &[u8; 8] = b"AWDPF001";

/// Findings kept of a failed pack: enough to say what is wrong; `lint` shows them all.
const MAX_REMEMBERED_FINDINGS: usize = 50;

/// A failed pack version and its first findings.
#[derive(Debug, Serialize, Deserialize)]
struct FailedEntry {
    stamp: String,
    key: Key,
    findings: Vec<FailedFinding>,
}

#[derive(Debug, Serialize, Deserialize)]
struct FailedFinding {
    error: bool,
    code: String,
    line: usize,
    column: usize,
    kind: FindingKind,
    source_line: Option<String>,
    width: usize,
}

/// A finding's code read back as the static text findings carry (codes are a closed set).
fn known_code(code: &str) -> &'static str {
    const CODES: &[&str] = &[
        "bad-difficulty",
        "bad-domain",
        "bad-id",
        "bad-kind",
        "bad-number",
        "bad-source",
        "bad-task",
        "choice-count",
        "cloze-no-deletion",
        "correct-count",
        "duplicate-choice",
        "duplicate-id",
        "empty-text",
        "file-too-large",
        "glossary-term",
        "invisible-char",
        "missing-field",
        "missing-korean",
        "near-duplicate",
        "no-explanation",
        "not-text",
        "numeric-no-unit",
        "pack-id-collision",
        "schema-version",
        "source-host",
        "text-too-long",
        "toml-syntax",
        "too-deep",
        "too-many-values",
        "unknown-field",
        "unknown-link",
        "unreadable",
        "wrong-type",
    ];
    CODES
        .iter()
        .find(|c| **c == code)
        .copied()
        .unwrap_or("error")
}

fn encode(
    entry: &Entry,
    questions: &[crate::core::content::Question],
    pack: &Pack,
) -> Option<Vec<u8>> {
    let outline = postcard::to_stdvec(entry).ok()?;
    let questions = postcard::to_stdvec(questions).ok()?;
    // The whole pack, its cards as a table (what a study session keeps: `Detail::Deck`).
    let bare = Pack {
        id: pack.id.clone(),
        title: pack.title.clone(),
        services: pack.services.clone(),
        checked: pack.checked.clone(),
        description: pack.description.clone(),
        cards: Vec::new(),
        questions: pack.questions.clone(),
        generators: pack.generators.clone(),
        origin: pack.origin.clone(),
    };
    let table = CardTable::of_cards(pack.cards.clone());
    let full = postcard::to_stdvec(&(&bare, &table)).ok()?;
    let mut out = Vec::with_capacity(HEADER_LEN + outline.len() + questions.len() + full.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&u32::try_from(outline.len()).ok()?.to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&outline).to_le_bytes());
    out.extend_from_slice(&u32::try_from(questions.len()).ok()?.to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&questions).to_le_bytes());
    out.extend_from_slice(&crc32fast::hash(&full).to_le_bytes());
    out.extend_from_slice(&outline);
    out.extend_from_slice(&questions);
    out.extend_from_slice(&full);
    Some(out)
}

/// The bytes of a cache file that `detail` needs: all of it, or the header and the outline (and
/// the questions for `Detail::Outline`).
fn read_entry(path: &Path, detail: Detail) -> Option<Vec<u8>> {
    use std::io::Read;
    match detail {
        Detail::Full | Detail::Deck => std::fs::read(path).ok(),
        Detail::Outline | Detail::Ids => {
            let mut f = std::fs::File::open(path).ok()?;
            let mut bytes = vec![0; HEADER_LEN];
            f.read_exact(&mut bytes).ok()?;
            let mut len = word(&bytes, 8)? as usize;
            if detail == Detail::Outline {
                len = len.checked_add(word(&bytes, 16)? as usize)?;
            }
            let limit = crate::core::content::MAX_PACK_BYTES * 4;
            if len > limit {
                return None;
            }
            // One read of the known length (not a growing buffer's many small reads).
            bytes.resize(HEADER_LEN + len, 0);
            f.read_exact(&mut bytes[HEADER_LEN..]).ok()?;
            Some(bytes)
        }
    }
}

fn word(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

/// The outline entry, the questions for `Detail::Outline`, and the full pack for `Detail::Full`;
/// `None` when anything does not check out.
type Decoded = (
    Entry,
    Option<Vec<crate::core::content::Question>>,
    Option<(Pack, CardTable)>,
);

fn decode(bytes: &[u8], detail: Detail) -> Option<Decoded> {
    if bytes.get(..8)? != MAGIC {
        return None;
    }
    let len = word(bytes, 8)? as usize;
    let q_len = word(bytes, 16)? as usize;
    let end = HEADER_LEN.checked_add(len)?;
    let outline = bytes.get(HEADER_LEN..end)?;
    if crc32fast::hash(outline) != word(bytes, 12)? {
        return None;
    }
    let entry: Entry = postcard::from_bytes(outline).ok()?;
    let (questions, full) = match detail {
        Detail::Ids => (None, None),
        Detail::Outline => {
            let q = bytes.get(end..end.checked_add(q_len)?)?;
            if crc32fast::hash(q) != word(bytes, 20)? {
                return None;
            }
            (Some(postcard::from_bytes(q).ok()?), None)
        }
        Detail::Full | Detail::Deck => {
            let rest = bytes.get(end.checked_add(q_len)?..)?;
            if crc32fast::hash(rest) != word(bytes, 24)? {
                return None;
            }
            let (pack, table): (Pack, CardTable) = postcard::from_bytes(rest).ok()?;
            if !table.is_sound() {
                return None;
            }
            (None, Some((pack, table)))
        }
    };
    Some((entry, questions, full))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::parse_pack_with;

    const PACK: &str = r#"
[pack]
id = "demo"
title = "Demo"
services = ["Lambda"]
schema = 1
checked = 2026-11-01

[[card]]
id = "a"
kind = "numeric"
front = "Maximum Lambda timeout?"
answer = 900
unit = "seconds"
tolerance = 0
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
domain = "development"

[[card]]
id = "b"
kind = "cloze"
text = "Lambda memory goes up to {{10,240 MB}}."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
ko = { text = "Lambda 메모리는 {{10,240 MB}}까지." }

[[question]]
id = "q"
domain = "development"
task = "1.2"
service = "Lambda"
stem = "Which timeout is the largest a function can have?"
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
cards = ["a", "other/card"]
[[question.choice]]
text = "15 minutes"
correct = true
why = "900 seconds."
[[question.choice]]
text = "5 minutes"
correct = false
why = "Too short."
[[question.choice]]
text = "1 hour"
correct = false
why = "Too long."
[[question.choice]]
text = "10 minutes"
correct = false
why = "Too short."
"#;

    fn key(size: u64) -> Key {
        Key {
            source: "packs/demo.toml".into(),
            size,
            modified_ns: 1,
            inode: 2,
            changed_ns: 3,
        }
    }

    #[test]
    fn a_cached_pack_reads_back_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PackCache::new(dir.path());
        let report = parse_pack_with("packs/demo.toml", PACK.as_bytes(), false);
        assert!(report.findings.is_empty(), "{:?}", report.findings);
        assert_eq!(report.pending_links.len(), 1);
        let k = key(PACK.len() as u64);
        assert!(cache.get(&k, Detail::Full).is_none());
        cache.put(&k, &report);
        let back = cache.get(&k, Detail::Full).expect("a hit");
        assert_eq!(back.pack, report.pack);
        assert_eq!(back.id_location, report.id_location);
        assert_eq!(back.pending_links, report.pending_links);
        assert_eq!(back.file, report.file);
        // A study session's: the cards as the table they are stored as.
        let deck = cache.get(&k, Detail::Deck).expect("a hit");
        let mut bare = report.pack.clone().expect("a pack");
        let cards = std::mem::take(&mut bare.cards);
        assert!(!cards.is_empty());
        assert_eq!(deck.pack, Some(bare));
        assert_eq!(deck.table, Some(CardTable::of_cards(cards)));
        let outline = cache.get(&k, Detail::Outline).expect("a hit");
        assert_eq!(outline.pack, report.pack.as_ref().map(Pack::outline));
        assert_eq!(outline.pending_links, report.pending_links);
        // Ids only: the roster, and the pack without its cards and questions.
        let ids = cache.get(&k, Detail::Ids).expect("a hit");
        assert_eq!(
            ids.roster,
            report
                .pack
                .as_ref()
                .and_then(crate::core::content::Roster::of)
        );
        let pack = ids.pack.expect("the pack");
        assert!(pack.cards.is_empty() && pack.questions.is_empty());
        assert_eq!(ids.pending_links, report.pending_links);
    }

    #[test]
    fn an_outline_has_ids_and_groups_but_no_text() {
        let report = parse_pack_with("packs/demo.toml", PACK.as_bytes(), false);
        let pack = report.pack.unwrap();
        let outline = pack.outline();
        assert_eq!(outline.cards.len(), pack.cards.len());
        for (o, c) in outline.cards.iter().zip(&pack.cards) {
            assert_eq!((&o.id, &o.group, o.domain), (&c.id, &c.group, c.domain));
            assert_eq!(o.body.kind(), c.body.kind());
            assert!(o.ko.is_none() && o.note.is_none() && o.source.is_empty());
        }
        assert_eq!(outline.questions, pack.questions);
    }

    #[test]
    fn every_bundled_pack_s_outline_reads_back_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PackCache::new(dir.path());
        for (name, text) in crate::core::content::bundled::BUNDLED {
            let source = crate::core::content::bundled::bundled_name(name);
            let report = parse_pack_with(&source, text.as_bytes(), false);
            let k = Key::bundled(&source, text);
            cache.put(&k, &report);
            let Some(outline) = cache.get(&k, Detail::Outline) else {
                assert!(!report.findings.is_empty(), "{name} is not cached");
                continue;
            };
            assert_eq!(
                outline.pack,
                report.pack.as_ref().map(Pack::outline),
                "{name}"
            );
        }
        // Columns that do not agree are a miss, never a wrong card.
        let report = parse_pack_with("packs/demo.toml", PACK.as_bytes(), false);
        let mut cards = Cards::of(&report.pack.unwrap().outline().cards).unwrap();
        assert!(cards.cards().is_some());
        cards.numbers.clear();
        assert!(cards.cards().is_none());
    }

    #[test]
    fn another_version_of_the_file_misses() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PackCache::new(dir.path());
        let report = parse_pack_with("packs/demo.toml", PACK.as_bytes(), false);
        cache.put(&key(10), &report);
        assert!(cache.get(&key(11), Detail::Full).is_none());
        let mut k = key(10);
        k.changed_ns += 1;
        assert!(cache.get(&k, Detail::Full).is_none());
        assert!(cache.get(&key(10), Detail::Full).is_some());
    }

    #[test]
    fn a_damaged_entry_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PackCache::new(dir.path());
        let report = parse_pack_with("packs/demo.toml", PACK.as_bytes(), false);
        cache.put(&key(10), &report);
        let file = cache.file_for("packs/demo.toml");
        let mut bytes = std::fs::read(&file).unwrap();
        let last = bytes.len() - 5;
        bytes[last] ^= 0x20;
        std::fs::write(&file, &bytes).unwrap();
        assert!(cache.get(&key(10), Detail::Full).is_none());
        // The damage is in the full section: the outline still reads.
        assert!(cache.get(&key(10), Detail::Outline).is_some());
        bytes[HEADER_LEN + 3] ^= 0x01;
        std::fs::write(&file, &bytes).unwrap();
        assert!(cache.get(&key(10), Detail::Outline).is_none());
        std::fs::write(&file, &bytes[..bytes.len() / 2]).unwrap();
        assert!(cache.get(&key(10), Detail::Full).is_none());
        std::fs::write(&file, b"garbage").unwrap();
        assert!(cache.get(&key(10), Detail::Full).is_none());
    }

    #[test]
    fn pruning_deletes_old_entries_of_other_sources_only() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PackCache::new(dir.path());
        let report = parse_pack_with("packs/demo.toml", PACK.as_bytes(), false);
        cache.put(&key(10), &report);
        let mut other = key(10);
        other.source = "packs/gone.toml".into();
        cache.put(&other, &report);
        // Young entries stay even when their source is not loaded now.
        cache.prune(&["packs/demo.toml"], std::time::Duration::from_secs(3600));
        assert!(cache.get(&other, Detail::Full).is_some());
        cache.prune(&["packs/demo.toml"], std::time::Duration::ZERO);
        assert!(cache.get(&other, Detail::Full).is_none(), "pruned");
        assert!(cache.get(&key(10), Detail::Full).is_some(), "in use: kept");
    }

    #[test]
    fn a_failed_pack_is_remembered_until_it_changes() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PackCache::new(dir.path());
        let broken = format!("[pack]\nid = {}", "[".repeat(1000));
        let report = parse_pack_with("packs/demo.toml", broken.as_bytes(), false);
        assert_eq!(report.findings[0].code, "too-deep");
        assert!(cache.get_failed(&key(10)).is_none());
        cache.put_failed(&key(10), &report);
        let back = cache.get_failed(&key(10)).expect("remembered");
        assert_eq!(back.findings, report.findings);
        assert!(back.has_errors() && back.pack.is_none());
        assert!(cache.get_failed(&key(11)).is_none(), "another version");
        // A damaged entry is ignored; a sound report forgets the failure.
        let file = cache.failed_file_for("packs/demo.toml");
        let mut bytes = std::fs::read(&file).unwrap();
        let last = bytes.len() - 1;
        bytes[last] ^= 1;
        std::fs::write(&file, &bytes).unwrap();
        assert!(cache.get_failed(&key(10)).is_none());
        cache.put_failed(&key(10), &report);
        cache.put_failed(
            &key(10),
            &parse_pack_with("packs/demo.toml", PACK.as_bytes(), false),
        );
        assert!(!file.exists());
    }

    #[test]
    fn packs_with_findings_are_not_cached() {
        let dir = tempfile::tempdir().unwrap();
        let cache = PackCache::new(dir.path());
        let broken = PACK.replace("answer = 900", "answer = \"x\"");
        let report = parse_pack_with("packs/demo.toml", broken.as_bytes(), false);
        assert!(!report.findings.is_empty());
        cache.put(&key(10), &report);
        assert!(cache.get(&key(10), Detail::Full).is_none());
    }
}

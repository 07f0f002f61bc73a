//! Anki's collection file (the SQLite database inside an .apkg): writing one in the legacy
//! schema 11 that every Anki reads, and reading the notes and note types of any schema Anki
//! writes in a package (11, and 18 of `collection.anki21b`).
//!
//! Only rows move here; what a note means (which field is the front, how a cloze is written) is
//! decided by `interchange::anki`, which also builds the JSON of note types and decks.

use rusqlite::{Connection, OpenFlags, params};
use std::path::Path;

/// What can go wrong with a collection file.
#[derive(Debug, thiserror::Error)]
pub enum AnkiDbError {
    /// The file is not an SQLite database, or not one of Anki's.
    #[error("not an Anki collection ({0})")]
    NotACollection(NotCollection),
    /// SQLite failed otherwise (a full disk, a read error).
    #[error("{0}")]
    Sqlite(#[from] rusqlite::Error),
}

/// Why a file is not an Anki collection.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotCollection {
    /// It is no SQLite database.
    #[error("not an SQLite database")]
    NotSqlite,
    /// A table every collection has is missing.
    #[error("no `{0}` table")]
    NoTable(&'static str),
}

/// A collection to write: the `col` row's JSON and the notes and cards.
#[derive(Debug, Clone, Default)]
pub struct NewCollection {
    /// Creation time, Unix seconds (Anki counts study days from it).
    pub created_secs: i64,
    /// Modification time, Unix ms.
    pub modified_ms: i64,
    /// `conf`: the collection's options (JSON object).
    pub conf: String,
    /// `models`: the note types, keyed by id (JSON object).
    pub models: String,
    /// `decks`: the decks, keyed by id (JSON object).
    pub decks: String,
    /// `dconf`: the deck options, keyed by id (JSON object).
    pub dconf: String,
    /// The notes.
    pub notes: Vec<NoteRow>,
    /// The cards, all new.
    pub cards: Vec<CardRow>,
}

/// A row of `notes`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRow {
    /// Note id (unique in the file).
    pub id: i64,
    /// The globally unique id Anki matches notes by on import.
    pub guid: String,
    /// The note type's id.
    pub notetype: i64,
    /// Modification time, Unix seconds (a newer note replaces an older one on import).
    pub modified_secs: i64,
    /// Tags, `" a b "`.
    pub tags: String,
    /// Fields joined by U+001F.
    pub fields: String,
    /// The sort field as plain text.
    pub sort_field: String,
    /// The first 8 hex digits of the SHA-1 of the first field's plain text, as a number.
    pub checksum: i64,
}

/// A row of `cards`: a new card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardRow {
    /// Card id (unique in the file).
    pub id: i64,
    /// Its note.
    pub note: i64,
    /// Its deck.
    pub deck: i64,
    /// The template (basic) or cloze number minus one (cloze).
    pub ord: i64,
    /// Modification time, Unix seconds.
    pub modified_secs: i64,
    /// Position among the new cards.
    pub position: i64,
}

/// Writes `col` as a new schema-11 collection at `path` (which must not exist), in one transaction.
pub fn write_collection(path: &Path, col: &NewCollection) -> Result<(), AnkiDbError> {
    let mut conn = Connection::open(path)?;
    let tx = conn.transaction()?;
    tx.execute_batch(include_str!("anki/schema11.sql"))?;
    tx.execute(
        include_str!("anki/col_insert.sql"),
        params![
            col.created_secs,
            col.modified_ms,
            col.conf,
            col.models,
            col.decks,
            col.dconf
        ],
    )?;
    {
        let mut note = tx.prepare(include_str!("anki/note_insert.sql"))?;
        for n in &col.notes {
            note.execute(params![
                n.id,
                n.guid,
                n.notetype,
                n.modified_secs,
                n.tags,
                n.fields,
                n.sort_field,
                n.checksum
            ])?;
        }
        let mut card = tx.prepare(include_str!("anki/card_insert.sql"))?;
        for c in &col.cards {
            card.execute(params![
                c.id,
                c.note,
                c.deck,
                c.ord,
                c.modified_secs,
                c.position
            ])?;
        }
    }
    tx.commit()?;
    // A single file, no journal left beside it.
    conn.execute_batch("PRAGMA journal_mode = DELETE")?;
    Ok(())
}

/// How a collection describes its note types.
#[derive(Debug, Clone, PartialEq)]
pub enum Notetypes {
    /// Schema 11: the `models` JSON of `col`.
    Json(String),
    /// Schema 15 and later: one row per note type.
    Rows(Vec<NotetypeRow>),
}

/// A note type of schema 15 and later.
#[derive(Debug, Clone, PartialEq)]
pub struct NotetypeRow {
    /// Its id.
    pub id: i64,
    /// Its name.
    pub name: String,
    /// The protobuf of its options (`anki.notetypes.Notetype.Config`).
    pub config: Vec<u8>,
    /// Its field names, in order.
    pub fields: Vec<String>,
    /// How many card templates it has.
    pub templates: usize,
}

/// A note as read.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadNote {
    /// Note id.
    pub id: i64,
    /// Its guid.
    pub guid: String,
    /// Its note type.
    pub notetype: i64,
    /// Tags, `" a b "`.
    pub tags: String,
    /// Fields joined by U+001F.
    pub fields: String,
}

/// What a collection holds, as far as awsdrill reads it.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadCollection {
    /// The schema version (`col.ver`).
    pub version: i64,
    /// The note types.
    pub notetypes: Notetypes,
    /// Every note.
    pub notes: Vec<ReadNote>,
    /// How many answers its review log holds.
    pub reviews: i64,
}

/// Reads the notes and note types of the collection file at `path`, read-only.
pub fn read_collection(path: &Path) -> Result<ReadCollection, AnkiDbError> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    // Schema 18 declares names `COLLATE unicase` (Anki's own collation); SQLite refuses to read
    // those tables without one of that name.
    conn.create_collation("unicase", |a, b| {
        a.chars()
            .flat_map(char::to_lowercase)
            .cmp(b.chars().flat_map(char::to_lowercase))
    })?;
    let not_one = |e: rusqlite::Error| match &e {
        rusqlite::Error::SqliteFailure(f, _) if f.code == rusqlite::ErrorCode::NotADatabase => {
            AnkiDbError::NotACollection(NotCollection::NotSqlite)
        }
        _ => AnkiDbError::Sqlite(e),
    };
    let has_table = |name: &str| -> Result<bool, AnkiDbError> {
        let n: i64 = conn
            .query_row(include_str!("anki/tables.sql"), [name], |r| r.get(0))
            .map_err(not_one)?;
        Ok(n > 0)
    };
    for table in ["col", "notes", "revlog"] {
        if !has_table(table)? {
            return Err(AnkiDbError::NotACollection(NotCollection::NoTable(table)));
        }
    }
    let (version, models): (i64, String) =
        conn.query_row(include_str!("anki/col_read.sql"), [], |r| {
            Ok((
                r.get(0)?,
                r.get::<_, Option<String>>(1)?.unwrap_or_default(),
            ))
        })?;
    let notetypes = if has_table("notetypes")? {
        let mut rows = Vec::new();
        let mut st = conn.prepare(include_str!("anki/notetypes_read.sql"))?;
        let mut fields = conn.prepare(include_str!("anki/fields_read.sql"))?;
        let has_templates = has_table("templates")?;
        let found = st
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Vec<u8>>(2)?,
                ))
            })?
            .collect::<Result<Vec<_>, _>>()?;
        for (id, name, config) in found {
            let names = fields
                .query_map([id], |r| r.get::<_, String>(0))?
                .collect::<Result<Vec<_>, _>>()?;
            let templates: i64 = if has_templates {
                conn.query_row(include_str!("anki/templates_count.sql"), [id], |r| r.get(0))?
            } else {
                1
            };
            rows.push(NotetypeRow {
                id,
                name,
                config,
                fields: names,
                templates: usize::try_from(templates).unwrap_or(1),
            });
        }
        Notetypes::Rows(rows)
    } else {
        Notetypes::Json(models)
    };
    let notes = conn
        .prepare(include_str!("anki/notes_read.sql"))?
        .query_map([], |r| {
            Ok(ReadNote {
                id: r.get(0)?,
                guid: r.get(1)?,
                notetype: r.get(2)?,
                tags: r.get(3)?,
                fields: r.get(4)?,
            })
        })?
        .collect::<Result<Vec<_>, _>>()?;
    let reviews = conn.query_row(include_str!("anki/revlog_count.sql"), [], |r| r.get(0))?;
    Ok(ReadCollection {
        version,
        notetypes,
        notes,
        reviews,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_collection_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("collection.anki2");
        let col = NewCollection {
            created_secs: 1,
            modified_ms: 2,
            conf: "{}".into(),
            models: r#"{"7":{"id":7}}"#.into(),
            decks: "{}".into(),
            dconf: "{}".into(),
            notes: vec![NoteRow {
                id: 10,
                guid: "g".into(),
                notetype: 7,
                modified_secs: 3,
                tags: " a ".into(),
                fields: "front\u{1f}back".into(),
                sort_field: "front".into(),
                checksum: 4,
            }],
            cards: vec![CardRow {
                id: 20,
                note: 10,
                deck: 1,
                ord: 0,
                modified_secs: 3,
                position: 0,
            }],
        };
        write_collection(&path, &col).unwrap();
        let read = read_collection(&path).unwrap();
        assert_eq!(read.version, 11);
        assert_eq!(read.notetypes, Notetypes::Json(col.models.clone()));
        assert_eq!(read.notes.len(), 1);
        assert_eq!(read.notes[0].fields, "front\u{1f}back");
        assert_eq!(read.notes[0].tags, " a ");
        assert_eq!(read.reviews, 0);
    }

    #[test]
    fn another_file_is_not_a_collection() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("x");
        std::fs::write(
            &path,
            b"hello, this is not SQLite at all, not even close....",
        )
        .unwrap();
        assert!(matches!(
            read_collection(&path),
            Err(AnkiDbError::NotACollection(_))
        ));
        let empty = dir.path().join("empty.sqlite");
        Connection::open(&empty)
            .unwrap()
            .execute_batch("CREATE TABLE t (x)")
            .unwrap();
        assert!(matches!(
            read_collection(&empty),
            Err(AnkiDbError::NotACollection(_))
        ));
    }
}

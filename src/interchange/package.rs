//! The .apkg file: a zip archive holding the collection (an SQLite file) and the media.
//!
//! awsdrill writes `collection.anki2` (schema 11, no `meta`), which every Anki since 2.1 and
//! AnkiDroid import. It reads what Anki writes: `collection.anki2` and `collection.anki21`
//! (schema 11), and `collection.anki21b` (schema 18, compressed with zstd), which current Anki
//! writes unless "Support older Anki versions" is ticked; the `meta` entry says which one holds
//! the notes.

use crate::core::config::Lang;
use crate::i18n::tr;
use crate::store::anki::{AnkiDbError, NewCollection, NotCollection, ReadCollection};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The largest collection read from a package once unpacked, in bytes.
pub const MAX_COLLECTION_BYTES: u64 = 2 << 30;

/// Which collection file a package holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `collection.anki2`, schema 11.
    Anki2,
    /// `collection.anki21`, schema 11.
    Anki21,
    /// `collection.anki21b`, schema 18, zstd.
    Anki21b,
}

impl Format {
    /// The name of the collection's entry in the archive.
    pub fn entry(self) -> &'static str {
        match self {
            Format::Anki2 => "collection.anki2",
            Format::Anki21 => "collection.anki21",
            Format::Anki21b => "collection.anki21b",
        }
    }
}

/// What can go wrong with a package.
#[derive(Debug)]
pub enum PackageError {
    /// Reading or writing a file failed.
    Io(PathBuf, std::io::Error),
    /// The file is not a zip archive.
    NotAZip(PathBuf, zip::result::ZipError),
    /// The archive holds no collection.
    NoCollection(PathBuf),
    /// The `meta` entry names a format newer than awsdrill reads.
    TooNew(PathBuf),
    /// The collection unpacks to more than `MAX_COLLECTION_BYTES`.
    TooLarge(PathBuf),
    /// The collection inside cannot be read or written.
    Collection(PathBuf, AnkiDbError),
}

impl PackageError {
    /// The error in `lang`, naming the file.
    pub fn words(&self, lang: Lang) -> String {
        let at = |p: &Path| p.display().to_string();
        match self {
            PackageError::Io(p, e) => format!("{}: {}", at(p), crate::paths::io_reason(lang, e)),
            PackageError::NotAZip(p, e) => tr!(
                lang,
                "data-package-not-zip",
                file = at(p),
                error = crate::content_text::zip_error(lang, e)
            ),
            PackageError::NoCollection(p) => tr!(lang, "data-package-no-collection", file = at(p)),
            PackageError::TooNew(p) => tr!(lang, "data-package-too-new", file = at(p)),
            PackageError::TooLarge(p) => tr!(
                lang,
                "data-package-too-large",
                file = at(p),
                limit = MAX_COLLECTION_BYTES.to_string()
            ),
            PackageError::Collection(p, AnkiDbError::NotACollection(NotCollection::NotSqlite)) => {
                tr!(lang, "data-anki-not-sqlite", file = at(p))
            }
            PackageError::Collection(p, AnkiDbError::NotACollection(NotCollection::NoTable(t))) => {
                tr!(lang, "data-anki-no-table", file = at(p), table = *t)
            }
            PackageError::Collection(p, AnkiDbError::Sqlite(e)) => {
                tr!(
                    lang,
                    "data-anki-sqlite",
                    file = at(p),
                    error = e.to_string()
                )
            }
        }
    }
}

impl std::fmt::Display for PackageError {
    /// In English; `words` says it in the user's language.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.words(Lang::En))
    }
}

impl std::error::Error for PackageError {}

/// Writes `col` as an .apkg at `path`: either the old file stays or the whole new one is there.
pub fn write_apkg(path: &Path, col: &NewCollection) -> Result<(), PackageError> {
    let io = |e| PackageError::Io(path.to_path_buf(), e);
    let work = tempfile::tempdir().map_err(io)?;
    let db = work.path().join("collection.anki2");
    crate::store::anki::write_collection(&db, col)
        .map_err(|e| PackageError::Collection(path.to_path_buf(), e))?;
    let zipped = |file: &std::fs::File| -> std::io::Result<()> {
        let mut zip = zip::ZipWriter::new(file);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("collection.anki2", opts)?;
        std::io::copy(&mut std::fs::File::open(&db)?, &mut zip)?;
        zip.start_file("media", opts)?;
        zip.write_all(b"{}")?;
        zip.finish()?;
        Ok(())
    };
    super::write_file(path, true, zipped).map_err(io)?;
    Ok(())
}

/// A package as read.
#[derive(Debug)]
pub struct Package {
    /// The collection's notes and note types.
    pub collection: ReadCollection,
    /// Which collection file it held.
    pub format: Format,
    /// Media files in the archive (numbered entries).
    pub media_files: usize,
}

/// Reads the collection of the .apkg (or .colpkg) at `path`.
pub fn read_apkg(path: &Path) -> Result<Package, PackageError> {
    let p = || path.to_path_buf();
    let file = std::fs::File::open(path).map_err(|e| PackageError::Io(p(), e))?;
    let mut zip = zip::ZipArchive::new(file).map_err(|e| PackageError::NotAZip(p(), e))?;
    let format = match read_meta(&mut zip) {
        Some(Some(1)) => Format::Anki2,
        Some(Some(2)) => Format::Anki21,
        Some(Some(3)) => Format::Anki21b,
        Some(_) => return Err(PackageError::TooNew(p())),
        None if zip.index_for_name("collection.anki21").is_some() => Format::Anki21,
        None => Format::Anki2,
    };
    if zip.index_for_name(format.entry()).is_none() {
        return Err(PackageError::NoCollection(p()));
    }
    let media_files = zip
        .file_names()
        .filter_map(Result::ok)
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .count();
    let work = tempfile::tempdir().map_err(|e| PackageError::Io(p(), e))?;
    let db = work.path().join("collection");
    {
        let entry = zip
            .by_name(format.entry())
            .map_err(|e| PackageError::NotAZip(p(), e))?;
        let mut out = std::fs::File::create(&db).map_err(|e| PackageError::Io(db.clone(), e))?;
        let copied = if format == Format::Anki21b {
            let decoder =
                zstd::stream::read::Decoder::new(entry).map_err(|e| PackageError::Io(p(), e))?;
            std::io::copy(&mut decoder.take(MAX_COLLECTION_BYTES + 1), &mut out)
        } else {
            std::io::copy(&mut entry.take(MAX_COLLECTION_BYTES + 1), &mut out)
        }
        .map_err(|e| PackageError::Io(p(), e))?;
        if copied > MAX_COLLECTION_BYTES {
            return Err(PackageError::TooLarge(p()));
        }
    }
    let collection =
        crate::store::anki::read_collection(&db).map_err(|e| PackageError::Collection(p(), e))?;
    Ok(Package {
        collection,
        format,
        media_files,
    })
}

/// The version in the `meta` entry: `None` without one, `Some(None)` when it cannot be read.
fn read_meta<R: Read + std::io::Seek>(zip: &mut zip::ZipArchive<R>) -> Option<Option<u64>> {
    let mut entry = zip.by_name("meta").ok()?;
    let mut bytes = Vec::new();
    if entry.by_ref().take(4096).read_to_end(&mut bytes).is_err() {
        return Some(None);
    }
    Some(super::anki::proto_varint(&bytes, 1))
}

//! The pack cache through the real binary: an unchanged pack is read from the cache, an edited one
//! is read again, a pack broken after it was cached is refused, and damaged cache files are ignored
//! and replaced.

mod common;
use common::{new_store, run, stderr, stdout};
use std::path::Path;

fn pack(cards: usize) -> String {
    let mut s = String::from(
        "[pack]\nid = \"mine\"\ntitle = \"Mine\"\nservices = [\"Lambda\"]\nschema = 1\nchecked = 2026-11-01\n",
    );
    for i in 0..cards {
        s.push_str(&format!(
            "\n[[card]]\nid = \"c{i}\"\nkind = \"basic\"\nfront = \"Question {i} about my own notes?\"\nback = \"Answer {i}.\"\nsource = \"https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html\"\n"
        ));
    }
    s
}

fn new_cards(dir: &Path) -> u64 {
    let out = run(dir, &["stats", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    v["cards"]["new"].as_u64().unwrap()
}

fn cache_files(dir: &Path) -> Vec<std::path::PathBuf> {
    std::fs::read_dir(dir.join("cache/packs"))
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default()
}

#[test]
fn an_edited_pack_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    // Without a store a command that only reads writes no cache either.
    let bundled = new_cards(dir.path());
    assert!(cache_files(dir.path()).is_empty(), "no store, no cache");
    new_store(dir.path());
    std::fs::create_dir_all(dir.path().join("packs")).unwrap();
    let file = dir.path().join("packs/mine.toml");
    std::fs::write(&file, pack(1)).unwrap();
    assert_eq!(new_cards(dir.path()), bundled + 1);
    // Read again from the cache: the same numbers.
    assert_eq!(new_cards(dir.path()), bundled + 1);
    assert!(!cache_files(dir.path()).is_empty(), "the cache is written");
    std::fs::write(&file, pack(3)).unwrap();
    assert_eq!(new_cards(dir.path()), bundled + 3, "the edit is seen");
    // The due counts (which read only the outlines) see the same pack.
    let out = run(dir.path(), &["due", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let mine = v["packs"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["pack"] == "mine")
        .expect("the user's pack is counted");
    assert_eq!(mine["new"], 1, "one new card per pack on the first turn");
}

#[test]
fn a_pack_broken_after_it_was_cached_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    new_store(dir.path());
    let bundled = new_cards(dir.path());
    std::fs::create_dir_all(dir.path().join("packs")).unwrap();
    let file = dir.path().join("packs/mine.toml");
    std::fs::write(&file, pack(2)).unwrap();
    assert_eq!(new_cards(dir.path()), bundled + 2);
    std::fs::write(
        &file,
        pack(2).replace("kind = \"basic\"", "kind = \"nope\""),
    )
    .unwrap();
    assert_eq!(
        new_cards(dir.path()),
        bundled,
        "the broken pack is not loaded"
    );
    let out = run(dir.path(), &["lint", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
}

#[test]
fn damaged_cache_files_are_ignored_and_replaced() {
    let dir = tempfile::tempdir().unwrap();
    new_store(dir.path());
    std::fs::create_dir_all(dir.path().join("packs")).unwrap();
    std::fs::write(dir.path().join("packs/mine.toml"), pack(2)).unwrap();
    let before = new_cards(dir.path());
    let files = cache_files(dir.path());
    assert!(
        files.len() >= 2,
        "bundled packs and the user's pack are cached"
    );
    for (i, f) in files.iter().enumerate() {
        let mut bytes = std::fs::read(f).unwrap();
        match i % 3 {
            0 => bytes.truncate(bytes.len() / 2),
            1 => {
                let at = bytes.len() - 3;
                bytes[at] ^= 0x55;
            }
            _ => bytes = b"not a cache file".to_vec(),
        }
        std::fs::write(f, bytes).unwrap();
    }
    assert_eq!(new_cards(dir.path()), before);
    for f in cache_files(dir.path()) {
        let bytes = std::fs::read(&f).unwrap();
        assert!(bytes.starts_with(b"AWDPC"), "{} was rewritten", f.display());
    }
    // A cache folder that cannot be used costs time, not correctness.
    std::fs::remove_dir_all(dir.path().join("cache")).unwrap();
    std::fs::write(
        dir.path().join("cache"),
        "a file where the folder should be",
    )
    .unwrap();
    assert_eq!(new_cards(dir.path()), before);
}

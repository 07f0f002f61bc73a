//! Lists content/packs/*.toml and content/exams/*.toml so that the bundled packs and exam
//! blueprints are compiled into the binary.

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// Writes `OUT_DIR/NAME` listing every `*.toml` of `dir` as `(file name, include_str!(path))`.
fn bundle(dir: &Path, name: &str) {
    println!("cargo::rerun-if-changed={}", dir.display());
    let mut files: Vec<String> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::from("&[\n");
    for f in &files {
        let path = dir.join(f);
        println!("cargo::rerun-if-changed={}", path.display());
        let _ = writeln!(
            out,
            "    ({f:?}, include_str!({:?})),",
            path.display().to_string()
        );
    }
    out.push(']');
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join(name);
    std::fs::write(dest, out).expect("write the bundle list");
}

/// Feeds every file under `dir` (sorted, recursively) into `h`: names and contents.
fn hash_tree(dir: &Path, h: &mut impl Hasher) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            hash_tree(&p, h);
        } else if let Ok(bytes) = std::fs::read(&p) {
            p.file_name().hash(h);
            bytes.hash(h);
        }
    }
}

/// A stamp of everything that decides what a pack file becomes: the pure core (the pack reader
/// and the types it builds), the bundled packs and the locked dependency versions. The pack cache
/// throws away entries written under another stamp.
fn build_stamp(root: &Path) {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for dir in ["src/core", "content/packs"] {
        let d = root.join(dir);
        println!("cargo::rerun-if-changed={}", d.display());
        hash_tree(&d, &mut h);
    }
    let lock = root.join("Cargo.lock");
    println!("cargo::rerun-if-changed={}", lock.display());
    std::fs::read(&lock).unwrap_or_default().hash(&mut h);
    std::env::var("CARGO_PKG_VERSION")
        .unwrap_or_default()
        .hash(&mut h);
    println!("cargo::rustc-env=AWSDRILL_BUILD_STAMP={:016x}", h.finish());
}

fn main() {
    // Read at run time: a build script binary may be reused from another checkout of the crate.
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    bundle(&Path::new(&root).join("content/packs"), "bundled_packs.rs");
    bundle(&Path::new(&root).join("content/exams"), "bundled_exams.rs");
    build_stamp(Path::new(&root));
}

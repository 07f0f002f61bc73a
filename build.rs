//! Lists content/packs/*.toml and content/exams/*.toml so that the bundled packs and exam
//! blueprints are compiled into the binary.

use std::fmt::Write as _;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The names of the `*.toml` files of `dir`, sorted; cargo builds again when the folder changes.
fn toml_files(dir: &Path) -> Vec<String> {
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
    files
}

/// Writes `OUT_DIR/NAME` listing every `*.toml` of `dir` as `(file name, include_str!(path))`.
fn bundle(dir: &Path, name: &str) {
    let files = toml_files(dir);
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

/// Writes `OUT_DIR/NAME` for the bundled packs: `BUNDLED`, each `(file name, text)`, with the
/// texts in a section of their own (`.awsdrill_packs`, on Linux), away from the constants every run reads.
/// Beside them, the page of each file name that a start reads mapped the texts' pages too (the
/// kernel maps a file's pages in blocks): 2.6 MB of every command's memory, never read.
fn bundle_packs(dir: &Path, name: &str) {
    let files = toml_files(dir);
    let mut list = String::from(
        "/// `(file name, TOML text)` of each bundled pack, sorted by file name.\npub static BUNDLED: &[(&str, &str)] = &[\n",
    );
    let mut texts = String::new();
    for (i, f) in files.iter().enumerate() {
        let path = dir.join(f);
        println!("cargo::rerun-if-changed={}", path.display());
        let bytes = std::fs::read(&path).expect("read a bundled pack");
        // The text is read back as UTF-8 without a check at run time: it is checked here.
        std::str::from_utf8(&bytes).expect("a bundled pack is UTF-8");
        let _ = writeln!(
            texts,
            "#[cfg_attr(target_os = \"linux\", unsafe(link_section = \".awsdrill_packs\"))]\nstatic PACK_{i}: [u8; {}] = *include_bytes!({:?});",
            bytes.len(),
            path.display().to_string()
        );
        // SAFETY (in the generated code): the bytes were checked to be UTF-8 above.
        let _ = writeln!(
            list,
            "    ({f:?}, unsafe {{ std::str::from_utf8_unchecked(&PACK_{i}) }}),"
        );
    }
    list.push_str("];\n");
    list.push_str(&texts);
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join(name);
    std::fs::write(dest, list).expect("write the bundle list");
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
    bundle_packs(&Path::new(&root).join("content/packs"), "bundled_packs.rs");
    bundle(&Path::new(&root).join("content/exams"), "bundled_exams.rs");
    build_stamp(Path::new(&root));
}

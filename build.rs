//! Lists content/packs/*.toml and content/exams/*.toml so that the bundled packs and exam
//! blueprints are compiled into the binary.

use std::fmt::Write as _;
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

fn main() {
    // Read at run time: a build script binary may be reused from another checkout of the crate.
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    bundle(&Path::new(&root).join("content/packs"), "bundled_packs.rs");
    bundle(&Path::new(&root).join("content/exams"), "bundled_exams.rs");
}

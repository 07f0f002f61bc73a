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

/// Whether this build links with LLD: Rust 1.90 and later link `x86_64-unknown-linux-gnu`
/// programs with its bundled LLD unless the linker is chosen in the configuration.
fn links_with_lld() -> bool {
    let env = |k: &str| std::env::var(k).unwrap_or_default();
    if env("TARGET") != "x86_64-unknown-linux-gnu"
        || std::env::var_os("RUSTC_LINKER").is_some()
        || env("CARGO_ENCODED_RUSTFLAGS").contains("link")
    {
        return false;
    }
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let Ok(out) = std::process::Command::new(rustc).arg("-vV").output() else {
        return false;
    };
    let text = String::from_utf8_lossy(&out.stdout);
    let Some(version) = text.lines().find_map(|l| l.strip_prefix("release: ")) else {
        return false;
    };
    let mut parts = version
        .split(['.', '-'])
        .map(|p| p.parse::<u32>().unwrap_or(0));
    let (major, minor) = (parts.next().unwrap_or(0), parts.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}

/// Lays out the functions the app runs on its usual paths (the start, Home, Browse, Stats, a
/// drill, `due` and `stats`) side by side at the start of the code, in release builds linked
/// with LLD: the kernel maps a program's code in blocks around each page run, and with those
/// functions spread over the whole 8 MB of code it mapped 7.3 MB of it. The list is made by
/// `benches/hot-functions.sh`; names it does not find (after a change of the code) are left
/// where they were, so a stale list costs memory, never correctness.
fn order_hot_functions(root: &Path) {
    println!("cargo::rerun-if-env-changed=AWSDRILL_NO_FUNCTION_ORDER");
    let list = root.join("linker/hot-functions.txt");
    println!("cargo::rerun-if-changed={}", list.display());
    if std::env::var("PROFILE").as_deref() != Ok("release")
        || std::env::var_os("AWSDRILL_NO_FUNCTION_ORDER").is_some()
        || !list.is_file()
        || !links_with_lld()
    {
        return;
    }
    // `-Xlinker` passes each word as it is (a path may hold a comma, which `-Wl,` would split).
    for arg in [
        "--symbol-ordering-file",
        &list.display().to_string(),
        "--no-warn-symbol-ordering",
    ] {
        println!("cargo::rustc-link-arg-bin=awsdrill=-Xlinker");
        println!("cargo::rustc-link-arg-bin=awsdrill={arg}");
    }
}

fn main() {
    // Read at run time: a build script binary may be reused from another checkout of the crate.
    let root = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    bundle_packs(&Path::new(&root).join("content/packs"), "bundled_packs.rs");
    bundle(&Path::new(&root).join("content/exams"), "bundled_exams.rs");
    build_stamp(Path::new(&root));
    order_hot_functions(Path::new(&root));
}

//! The packs compiled into the binary (every `content/packs/*.toml`, listed by build.rs).

// `BUNDLED`: `(file name, TOML text)` of each bundled pack, sorted by file name (build.rs writes
// it, with the texts in a linker section of their own, checked to be UTF-8 when built).
include!(concat!(env!("OUT_DIR"), "/bundled_packs.rs"));

/// How findings name a bundled file: its path in the repository, `content/packs/NAME`.
pub fn bundled_name(file: &str) -> String {
    format!("content/packs/{file}")
}

/// The folder the bundled packs were compiled from, so that `awsdrill lint` can tell a pack file
/// given by path apart from another pack with the same id.
pub const SOURCE_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/content/packs");

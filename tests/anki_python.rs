//! The .apkg written by awsdrill opened with the real Anki library, and collections written by
//! Anki imported by awsdrill: tests/anki/check_apkg.py, run when `python3 -c "import anki"`
//! works (the PyPI package `anki`). Without it the test is SKIPPED, said on the terminal past
//! the harness's capture so that a run without it cannot pass silently.

mod common;

use std::process::Command;

fn anki_available() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import anki.collection"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "SKIPPED the Anki library check (tests/anki_python.rs): python3 cannot import the `anki` package (pip install anki); the .apkg files were NOT checked with Anki"
        );
    }
    ok
}

#[test]
fn anki_opens_our_packages_and_we_import_anki_collections() {
    if !anki_available() {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/anki/check_apkg.py");
    let out = Command::new("python3")
        .arg(script)
        .arg(common::BIN)
        .arg(work.path())
        .output()
        .expect("run python3");
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("all checks passed"), "{text}");
}

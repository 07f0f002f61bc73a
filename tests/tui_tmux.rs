//! The real binary in a real terminal (tmux): it opens on Home, shows help, survives resizes, and
//! quits leaving the terminal as it was.

mod common;
use common::Tmux;

#[test]
fn opens_home_shows_help_and_quits_cleanly() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("home", dir.path(), &[], 100, 30);
    let screen = t.wait_for("Packs");
    assert!(
        screen.contains("Keys: d drill  e exams"),
        "Home's body: {screen}"
    );
    assert!(
        screen.contains("Welcome. Press d to learn your first cards"),
        "{screen}"
    );

    t.keys(&["?"]);
    let screen = t.wait_for("┌ Keys");
    assert!(screen.contains("show or hide this help"), "{screen}");
    t.keys(&["Escape"]);
    // Help is closed before the terminal shrinks: on the "too small" message Escape leaves the
    // app, so an Escape still queued when the resize arrives would quit it.
    t.wait_gone("┌ Keys");

    t.resize(60, 15);
    t.wait_for("Terminal too small");
    t.resize(100, 30);
    t.wait_for("Packs");

    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    // Leaving the alternate screen restores what the terminal showed before: no app content remains.
    let after = t.screen();
    assert!(!after.contains("Packs"), "terminal not restored:\n{after}");
}

#[test]
fn the_store_is_created_and_reused() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for round in 0..2 {
        let t = Tmux::start(&format!("reuse{round}"), dir.path(), &[], 90, 26);
        t.wait_for("Packs");
        t.keys(&["q"]);
        assert_eq!(t.wait_exit(), 0);
    }
    assert!(dir.path().join("awsdrill.sqlite3").exists());
}

#[test]
fn a_broken_user_pack_is_reported_on_home_and_the_app_still_starts() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let packs = dir.path().join("packs");
    std::fs::create_dir_all(&packs).unwrap();
    std::fs::copy(
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/lint/bad-kind.toml"
        ),
        packs.join("mine.toml"),
    )
    .unwrap();
    let good = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/lint/good.toml");
    let t = Tmux::start("broken", dir.path(), &["--pack", good], 120, 45);
    let screen = t.wait_for("fixture-good");
    assert!(
        screen.contains("1 pack file(s) have errors and were not loaded"),
        "{screen}"
    );
    assert!(screen.contains("fixture-good"), "{screen}");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn browse_and_search_then_a_calculator() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("browse", dir.path(), &[], 110, 30);
    t.wait_for("Packs");
    t.keys(&["b"]);
    t.wait_for("Search:");
    t.keys(&["-l", "pack:dynamodb kind:num"]);
    let screen = t.wait_for("Search: pack:dynamodb kind:num_");
    assert!(screen.contains("numeric"), "{screen}");
    assert!(!screen.contains("lambda/"), "{screen}");
    t.keys(&["Escape"]);
    t.wait_for("Due now");
    t.keys(&["c"]);
    let screen = t.wait_for("Result and working");
    assert!(screen.contains("ceil(6,656 B / 4,096 B) = 2"), "{screen}");
    // Escape and q sent together would read as Alt-q.
    t.keys(&["Escape"]);
    t.wait_for("Due now");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn keys_are_ignored_while_the_terminal_is_too_small_except_q() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("small", dir.path(), &[], 100, 30);
    t.wait_for("Packs");
    t.resize(60, 15);
    t.wait_for("Terminal too small");
    // Keys typed at the message: help, the palette, a drill. None of them may act unseen.
    t.keys(&["?"]);
    t.keys(&["d"]);
    t.keys(&[":"]);
    std::thread::sleep(std::time::Duration::from_millis(300));
    t.resize(100, 30);
    let screen = t.wait_for("Packs");
    assert!(!screen.contains("┌ Keys"), "{screen}");
    assert!(!screen.contains(" done"), "{screen}");
    t.resize(60, 15);
    t.wait_for("Terminal too small");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

/// The IAM lab in the real terminal: `i` opens AWS's Carlos example (explicit deny), editing the
/// bucket name flips it to Allow and the screen says so; the next example is loaded with Right.
#[test]
fn the_iam_lab_shows_what_flips() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("iam", dir.path(), &[], 80, 24);
    t.wait_for("Packs");
    t.keys(&["i"]);
    let screen = t.wait_for("Decision: explicit Deny");
    assert!(screen.contains("DenyS3Logs"), "{screen}");
    t.keys(&["Down", "Down"]);
    for _ in 0..5 {
        t.keys(&["BSpace"]);
    }
    t.keys(&["-l", "/notes.txt"]);
    let screen = t.wait_for("arn:aws:s3:::carlossalazar/notes.txt_");
    assert!(
        screen.contains("Flipped: explicit Deny -> Allow after editing Resource."),
        "{screen}"
    );
    t.keys(&["Right"]);
    t.wait_for("Example 2 of 8: Cross-account");
    t.keys(&["Escape"]);
    t.wait_for("Due now");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

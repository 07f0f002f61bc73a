//! Reliability through the real binary: backups and restore, export and import, damaged and
//! foreign stores, two copies on one data directory, hostile pack text, and a crash test that kills
//! the app at random moments and checks that nothing acknowledged was lost.
//!
//! The crash test runs `AWSDRILL_CRASH_TRIALS` trials (default 5 here; the long form is 200:
//! `AWSDRILL_CRASH_TRIALS=200 cargo test --release --test reliability crash -- --nocapture`).

mod common;
use common::{Tmux, run, stderr, stdout};
use rusqlite::Connection;
use std::path::Path;

fn count(dir: &Path, table: &str) -> i64 {
    let c = Connection::open(dir.join("awsdrill.sqlite3")).unwrap();
    c.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

/// A store with `n` answers, written with SQL as a real session would leave it.
fn seed_reviews(dir: &Path, n: i64) {
    common::new_store(dir);
    let out = run(dir, &["due"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let c = Connection::open(dir.join("awsdrill.sqlite3")).unwrap();
    for i in 0..n {
        let id = format!("lambda/synthetic-{i}");
        c.execute(
            "INSERT INTO card_state (item_id, state, due, updated_at) VALUES (?1, 2, 0, ?2)",
            rusqlite::params![id, i],
        )
        .unwrap();
        c.execute(
            "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES (?1, ?2, 3, 0, 0, 4000, 1)",
            rusqlite::params![id, 1_700_000_000_000i64 + i],
        )
        .unwrap();
    }
}

#[test]
fn backup_then_restore_brings_the_store_back_and_keeps_the_replaced_one() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 10);
    let out = run(dir.path(), &["backup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let line = stdout(&out);
    let backup = line
        .trim()
        .strip_prefix("Backed up the store to ")
        .unwrap()
        .to_string();
    seed_reviews_more(dir.path());
    assert_eq!(count(dir.path(), "revlog"), 15);
    // Without a terminal and without --yes, nothing happens.
    let out = run(dir.path(), &["restore", &backup]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("run it in a terminal to confirm, or pass --yes"));
    assert_eq!(count(dir.path(), "revlog"), 15);
    let out = run(dir.path(), &["restore", &backup, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("the previous store is kept at"),
        "{}",
        stdout(&out)
    );
    assert_eq!(count(dir.path(), "revlog"), 10);
    // A file that is not a store is refused before anything changes.
    let junk = dir.path().join("junk.sqlite3");
    std::fs::write(&junk, "hello").unwrap();
    let out = run(dir.path(), &["restore", junk.to_str().unwrap(), "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not an awsdrill database"),
        "{}",
        stderr(&out)
    );
    assert_eq!(count(dir.path(), "revlog"), 10);
}

fn seed_reviews_more(dir: &Path) {
    seed_reviews_more_with(dir, |_| {});
}

fn seed_reviews_more_with(dir: &Path, setup: impl FnOnce(&Connection)) {
    let c = Connection::open(dir.join("awsdrill.sqlite3")).unwrap();
    setup(&c);
    for i in 0..5 {
        c.execute(
            "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES ('lambda/synthetic-0', ?1, 1, 2, 1, 4000, 1)",
            [1_800_000_000_000i64 + i],
        )
        .unwrap();
    }
}

/// Like `seed_reviews_more`, but the 5 answers stay in the write-ahead log, as the app leaves them
/// while it runs or when it is killed.
fn seed_reviews_in_wal(dir: &Path) {
    seed_reviews_more_with(dir, |c| {
        c.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        )
        .unwrap();
    });
    let wal = dir.join("awsdrill.sqlite3-wal");
    assert!(
        std::fs::metadata(&wal).unwrap().len() > 0,
        "answers in the log"
    );
}

fn backup_now(dir: &Path) -> String {
    let out = run(dir, &["backup"]);
    assert!(out.status.success(), "{}", stderr(&out));
    stdout(&out)
        .trim()
        .strip_prefix("Backed up the store to ")
        .unwrap()
        .to_string()
}

#[test]
fn restore_keeps_the_answers_still_in_the_log_and_a_killed_restore_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 10);
    let backup = backup_now(dir.path());
    seed_reviews_in_wal(dir.path());
    let out = run(dir.path(), &["restore", &backup, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count(dir.path(), "revlog"), 10);
    let text = stdout(&out);
    let kept = text.trim().rsplit(' ').next().unwrap().to_string();
    assert!(kept.contains("before-restore-"), "{text}");
    // The kept store is one complete file: restoring it alone brings all 15 answers back.
    assert!(!Path::new(&format!("{kept}-wal")).exists());
    let out = run(dir.path(), &["restore", &kept, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count(dir.path(), "revlog"), 15);
    // A restore killed after staging its copy: the next start deletes the copy.
    let staged = dir.path().join("awsdrill.sqlite3.restoring");
    std::fs::write(&staged, b"half a store").unwrap();
    let file = dir.path().join("progress.json");
    assert!(
        run(dir.path(), &["export", file.to_str().unwrap()])
            .status
            .success()
    );
    let out = run(dir.path(), &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        !staged.exists(),
        "the staged copy of a killed restore is deleted"
    );
    // The same for a backup killed while it was written: never offered, deleted on the next start.
    let partial = dir
        .path()
        .join("backups/manual-2999-01-01T000000.sqlite3.partial");
    std::fs::copy(&backup, &partial).unwrap();
    let out = run(dir.path(), &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!partial.exists(), "a partial backup is deleted");
    assert_eq!(count(dir.path(), "revlog"), 15);
}

#[test]
fn a_missing_or_empty_store_is_refused_while_backups_exist() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 10);
    let backup = backup_now(dir.path());
    let store = dir.path().join("awsdrill.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", store.display()));
    }
    let out = run(dir.path(), &["due"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("is missing or empty"), "{err}");
    assert!(err.contains(&format!("awsdrill restore {backup}")), "{err}");
    assert!(err.contains("awsdrill --new-store"), "{err}");
    assert!(!store.exists(), "nothing was created");
    // A zero-byte store (a failed sync, a full disk) is the same.
    std::fs::write(&store, b"").unwrap();
    let out = run(dir.path(), &["stats"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::metadata(&store).unwrap().len(), 0);
    // Starting afresh is an explicit choice; the backups stay.
    let out = run(dir.path(), &["--new-store", "due"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count(dir.path(), "revlog"), 0);
    assert!(Path::new(&backup).exists());
    let out = run(dir.path(), &["restore", &backup, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(count(dir.path(), "revlog"), 10);
}

#[test]
fn export_and_import_move_progress_and_import_is_idempotent() {
    let a = tempfile::tempdir().unwrap();
    seed_reviews(a.path(), 25);
    let file = a.path().join("progress.json");
    let out = run(a.path(), &["export", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let b = tempfile::tempdir().unwrap();
    let out = run(b.path(), &["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Imported 25 card states, 25 answers and 0 exam attempts"));
    assert!(
        stderr(&out).contains("Importing: 50 of 50 rows (100 %)"),
        "{}",
        stderr(&out)
    );
    let out = run(b.path(), &["import", file.to_str().unwrap()]);
    assert!(stdout(&out).starts_with("Imported 0 card states, 0 answers and 0 exam attempts"));
    assert_eq!(count(b.path(), "revlog"), 25);
    // A damaged export is refused with where and why.
    let bad = a.path().join("bad.json");
    std::fs::write(
        &bad,
        "{\"format\": \"awsdrill-progress\", \"version\": 1,\n \"cards\": 7 }",
    )
    .unwrap();
    let out = run(b.path(), &["import", bad.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("bad.json:2:"), "{}", stderr(&out));
    // Values out of range are refused with the record and the field, before anything is written.
    let good: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    for (path, value, wanted) in [
        (
            "/cards/3/stability",
            serde_json::json!(-2.0),
            "cards[3] (lambda/synthetic-11): `stability` is -2",
        ),
        (
            "/cards/0/reps",
            serde_json::json!(-1),
            "cards[0] (lambda/synthetic-0): `reps` is -1",
        ),
        (
            "/reviews/1/duration_ms",
            serde_json::json!(-5),
            "reviews[1] (lambda/synthetic-1): `duration_ms` is -5",
        ),
    ] {
        let mut v = good.clone();
        *v.pointer_mut(path).unwrap() = value;
        std::fs::write(&bad, v.to_string()).unwrap();
        let out = run(b.path(), &["import", bad.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(1), "{path}");
        assert!(stderr(&out).contains(wanted), "{}", stderr(&out));
    }
    assert_eq!(count(b.path(), "revlog"), 25);
}

#[test]
fn export_replaces_the_file_whole_and_names_it_when_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 5);
    let out_dir = tempfile::tempdir().unwrap();
    let file = out_dir.path().join("progress.json");
    std::fs::write(&file, "old").unwrap();
    let out = run(dir.path(), &["export", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.starts_with('{') && text.ends_with("}\n"), "{text}");
    let names: Vec<_> = std::fs::read_dir(out_dir.path()).unwrap().collect();
    assert_eq!(names.len(), 1, "no temporary file is left");
    for target in [
        out_dir.path().join("missing/progress.json"),
        out_dir.path().to_path_buf(),
    ] {
        let out = run(dir.path(), &["export", target.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("cannot write {}", target.display())),
            "{err}"
        );
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn a_damaged_store_is_explained_and_the_newest_backup_named() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 3000);
    assert!(run(dir.path(), &["backup"]).status.success());
    let store = dir.path().join("awsdrill.sqlite3");
    {
        let c = Connection::open(&store).unwrap();
        c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE);").unwrap();
    }
    let len = std::fs::metadata(&store).unwrap().len();
    std::fs::OpenOptions::new()
        .write(true)
        .open(&store)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    let out = run(dir.path(), &["stats"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("is damaged") || err.contains("is not an awsdrill database"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    // Overwritten with garbage: refused, named backup offered, file untouched.
    std::fs::write(&store, vec![7u8; 8192]).unwrap();
    let out = run(dir.path(), &["due"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2));
    assert!(err.contains("The newest backup is"), "{err}");
    assert!(err.contains("awsdrill restore"), "{err}");
    assert_eq!(std::fs::read(&store).unwrap(), vec![7u8; 8192]);
}

#[test]
fn damage_found_inside_a_query_names_the_store_and_the_newest_good_backup() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 3000);
    let good = backup_now(dir.path());
    let store = dir.path().join("awsdrill.sqlite3");
    // Card states written last fill the last pages of the file, which `due` and `stats` read.
    Connection::open(&store)
        .unwrap()
        .execute_batch(
            "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999)
             INSERT INTO card_state (item_id, state, due, updated_at)
             SELECT 'lambda/late-' || i, 2, 0, i FROM n;
             PRAGMA wal_checkpoint(TRUNCATE);",
        )
        .unwrap();
    let sound = std::fs::read(&store).unwrap();
    let expect_refused = |what: &str| {
        // `due` and `stats` skip the start-up check: the damage shows up in their queries.
        for args in [&["due"][..], &["stats"]] {
            let out = run(dir.path(), args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{what} {args:?}: {err}");
            assert!(
                err.contains(&format!("{} is damaged", store.display())),
                "{what} {args:?}: {err}"
            );
            assert!(
                err.contains(&format!("awsdrill restore {good}")),
                "{what} {args:?}: {err}"
            );
        }
    };
    // A card state whose id is not UTF-8 text: "invalid utf-8 sequence" before.
    Connection::open(&store)
        .unwrap()
        .execute_batch(
            "PRAGMA foreign_keys = OFF;
             UPDATE card_state SET item_id = CAST(x'6c616d6264612fff' AS TEXT) WHERE item_id = 'lambda/synthetic-5';
             PRAGMA wal_checkpoint(TRUNCATE);",
        )
        .unwrap();
    let damaged = std::fs::read(&store).unwrap();
    expect_refused("not UTF-8");
    assert_eq!(std::fs::read(&store).unwrap(), damaged, "left as it was");
    // The end of the file cut off: "the store file is damaged", without the path, before.
    std::fs::write(&store, &sound[..sound.len() - 100]).unwrap();
    expect_refused("truncated");
    assert_eq!(std::fs::read(&store).unwrap(), &sound[..sound.len() - 100]);
}

/// Points an index at another column, as a bad write or a bug could: every page still reads
/// (quick_check passes) but the index no longer matches its table (integrity_check fails).
fn damage_an_index(dir: &Path) {
    let c = Connection::open(dir.join("awsdrill.sqlite3")).unwrap();
    c.execute_batch(
        "PRAGMA writable_schema = ON;
         UPDATE sqlite_schema SET sql = 'CREATE INDEX revlog_time ON revlog (rating)' WHERE name = 'revlog_time';",
    )
    .unwrap();
}

#[test]
fn a_damaged_store_is_never_backed_up_and_the_newest_good_backup_is_named() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 3000);
    let good = backup_now(dir.path());
    // A newer backup that is not sound is never offered.
    let bad = dir.path().join("backups/manual-2999-01-01T000000.sqlite3");
    std::fs::write(&bad, vec![9u8; 4096]).unwrap();
    damage_an_index(dir.path());
    let out = run(dir.path(), &["backup"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("is damaged"), "{err}");
    assert!(err.contains(&format!("awsdrill restore {good}")), "{err}");
    let backups = std::fs::read_dir(dir.path().join("backups"))
        .unwrap()
        .count();
    assert_eq!(backups, 2, "no backup of the damaged store was written");
    // Pages overwritten in the middle of the file: refused at start by the app and every command
    // that writes (`due` and `stats` only read, and SQLite refuses a damaged page they read).
    let out = run(dir.path(), &["restore", &good, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let store = dir.path().join("awsdrill.sqlite3");
    Connection::open(&store)
        .unwrap()
        .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
        .unwrap();
    let len = std::fs::metadata(&store).unwrap().len();
    let mut bytes = std::fs::read(&store).unwrap();
    let at = (len as usize / 4096 - 2) * 4096;
    bytes[at..at + 4096].fill(0x5a);
    std::fs::write(&store, &bytes).unwrap();
    for args in [&[][..], &["export"], &["backup"]] {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stdout(&out));
        let err = stderr(&out);
        assert!(err.contains("is damaged"), "{args:?}: {err}");
        assert!(
            err.contains(&format!("awsdrill restore {good}")),
            "{args:?}: {err}"
        );
    }
    assert_eq!(
        std::fs::read(&store).unwrap(),
        bytes,
        "the store is left as it was"
    );
}

#[test]
fn another_program_s_database_at_the_store_path_is_refused_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("awsdrill.sqlite3");
    Connection::open(&store)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');")
        .unwrap();
    let before = std::fs::read(&store).unwrap();
    for args in [&["due"][..], &["stats"], &[]] {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("is not an awsdrill database"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert_eq!(std::fs::read(&store).unwrap(), before, "not a byte changed");
    assert!(!dir.path().join("awsdrill.sqlite3-wal").exists());
}

/// Like `run`, but the process is killed after 20 s: a command reading a pipe would hang the test.
fn run_limited(dir: &Path, args: &[&str]) -> std::process::Output {
    use std::process::{Command, Stdio};
    let mut child = Command::new(common::BIN)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("AWSDRILL_DATA_DIR", dir)
        .env_remove("AWSDRILL_CONFIG")
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    for _ in 0..400 {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let _ = child.kill();
    child.wait_with_output().unwrap()
}

#[cfg(unix)]
#[test]
fn pipes_and_devices_are_refused_as_import_restore_and_settings_files() {
    let dir = tempfile::tempdir().unwrap();
    seed_reviews(dir.path(), 3);
    let fifo = dir.path().join("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    let fifo = fifo.to_str().unwrap();
    for (args, what) in [
        (vec!["import", fifo], "the export file"),
        (vec!["import", "/dev/zero"], "the export file"),
        (vec!["restore", fifo, "--yes"], "the backup"),
        (vec!["restore", "/dev/zero", "--yes"], "the backup"),
        (vec!["--config", fifo, "due"], "the settings file"),
        (vec!["--config", "/dev/zero", "stats"], "the settings file"),
    ] {
        let out = run_limited(dir.path(), &args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{what} is not a regular file")),
            "{args:?}: {err}"
        );
    }
    assert_eq!(count(dir.path(), "revlog"), 3);
}

#[test]
fn a_second_copy_of_the_app_says_another_is_running() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let first = Tmux::start("first", dir.path(), &[], 100, 30);
    first.wait_for("Packs");
    let second = Tmux::start("second", dir.path(), &[], 100, 30);
    assert_eq!(second.wait_exit(), 2);
    // Reading commands work alongside the app.
    let out = run(dir.path(), &["due", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = std::process::Command::new(common::BIN)
        .env("AWSDRILL_DATA_DIR", dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("another awsdrill is already using"),
        "{}",
        stderr(&out)
    );
    first.keys(&["q"]);
    assert_eq!(first.wait_exit(), 0);
}

#[test]
fn deleting_the_lock_file_does_not_let_a_second_copy_in() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let first = Tmux::start("first-unlinked", dir.path(), &[], 100, 30);
    first.wait_for("Packs");
    std::fs::remove_file(dir.path().join("awsdrill.lock")).unwrap();
    for args in [&[][..], &["restore", "x.sqlite3", "--yes"]] {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("another awsdrill is already using"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    first.keys(&["q"]);
    assert_eq!(first.wait_exit(), 0);
    // The lock goes with the process: the next copy starts.
    let second = Tmux::start("second-unlinked", dir.path(), &[], 100, 30);
    second.wait_for("Packs");
    second.keys(&["q"]);
    assert_eq!(second.wait_exit(), 0);
}

#[test]
fn escape_sequences_in_packs_are_shown_harmlessly() {
    let dir = tempfile::tempdir().unwrap();
    // A raw ESC in the file: TOML refuses it, and the located error shows the line escaped.
    let raw = dir.path().join("raw.toml");
    std::fs::write(
        &raw,
        "[pack]\nid = \"raw\" # \u{1b}[2J\u{1b}]0;pwned\u{7}\n",
    )
    .unwrap();
    let out = run(dir.path(), &["lint", raw.to_str().unwrap()]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "raw escape in lint output: {text:?}"
    );
    assert!(text.contains("\\u{1b}[2J"), "{text}");
}

#[test]
fn crash_test_nothing_acknowledged_is_lost() {
    if !Tmux::available() {
        return;
    }
    let trials: usize = std::env::var("AWSDRILL_CRASH_TRIALS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let mut acknowledged_total = 0;
    let mut lost_total = 0;
    for trial in 0..trials {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("config.toml"), "new_cards_per_day = 50\n").unwrap();
        let t = Tmux::start(&format!("crash{trial}"), dir.path(), &[], 100, 30);
        t.wait_for("Packs");
        t.keys(&["d"]);
        t.wait_for("0 done");
        // A pseudo-random number of answers, then a kill at once, possibly mid-answer.
        let answers = 1 + (trial * 7 + 3) % 6;
        for _ in 0..answers {
            t.keys(&["Space", "3"]);
        }
        std::thread::sleep(std::time::Duration::from_millis((trial as u64 * 37) % 120));
        let screen = t.screen();
        // The drill's progress line, "N done today  |  left: ...", is what the screen acknowledges;
        // a screen without it is a failure, not zero answers.
        let acknowledged: i64 = screen
            .lines()
            .find_map(|l| {
                let (n, rest) = l.trim_start().split_once(" done today  |  left:")?;
                let _ = rest;
                n.trim().parse().ok()
            })
            .unwrap_or_else(|| panic!("trial {trial}: no progress line on screen:\n{screen}"));
        t.kill_app();
        let stored = count(dir.path(), "revlog");
        let c = Connection::open(dir.path().join("awsdrill.sqlite3")).unwrap();
        let ok: String = c
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok", "trial {trial}");
        assert!(
            stored >= acknowledged,
            "trial {trial}: {acknowledged} acknowledged, {stored} stored"
        );
        acknowledged_total += acknowledged;
        lost_total += (acknowledged - stored).max(0);
    }
    eprintln!(
        "crash test: {trials} trials, {acknowledged_total} acknowledged answers, {lost_total} lost"
    );
    assert_eq!(lost_total, 0);
}

/// The day's backup is made after the first frame, on its own connection, while the app answers
/// keys (issue 21, defect 7): the app is on screen first, and the backup appears anyway.
#[test]
fn the_days_backup_is_made_after_the_first_frame() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("first", dir.path(), &[], 100, 30);
    t.wait_for("Packs");
    t.keys(&["d"]);
    t.wait_for("0 done today");
    t.keys(&["Space"]);
    t.wait_for("1 Again");
    t.keys(&["3"]);
    t.wait_for("1 done today");
    t.keys(&["Escape"]);
    t.wait_for("Due now:");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    let backups = dir.path().join("backups");
    let daily = || {
        std::fs::read_dir(&backups)
            .map(|d| {
                d.filter_map(Result::ok)
                    .filter(|e| {
                        // A backup counts once it has its real name (not while `.partial`).
                        let name = e.file_name().to_string_lossy().to_string();
                        name.starts_with("daily-") && name.ends_with(".sqlite3")
                    })
                    .count()
            })
            .unwrap_or(0)
    };
    assert_eq!(
        daily(),
        0,
        "no backup of a store without answers at its first start"
    );
    // The next start has an answer to keep: Home comes up, and the backup follows.
    let t = Tmux::start("second", dir.path(), &[], 100, 30);
    t.wait_for("Answered today: 1");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while daily() == 0 && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(
        daily(),
        1,
        "the day's backup was made while the app ran; the screen shows:\n{}",
        t.screen()
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

/// The card states' snapshot in the cache folder (`cache/states/`) is read instead of the table
/// only while the store holds the states it was written from: a restore and an import replace
/// them behind its back, and `due` still counts the store's states after each.
#[test]
fn the_state_snapshot_never_serves_states_a_restore_or_an_import_replaced() {
    let dir = tempfile::tempdir().unwrap();
    common::new_store(dir.path());
    let review_due = || -> u64 {
        let out = run(dir.path(), &["due", "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        v["total"]["review"].as_u64().unwrap()
    };
    assert_eq!(review_due(), 0);
    let store = dir.path().join("awsdrill.sqlite3");
    // Three packs' cards (siblings in one pack are not shown on the same day).
    let ids = [
        "lambda/memory-max",
        "s3/object-max-size",
        "dynamodb/rcu-item-size",
    ];
    {
        let c = Connection::open(&store).unwrap();
        for id in ids {
            c.execute(
                "INSERT INTO card_state (item_id, state, stability, difficulty, due, last_review, reps, updated_at)
                 VALUES (?1, 2, 3.0, 5.0, 0, 0, 1, 1)",
                [id],
            )
            .unwrap();
        }
    }
    assert_eq!(review_due(), 3, "a change by another program is seen");
    let snapshots = dir.path().join("cache/states");
    assert_eq!(
        std::fs::read_dir(&snapshots).unwrap().count(),
        1,
        "due wrote the snapshot"
    );
    let backup = backup_now(dir.path());
    // Answered since: due in 2100.
    Connection::open(&store)
        .unwrap()
        .execute(
            "UPDATE card_state SET due = 4102444800000, updated_at = 2",
            [],
        )
        .unwrap();
    assert_eq!(review_due(), 0);
    let export = dir.path().join("progress.json");
    let out = run(dir.path(), &["export", export.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    // The backup holds the states of the snapshot before last: they come back, not the newest.
    let out = run(dir.path(), &["restore", &backup, "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(review_due(), 3, "after the restore");
    // The import brings the later states back over the restored ones.
    let out = run(dir.path(), &["import", export.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(review_due(), 0, "after the import");
}

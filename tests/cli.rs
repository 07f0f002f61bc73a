//! The command line through the real binary: help, version, completions, paths, and the clear errors
//! for bad settings and bad stores.

mod common;
use common::{run, stderr, stdout};

#[test]
fn help_lists_every_subcommand_with_a_description() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--help"]);
    assert!(out.status.success());
    let text = stdout(&out);
    for line in [
        "lint         Check content packs",
        "paths        Print where the config, the store, your own packs and the backups live",
        "completions  Print shell completions",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    // Every subcommand the command line defines is listed with its first line of description.
    use clap::CommandFactory;
    let cmd = awsdrill::cli::Cli::command();
    let subs: Vec<_> = cmd.get_subcommands().filter(|s| !s.is_hide_set()).collect();
    assert!(subs.len() >= 13, "{} subcommands", subs.len());
    for sub in subs {
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        assert!(!about.is_empty(), "{} has no description", sub.get_name());
        let listed = text.lines().any(|l| {
            let l = l.trim_start();
            l.starts_with(sub.get_name()) && l.contains(about.lines().next().unwrap())
        });
        assert!(listed, "{} is not listed in\n{text}", sub.get_name());
    }
}

#[test]
fn version_and_completions_work() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--version"]);
    assert_eq!(
        stdout(&out),
        format!("awsdrill {}\n", env!("CARGO_PKG_VERSION"))
    );
    let out = run(dir.path(), &["completions", "bash"]);
    assert!(out.status.success());
    assert!(stdout(&out).contains("_awsdrill()"));
}

#[test]
fn paths_follow_the_data_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["paths", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let d = dir.path().display().to_string();
    assert_eq!(v["data_dir"], d);
    assert_eq!(v["store"], format!("{d}/awsdrill.sqlite3"));
    assert_eq!(v["packs_dir"], format!("{d}/packs"));
    assert_eq!(v["config"], format!("{d}/config.toml"));
    assert_eq!(v["cache_dir"], format!("{d}/cache"));
}

#[test]
fn an_invalid_config_is_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("config.toml"),
        "desired_retention = 1.5\nnew_cards_per_dya = 10\n",
    )
    .unwrap();
    let out = run(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let cfg = dir.path().join("config.toml").display().to_string();
    assert!(err.contains("the settings file has errors"), "{err}");
    assert!(err.contains(&format!("--> {cfg}:1:21")), "{err}");
    assert!(
        err.contains("desired_retention is 1.5; it must be between 0.70 and 0.97"),
        "{err}"
    );
    assert!(err.contains(&format!("--> {cfg}:2:1")), "{err}");
    assert!(err.contains("(did you mean `new_cards_per_day`?)"), "{err}");
}

#[test]
fn a_store_that_is_not_a_database_is_refused_not_reset() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("awsdrill.sqlite3");
    let garbage = vec![0x5au8; 16384];
    std::fs::write(&store, &garbage).unwrap();
    let out = run(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not an awsdrill database (it may be damaged or another file)"),
        "{}",
        stderr(&out)
    );
    assert_eq!(
        std::fs::read(&store).unwrap(),
        garbage,
        "the file was changed"
    );
}

#[test]
fn a_store_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let conn = rusqlite::Connection::open(dir.path().join("awsdrill.sqlite3")).unwrap();
    conn.pragma_update(None, "user_version", 999).unwrap();
    drop(conn);
    let out = run(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("has schema version 999, newer than this awsdrill supports"));
}

#[test]
fn a_data_directory_that_cannot_be_created_is_explained() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "x").unwrap();
    let out = run(&file, &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("cannot create the data directory"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_start_up_measurement_draws_one_frame_off_screen_and_exits() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--first-frame-and-exit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).is_empty(),
        "nothing is written to the terminal"
    );
    assert!(
        dir.path().join("awsdrill.sqlite3").exists(),
        "the app started for real"
    );
}

#[cfg(unix)]
#[test]
fn a_closed_output_ends_a_command_quietly() {
    use std::os::unix::process::ExitStatusExt;
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    assert!(run(dir.path(), &["due"]).status.success());
    let cases: [&[&str]; 7] = [
        &["stats"],
        &["lint", "--stats"],
        &["export"],
        &["paths"],
        &["exam", "draw", "--seed", "1"],
        &["due"],
        &["completions", "bash"],
    ];
    for args in cases {
        // The reader closes before the command writes anything (`awsdrill stats | head -c 0`).
        let mut child = Command::new(common::BIN)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("AWSDRILL_DATA_DIR", dir.path())
            .env_remove("AWSDRILL_CONFIG")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        let err = stderr(&out);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert!(
            out.status.success() || out.status.signal() == Some(SIGPIPE),
            "{args:?}: {:?} {err}",
            out.status
        );
    }
}

/// SIGPIPE's number on Linux, macOS and the BSDs.
#[cfg(unix)]
const SIGPIPE: i32 = 13;

#[test]
fn the_app_without_a_terminal_says_so_instead_of_panicking() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("the app needs a terminal"), "{err}");
    assert!(err.contains("due, stats"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_settings_file_named_on_the_command_line_must_exist() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.toml");
    let out = run(dir.path(), &["--config", missing.to_str().unwrap(), "due"]);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("missing.toml: the settings file named with --config"),
        "{err}"
    );
    // Without --config a missing settings file means the defaults.
    let out = run(dir.path(), &["due"]);
    assert!(out.status.success(), "{}", stderr(&out));
}

#[test]
fn a_folder_or_a_pipe_at_the_store_path_is_named_for_what_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("awsdrill.sqlite3");
    std::fs::create_dir(&store).unwrap();
    for args in [&["due"][..], &["backup"], &[]] {
        let out = run(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("is a folder, not a store file"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    std::fs::remove_dir(&store).unwrap();
    let fifo = std::process::Command::new("mkfifo")
        .arg(&store)
        .status()
        .unwrap();
    assert!(fifo.success());
    let out = run(dir.path(), &["due"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is a named pipe (FIFO), not a store file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_read_only_store_is_told_at_start_not_at_the_first_answer() {
    // Root writes to read-only files, so there is nothing to observe as root (CI runs as root):
    // say so past the harness's capture instead of passing in silence.
    if unsafe { libc::geteuid() } == 0 {
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr().lock(),
            "SKIPPED a_read_only_store_is_told_at_start_not_at_the_first_answer: running as root"
        );
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    assert!(run(dir.path(), &["backup"]).status.code().is_some());
    let store = dir.path().join("awsdrill.sqlite3");
    std::fs::set_permissions(&store, std::fs::Permissions::from_mode(0o444)).unwrap();
    let out = run(dir.path(), &["backup"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("read-only"), "{}", stderr(&out));
}

/// `--lang` takes auto, en or ko and names the flag when given anything else (issue 16).
#[test]
fn lang_flag_is_checked() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["--lang", "ko", "paths"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(dir.path(), &["--lang", "fr", "paths"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("--lang") && err.contains("give auto, en or ko"),
        "{err}"
    );
}

/// Every file and folder under `dir`, relative to it.
fn tree(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            out.push(p.strip_prefix(dir).unwrap().display().to_string());
            if p.is_dir() {
                todo.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn commands_that_only_read_say_there_is_no_store_yet_and_create_nothing() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data");
    let cases: [(&[&str], i32); 9] = [
        (&["due"], 0),
        (&["due", "--json"], 0),
        (&["stats"], 0),
        (&["stats", "--json"], 0),
        (&["exam", "history"], 0),
        (&["exam", "history", "--json"], 0),
        (&["exam", "draw", "--seed", "1"], 0),
        (&["export"], 0),
        (&["exam", "report", "1"], 1),
    ];
    for (args, code) in cases {
        let out = run(&dir, args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(code), "{args:?}: {err}");
        assert!(
            err.contains(&format!(
                "there is no store yet at {}",
                dir.join("awsdrill.sqlite3").display()
            )),
            "{args:?}: {err}"
        );
        assert!(err.contains("Run awsdrill to start"), "{args:?}: {err}");
        assert!(!dir.exists(), "{args:?} created {}", dir.display());
    }
    // The answers are those of a new store.
    let v: serde_json::Value =
        serde_json::from_str(&stdout(&run(&dir, &["due", "--json"]))).unwrap();
    assert_eq!(v["answers_today"], 0);
    assert_eq!(v["cards"]["studied"], 0);
    assert_eq!(v["total"]["new"], 20);
    // An existing, empty data directory and a zero-byte store file (a new user) stay as they are.
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("awsdrill.sqlite3"), b"").unwrap();
    for (args, code) in cases {
        assert_eq!(run(&dir, args).status.code(), Some(code), "{args:?}");
    }
    assert_eq!(tree(&dir), vec!["awsdrill.sqlite3".to_string()]);
    assert_eq!(
        std::fs::metadata(dir.join("awsdrill.sqlite3"))
            .unwrap()
            .len(),
        0
    );
    // Asking for a new store makes one; then nothing more is said.
    let out = run(&dir, &["--new-store", "due"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        std::fs::metadata(dir.join("awsdrill.sqlite3"))
            .unwrap()
            .len()
            > 0
    );
    let out = run(&dir, &["due"]);
    assert!(!stderr(&out).contains("no store yet"), "{}", stderr(&out));
}

#[test]
fn restore_says_a_file_is_missing_or_not_a_backup_and_creates_nothing() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data");
    let missing = parent.path().join("nope.sqlite3");
    let out = run(&dir, &["restore", missing.to_str().unwrap(), "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("{} does not exist", missing.display())),
        "{err}"
    );
    assert!(!err.contains("read-only"), "{err}");
    assert!(!dir.exists(), "nothing was created");
    for (name, bytes) in [
        (
            "garbage.sqlite3",
            b"not a database at all, just words".repeat(200),
        ),
        ("empty.sqlite3", Vec::new()),
    ] {
        let file = parent.path().join(name);
        std::fs::write(&file, &bytes).unwrap();
        let out = run(&dir, &["restore", file.to_str().unwrap(), "--yes"]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let err = stderr(&out);
        assert!(
            err.contains(&format!("{} is not an awsdrill backup", file.display())),
            "{name}: {err}"
        );
        assert!(err.contains("nothing was changed"), "{name}: {err}");
        assert!(!dir.exists(), "{name}: nothing was created");
        assert_eq!(
            std::fs::read(&file).unwrap(),
            bytes,
            "{name} is left as it was"
        );
    }
    // Another program's SQLite database is not a backup either.
    let other = parent.path().join("other.sqlite3");
    rusqlite::Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE notes (body TEXT);")
        .unwrap();
    let out = run(&dir, &["restore", other.to_str().unwrap(), "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is not an awsdrill backup"),
        "{}",
        stderr(&out)
    );
}

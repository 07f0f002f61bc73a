//! `awsdrill lint` through the real binary: one broken fixture per check, each with its exact located
//! message, plus exit statuses, JSON output and hostile files.

mod common;
use common::{run, stdout};

/// Lints one fixture and returns (exit status, stdout).
fn lint(args: &[&str]) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &[&["lint"], args].concat());
    (out.status.code().unwrap_or(-1), stdout(&out))
}

/// Asserts that linting `fixture` fails with exactly this first finding header and location.
fn expect(fixture: &str, header: &str, location: &str) {
    let path = format!("tests/fixtures/lint/{fixture}.toml");
    let (code, out) = lint(&[&path]);
    let expected = format!("{header}\n  --> {path}:{location}\n");
    assert!(
        out.contains(&expected),
        "{fixture}: expected\n{expected}\ngot\n{out}"
    );
    let is_error = header.starts_with("error");
    assert_eq!(
        code,
        if is_error { 1 } else { 0 },
        "{fixture}: exit status\n{out}"
    );
}

#[test]
fn a_valid_pack_is_clean() {
    let (code, out) = lint(&["tests/fixtures/lint/good.toml"]);
    assert_eq!(code, 0, "{out}");
    assert_eq!(out, "checked 1 pack file: 0 errors, 0 warnings\n");
}

#[test]
fn syntax_errors_are_located() {
    expect(
        "toml-syntax",
        "error[toml-syntax]: invalid TOML: invalid basic string, expected `\"`",
        "12:19",
    );
}

#[test]
fn unknown_fields_suggest_the_right_name() {
    expect(
        "unknown-field",
        "error[unknown-field]: card `one` has an unknown field `bakc` (did you mean `back`?); allowed: id, kind, front, back, text, answer, unit, tolerance, note, tags, source, domain, group, ko",
        "12:1",
    );
}

#[test]
fn missing_fields_point_at_the_table() {
    expect(
        "missing-field",
        "error[missing-field]: card `one` is missing the required field `source`",
        "8:1",
    );
}

#[test]
fn wrong_types_name_the_field_and_the_type() {
    expect(
        "wrong-type",
        "error[wrong-type]: `tags` of card `one` must be a list of strings, found a string",
        "13:8",
    );
}

#[test]
fn duplicate_ids_name_the_first_use() {
    expect(
        "duplicate-id",
        "error[duplicate-id]: duplicate card id `one` (first used on line 9)",
        "16:6",
    );
}

#[test]
fn empty_text_is_an_error() {
    expect(
        "empty-text",
        "error[empty-text]: `back` of card `one` is empty",
        "12:8",
    );
}

#[test]
fn duplicated_choices_are_found_ignoring_case_and_spaces() {
    expect(
        "duplicate-choice",
        "error[duplicate-choice]: choice C of question `q-one` has the same text as choice B",
        "26:8",
    );
}

#[test]
fn multiple_response_must_state_its_count() {
    expect(
        "correct-count",
        "error[correct-count]: question `q-one` has 2 correct choices, but its stem does not say how many to choose (add \"(Choose two.)\")",
        "13:8",
    );
    expect(
        "correct-count-stated",
        "error[correct-count]: the stem of question `q-one` says to choose 3, but 2 choices are marked correct",
        "13:8",
    );
}

#[test]
fn cloze_needs_a_closed_deletion() {
    expect(
        "cloze-no-deletion",
        "error[cloze-no-deletion]: `text` of card `memory` has no {{...}} deletion",
        "11:8",
    );
    expect(
        "cloze-unclosed",
        "error[cloze-no-deletion]: `text` of card `memory` opens a deletion with {{ that is never closed with }}",
        "11:42",
    );
}

#[test]
fn numeric_cards_need_a_unit() {
    expect(
        "numeric-no-unit",
        "error[numeric-no-unit]: card `timeout` is a numeric card without a `unit`",
        "8:1",
    );
}

#[test]
fn sources_must_be_https() {
    expect(
        "bad-source",
        "error[bad-source]: `source` of card `one` must be an https:// URL",
        "13:10",
    );
    // An OSC 52 payload in a source would pass to the clipboard with Ctrl-Y.
    expect(
        "bad-source-control",
        "error[bad-source]: `source` of card `one` contains U+001B, a control character; a source is a plain https:// URL",
        "13:10",
    );
}

#[test]
fn domains_must_be_one_of_the_four() {
    expect(
        "bad-domain",
        "error[bad-domain]: domain `networking` of card `one` is not one of the four DVA-C02 domains: development, security, deployment, troubleshooting",
        "13:10",
    );
}

#[test]
fn every_choice_needs_an_explanation() {
    expect(
        "no-explanation",
        "error[no-explanation]: choice C of question `q-one` has no `why` explaining why it is right or wrong",
        "25:1",
    );
}

#[test]
fn other_rules_are_located_too() {
    expect(
        "bad-kind",
        "error[bad-kind]: kind `essay` of card `one` is not basic, cloze or numeric",
        "10:8",
    );
    expect(
        "bad-task",
        "error[bad-task]: task `2.1` is not a task statement of the development domain (1.1, 1.2, 1.3)",
        "11:8",
    );
    expect(
        "choice-count",
        "error[choice-count]: question `q-one` has 3 choices; a question has 4 to 6",
        "16:1",
    );
    expect(
        "schema-version",
        "error[schema-version]: schema 2 is not supported; this awsdrill reads schema 1",
        "5:10",
    );
    expect(
        "bad-id",
        "error[bad-id]: card id `Timeout_Max` must use lowercase letters, digits and hyphens (at most 64 characters)",
        "9:6",
    );
    expect(
        "unknown-link",
        "error[unknown-link]: question `q-one` links to card `f-link/nosuch`, which does not exist",
        "22:17",
    );
}

#[test]
fn generators_need_a_known_kind() {
    expect(
        "bad-generator",
        "error[bad-kind]: generator kind `dynamodb-reed` is not one of dynamodb-read, dynamodb-write, ec2-generation, ec2-letter, lambda-concurrency, lambda-stream-concurrency, kinesis-shards, sqs-fifo-throughput, apigateway-token-bucket, s3-prefixes, iam-decision, iam-deciding-statement",
        "10:8",
    );
}

#[test]
fn warnings_do_not_fail_the_lint() {
    expect(
        "near-duplicate",
        "warning[near-duplicate]: card `f-near/two` reads almost the same as card `f-near/one` on line 8 (97 % similar)",
        "15:1",
    );
    expect(
        "source-host",
        "warning[source-host]: `source` of card `one` is on example.com, not on docs.aws.amazon.com or aws.amazon.com",
        "13:10",
    );
}

#[test]
fn all_errors_come_in_one_run() {
    let (code, out) = lint(&["tests/fixtures/lint/multiple-errors.toml"]);
    assert_eq!(code, 1);
    for header in [
        "error[unknown-field]: card `one` has an unknown field `colour`",
        "error[duplicate-id]: duplicate card id `one` (first used on line 9)",
        "error[missing-field]: card `one` is missing the required field `back`",
    ] {
        assert!(out.contains(header), "missing {header} in\n{out}");
    }
    assert!(
        out.ends_with("checked 1 pack file: 3 errors, 0 warnings\n"),
        "{out}"
    );
}

#[test]
fn the_caret_underlines_the_offending_text() {
    let (_, out) = lint(&["tests/fixtures/lint/bad-domain.toml"]);
    assert!(
        out.contains("13 | domain = \"networking\"\n   |          ^^^^^^^^^^^^\n"),
        "{out}"
    );
}

#[test]
fn colliding_pack_ids_name_both_files() {
    let (code, out) = lint(&[
        "tests/fixtures/lint/collision-a.toml",
        "tests/fixtures/lint/collision-b.toml",
    ]);
    assert_eq!(code, 1);
    assert!(out.contains(
        "error[pack-id-collision]: pack id `f-collide` is declared by both tests/fixtures/lint/collision-a.toml (tests/fixtures/lint/collision-a.toml:2:6) and tests/fixtures/lint/collision-b.toml (tests/fixtures/lint/collision-b.toml:2:6)\n  --> tests/fixtures/lint/collision-b.toml:2:6"
    ), "{out}");
}

#[test]
fn binary_and_invalid_utf8_files_are_errors_not_panics() {
    expect(
        "invalid-utf8",
        "error[not-text]: the file is not valid UTF-8 text (is it a binary file?)",
        "2:8",
    );
    let (code, out) = lint(&["tests/fixtures/lint/binary.toml"]);
    assert_eq!(code, 1);
    assert!(out.contains("error[not-text]"), "{out}");
}

#[test]
fn hostile_files_are_refused_quickly() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
    let deep = dir.path().join("deep.toml");
    std::fs::write(
        &deep,
        format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000)),
    )
    .unwrap();
    let inline = dir.path().join("inline.toml");
    std::fs::write(
        &inline,
        format!("a = {}1{}\n", "{b = ".repeat(50_000), "}".repeat(50_000)),
    )
    .unwrap();
    let loop_dir = dir.path().join("loop");
    std::fs::create_dir(&loop_dir).unwrap();
    std::os::unix::fs::symlink(&loop_dir, loop_dir.join("again")).unwrap();
    std::os::unix::fs::symlink(loop_dir.join("x.toml"), loop_dir.join("y.toml")).unwrap();
    std::os::unix::fs::symlink(loop_dir.join("y.toml"), loop_dir.join("x.toml")).unwrap();
    let out = run(
        dir.path(),
        &[
            "lint",
            big.to_str().unwrap(),
            deep.to_str().unwrap(),
            inline.to_str().unwrap(),
            loop_dir.to_str().unwrap(),
        ],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("the file has 52428800 bytes; packs are limited to 8388608 bytes"),
        "{text}"
    );
    // Refused by the shape check before the TOML parser, at the first level too deep.
    assert!(
        text.contains("error[too-deep]: arrays and tables are nested more than 32 deep here"),
        "{text}"
    );
    assert!(text.contains("deep.toml:1:37"), "{text}");
    assert!(text.contains("too many levels of symbolic links"), "{text}");
    assert!(text.contains("checked 5 pack files: 5 errors"), "{text}");
}

#[test]
fn a_missing_path_means_lint_could_not_run() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["lint", "no/such/pack.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        common::stderr(&out),
        "awsdrill: no/such/pack.toml: no such file or folder\n"
    );
}

#[test]
fn json_lists_findings_and_counts() {
    let (code, out) = lint(&[
        "--json",
        "tests/fixtures/lint/good.toml",
        "tests/fixtures/lint/bad-domain.toml",
    ]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["errors"], 1);
    assert_eq!(v["warnings"], 0);
    assert_eq!(v["files"][0]["pack"], "fixture-good");
    assert_eq!(v["files"][0]["stats"]["cards"], 3);
    assert_eq!(v["files"][0]["stats"]["cards_by_kind"]["numeric"], 1);
    let f = &v["findings"][0];
    assert_eq!(f["code"], "bad-domain");
    assert_eq!(f["file"], "tests/fixtures/lint/bad-domain.toml");
    assert_eq!(
        (f["line"].as_u64(), f["column"].as_u64()),
        (Some(13), Some(10))
    );
    assert_eq!(f["severity"], "error");
}

#[test]
fn a_bundled_pack_given_by_a_relative_path_from_elsewhere_is_not_a_collision() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(common::BIN)
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/content/packs"))
        .env("AWSDRILL_DATA_DIR", dir.path())
        .args(["lint", "security.toml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn file_names_with_escape_sequences_are_printed_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // ESC, BEL, OSC 0 (window title) and OSC 52 (clipboard) in a file name.
    let name = "p\u{1b}[2J\u{1b}]0;pwned\u{7}\u{1b}]52;c;Y3VybA==\u{7}\u{9b}1m.toml";
    let bad = dir.path().join(name);
    std::fs::copy("tests/fixtures/lint/bad-domain.toml", &bad).unwrap();
    let other = dir.path().join(format!("b{name}"));
    std::fs::copy("tests/fixtures/lint/bad-domain.toml", &other).unwrap();
    let raw =
        |text: &str| text.contains('\u{1b}') || text.contains('\u{7}') || text.contains('\u{9b}');
    let path = bad.to_str().unwrap();
    for args in [
        &["lint", path][..],
        &["lint", dir.path().to_str().unwrap()],
        &["lint", "--stats", path],
    ] {
        let out = run(dir.path(), args);
        let (text, err) = (stdout(&out), common::stderr(&out));
        assert_eq!(out.status.code(), Some(1), "{args:?}: {text}{err}");
        assert!(
            !raw(&text) && !raw(&err),
            "{args:?}: raw escape in {text:?} {err:?}"
        );
        assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{text}");
    }
    // Both files declare one pack id: the collision message names both files, escaped.
    let out = run(dir.path(), &["lint", dir.path().to_str().unwrap()]);
    assert!(
        stdout(&out).contains("pack-id-collision"),
        "{}",
        stdout(&out)
    );
    // JSON keeps the name (as JSON escapes) and stays valid.
    let out = run(dir.path(), &["lint", "--json", path]);
    let text = stdout(&out);
    assert!(!raw(&text), "{text:?}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["files"][0]["file"], path);
    // A path that cannot be read, and the data directory printed by `paths`.
    let out = run(dir.path(), &["lint", &format!("{path}.missing")]);
    assert!(!raw(&common::stderr(&out)), "{:?}", common::stderr(&out));
    let data = dir.path().join(format!("data{name}"));
    let out = run(&data, &["paths"]);
    assert!(out.status.success(), "{}", common::stderr(&out));
    assert!(!raw(&stdout(&out)), "{:?}", stdout(&out));
    assert!(stdout(&out).contains("data p\\u{1b}[2J") || stdout(&out).contains("p\\u{1b}[2J"));
}

#[test]
fn invisible_bidi_and_zero_width_characters_are_warned_about_and_shown_escaped() {
    expect(
        "invisible-char",
        "warning[invisible-char]: invisible character U+202E (right-to-left override): it changes how the text is shown or matched without being seen; remove it",
        "11:43",
    );
    let (_, out) = lint(&["tests/fixtures/lint/invisible-char.toml"]);
    let raw = |t: &str| t.contains(['\u{202e}', '\u{200b}', '\u{200d}']);
    assert!(!raw(&out), "{out:?}");
    // The line shown is escaped, and the caret sits under the escape.
    assert!(
        out.contains("11 | front = \"Which file is safe to run: report\\u{202e}txt.exe?\"\n   |                                           ^^^^^^^^\n"),
        "{out}"
    );
    // Written as an escape (`\u200B`): found in the string's value.
    assert!(out.contains("U+200B (zero width space)"), "{out}");
    assert!(
        out.contains("--> tests/fixtures/lint/invisible-char.toml:12:8"),
        "{out}"
    );
    // In a comment too.
    assert!(out.contains("U+200D (zero width joiner)"), "{out}");
    // decode echoes what it could not read, escaped.
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["decode", "m7g\u{202e}d.large"]);
    assert!(!out.status.success());
    assert!(!raw(&common::stderr(&out)), "{:?}", common::stderr(&out));
}

#[test]
fn the_bundled_packs_have_no_invisible_characters() {
    let (_, out) = lint(&[]);
    assert!(!out.contains("invisible-char"), "{out}");
}

//! The command line in Korean (`--lang ko`): lint, the data commands and their errors say their
//! own words in Korean, keep locations, finding codes and numbers as they are, and JSON stays
//! English.

mod common;

use common::{new_store, run, stderr, stdout};

/// Whether `s` has Hangul in it.
fn korean(s: &str) -> bool {
    s.chars().any(|c| ('\u{ac00}'..='\u{d7a3}').contains(&c))
}

#[test]
fn lint_findings_and_summary_are_korean_with_their_codes_and_locations() {
    let dir = tempfile::tempdir().unwrap();
    let file = "tests/fixtures/lint/bad-kind.toml";
    let ko = run(dir.path(), &["--lang", "ko", "lint", file]);
    assert_eq!(ko.status.code(), Some(1));
    let text = stdout(&ko);
    assert!(
        text.contains("오류[bad-kind]: 카드 `one`의 kind `essay`은(는) basic, cloze, numeric 중 하나가 아닙니다."),
        "{text}"
    );
    assert!(
        text.contains(&format!("  --> {file}:10:8")),
        "the location stays: {text}"
    );
    assert!(
        text.contains("팩 파일 1개 검사: 오류 1개, 경고 0개"),
        "{text}"
    );
    // The same finding in English, unchanged.
    let en = stdout(&run(dir.path(), &["--lang", "en", "lint", file]));
    assert!(
        en.contains("error[bad-kind]: kind `essay` of card `one` is not basic, cloze or numeric"),
        "{en}"
    );
    assert!(
        en.contains("checked 1 pack file: 1 error, 0 warnings"),
        "{en}"
    );
    // JSON is for scripts: the same in both languages.
    let json = |lang| stdout(&run(dir.path(), &["--lang", lang, "lint", "--json", file]));
    assert_eq!(json("ko"), json("en"));
}

#[test]
fn lint_stats_are_korean_with_the_same_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let file = "content/packs/lambda.toml";
    let ko = stdout(&run(dir.path(), &["--lang", "ko", "lint", "--stats", file]));
    let en = stdout(&run(dir.path(), &["--lang", "en", "lint", "--stats", file]));
    assert!(ko.contains("도메인 구성: 개발 "), "{ko}");
    assert!(ko.contains("난이도별 문제 수: "), "{ko}");
    assert!(en.contains("domain mix: development "), "{en}");
    // The table's rows hold the same numbers, the header's Korean words two columns wide each.
    let row = |s: &str| {
        s.lines()
            .find(|l| l.starts_with("lambda "))
            .unwrap_or_default()
            .to_string()
    };
    assert_eq!(row(&ko), row(&en));
    let head = ko.lines().next().unwrap();
    use unicode_width::UnicodeWidthStr;
    assert_eq!(head.width(), en.lines().next().unwrap().width(), "{head}");
}

#[test]
fn backup_and_restore_say_what_they_did_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    new_store(dir.path());
    let out = run(dir.path(), &["--lang", "ko", "backup"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(said.starts_with("저장소를 "), "{said}");
    assert!(said.trim_end().ends_with("에 백업했습니다."), "{said}");
    let backup = said
        .trim_start_matches("저장소를 ")
        .trim_end()
        .trim_end_matches("에 백업했습니다.")
        .to_string();
    assert!(std::path::Path::new(&backup).is_file(), "{backup}");
    let out = run(dir.path(), &["--lang", "ko", "restore", &backup, "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains(&format!("{backup}을(를) 복원했습니다. 이전 저장소는 ")),
        "{said}"
    );
    assert!(said.contains("에 보관되어 있습니다."), "{said}");
}

#[test]
fn restore_of_a_missing_file_is_a_korean_error_naming_the_file() {
    let parent = tempfile::tempdir().unwrap();
    let dir = parent.path().join("data");
    let missing = parent.path().join("nope.sqlite3");
    let out = run(
        &dir,
        &[
            "--lang",
            "ko",
            "restore",
            missing.to_str().unwrap(),
            "--yes",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "awsdrill: {}이(가) 없습니다. 백업은 ",
            missing.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("awsdrill paths로 위치를 확인할 수 있습니다"),
        "{err}"
    );
    assert!(!dir.exists(), "nothing was created");
}

#[test]
fn anki_and_csv_exports_sum_up_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let apkg = dir.path().join("lambda.apkg");
    let out = run(
        &dir.path().join("data"),
        &[
            "--lang",
            "ko",
            "anki",
            "export",
            "--pack-id",
            "lambda",
            apkg.to_str().unwrap(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.starts_with("팩 1개의 노트 ") && said.contains("`awsdrill Basic` 노트로"),
        "{said}"
    );
    assert!(said.contains("Anki에서: File > Import."), "{said}");
    assert!(apkg.is_file());

    let out = run(
        &dir.path().join("data"),
        &["--lang", "ko", "csv", "export", "--pack-id", "lambda", "-"],
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with("팩 1개의 카드 ") && err.contains("장을 CSV(id, kind, front,"),
        "{err}"
    );
    // The CSV itself is data: its header row is the same in every language.
    assert!(
        stdout(&out).starts_with("id,kind,front,back"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_unknown_pack_id_and_a_bad_source_are_korean_errors() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["--lang", "ko", "csv", "export", "--pack-id", "nope", "-"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.starts_with("awsdrill: --pack-id nope: 이 ID의 팩을 불러오지 않았습니다."),
        "{err}"
    );
    let csv = dir.path().join("cards.csv");
    std::fs::write(&csv, "front,back\nQ,A\n").unwrap();
    let out = run(
        dir.path(),
        &[
            "--lang",
            "ko",
            "csv",
            "import",
            csv.to_str().unwrap(),
            "--pack-id",
            "mine",
            "--source",
            "http://example.com/",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--source http://example.com/: https:// URL이어야 합니다."),
        "{}",
        stderr(&out)
    );
    assert!(!korean(&stdout(&out)));
}

#[test]
fn paths_line_up_their_korean_labels() {
    let dir = tempfile::tempdir().unwrap();
    let out = stdout(&run(dir.path(), &["--lang", "ko", "paths"]));
    let store = dir.path().join("awsdrill.sqlite3");
    assert!(
        out.lines()
            .any(|l| l.starts_with("저장소") && l.ends_with(&store.display().to_string())),
        "{out}"
    );
    use unicode_width::UnicodeWidthStr;
    let columns: Vec<usize> = out
        .lines()
        .map(|l| l[..l.find('/').unwrap()].width())
        .collect();
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "{out}");
}

#[test]
fn a_settings_file_with_errors_is_told_in_korean_with_its_location() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "theme = \"neon\"\n").unwrap();
    let out = run(dir.path(), &["--lang", "ko", "due"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("설정 파일에 오류가 있습니다. 오류를 고치거나 파일을 다른 곳으로 옮기십시오:"),
        "{err}"
    );
    assert!(err.contains(&format!("{}:1:9", config.display())), "{err}");
}

//! More of the command line in Korean (`--lang ko`, issue 16): the errors of the parsers awsdrill
//! reads files with (JSON of IAM policies and export files, TOML of packs, zip of Anki packages)
//! and of the operating system are said in Korean and keep where (file:line:col, the path); the
//! English stays the parser's and the system's words.

mod common;

use common::{run, stderr, stdout};

#[test]
fn an_iam_json_syntax_error_is_described_in_korean_at_its_position() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.json");
    std::fs::write(
        &file,
        r#"{"Version": "2012-10-17", "Statement": [ {"Effect": "Allow",, } ]}"#,
    )
    .unwrap();
    let f = file.to_str().unwrap();
    let ko = run(dir.path(), &["--lang", "ko", "iam", "check", f]);
    assert_eq!(ko.status.code(), Some(1));
    let text = stdout(&ko);
    assert!(
        text.contains("오류[json-syntax]: JSON이 올바르지 않습니다: 객체 안에 올 수 없는 문자"),
        "{text}"
    );
    assert!(text.contains(&format!("--> {f}:1:61")), "{text}");
    let en = stdout(&run(dir.path(), &["--lang", "en", "iam", "check", f]));
    assert!(
        en.contains("error[json-syntax]: the JSON is not valid: Unexpected token in object"),
        "the parser's words stay in English: {en}"
    );
    // A comma after the last element.
    std::fs::write(&file, r#"{"Version": "2012-10-17", "Statement": [],}"#).unwrap();
    let text = stdout(&run(dir.path(), &["--lang", "ko", "iam", "check", f]));
    assert!(
        text.contains("마지막 항목 뒤에 쉼표를 둘 수 없습니다"),
        "{text}"
    );
}

#[test]
fn an_export_file_that_is_not_one_says_why_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.json");
    std::fs::write(&file, "{}").unwrap();
    let f = file.to_str().unwrap();
    let ko = run(dir.path(), &["--lang", "ko", "import", f]);
    assert_eq!(ko.status.code(), Some(1));
    let err = stderr(&ko);
    assert!(
        err.contains(&format!(
            "{f}:1:2: awsdrill 내보내기 파일이 아닙니다: 필드 `format`이(가) 없습니다"
        )),
        "{err}"
    );
    let en = stderr(&run(dir.path(), &["--lang", "en", "import", f]));
    assert!(en.contains("missing field `format`"), "{en}");
    std::fs::write(&file, "junk").unwrap();
    let err = stderr(&run(dir.path(), &["--lang", "ko", "import", f]));
    assert!(err.contains(&format!("{f}:1:1: ")), "{err}");
    assert!(err.contains("값이 있어야 합니다"), "{err}");
}

#[test]
fn a_pack_with_bad_toml_says_the_syntax_error_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.toml");
    std::fs::write(&file, "junk\n").unwrap();
    let f = file.to_str().unwrap();
    let text = stdout(&run(dir.path(), &["--lang", "ko", "lint", f]));
    assert!(
        text.contains("오류[toml-syntax]: 잘못된 TOML입니다: 키에 값이 없습니다(`=`가 있어야 함)"),
        "{text}"
    );
    assert!(text.contains(&format!("--> {f}:1:5")), "{text}");
    let en = stdout(&run(dir.path(), &["--lang", "en", "lint", f]));
    assert!(en.contains("key with no value, expected `=`"), "{en}");
}

#[test]
fn a_file_that_is_no_anki_package_says_so_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("bad.apkg");
    std::fs::write(&file, "not a zip").unwrap();
    let f = file.to_str().unwrap();
    let ko = run(dir.path(), &["--lang", "ko", "anki", "import", f]);
    assert_eq!(ko.status.code(), Some(2));
    let err = stderr(&ko);
    assert!(
        err.contains(&format!(
            "{f}: Anki 패키지(zip 아카이브)가 아닙니다. 손상되었거나 zip이 아닌 파일입니다("
        )),
        "{err}"
    );
    let en = stderr(&run(dir.path(), &["--lang", "en", "anki", "import", f]));
    assert!(
        en.contains("not an Anki package (not a zip archive: invalid Zip archive"),
        "{en}"
    );
}

#[test]
fn the_systems_refusals_are_said_in_korean_with_the_path() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no/such/dir/x.json");
    let m = missing.to_str().unwrap();
    let ko = run(dir.path(), &["--lang", "ko", "export", m]);
    assert_eq!(ko.status.code(), Some(2));
    let err = stderr(&ko);
    assert!(
        err.contains(m) && err.contains("파일이나 폴더가 없습니다"),
        "{err}"
    );
    assert!(
        !err.contains("os error"),
        "no system text in English: {err}"
    );
    let en = stderr(&run(dir.path(), &["--lang", "en", "export", m]));
    assert!(en.contains("no such file or folder"), "{en}");
    // A folder where the export file should go.
    let folder = dir.path().join("a-folder");
    std::fs::create_dir(&folder).unwrap();
    let err = stderr(&run(
        dir.path(),
        &["--lang", "ko", "import", folder.to_str().unwrap()],
    ));
    assert!(err.contains(folder.to_str().unwrap()), "{err}");
    assert!(err.contains("폴더"), "{err}");
}

#[test]
fn a_pack_file_that_cannot_be_read_is_a_finding_in_korean() {
    let dir = tempfile::tempdir().unwrap();
    let packs = dir.path().join("packs");
    std::fs::create_dir(&packs).unwrap();
    // A link to nothing: the folder lists it, reading it finds no file.
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("gone.toml"), packs.join("x.toml")).unwrap();
    #[cfg(not(unix))]
    return;
    let p = packs.to_str().unwrap();
    let text = stdout(&run(dir.path(), &["--lang", "ko", "lint", p]));
    assert!(text.contains("오류[unreadable]"), "{text}");
    assert!(text.contains("파일이나 폴더가 없습니다"), "{text}");
    let en = stdout(&run(dir.path(), &["--lang", "en", "lint", p]));
    assert!(en.contains("no such file or folder"), "{en}");
}

/// Custom study reads a search's filters in either language, as Browse does: `상태:새 종류:문제`
/// chooses what `state:new kind:question` chooses.
#[test]
fn study_search_reads_korean_filters_as_browse_does() {
    let dir = tempfile::tempdir().unwrap();
    let list = |q: &str| {
        let out = run(dir.path(), &["study", "--search", q, "--list", "--json"]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let english = list("state:new kind:cloze");
    assert!(
        english.contains("\"id\""),
        "some new cloze cards: {english}"
    );
    assert_eq!(list("상태:새 종류:빈칸"), english);
    assert_ne!(list("state:new kind:basic"), english);
}

#[test]
fn exam_draw_names_each_question_s_domain_in_the_ui_language() {
    let dir = tempfile::tempdir().unwrap();
    let draw = ["exam", "draw", "--mode", "quick", "--seed", "1"];
    let ko = stdout(&run(dir.path(), &[&["--lang", "ko"][..], &draw].concat()));
    let en = stdout(&run(dir.path(), &[&["--lang", "en"][..], &draw].concat()));
    let rows = |text: &str| text.lines().skip(1).map(str::to_string).collect::<Vec<_>>();
    let (ko, en) = (rows(&ko), rows(&en));
    assert_eq!(ko.len(), 10, "{ko:?}");
    for (k, e) in ko.iter().zip(&en) {
        // The same question in both lists; English keeps the key `--domain` takes.
        assert_eq!(k.split_whitespace().nth(1), e.split_whitespace().nth(1));
        let key = e.split_whitespace().nth(2).unwrap();
        let korean = match key {
            "development" => "개발",
            "security" => "보안",
            "deployment" => "배포",
            "troubleshooting" => "문제 해결",
            other => panic!("not a domain key: {other} in {e}"),
        };
        assert!(k.contains(korean) && !k.contains(key), "{k}");
    }
}

#[test]
fn a_csv_cell_that_is_not_utf8_is_named_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("cards.csv");
    // Latin-1 "café" in the second cell of line 2.
    std::fs::write(&csv, b"front,back\nQ,caf\xe9\n").unwrap();
    let import = |lang: &str| {
        let out = run(
            dir.path(),
            &[
                "--lang",
                lang,
                "csv",
                "import",
                csv.to_str().unwrap(),
                "--pack-id",
                "mine",
                "--source",
                "https://docs.aws.amazon.com/lambda/latest/dg/welcome.html",
            ],
        );
        assert_ne!(out.status.code(), Some(0));
        stderr(&out)
    };
    let f = csv.to_str().unwrap();
    let ko = import("ko");
    assert!(
        ko.contains(&format!("{f}:2: ")) && ko.contains("행의 2번째 셀이 UTF-8 텍스트가 아닙니다"),
        "{ko}"
    );
    let en = import("en");
    assert!(
        en.contains(&format!("{f}:2: ")) && en.contains("cell 2 of the row is not UTF-8 text"),
        "{en}"
    );
}

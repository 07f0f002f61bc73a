//! Anki and CSV through the binary: the bundled cards go out and come back into a fresh data
//! directory with the same text; bad input is refused with a message that names where.

mod common;

use awsdrill::core::content::bundled::{BUNDLED, bundled_name};
use awsdrill::core::content::{Card, CardBody, Pack, parse_pack};
use common::{run, stderr, stdout};
use std::path::Path;

fn bundled_packs() -> Vec<Pack> {
    BUNDLED
        .iter()
        .map(|(n, t)| parse_pack(&bundled_name(n), t.as_bytes()).pack.unwrap())
        .collect()
}

/// The pack file an import wrote, read and linted: it must have no errors.
fn imported(data: &Path, id: &str) -> Pack {
    let file = data.join("packs").join(format!("{id}.toml"));
    let text = std::fs::read(&file).unwrap();
    let report = parse_pack(&file.display().to_string(), &text);
    assert!(
        !report.has_errors(),
        "{:?}",
        report
            .findings
            .iter()
            .filter(|f| f.severity == awsdrill::core::content::Severity::Error)
            .collect::<Vec<_>>()
    );
    let lint = run(data, &["lint", &file.display().to_string()]);
    assert!(lint.status.success(), "{}", stdout(&lint));
    report.pack.unwrap()
}

/// Every card of the bundled packs (not the generated drills) has its twin in `back`, under
/// `PACK-ITEM`, with the same kind, text, note, tags, source, domain, group and (when `korean`)
/// Korean.
fn assert_same_cards(back: &Pack, korean: bool) {
    let mut n = 0;
    for pack in bundled_packs() {
        for c in &pack.cards {
            if matches!(c.body, CardBody::Generated { .. }) {
                continue;
            }
            n += 1;
            let id = format!("{}/{}", back.id, c.id.replace('/', "-"));
            let twin: &Card = back
                .cards
                .iter()
                .find(|b| b.id == id)
                .unwrap_or_else(|| panic!("{} did not come back as {id}", c.id));
            assert_eq!(twin.body, c.body, "{}", c.id);
            assert_eq!(twin.note, c.note, "{}", c.id);
            assert_eq!(twin.tags, c.tags, "{}", c.id);
            assert_eq!(twin.source, c.source, "{}", c.id);
            assert_eq!(twin.domain, c.domain, "{}", c.id);
            let group = c.group.as_ref().map(|g| format!("{}-{g}", pack.id));
            assert_eq!(twin.group.as_deref(), group.as_deref(), "{}", c.id);
            if korean {
                assert_eq!(twin.ko, c.ko, "{}", c.id);
            }
        }
    }
    assert_eq!(back.cards.len(), n, "no card more, none less");
    assert!(n > 500, "the bundled packs have {n} cards");
}

#[test]
fn anki_export_then_import_gives_the_same_cards() {
    let dir = tempfile::tempdir().unwrap();
    let apkg = dir.path().join("all.apkg");
    let out = run(
        &dir.path().join("a"),
        &["anki", "export", "--text", "both", apkg.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let said = stdout(&out);
    // Every bundled generator is left out, and said.
    let generators: usize =
        std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/content/packs"))
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .map(|t| t.matches("\n[[generator]]").count())
            .sum();
    assert!(generators > 0);
    assert!(
        said.contains(&format!("Left out: {generators} generated drill(s)")),
        "{said}"
    );
    let fresh = dir.path().join("b");
    let out = run(
        &fresh,
        &[
            "anki",
            "import",
            apkg.to_str().unwrap(),
            "--pack-id",
            "back",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Made the pack `back`"),
        "{}",
        stdout(&out)
    );
    assert_same_cards(&imported(&fresh, "back"), true);

    // The same id again is refused, and nothing is overwritten.
    let before = std::fs::read(fresh.join("packs/back.toml")).unwrap();
    let again = run(
        &fresh,
        &[
            "anki",
            "import",
            apkg.to_str().unwrap(),
            "--pack-id",
            "back",
        ],
    );
    assert_eq!(again.status.code(), Some(2));
    assert!(
        stderr(&again).contains("exists already"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        std::fs::read(fresh.join("packs/back.toml")).unwrap(),
        before
    );
}

#[test]
fn one_pack_exported_in_korean_keeps_the_ids_of_its_pack() {
    let dir = tempfile::tempdir().unwrap();
    let apkg = dir.path().join("lambda.apkg");
    let out = run(
        dir.path(),
        &[
            "anki",
            "export",
            "--pack-id",
            "lambda",
            "--text",
            "ko",
            apkg.to_str().unwrap(),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let unknown = run(
        dir.path(),
        &["anki", "export", "--pack-id", "nope", "x.apkg"],
    );
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("--pack-id nope: no loaded pack"),
        "{}",
        stderr(&unknown)
    );
    // Imported as a pack of another id, the cards carry the original pack in their ids and the
    // Korean text where the card had it.
    let fresh = dir.path().join("fresh");
    let out = run(
        &fresh,
        &[
            "anki",
            "import",
            apkg.to_str().unwrap(),
            "--pack-id",
            "mine",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let pack = imported(&fresh, "mine");
    let lambda = bundled_packs()
        .into_iter()
        .find(|p| p.id == "lambda")
        .unwrap();
    let with_ko = lambda
        .cards
        .iter()
        .find(|c| c.ko.as_ref().is_some_and(|k| k.front.is_some()))
        .unwrap();
    let twin = pack
        .cards
        .iter()
        .find(|c| c.id == format!("mine/{}", with_ko.id.replace('/', "-")))
        .unwrap();
    let (CardBody::Basic { front, .. } | CardBody::Numeric { front, .. }) = &twin.body else {
        panic!("{:?}", twin.body)
    };
    assert_eq!(
        Some(front.as_str()),
        with_ko.ko.as_ref().unwrap().front.as_deref()
    );
}

#[test]
fn csv_export_then_import_gives_the_same_cards() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("cards.csv");
    let out = run(
        &dir.path().join("a"),
        &["csv", "export", csv.to_str().unwrap()],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with(
            "id,kind,front,back,note,tags,source,domain,group,front_ko,back_ko,note_ko\n"
        ),
        "{}",
        &text[..200]
    );
    let fresh = dir.path().join("b");
    let out = run(
        &fresh,
        &["csv", "import", csv.to_str().unwrap(), "--pack-id", "sheet"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_same_cards(&imported(&fresh, "sheet"), true);
}

#[test]
fn csv_rows_with_problems_are_named_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("bad.csv");
    std::fs::write(
        &csv,
        "front,back,kind,source\nQ,A,basic,https://docs.aws.amazon.com/x\nQ,,basic,https://docs.aws.amazon.com/x\nQ,lots,numeric,https://docs.aws.amazon.com/x\n",
    )
    .unwrap();
    let out = run(
        dir.path(),
        &["csv", "import", csv.to_str().unwrap(), "--pack-id", "bad"],
    );
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("bad.csv:3: column `back` is empty"), "{err}");
    assert!(
        err.contains("bad.csv:4: column `back` `lots` is not a numeric answer"),
        "{err}"
    );
    assert!(!dir.path().join("packs/bad.toml").exists());

    // Without a source, the flag is asked for; a bad one is refused by name.
    std::fs::write(&csv, "front,back\nQ,A\n").unwrap();
    let out = run(
        dir.path(),
        &["csv", "import", csv.to_str().unwrap(), "--pack-id", "nosrc"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("pass --source URL"),
        "{}",
        stderr(&out)
    );
    let out = run(
        dir.path(),
        &[
            "csv",
            "import",
            csv.to_str().unwrap(),
            "--pack-id",
            "nosrc",
            "--source",
            "http://example.com",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--source http://example.com: must be an https:// URL"),
        "{}",
        stderr(&out)
    );
    let out = run(
        dir.path(),
        &[
            "csv",
            "import",
            csv.to_str().unwrap(),
            "--pack-id",
            "withsrc",
            "--source",
            "https://example.com/deck",
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(imported(dir.path(), "withsrc").cards.len(), 1);
}

#[test]
fn a_file_that_is_not_an_anki_package_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deck.apkg");
    std::fs::write(&file, "not a zip").unwrap();
    let out = run(dir.path(), &["anki", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not an Anki package"),
        "{}",
        stderr(&out)
    );
    let out = run(
        dir.path(),
        &[
            "anki",
            "import",
            file.to_str().unwrap(),
            "--pack-id",
            "Bad Id",
        ],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--pack-id Bad Id"),
        "{}",
        stderr(&out)
    );
}

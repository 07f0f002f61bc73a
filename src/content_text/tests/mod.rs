//! The sentences of findings, as the command line and the app print them.

use super::{message, render, set_error};
use crate::core::config::{Setting, set_value};
use crate::core::content::kind::{Compared, FindingKind, Item};
use crate::core::content::{Finding, check_set, parse_pack};

#[test]
fn render_points_a_caret_under_the_span() {
    let src = "[pack]\nid = \"Bad Id\"\n";
    let start = src.find("\"Bad").unwrap();
    let kind = FindingKind::BadId {
        role: crate::core::content::kind::IdRole::Pack,
        id: "Bad Id".into(),
    };
    let f = Finding::error("bad-id", "x.toml", src, start..start + 8, kind);
    assert_eq!(
        render(&f),
        "error[bad-id]: pack id `Bad Id` must use lowercase letters, digits and hyphens (at most 64 characters)\n  --> x.toml:2:6\n  |\n2 | id = \"Bad Id\"\n  |      ^^^^^^^^\n"
    );
}

#[test]
fn a_source_says_why_it_is_not_a_plain_https_url() {
    use crate::core::content::load::source_problem;
    for (bad, why) in [
        (
            "https://docs.aws.amazon.com/\u{1b}]52;c;cHduZWQ=\u{7}",
            "U+001B, a control character",
        ),
        (
            "https://docs.aws.amazon.com/a\u{9b}b",
            "U+009B, a control character",
        ),
        (
            "https://docs.aws.amazon.com/a\tb",
            "U+0009, a control character",
        ),
        ("https://docs.aws.amazon.com/a b", "U+0020, a space"),
        (" https://docs.aws.amazon.com/", "U+0020, a space"),
        ("https://docs.aws.amazon.com/a\u{a0}b", "U+00A0, a space"),
        (
            "https://docs.aws.amazon.com/\u{202e}lmth.exe",
            "U+202E, an invisible",
        ),
        (
            "https://docs.aws\u{200b}.amazon.com/",
            "U+200B, an invisible",
        ),
        ("https://docs.aws.amazon.com/\u{ad}", "U+00AD, an invisible"),
        ("http://docs.aws.amazon.com/", "must be an https:// URL"),
        ("javascript:alert(1)", "must be an https:// URL"),
        ("https://", "is not a valid URL"),
        ("https:///path", "is not a valid URL"),
        ("https://exa<mple.com/", "is not a valid URL"),
        ("https://[::1/", "is not a valid URL"),
        (
            "https://user:secret@docs.aws.amazon.com/",
            "user name or password",
        ),
    ] {
        let problem = source_problem(bad).expect_err(bad);
        let got = message(&FindingKind::BadSource {
            item: Item::Card(Some("c".into())),
            problem,
        });
        assert!(got.starts_with("`source` of card `c` "), "{got}");
        assert!(got.contains(why), "{bad:?}: {got}");
    }
}

fn pack(id: &str, extra: &str) -> String {
    format!(
        "[pack]\nid = \"{id}\"\ntitle = \"T\"\nservices = [\"S3\"]\nschema = 1\nchecked = 2026-11-24\n{extra}"
    )
}

#[test]
fn colliding_pack_ids_name_both_files() {
    let mut reports = vec![
        parse_pack("a.toml", pack("s3", "").as_bytes()),
        parse_pack("b.toml", pack("s3", "").as_bytes()),
    ];
    check_set(&mut reports);
    assert_eq!(
        message(&reports[1].findings[0].kind),
        "pack id `s3` is declared by both a.toml (a.toml:2:6) and b.toml (b.toml:2:6)"
    );
}

#[test]
fn near_duplicates_across_packs_name_both_places() {
    let card = |id: &str, front: &str| {
        format!(
            "\n[[card]]\nid = \"{id}\"\nkind = \"basic\"\nfront = \"{front}\"\nback = \"B\"\nsource = \"https://docs.aws.amazon.com/x\"\n"
        )
    };
    let a = pack(
        "a",
        &(card("one", "What is the maximum timeout of a Lambda function?")
            + &card("two", "Which service stores objects?")),
    );
    let b = pack(
        "b",
        &card(
            "three",
            "What is the maximum timeout of a Lambda function ?",
        ),
    );
    let mut reports = vec![
        parse_pack("a.toml", a.as_bytes()),
        parse_pack("b.toml", b.as_bytes()),
    ];
    check_set(&mut reports);
    assert_eq!(
        message(&reports[1].findings[0].kind),
        "card `b/three` (b.toml:8:1) reads almost the same as card `a/one` of another pack (a.toml:8:1), 98 % similar"
    );
    let within = FindingKind::NearDuplicate {
        what: Compared::Question,
        id: "p/b".into(),
        other: "p/a".into(),
        other_line: 7,
        percent: 91.6,
    };
    assert_eq!(
        message(&within),
        "question `p/b` reads almost the same as question `p/a` on line 7 (92 % similar)"
    );
}

#[test]
fn invalid_settings_are_refused_with_a_reason() {
    let said = |e| set_error(&e);
    assert_eq!(
        said(set_value("c.toml", "", Setting::DesiredRetention, "0.5").unwrap_err()),
        "desired_retention is 0.5; it must be between 0.70 and 0.97"
    );
    assert_eq!(
        said(set_value("c.toml", "", Setting::RolloverHour, "four").unwrap_err()),
        "rollover_hour: `four` is not a whole number"
    );
    assert_eq!(
        said(set_value("c.toml", "", Setting::ExamDate, "soon").unwrap_err()),
        "exam_date: `soon` is not a date such as 2027-01-15"
    );
    assert_eq!(
        said(set_value("c.toml", "", Setting::DesiredRetention, "x").unwrap_err()),
        "desired_retention: `x` is not a number"
    );
    assert_eq!(
        said(set_value("c.toml", "", Setting::TypeClozeAnswers, "maybe").unwrap_err()),
        "type_cloze_answers: `maybe` is not on or off"
    );
    assert!(
        said(set_value("c.toml", "a = ", Setting::Theme, "dark").unwrap_err())
            .starts_with("c.toml is not valid TOML: ")
    );
    assert!(
        said(set_value("c.toml", "", Setting::Theme, "pink").unwrap_err())
            .contains("not dark, light or high-contrast")
    );
    assert!(
        said(set_value("c.toml", "", Setting::LearningSteps, "1m 5x").unwrap_err()).contains("5x")
    );
}

#[test]
fn settings_problems_read_as_lint_writes_them_and_in_korean() {
    use crate::core::config::{Lang, SetError};
    use crate::core::content::kind::FindingKind as K;
    // The settings' findings in the catalog say in English exactly what `lint` says.
    for kind in [
        K::TomlSyntax("expected `=`".into()),
        K::OutOfRange {
            key: "rollover_hour".into(),
            value: 30,
            lo: 0,
            hi: 23,
        },
        K::FractionOutOfRange {
            key: "desired_retention".into(),
            value: 0.5,
            lo: 0.7,
            hi: 0.97,
        },
        K::BadStep {
            step: "5x".into(),
            key: "learning_steps".into(),
        },
        K::BadLanguage { name: "fr".into() },
        K::BadTheme {
            name: "pink".into(),
        },
    ] {
        assert_eq!(
            super::set_error_in(Lang::En, &SetError::Invalid(kind.clone())),
            message(&kind)
        );
    }
    let ko = |e| super::set_error_in(Lang::Ko, &e);
    assert_eq!(
        ko(set_value("c.toml", "", Setting::DesiredRetention, "0.5").unwrap_err()),
        "desired_retention 값이 0.5입니다. 0.70에서 0.97 사이여야 합니다."
    );
    assert_eq!(
        ko(set_value("c.toml", "", Setting::RolloverHour, "four").unwrap_err()),
        "rollover_hour: `four`은(는) 정수가 아닙니다."
    );
    assert_eq!(
        ko(set_value("c.toml", "", Setting::Language, "fr").unwrap_err()),
        "언어 `fr`은(는) auto, en, ko 중 하나가 아닙니다."
    );
}

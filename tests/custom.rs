//! Custom study through the real binary: `study --list` and its errors, and a tmux session that
//! drills a chosen set from Home's prompt and from `awsdrill study`, leaving `due` and the review
//! log exactly as they were.

mod common;
use common::{Tmux, run, stderr, stdout};
use rusqlite::Connection;
use std::path::Path;

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = run(dir, args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

/// Rows in the review log and in the custom-study log.
fn logs(dir: &Path) -> (i64, i64) {
    let c = Connection::open(dir.join("awsdrill.sqlite3")).unwrap();
    let n = |t: &str| -> i64 {
        c.query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
            .unwrap()
    };
    (n("revlog"), n("custom_log"))
}

#[test]
fn study_lists_the_chosen_cards_and_names_a_bad_option() {
    let dir = tempfile::tempdir().unwrap();
    let v = json(
        dir.path(),
        &["study", "--tag", "limits", "--list", "--json"],
    );
    assert_eq!(v["filter"], "tag limits");
    let n = v["count"].as_u64().unwrap();
    assert!(n > 50, "{n} cards tagged limits");
    assert_eq!(v["cards"].as_array().unwrap().len() as u64, n);
    assert!(
        v["cards"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["state"] == "new")
    );
    let v = json(dir.path(), &["study", "--task", "1.2", "--list", "--json"]);
    assert!(v["count"].as_u64().unwrap() > 0);
    let out = run(dir.path(), &["study", "--pack-id", "lambda", "--list"]);
    let text = stdout(&out);
    assert!(text.contains("cards: pack lambda"), "{text}");
    assert!(text.contains("lambda/"), "{text}");

    let out = run(dir.path(), &["study", "--domain", "cooking", "--list"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--domain: `cooking` is not a domain"),
        "{}",
        stderr(&out)
    );
    let out = run(dir.path(), &["study", "--tag", "a", "--leeches"]);
    assert_eq!(out.status.code(), Some(2), "one filter at a time");
    let out = run(dir.path(), &["study", "--leeches", "--json"]);
    assert_eq!(out.status.code(), Some(2), "--json needs --list");
}

#[test]
fn study_lists_in_korean_with_the_same_numbers_and_json_stays_english() {
    let dir = tempfile::tempdir().unwrap();
    let en = stdout(&run(
        dir.path(),
        &["study", "--pack-id", "lambda", "--list"],
    ));
    let out = run(
        dir.path(),
        &["study", "--pack-id", "lambda", "--list", "--lang", "ko"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let ko = stdout(&out);
    let n = en.split_whitespace().next().unwrap();
    assert!(
        ko.starts_with(&format!(
            "카드 {n}장: 팩 lambda(기억할 가능성이 가장 낮은 카드부터"
        )),
        "{ko}"
    );
    // The same cards in the same order.
    assert_eq!(
        en.lines().skip(1).collect::<Vec<_>>(),
        ko.lines().skip(1).collect::<Vec<_>>()
    );
    let v = json(
        dir.path(),
        &["study", "--task", "1.2", "--list", "--json", "--lang", "ko"],
    );
    assert_eq!(
        v["filter"],
        "task statement 1.2 (Develop code for AWS Lambda)"
    );
    let out = run(
        dir.path(),
        &["study", "--domain", "cooking", "--list", "--lang", "ko"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("--domain: `cooking`은(는) 도메인이 아닙니다."),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_custom_session_in_the_terminal_leaves_due_and_the_review_log_as_they_were() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "new_cards_per_day = 5\n").unwrap();
    // Two normal answers first.
    let t = Tmux::start("normal", dir.path(), &[], 100, 30);
    t.wait_for("Due now: 0 learning, 0 review, 5 new.");
    t.keys(&["d"]);
    for n in 1..=2 {
        t.wait_for(&format!("{} done today", n - 1));
        t.keys(&["Space"]);
        t.wait_for("1 Again");
        t.keys(&["3"]);
    }
    t.wait_for("2 done today");
    t.keys(&["Escape"]);
    t.wait_for("Due now:");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    let before = json(dir.path(), &["due", "--json"]);
    assert_eq!(logs(dir.path()), (2, 0));

    // From Home's prompt: f, a filter, Enter; three answers, one of them Again.
    let t = Tmux::start("prompt", dir.path(), &[], 100, 30);
    t.wait_for("Due now:");
    t.keys(&["f"]);
    t.wait_for("Custom study: drill a chosen set of cards now");
    t.keys(&["-l", "tag:limits"]);
    let screen = t.wait_for("cards: tag limits.");
    assert!(screen.contains("Cards: tag:limits_"), "{screen}");
    t.keys(&["Enter"]);
    t.wait_for("Custom study: tag limits  |  0 done");
    t.keys(&["Space"]);
    t.wait_for("1 Again again in this session");
    t.keys(&["1"]);
    t.wait_for("Custom study: tag limits  |  0 done");
    t.keys(&["Space"]);
    t.wait_for("3 Good done");
    t.keys(&["3"]);
    t.wait_for("Custom study: tag limits  |  1 done");
    // Esc ends custom study and goes back to Home (q would type into a numeric card's answer).
    t.keys(&["Escape"]);
    let screen = t.wait_for("Due now:");
    assert!(
        screen.contains("Due now: 0 learning, 0 review, 3 new.  Answered today: 2."),
        "{screen}"
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);

    // From the command line: `awsdrill study --leeches` has nothing; `--pack-id` opens the drill.
    let t = Tmux::start("cli", dir.path(), &["study", "--pack-id", "s3"], 100, 30);
    t.wait_for("Custom study: pack s3  |  0 done");
    t.keys(&["Space"]);
    t.wait_for("4 Easy done");
    t.keys(&["4"]);
    t.wait_for("Custom study: pack s3  |  1 done");
    t.keys(&["Escape"]);
    t.wait_for("Due now:");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);

    assert_eq!(logs(dir.path()), (2, 3), "custom answers are logged apart");
    assert_eq!(
        json(dir.path(), &["due", "--json"]),
        before,
        "the schedule is as it was"
    );
}

#[test]
fn the_drill_and_custom_study_in_korean_in_the_terminal() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "new_cards_per_day = 5\n").unwrap();
    let t = Tmux::start("korean", dir.path(), &["--lang", "ko"], 80, 24);
    t.wait_for("지금 학습할 카드:");
    // The daily drill: one answer, Good.
    t.keys(&["d"]);
    t.wait_for("오늘 답변 0회");
    t.keys(&["Space"]);
    t.wait_for("1-4 평가");
    t.keys(&["3"]);
    t.wait_for("오늘 답변 1회");
    t.keys(&["Escape"]);
    t.wait_for("지금 학습할 카드:");
    // Custom study from Home's prompt, ended at once.
    t.keys(&["f"]);
    t.wait_for("맞춤 학습: 고른 카드를 지금 학습합니다.");
    t.keys(&["-l", "tag:limits"]);
    t.wait_for(": 태그 limits.");
    t.keys(&["Enter"]);
    t.wait_for("맞춤 학습: 태그 limits  |  카드");
    t.keys(&["Space"]);
    t.wait_for("1 다시 이 세션에서 한 번 더");
    t.keys(&["q"]);
    t.wait_for("지금 학습할 카드:");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    assert_eq!(logs(dir.path()), (1, 0));
}

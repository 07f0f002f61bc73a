//! Mock exams through the real binary: a short exam answered, flagged, reviewed and submitted in
//! tmux; an exam killed mid-way and resumed with its answers; history and reports on the CLI.

mod common;
use common::{Tmux, run, stderr, stdout};
use std::path::Path;

/// A seed whose first `n` questions in `mode` have a single answer, so that one key answers each.
fn single_answer_seed(dir: &Path, mode: &str, n: usize) -> String {
    (1..200)
        .find(|s| {
            let out = run(
                dir,
                &[
                    "exam",
                    "draw",
                    "--json",
                    "--mode",
                    mode,
                    "--seed",
                    &s.to_string(),
                ],
            );
            let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
            (0..n).all(|i| v["questions"][i]["choose"] == 1)
        })
        .expect("such a seed")
        .to_string()
}

/// Waits until choice `letter` shows selected (`(*)` or `[x]`) and returns the screen.
fn wait_selected(t: &Tmux, letter: char) -> String {
    for _ in 0..200 {
        let screen = t.screen();
        if screen.contains(&format!("(*) {letter}.")) || screen.contains(&format!("[x] {letter}."))
        {
            return screen;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("choice {letter} was not selected:\n{}", t.screen());
}

fn history(dir: &Path) -> serde_json::Value {
    let out = run(dir, &["exam", "history", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

#[test]
fn answer_flag_review_and_submit_a_quick_exam() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let seed = single_answer_seed(dir.path(), "quick", 2);
    let args = ["exam", "start", "--mode", "quick", "--seed", &seed];
    let t = Tmux::start("quick", dir.path(), &args, 100, 32);
    t.wait_for("Question 1 of 10");
    t.keys(&["a"]);
    t.keys(&["f"]);
    t.wait_for("FLAGGED");
    t.keys(&["Right"]);
    t.wait_for("Question 2 of 10");
    t.keys(&["b", "s"]);
    let screen = t.wait_for("Submit the exam?");
    assert!(
        screen.contains("Unanswered: 8 (questions 3, 4, 5, 6, 7, 8, 9, 10)"),
        "{screen}"
    );
    assert!(screen.contains("Flagged: 1"), "{screen}");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Too few questions to estimate");
    assert!(screen.contains("Score "), "{screen}");
    t.keys(&["q", "q", "q"]);
    assert_eq!(t.wait_exit(), 0);

    let h = history(dir.path());
    assert_eq!(h.as_array().unwrap().len(), 1);
    assert_eq!(h[0]["mode"], "quick");
    assert_eq!(h[0]["total"], 10);
    let id = h[0]["id"].as_i64().unwrap().to_string();
    let out = run(dir.path(), &["exam", "report", &id, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["result"]["score"]["overall"]["total"], 10);
    let flagged: Vec<bool> = v["result"]["questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q[2].as_bool().unwrap())
        .collect();
    assert_eq!(flagged.iter().filter(|f| **f).count(), 1);
    let text = stdout(&run(dir.path(), &["exam", "report", &id]));
    assert!(text.contains("Estimate only"), "{text}");
    assert!(text.contains(" 1. "), "{text}");
    let out = run(dir.path(), &["exam", "report", "999"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("there is no exam attempt 999"));
}

#[test]
fn an_exam_killed_mid_way_is_resumed_then_submitted() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    // A seed whose first question has a single answer, so that one key answers it.
    let seed = (1..100)
        .find(|s| {
            let out = run(
                dir.path(),
                &["exam", "draw", "--json", "--seed", &s.to_string()],
            );
            let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
            v["questions"][0]["choose"] == 1
        })
        .unwrap()
        .to_string();
    let t = Tmux::start(
        "exam-kill",
        dir.path(),
        &["exam", "start", "--seed", &seed],
        100,
        32,
    );
    t.wait_for("Question 1 of 65");
    t.keys(&["c"]);
    t.wait_for("1 answered");
    t.keys(&["Right", "f"]);
    t.wait_for("FLAGGED");
    t.kill_app();
    drop(t);

    let t = Tmux::start("exam-resume", dir.path(), &[], 100, 32);
    let screen = t.wait_for("An unfinished exam (Full mock exam)");
    assert!(screen.contains("1 of 65 answered"), "{screen}");
    t.keys(&["r"]);
    let screen = t.wait_for("Question 2 of 65");
    assert!(screen.contains("FLAGGED"), "the flag survived:\n{screen}");
    assert!(screen.contains("1 answered"), "{screen}");
    t.keys(&["s"]);
    t.wait_for("Submit the exam?");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Estimated scaled score");
    assert!(screen.contains("from 65 scored questions"), "{screen}");
    t.keys(&["q", "q", "q"]);
    assert_eq!(t.wait_exit(), 0);
    let h = history(dir.path());
    assert_eq!(h.as_array().unwrap().len(), 1);
    assert_eq!(h[0]["total"], 65);
}

#[test]
fn history_is_empty_before_any_exam() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(history(dir.path()), serde_json::json!([]));
    let text = stdout(&run(dir.path(), &["exam", "history"]));
    assert!(text.starts_with("No exam submitted yet."), "{text}");
}

#[test]
fn a_seed_makes_a_draw_reproducible_and_filters_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    let draw = |args: &[&str]| -> serde_json::Value {
        let out = run(dir.path(), &[&["exam", "draw", "--json"], args].concat());
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_str(&stdout(&out)).unwrap()
    };
    let a = draw(&["--seed", "11"]);
    let b = draw(&["--seed", "11"]);
    assert_eq!(a, b);
    assert_eq!(a["questions"].as_array().unwrap().len(), 65);
    assert_ne!(a, draw(&["--seed", "12"]));
    let p = draw(&[
        "--mode", "practice", "--domain", "security", "--count", "7", "--seed", "1",
    ]);
    let qs = p["questions"].as_array().unwrap();
    assert_eq!(qs.len(), 7);
    assert!(qs.iter().all(|q| q["domain"] == "security"));
    let t = draw(&["--mode", "practice", "--task", "3.4", "--seed", "1"]);
    assert!(
        t["questions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|q| q["task"] == "3.4")
    );
    let out = run(dir.path(), &["exam", "draw", "--task", "9.9"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--task: `9.9` is not a task statement"),
        "{}",
        stderr(&out)
    );
    let out = run(dir.path(), &["exam", "draw", "--exam", "saa-c03"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--exam: there is no exam `saa-c03` (there is: dva-c02)"),
        "{}",
        stderr(&out)
    );
    let out = run(dir.path(), &["exam", "draw", "--domain", "security"]);
    assert!(
        stderr(&out).contains("need --mode practice"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_resumed_practice_shows_checked_only_the_questions_that_were_checked() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let args = [
        "exam", "start", "--mode", "practice", "--domain", "security", "--count", "5", "--seed",
        "3",
    ];
    let t = Tmux::start("practice-kill", dir.path(), &args, 100, 40);
    t.wait_for("Question 1 of 5");
    // Q1 and Q2: choose, check (the explanations show), next.
    for next in ["Question 2 of 5", "Question 3 of 5"] {
        t.keys(&["a", "Enter"]);
        t.wait_for("right:");
        t.keys(&["Enter"]);
        t.wait_for(next);
    }
    // Q3 (with this seed a "Choose two"): one choice selected, not checked.
    t.keys(&["a"]);
    wait_selected(&t, 'A');
    t.kill_app();
    drop(t);

    let t = Tmux::start("practice-resume", dir.path(), &[], 100, 40);
    t.wait_for("An unfinished");
    t.keys(&["r"]);
    t.wait_for("answered");
    t.keys(&["g", "3", "Enter"]);
    let screen = t.wait_for("Question 3 of 5");
    assert!(
        !screen.contains("right:") && !screen.contains("wrong:"),
        "an unchecked question shows no explanations:\n{screen}"
    );
    t.keys(&["b"]);
    let screen = wait_selected(&t, 'B');
    assert!(!screen.contains("already checked"), "{screen}");
    t.keys(&["g", "1", "Enter"]);
    let screen = t.wait_for("Question 1 of 5");
    assert!(
        screen.contains("right:"),
        "a checked question stays checked:\n{screen}"
    );
    t.keys(&["q", "q", "q"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn an_unfinished_exam_is_discarded_in_the_app_or_on_the_command_line() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let seed = single_answer_seed(dir.path(), "quick", 1);
    let quick = ["exam", "start", "--mode", "quick", "--seed", &seed];
    let t = Tmux::start("discard-1", dir.path(), &quick, 100, 32);
    t.wait_for("Question 1 of 10");
    t.keys(&["a"]);
    t.wait_for("1 answered");
    t.kill_app();
    drop(t);

    // Another exam is not started over the unfinished one: the message names resume and discard.
    let out = run(dir.path(), &quick);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("unfinished") && err.contains("awsdrill exam discard"),
        "{err}"
    );

    // In the app: x asks, Esc keeps it, x then y discards it.
    let t = Tmux::start("discard-app", dir.path(), &[], 100, 32);
    t.wait_for("An unfinished");
    t.keys(&["x"]);
    t.wait_for("Discard it?");
    t.keys(&["Escape"]);
    let screen = t.wait_for(" x discard it");
    assert!(!screen.contains("Discard it?"), "{screen}");
    t.keys(&["x"]);
    t.wait_for("Discard it?");
    t.keys(&["y"]);
    let screen = t.wait_for("Exam #");
    assert!(screen.contains("discarded"), "{screen}");
    assert!(!screen.contains("An unfinished"), "{screen}");
    t.keys(&["q", "q"]);
    assert_eq!(t.wait_exit(), 0);
    let h = history(dir.path());
    assert_eq!(h.as_array().unwrap().len(), 1);
    assert_eq!(h[0]["status"], "discarded");
    assert_eq!(h[0]["correct"], serde_json::Value::Null, "not scored");
    let first = h[0]["id"].as_i64().unwrap();

    // A new exam starts now; left unfinished, it is discarded on the command line.
    let t = Tmux::start("discard-2", dir.path(), &quick, 100, 32);
    t.wait_for("Question 1 of 10");
    t.keys(&["q"]);
    t.wait_for("Due now");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    drop(t);
    let h = history(dir.path());
    assert_eq!(h[1]["status"], "in-progress");
    let out = run(dir.path(), &["exam", "discard"]);
    assert_eq!(out.status.code(), Some(1), "asks first");
    assert!(stderr(&out).contains("pass --yes"), "{}", stderr(&out));
    assert_eq!(history(dir.path())[1]["status"], "in-progress");
    let out = run(dir.path(), &["exam", "discard", "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).starts_with("Discarded exam attempt"),
        "{}",
        stdout(&out)
    );
    let h = history(dir.path());
    assert_eq!(h[1]["status"], "discarded");
    let out = run(dir.path(), &["exam", "discard", "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("no unfinished exam"),
        "{}",
        stderr(&out)
    );
    let out = run(
        dir.path(),
        &["exam", "discard", "--yes", &first.to_string()],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("already discarded"),
        "{}",
        stderr(&out)
    );
    // Nothing counts: no submitted exam, nothing due from the discarded ones.
    let text = stdout(&run(dir.path(), &["exam", "history"]));
    assert!(text.contains("discarded"), "{text}");
    let out = run(dir.path(), &["stats", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["exams"], serde_json::json!([]), "{v}");
}

/// An unfinished attempt of the first `n` questions of a quick draw with seed 1, written straight
/// into the data directory's store, with the first question answered; its id.
fn unfinished_attempt(dir: &Path, n: usize) -> i64 {
    let out = run(
        dir,
        &["exam", "draw", "--json", "--mode", "quick", "--seed", "1"],
    );
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let qs: Vec<(String, Vec<usize>)> = v["questions"].as_array().unwrap()[..n]
        .iter()
        .map(|q| {
            let order = q["choice_order"].as_array().unwrap();
            let order = order.iter().map(|c| c.as_u64().unwrap() as usize).collect();
            (q["question"].as_str().unwrap().to_string(), order)
        })
        .collect();
    let mut s = awsdrill::store::Store::open(&dir.join("awsdrill.sqlite3")).unwrap();
    let id = s
        .create_attempt(
            "dva-c02",
            &awsdrill::exam_run::Mode::Quick,
            1,
            1_000,
            None,
            &qs,
        )
        .unwrap();
    s.save_exam_answer(id, 0, &[0], false, false).unwrap();
    id
}

#[test]
fn a_report_waits_until_the_attempt_is_submitted() {
    let dir = tempfile::tempdir().unwrap();
    let id = unfinished_attempt(dir.path(), 10).to_string();
    for args in [
        vec!["exam", "report", &id],
        vec!["exam", "report", &id, "--json"],
    ] {
        let out = run(dir.path(), &args);
        assert_eq!(out.status.code(), Some(1), "{args:?}: {}", stdout(&out));
        assert_eq!(stdout(&out), "", "no answers or estimate before submission");
        let err = stderr(&out);
        assert!(
            err.contains(&format!(
                "exam attempt {id} is not submitted yet (1 of 10 answered)"
            )),
            "{err}"
        );
    }
    let out = run(dir.path(), &["exam", "discard", "--yes", &id]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(dir.path(), &["exam", "report", &id]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("was discarded"), "{}", stderr(&out));
}

#[test]
fn a_past_attempt_is_reviewed_from_the_exam_menu() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let seed = single_answer_seed(dir.path(), "quick", 1);
    let args = ["exam", "start", "--mode", "quick", "--seed", &seed];
    let t = Tmux::start("history-review", dir.path(), &args, 100, 32);
    t.wait_for("Question 1 of 10");
    t.keys(&["a", "f"]);
    t.wait_for("FLAGGED");
    t.keys(&["s"]);
    t.wait_for("Submit the exam?");
    t.keys(&["Enter"]);
    t.wait_for("Too few questions to estimate");
    // Back to the menu: the attempt is in the history, selected; Enter opens its review.
    t.keys(&["q"]);
    let screen = t.wait_for("History (newest last)");
    let row = screen
        .lines()
        .find(|l| l.contains("#1 "))
        .expect("the attempt is listed");
    assert!(
        row.contains("/10") && row.contains("est -") && row.contains("Quick exam"),
        "{screen}"
    );
    t.keys(&["Enter"]);
    t.wait_for("All questions (10)");
    // The review's rows may reach the terminal a moment after its title: wait for them too.
    let screen = t.wait_for("correct");
    assert!(screen.contains("#1 Quick exam"), "{screen}");
    t.keys(&["f"]);
    t.wait_for("Flagged questions (1)");
    t.keys(&["w"]);
    t.wait_for("Wrong or unanswered questions");
    t.keys(&["q"]);
    let screen = t.wait_for("History (newest last)");
    assert!(!screen.contains("All questions"), "{screen}");
    t.keys(&["q", "q"]);
    assert_eq!(t.wait_exit(), 0);
}

/// `exam draw`, `history`, `report` and `discard` in Korean with `--lang ko`: the same rows and
/// numbers as in English, no English words of their own, and JSON unchanged (issue 16).
#[test]
fn exam_text_output_is_korean_with_lang_ko() {
    let dir = tempfile::tempdir().unwrap();
    let ko = |args: &[&str]| run(dir.path(), &[&["--lang", "ko"], args].concat());
    let en = |args: &[&str]| run(dir.path(), &[&["--lang", "en"], args].concat());

    let out = ko(&["exam", "history"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("아직 제출한 시험이 없습니다."),
        "{}",
        stdout(&out)
    );

    let draw = ["exam", "draw", "--mode", "quick", "--seed", "3"];
    let (k, e) = (stdout(&ko(&draw)), stdout(&en(&draw)));
    assert!(k.starts_with("시드 3, 문제 10개:"), "{k}");
    assert!(e.starts_with("Seed 3, 10 question(s):"), "{e}");
    // The same questions, in the same order, with the same task statements (the domains are
    // named in each language: tests/cli_ko_more.rs).
    for (kl, el) in k.lines().zip(e.lines()).skip(1) {
        let (kw, ew): (Vec<&str>, Vec<&str>) = (
            kl.split_whitespace().collect(),
            el.split_whitespace().collect(),
        );
        assert_eq!(kw[..2], ew[..2], "{kl}\n{el}");
        assert_eq!(
            kw[kw.len() - 3..],
            ["작업", "설명", ew[ew.len() - 1]],
            "{kl}"
        );
        assert_eq!(ew[ew.len() - 2], "task", "{el}");
    }
    let json = ["exam", "draw", "--mode", "quick", "--seed", "3", "--json"];
    assert_eq!(
        stdout(&ko(&json)),
        stdout(&en(&json)),
        "JSON is not translated"
    );

    let out = ko(&["exam", "draw", "--task", "9.9"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--task: `9.9`은(는) 시험 안내서의 작업 설명이 아닙니다(1.1~4.3)"),
        "{}",
        stderr(&out)
    );

    // An attempt of 10 questions, the first answered, submitted after 90 seconds.
    let id = unfinished_attempt(dir.path(), 10);
    let out = ko(&["exam", "report", &id.to_string()]);
    assert!(
        stderr(&out).contains(&format!(
            "시험 응시 {id}은(는) 아직 제출되지 않았습니다(10문제 중 1문제 답변)"
        )),
        "{}",
        stderr(&out)
    );
    {
        let s = awsdrill::store::Store::open(&dir.path().join("awsdrill.sqlite3")).unwrap();
        s.submit_attempt(id, 91_000, 0, 90_000).unwrap();
    }
    let (k, e) = (
        stdout(&ko(&["exam", "history"])),
        stdout(&en(&["exam", "history"])),
    );
    let (kh, eh): (Vec<&str>, Vec<&str>) = (k.lines().collect(), e.lines().collect());
    assert_eq!(kh.len(), 2, "{k}");
    assert!(kh[0].contains("번호") && kh[0].contains("상태"), "{k}");
    assert!(
        kh[1].contains("제출됨") && kh[1].contains("너무 적음"),
        "{k}"
    );
    assert!(
        kh[1].ends_with("0시간 01분 30초  빠른 시험") && kh[0].ends_with("시간             시험"),
        "{k}"
    );
    assert!(
        eh[1].contains("submitted") && eh[1].ends_with("Quick exam"),
        "{e}"
    );

    let report = ["exam", "report", &id.to_string()];
    let (k, e) = (stdout(&ko(&report)), stdout(&en(&report)));
    let kl: Vec<&str> = k.lines().collect();
    assert!(
        kl[0].starts_with(&format!("응시 {id}(빠른 시험): 10문제 중 ")),
        "{k}"
    );
    assert!(kl[0].ends_with("시간 0시간 01분 30초."), "{k}");
    assert!(
        kl[1].starts_with(
            "문제가 너무 적어 환산 점수를 추정할 수 없습니다(채점 대상 10개, 20개 이상 필요)"
        ),
        "{k}"
    );
    assert!(kl[2].starts_with("추정치일 뿐입니다."), "{k}");
    assert!(
        k.contains("미답변(학습하지 않음): 9개(문제 2, 3, 4, 5, 6, 7, 8, 9, 10)."),
        "{k}"
    );
    assert!(k.contains("작업 설명 ") && k.contains("난이도 "), "{k}");
    assert!(k.contains(": 내 답 -, 정답 "), "{k}");
    // Every row of numbers is the same in both languages.
    let numbers = |s: &str| -> Vec<String> {
        s.lines()
            .map(|l| {
                l.chars()
                    .filter(|c| c.is_ascii_digit() || *c == '/' || *c == '.')
                    .collect()
            })
            .collect()
    };
    assert_eq!(numbers(&k)[3..], numbers(&e)[3..], "{k}\n{e}");
    // Only ids, letters, AWS names and key names are Latin in the Korean report.
    for line in k.lines() {
        for word in [
            "right",
            "wrong",
            "yours",
            "correct",
            "task",
            "difficulty",
            "Attempt",
        ] {
            assert!(!line.contains(&format!("{word} ")), "{word} in: {line}");
        }
    }
    let json = ["exam", "report", &id.to_string(), "--json"];
    assert_eq!(
        stdout(&ko(&json)),
        stdout(&en(&json)),
        "JSON is not translated"
    );

    let out = ko(&["exam", "discard", "--yes", &id.to_string()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "시험 응시 {id}은(는) 제출되었습니다. 끝내지 않은 시험만 취소할 수 있습니다"
        )),
        "{}",
        stderr(&out)
    );
    let other = unfinished_attempt(dir.path(), 10);
    let out = ko(&["exam", "discard", "--yes", &other.to_string()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        format!("시험 응시 {other}(빠른 시험, 10문제 중 1문제 답변)을(를) 취소했습니다.")
    );
}

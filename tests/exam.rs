//! Mock exams through the real binary: a short exam answered, flagged, reviewed and submitted in
//! tmux; an exam killed mid-way and resumed with its answers; history and reports on the CLI.

mod common;
use common::{Tmux, run, stderr, stdout};
use std::path::Path;

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
    let t = Tmux::start("quick", dir.path(), &[], 100, 32);
    t.wait_for("Packs");
    t.keys(&["e"]);
    t.wait_for("Mock exams");
    t.keys(&["2"]);
    t.wait_for("Question 1 of 10");
    t.keys(&["a"]);
    t.keys(&["f"]);
    t.wait_for("FLAGGED");
    t.keys(&["Right"]);
    t.wait_for("Question 2 of 10");
    t.keys(&["b", "s"]);
    let screen = t.wait_for("Submit the exam?");
    assert!(
        screen.contains("Unanswered: 3, 4, 5, 6, 7, 8, 9, 10"),
        "{screen}"
    );
    assert!(screen.contains("Flagged: 1"), "{screen}");
    t.keys(&["Enter"]);
    let screen = t.wait_for("Estimated scaled score");
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
    let t = Tmux::start("exam-kill", dir.path(), &[], 100, 32);
    t.wait_for("Packs");
    t.keys(&["e"]);
    t.wait_for("Mock exams");
    t.keys(&["1"]);
    t.wait_for("Question 1 of 65");
    t.keys(&["c"]);
    t.wait_for("1 answered");
    t.keys(&["Right", "f"]);
    t.wait_for("FLAGGED");
    t.kill_app();
    drop(t);

    let t = Tmux::start("exam-resume", dir.path(), &[], 100, 32);
    let screen = t.wait_for("An unfinished full exam");
    assert!(screen.contains("1 of 65 answered"), "{screen}");
    t.keys(&["r"]);
    let screen = t.wait_for("Question 2 of 65");
    assert!(screen.contains("FLAGGED"), "the flag survived:\n{screen}");
    assert!(screen.contains("1 answered"), "{screen}");
    t.keys(&["s"]);
    t.wait_for("Submit the exam?");
    t.keys(&["Enter"]);
    t.wait_for("Estimated scaled score");
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

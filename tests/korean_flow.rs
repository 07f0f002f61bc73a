//! The whole app in Korean in a real terminal (tmux, 80x24): drill a card, take a quick exam and
//! use a calculator with `--lang ko`, and no English sentence of the app's own shows on the way.

mod common;

use common::Tmux;

/// English the app wrote before it had a Korean catalog; none of it may show in Korean.
const ENGLISH: &[&str] = &[
    "Due now",
    "done today",
    "Question 1 of",
    "answered",
    "Submit the exam?",
    "Score ",
    "Result and working",
    "Reads/s",
    "read request",
    "Mock exams",
    "Packs",
];

fn no_english(screen: &str) {
    for e in ENGLISH {
        assert!(!screen.contains(e), "`{e}` on a Korean screen:\n{screen}");
    }
}

#[test]
fn drill_a_quick_exam_and_a_calculator_in_korean() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("korean-flow", dir.path(), &["--lang", "ko"], 80, 24);
    let home = t.wait_for("지금 학습할 카드");
    no_english(&home);

    // The drill: a card, its answer, a rating.
    t.keys(&["d"]);
    let front = t.wait_for("오늘 답변");
    no_english(&front);
    t.keys(&["Space"]);
    let back = t.wait_for("알맞음");
    no_english(&back);
    t.keys(&["3"]);
    let next = t.wait_for("오늘 답변 1회");
    no_english(&next);
    t.keys(&["q"]);
    t.wait_for("지금 학습할 카드");

    // A quick exam: answer the first question, submit, read the results.
    t.keys(&["e"]);
    let menu = t.wait_for("빠른 시험");
    no_english(&menu);
    t.keys(&["2"]);
    let question = t.wait_for("문제 1/10");
    no_english(&question);
    t.keys(&["a"]);
    t.keys(&["s"]);
    let ask = t.wait_for("시험을 제출하시겠습니까?");
    no_english(&ask);
    t.keys(&["Enter"]);
    let results = t.wait_for("점수 ");
    no_english(&results);
    assert!(results.contains("환산 점수"), "{results}");
    t.keys(&["q"]);
    t.keys(&["q"]);
    t.wait_for("지금 학습할 카드");

    // A calculator: the worked example's working, in Korean with its numbers.
    t.keys(&["c"]);
    let calc = t.wait_for("결과와 계산 과정");
    no_english(&calc);
    assert!(calc.contains("RCU"), "{calc}");
    // Escape and q sent together would read as Alt-q.
    t.keys(&["Escape"]);
    t.wait_for("지금 학습할 카드");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

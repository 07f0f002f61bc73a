//! The daily drill through the real binary: due counts, stats, the optimizer's refusal and its run on
//! a synthetic review log, a tmux session that rates cards, quits and reopens, and a review that
//! survives the process being killed right after the screen acknowledged it.

mod common;
use common::{Tmux, run, stderr, stdout};
use rusqlite::Connection;
use std::path::Path;

fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let out = run(dir, args);
    assert!(out.status.success(), "{}", stderr(&out));
    serde_json::from_str(&stdout(&out)).unwrap()
}

fn revlog_count(dir: &Path) -> i64 {
    let c = Connection::open(dir.join("awsdrill.sqlite3")).unwrap();
    c.query_row("SELECT count(*) FROM revlog", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn due_counts_new_cards_up_to_the_daily_limit() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "new_cards_per_day = 7\n").unwrap();
    let v = json(dir.path(), &["due", "--json"]);
    assert_eq!(v["total"]["new"], 7);
    assert_eq!(v["total"]["review"], 0);
    let per_pack: u64 = v["packs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["new"].as_u64().unwrap())
        .sum();
    assert_eq!(per_pack, 7, "per-pack counts add up to the total");
    let text = stdout(&run(dir.path(), &["due"]));
    assert!(
        text.starts_with("Due now: 7 (0 learning, 0 review, 7 new). Later today: 0 learning."),
        "{text}"
    );
}

#[test]
fn stats_report_states_and_retention() {
    let dir = tempfile::tempdir().unwrap();
    let v = json(dir.path(), &["stats", "--json"]);
    assert_eq!(v["days"].as_array().unwrap().len(), 140);
    assert_eq!(v["forecast"].as_array().unwrap().len(), 30);
    assert_eq!(v["reviews_all"], 0);
    assert!(v["true_retention_all"].is_null());
    assert!(v["cards"]["new"].as_u64().unwrap() >= 450);
}

#[test]
fn optimize_refuses_a_short_log_and_fits_a_long_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(dir.path(), &["optimize"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not enough reviews to optimize"),
        "{}",
        stderr(&out)
    );

    // A synthetic log: 150 cards, each answered on days 0, 1, 3, 8 and 20.
    let c = Connection::open(dir.path().join("awsdrill.sqlite3")).unwrap();
    let day = 86_400_000i64;
    let start = 1_780_000_000_000i64;
    for card in 0..150 {
        let id = format!("s3/synthetic-{card}");
        c.execute(
            "INSERT INTO card_state (item_id, updated_at) VALUES (?1, 0)",
            [&id],
        )
        .unwrap();
        for (n, d) in [0, 1, 3, 8, 20].iter().enumerate() {
            let rating = if (card + n) % 7 == 0 { 1 } else { 3 };
            c.execute(
                "INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, interval_days) VALUES (?1, ?2, ?3, 2, 0, 5000, 1)",
                rusqlite::params![id, start + d * day + card as i64 * 1000, rating],
            )
            .unwrap();
        }
    }
    drop(c);
    let out = run(dir.path(), &["optimize", "--dry-run"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}\n{text}", stderr(&out));
    assert!(text.contains("log loss"), "{text}");
    assert!(text.contains("RMSE"), "{text}");
    assert!(text.contains("Not saved (--dry-run)."), "{text}");
    assert!(
        stderr(&out).contains("Optimizing on 750 answers"),
        "{}",
        stderr(&out)
    );
    let c = Connection::open(dir.path().join("awsdrill.sqlite3")).unwrap();
    let saved: i64 = c
        .query_row(
            "SELECT count(*) FROM app_state WHERE key = 'fsrs_params'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(saved, 0);
    drop(c);
    let out = run(dir.path(), &["optimize", "--force"]);
    assert!(
        stdout(&out).contains("Saved the new parameters"),
        "{}",
        stdout(&out)
    );
    let c = Connection::open(dir.path().join("awsdrill.sqlite3")).unwrap();
    let params: String = c
        .query_row(
            "SELECT value FROM app_state WHERE key = 'fsrs_params'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let params: Vec<f32> = serde_json::from_str(&params).unwrap();
    assert_eq!(params.len(), 21);
}

#[test]
fn rate_cards_quit_reopen_and_see_the_new_counts() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("config.toml"), "new_cards_per_day = 5\n").unwrap();
    let t = Tmux::start("drill", dir.path(), &[], 100, 30);
    t.wait_for("Due now: 0 learning, 0 review, 5 new.");
    t.keys(&["d"]);
    t.wait_for("0 done");
    for n in 1..=3 {
        t.keys(&["Space"]);
        t.wait_for("1 Again");
        t.keys(&["3"]);
        t.wait_for(&format!("{n} done"));
    }
    // Esc leaves the drill even on a card that waits for a typed answer (q would type).
    t.keys(&["Escape"]);
    t.wait_for("Due now:");
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
    assert_eq!(revlog_count(dir.path()), 3);

    let t = Tmux::start("drill2", dir.path(), &[], 100, 30);
    // Three new cards were introduced (now learning, due in 10 minutes); two new remain today.
    let screen = t.wait_for("Due now:");
    assert!(
        screen
            .contains("Due now: 0 learning, 0 review, 2 new.  Answered today: 3.  Streak: 1 day."),
        "{screen}"
    );
    t.keys(&["q"]);
    assert_eq!(t.wait_exit(), 0);
}

#[test]
fn an_acknowledged_review_survives_a_kill() {
    if !Tmux::available() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let t = Tmux::start("kill", dir.path(), &[], 100, 30);
    t.wait_for("Packs");
    t.keys(&["d"]);
    t.wait_for("0 done");
    t.keys(&["Space"]);
    t.wait_for("1 Again");
    t.keys(&["4"]);
    // The screen acknowledges the answer ("1 done"); kill the process at once, without a chance to
    // flush anything.
    t.wait_for("1 done");
    t.kill_app();
    assert_eq!(revlog_count(dir.path()), 1);
    let c = Connection::open(dir.path().join("awsdrill.sqlite3")).unwrap();
    let ok: String = c
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

/// After a session (Again, Hard, Good and Easy, a bury and a suspend before any answer, a card
/// still in its learning steps later today), `due` and `stats`, in text and in JSON, give the same
/// counts as each other and as the app's `Study::counts`. The commands read the clock: the app's
/// counts are taken before and after them, and the commands must match one of the two (they are
/// the same unless a card came due in between, which this session's times keep minutes away).
#[test]
fn due_and_stats_agree_with_each_other_and_with_the_app_after_a_session() {
    use awsdrill::context::{Context, OpenOptions};
    use awsdrill::core::scheduler::Rating;
    let dir = tempfile::tempdir().unwrap();
    let opts = OpenOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..OpenOptions::default()
    };
    let mut study = Context::open(&opts).unwrap().into_study(1).unwrap();
    let start = awsdrill::clock::now_ms();
    // Half an hour ago: the learning steps of these answers have come due by now.
    let mut t = start - 30 * 60_000;
    for act in ["again", "hard", "bury", "suspend", "good", "easy", "again"] {
        t += 1_000;
        assert!(study.next_card(t).unwrap().is_some());
        match act {
            "bury" => drop(study.bury_current(t).unwrap()),
            "suspend" => drop(study.suspend_current(t).unwrap()),
            _ => {
                let rating = match act {
                    "again" => Rating::Again,
                    "hard" => Rating::Hard,
                    "good" => Rating::Good,
                    _ => Rating::Easy,
                };
                study.answer(rating, t, 4_000).unwrap();
            }
        }
    }
    // A minute ago: this card's next step is nine minutes away, later today.
    t = start - 60_000;
    study.next_card(t).unwrap();
    study.answer(Rating::Good, t, 4_000).unwrap();

    let before = study.counts(awsdrill::clock::now_ms()).unwrap();
    let due = json(dir.path(), &["due", "--json"]);
    let stats = json(dir.path(), &["stats", "--json"]);
    let due_text = stdout(&run(dir.path(), &["due"]));
    let stats_text = stdout(&run(dir.path(), &["stats"]));
    let after = study.counts(awsdrill::clock::now_ms()).unwrap();
    assert!(before.answers_today <= 6, "{before:?}");
    assert_eq!(before.answers_all, 6);
    assert!(before.cards.studied >= 5, "{before:?}");

    let app = [before, after].map(|c| serde_json::to_value(c).unwrap());
    let from_due = serde_json::json!({
        "answers_today": due["answers_today"],
        "answers_all": stats["answers_all"],
        "cards": due["cards"],
        "due": due["total"],
    });
    let from_stats = serde_json::json!({
        "answers_today": stats["answers_today"],
        "answers_all": stats["answers_all"],
        "cards": stats["cards"],
        "due": stats["due"],
    });
    assert_eq!(from_due, from_stats, "due --json and stats --json");
    assert!(
        app.contains(&from_stats),
        "the commands: {from_stats}\nthe app: {app:?}"
    );
    // The text says what the JSON says.
    let n = |v: &serde_json::Value| v.as_u64().unwrap();
    let d = &due["total"];
    let c = &due["cards"];
    for want in [
        format!(
            "Due now: {} ({} learning, {} review, {} new). Later today: {} learning.",
            n(&d["learning"]) + n(&d["review"]) + n(&d["new"]),
            n(&d["learning"]),
            n(&d["review"]),
            n(&d["new"]),
            n(&d["learning_later_today"])
        ),
        format!(
            "Answered today: {}. Cards: {} studied, {} not yet studied, {} in learning steps.",
            n(&due["answers_today"]),
            n(&c["studied"]),
            n(&c["new"]),
            n(&c["learning"]) + n(&c["relearning"])
        ),
    ] {
        assert!(due_text.contains(&want), "{want}\n{due_text}");
    }
    for want in [
        format!(
            "{} studied, {} not yet studied.",
            n(&c["studied"]),
            n(&c["new"])
        ),
        format!("Answers in all: {}.", n(&stats["answers_all"])),
    ] {
        assert!(stats_text.contains(&want), "{want}\n{stats_text}");
    }
    let today = stats["days"].as_array().unwrap().last().unwrap()["answers"].clone();
    assert_eq!(today, stats["answers_today"], "the heatmap's today");
}

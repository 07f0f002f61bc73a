//! The synthetic data directory of the benchmarks (the `synth` example's `main.rs` and the benches
//! that include this file build it the same way).
//!
//! It writes user packs (`DIR/packs/synthetic-NN.toml`, 1,000 cards each, all kinds, every domain)
//! and a store with cards in every state, the given number of review-log rows spread over three
//! years, and a hundred submitted exam attempts. Everything goes through one transaction.

use awsdrill::store::Store;
use rand::rngs::StdRng;
use rand::{RngExt, SeedableRng};
use std::fmt::Write as _;
use std::path::Path;

const DAY: i64 = 86_400_000;
/// Cards per synthetic pack.
pub const PER_PACK: usize = 1000;

fn card_toml(out: &mut String, i: usize, domain: &str) {
    let kind = i % 3;
    let _ = writeln!(out, "[[card]]\nid = \"c{i}\"");
    match kind {
        0 => {
            let _ = writeln!(
                out,
                "kind = \"basic\"\nfront = \"Synthetic question number {i} about service {}?\"\nback = \"Answer {i}.\"",
                i % 97
            );
        }
        1 => {
            let _ = writeln!(
                out,
                "kind = \"cloze\"\ntext = \"Synthetic fact {i}: the limit is {{{{{} units}}}}.\"",
                i % 1000
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "kind = \"numeric\"\nfront = \"Synthetic limit {i}?\"\nanswer = {}\nunit = \"seconds\"",
                i % 900
            );
        }
    }
    let _ = writeln!(
        out,
        "source = \"https://docs.aws.amazon.com/synthetic/{i}.html\"\ndomain = \"{domain}\"\ntags = [\"synthetic\"]\n"
    );
}

/// Writes `cards` cards in packs of `PER_PACK` to `data_dir/packs` and a store with `reviews`
/// review-log rows over the three years before `now`, 70 % of the cards studied and 100 submitted
/// exam attempts.
pub fn build(data_dir: &Path, cards: usize, reviews: usize, seed: u64, now: i64) {
    let mut rng = StdRng::seed_from_u64(seed);
    let packs_dir = data_dir.join("packs");
    std::fs::create_dir_all(&packs_dir).expect("create the packs folder");
    let domains = ["development", "security", "deployment", "troubleshooting"];
    let mut ids = Vec::with_capacity(cards);
    for p in 0..cards.div_ceil(PER_PACK) {
        let mut text = format!(
            "[pack]\nid = \"synthetic-{p:02}\"\ntitle = \"Synthetic pack {p}\"\nservices = [\"Synthetic\"]\nschema = 1\nchecked = 2026-11-24\n\n"
        );
        for i in p * PER_PACK..((p + 1) * PER_PACK).min(cards) {
            card_toml(&mut text, i, domains[i % 4]);
            ids.push(format!("synthetic-{p:02}/c{i}"));
        }
        std::fs::write(packs_dir.join(format!("synthetic-{p:02}.toml")), text)
            .expect("write a pack");
    }

    let first = now - 3 * 365 * DAY;
    let mut store = Store::open(&data_dir.join("awsdrill.sqlite3")).expect("open the store");
    // One transaction, with the review log's triggers set aside while a million rows go in.
    let load = store.bulk_load(|tx| {
        // 70 % of the cards have been studied: most in review, some learning, relearning,
        // suspended and leeches; the rest are new.
        let mut st = tx
            .prepare("INSERT OR REPLACE INTO card_state (item_id, state, stability, difficulty, due, last_review, step, reps, lapses, suspended, buried_until, leech, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9, NULL, ?10, ?11)")
            .expect("prepare");
        let studied = ids.len() * 7 / 10;
        for (i, id) in ids.iter().take(studied).enumerate() {
            let state = match i % 20 {
                0 => 1,
                1 => 3,
                _ => 2,
            };
            let stability: f64 = rng.random_range(0.5..400.0);
            let last = now - rng.random_range(0..(stability as i64 + 2)) * DAY;
            let due = last + (stability * DAY as f64) as i64;
            let leech = i % 97 == 0;
            st.execute(rusqlite::params![
                id,
                state,
                stability,
                rng.random_range(1.0..10.0f64),
                due,
                last,
                rng.random_range(1..30i64),
                rng.random_range(0..5i64),
                i64::from(leech || i % 50 == 0),
                i64::from(leech),
                now
            ])
            .expect("insert a state");
        }
        let mut rv = tx
            .prepare("INSERT INTO revlog (item_id, reviewed_at, rating, state_before, elapsed_days, duration_ms, stability, difficulty, interval_days) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
            .expect("prepare");
        let span = now - first;
        for n in 0..reviews {
            let id = &ids[n % studied.max(1)];
            let at = first + (n as i64 * span / reviews.max(1) as i64);
            let rating: i64 = if rng.random_range(0..10) == 0 {
                1
            } else {
                rng.random_range(2..=4)
            };
            rv.execute(rusqlite::params![
                id,
                at,
                rating,
                if n % 5 == 0 { 0 } else { 2 },
                rng.random_range(0..60i64) as f64,
                rng.random_range(2_000..20_000i64),
                10.0f64,
                5.0f64,
                rng.random_range(1..60i64) as f64
            ])
            .expect("insert a review");
        }
        for e in 0..100i64 {
            let started = first + e * span / 100;
            tx.execute(
                "INSERT INTO exam_attempt (exam, mode, seed, started_at, time_limit_s, elapsed_ms, submitted_at, score, total) VALUES ('dva-c02', 'full', ?1, ?2, 7800, 5400000, ?3, ?4, 65)",
                rusqlite::params![e, started, started + 5_400_000, 30 + e % 30],
            )
            .expect("insert an attempt");
            let attempt = tx.last_insert_rowid();
            for q in 0..65 {
                tx.execute(
                    "INSERT INTO exam_answer (attempt_id, position, question_id, choice_order, selected, flagged) VALUES (?1, ?2, ?3, '0,1,2,3', '1', 0)",
                    rusqlite::params![attempt, q, format!("lambda/q-synthetic-{q}")],
                )
                .expect("insert an answer");
            }
        }
        Ok(())
    });
    load.expect("fill the store");
}

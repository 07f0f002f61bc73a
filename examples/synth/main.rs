//! Builds a large, realistic data directory for benchmarks:
//!
//! ```text
//! cargo run --release --example synth -- --cards 50000 --reviews 1000000 --seed 1 --data-dir DIR
//! ```
//!
//! See `data.rs` for what it writes.

mod data;

use std::path::PathBuf;
use std::time::Instant;

struct Args {
    cards: usize,
    reviews: usize,
    seed: u64,
    data_dir: PathBuf,
}

fn args() -> Result<Args, String> {
    let mut a = Args {
        cards: 50_000,
        reviews: 1_000_000,
        seed: 1,
        data_dir: PathBuf::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let num = || {
            value
                .parse::<usize>()
                .map_err(|_| format!("{flag}: `{value}` is not a number"))
        };
        match flag.as_str() {
            "--cards" => a.cards = num()?,
            "--reviews" => a.reviews = num()?,
            "--seed" => a.seed = num()? as u64,
            "--data-dir" => a.data_dir = PathBuf::from(&value),
            _ => return Err(format!("unknown flag {flag}")),
        }
    }
    if a.data_dir.as_os_str().is_empty() {
        return Err("--data-dir DIR is required".into());
    }
    Ok(a)
}

fn main() {
    let a = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("synth: {e}");
            std::process::exit(2);
        }
    };
    let start = Instant::now();
    data::build(
        &a.data_dir,
        a.cards,
        a.reviews,
        a.seed,
        awsdrill::clock::now_ms(),
    );
    println!(
        "synth: {} cards in {} packs, {} reviews, 100 exam attempts in {} ({:.1} s)",
        a.cards,
        a.cards.div_ceil(data::PER_PACK),
        a.reviews,
        a.data_dir.display(),
        start.elapsed().as_secs_f64()
    );
}

//! Pack loading and validation of all bundled packs (issue budget: under 10 ms).
//!
//! Run: `cargo bench --bench packs`.

use awsdrill::core::content::bundled::{BUNDLED, bundled_name};
use awsdrill::core::content::{check_set, parse_pack};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn load_bundled(c: &mut Criterion) {
    c.bench_function("parse and validate every bundled pack", |b| {
        b.iter(|| {
            let mut reports: Vec<_> = BUNDLED
                .iter()
                .map(|(name, text)| parse_pack(&bundled_name(name), black_box(text.as_bytes())))
                .collect();
            check_set(&mut reports);
            reports
        })
    });
}

criterion_group!(benches, load_bundled);
criterion_main!(benches);

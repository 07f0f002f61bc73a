//! Pack loading and validation of all bundled packs (issue budget: under 10 ms): parsed and
//! validated (the first start, and every start of a new version), and read from the pack cache.
//!
//! Run: `cargo bench --bench packs`.

use awsdrill::core::content::bundled::{BUNDLED, bundled_name};
use awsdrill::core::content::{check_set, parse_pack, parse_pack_with};
use awsdrill::pack_cache::{Detail, PackCache};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;

fn load_bundled(c: &mut Criterion) {
    c.bench_function(
        "parse and validate every bundled pack on all cores (the first start of a version)",
        |b| {
            b.iter(|| {
                awsdrill::packs::load(
                    awsdrill::core::config::Lang::En,
                    black_box(true),
                    &[],
                    None,
                    Detail::Full,
                )
                .unwrap()
            })
        },
    );
    let dir = tempfile::tempdir().expect("a temporary folder");
    let cache = PackCache::new(dir.path());
    awsdrill::packs::load(
        awsdrill::core::config::Lang::En,
        true,
        &[],
        Some(&cache),
        Detail::Full,
    )
    .expect("fills the cache");
    c.bench_function(
        "load every bundled pack from the pack cache (the app after its first start)",
        |b| {
            b.iter(|| {
                awsdrill::packs::load(
                    awsdrill::core::config::Lang::En,
                    black_box(true),
                    &[],
                    Some(&cache),
                    Detail::Full,
                )
                .unwrap()
            })
        },
    );
    c.bench_function("parse and validate every bundled pack on one core", |b| {
        b.iter(|| {
            let mut reports: Vec<_> = BUNDLED
                .iter()
                .map(|(name, text)| {
                    parse_pack_with(&bundled_name(name), black_box(text.as_bytes()), false)
                })
                .collect();
            check_set(&mut reports);
            reports
        })
    });
    c.bench_function(
        "lint every bundled pack (all checks, near duplicates too)",
        |b| {
            b.iter(|| {
                let mut reports: Vec<_> = BUNDLED
                    .iter()
                    .map(|(name, text)| parse_pack(&bundled_name(name), black_box(text.as_bytes())))
                    .collect();
                check_set(&mut reports);
                reports
            })
        },
    );
}

criterion_group!(benches, load_bundled);
criterion_main!(benches);

//! What a start costs on a large collection, piece by piece and whole: the store's start-up check,
//! reading the card states, the packs from the pack cache (outlines and whole), the deck, the due
//! counts (`awsdrill due`), the Stats report (`awsdrill stats`) and the app's first frame (Home from
//! the packs' rosters, then the cards' text), all on the synthetic store of README's Performance
//! section (50,000 cards in 50 packs, 1,000,000 reviews).
//!
//! Run: `cargo bench --bench start` (building the store takes a few seconds first).

#[path = "../examples/synth/data.rs"]
mod data;

use awsdrill::context::{Context, OpenOptions};
use awsdrill::pack_cache::{Detail, PackCache};
use awsdrill::store::Store;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;
use std::path::Path;

struct Large {
    _dir: tempfile::TempDir,
    opts: OpenOptions,
    now: i64,
}

fn large() -> Large {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let now = awsdrill::clock::now_ms();
    data::build(dir.path(), 50_000, 1_000_000, 1, now);
    let opts = OpenOptions {
        data_dir: Some(dir.path().to_path_buf()),
        ..OpenOptions::default()
    };
    // The first open fills the pack cache, as the first start does.
    drop(Context::open_reading(&opts, Detail::Full).expect("opens"));
    Large {
        _dir: dir,
        opts,
        now,
    }
}

fn store_path(l: &Large) -> std::path::PathBuf {
    l.opts
        .data_dir
        .as_deref()
        .unwrap_or(Path::new("."))
        .join("awsdrill.sqlite3")
}

fn start(c: &mut Criterion) {
    let l = large();
    let path = store_path(&l);
    let user = vec![l.opts.data_dir.clone().unwrap().join("packs")];
    let cache = PackCache::new(&l.opts.data_dir.clone().unwrap().join("cache"));

    let mut g = c.benchmark_group("large store, opening");
    g.sample_size(10);
    g.bench_function("with the start-up check (quick_check)", |b| {
        b.iter(|| Store::open(black_box(&path)).unwrap())
    });
    g.bench_function("without the check (due, stats)", |b| {
        b.iter(|| Store::open_for_reading(black_box(&path)).unwrap())
    });
    g.finish();
    let mut store = Store::open_for_reading(&path).unwrap();
    c.bench_function("large store: every card state (35,000 rows)", |b| {
        b.iter(|| store.card_states().unwrap())
    });
    store.keep_state_snapshot(&l.opts.data_dir.clone().unwrap().join("cache"));
    c.bench_function(
        "large store: every card state from the snapshot (generation unchanged)",
        |b| b.iter(|| store.card_states().unwrap()),
    );
    drop(store);
    for (detail, what) in [
        (Detail::Ids, "ids only"),
        (Detail::Outline, "outlines"),
        (Detail::Full, "whole"),
    ] {
        c.bench_function(
            &format!("50 synthetic packs and the bundled ones from the pack cache, {what}"),
            |b| {
                b.iter(|| {
                    awsdrill::packs::load(
                        awsdrill::core::config::Lang::En,
                        true,
                        black_box(&user),
                        Some(&cache),
                        detail,
                    )
                    .unwrap()
                })
            },
        );
    }
    let packs = awsdrill::packs::load(
        awsdrill::core::config::Lang::En,
        true,
        &user,
        Some(&cache),
        Detail::Full,
    )
    .unwrap();
    c.bench_function("the deck: 50,689 cards in study order, indexed", |b| {
        b.iter_batched(
            || packs.packs.clone(),
            awsdrill::study::Deck::new,
            BatchSize::LargeInput,
        )
    });
    c.bench_function(
        "the cards of 50 synthetic packs and the bundled ones as tables (CardTable::of_cards)",
        |b| {
            b.iter_batched(
                || {
                    packs
                        .packs
                        .iter()
                        .map(|p| p.cards.clone())
                        .collect::<Vec<_>>()
                },
                |cards| {
                    cards
                        .into_iter()
                        .map(awsdrill::core::content::CardTable::of_cards)
                        .collect::<Vec<_>>()
                },
                BatchSize::LargeInput,
            )
        },
    );
    drop(packs);
    c.bench_function(
        "the app's deck: the pack cache read as tables (packs::load_deck), in study order, indexed",
        |b| {
            b.iter(|| {
                let loaded = awsdrill::packs::load_deck(
                    awsdrill::core::config::Lang::En,
                    true,
                    black_box(&user),
                    Some(&cache),
                )
                .unwrap();
                awsdrill::study::Deck::of_tables(loaded.packs, loaded.tables)
            })
        },
    );

    let mut g = c.benchmark_group("large store, whole paths in process");
    g.sample_size(10);
    g.bench_function("due counts: open (outlines), states, queue", |b| {
        b.iter(|| {
            let study = Context::open_reading(&l.opts, Detail::Outline)
                .unwrap()
                .into_study(0)
                .unwrap();
            study.queue(l.now).unwrap().1
        })
    });
    g.bench_function(
        "due report without cards (`awsdrill due`): open (ids), states, DueDeck, report",
        |b| {
            b.iter(|| {
                let (store, config, packs, states) = Context::open_reading(&l.opts, Detail::Ids)
                    .unwrap()
                    .into_parts()
                    .unwrap();
                let cal =
                    awsdrill::core::scheduler::StudyDays::new(chrono::Local, config.rollover_hour);
                let deck = awsdrill::study::DueDeck::new(&packs.packs, &packs.rosters, &states);
                awsdrill::stats_report::due::report_without_cards(
                    &deck, &store, &config, &cal, l.now,
                )
                .unwrap()
            })
        },
    );
    g.bench_function("stats report: open (outlines), states, report", |b| {
        b.iter(|| {
            let study = Context::open_reading(&l.opts, Detail::Outline)
                .unwrap()
                .into_study(0)
                .unwrap();
            awsdrill::stats_report::report(&study, l.now).unwrap()
        })
    });
    g.bench_function("stats report, the window read ahead as `stats` did (a session with cards, as the Stats screen)", |b| {
        b.iter(|| {
            let ahead = |store: &Store, config: &awsdrill::core::config::Config| {
                let cal =
                    awsdrill::core::scheduler::StudyDays::new(chrono::Local, config.rollover_hour);
                let (_, _, since, grain) = awsdrill::stats_report::window(&cal, l.now);
                store.prefetch_review_window(since, grain);
            };
            let study = Context::open_reading_ahead(&l.opts, Detail::Outline, &ahead)
                .unwrap()
                .into_study(0)
                .unwrap();
            awsdrill::stats_report::report(&study, l.now).unwrap()
        })
    });
    g.bench_function(
        "stats report without cards (`awsdrill stats`): open (ids), the window read ahead, states, DueDeck, report",
        |b| {
            b.iter(|| {
                let ahead = |store: &Store, config: &awsdrill::core::config::Config| {
                    let cal = awsdrill::core::scheduler::StudyDays::new(
                        chrono::Local,
                        config.rollover_hour,
                    );
                    let (_, _, since, grain) = awsdrill::stats_report::window(&cal, l.now);
                    store.prefetch_review_window(since, grain);
                };
                let (store, config, packs, states) =
                    Context::open_reading_ahead(&l.opts, Detail::Ids, &ahead)
                        .unwrap()
                        .into_parts()
                        .unwrap();
                let cal =
                    awsdrill::core::scheduler::StudyDays::new(chrono::Local, config.rollover_hour);
                let deck = awsdrill::study::DueDeck::new(&packs.packs, &packs.rosters, &states);
                let src = awsdrill::stats_report::WithoutCards::new(
                    &deck,
                    &packs.rosters,
                    &store,
                    &config,
                    &cal,
                )
                .unwrap();
                awsdrill::stats_report::report(&src, l.now).unwrap()
            })
        },
    );
    // The Stats window alone, as `stats` reads it (counts per quarter hour with their reviews per
    // item, schema version 10) and answer by answer (what it read before, and still reads where
    // days begin off a quarter hour).
    let window_store = Store::open(&path).unwrap();
    let since = {
        let cal = awsdrill::core::scheduler::StudyDays::new(chrono::Local, 4);
        awsdrill::stats_report::window(&cal, l.now).2
    };
    for (name, grain) in [
        (
            "stats window per quarter hour",
            awsdrill::store::Grain::Quarter,
        ),
        (
            "stats window answer by answer",
            awsdrill::store::Grain::Answer,
        ),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| window_store.review_window(black_box(since), grain).unwrap())
        });
    }
    g.bench_function(
        "the cards' text after the first frame (Study::load_text)",
        |b| {
            b.iter_batched(
                || {
                    Context::open_exclusive_without_backup(&l.opts, l.now)
                        .unwrap()
                        .into_study(0)
                        .unwrap()
                },
                |mut study| {
                    study.load_text().unwrap();
                    study
                },
                BatchSize::PerIteration,
            )
        },
    );
    g.bench_function(
        "Home's numbers from the rosters (the app's first frame): session from the rosters, counts",
        |b| {
            b.iter_batched(
                || {
                    Context::open_reading(&l.opts, Detail::Ids)
                        .unwrap()
                        .into_parts()
                        .unwrap()
                },
                |(store, config, packs, states)| {
                    let cal = awsdrill::core::scheduler::StudyDays::new(
                        chrono::Local,
                        config.rollover_hour,
                    );
                    let study = awsdrill::study::Study::from_roster(
                        store,
                        states,
                        packs.packs,
                        packs.rosters,
                        config,
                        Box::new(cal),
                        0,
                        Box::new(|| Ok(awsdrill::study::Deck::default())),
                    )
                    .unwrap();
                    let counts = study.counts(l.now).unwrap();
                    (study, counts)
                },
                BatchSize::PerIteration,
            )
        },
    );
    g.bench_function(
        "first frame: open (rosters), Home's numbers, Home drawn",
        |b| {
            b.iter(|| {
                let ctx = Context::open_exclusive_without_backup(&l.opts, l.now).unwrap();
                let state = awsdrill::tui::app_state(&ctx).unwrap();
                let theme = awsdrill::tui::theme::Theme::new(
                    awsdrill::core::config::ThemeName::Dark,
                    false,
                );
                let study = ctx.into_study(0).unwrap();
                let mut app = awsdrill::tui::app::App::with_study(state, theme, study, l.now);
                let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
                terminal.draw(|f| app.render(f)).unwrap();
                app
            })
        },
    );
    // Home's streak asks the log one day at a time (every day of three years on this store):
    // statement by statement, and in one read transaction as Home does.
    let study = Context::open_reading(&l.opts, Detail::Outline)
        .unwrap()
        .into_study(0)
        .unwrap();
    let cal = study.calendar();
    let today = cal.day(l.now);
    let streak = |store: &Store| {
        awsdrill::core::stats::streak(today, |d| {
            store
                .answered_between(cal.day_start(d), cal.day_start(d + 1))
                .unwrap()
        })
    };
    g.bench_function("Home's streak, a statement a day", |b| {
        b.iter(|| streak(study.store()))
    });
    g.bench_function("Home's streak, in one read transaction", |b| {
        b.iter(|| study.store().streak(cal, today))
    });
    g.bench_function(
        "Home's streak on a connection of its own (the app's start)",
        |b| {
            b.iter(|| {
                let cal = awsdrill::core::scheduler::StudyDays::new(chrono::Local, 4);
                study
                    .store()
                    .streak_ahead(Box::new(cal), today)
                    .unwrap()
                    .join()
                    .unwrap()
                    .unwrap()
            })
        },
    );
    g.finish();
}

criterion_group!(benches, start);
criterion_main!(benches);

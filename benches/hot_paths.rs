//! The hot paths measured against the budgets of the performance issue:
//! answering a card (state + review-log row, committed durably), today's queue over 50,000 cards,
//! and stats over a million review-log rows.
//!
//! Run: `cargo bench --bench hot_paths`.

use awsdrill::core::scheduler::queue::{self, Limits, QueueCard};
use awsdrill::core::scheduler::{CardState, Memory, Phase, Rating, ReviewLog, StudyDays};
use awsdrill::core::stats::per_day;
use awsdrill::store::Store;
use chrono::Utc;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::hint::black_box;

const NOW: i64 = 1_795_521_600_000;
const DAY: i64 = 86_400_000;

fn states(n: usize) -> Vec<CardState> {
    (0..n)
        .map(|i| {
            let mut s = CardState::new_card();
            if i % 10 < 7 {
                s.phase = if i % 20 == 0 {
                    Phase::Learning
                } else {
                    Phase::Review
                };
                s.memory = Some(Memory {
                    stability: 1.0 + (i % 300) as f32,
                    difficulty: 5.0,
                });
                s.last_review = Some(NOW - (i as i64 % 40) * DAY);
                s.due = NOW - (i as i64 % 7 - 3) * DAY;
            }
            s
        })
        .collect()
}

fn answer(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
    let mut st = CardState::new_card();
    st.phase = Phase::Review;
    let log = ReviewLog {
        rating: Rating::Good,
        phase_before: Phase::Review,
        elapsed_days: 3,
        memory: Memory {
            stability: 10.0,
            difficulty: 5.0,
        },
        interval_days: 10.0,
    };
    let mut n = 0i64;
    c.bench_function(
        "answer a card: state + review-log row, committed (synchronous=FULL)",
        |b| {
            b.iter(|| {
                n += 1;
                store
                    .record_answer(&format!("p/c{}", n % 1000), &st, &log, NOW + n, 4000)
                    .unwrap()
            })
        },
    );
}

fn queue_50k(c: &mut Criterion) {
    let st = states(50_000);
    let cards: Vec<QueueCard> = st
        .iter()
        .map(|s| QueueCard {
            state: (s.phase != Phase::New).then_some(s),
            group: None,
        })
        .collect();
    let cal = StudyDays::new(Utc, 4);
    let limits = Limits {
        new_per_day: 20,
        max_reviews_per_day: 200,
        ..Limits::default()
    };
    c.bench_function("today's queue and due counts over 50,000 cards", |b| {
        b.iter(|| queue::build(black_box(&cards), NOW, &cal, &limits, 0.1542))
    });
}

fn stats_1m(c: &mut Criterion) {
    let rows: Vec<(i64, u32, i64)> = (0..1_000_000i64)
        .map(|i| (NOW - 1095 * DAY + i * 94_608, 1 + (i % 4) as u32, 2))
        .collect();
    let cal = StudyDays::new(Utc, 4);
    let today = awsdrill::core::scheduler::Calendar::day(&cal, NOW);
    c.bench_function(
        "answers per day over 1,000,000 review-log rows (3 years)",
        |b| b.iter(|| per_day(black_box(&rows), &cal, today - 1095, today)),
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = answer, queue_50k, stats_1m, browse_50k, custom_50k
}
criterion_main!(benches);

fn browse_50k(c: &mut Criterion) {
    use awsdrill::core::browse::{Item, Library, Sort, card_item, search};
    use awsdrill::core::content::{Card, CardBody};
    let cards: Vec<Box<Card>> = (0..50_000)
        .map(|i| {
            let mut card = Card::plain(
                format!("synthetic-{:02}/c{i}", i / 1000),
                CardBody::Basic {
                    front: format!(
                        "Synthetic question number {i} about service {} and its limits?",
                        i % 97
                    ),
                    back: format!("Answer {i}."),
                },
            );
            card.tags = vec!["synthetic".into()];
            Box::new(card)
        })
        .collect();
    let services = (0..50)
        .map(|p| (format!("synthetic-{p:02}"), "Synthetic".to_string()))
        .collect();
    let lib = Library {
        cards: &cards,
        questions: &[],
        services: &services,
    };
    let items: Vec<Item> = cards
        .iter()
        .enumerate()
        .map(|(i, c)| {
            card_item(
                i,
                c,
                None,
                (NOW, NOW + DAY),
                awsdrill::calc_text::drills::row,
            )
        })
        .collect();
    c.bench_function(
        "Browse: one keystroke of fuzzy search over 50,000 items (full search)",
        |b| {
            b.iter(|| {
                search(
                    black_box(&items),
                    &lib,
                    "servce 42 lim",
                    Sort::Relevance,
                    None,
                )
            })
        },
    );
    c.bench_function(
        "Browse: one keystroke, worst case: a query all 50,000 items match",
        |b| {
            b.iter(|| {
                search(
                    black_box(&items),
                    &lib,
                    "synthetic limits",
                    Sort::Relevance,
                    None,
                )
            })
        },
    );
    // What the user waits for: the keystroke, the first slice of the new search and the frame.
    let mut screen = awsdrill::tui::screens::browse::BrowseScreen::default();
    screen.set_items(items.clone(), &lib);
    let theme = awsdrill::tui::theme::Theme::new(awsdrill::core::config::ThemeName::Dark, false);
    for ch in "synthetic limit".chars() {
        screen.type_key(&KeyEvent::from(KeyCode::Char(ch)), &lib);
        while screen.busy() {
            screen.work(&lib, None);
        }
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).expect("a test terminal");
    c.bench_function(
        "Browse: keystroke to next frame, worst case (50,000 items all match the query)",
        |b| {
            b.iter_batched(
                || screen.clone(),
                |mut s| {
                    s.type_key(&KeyEvent::from(KeyCode::Char('s')), &lib);
                    terminal
                        .draw(|f| s.draw(f, f.area(), None, None, &theme, &lib))
                        .expect("drawn");
                    s
                },
                BatchSize::LargeInput,
            )
        },
    );
    let mut fresh = awsdrill::tui::screens::browse::BrowseScreen::default();
    fresh.set_items(items.clone(), &lib);
    c.bench_function(
        "Browse: keystroke to next frame, the first letter typed over 50,000 items",
        |b| {
            b.iter_batched(
                || fresh.clone(),
                |mut s| {
                    s.type_key(&KeyEvent::from(KeyCode::Char('q')), &lib);
                    terminal
                        .draw(|f| s.draw(f, f.area(), None, None, &theme, &lib))
                        .expect("drawn");
                    s
                },
                BatchSize::LargeInput,
            )
        },
    );
    let prev: Vec<usize> = search(&items, &lib, "servce 42", Sort::Relevance, None)
        .iter()
        .map(|h| h.index)
        .collect();
    c.bench_function("Browse: one more keystroke narrowing the last hits", |b| {
        b.iter(|| {
            search(
                black_box(&items),
                &lib,
                "servce 42 l",
                Sort::Relevance,
                Some(&prev),
            )
        })
    });
}

/// Custom study's count as the prompt recomputes it at each keystroke: the cards of a filter over
/// 50,000 cards with states (a Browse search also builds every Browse row first, as the app does).
fn custom_50k(c: &mut Criterion) {
    use awsdrill::core::browse::{Item, Library, card_item};
    use awsdrill::core::content::{Card, CardBody};
    use awsdrill::core::custom::{Filter, Pool, select};
    let cards: Vec<Box<Card>> = (0..50_000)
        .map(|i| {
            let mut card = Card::plain(
                format!("synthetic-{:02}/c{i}", i / 1000),
                CardBody::Basic {
                    front: format!("Synthetic question number {i} about service {}?", i % 97),
                    back: format!("Answer {i}."),
                },
            );
            card.tags = vec![if i % 5 == 0 { "limits" } else { "other" }.into()];
            Box::new(card)
        })
        .collect();
    let st = states(cards.len());
    let refs: Vec<Option<&CardState>> = st.iter().map(Some).collect();
    let services = (0..50)
        .map(|p| (format!("synthetic-{p:02}"), "Synthetic".to_string()))
        .collect();
    let library = Library {
        cards: &cards,
        questions: &[],
        services: &services,
    };
    let pool = |items: &'_ [Item]| -> usize {
        let p = Pool {
            library,
            states: &refs,
            items,
            missed: &[],
            now: NOW,
            decay: 0.1542,
        };
        let f = if items.is_empty() {
            Filter::Tag("limits".into())
        } else {
            Filter::Search("service 42".into())
        };
        select(&f, &p).len()
    };
    c.bench_function(
        "Custom study: the cards of tag:limits over 50,000 cards",
        |b| b.iter(|| pool(black_box(&[]))),
    );
    c.bench_function(
        "Custom study: the cards of a Browse search over 50,000 cards (rows built too)",
        |b| {
            b.iter(|| {
                let items: Vec<Item> = cards
                    .iter()
                    .enumerate()
                    .map(|(i, c)| {
                        card_item(
                            i,
                            c,
                            refs[i],
                            (NOW, NOW + DAY),
                            awsdrill::calc_text::drills::row,
                        )
                    })
                    .collect();
                pool(black_box(&items))
            })
        },
    );
}

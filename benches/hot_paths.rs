//! The hot paths measured against the budgets of the performance issue:
//! answering a card (state + review-log row, committed durably), today's queue over 50,000 cards,
//! stats over a million review-log rows, and Browse search (English and Korean queries) over the
//! bundled packs and over 50,000 synthetic cards.
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
    targets = answer, queue_50k, stats_1m, browse_50k, browse_bundled
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
            card.ko = Some(Box::new(awsdrill::core::content::CardText {
                front: Some(format!(
                    "{} 서비스 {}의 한도에 관한 합성 질문 {i}번은?",
                    KO_WORDS[i % KO_WORDS.len()],
                    i % 97
                )),
                ..Default::default()
            }));
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
    for (what, q) in [
        ("Korean syllables", "람다 동시성"),
        ("Korean initial consonants", "ㄹㄷ ㄷㅅㅅ"),
        ("a mixed query", "service 42 ㅎㄷ"),
    ] {
        c.bench_function(
            &format!("Browse: one keystroke over 50,000 items (full search), {what}: {q}"),
            |b| b.iter(|| search(black_box(&items), &lib, q, Sort::Relevance, None)),
        );
    }
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

/// Korean words the synthetic cards start with, so that Korean queries match some and not others.
const KO_WORDS: [&str; 7] = [
    "람다 함수의 동시성",
    "대기열 메시지",
    "테이블 읽기 용량",
    "버킷 객체",
    "스택 배포",
    "키 정책",
    "지표 경보",
];

/// Browse search over every bundled card and question (what a user has), English and Korean.
fn browse_bundled(c: &mut Criterion) {
    use awsdrill::core::browse::{Item, Library, Sort, card_item, question_item, search};
    let packs = awsdrill::packs::load(true, &[], None, awsdrill::pack_cache::Detail::Full)
        .expect("the bundled packs load")
        .packs;
    let cards: Vec<Box<awsdrill::core::content::Card>> = packs
        .iter()
        .flat_map(|p| {
            p.cards
                .iter()
                .cloned()
                .chain(p.generators.iter().map(|g| Box::new(g.as_card())))
        })
        .collect();
    let questions: Vec<awsdrill::core::content::Question> =
        packs.iter().flat_map(|p| p.questions.clone()).collect();
    let services = packs
        .iter()
        .map(|p| (p.id.clone(), p.services.join(", ")))
        .collect();
    let lib = Library {
        cards: &cards,
        questions: &questions,
        services: &services,
    };
    let tomorrow = NOW + DAY;
    let mut items: Vec<Item> = cards
        .iter()
        .enumerate()
        .map(|(i, c)| {
            card_item(
                i,
                c,
                None,
                (NOW, tomorrow),
                awsdrill::calc_text::drills::row,
            )
        })
        .collect();
    items.extend(
        questions
            .iter()
            .enumerate()
            .map(|(i, q)| question_item(i, q, None, NOW, tomorrow)),
    );
    for (what, q) in [
        ("English", "lambda timeout"),
        ("Korean syllables", "동시성"),
        ("Korean initial consonants", "ㄷㅅㅅ"),
        ("a mixed query", "lambda ㄷㅅ"),
    ] {
        c.bench_function(
            &format!(
                "Browse: one keystroke over the bundled packs ({} items), {what}: {q}",
                items.len()
            ),
            |b| b.iter(|| search(black_box(&items), &lib, q, Sort::Relevance, None)),
        );
    }
}

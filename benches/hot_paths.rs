//! The hot paths measured against the budgets of the performance issue:
//! answering a card (state + review-log row, committed durably), today's queue over 50,000 cards,
//! stats over a million review-log rows, and Browse search (English and Korean queries) over the
//! bundled packs and over 50,000 synthetic cards.
//!
//! Run: `cargo bench --bench hot_paths`. The Browse searches are measured twice: in wall time (what
//! a user waits) and in CPU time (`CPU time: ...`, all threads added up), which other programs on a
//! busy machine disturb much less: compare versions by CPU time.

use awsdrill::core::browse::{Item, Library, Sort, card_item, question_item, search};
use awsdrill::core::content::{Card, CardBody, CardTable, CardText, Question};
use awsdrill::core::scheduler::packed::PackedState;
use awsdrill::core::scheduler::queue::{self, Limits, QueueCard};
use awsdrill::core::scheduler::{CardState, Memory, Phase, Rating, ReviewLog, StudyDays};
use awsdrill::core::stats::per_day;
use awsdrill::store::Store;
use chrono::Utc;
use criterion::measurement::{Measurement, ValueFormatter, WallTime};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::collections::HashMap;
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
                // One answer every 2 seconds (a fast pace; 450 to a quarter hour, whose row lists
                // its reviews since schema version 10).
                store
                    .record_answer(
                        &format!("p/c{}", n % 1000),
                        &st,
                        &log,
                        NOW + 2_000 * n,
                        4000,
                    )
                    .unwrap()
            })
        },
    );
}

fn queue_50k(c: &mut Criterion) {
    let st: Vec<PackedState> = states(50_000).iter().map(PackedState::new).collect();
    let cards: Vec<QueueCard> = st
        .iter()
        .map(|s| QueueCard {
            state: (s.get().phase != Phase::New).then_some(s),
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
    let rows: Vec<(i64, awsdrill::core::stats::Answered)> = (0..1_000_000i64)
        .map(|i| {
            (
                NOW - 1095 * DAY + i * 94_608,
                awsdrill::core::stats::Answered::one(1 + (i % 4) as u32, 2),
            )
        })
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
    targets = answer, queue_50k, stats_1m, browse_50k, custom_50k, browse_bundled::<WallTime>
}
criterion_group! {
    name = cpu;
    config = Criterion::default().sample_size(20).with_measurement(CpuTime);
    targets = browse_50k_searches::<CpuTime>, browse_bundled::<CpuTime>
}
criterion_main!(benches, cpu);

/// The CPU time of this process (user and system, all threads), from `getrusage`.
struct CpuTime;

fn cpu_now() -> std::time::Duration {
    // SAFETY: getrusage only writes the struct it is given.
    let usage = unsafe {
        let mut u = std::mem::zeroed::<libc::rusage>();
        libc::getrusage(libc::RUSAGE_SELF, &mut u);
        u
    };
    let t = |v: libc::timeval| std::time::Duration::new(v.tv_sec as u64, v.tv_usec as u32 * 1000);
    t(usage.ru_utime) + t(usage.ru_stime)
}

impl Measurement for CpuTime {
    type Intermediate = std::time::Duration;
    type Value = std::time::Duration;
    fn start(&self) -> Self::Intermediate {
        cpu_now()
    }
    fn end(&self, i: Self::Intermediate) -> Self::Value {
        cpu_now().saturating_sub(i)
    }
    fn add(&self, a: &Self::Value, b: &Self::Value) -> Self::Value {
        *a + *b
    }
    fn zero(&self) -> Self::Value {
        std::time::Duration::ZERO
    }
    fn to_f64(&self, v: &Self::Value) -> f64 {
        v.as_nanos() as f64
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        WallTime.formatter()
    }
}

/// The name of a bench measured in `M` (`CPU time: ` first for CPU time).
fn named<M: Measurement + 'static>(name: &str) -> String {
    if std::any::TypeId::of::<M>() == std::any::TypeId::of::<CpuTime>() {
        format!("CPU time: {name}")
    } else {
        name.to_string()
    }
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

/// 50,000 synthetic cards in 50 packs, each with Korean text, and the packs' services.
fn synthetic() -> (CardTable, HashMap<String, String>) {
    let cards = (0..50_000)
        .map(|i| {
            let mut card = Card::plain(
                format!("synthetic-{:02}/c{i}", i / 1000),
                CardBody::Basic {
                    front: format!(
                        "Synthetic question number {i} about service {} and its limits?",
                        i % 97
                    )
                    .into(),
                    back: format!("Answer {i}.").into(),
                },
            );
            card.tags = vec!["synthetic".into()];
            card.ko = Some(Box::new(CardText {
                front: Some(format!(
                    "{} 서비스 {}의 한도에 관한 합성 질문 {i}번은?",
                    KO_WORDS[i % KO_WORDS.len()],
                    i % 97
                )),
                ..Default::default()
            }));
            card
        })
        .collect();
    let services = (0..50)
        .map(|p| (format!("synthetic-{p:02}"), "Synthetic".to_string()))
        .collect();
    (cards, services)
}

/// A Browse row for every card and question of `lib`, as the app makes them.
fn items_of(lib: &Library) -> Vec<Item> {
    let tomorrow = NOW + DAY;
    let mut items: Vec<Item> = lib
        .cards
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
        lib.questions
            .iter()
            .enumerate()
            .map(|(i, q)| question_item(i, q, None, NOW, tomorrow)),
    );
    items
}

/// The searches of one keystroke over the synthetic cards.
fn browse_50k_searches<M: Measurement + 'static>(c: &mut Criterion<M>) {
    let (cards, services) = synthetic();
    let lib = Library {
        cards: &cards,
        questions: &[],
        services: &services,
    };
    let items = items_of(&lib);
    for (name, q) in [
        (
            "Browse: one keystroke of fuzzy search over 50,000 items (full search)".to_string(),
            "servce 42 lim",
        ),
        (
            "Browse: one keystroke, worst case: a query all 50,000 items match".to_string(),
            "synthetic limits",
        ),
        (
            "Browse: one keystroke over 50,000 items (full search), Korean syllables: 람다 동시성"
                .to_string(),
            "람다 동시성",
        ),
        (
            "Browse: one keystroke over 50,000 items (full search), Korean initial consonants: \
             ㄹㄷ ㄷㅅㅅ"
                .to_string(),
            "ㄹㄷ ㄷㅅㅅ",
        ),
        (
            "Browse: one keystroke over 50,000 items (full search), a mixed query: service 42 ㅎㄷ"
                .to_string(),
            "service 42 ㅎㄷ",
        ),
    ] {
        c.bench_function(&named::<M>(&name), |b| {
            b.iter(|| search(black_box(&items), &lib, q, Sort::Relevance, None))
        });
    }
    let prev: Vec<u32> = search(&items, &lib, "servce 42", Sort::Relevance, None)
        .iter()
        .map(|h| h.index)
        .collect();
    c.bench_function(
        &named::<M>("Browse: one more keystroke narrowing the last hits"),
        |b| {
            b.iter(|| {
                search(
                    black_box(&items),
                    &lib,
                    "servce 42 l",
                    Sort::Relevance,
                    Some(&prev),
                )
            })
        },
    );
}

/// Browse over 50,000 synthetic cards: the searches, and what the user waits for from a keystroke
/// to the next frame.
fn browse_50k(c: &mut Criterion) {
    browse_50k_searches(c);
    let (cards, services) = synthetic();
    let lib = Library {
        cards: &cards,
        questions: &[],
        services: &services,
    };
    let items = items_of(&lib);
    // Entering Browse: a row for every item (56 bytes each, the words stay in the cards).
    c.bench_function("Browse: the rows of 50,000 items (entering Browse)", |b| {
        b.iter(|| items_of(black_box(&lib)))
    });
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
}

/// Browse search over every bundled card and question (what a user has), English and Korean.
fn browse_bundled<M: Measurement + 'static>(c: &mut Criterion<M>) {
    let packs = awsdrill::packs::load(
        awsdrill::core::config::Lang::En,
        true,
        &[],
        None,
        awsdrill::pack_cache::Detail::Full,
    )
    .expect("the bundled packs load")
    .packs;
    let cards: CardTable = packs
        .iter()
        .flat_map(|p| {
            p.cards
                .iter()
                .map(|c| (**c).clone())
                .chain(p.generators.iter().map(|g| g.as_card()))
        })
        .collect();
    let questions: Vec<Question> = packs.iter().flat_map(|p| p.questions.clone()).collect();
    let services = packs
        .iter()
        .map(|p| (p.id.clone(), p.services.join(", ")))
        .collect();
    let lib = Library {
        cards: &cards,
        questions: &questions,
        services: &services,
    };
    let items = items_of(&lib);
    for (what, q) in [
        ("English", "lambda timeout"),
        ("Korean syllables", "동시성"),
        ("Korean initial consonants", "ㄷㅅㅅ"),
        ("a mixed query", "lambda ㄷㅅ"),
    ] {
        let name = format!(
            "Browse: one keystroke over the bundled packs ({} items), {what}: {q}",
            items.len()
        );
        c.bench_function(&named::<M>(&name), |b| {
            b.iter(|| search(black_box(&items), &lib, q, Sort::Relevance, None))
        });
    }
}

/// Custom study's count as the prompt recomputes it at each keystroke: the cards of a filter over
/// 50,000 cards with states (a Browse search also builds every Browse row first, as the app does).
fn custom_50k(c: &mut Criterion) {
    use awsdrill::core::browse::{Item, Library, card_item};
    use awsdrill::core::content::{Card, CardBody};
    use awsdrill::core::custom::{Filter, Pool, select};
    let cards: CardTable = (0..50_000)
        .map(|i| {
            let mut card = Card::plain(
                format!("synthetic-{:02}/c{i}", i / 1000),
                CardBody::Basic {
                    front: format!("Synthetic question number {i} about service {}?", i % 97)
                        .into(),
                    back: format!("Answer {i}.").into(),
                },
            );
            card.tags = vec![if i % 5 == 0 { "limits" } else { "other" }.into()];
            card
        })
        .collect();
    let st = states(cards.len());
    let st: Vec<PackedState> = st.iter().map(PackedState::new).collect();
    let refs: Vec<Option<&PackedState>> = st.iter().map(Some).collect();
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
                            refs[i].map(PackedState::get).as_ref(),
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

//! Tests of custom study: reading a filter, what each filter chooses and in which order, and a
//! session's walk through its cards.

use super::*;
use crate::core::browse::{card_item, question_item};
use crate::core::content::{Card, CardBody, Choice};
use crate::core::scheduler::{CardState, Memory, Phase};

/// 2026-11-24 12:00 UTC.
const NOON: i64 = 1_795_521_600_000;
const DAY: i64 = 86_400_000;

fn card(id: &str, domain: Domain, tags: &[&str]) -> Box<Card> {
    let mut c = Card::plain(
        id,
        CardBody::Basic {
            front: format!("front of {id}").into(),
            back: "b".into(),
        },
    );
    c.domain = Some(domain);
    c.tags = tags.iter().map(|&t| t.into()).collect();
    Box::new(c)
}

fn question(id: &str, task: &str, cards: &[&str]) -> Question {
    Question {
        id: id.into(),
        domain: Domain::Development,
        task: task.into(),
        service: "Lambda".into(),
        difficulty: None,
        stem: format!("stem of {id}"),
        choices: vec![
            Choice {
                text: "a".into(),
                correct: true,
                why: "w".into(),
                ko_text: None,
                ko_why: None,
            },
            Choice {
                text: "b".into(),
                correct: false,
                why: "w".into(),
                ko_text: None,
                ko_why: None,
            },
        ],
        choose: 1,
        source: "https://docs.aws.amazon.com/".into(),
        cards: cards.iter().map(|c| c.to_string()).collect(),
        tags: vec![],
        ko_stem: None,
    }
}

/// A card in review, last answered `days_ago` with this stability.
fn review(stability: f32, days_ago: i64) -> CardState {
    let mut s = CardState::new_card();
    s.phase = Phase::Review;
    s.memory = Some(Memory {
        stability,
        difficulty: 5.0,
    });
    s.last_review = Some(NOON - days_ago * DAY);
    s.due = NOON + DAY;
    s
}

struct World {
    cards: crate::core::content::CardTable,
    questions: Vec<Question>,
    states: Vec<Option<CardState>>,
    services: std::collections::HashMap<String, String>,
}

/// Eight cards in two packs; questions of tasks 1.2 and 2.1; one card of each kind of state.
fn world() -> World {
    let cards = vec![
        card("lambda/new", Domain::Development, &["limits"]), // 0: never studied
        card("lambda/strong", Domain::Development, &["Limits"]), // 1: review, strong
        card("lambda/weak", Domain::Development, &[]),        // 2: review, weak
        card("lambda/leech", Domain::Development, &[]),       // 3: leech, suspended
        card("iam/suspended", Domain::Security, &["limits"]), // 4: suspended
        card("iam/buried", Domain::Security, &[]),            // 5: buried until tomorrow
        card("iam/policy", Domain::Security, &[]),            // 6: never studied
        card("lambda/q-own", Domain::Development, &[]),       // 7: a question studied as a card
    ];
    let mut leech = review(1.0, 5);
    leech.leech = true;
    leech.suspended = true;
    let mut suspended = review(3.0, 2);
    suspended.suspended = true;
    let mut buried = review(3.0, 2);
    buried.buried_until = Some(NOON + DAY);
    let states = vec![
        None,
        Some(review(100.0, 1)),
        Some(review(2.0, 10)),
        Some(leech),
        Some(suspended),
        Some(buried),
        None,
        None,
    ];
    let questions = vec![
        question("lambda/q1", "1.2", &["lambda/weak", "lambda/strong"]),
        question("lambda/q-own", "1.2", &[]),
        question("iam/q2", "2.1", &["iam/policy", "iam/suspended"]),
    ];
    let services = [("lambda", "Lambda"), ("iam", "IAM")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    World {
        cards: cards.into_iter().map(|c| *c).collect(),
        questions,
        states,
        services,
    }
}

fn ids(w: &World, filter: &Filter, missed: &[String]) -> Vec<String> {
    let packed: Vec<Option<PackedState>> = w
        .states
        .iter()
        .map(|s| s.as_ref().map(PackedState::from))
        .collect();
    let states: Vec<Option<&PackedState>> = packed.iter().map(Option::as_ref).collect();
    let tomorrow = NOON + DAY;
    let mut items: Vec<browse::Item> = w
        .cards
        .iter()
        .enumerate()
        .map(|(i, c)| {
            card_item(i, c, w.states[i].as_ref(), (NOON, tomorrow), |_, g| {
                format!("generated drill: {}", g.key())
            })
        })
        .collect();
    items.extend(
        w.questions
            .iter()
            .enumerate()
            .filter(|(_, q)| !w.cards.iter().any(|c| c.id == q.id))
            .map(|(i, q)| question_item(i, q, None, NOON, tomorrow)),
    );
    let pool = Pool {
        library: Library {
            cards: &w.cards,
            questions: &w.questions,
            services: &w.services,
        },
        states: &states,
        items: &items,
        missed,
        now: NOON,
        decay: 0.1542,
    };
    select(filter, &pool)
        .into_iter()
        .map(|i| w.cards.id(i).to_string())
        .collect()
}

#[test]
fn filters_read_as_typed() {
    let p = |s: &str| Filter::parse(s);
    assert_eq!(p(" pack:lambda "), Ok(Filter::Pack("lambda".into())));
    assert_eq!(p("domain:security"), Ok(Filter::Domain(Domain::Security)));
    assert_eq!(p("domain:3"), Ok(Filter::Domain(Domain::Deployment)));
    assert_eq!(p("task:1.2"), Ok(Filter::Task("1.2".into())));
    assert_eq!(p("TAG:Limits"), Ok(Filter::Tag("limits".into())));
    assert_eq!(p("leeches"), Ok(Filter::Leeches));
    assert_eq!(p("missed"), Ok(Filter::MissedLastExam));
    assert_eq!(
        p("visibility timeout"),
        Ok(Filter::Search("visibility timeout".into()))
    );
    assert_eq!(
        p("pack:lambda kind:cloze"),
        Ok(Filter::Search("pack:lambda kind:cloze".into())),
        "several words are a Browse search"
    );
    assert_eq!(p("  "), Err(FilterError::Empty));
    assert_eq!(
        p("domain:cooking"),
        Err(FilterError::UnknownDomain("cooking".into()))
    );
    assert_eq!(p("task:9.9"), Err(FilterError::UnknownTask("9.9".into())));
}

#[test]
fn each_filter_chooses_its_cards_and_leaves_out_suspended_and_buried_ones() {
    let w = world();
    let none: &[String] = &[];
    assert_eq!(
        ids(&w, &Filter::Pack("lambda".into()), none),
        vec!["lambda/weak", "lambda/strong", "lambda/new", "lambda/q-own"],
        "the leech is suspended: only the leech filter takes it"
    );
    assert_eq!(
        ids(&w, &Filter::Domain(Domain::Security), none),
        vec!["iam/policy"],
        "suspended and buried cards are left out"
    );
    assert_eq!(
        ids(&w, &Filter::Tag("LIMITS".into()), none),
        vec!["lambda/strong", "lambda/new"]
    );
    assert_eq!(ids(&w, &Filter::Leeches, none), vec!["lambda/leech"]);
    assert_eq!(
        ids(&w, &Filter::Task("1.2".into()), none),
        vec!["lambda/weak", "lambda/strong", "lambda/q-own"],
        "the cards its questions link, and a question studied as a card"
    );
    assert_eq!(
        ids(&w, &Filter::Task("4.1".into()), none),
        Vec::<String>::new()
    );
    let missed = vec!["iam/q2".to_string(), "gone/q9".to_string()];
    assert_eq!(
        ids(&w, &Filter::MissedLastExam, &missed),
        vec!["iam/policy"],
        "a missed question's cards (a suspended one left out; an unknown id ignored)"
    );
    assert_eq!(
        ids(&w, &Filter::MissedInExam(4), none),
        Vec::<String>::new()
    );
    assert_eq!(
        ids(&w, &Filter::Search("pack:iam".into()), none),
        vec!["iam/policy"],
        "a Browse search: the cards it finds and those its questions link"
    );
    assert_eq!(
        ids(&w, &Filter::Search("front of weak".into()), none),
        vec!["lambda/weak"]
    );
    assert_eq!(
        ids(&w, &Filter::Search("kind:question".into()), none),
        vec!["lambda/weak", "lambda/strong", "iam/policy"],
        "questions found bring their cards"
    );
}

#[test]
fn the_least_recalled_cards_come_first_and_new_ones_last() {
    let w = world();
    let order = ids(&w, &Filter::Search(String::new()), &[]);
    assert_eq!(
        order,
        vec![
            "lambda/weak",
            "lambda/strong",
            "lambda/new",
            "iam/policy",
            "lambda/q-own"
        ]
    );
}

#[test]
fn a_session_takes_cards_out_when_recalled_and_repeats_the_missed() {
    let mut s = Session::new(Filter::Leeches, vec![10, 11, 12, 13, 14]);
    assert_eq!(s.current(), Some(10));
    s.answer(Rating::Again, 1_000);
    // Back three cards later.
    assert_eq!(s.queue, VecDeque::from(vec![11, 12, 13, 10, 14]));
    s.answer(Rating::Good, 2_000);
    s.answer(Rating::Hard, 2_000);
    assert_eq!(s.set_aside_current(), Some(13));
    assert_eq!(
        s.counts(),
        Counts {
            cards: 5,
            done: 2,
            left: 2,
            set_aside: 1,
            answers: 3,
            again: 1,
            time_ms: 5_000
        }
    );
    assert_eq!(s.current(), Some(10));
    s.answer(Rating::Again, 1_000);
    assert_eq!(
        s.queue,
        VecDeque::from(vec![14, 10]),
        "at the end when fewer are left"
    );
    // Undo brings back the last answer's card and its numbers.
    assert_eq!(s.undo(), Some(10));
    assert_eq!(s.queue, VecDeque::from(vec![10, 14]));
    assert_eq!(s.counts().again, 1);
    s.answer(Rating::Easy, 1_000);
    s.answer(Rating::Good, 1_000);
    assert!(s.finished());
    let c = s.counts();
    assert_eq!((c.done, c.left, c.answers, c.again), (4, 0, 5, 1));
    while s.can_undo() {
        s.undo();
    }
    assert_eq!(
        s.counts(),
        Counts {
            cards: 5,
            left: 4,
            set_aside: 1,
            ..Counts::default()
        }
    );
    assert_eq!(s.current(), Some(10));
}

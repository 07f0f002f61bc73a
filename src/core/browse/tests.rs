//! Tests of Browse: filters, fuzzy words, Korean text and initial consonants, the letter filter,
//! sliced searches and narrowing.
use super::*;
use crate::core::content::{Card, CardBody, CardTable, CardText};
use std::collections::HashMap;

fn card(id: &str, kind: &str, text: &str) -> Box<Card> {
    let body = match kind {
        "numeric" => CardBody::Numeric {
            front: text.into(),
            answer: 1.0,
            unit: "seconds".into(),
            tolerance: 0.0,
        },
        "cloze" => CardBody::Cloze { text: text.into() },
        _ => CardBody::Basic {
            front: text.into(),
            back: "b".into(),
        },
    };
    let mut c = Card::plain(id, body);
    c.tags = vec!["limits".into()];
    c.domain = Some(Domain::Development);
    Box::new(c)
}

fn services() -> HashMap<String, String> {
    [("lambda", "Lambda"), ("s3", "S3"), ("p", "Lambda")]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn library<'a>(cards: &[Box<Card>], svc: &'a HashMap<String, String>) -> Library<'a> {
    // The study's table of these cards (leaked: a test's library lives as long as the test).
    let cards: &'static CardTable =
        Box::leak(Box::new(cards.iter().map(|c| (**c).clone()).collect()));
    Library {
        cards,
        questions: &[],
        services: svc,
    }
}

/// `n` basic cards "card number i" in pack `p`, and the services map.
#[allow(clippy::vec_box, reason = "the study keeps its cards boxed")]
fn numbered(n: usize) -> (Vec<Box<Card>>, HashMap<String, String>) {
    let cards = (0..n)
        .map(|i| card(&format!("p/c{i}"), "basic", &format!("card number {i}")))
        .collect();
    (cards, services())
}

fn items(cards: &[Box<Card>], states: &[Option<CardState>]) -> Vec<Item> {
    cards
        .iter()
        .enumerate()
        .map(|(i, c)| {
            card_item(
                i,
                CardView::of(c),
                states.get(i).and_then(|s| s.as_ref()),
                (0, 1),
                |_, g| format!("generated drill: {}", g.key()),
            )
        })
        .collect()
}

#[test]
fn filters_and_fuzzy_words_narrow_the_list() {
    let cards = vec![
        card(
            "lambda/timeout",
            "numeric",
            "Longest timeout of a Lambda function?",
        ),
        card("lambda/memory", "cloze", "Memory goes up\nto {{10,240 MB}}"),
        card("s3/size", "numeric", "Largest object size in S3?"),
    ];
    let mut due = CardState::new_card();
    due.phase = Phase::Review;
    let svc = services();
    let lib = library(&cards, &svc);
    let items = items(&cards, &[None, Some(due)]);
    let ids = |q: &str| -> Vec<String> {
        search(&items, &lib, q, Sort::Id, None)
            .iter()
            .map(|h| lib.id(&items[h.at()]).to_string())
            .collect()
    };
    assert_eq!(ids("pack:lambda"), vec!["lambda/memory", "lambda/timeout"]);
    assert_eq!(ids("kind:num tmout"), vec!["lambda/timeout"]);
    assert_eq!(ids("state:due"), vec!["lambda/memory"]);
    assert_eq!(ids("tag:lim domain:dev"), ids(""));
    assert_eq!(ids("service:s3"), vec!["s3/size"]);
    let hit = &search(&items, &lib, "lngst", Sort::Relevance, None)[0];
    assert_eq!(lib.id(&items[hit.at()]), "lambda/timeout");
    assert_eq!(
        shown(&lib, &items[hit.at()], "pack:lambda lngst", Lang::En).positions,
        vec![0, 2, 3, 5, 6],
        "matched characters are found for highlighting"
    );
    assert_eq!(
        lib.text(&items[1]),
        "Memory goes up to {{10,240 MB}}",
        "text from a multi-line string is shown on one line"
    );
    assert_eq!(lib.text(&items[0]), "Longest timeout of a Lambda function?");
    assert!(items[0].lines.is_none(), "one-line text is not copied");
}

#[test]
fn the_letter_filter_never_hides_a_match() {
    assert_eq!(char_mask("aZ9"), 1 | 1 << 25 | 1 << 35);
    assert_eq!(char_mask("é -/"), 0);
    // Every item the matcher accepts passes the filter: compare with and without it.
    assert_eq!(char_mask("ㄹ람다"), 1 << (36 + 5) | 1 << (36 + 3));
    assert_eq!(
        char_mask("ㅏㄳ"),
        0,
        "a vowel and a cluster start no syllable"
    );
    // Every item the matcher accepts passes the filter: compare with and without it.
    const KO: [&str; 5] = ["람다 함수", "동시성 한도", "대기열 ㄹ", "Lambda 계층", ""];
    let cards: Vec<Box<Card>> = (0..300)
        .map(|i| {
            let mut c = card(
                &format!("p/Id{i}"),
                "basic",
                &format!("Über {} Text nº{i} (x{})", i * 7 % 13, i % 5),
            );
            if i % 6 != 5 {
                c.ko = Some(Box::new(CardText {
                    front: Some(format!("{} {}번  x{}", KO[i % 5], i * 7 % 13, i % 3)),
                    ..CardText::default()
                }));
            }
            c
        })
        .collect();
    let svc = services();
    let lib = library(&cards, &svc);
    let items = items(&cards, &[]);
    let matcher = SkimMatcherV2::default().ignore_case();
    for q in [
        "ub 12",
        "TEXT n1",
        "x4",
        "id29",
        "é",
        "über",
        "b 1 3 x2",
        "zz",
        "람다",
        "ㄹㄷ",
        "ㄷㅅㅅ 12",
        "lambda ㄱㅊ",
        "람ㄷ",
        "ㄹ",
        "ㄹ번",
        "ㄷ x2",
        "ㅎㅅ",
        "한 1",
        "ㄲ",
        "ㅏ",
    ] {
        let by_search: Vec<usize> = search(&items, &lib, q, Sort::Id, None)
            .iter()
            .map(|h| h.at())
            .collect();
        let view = View::of(q);
        let mut buf = String::new();
        let mut matches = |t: &str| {
            matcher
                .fuzzy_match(view.read(t, true, &mut buf), q)
                .is_some()
        };
        let mut plain: Vec<usize> = (0..items.len())
            .filter(|&i| {
                matches(lib.text(&items[i]))
                    || lib.ko_text(&items[i]).is_some_and(&mut matches)
                    || matches(lib.id(&items[i]))
            })
            .collect();
        plain.sort_by(|&a, &b| lib.id(&items[a]).cmp(lib.id(&items[b])));
        assert_eq!(by_search, plain, "query {q:?}");
    }
}

#[test]
fn a_search_in_slices_finds_what_one_search_finds() {
    let (cards, svc) = numbered(2500);
    let lib = library(&cards, &svc);
    let items = items(&cards, &[]);
    for sort in [Sort::Relevance, Sort::Id, Sort::Due] {
        let mut s = Search::new(&items, "numb 12", sort, None);
        let mut steps = 0;
        while !s.step(&items, &lib, 1000) {
            steps += 1;
            assert_eq!(s.progress(), (1000 * steps, 2500));
        }
        assert_eq!((steps, s.progress()), (2, (2500, 2500)));
        assert_eq!(
            s.finish(&items, &lib),
            search(&items, &lib, "numb 12", sort, None)
        );
    }
}

#[test]
fn narrowing_reuses_the_last_hits() {
    assert!(narrows("lam", "lamb"));
    assert!(!narrows("lamb", "lam"));
    assert!(!narrows("", "x"));
    assert!(!narrows("pack", "pack:"));
    let (cards, svc) = numbered(1000);
    let lib = library(&cards, &svc);
    let items = items(&cards, &[]);
    let first = search(&items, &lib, "number 1", Sort::Relevance, None);
    let prev: Vec<u32> = first.iter().map(|h| h.index).collect();
    let narrowed = search(&items, &lib, "number 12", Sort::Relevance, Some(&prev));
    assert_eq!(
        narrowed,
        search(&items, &lib, "number 12", Sort::Relevance, None)
    );
}

#[test]
fn a_large_search_split_over_threads_finds_what_one_slice_at_a_time_finds() {
    // Over 2,048 candidates a slice is split over the cores: by runs of all the items, or by
    // parts of the earlier hits when the query narrows them.
    let (cards, svc) = numbered(6000);
    let lib = library(&cards, &svc);
    let items = items(&cards, &[]);
    let one_by_one = |q: &str, within: Option<Vec<u32>>| {
        let mut s = Search::new(&items, q, Sort::Relevance, within);
        while !s.step(&items, &lib, 1) {}
        s.finish(&items, &lib)
    };
    let first = search(&items, &lib, "number", Sort::Relevance, None);
    assert_eq!(first, one_by_one("number", None));
    assert!(first.len() > 2_048, "the narrowing below is split too");
    let prev: Vec<u32> = first.iter().map(|h| h.index).collect();
    let narrowed = search(&items, &lib, "number 4", Sort::Relevance, Some(&prev));
    assert_eq!(narrowed, one_by_one("number 4", Some(prev)));
    assert_eq!(
        narrowed,
        search(&items, &lib, "number 4", Sort::Relevance, None)
    );
}

#[test]
fn a_hit_stays_small() {
    // Two lists of hits live at once while a search narrows the last one: 8 bytes a hit.
    assert_eq!(std::mem::size_of::<Hit>(), 8);
}

/// Cards about Lambda with Korean text, and one about SQS whose English does not say Lambda.
#[allow(clippy::vec_box, reason = "the study keeps its cards boxed")]
fn korean_cards() -> Vec<Box<Card>> {
    [
        (
            "lambda/concurrency",
            "How many concurrent executions does a Lambda function get by default?",
            "Lambda 함수의 기본 동시성 할당량은?",
        ),
        (
            "lambda/timeout",
            "Longest timeout of a Lambda function?",
            "Lambda 함수의 최대 제한 시간은?",
        ),
        (
            "lambda/layers",
            "How many layers can a Lambda function use?",
            "람다 함수가 쓸 수 있는 계층의 수는?",
        ),
        (
            "sqs/visibility",
            "How long should an SQS queue hide a message from other consumers?",
            "Lambda가 읽는 SQS 대기열의 표시 제한 시간은?",
        ),
        ("s3/size", "Largest object size in S3?", ""),
    ]
    .into_iter()
    .map(|(id, en, ko)| {
        let mut c = card(id, "basic", en);
        if !ko.is_empty() {
            c.ko = Some(Box::new(CardText {
                front: Some(ko.into()),
                ..CardText::default()
            }));
        }
        c
    })
    .collect()
}

#[test]
fn korean_text_is_searched_by_syllables_and_by_initial_consonants() {
    let cards = korean_cards();
    let svc = services();
    let lib = library(&cards, &svc);
    let items = items(&cards, &[]);
    let ids = |q: &str| -> Vec<&str> {
        search(&items, &lib, q, Sort::Id, None)
            .iter()
            .map(|h| lib.id(&items[h.at()]))
            .collect()
    };
    // A Korean substring, as written.
    assert_eq!(ids("동시성"), vec!["lambda/concurrency"]);
    assert_eq!(ids("제한 시간"), vec!["lambda/timeout", "sqs/visibility"]);
    assert_eq!(ids("람다"), vec!["lambda/layers"]);
    assert_eq!(
        ids("동시상"),
        Vec::<&str>::new(),
        "a full syllable matches only itself"
    );
    // Initial consonants: ㄹㄷ finds 람다, ㄷㅅㅅ 동시성 first (and, fuzzily as English words
    // are matched, other texts with those initials in that order), ㅈㅎ ㅅㄱ 제한 시간.
    assert_eq!(ids("ㄹㄷ"), vec!["lambda/layers"]);
    let best = |q: &str| lib.id(&items[search(&items, &lib, q, Sort::Relevance, None)[0].at()]);
    assert_eq!(best("ㄷㅅㅅ"), "lambda/concurrency");
    assert_eq!(
        ids("ㄷㅅㅅ"),
        vec!["lambda/concurrency", "lambda/layers", "sqs/visibility"]
    );
    assert_eq!(ids("ㅈㅎ ㅅㄱ"), vec!["lambda/timeout", "sqs/visibility"]);
    assert_eq!(ids("ㄸ"), Vec::<&str>::new(), "ㄸ is not ㄷ");
    // Consonants and syllables in one word, as an input method shows 람다 half typed.
    assert_eq!(ids("람ㄷ"), vec!["lambda/layers"]);
    assert_eq!(ids("ㄱㅊ의 수"), vec!["lambda/layers"]);
    // Mixed English and Korean: the Korean text keeps AWS names in English.
    assert_eq!(ids("lambda 동시성"), vec!["lambda/concurrency"]);
    assert_eq!(best("lambda ㄷㅅㅅ"), "lambda/concurrency");
    assert_eq!(ids("sqs ㄷㄱㅇ"), vec!["sqs/visibility"]);
    // Filters still apply.
    assert_eq!(ids("pack:sqs ㅈㅎ"), vec!["sqs/visibility"]);
    // Both versions of an item are searched: `lambda` is only in sqs/visibility's Korean text.
    assert_eq!(
        ids("lambda"),
        vec![
            "lambda/concurrency",
            "lambda/layers",
            "lambda/timeout",
            "sqs/visibility"
        ]
    );
}

#[test]
fn english_queries_rank_as_before_korean_was_searched() {
    let cards = korean_cards();
    let english: Vec<Box<Card>> = cards
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.ko = None;
            c
        })
        .collect();
    let svc = services();
    let (lib, en_lib) = (library(&cards, &svc), library(&english, &svc));
    let (items, en_items) = (items(&cards, &[]), items(&english, &[]));
    for q in ["lambda", "function", "lmbd fn", "timeout", "s3", "layers"] {
        let before = search(&en_items, &en_lib, q, Sort::Relevance, None);
        let now: Vec<Hit> = search(&items, &lib, q, Sort::Relevance, None)
            .into_iter()
            .filter(|h| before.iter().any(|b| b.index == h.index))
            .collect();
        assert_eq!(
            now, before,
            "query {q:?}: same items, same scores, same order"
        );
    }
    // sqs/visibility matches `lambda` only in Korean; it ranks by that match.
    let hits = search(&items, &lib, "lambda", Sort::Relevance, None);
    let sqs = hits.iter().find(|h| h.index == 3).expect("found in Korean");
    let matcher = SkimMatcherV2::default().ignore_case();
    assert_eq!(
        Some(i64::from(sqs.score)),
        matcher.fuzzy_match("Lambda가 읽는 SQS 대기열의 표시 제한 시간은?", "lambda")
    );
}

#[test]
fn a_row_shows_the_text_its_query_matched_in_the_content_language_first() {
    let cards = korean_cards();
    let svc = services();
    let lib = library(&cards, &svc);
    let items = items(&cards, &[]);
    let row = |i: usize, q: &str, lang: Lang| {
        let s = shown(&lib, &items[i], q, lang);
        (s.lang, s.text, s.positions)
    };
    let ko = "람다 함수가 쓸 수 있는 계층의 수는?";
    // Korean words match only the Korean text, whatever the content language.
    assert_eq!(row(2, "람다", Lang::En), (Lang::Ko, ko, vec![0, 1]));
    assert_eq!(
        row(2, "ㄹㄷ ㅎㅅ", Lang::En),
        (Lang::Ko, ko, vec![0, 1, 2, 3, 4])
    );
    assert_eq!(row(2, "람ㄷ", Lang::Ko), (Lang::Ko, ko, vec![0, 1]));
    assert_eq!(row(2, "ㄱㅊ의", Lang::Ko).2, vec![14, 15, 16]);
    // English words: the content language's text when it matches too, else the one that does.
    let en = "Longest timeout of a Lambda function?";
    assert_eq!(
        row(1, "lambda", Lang::En),
        (Lang::En, en, vec![21, 22, 23, 24, 25, 26])
    );
    let ko = "Lambda 함수의 최대 제한 시간은?";
    assert_eq!(
        row(1, "lambda", Lang::Ko),
        (Lang::Ko, ko, vec![0, 1, 2, 3, 4, 5])
    );
    assert_eq!(row(1, "timeout", Lang::Ko).0, Lang::En);
    // No words, or only the id matched: the content language, nothing highlighted.
    assert_eq!(row(1, "", Lang::Ko), (Lang::Ko, ko, vec![]));
    assert_eq!(row(1, "pack:lambda", Lang::En), (Lang::En, en, vec![]));
    assert_eq!(row(1, "lambda/tim", Lang::Ko), (Lang::Ko, ko, vec![]));
    // Without Korean the English text is shown.
    assert_eq!(row(4, "", Lang::Ko).0, Lang::En);
    assert_eq!(row(4, "ㄹ", Lang::Ko).0, Lang::En);
}

#[test]
fn a_row_stays_small() {
    assert!(
        std::mem::size_of::<Item>() <= 56,
        "{} bytes",
        std::mem::size_of::<Item>()
    );
    // Korean text on one line is not copied; text over several lines is, once.
    let mut c = card("p/c", "basic", "One line.");
    let mut items_of = |ko: &str| {
        c.ko = Some(Box::new(CardText {
            front: Some(ko.into()),
            ..CardText::default()
        }));
        card_item(0, CardView::of(&c), None, (0, 1), |_, _| String::new())
    };
    assert!(items_of("한 줄.").lines.is_none());
    let two = items_of("두\n줄.");
    assert_eq!(
        two.lines.as_deref(),
        Some(&Lines {
            en: None,
            ko: Some("두 줄.".into())
        })
    );
}

#[test]
fn a_row_s_kind_is_its_card_s_or_question() {
    for kind in ["basic", "cloze", "numeric"] {
        let c = card("p/c", kind, "Text {{x}}.");
        assert_eq!(
            card_item(0, CardView::of(&c), None, (0, 1), |_, _| String::new()).kind(),
            kind
        );
    }
    let g = Card::plain(
        "p/g",
        CardBody::Generated {
            generator: crate::core::calc::drills::GeneratorKind::ALL[0].1,
        },
    );
    let row = card_item(0, CardView::of(&g), None, (0, 1), |_, _| {
        String::from("drill")
    });
    assert_eq!(row.kind(), "generated");
    let q = question("p/q");
    assert_eq!(question_item(0, &q, None, 0, 1).kind(), "question");
}

/// Aliases as the Korean Browse shows its columns (the edge gives them from the catalog).
fn korean_aliases() -> Aliases {
    Aliases {
        filters: vec![
            ("팩".into(), Filter::Pack),
            ("종류".into(), Filter::Kind),
            ("상태".into(), Filter::State),
            ("태그".into(), Filter::Tag),
        ],
        kinds: vec![
            ("기본".into(), "basic"),
            ("빈칸".into(), "cloze"),
            ("숫자".into(), "numeric"),
            ("문제".into(), "question"),
        ],
        states: vec![
            ("새 카드".into(), ItemState::New),
            ("학습 중".into(), ItemState::Learning),
            ("오늘 학습".into(), ItemState::Due),
            ("일시 중지".into(), ItemState::Suspended),
            ("Two words".into(), ItemState::Review),
            ("Two more".into(), ItemState::Leech),
        ],
    }
}

#[test]
fn korean_filter_names_and_values_read_as_the_english_ones() {
    let a = korean_aliases();
    let c = |q: &str| canonical(q, &a);
    assert_eq!(c("종류:문제"), "kind:question");
    assert_eq!(c("상태:새"), "state:new");
    assert_eq!(
        c("상태:새카드 람다"),
        "state:new 람다",
        "spaces of a label may be left out"
    );
    assert_eq!(
        c("상태:새 카드"),
        "state:new 카드",
        "a space ends the filter"
    );
    // Either language's names, in either place.
    assert_eq!(c("state:학습"), "state:learning");
    assert_eq!(c("상태:due"), "state:due");
    assert_eq!(c("팩:lambda 태그:limits"), "pack:lambda tag:limits");
    assert_eq!(c("kind:q state:new"), "kind:q state:new");
    // A start several labels share becomes the start their keys share.
    assert_eq!(c("상태:two"), "state:");
    // What no alias names stays as typed.
    assert_eq!(c("상태:모름"), "state:모름");
    assert_eq!(c("분류:x arn:aws:s3"), "분류:x arn:aws:s3");
    assert_eq!(c("상태:"), "state:");
    assert_eq!(c(""), "");
}

#[test]
fn a_korean_query_filters_as_the_english_one() {
    let mut due = CardState::new_card();
    due.phase = Phase::Review;
    let cards = vec![
        card(
            "lambda/timeout",
            "numeric",
            "Longest timeout of a Lambda function?",
        ),
        card("lambda/memory", "cloze", "Memory goes up\nto {{10,240 MB}}"),
    ];
    let svc = services();
    let lib = library(&cards, &svc);
    let items = items(&cards, &[None, Some(due)]);
    let a = korean_aliases();
    let ids = |q: &str| -> Vec<String> {
        search(&items, &lib, &canonical(q, &a), Sort::Id, None)
            .iter()
            .map(|h| lib.id(&items[h.at()]).to_string())
            .collect()
    };
    assert_eq!(ids("종류:숫자"), ids("kind:numeric"));
    assert_eq!(ids("종류:숫자"), vec!["lambda/timeout"]);
    assert_eq!(ids("상태:새"), vec!["lambda/timeout"]);
    assert_eq!(ids("상태:오늘"), ids("state:due"));
}

fn question(id: &str) -> crate::core::content::Question {
    crate::core::content::Question::bare(id)
}

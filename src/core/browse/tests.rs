//! Tests of Browse: filters, fuzzy words, the letter filter, sliced searches and narrowing.
use super::*;
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

fn library<'a>(cards: &'a [Box<Card>], svc: &'a HashMap<String, String>) -> Library<'a> {
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
            card_item(i, c, states.get(i).and_then(|s| s.as_ref()), (0, 1), |g| {
                format!("generated drill: {}", g.key())
            })
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
            .map(|h| lib.id(&items[h.index]).to_string())
            .collect()
    };
    assert_eq!(ids("pack:lambda"), vec!["lambda/memory", "lambda/timeout"]);
    assert_eq!(ids("kind:num tmout"), vec!["lambda/timeout"]);
    assert_eq!(ids("state:due"), vec!["lambda/memory"]);
    assert_eq!(ids("tag:lim domain:dev"), ids(""));
    assert_eq!(ids("service:s3"), vec!["s3/size"]);
    let hit = &search(&items, &lib, "lngst", Sort::Relevance, None)[0];
    assert_eq!(lib.id(&items[hit.index]), "lambda/timeout");
    assert_eq!(
        matched_positions(&lib, &items[hit.index], "pack:lambda lngst"),
        vec![0, 2, 3, 5, 6],
        "matched characters are found for highlighting"
    );
    assert_eq!(
        lib.text(&items[1]),
        "Memory goes up to {{10,240 MB}}",
        "text from a multi-line string is shown on one line"
    );
    assert_eq!(lib.text(&items[0]), "Longest timeout of a Lambda function?");
    assert!(items[0].line.is_none(), "one-line text is not copied");
}

#[test]
fn the_letter_filter_never_hides_a_match() {
    assert_eq!(char_mask("aZ9"), 1 | 1 << 25 | 1 << 35);
    assert_eq!(char_mask("é -/"), 0);
    // Every item the matcher accepts passes the filter: compare with and without it.
    let cards: Vec<Box<Card>> = (0..300)
        .map(|i| {
            card(
                &format!("p/Id{i}"),
                "basic",
                &format!("Über {} Text nº{i} (x{})", i * 7 % 13, i % 5),
            )
        })
        .collect();
    let svc = services();
    let lib = library(&cards, &svc);
    let items = items(&cards, &[]);
    let matcher = SkimMatcherV2::default().ignore_case();
    for q in [
        "ub 12", "TEXT n1", "x4", "id29", "é", "über", "b 1 3 x2", "zz",
    ] {
        let by_search: Vec<usize> = search(&items, &lib, q, Sort::Id, None)
            .iter()
            .map(|h| h.index)
            .collect();
        let mut plain: Vec<usize> = (0..items.len())
            .filter(|&i| {
                matcher.fuzzy_match(lib.text(&items[i]), q).is_some()
                    || matcher.fuzzy_match(lib.id(&items[i]), q).is_some()
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
    let prev: Vec<usize> = first.iter().map(|h| h.index).collect();
    let narrowed = search(&items, &lib, "number 12", Sort::Relevance, Some(&prev));
    assert_eq!(
        narrowed,
        search(&items, &lib, "number 12", Sort::Relevance, None)
    );
}

//! The study session over the bundled packs: the order new cards come in.

use super::Deck;
use super::testing::{bundled_packs, study};
use crate::core::content::BodyView;
use crate::core::scheduler::queue::GENERATED_EVERY;
use crate::store::Store;

/// 2026-11-24 12:00 UTC.
const NOON: i64 = 1_795_521_600_000;

#[test]
fn generated_exercises_come_in_among_the_first_new_cards() {
    let s = study(Store::open_in_memory().unwrap(), bundled_packs());
    let generated = s
        .cards()
        .iter()
        .filter(|c| matches!(c.body, BodyView::Generated { .. }))
        .count();
    assert!(generated >= 2, "the bundled packs declare generators");
    let (order, counts) = s.queue(NOON).unwrap();
    assert_eq!(counts.new, 20);
    let kinds: Vec<bool> = order.iter().map(|&i| s.cards().is_generated(i)).collect();
    assert_eq!(
        kinds.iter().filter(|&&g| g).count(),
        20 / GENERATED_EVERY,
        "two of the first day's 20 new cards are generated exercises"
    );
    // Not bunched at the end: one in each run of ten.
    assert!(kinds[..10].contains(&true) && kinds[10..].contains(&true));
}

/// Every state of `rows`, as the session has it by id.
fn states_by_id(s: &super::Study, rows: &crate::store::StateRows) -> Vec<Option<u32>> {
    rows.iter()
        .map(|(id, _)| s.state(id).map(|st| st.reps))
        .collect()
}

/// A session started from the rosters of `packs` (what `Detail::Ids` gives: the packs without
/// cards or questions, and their rosters), the whole deck coming from `load`.
fn from_rosters(
    store: Store,
    rows: crate::store::StateRows,
    packs: &[crate::core::content::Pack],
    load: super::LoadDeck,
) -> super::Study {
    let rosters = packs
        .iter()
        .map(|p| crate::core::content::Roster::of(p).unwrap())
        .collect();
    let bare = packs
        .iter()
        .map(|p| {
            let mut p = p.clone();
            p.cards = Vec::new();
            p.questions = Vec::new();
            p
        })
        .collect();
    super::Study::from_roster(
        store,
        rows,
        bare,
        rosters,
        crate::core::config::Config::default(),
        Box::new(crate::core::scheduler::StudyDays::new(chrono::Utc, 4)),
        1,
        load,
    )
    .unwrap()
}

#[test]
fn the_whole_deck_loaded_after_the_first_frame_keeps_every_state_where_it_belongs() {
    use crate::core::scheduler::{CardState, StudyDays};
    use crate::store::StateRows;
    let packs = bundled_packs();
    let question = packs
        .iter()
        .flat_map(|p| &p.questions)
        .next()
        .expect("a bundled question")
        .id
        .clone();
    let mut rows = StateRows::default();
    let mut reps = 0;
    let mut state = |rows: &mut StateRows, id: &str| {
        reps += 1;
        let mut st = CardState::new_card();
        st.reps = reps;
        rows.push(id, st);
    };
    for c in packs.iter().flat_map(|p| &p.cards).step_by(7) {
        state(&mut rows, &c.id);
    }
    state(&mut rows, "gone/removed-card");
    // Three decks after the rosters: the same packs (the states stay where they are), the packs
    // in another order (placed again by id), and none (the packs are gone meanwhile).
    for (case, missed) in [(0, false), (1, false), (2, false), (0, true), (1, true)] {
        let mut rows = rows.clone();
        if missed {
            // A missed exam question studied as a card: the deck's cards end with it.
            state(&mut rows, &question);
        }
        let whole = super::Study::from_deck(
            Store::open_in_memory().unwrap(),
            rows.clone(),
            Deck::new(packs.clone()),
            crate::core::config::Config::default(),
            Box::new(StudyDays::new(chrono::Utc, 4)),
            1,
        )
        .unwrap();
        let before = states_by_id(&whole, &rows);
        assert!(before.iter().all(Option::is_some));
        let full = packs.clone();
        let mut s = from_rosters(
            Store::open_in_memory().unwrap(),
            rows.clone(),
            &packs,
            Box::new(move || match case {
                0 => Ok(Deck::new(full)),
                1 => Ok(Deck::new(full.into_iter().rev().collect())),
                _ => Err(anyhow::anyhow!("the packs are gone")),
            }),
        );
        assert_eq!(s.needs_questions_now().unwrap(), missed);
        assert_eq!(s.load_text().is_ok(), case != 2, "case {case}");
        assert_eq!(
            states_by_id(&s, &rows),
            before,
            "case {case}, missed {missed}"
        );
        if case != 2 {
            assert_eq!(
                s.cards().len(),
                packs.iter().map(|p| p.cards.len()).sum::<usize>()
                    + packs.iter().map(|p| p.generators.len()).sum::<usize>()
                    + usize::from(missed)
            );
            let some_text = s
                .cards()
                .iter()
                .any(|c| matches!(c.body, BodyView::Basic { front, .. } if !front.is_empty()));
            assert!(some_text, "the whole deck has the cards' text");
            assert!(
                s.orphan_notice().is_some(),
                "the removed card's state is kept"
            );
            assert_eq!(s.has_card(&question), missed);
            assert!(!s.needs_questions_now().unwrap(), "loaded");
        }
    }
}

#[test]
fn a_start_from_the_rosters_loads_the_deck_first_when_an_exam_waits() {
    use crate::core::scheduler::CardState;
    use crate::store::StateRows;
    let packs = bundled_packs();
    let load = |packs: &[crate::core::content::Pack]| -> super::LoadDeck {
        let full = packs.to_vec();
        Box::new(move || Ok(Deck::new(full)))
    };
    let mut rows = StateRows::default();
    rows.push(&packs[0].cards[0].id, CardState::new_card());
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.sqlite3");
    let s = from_rosters(
        Store::open(&path).unwrap(),
        rows.clone(),
        &packs,
        load(&packs),
    );
    assert!(!s.needs_questions_now().unwrap());
    drop(s);
    // An unfinished exam.
    let mut full = super::testing::study(Store::open(&path).unwrap(), packs.clone());
    full.start_exam(crate::exam_run::Mode::Full, 7, NOON)
        .unwrap();
    drop(full);
    let mut s = from_rosters(Store::open(&path).unwrap(), rows, &packs, load(&packs));
    assert!(s.needs_questions_now().unwrap());
    s.load_text().unwrap();
    assert!(!s.needs_questions_now().unwrap(), "loaded");
}

#[test]
fn a_start_from_the_rosters_keeps_every_state_when_the_text_comes_or_not() {
    use crate::core::content::Roster;
    use crate::core::scheduler::{CardState, StudyDays};
    use crate::store::StateRows;
    let packs = bundled_packs();
    let question = packs.iter().flat_map(|p| &p.questions).next().unwrap();
    let mut rows = StateRows::default();
    for (i, c) in packs.iter().flat_map(|p| &p.cards).step_by(5).enumerate() {
        let mut st = CardState::new_card();
        st.reps = i as u32 + 1;
        rows.push(&c.id, st);
    }
    rows.push("gone/removed-card", CardState::new_card());
    let whole = super::Study::from_deck(
        Store::open_in_memory().unwrap(),
        rows.clone(),
        Deck::new(packs.clone()),
        crate::core::config::Config::default(),
        Box::new(StudyDays::new(chrono::Utc, 4)),
        1,
    )
    .unwrap();
    // What `Detail::Ids` gives: the packs without cards or questions, and their rosters.
    let rosters: Vec<Roster> = packs.iter().map(|p| Roster::of(p).unwrap()).collect();
    let bare: Vec<_> = packs
        .iter()
        .map(|p| {
            let mut p = p.clone();
            p.cards = Vec::new();
            p.questions = Vec::new();
            p
        })
        .collect();
    for gone in [false, true] {
        let full = packs.clone();
        let mut s = super::Study::from_roster(
            Store::open_in_memory().unwrap(),
            rows.clone(),
            bare.clone(),
            rosters.clone(),
            crate::core::config::Config::default(),
            Box::new(StudyDays::new(chrono::Utc, 4)),
            1,
            Box::new(move || match gone {
                false => Ok(Deck::new(full)),
                true => Err(anyhow::anyhow!("the packs are gone")),
            }),
        )
        .unwrap();
        assert_eq!(s.counts(NOON).unwrap(), whole.counts(NOON).unwrap());
        assert_eq!(s.orphan_notice(), whole.orphan_notice());
        assert!(!s.needs_questions_now().unwrap());
        assert_eq!(s.load_text().is_err(), gone);
        if gone {
            assert!(s.cards().is_empty());
            let notice = s.orphan_notice().unwrap();
            assert!(
                notice.starts_with(&format!("{} studied item(s)", rows.len())),
                "{notice}"
            );
        } else {
            assert_eq!(s.counts(NOON).unwrap(), whole.counts(NOON).unwrap());
            assert_eq!(s.orphan_notice(), whole.orphan_notice());
        }
        assert_eq!(states_by_id(&s, &rows), states_by_id(&whole, &rows));
    }
    // A missed question studied as a card needs the whole deck first.
    let mut missed = rows.clone();
    missed.push(&question.id, CardState::new_card());
    let s = super::Study::from_roster(
        Store::open_in_memory().unwrap(),
        missed,
        bare,
        rosters,
        crate::core::config::Config::default(),
        Box::new(StudyDays::new(chrono::Utc, 4)),
        1,
        Box::new(move || Ok(Deck::new(packs))),
    )
    .unwrap();
    assert!(s.needs_questions_now().unwrap());
}

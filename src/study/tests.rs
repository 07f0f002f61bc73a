//! The study session over the bundled packs: the order new cards come in.

use super::testing::{bundled_packs, study};
use crate::core::content::CardBody;
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
        .filter(|c| matches!(c.body, CardBody::Generated { .. }))
        .count();
    assert!(generated >= 2, "the bundled packs declare generators");
    let (order, counts) = s.queue(NOON).unwrap();
    assert_eq!(counts.new, 20);
    let kinds: Vec<bool> = order
        .iter()
        .map(|&i| matches!(s.cards()[i].body, CardBody::Generated { .. }))
        .collect();
    assert_eq!(
        kinds.iter().filter(|&&g| g).count(),
        20 / GENERATED_EVERY,
        "two of the first day's 20 new cards are generated exercises"
    );
    // Not bunched at the end: one in each run of ten.
    assert!(kinds[..10].contains(&true) && kinds[10..].contains(&true));
}

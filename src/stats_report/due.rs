//! The numbers of `awsdrill due`: what is due now and later today, per pack and in total, with the
//! counts Home and the drill show (`Study::counts`).

use crate::core::config::Config;
use crate::core::config::Lang;
use crate::core::scheduler::Calendar;
use crate::core::scheduler::Phase;
use crate::core::scheduler::packed::StateRead;
use crate::core::scheduler::queue::Limits;
use crate::core::scheduler::queue::{self, DueCounts};
use crate::core::stats::StateCounts;
use crate::i18n::tr;
use crate::store::Store;
use crate::study::{DueDeck, DueView, Study, counts_of, limits_at, pack_of, scheduler_for};
use rustc_hash::FxHashMap;
use serde::Serialize;
use std::collections::BTreeMap;

/// One pack's due counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PackDue {
    /// The pack id.
    pub pack: String,
    /// Its due counts.
    #[serde(flatten)]
    pub due: DueCounts,
}

/// Everything `awsdrill due` prints.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DueReport {
    /// Due now and later today, in all (`Counts::due`, as Home and the drill show it).
    pub total: DueCounts,
    /// Answers given today (`Counts::answers_today`).
    pub answers_today: u32,
    /// Cards by state (`Counts::cards`): studied, not yet studied, in steps, generated.
    pub cards: StateCounts,
    /// Each loaded pack, by id.
    pub packs: Vec<PackDue>,
}

/// Computes the report at `now` from a study session.
pub fn report(study: &Study, now: i64) -> anyhow::Result<DueReport> {
    let limits = study.limits(now)?;
    let answers_all = study.store().summary()?.reviews.max(0) as u64;
    Ok(report_of(
        &study.due_view(),
        &limits,
        answers_all,
        study.calendar(),
        study.scheduler().decay(),
        now,
    ))
}

/// Computes the report at `now` without cards (what `awsdrill due` does): the same numbers as
/// `report` on a session over the same packs and store.
pub fn report_without_cards(
    deck: &DueDeck,
    store: &Store,
    config: &Config,
    cal: &dyn Calendar,
    now: i64,
) -> anyhow::Result<DueReport> {
    let limits = limits_at(store, config, cal, now, |id| deck.group_of(id))?;
    let answers_all = store.summary()?.reviews.max(0) as u64;
    let decay = scheduler_for(store, config)?.decay();
    Ok(report_of(
        &deck.view(),
        &limits,
        answers_all,
        cal,
        decay,
        now,
    ))
}

/// The one computation of the report: today's queue and the counts (`counts_of`), and each
/// pack's share of the queue.
pub fn report_of(
    view: &DueView,
    limits: &Limits,
    answers_all: u64,
    cal: &dyn Calendar,
    decay: f32,
    now: i64,
) -> DueReport {
    let (order, counts) = counts_of(view, limits, answers_all, cal, decay, now);
    let tomorrow = cal.day_start(cal.day(now) + 1);
    // Every loaded pack is listed. Cards are looked at by position; only the few that count
    // are followed to their id.
    let mut packs: FxHashMap<&str, DueCounts> = view
        .pack_ids
        .iter()
        .map(|&p| (p, DueCounts::default()))
        .collect();
    for (i, c) in view.cards.iter().enumerate() {
        if queue::today(c.state, now, tomorrow) == queue::Today::LearningLater {
            packs
                .entry(pack_of(view.ids[i]))
                .or_default()
                .learning_later_today += 1;
        }
    }
    for &i in &order {
        let d = packs.entry(pack_of(view.ids[i])).or_default();
        match view.cards[i].state.map(StateRead::phase) {
            None | Some(Phase::New) => d.new += 1,
            Some(Phase::Review) => d.review += 1,
            Some(Phase::Learning | Phase::Relearning) => d.learning += 1,
        }
    }
    let packs: BTreeMap<&str, DueCounts> = packs.into_iter().collect();
    DueReport {
        total: counts.due,
        answers_today: counts.answers_today,
        cards: counts.cards,
        packs: packs
            .into_iter()
            .map(|(pack, due)| PackDue {
                pack: pack.to_string(),
                due,
            })
            .collect(),
    }
}

/// The report as `awsdrill due` prints it in `lang`, one line each.
pub fn text(lang: Lang, r: &DueReport) -> Vec<String> {
    use super::text::{pad, right};
    let t = r.total;
    let mut out = vec![
        tr!(
            lang,
            "stats-due-text-now",
            now = t.now(),
            learning = t.learning,
            review = t.review,
            new = t.new,
            later = t.learning_later_today
        ),
        tr!(
            lang,
            "stats-due-text-today",
            today = r.answers_today,
            studied = r.cards.studied,
            new = r.cards.new,
            steps = r.cards.in_steps()
        ),
        String::new(),
        format!(
            "{} {} {} {} {}",
            pad(&tr!(lang, "stats-due-col-pack"), 20),
            right(&tr!(lang, "stats-due-col-learning"), 8),
            right(&tr!(lang, "stats-due-col-review"), 8),
            right(&tr!(lang, "stats-due-col-new"), 8),
            right(&tr!(lang, "stats-due-col-later"), 12)
        ),
    ];
    for p in &r.packs {
        out.push(format!(
            "{:<20} {:>8} {:>8} {:>8} {:>12}",
            p.pack, p.due.learning, p.due.review, p.due.new, p.due.learning_later_today
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::{Pack, Roster, parse_pack_with};
    use crate::core::scheduler::{CardState, Memory, Rating, StudyDays};
    use crate::pack_cache::{Detail, Key, PackCache};
    use rand::rngs::StdRng;
    use rand::{RngExt, SeedableRng};

    const NOON: i64 = 1_795_521_600_000;
    const HOUR: i64 = 3_600_000;
    const DAY: i64 = 24 * HOUR;

    /// A pack of `n` cards, some of them siblings (groups of up to three).
    fn pack_text(id: &str, n: usize, rng: &mut StdRng) -> String {
        let mut s = format!(
            "[pack]\nid = \"{id}\"\ntitle = \"T {id}\"\nservices = [\"S\"]\nschema = 1\nchecked = 2026-11-24\n"
        );
        for i in 0..n {
            s.push_str(&format!(
                "\n[[card]]\nid = \"c{i}\"\nkind = \"cloze\"\ntext = \"Fact {id} {i} is {{{{{i} units}}}}.\"\nsource = \"https://docs.aws.amazon.com/x/{i}.html\"\n"
            ));
            if rng.random_range(0..3) == 0 {
                s.push_str(&format!("group = \"g{}\"\n", i / 3));
            }
            if let Some(d) = ["development", "security", "deployment", "troubleshooting"]
                .get(rng.random_range(0..6))
            {
                s.push_str(&format!("domain = \"{d}\"\n"));
            }
        }
        s
    }

    fn random_state(rng: &mut StdRng) -> CardState {
        let mut s = CardState::new_card();
        s.phase = match rng.random_range(0..5) {
            0 => Phase::New,
            1 => Phase::Learning,
            2 => Phase::Relearning,
            _ => Phase::Review,
        };
        if s.phase != Phase::New {
            s.memory = Some(Memory {
                stability: rng.random_range(0.5..40.0),
                difficulty: rng.random_range(1.0..10.0),
            });
            s.reps = rng.random_range(1..20);
            s.last_review = Some(NOON - rng.random_range(1..30) * DAY);
        }
        s.due = match s.phase {
            Phase::Learning | Phase::Relearning => NOON + rng.random_range(-3..20) * HOUR,
            _ => NOON + rng.random_range(-5..5) * DAY,
        };
        s.suspended = rng.random_range(0..10) == 0;
        if rng.random_range(0..10) == 0 {
            s.buried_until = Some(NOON + rng.random_range(-1..2) * DAY);
        }
        s
    }

    /// The packs as `awsdrill due` loads them: through the pack cache, ids only.
    fn ids_only(packs: &[(String, String)], dir: &std::path::Path) -> (Vec<Pack>, Vec<Roster>) {
        let cache = PackCache::new(dir);
        let (mut out, mut rosters) = (Vec::new(), Vec::new());
        for (name, text) in packs {
            let key = Key::bundled(name, text);
            let report = parse_pack_with(name, text.as_bytes(), false);
            assert!(report.findings.is_empty(), "{:?}", report.findings);
            cache.put(&key, &report);
            let hit = cache.get(&key, Detail::Ids).expect("a hit");
            out.push(hit.pack.unwrap());
            rosters.push(hit.roster.unwrap());
        }
        (out, rosters)
    }

    #[test]
    fn the_counts_without_cards_are_the_full_queue_s_on_random_stores() {
        let bundled: Vec<(String, String)> = crate::core::content::bundled::BUNDLED
            .iter()
            .take(3)
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect();
        // How many stores had reviews by domain, and exam answers tallied (the test compares them).
        let (mut with_domains, mut with_tallies) = (0, 0);
        for seed in 0..24u64 {
            let mut rng = StdRng::seed_from_u64(seed);
            // Packs that exist now, and ones whose cards have states but are not loaded (a pack
            // removed) or have fewer cards than were studied (cards removed from a pack).
            let mut loaded: Vec<(String, String)> = bundled
                .iter()
                .filter(|_| rng.random_range(0..3) > 0)
                .cloned()
                .collect();
            let mut studied: Vec<String> = Vec::new();
            for p in 0..rng.random_range(1..5) {
                let id = format!("p{p}");
                let n = rng.random_range(0..40);
                for i in 0..n + rng.random_range(0..5) {
                    studied.push(format!("{id}/c{i}"));
                }
                if rng.random_range(0..4) > 0 {
                    loaded.push((format!("packs/{id}.toml"), pack_text(&id, n, &mut rng)));
                }
            }
            let full: Vec<Pack> = loaded
                .iter()
                .map(|(n, t)| parse_pack_with(n, t.as_bytes(), false).pack.unwrap())
                .collect();
            for p in &full {
                studied.extend(p.cards.iter().map(|c| c.id.to_string()));
                studied.extend(p.generators.iter().map(|g| g.id.clone()));
                // Missed exam questions studied as cards.
                studied.extend(
                    p.questions
                        .iter()
                        .filter(|_| rng.random_range(0..4) == 0)
                        .map(|q| q.id.clone()),
                );
            }
            let mut store = crate::store::Store::open_in_memory().unwrap();
            for id in &studied {
                if rng.random_range(0..3) > 0 {
                    store
                        .save_state(id, &random_state(&mut rng), NOON - DAY)
                        .unwrap();
                }
            }
            let config = Config {
                new_cards_per_day: rng.random_range(0..30),
                max_reviews_per_day: rng.random_range(0..60),
                // Home shows the readiness with an exam date: on the first frame too.
                exam_date: (seed % 2 == 0).then(|| "2027-01-15".to_string()),
                ..Config::default()
            };
            let cal = || Box::new(StudyDays::new(chrono::Utc, 4));
            let mut study = Study::new(store, full, config.clone(), cal(), seed).unwrap();
            // Some answers today: daily limits used up in part, sibling groups seen.
            let today = NOON - 2 * HOUR;
            for _ in 0..rng.random_range(0..8) {
                if study.next_card(today).unwrap().is_none() {
                    break;
                }
                let rating = [Rating::Again, Rating::Good, Rating::Easy][rng.random_range(0..3)];
                study.answer(rating, today, 5_000).unwrap();
            }
            // Mock exams, some submitted (their answers make the task statements' tallies).
            for e in 0..rng.random_range(0..3u64) {
                let mode = crate::exam_run::Mode::Quick;
                let Ok(mut run) = study.start_exam(mode, seed * 10 + e, today) else {
                    break;
                };
                for p in 0..run.questions.len() {
                    if rng.random_range(0..4) > 0 {
                        run.position = p;
                        run.toggle(rng.random_range(0..run.order[p].len())).unwrap();
                        study.save_exam_answer(&run, p).unwrap();
                    }
                }
                if rng.random_range(0..4) > 0 {
                    study.submit_exam(&mut run, today + 1).unwrap();
                }
            }
            let want = report(&study, NOON).unwrap();
            let dir = tempfile::tempdir().unwrap();
            let (packs, rosters) = ids_only(&loaded, dir.path());
            let rows = study.store().card_states().unwrap();
            let deck = DueDeck::new(&packs, &rosters, &rows);
            let got =
                report_without_cards(&deck, study.store(), study.config(), &*cal(), NOON).unwrap();
            assert_eq!(got, want, "seed {seed}");
            // The counts Home and the drill show are the report's.
            let counts = study.counts(NOON).unwrap();
            assert_eq!(
                (counts.due, counts.cards, counts.answers_today),
                (got.total, got.cards, got.answers_today),
                "seed {seed}"
            );
            // The Stats report without cards (`awsdrill stats`) is the session's (the Stats
            // screen), number for number, and its counts are Home's.
            let days = cal();
            let src = crate::stats_report::WithoutCards::new(
                &deck,
                &rosters,
                study.store(),
                study.config(),
                &*days,
            )
            .unwrap();
            let stats = crate::stats_report::report(&src, NOON).unwrap();
            assert_eq!(
                stats,
                crate::stats_report::report(&study, NOON).unwrap(),
                "seed {seed}"
            );
            assert_eq!(stats.counts, counts, "seed {seed}");
            with_domains += usize::from(stats.retention_by_domain.iter().any(|r| r.reviews > 0));
            with_tallies += usize::from(stats.task_statements.iter().any(|t| t.asked > 0));
            // The app's first frame: a session started from the rosters (no card) shows the same
            // counts and notice, and once its text is loaded it is the whole session.
            let copy = dir.path().join("copy.sqlite3");
            study.store().backup_to(&copy).unwrap();
            let full: Vec<Pack> = loaded
                .iter()
                .map(|(n, t)| parse_pack_with(n, t.as_bytes(), false).pack.unwrap())
                .collect();
            let mut first = Study::from_roster(
                crate::store::Store::open(&copy).unwrap(),
                rows.clone(),
                packs.clone(),
                rosters.clone(),
                config.clone(),
                cal(),
                seed,
                Box::new(move || Ok(crate::study::Deck::new(full))),
            )
            .unwrap();
            assert!(first.cards().is_empty(), "no card before the text");
            assert_eq!(first.counts(NOON).unwrap(), counts, "seed {seed}");
            assert_eq!(first.orphan_notice(), study.orphan_notice(), "seed {seed}");
            let whole = crate::study::Deck::new(
                loaded
                    .iter()
                    .map(|(n, t)| parse_pack_with(n, t.as_bytes(), false).pack.unwrap())
                    .collect(),
            );
            assert_eq!(
                crate::study::pack_infos(&packs, &rosters),
                whole.packs(),
                "seed {seed}"
            );
            let missed = rows.iter().any(|(id, _)| study.question(id).is_some());
            assert_eq!(first.needs_questions_now().unwrap(), missed, "seed {seed}");
            // A missed question studied as a card loads the whole deck before the first frame
            // (its domain is its question's); else the rosters give Home's readiness.
            let ready = study.readiness(NOON);
            assert_eq!(ready.is_some(), seed % 2 == 0);
            if !missed {
                assert_eq!(first.readiness(NOON), ready, "seed {seed}");
            }
            first.load_text().unwrap();
            assert_eq!(first.readiness(NOON), ready, "seed {seed}");
            assert!(!first.needs_questions_now().unwrap());
            assert_eq!(first.counts(NOON).unwrap(), counts, "seed {seed}");
            // The whole session as a fresh start on the same store puts it in the same order
            // (the session above added missed questions as cards in the order its exams were
            // submitted).
            let fresh = Study::new(
                crate::store::Store::open(&copy).unwrap(),
                loaded
                    .iter()
                    .map(|(n, t)| parse_pack_with(n, t.as_bytes(), false).pack.unwrap())
                    .collect(),
                config.clone(),
                cal(),
                seed,
            )
            .unwrap();
            assert_eq!(first.cards().len(), study.cards().len(), "seed {seed}");
            assert_eq!(first.cards().len(), fresh.cards().len(), "seed {seed}");
            for (i, c) in fresh.cards().iter().enumerate() {
                assert_eq!(first.cards().id(i), c.id, "seed {seed}");
                assert_eq!(first.state_at(i), fresh.state_at(i), "seed {seed}");
            }
            assert_eq!(first.orphan_notice(), study.orphan_notice(), "seed {seed}");
        }
        assert!(
            with_domains > 3 && with_tallies > 3,
            "{with_domains}, {with_tallies}"
        );
    }
}

//! The numbers of the Stats screen, `awsdrill stats` (text and `--json`) and `awsdrill due`,
//! computed once for all of them.

use crate::core::config::{Config, Lang};
use crate::core::content::{Question, Roster};
use crate::core::domain::Domain;
use crate::core::exam::Tally;
use crate::core::scheduler::Calendar;
use crate::core::scheduler::queue::{DueCounts, Limits};
use crate::core::stats::{
    Counts, DayStat, Heatmap, StateCounts, TaskRow, day_date, day_starts, forecast, heatmap,
    on_quarter_hours, per_day, ratio, retention_by, tasks_ranked,
};
use crate::i18n::tr;
use crate::store::{Grain, Store};
use crate::study::{DueDeck, DueView, Study, limits_at, pack_of, scheduler_for};
use rustc_hash::FxHashMap;
use serde::Serialize;

pub mod due;
pub mod text;

/// Days of answers in the report (the heatmap shows them; the text lists the last 30).
pub const HISTORY_DAYS: i64 = 140;
/// Days of forecast.
pub const FORECAST_DAYS: usize = 30;

/// Review counts and true retention of a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Retention {
    /// The pack id or domain key.
    pub key: String,
    /// Answers to cards in review.
    pub reviews: u64,
    /// Not answered Again.
    pub passed: u64,
    /// passed / reviews (null without reviews).
    pub retention: Option<f64>,
}

/// One submitted exam, for the history chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ExamPoint {
    /// Attempt id.
    pub id: i64,
    /// Local date it started.
    pub date: String,
    /// Percent right.
    pub percent: f64,
    /// Estimated scaled score (see the exam results for the method).
    pub estimated_scaled_score: Option<u32>,
    /// Whether it was a full mock exam (the readiness chart shows only those).
    pub full: bool,
}

/// A full mock exam and the scale its estimate is on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct ExamShape {
    /// Questions in a full mock exam.
    pub questions: usize,
    /// Its time limit in minutes.
    pub minutes: u32,
    /// The lowest scaled score.
    pub min_score: u32,
    /// The pass mark.
    pub pass_mark: u32,
    /// The highest scaled score.
    pub max_score: u32,
}

/// Everything Stats shows.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct StatsReport {
    /// Answers per study day, oldest first (the last 140 days).
    pub days: Vec<DayStat>,
    /// Reviews in the last 30 days.
    pub reviews_30d: u64,
    /// Of those, not answered Again.
    pub passed_30d: u64,
    /// True retention over the last 30 days.
    pub true_retention_30d: Option<f64>,
    /// All reviews ever.
    pub reviews_all: u64,
    /// Of those, not answered Again.
    pub passed_all: u64,
    /// True retention over all time.
    pub true_retention_all: Option<f64>,
    /// Answers today and in all, cards by state, what is due (the counts Home and the drill show).
    #[serde(flatten)]
    pub counts: Counts,
    /// Cards coming due per day, the next 30 days (overdue on the first).
    pub forecast: Vec<(String, u32)>,
    /// True retention per pack over the report's days (the last 140).
    pub retention_by_pack: Vec<Retention>,
    /// True retention per DVA-C02 domain over the report's days (the last 140): all four domains,
    /// in the exam guide's order, with their counts (0 without reviews).
    pub retention_by_domain: Vec<Retention>,
    /// Every task statement of the exam guide with the mock exam questions asked on it and
    /// answered right, weakest first (`core::stats::tasks_ranked`, as the weak-area exam weighs
    /// them). Cards carry a domain, not a task statement: this is what the mock exams measured.
    pub task_statements: Vec<TaskRow>,
    /// Submitted exams, oldest first.
    pub exams: Vec<ExamPoint>,
    /// The full mock exam's shape and its scaled-score scale (DVA-C02: 65 questions, 130 minutes,
    /// 100 to 1000, pass mark 720).
    pub exam: ExamShape,
    /// The days laid out as a calendar for the heatmap (the same numbers as `days`).
    #[serde(skip)]
    pub heatmap: Heatmap,
}

fn groups(v: Vec<(&str, u64, u64)>) -> Vec<Retention> {
    v.into_iter()
        .map(|(key, reviews, passed)| Retention {
            key: key.to_string(),
            reviews,
            passed,
            retention: ratio(passed, reviews),
        })
        .collect()
}

/// The report's days of answers at `now`: the first and the last study day, the moment the
/// first begins, and how to read them: from the counts per quarter hour when every day begins on
/// a quarter hour (every real time zone), else answer by answer.
pub fn window(cal: &(impl Calendar + ?Sized), now: i64) -> (i64, i64, i64, Grain) {
    let today = cal.day(now);
    let first = today - (HISTORY_DAYS - 1);
    let starts = day_starts(cal, first, today);
    let grain = if on_quarter_hours(&starts) {
        Grain::Quarter
    } else {
        Grain::Answer
    };
    (first, today, starts[0], grain)
}

/// What the report reads of the loaded cards and questions. A `Study` gives it (the Stats
/// screen), and so does `WithoutCards`, the cards by id in study order (`DueDeck`) with the packs'
/// questions without their text (`awsdrill stats`): one computation of the report for both.
pub trait StatsSource {
    /// The store.
    fn store(&self) -> &Store;
    /// The study days.
    fn calendar(&self) -> &dyn Calendar;
    /// Each card's state, sibling group, id and origin, in study order.
    fn due_view(&self) -> DueView<'_>;
    /// What the report counts with: `due_view`, where its cards' ids may be left out (the
    /// counts and the forecast do not read them).
    fn counts_view(&self) -> DueView<'_> {
        self.due_view()
    }
    /// Today's limits at `now` (`study::limits_at`).
    fn limits(&self, now: i64) -> anyhow::Result<Limits>;
    /// The scheduler's decay (the queue orders reviews by retrievability).
    fn decay(&self) -> f32;
    /// The domain of a loaded card, else of a loaded question, by id.
    fn domain_of(&self, id: &str) -> Option<Domain>;
    /// Right / asked per task statement over the submitted exams (`study::task_tallies`).
    fn task_tallies(&self) -> anyhow::Result<Vec<(String, Tally)>>;
}

impl StatsSource for Study {
    fn store(&self) -> &Store {
        Study::store(self)
    }

    fn calendar(&self) -> &dyn Calendar {
        Study::calendar(self)
    }

    fn due_view(&self) -> DueView<'_> {
        Study::due_view(self)
    }

    fn counts_view(&self) -> DueView<'_> {
        Study::counts_view(self)
    }

    fn limits(&self, now: i64) -> anyhow::Result<Limits> {
        Study::limits(self, now)
    }

    fn decay(&self) -> f32 {
        self.scheduler().decay()
    }

    fn domain_of(&self, id: &str) -> Option<Domain> {
        self.card_domain(id)
            .or_else(|| self.question(id).map(|q| q.domain))
    }

    fn task_tallies(&self) -> anyhow::Result<Vec<(String, Tally)>> {
        Study::task_tallies(self)
    }
}

/// The report's source without cards (`awsdrill stats`): the cards in study order by id with
/// their states (`DueDeck`), the packs' questions without their text (`Roster::questions`), the
/// store and the settings. It gives what a `Study` over the same packs and store gives.
pub struct WithoutCards<'a> {
    deck: &'a DueDeck<'a>,
    questions: FxHashMap<&'a str, &'a Question>,
    store: &'a Store,
    config: &'a Config,
    cal: &'a dyn Calendar,
    decay: f32,
}

impl<'a> WithoutCards<'a> {
    /// The source over `deck` (built from `rosters`), `store` and `config`, in the days of `cal`.
    pub fn new(
        deck: &'a DueDeck<'a>,
        rosters: &'a [Roster],
        store: &'a Store,
        config: &'a Config,
        cal: &'a dyn Calendar,
    ) -> anyhow::Result<WithoutCards<'a>> {
        Ok(WithoutCards {
            deck,
            questions: rosters
                .iter()
                .flat_map(|r| &r.questions)
                .map(|q| (q.id.as_str(), q))
                .collect(),
            store,
            config,
            cal,
            decay: scheduler_for(store, config)?.decay(),
        })
    }
}

impl StatsSource for WithoutCards<'_> {
    fn store(&self) -> &Store {
        self.store
    }

    fn calendar(&self) -> &dyn Calendar {
        self.cal
    }

    fn due_view(&self) -> DueView<'_> {
        self.deck.view()
    }

    fn limits(&self, now: i64) -> anyhow::Result<Limits> {
        limits_at(self.store, self.config, self.cal, now, |id| {
            self.deck.group_of(id)
        })
    }

    fn decay(&self) -> f32 {
        self.decay
    }

    fn domain_of(&self, id: &str) -> Option<Domain> {
        self.deck
            .domain_of(id)
            .or_else(|| self.questions.get(id).map(|q| q.domain))
    }

    fn task_tallies(&self) -> anyhow::Result<Vec<(String, Tally)>> {
        crate::study::task_tallies(self.store, |id| self.questions.get(id).copied())
    }
}

/// Computes the report at `now`.
pub fn report(src: &impl StatsSource, now: i64) -> anyhow::Result<StatsReport> {
    report_from(src, now, None)
}

/// `report`, with the window read at the grain given instead of the one `window` chooses (tests
/// compare the two).
pub fn report_from(
    src: &impl StatsSource,
    now: i64,
    grain: Option<Grain>,
) -> anyhow::Result<StatsReport> {
    let cal = src.calendar();
    let (first, today, since, chosen) = window(cal, now);
    // One read of the window gives the days and the reviews per item.
    let window = src.store().review_window(since, grain.unwrap_or(chosen))?;
    let days = per_day(&window.spans, cal, first, today);
    let last30 = &days[days.len().saturating_sub(30)..];
    let reviews_30d: u64 = last30.iter().map(|d| u64::from(d.reviews)).sum();
    let passed_30d: u64 = last30.iter().map(|d| u64::from(d.reviews_passed)).sum();
    let (all, passed_all) = src.store().review_retention()?;
    // The counts Home and the drill show (`Study::counts`), from the same view.
    let view = src.counts_view();
    let limits = src.limits(now)?;
    let answers_all = src.store().summary()?.reviews.max(0) as u64;
    let (_, counts) = crate::study::counts_of(&view, &limits, answers_all, cal, src.decay(), now);
    let forecast = forecast(
        view.cards.iter().filter_map(|c| c.state),
        cal,
        today,
        FORECAST_DAYS,
    );
    drop(view);
    let by_pack = retention_by(window.items.iter(), |id| Some(pack_of(id)));
    let by_domain = retention_by(window.items.iter(), |id| src.domain_of(id));
    let retention_by_domain = Domain::ALL
        .iter()
        .map(|d| {
            let (reviews, passed) = by_domain
                .iter()
                .find(|(k, _, _)| k == d)
                .map_or((0, 0), |&(_, r, p)| (r, p));
            Retention {
                key: d.key().to_string(),
                reviews,
                passed,
                retention: ratio(passed, reviews),
            }
        })
        .collect();
    let answers: Vec<u32> = days.iter().map(|d| d.answers).collect();
    let heatmap = heatmap(first, &answers);
    let task_statements = tasks_ranked(&src.task_tallies()?);
    let blueprints = crate::core::exam::blueprint::bundled();
    let exams = src
        .store()
        .attempt_history()?
        .into_iter()
        .map(|a| {
            let (t, est) = crate::exam_run::attempt_score_in(&a, &blueprints);
            ExamPoint {
                id: a.id,
                date: day_date(cal.day(a.started_at)),
                percent: t.percent(),
                estimated_scaled_score: est.map(|e| e.mid),
                full: a.mode == crate::exam_run::Mode::Full,
            }
        })
        .collect();
    Ok(StatsReport {
        days,
        reviews_30d,
        passed_30d,
        true_retention_30d: ratio(passed_30d, reviews_30d),
        reviews_all: all as u64,
        passed_all: passed_all as u64,
        true_retention_all: ratio(passed_all as u64, all as u64),
        counts,
        forecast,
        retention_by_pack: groups(by_pack),
        retention_by_domain,
        task_statements,
        exams,
        exam: {
            let bp = crate::core::exam::blueprint::dva_c02();
            ExamShape {
                questions: bp.questions,
                minutes: bp.minutes,
                min_score: bp.min_score,
                pass_mark: bp.passing_score,
                max_score: bp.max_score,
            }
        },
        heatmap,
    })
}

/// "693 cards to study (689 written, 4 generated exercises)" in `lang`: the cards the drill
/// schedules and, when not all were written in packs, where they come from.
pub fn cards_to_study(lang: Lang, c: &StateCounts) -> String {
    match card_sources(lang, c) {
        None => tr!(lang, "stats-cards-to-study", cards = c.total),
        Some(detail) => tr!(
            lang,
            "stats-cards-to-study-detail",
            cards = c.total,
            detail = detail
        ),
    }
}

/// Where the cards to study come from, "689 written, 4 generated exercises" in `lang` (the words
/// Home uses), or None when all were written in packs.
pub fn card_sources(lang: Lang, c: &StateCounts) -> Option<String> {
    if c.generated == 0 && c.missed_questions == 0 {
        return None;
    }
    let mut parts = vec![tr!(lang, "home-detail-written", n = c.from_packs())];
    if c.generated > 0 {
        parts.push(tr!(lang, "home-detail-generated", n = c.generated));
    }
    if c.missed_questions > 0 {
        parts.push(tr!(lang, "home-detail-missed", n = c.missed_questions));
    }
    Some(parts.join(", "))
}

/// "2 learning (+3 later today), 10 review, 20 new" in `lang`: what the drill has for now.
pub fn due_now(lang: Lang, d: &DueCounts) -> String {
    tr!(
        lang,
        "stats-text-due-now",
        learning = d.learning,
        later = d.learning_later_today,
        review = d.review,
        new = d.new
    )
}

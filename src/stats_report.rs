//! The numbers of the Stats screen, `awsdrill stats` (text and `--json`) and `awsdrill due`,
//! computed once for all of them.

use crate::core::config::Lang;
use crate::core::domain::Domain;
use crate::core::scheduler::Calendar;
use crate::core::scheduler::queue::DueCounts;
use crate::core::stats::{
    Counts, DayStat, Heatmap, StateCounts, TaskRow, day_date, day_starts, forecast, heatmap,
    on_quarter_hours, per_day, ratio, retention_by, tasks_ranked,
};
use crate::i18n::tr;
use crate::store::Grain;
use crate::study::{Study, pack_of};
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

/// Computes the report at `now`.
pub fn report(study: &Study, now: i64) -> anyhow::Result<StatsReport> {
    report_from(study, now, None)
}

/// `report`, with the window read at the grain given instead of the one `window` chooses (tests
/// compare the two).
pub fn report_from(study: &Study, now: i64, grain: Option<Grain>) -> anyhow::Result<StatsReport> {
    let cal = study.calendar();
    let (first, today, since, chosen) = window(cal, now);
    // One read of the window gives the days and the reviews per item.
    let window = study
        .store()
        .review_window(since, grain.unwrap_or(chosen))?;
    let days = per_day(&window.spans, cal, first, today);
    let last30 = &days[days.len().saturating_sub(30)..];
    let reviews_30d: u64 = last30.iter().map(|d| u64::from(d.reviews)).sum();
    let passed_30d: u64 = last30.iter().map(|d| u64::from(d.reviews_passed)).sum();
    let (all, passed_all) = study.store().review_retention()?;
    let n = study.cards().len();
    let counts = study.counts(now)?;
    let forecast = forecast(
        (0..n).filter_map(|i| study.state_at(i)),
        cal,
        today,
        FORECAST_DAYS,
    );
    let by_pack = retention_by(window.items.iter(), |id| Some(pack_of(id)));
    let by_domain = retention_by(window.items.iter(), |id| {
        study
            .card(id)
            .and_then(|c| c.domain)
            .or_else(|| study.question(id).map(|q| q.domain))
    });
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
    let task_statements = tasks_ranked(&study.task_tallies()?);
    let blueprints = crate::core::exam::blueprint::bundled();
    let exams = study
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

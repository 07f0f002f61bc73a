//! The report as `awsdrill stats` prints it: the same numbers as the Stats screen, in lines.

use super::{StatsReport, cards_to_study, due_now};
use crate::core::stats::ratio;
use crate::display::count;

fn pct(v: Option<f64>) -> String {
    v.map_or("-".to_string(), |v| format!("{:.1} %", v * 100.0))
}

/// Every line of `awsdrill stats`.
pub fn lines(r: &StatsReport) -> Vec<String> {
    let c = r.counts.cards;
    let mut out = vec![
        format!(
            "Today: {}; due now {}.",
            count(r.counts.answers_today, "answer", "answers"),
            due_now(&r.counts.due)
        ),
        format!(
            "{}; {} studied, {} not yet studied.",
            cards_to_study(&c),
            c.studied,
            c.new
        ),
        format!(
            "By state: {} not yet studied, {} learning, {} review, {} relearning; {} suspended, {}.",
            c.new,
            c.learning,
            c.review,
            c.relearning,
            c.suspended,
            count(c.leech as u64, "leech", "leeches")
        ),
        format!(
            "True retention (reviews not answered Again): last 30 days {} of {} reviews; all time {} of {}.",
            pct(r.true_retention_30d),
            r.reviews_30d,
            pct(r.true_retention_all),
            r.reviews_all
        ),
        format!("Answers in all: {}.", r.counts.answers_all),
    ];
    let due: u32 = r.forecast.iter().map(|f| f.1).sum();
    out.push(format!(
        "Due in the next 30 days: {due} cards ({} today or overdue).",
        r.forecast.first().map_or(0, |f| f.1)
    ));
    if !r.retention_by_domain.is_empty() {
        let d: Vec<String> = r
            .retention_by_domain
            .iter()
            .map(|x| format!("{} {}", x.key, pct(x.retention)))
            .collect();
        out.push(format!(
            "True retention by domain (last 140 days): {}.",
            d.join(", ")
        ));
    }
    if let Some(last) = r.exams.last() {
        out.push(format!(
            "Mock exams: {}; the last ({}) scored {:.0} %, {}.",
            r.exams.len(),
            last.date,
            last.percent,
            last.estimated_scaled_score.map_or(
                "too few questions to estimate a scaled score".into(),
                |e| format!("estimated scaled score {e}")
            )
        ));
    }
    out.push(String::new());
    out.push(format!(
        "{:<12} {:>8} {:>8} {:>10}",
        "date", "answers", "reviews", "retention"
    ));
    for d in r.days.iter().rev().take(30).rev() {
        out.push(format!(
            "{:<12} {:>8} {:>8} {:>10}",
            d.date,
            d.answers,
            d.reviews,
            pct(ratio(u64::from(d.reviews_passed), u64::from(d.reviews)))
        ));
    }
    out
}

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
    let due: Vec<u32> = r.forecast.iter().map(|f| f.1).collect();
    out.push(format!(
        "Due in the next 30 days: {} cards ({} today or overdue, {} within 7 days). Per day from today: {}.",
        due.iter().sum::<u32>(),
        due.first().copied().unwrap_or(0),
        due.iter().take(7).sum::<u32>(),
        due.iter().map(u32::to_string).collect::<Vec<_>>().join(" ")
    ));
    let d: Vec<String> = r
        .retention_by_domain
        .iter()
        .map(|x| match x.retention {
            Some(p) => format!(
                "{} {:.1} % ({} of {})",
                x.key,
                p * 100.0,
                x.passed,
                x.reviews
            ),
            None => format!("{} - (no reviews)", x.key),
        })
        .collect();
    out.push(format!(
        "True retention by domain (last 140 days): {}.",
        d.join(", ")
    ));
    let asked: Vec<String> = r
        .task_statements
        .iter()
        .filter(|t| t.asked > 0)
        .take(5)
        .map(|t| {
            format!(
                "{} {} of {} right ({})",
                t.code,
                t.right,
                t.asked,
                pct(t.accuracy)
            )
        })
        .collect();
    out.push(if asked.is_empty() {
        "Task statements: no mock exam questions answered yet.".to_string()
    } else {
        format!(
            "Weakest task statements in mock exams: {}.",
            asked.join(", ")
        )
    });
    let e = r.exam;
    let full: Vec<String> = r
        .exams
        .iter()
        .filter(|x| x.full)
        .filter_map(|x| {
            x.estimated_scaled_score
                .map(|s| format!("{s} ({})", x.date))
        })
        .collect();
    out.push(if full.is_empty() {
        format!(
            "Full mock exams: none yet (a full mock exam, {} questions in {} minutes, estimates the scaled score on {}-{}; pass mark {}).",
            e.questions, e.minutes, e.min_score, e.max_score, e.pass_mark
        )
    } else {
        format!(
            "Full mock exams, estimated scaled score (pass mark {}): {}.",
            e.pass_mark,
            full.join(", ")
        )
    });
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

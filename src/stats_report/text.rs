//! The report as `awsdrill stats` prints it: the same numbers as the Stats screen, in lines, in
//! the language of the app's own words.

use super::{StatsReport, cards_to_study, due_now};
use crate::core::config::Lang;
use crate::core::stats::ratio;
use crate::i18n::tr;

fn pct(v: Option<f64>) -> String {
    v.map_or("-".to_string(), |v| format!("{:.1} %", v * 100.0))
}

/// `s` left-aligned in `width` terminal columns (a Korean letter takes two).
pub(crate) fn pad(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// `s` right-aligned in `width` terminal columns.
pub(crate) fn right(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

/// The name of the DVA-C02 domain with the key `key` in `lang` (`development`: "development" in
/// English, as the report's JSON names it), or the key when it is none.
fn domain_name(lang: Lang, key: &str) -> String {
    use crate::core::domain::Domain;
    Domain::from_key(key).map_or_else(
        || key.to_string(),
        |d| crate::content_text::domain_short(lang, d),
    )
}

/// Every line of `awsdrill stats` in `lang`.
pub fn lines(lang: Lang, r: &StatsReport) -> Vec<String> {
    let c = r.counts.cards;
    let mut out = vec![
        tr!(
            lang,
            "stats-text-today",
            answers = r.counts.answers_today,
            due = due_now(lang, &r.counts.due)
        ),
        tr!(
            lang,
            "stats-text-cards",
            cards = cards_to_study(lang, &c),
            studied = c.studied,
            new = c.new
        ),
        tr!(
            lang,
            "stats-text-by-state",
            new = c.new,
            learning = c.learning,
            review = c.review,
            relearning = c.relearning,
            suspended = c.suspended,
            leeches = c.leech
        ),
        tr!(
            lang,
            "stats-text-retention",
            last30 = pct(r.true_retention_30d),
            reviews30 = r.reviews_30d,
            all = pct(r.true_retention_all),
            reviews = r.reviews_all
        ),
        tr!(lang, "stats-text-answers-all", n = r.counts.answers_all),
    ];
    let due: Vec<u32> = r.forecast.iter().map(|f| f.1).collect();
    out.push(tr!(
        lang,
        "stats-text-forecast",
        total = due.iter().sum::<u32>(),
        today = due.first().copied().unwrap_or(0),
        week = due.iter().take(7).sum::<u32>(),
        days = due.iter().map(u32::to_string).collect::<Vec<_>>().join(" ")
    ));
    let d: Vec<String> = r
        .retention_by_domain
        .iter()
        .map(|x| match x.retention {
            Some(p) => tr!(
                lang,
                "stats-text-domain",
                domain = domain_name(lang, &x.key),
                percent = pct(Some(p)),
                passed = x.passed,
                reviews = x.reviews
            ),
            None => tr!(
                lang,
                "stats-text-domain-none",
                domain = domain_name(lang, &x.key)
            ),
        })
        .collect();
    out.push(tr!(lang, "stats-text-domains", domains = d.join(", ")));
    let asked: Vec<String> = r
        .task_statements
        .iter()
        .filter(|t| t.asked > 0)
        .take(5)
        .map(|t| {
            tr!(
                lang,
                "stats-text-task",
                code = t.code,
                right = t.right,
                asked = t.asked,
                percent = pct(t.accuracy)
            )
        })
        .collect();
    out.push(if asked.is_empty() {
        tr!(lang, "stats-text-tasks-none")
    } else {
        tr!(lang, "stats-text-tasks", tasks = asked.join(", "))
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
        tr!(
            lang,
            "stats-text-full-none",
            questions = e.questions,
            minutes = e.minutes,
            min = e.min_score,
            max = e.max_score,
            pass = e.pass_mark
        )
    } else {
        tr!(
            lang,
            "stats-text-full",
            pass = e.pass_mark,
            scores = full.join(", ")
        )
    });
    if let Some(last) = r.exams.last() {
        let n = r.exams.len();
        out.push(match last.estimated_scaled_score {
            Some(score) => tr!(
                lang,
                "stats-text-last",
                n = n,
                date = last.date.as_str(),
                percent = last.percent,
                score = score
            ),
            None => tr!(
                lang,
                "stats-text-last-no-score",
                n = n,
                date = last.date.as_str(),
                percent = last.percent
            ),
        });
    }
    out.push(String::new());
    out.push(format!(
        "{} {} {} {}",
        pad(&tr!(lang, "stats-col-date"), 12),
        right(&tr!(lang, "stats-col-answers"), 8),
        right(&tr!(lang, "stats-col-reviews"), 8),
        right(&tr!(lang, "stats-col-retention"), 10)
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

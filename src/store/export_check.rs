//! The value checks of an export file beyond its shape: counts and times that cannot be negative,
//! FSRS memory in range, exam scores within their totals, answers among the choices shown. Each
//! refusal names the record (`cards[3] (lambda/a)`) and the field, so the file can be fixed by hand.
//! Pure: no SQL, no disk.

use super::transfer::{AnswerRow, AttemptRow, CardRow, Export, ReviewRow};

type Checked = Result<(), String>;

/// Checks every record's values; the first problem is returned.
pub(super) fn check_values(e: &Export) -> Checked {
    for (i, c) in e.cards.iter().enumerate() {
        card(&format!("cards[{i}] ({})", c.item_id), c)?;
    }
    for (i, r) in e.reviews.iter().enumerate() {
        review(&format!("reviews[{i}] ({})", r.item_id), r)?;
    }
    for (i, a) in e.exams.iter().enumerate() {
        attempt(&format!("exams[{i}] ({} {})", a.exam, a.started_at), a)?;
    }
    Ok(())
}

fn card(at: &str, c: &CardRow) -> Checked {
    not_negative(at, "step", c.step)?;
    not_negative(at, "reps", c.reps)?;
    not_negative(at, "lapses", c.lapses)?;
    not_negative(at, "updated_at", c.updated_at)?;
    memory(at, c.stability, c.difficulty)
}

fn review(at: &str, r: &ReviewRow) -> Checked {
    not_negative(at, "reviewed_at", r.reviewed_at)?;
    not_negative(at, "duration_ms", r.duration_ms)?;
    if r.elapsed_days < 0.0 {
        return Err(format!(
            "{at}: `elapsed_days` is {}; it must be 0 or more",
            r.elapsed_days
        ));
    }
    if r.interval_days < 0.0 {
        return Err(format!(
            "{at}: `interval_days` is {}; it must be 0 or more",
            r.interval_days
        ));
    }
    memory(at, r.stability, r.difficulty)
}

fn attempt(at: &str, a: &AttemptRow) -> Checked {
    if a.exam.is_empty() {
        return Err(format!("{at}: `exam` must not be empty"));
    }
    if a.mode.is_empty() {
        return Err(format!("{at}: `mode` must not be empty"));
    }
    not_negative(at, "started_at", a.started_at)?;
    not_negative(at, "elapsed_ms", a.elapsed_ms)?;
    if let Some(t) = a.time_limit_s
        && t <= 0
    {
        return Err(format!(
            "{at}: `time_limit_s` is {t}; it must be above 0, or null for an untimed exam"
        ));
    }
    if let Some(s) = a.score
        && !(0..=a.total).contains(&s)
    {
        return Err(format!(
            "{at}: `score` is {s}; it must be 0 to `total` ({})",
            a.total
        ));
    }
    let mut seen = vec![false; a.answers.len()];
    for (j, q) in a.answers.iter().enumerate() {
        let at = format!("{at}.answers[{j}]");
        let pos = usize::try_from(q.position).ok().filter(|p| *p < seen.len());
        match pos {
            Some(p) if !seen[p] => seen[p] = true,
            _ => {
                return Err(format!(
                    "{at}: `position` is {}; positions must be 0 to {} and each used once",
                    q.position,
                    seen.len().saturating_sub(1)
                ));
            }
        }
        answer(&at, q)?;
    }
    Ok(())
}

fn answer(at: &str, q: &AnswerRow) -> Checked {
    if q.question_id.is_empty() {
        return Err(format!("{at}: `question_id` must not be empty"));
    }
    let order = indexes(at, "choice_order", &q.choice_order)?;
    if order.is_empty() {
        return Err(format!("{at}: `choice_order` must list the choices shown"));
    }
    let selected = indexes(at, "selected", &q.selected)?;
    if let Some(c) = selected.iter().find(|c| !order.contains(c)) {
        return Err(format!(
            "{at}: `selected` has {c}, which is not in `choice_order` ({})",
            q.choice_order
        ));
    }
    not_negative(at, "time_ms", q.time_ms.unwrap_or(0))?;
    let struck = indexes(at, "struck", q.struck.as_deref().unwrap_or(""))?;
    if let Some(c) = struck.iter().find(|c| !order.contains(c)) {
        return Err(format!(
            "{at}: `struck` has {c}, which is not in `choice_order` ({})",
            q.choice_order
        ));
    }
    Ok(())
}

/// Choice indexes written as `1,0,2`: whole numbers, each once; empty text is none.
fn indexes(at: &str, field: &str, text: &str) -> Result<Vec<u32>, String> {
    let mut out = Vec::new();
    for part in text.split(',').filter(|p| !p.trim().is_empty()) {
        let n: u32 = part.trim().parse().map_err(|_| {
            format!("{at}: `{field}` is {text:?}; it must be choice numbers separated by commas")
        })?;
        if out.contains(&n) {
            return Err(format!("{at}: `{field}` lists {n} twice"));
        }
        out.push(n);
    }
    Ok(out)
}

fn not_negative(at: &str, field: &str, v: i64) -> Checked {
    if v < 0 {
        return Err(format!("{at}: `{field}` is {v}; it must be 0 or more"));
    }
    Ok(())
}

/// FSRS memory: stability above 0 days, difficulty 1 to 10 (either may be absent).
fn memory(at: &str, stability: Option<f64>, difficulty: Option<f64>) -> Checked {
    if let Some(s) = stability
        && !(s.is_finite() && s > 0.0)
    {
        return Err(format!(
            "{at}: `stability` is {s}; it must be a number of days above 0"
        ));
    }
    if let Some(d) = difficulty
        && !(1.0..=10.0).contains(&d)
    {
        return Err(format!("{at}: `difficulty` is {d}; it must be 1 to 10"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attempt_row() -> AttemptRow {
        AttemptRow {
            exam: "dva-c02".into(),
            mode: "quick".into(),
            seed: 1,
            started_at: 5,
            time_limit_s: Some(60),
            elapsed_ms: 0,
            submitted_at: Some(9),
            score: Some(1),
            total: 1,
            discarded_at: None,
            answers: vec![AnswerRow {
                position: 0,
                question_id: "p/q".into(),
                choice_order: "1,0,2,3".into(),
                selected: "2".into(),
                flagged: false,
                checked: None,
                struck: None,
                time_ms: None,
            }],
        }
    }

    fn export_with(a: AttemptRow) -> Export {
        Export {
            format: "awsdrill-progress".into(),
            version: 1,
            exported_at: 0,
            cards: vec![],
            reviews: vec![],
            custom: vec![],
            exams: vec![a],
            fsrs_params: None,
        }
    }

    #[test]
    fn exam_values_out_of_range_are_refused_with_record_and_field() {
        assert_eq!(check_values(&export_with(attempt_row())), Ok(()));
        type Change = fn(&mut AttemptRow);
        let cases: [(Change, &str); 7] = [
            (
                |a| a.score = Some(2),
                "`score` is 2; it must be 0 to `total` (1)",
            ),
            (|a| a.time_limit_s = Some(-5), "`time_limit_s` is -5"),
            (
                |a| a.answers[0].selected = "7".into(),
                ".answers[0]: `selected` has 7, which is not in `choice_order` (1,0,2,3)",
            ),
            (
                |a| a.answers[0].selected = "x".into(),
                "`selected` is \"x\"",
            ),
            (
                |a| a.answers[0].struck = Some("0,9".into()),
                ".answers[0]: `struck` has 9, which is not in `choice_order` (1,0,2,3)",
            ),
            (|a| a.answers[0].position = 3, "`position` is 3"),
            (|a| a.elapsed_ms = -1, "`elapsed_ms` is -1"),
        ];
        for (change, wanted) in cases {
            let mut a = attempt_row();
            change(&mut a);
            let err = check_values(&export_with(a)).unwrap_err();
            assert!(err.starts_with("exams[0] (dva-c02 5)"), "{err}");
            assert!(err.contains(wanted), "{err}");
        }
    }

    #[test]
    fn negative_counts_and_memory_out_of_range_are_refused() {
        let card = CardRow {
            item_id: "p/a".into(),
            state: 2,
            stability: Some(-1.0),
            difficulty: Some(5.0),
            due: None,
            last_review: None,
            step: 0,
            reps: 1,
            lapses: 0,
            suspended: false,
            buried_until: None,
            leech: false,
            updated_at: 0,
        };
        let mut e = export_with(attempt_row());
        e.cards.push(card.clone());
        assert_eq!(
            check_values(&e),
            Err("cards[0] (p/a): `stability` is -1; it must be a number of days above 0".into())
        );
        e.cards[0] = CardRow {
            stability: Some(2.0),
            reps: -3,
            ..card
        };
        assert_eq!(
            check_values(&e),
            Err("cards[0] (p/a): `reps` is -3; it must be 0 or more".into())
        );
    }
}

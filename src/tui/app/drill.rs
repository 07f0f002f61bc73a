//! The app's drill actions: reveal, rate, undo, suspend and bury.

use super::*;

impl App {
    pub(super) fn reveal(&mut self, now: i64) {
        let Some(card) = self.study.as_ref().and_then(Study::current) else {
            return;
        };
        if self.drill.revealed {
            let suggested = match (&self.drill.grade, &self.drill.checked) {
                (Some(Ok(g)), _) => g.suggested,
                (_, Some(Ok(true))) => Rating::Good,
                (Some(Err(_)), _) | (_, Some(_)) => Rating::Again,
                _ => Rating::Good,
            };
            return self.rate(suggested, now);
        }
        if let (CardBody::Generated { .. }, Some(i)) = (&card.body, &self.instance) {
            if self.drill.input.trim().is_empty() {
                self.message = Some("Type your answer first, then Enter.".into());
                return;
            }
            self.drill.checked = Some(crate::core::calc::drills::check(
                &i.expected,
                &self.drill.input,
            ));
        }
        if let CardBody::Numeric {
            answer,
            unit,
            tolerance,
            ..
        } = &card.body
        {
            self.drill.grade = Some(if self.drill.input.trim().is_empty() {
                Err("No answer typed: rate how well you knew it.".to_string())
            } else {
                grade_numeric(&self.drill.input, *answer, unit, *tolerance)
                    .map_err(|e| e.to_string())
            });
        }
        self.drill.revealed = true;
        self.message = None;
    }

    pub(super) fn rate(&mut self, rating: Rating, now: i64) {
        let Some(study) = &mut self.study else { return };
        match study.answer(rating, now, now - self.shown_at) {
            Ok(Some(note)) => {
                self.message = note.became_leech.then(|| {
                    format!(
                        "{} is now a leech ({} lapses): it was tagged and suspended. Rewrite or unsuspend it.",
                        note.item_id, note.lapses
                    )
                });
                self.next_card(now);
            }
            Ok(None) => {}
            // The answer was not saved: the card stays on screen, revealed, and can be rated again.
            Err(e) => self.show_error("the answer was not saved", format!("{e:#}")),
        }
    }

    pub(super) fn undo(&mut self, now: i64) {
        let Some(study) = &mut self.study else { return };
        match study.undo(now) {
            Ok(Some(id)) => {
                self.drill.new_card();
                self.shown_at = now;
                self.draw_instance(now);
                self.message = Some(format!("Undid the answer to {id}."));
                self.refresh(now);
            }
            Ok(None) => self.message = Some("Nothing to undo in this session.".into()),
            Err(e) => self.show_error("undo failed", format!("{e:#}")),
        }
    }

    pub(super) fn set_aside(&mut self, action: Action, now: i64) {
        let Some(study) = &mut self.study else { return };
        let result = if action == Action::Suspend {
            study.suspend_current(now)
        } else {
            study.bury_current(now)
        };
        match result {
            Ok(Some(id)) => {
                let what = if action == Action::Suspend {
                    "Suspended"
                } else {
                    "Buried until tomorrow:"
                };
                self.message = Some(format!("{what} {id}."));
                self.next_card(now);
            }
            Ok(None) => {}
            Err(e) => self.show_error("could not save", format!("{e:#}")),
        }
    }
}

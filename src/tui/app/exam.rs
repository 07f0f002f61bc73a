//! The app's exam actions: starting, choosing, flagging, jumping, reviewing and submitting.

use super::*;

impl App {
    pub(super) fn update_exam(&mut self, action: Action, now: i64) {
        match action {
            Action::StartExam(choice) => {
                let mode = choice.mode();
                if self.resumable.is_some() {
                    self.message =
                        Some("Finish the unfinished exam first: press r to continue it.".into());
                    return;
                }
                let Some(study) = &mut self.study else { return };
                match study.start_exam(mode, now as u64, now) {
                    Ok(run) => {
                        self.exam = Some(run);
                        self.exam_screen = ExamScreen::default();
                        self.message = None;
                    }
                    Err(e) => self.show_error("could not start the exam", format!("{e:#}")),
                }
            }
            Action::ResumeExam => {
                let Some(study) = &self.study else { return };
                match study.resume_exam(now) {
                    Ok(Some(run)) => {
                        self.exam = Some(run);
                        self.exam_screen = ExamScreen::default();
                        self.resumable = None;
                        self.message = None;
                    }
                    Ok(None) => self.message = Some("There is no unfinished exam.".into()),
                    Err(e) => self.show_error("could not resume the exam", format!("{e:#}")),
                }
            }
            Action::Choose(d) => self.choose(usize::from(d)),
            Action::ToggleChoice => self.choose(self.exam_screen.cursor),
            Action::NextQuestion | Action::PrevQuestion => {
                let Some(run) = &mut self.exam else { return };
                let n = run.questions.len();
                run.position = if action == Action::NextQuestion {
                    (run.position + 1).min(n - 1)
                } else {
                    run.position.saturating_sub(1)
                };
                self.exam_screen.cursor = 0;
                self.message = None;
            }
            Action::Flag => {
                let Some(run) = &mut self.exam else { return };
                let i = run.position;
                run.flagged[i] = !run.flagged[i];
                self.save_exam_answer(i);
            }
            Action::GoTo => self.exam_screen.goto = Some(String::new()),
            Action::Submit => {
                self.exam_screen.reviewing = true;
                self.exam_screen.goto = None;
            }
            Action::Confirm => self.confirm(now),
            Action::FilterWrong | Action::FilterFlagged => {
                let want = if action == Action::FilterWrong {
                    Filter::Wrong
                } else {
                    Filter::Flagged
                };
                let s = &mut self.exam_screen;
                s.filter = if s.filter == want { Filter::All } else { want };
                s.selected = 0;
            }
            _ => {}
        }
    }

    pub(super) fn choose(&mut self, display: usize) {
        let Some(run) = &mut self.exam else { return };
        match run.toggle(display) {
            Ok(()) => {
                self.message = None;
                self.exam_screen.cursor = display;
                let i = run.position;
                self.save_exam_answer(i);
            }
            Err(e) => self.message = Some(e),
        }
    }

    pub(super) fn save_exam_answer(&mut self, i: usize) {
        let (Some(study), Some(run)) = (&self.study, &self.exam) else {
            return;
        };
        if let Err(e) = study.save_exam_answer(run, i) {
            self.show_error("the answer was not saved", format!("{e:#}"));
        }
    }

    pub(super) fn confirm(&mut self, now: i64) {
        if let Some(buf) = self.exam_screen.goto.take() {
            let Some(run) = &mut self.exam else { return };
            match buf.parse::<usize>() {
                Ok(n) if (1..=run.questions.len()).contains(&n) => {
                    run.position = n - 1;
                    self.exam_screen.cursor = 0;
                    self.exam_screen.reviewing = false;
                }
                _ => self.message = Some(format!("There is no question {buf}.")),
            }
            return;
        }
        if self.exam_screen.reviewing {
            self.submit_exam(now);
            return;
        }
        let Some(run) = &mut self.exam else { return };
        if run.mode.shows_answers() {
            let i = run.position;
            if run.checked[i] {
                if i + 1 < run.questions.len() {
                    run.position += 1;
                    self.exam_screen.cursor = 0;
                } else {
                    self.exam_screen.reviewing = true;
                }
            } else if run.selected[i].is_empty() {
                self.message = Some("Choose an answer first.".into());
            } else {
                run.checked[i] = true;
            }
        }
    }

    pub(super) fn submit_exam(&mut self, now: i64) {
        let (Some(study), Some(mut run)) = (&mut self.study, self.exam.take()) else {
            return;
        };
        match study.submit_exam(&mut run, now) {
            Ok(result) => {
                self.exam_done = Some((run, result));
                self.exam_screen = ExamScreen::default();
                self.message = None;
                self.refresh(now);
            }
            Err(e) => {
                self.exam = Some(run);
                self.show_error("the exam was not submitted", format!("{e:#}"));
            }
        }
    }
}

//! Drawing the exam screens: the menu with history, a running exam, the review before
//! submitting, and the results.

use super::*;
use crate::core::exam::Tally;
use crate::display::clock;
use crate::tui::action::CustomStart;
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

fn bar(t: Tally, width: usize) -> String {
    let filled = ((t.percent() / 100.0) * width as f64).round() as usize;
    format!(
        "{}{}",
        "#".repeat(filled),
        ".".repeat(width - filled.min(width))
    )
}

/// One attempt of the history: number, date, raw score, estimated scaled score, time used, mode.
fn history_row(a: &Attempt) -> String {
    let date = crate::core::stats::day_date(a.started_at.div_euclid(86_400_000));
    let (t, estimate) = crate::exam_run::attempt_score(a);
    let estimate = match estimate {
        Some(e) => format!("est {}-{}", e.low, e.high),
        None => "est -".to_string(),
    };
    format!(
        "#{:<4} {date} {:>3}/{:<3} {:>3.0} %  {estimate:<11} {:>10}  {}",
        a.id,
        t.correct,
        t.total,
        t.percent(),
        clock(a.elapsed_ms),
        crate::exam_run::mode_title(&a.mode),
    )
}

impl ExamScreen {
    /// Draws whichever exam screen applies.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, view: &ExamView, theme: &Theme) {
        if let Some(run) = view.run {
            if let Some(at) = self.grid {
                self.render_grid(frame, area, run, at, view, theme);
            } else if self.reviewing {
                self.render_review(frame, area, run, view, theme);
            } else {
                self.render_run(frame, area, run, view, theme);
            }
        } else if let Some((run, result)) = view.done {
            self.render_results(frame, area, run, result, view, theme);
        } else {
            self.render_menu(frame, area, view, theme);
        }
    }

    fn render_menu(&self, frame: &mut Frame, area: Rect, view: &ExamView, theme: &Theme) {
        let mut lines = vec![Line::styled("Mock exams", theme.title), Line::raw("")];
        if let Some(r) = view.resumable {
            lines.push(Line::styled(clean(r), theme.bad));
            let key = |a: Action, scopes: &[Scope]| {
                Span::styled(
                    format!(" {} ", key_for(a, scopes).unwrap_or_default()),
                    theme.key,
                )
            };
            if view.confirm_discard {
                lines.push(Line::styled(
                    "Discard it? It is kept as discarded: never scored, counted or drilled.",
                    theme.title,
                ));
                lines.push(Line::from(vec![
                    key(Action::Confirm, CONFIRM),
                    Span::styled("discard it    ", theme.text),
                    key(Action::Back, CONFIRM),
                    Span::styled("keep it", theme.text),
                ]));
            } else {
                lines.push(Line::from(vec![
                    key(Action::ResumeExam, MENU),
                    Span::styled(
                        "continue it (time counts only while the exam is open)    ",
                        theme.text,
                    ),
                    key(Action::DiscardExam, MENU),
                    Span::styled("discard it", theme.text),
                ]));
            }
            lines.push(Line::raw(""));
        }
        for choice in ExamChoice::ALL {
            let text = match choice {
                ExamChoice::Full => {
                    "Full mock exam: 65 questions in 130 minutes, weighted like DVA-C02"
                }
                ExamChoice::Quick => "Quick: 10 questions, untimed",
                ExamChoice::Practice(crate::core::domain::Domain::Development) => {
                    "Practice: Development with AWS Services (answers after each question)"
                }
                ExamChoice::Practice(crate::core::domain::Domain::Security) => "Practice: Security",
                ExamChoice::Practice(crate::core::domain::Domain::Deployment) => {
                    "Practice: Deployment"
                }
                ExamChoice::Practice(crate::core::domain::Domain::Troubleshooting) => {
                    "Practice: Troubleshooting and Optimization"
                }
                ExamChoice::WeakAreas => {
                    "Weak areas: 20 questions, most from the task statements you miss most"
                }
            };
            let k = key_for(Action::StartExam(choice), MENU).unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!(" {k} "), theme.key),
                Span::styled(text, theme.text),
            ]));
        }
        lines.push(Line::raw(""));
        if view.history.is_empty() {
            lines.push(Line::styled("No exam taken yet.", theme.dim));
        } else {
            lines.push(Line::from(vec![
                Span::styled("History", theme.title),
                Span::styled(
                    format!(
                        " (newest last): {}",
                        hints(
                            MENU,
                            &[
                                Hint::Pair(Action::Up, "/", Action::Down, "select"),
                                Hint::Key(Action::OpenAttempt, "review"),
                            ]
                        )
                    ),
                    theme.dim,
                ),
            ]));
            // As many attempts as fit, with the selected one in sight.
            let room = usize::from(area.height.saturating_sub(2))
                .saturating_sub(lines.len() + 3)
                .max(1);
            let last = view.history.len() - 1;
            let sel = self.history_selected.unwrap_or(last).min(last);
            let first = (sel + 1)
                .saturating_sub(room)
                .min(view.history.len().saturating_sub(room));
            for (i, a) in view.history.iter().enumerate().skip(first).take(room) {
                let style = if i == sel {
                    theme.highlight
                } else {
                    theme.text
                };
                lines.push(Line::styled(history_row(a), style));
            }
        }
        if let Some(m) = view.message {
            lines.push(Line::raw(""));
            lines.push(Line::styled(clean(m), theme.bad));
        }
        frame.render_widget(
            Paragraph::new(lines).block(Block::bordered().border_style(theme.border)),
            area,
        );
    }

    fn render_run(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        view: &ExamView,
        theme: &Theme,
    ) {
        let i = run.position;
        let q = &run.questions[i];
        let n = run.questions.len();
        // Every question number with its mark and a space: enough lines to show all of them, unless
        // the question needs the room (then one line around the current question).
        let nav_chars: usize = (1..=n).map(|j| j.to_string().len() + 2).sum();
        let full_nav = (nav_chars / usize::from(area.width.max(1)) + 1).min(6) as u16;
        let mut lines: Vec<Line> = clean(&crate::core::content::reflow(q.stem_in(view.lang)))
            .lines()
            .map(|l| Line::styled(l.to_string(), theme.text))
            .collect();
        if q.choose > 1 && !q.stem.to_lowercase().contains("choose") {
            lines.push(Line::styled(format!("(Choose {}.)", q.choose), theme.text));
        }
        lines.push(Line::raw(""));
        self.cursor = self.cursor.min(run.order[i].len().saturating_sub(1));
        let checked = run.mode.shows_answers() && run.checked[i];
        let mut spans_of_choice: Vec<(usize, usize)> = Vec::new();
        for (d, &orig) in run.order[i].iter().enumerate() {
            let first_line = lines.len();
            let c = &q.choices[orig];
            let chosen = run.selected[i].contains(&orig);
            let mark = match (q.choose > 1, chosen) {
                (true, true) => "[x]",
                (true, false) => "[ ]",
                (false, true) => "(*)",
                (false, false) => "( )",
            };
            let struck = run.is_struck(i, d);
            let style = match (d == self.cursor, struck) {
                (true, _) => theme.highlight,
                (false, true) => theme.dim,
                (false, false) => theme.text,
            };
            let text_style = if struck {
                style.add_modifier(Modifier::CROSSED_OUT)
            } else {
                style
            };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{mark} {}{}. ", if struck { "-" } else { "" }, letter(d)),
                    style,
                ),
                Span::styled(clean(c.text_in(view.lang)), text_style),
                Span::styled(if struck { "  (struck out)" } else { "" }, theme.dim),
            ]));
            if checked {
                let verdict = if c.correct {
                    ("right", theme.good)
                } else {
                    ("wrong", theme.bad)
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("      {}: ", verdict.0), verdict.1),
                    Span::styled(clean(c.why_in(view.lang)), theme.dim),
                ]));
            }
            spans_of_choice.push((first_line, lines.len()));
        }
        if checked {
            lines.push(Line::styled(
                format!("Source: {}", clean(&q.source)),
                theme.dim,
            ));
        }
        // Where each choice lands once wrapped, so that a click can choose it.
        let inner_width = area.width.saturating_sub(2);
        let heights: Vec<u16> = lines
            .iter()
            .map(|l| {
                Paragraph::new(l.clone())
                    .wrap(Wrap { trim: false })
                    .line_count(inner_width) as u16
            })
            .collect();
        let choose = Hint::Pair(Action::Choose(0), "-", Action::Choose(4), "choose");
        let move_ = Hint::Pair(Action::PrevQuestion, " ", Action::NextQuestion, "move");
        let hint_text = match &self.goto {
            Some(buf) => format!(
                "Go to question: {buf}_   ({})",
                hints(
                    &[Scope::Global, Scope::ExamRun],
                    &[
                        Hint::Key(Action::Confirm, "jumps,"),
                        Hint::Key(Action::Back, "cancels")
                    ]
                )
            ),
            None => {
                // Practice checks each answer with Confirm; a timed exam has no such step.
                let check = run
                    .mode
                    .shows_answers()
                    .then_some(Hint::Key(Action::Confirm, "check/next"));
                let items: Vec<Hint> = [
                    Some(choose),
                    Some(Hint::Key(Action::ToggleChoice, "toggle")),
                    Some(Hint::Key(Action::Strike, "strike")),
                    check,
                    Some(move_),
                    Some(Hint::Key(Action::Flag, "flag")),
                    Some(Hint::Key(Action::GoTo, "go to")),
                    Some(Hint::Key(Action::QuestionGrid, "grid")),
                    Some(Hint::Key(Action::Submit, "submit")),
                    Some(Hint::Key(Action::Back, "pause")),
                ]
                .into_iter()
                .flatten()
                .collect();
                hints(RUN, &items)
            }
        };
        // The keys take a second line when one is too narrow for them.
        let hint_lines = if hint_text.chars().count() > usize::from(area.width) {
            2
        } else {
            1
        };
        let needed = heights.iter().sum::<u16>() + 2;
        let room = area.height.saturating_sub(1 + hint_lines);
        let nav_lines = if needed + full_nav <= room {
            full_nav
        } else {
            room.saturating_sub(needed).clamp(1, full_nav)
        };
        let [status, body, nav, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(nav_lines),
            Constraint::Length(hint_lines),
        ])
        .areas(area);
        let inner = Block::bordered().inner(body);
        let time = match run.remaining() {
            Some(left) => format!("elapsed {}  left {}", clock(run.elapsed_ms), clock(left)),
            None => format!("elapsed {}  untimed", clock(run.elapsed_ms)),
        };
        let answered = n - run.unanswered().len();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("Question {} of {n}", i + 1), theme.title),
                Span::styled(format!("  |  {answered} answered  |  {time}"), theme.text),
                Span::styled(if run.flagged[i] { "  |  FLAGGED" } else { "" }, theme.bad),
            ])),
            status,
        );
        let top_of = |line: usize| inner.y + heights[..line].iter().sum::<u16>();
        self.choice_rows = spans_of_choice
            .iter()
            .enumerate()
            .map(|(d, &(a, b))| (top_of(a), top_of(b).saturating_sub(1), d))
            .filter(|&(top, _, _)| top < inner.y + inner.height)
            .collect();
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            body,
        );
        // The navigator: every question as answered (number), unanswered (.) or flagged (!); when
        // it is cut short, the questions from a few before the current one.
        let mut spans = Vec::new();
        let first = if nav_lines < full_nav {
            let fits = usize::from(nav_lines) * usize::from(area.width) / 4;
            i.saturating_sub(fits / 3)
                .min(n.saturating_sub(fits.max(1)))
        } else {
            0
        };
        for j in first..n {
            let s = if run.flagged[j] {
                format!("{}!", j + 1)
            } else if run.answered(j) {
                format!("{}", j + 1)
            } else {
                format!("{}.", j + 1)
            };
            let style = if j == i {
                theme.highlight
            } else if run.answered(j) {
                theme.dim
            } else {
                theme.text
            };
            spans.push(Span::styled(s, style));
            spans.push(Span::raw(" "));
        }
        frame.render_widget(
            Paragraph::new(Line::from(spans)).wrap(Wrap { trim: false }),
            nav,
        );
        // A message (a refusal, a warning) takes the hint's line, so that it is always in sight.
        let bottom = match view.message {
            Some(m) => Line::styled(clean(m), theme.bad),
            None => Line::styled(hint_text, theme.dim),
        };
        frame.render_widget(Paragraph::new(bottom).wrap(Wrap { trim: false }), hint);
    }

    /// Every question number in a grid, each answered, unanswered (`.`) or flagged (`!`), with the
    /// cursor on one: the real exam's review screen.
    fn render_grid(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        at: usize,
        view: &ExamView,
        theme: &Theme,
    ) {
        const CELL: u16 = 6;
        let n = run.questions.len();
        let unanswered = run.unanswered().len();
        let flagged = run.flagged_list().len();
        let mut lines = vec![
            Line::styled("Questions", theme.title),
            Line::styled(
                format!(
                    "{} answered, {unanswered} unanswered, {flagged} flagged",
                    n - unanswered
                ),
                theme.text,
            ),
            Line::styled("Marks: 12 answered, 12. unanswered, 12! flagged", theme.dim),
            Line::raw(""),
        ];
        let inner = Block::bordered().inner(area);
        let cols = usize::from((inner.width / CELL).clamp(1, 10));
        self.grid_cols = cols;
        self.grid_cells.clear();
        let top = inner.y + lines.len() as u16;
        for (r, chunk) in (0..n).collect::<Vec<_>>().chunks(cols).enumerate() {
            let mut spans = Vec::new();
            for (c, &j) in chunk.iter().enumerate() {
                let mark = match (run.answered(j), run.flagged[j]) {
                    (_, true) => "!",
                    (false, false) => ".",
                    (true, false) => " ",
                };
                let style = if j == at {
                    theme.highlight
                } else if run.flagged[j] {
                    theme.bad
                } else if run.answered(j) {
                    theme.dim
                } else {
                    theme.text
                };
                spans.push(Span::styled(format!("{:>4}{mark}", j + 1), style));
                spans.push(Span::raw(" "));
                let y = top + r as u16;
                if y < inner.y + inner.height {
                    self.grid_cells
                        .push((inner.x + c as u16 * CELL, y, CELL, j));
                }
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            hints(
                GRID,
                &[
                    Hint::Pair(Action::Up, "/", Action::Down, "row"),
                    Hint::Pair(Action::PrevQuestion, "/", Action::NextQuestion, "question"),
                    Hint::Key(Action::Confirm, "jump (or click a number)"),
                    Hint::Key(Action::Back, "back"),
                ],
            ),
            theme.dim,
        ));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            area,
        );
        if let Some(m) = view.message {
            let bottom = Rect {
                y: area.y + area.height.saturating_sub(2),
                height: 1,
                x: inner.x,
                width: inner.width,
            };
            frame.render_widget(Paragraph::new(Line::styled(clean(m), theme.bad)), bottom);
        }
    }

    fn render_review(
        &self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        view: &ExamView,
        theme: &Theme,
    ) {
        // A count, then the question numbers: "2 (questions 4, 9)".
        let list = |v: Vec<usize>| {
            if v.is_empty() {
                "0".to_string()
            } else {
                let numbers: Vec<String> = v.iter().map(|i| (i + 1).to_string()).collect();
                format!(
                    "{} ({} {})",
                    v.len(),
                    if v.len() == 1 {
                        "question"
                    } else {
                        "questions"
                    },
                    numbers.join(", ")
                )
            }
        };
        let mut lines = vec![
            Line::styled("Submit the exam?", theme.title),
            Line::raw(""),
            Line::styled(
                format!("Unanswered: {}", list(run.unanswered())),
                theme.text,
            ),
            Line::styled(format!("Flagged: {}", list(run.flagged_list())), theme.text),
        ];
        if let Some(left) = run.remaining() {
            lines.push(Line::styled(
                format!("Time left: {}", clock(left)),
                theme.text,
            ));
        }
        lines.push(Line::raw(""));
        let global = [Scope::Global];
        lines.push(Line::from(vec![
            Span::styled(
                format!(" {} ", key_for(Action::Confirm, RUN).unwrap_or_default()),
                theme.key,
            ),
            Span::styled("submit now    ", theme.text),
            Span::styled(
                format!(" {} ", key_for(Action::Back, &global).unwrap_or_default()),
                theme.key,
            ),
            Span::styled(
                format!(
                    "back to the questions ({} jumps to a number)",
                    key_for(Action::GoTo, RUN).unwrap_or_default()
                ),
                theme.text,
            ),
        ]));
        frame.render_widget(panel(lines, view.message, theme), area);
    }

    fn render_results(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        r: &ExamResult,
        view: &ExamView,
        theme: &Theme,
    ) {
        let t = r.score.overall;
        let mut lines = vec![
            Line::from(vec![
                Span::styled(
                    format!("Score {}/{} ({:.0} %)", t.correct, t.total, t.percent()),
                    theme.title,
                ),
                Span::styled(format!("   time used {}", clock(r.elapsed_ms)), theme.text),
                Span::styled(
                    format!("   #{} {}", r.attempt, crate::exam_run::mode_title(&r.mode)),
                    theme.dim,
                ),
            ]),
            Line::from(vec![
                Span::styled(
                    crate::exam_run::estimate_text(r.estimate.as_ref(), t.total, r.passing_score),
                    theme.text,
                ),
                match r.estimate {
                    Some(e) if e.passes => Span::styled(": likely pass", theme.good),
                    Some(_) => Span::styled(": below the pass mark", theme.bad),
                    None => Span::styled(".", theme.text),
                },
            ]),
            Line::styled(r.estimate_method, theme.dim),
        ];
        // What goes into the drill comes first: the bars below may be cut on a small terminal.
        if r.scheduled_cards > 0 {
            lines.push(Line::styled(
                format!(
                    "{} card(s) from questions answered wrongly are due in the drill now.",
                    r.scheduled_cards
                ),
                theme.text,
            ));
        }
        let wrong = r.questions.iter().filter(|q| !q.1).count() - r.unanswered.len();
        if wrong > 0 {
            lines.push(Line::styled(
                format!(
                    "{}: drill the {} cards now (custom study, schedule unchanged).",
                    key_for(Action::CustomStudy(CustomStart::These), RESULTS).unwrap_or_default(),
                    if wrong == 1 {
                        "wrong answer's".to_string()
                    } else {
                        format!("{wrong} wrong answers'")
                    },
                ),
                theme.text,
            ));
        }
        if !r.unanswered.is_empty() {
            lines.push(Line::styled(
                format!(
                    "Unanswered (not drilled): {} ({} {}).",
                    r.unanswered.len(),
                    if r.unanswered.len() == 1 {
                        "question"
                    } else {
                        "questions"
                    },
                    r.unanswered
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                theme.text,
            ));
        }
        let slowest = run.slowest(3);
        if !slowest.is_empty() {
            let each: Vec<String> = slowest
                .iter()
                .map(|&(i, t)| format!("Q{} {}", i + 1, clock(t)))
                .collect();
            lines.push(Line::styled(
                format!("Most time: {}", each.join(", ")),
                theme.text,
            ));
        }
        for (d, tally) in &r.score.per_domain {
            lines.push(Line::styled(
                format!(
                    "{:<34} {} {:>3.0} % ({}/{})",
                    d.title(),
                    bar(*tally, 20),
                    tally.percent(),
                    tally.correct,
                    tally.total
                ),
                theme.text,
            ));
        }
        // Task statements as small bars, several to a line.
        let tasks: Vec<String> = r
            .score
            .per_task
            .iter()
            .map(|(code, t)| format!("{code} {} {:>3.0}%", bar(*t, 5), t.percent()))
            .collect();
        for chunk in tasks.chunks(4) {
            lines.push(Line::styled(
                format!("Tasks: {}", chunk.join("  ")),
                theme.text,
            ));
        }
        if !r.score.per_difficulty.is_empty() {
            let levels: Vec<String> = r
                .score
                .per_difficulty
                .iter()
                .map(|(d, t)| format!("{} {}/{} {:.0}%", d.key(), t.correct, t.total, t.percent()))
                .collect();
            lines.push(Line::styled(
                format!("By difficulty: {}", levels.join("  ")),
                theme.text,
            ));
        }
        // As many rows as the summary has lines (up to 14), the review below takes the rest.
        let [top, bottom] = Layout::vertical([
            Constraint::Length((lines.len() as u16).clamp(13, 14)),
            Constraint::Min(4),
        ])
        .areas(area);
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), top);

        let shown: Vec<usize> = (0..run.questions.len())
            .filter(|&i| match self.filter {
                Filter::All => true,
                Filter::Wrong => !r.questions[i].1,
                Filter::Flagged => r.questions[i].2,
            })
            .collect();
        self.selected = self.selected.min(shown.len().saturating_sub(1));
        let mut lines = Vec::new();
        let title = match self.filter {
            Filter::All => "All questions",
            Filter::Wrong => "Wrong or unanswered questions",
            Filter::Flagged => "Flagged questions",
        };
        lines.push(Line::styled(
            format!(
                "{title} ({}): {}",
                shown.len(),
                hints(
                    RESULTS,
                    &[
                        Hint::Pair(Action::Up, "/", Action::Down, "select"),
                        Hint::Key(Action::FilterWrong, "wrong only"),
                        Hint::Key(Action::FilterFlagged, "flagged only"),
                        Hint::Key(Action::Back, "back"),
                    ]
                )
            ),
            theme.dim,
        ));
        if let Some(&i) = shown.get(self.selected) {
            let q = &run.questions[i];
            let ok = r.questions[i].1;
            lines.push(Line::from(vec![
                Span::styled(format!("Q{} ", i + 1), theme.title),
                if ok {
                    Span::styled("right", theme.good)
                } else {
                    Span::styled("wrong", theme.bad)
                },
                Span::styled(
                    format!("  {}  task {}  {}", q.service, q.task, q.id),
                    theme.dim,
                ),
                Span::styled(
                    match run.time_ms.get(i) {
                        Some(&t) if t > 0 => format!("  time {}", clock(t)),
                        _ => String::new(),
                    },
                    theme.dim,
                ),
            ]));
            lines.extend(
                clean(&crate::core::content::reflow(q.stem_in(view.lang)))
                    .lines()
                    .map(|l| Line::styled(l.to_string(), theme.text)),
            );
            for (d, &orig) in run.order[i].iter().enumerate() {
                let c = &q.choices[orig];
                let yours = if run.selected[i].contains(&orig) {
                    "yours "
                } else {
                    "      "
                };
                let right = if c.correct { "correct" } else { "       " };
                lines.push(Line::styled(
                    format!(
                        "{yours}{right} {}. {}",
                        letter(d),
                        clean(c.text_in(view.lang))
                    ),
                    if c.correct { theme.good } else { theme.text },
                ));
                lines.push(Line::styled(
                    format!("      {}", clean(c.why_in(view.lang))),
                    theme.dim,
                ));
            }
            lines.push(Line::styled(
                format!("Source: {}", clean(&q.source)),
                theme.dim,
            ));
        }
        frame.render_widget(panel(lines, view.message, theme), bottom);
    }
}

//! The exam screens: the menu with history, a running exam (question, choices, timer, navigator,
//! goto and the review before submitting), and the results with the review of every question.
//!
//! View state only; the run and the results are owned by the app.

use crate::core::exam::Tally;
use crate::exam_run::{ExamResult, ExamRun, letter};
use crate::store::Attempt;
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// Which questions the results list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Filter {
    /// Every question.
    #[default]
    All,
    /// Wrong or unanswered.
    Wrong,
    /// Flagged.
    Flagged,
}

/// The exam screens' view state.
#[derive(Debug, Default)]
pub struct ExamScreen {
    /// The choice under the cursor (display index).
    pub cursor: usize,
    /// Showing the review before submitting.
    pub reviewing: bool,
    /// Typing a question number to jump to.
    pub goto: Option<String>,
    /// Results filter.
    pub filter: Filter,
    /// Selected row of the results list.
    pub selected: usize,
    /// Where each choice was drawn: (first row, last row, display index), for mouse clicks.
    choice_rows: Vec<(u16, u16, usize)>,
}

/// What the app passes to draw the exam screens.
pub struct ExamView<'a> {
    /// The exam in progress.
    pub run: Option<&'a ExamRun>,
    /// The exam just submitted, with its result.
    pub done: Option<(&'a ExamRun, &'a ExamResult)>,
    /// Submitted attempts, oldest first.
    pub history: &'a [Attempt],
    /// A sentence about an unfinished exam that can be resumed.
    pub resumable: Option<&'a str>,
    /// A message (warning, refusal, error).
    pub message: Option<&'a str>,
}

fn clean(s: &str) -> String {
    crate::core::content::diag::printable(s)
}

use crate::display::clock;

fn bar(t: Tally, width: usize) -> String {
    let filled = ((t.percent() / 100.0) * width as f64).round() as usize;
    format!(
        "{}{}",
        "#".repeat(filled),
        ".".repeat(width - filled.min(width))
    )
}

impl ExamScreen {
    /// The choice (display index) drawn on screen row `row`, if any.
    pub fn choice_at(&self, row: u16) -> Option<usize> {
        self.choice_rows
            .iter()
            .find(|(top, bottom, _)| (*top..=*bottom).contains(&row))
            .map(|(_, _, d)| *d)
    }

    /// Typing a question number in goto mode; true when the key was used.
    pub fn type_key(&mut self, key: &crossterm::event::KeyEvent) -> bool {
        use crossterm::event::{KeyCode, KeyEventKind};
        let Some(buf) = &mut self.goto else {
            return false;
        };
        if key.kind != KeyEventKind::Press {
            return false;
        }
        match key.code {
            KeyCode::Char(c) if c.is_ascii_digit() && buf.len() < 4 => buf.push(c),
            KeyCode::Backspace => {
                buf.pop();
            }
            _ => return false,
        }
        true
    }

    /// Draws whichever exam screen applies.
    pub fn render(&mut self, frame: &mut Frame, area: Rect, view: &ExamView, theme: &Theme) {
        if let Some(run) = view.run {
            if self.reviewing {
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
            lines.push(Line::from(vec![
                Span::styled(" r ", theme.key),
                Span::styled(
                    "continue it (time counts only while the exam is open)",
                    theme.text,
                ),
            ]));
            lines.push(Line::raw(""));
        }
        for (k, text) in [
            (
                "1",
                "Full mock exam: 65 questions in 130 minutes, weighted like DVA-C02",
            ),
            ("2", "Quick: 10 questions, untimed"),
            (
                "3",
                "Practice: Development with AWS Services (answers after each question)",
            ),
            ("4", "Practice: Security"),
            ("5", "Practice: Deployment"),
            ("6", "Practice: Troubleshooting and Optimization"),
        ] {
            lines.push(Line::from(vec![
                Span::styled(format!(" {k} "), theme.key),
                Span::styled(text, theme.text),
            ]));
        }
        lines.push(Line::raw(""));
        if view.history.is_empty() {
            lines.push(Line::styled("No exam taken yet.", theme.dim));
        } else {
            lines.push(Line::styled(
                "History (newest last): date, mode, score, time",
                theme.title,
            ));
            for a in view.history.iter().rev().take(8).rev() {
                let date = crate::core::stats::day_date(a.started_at.div_euclid(86_400_000));
                let score = a.score.unwrap_or(0);
                let pct = if a.total > 0 {
                    score * 100 / a.total
                } else {
                    0
                };
                lines.push(Line::styled(
                    format!(
                        "#{:<4} {date}  {:<22} {score:>3}/{:<3} ({pct:>3} %)  {}",
                        a.id,
                        a.mode,
                        a.total,
                        clock(a.elapsed_ms)
                    ),
                    theme.text,
                ));
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
        // Every question number with its mark and a space: enough lines to show all of them.
        let nav_chars: usize = (1..=n).map(|j| j.to_string().len() + 2).sum();
        let nav_lines = (nav_chars / usize::from(area.width.max(1)) + 1).min(6) as u16;
        let [status, body, nav, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(6),
            Constraint::Length(nav_lines),
            Constraint::Length(1),
        ])
        .areas(area);
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
        let mut lines: Vec<Line> = clean(&crate::core::content::reflow(&q.stem))
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
            let style = if d == self.cursor {
                theme.highlight
            } else {
                theme.text
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{mark} {}. ", letter(d)), style),
                Span::styled(clean(&c.text), style),
            ]));
            if checked {
                let verdict = if c.correct {
                    ("right", theme.good)
                } else {
                    ("wrong", theme.bad)
                };
                lines.push(Line::from(vec![
                    Span::styled(format!("      {}: ", verdict.0), verdict.1),
                    Span::styled(clean(&c.why), theme.dim),
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
        if let Some(m) = view.message {
            lines.push(Line::raw(""));
            lines.push(Line::styled(clean(m), theme.bad));
        }
        // Where each choice lands once wrapped, so that a click can choose it.
        let inner = Block::bordered().inner(body);
        let heights: Vec<u16> = lines
            .iter()
            .map(|l| {
                Paragraph::new(l.clone())
                    .wrap(Wrap { trim: false })
                    .line_count(inner.width) as u16
            })
            .collect();
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
        // The navigator: every question as answered (number), unanswered (.) or flagged (!).
        let mut spans = Vec::new();
        for j in 0..n {
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
        let hint_text = match &self.goto {
            Some(buf) => format!("Go to question: {buf}_   (Enter jumps, Esc cancels)"),
            None if run.mode.shows_answers() => {
                "a-e choose  Space toggle  Enter check/next  <- -> move  f flag  g go to  s submit  q pause".into()
            }
            None => "a-e choose  Space toggle  <- -> move  f flag  g go to  s submit  q pause  ? keys".into(),
        };
        frame.render_widget(Paragraph::new(Line::styled(hint_text, theme.dim)), hint);
    }

    fn render_review(
        &self,
        frame: &mut Frame,
        area: Rect,
        run: &ExamRun,
        view: &ExamView,
        theme: &Theme,
    ) {
        let list = |v: Vec<usize>| {
            if v.is_empty() {
                "none".to_string()
            } else {
                v.iter()
                    .map(|i| (i + 1).to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
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
        lines.push(Line::from(vec![
            Span::styled(" Enter ", theme.key),
            Span::styled("submit now    ", theme.text),
            Span::styled(" Esc ", theme.key),
            Span::styled("back to the questions (g jumps to a number)", theme.text),
        ]));
        if let Some(m) = view.message {
            lines.push(Line::styled(clean(m), theme.bad));
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            area,
        );
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
        let [top, bottom] =
            Layout::vertical([Constraint::Length(13), Constraint::Min(4)]).areas(area);
        let t = r.score.overall;
        let e = r.estimate;
        let mut lines = vec![
            Line::from(vec![
                Span::styled(
                    format!("Score {}/{} ({:.0} %)", t.correct, t.total, t.percent()),
                    theme.title,
                ),
                Span::styled(format!("   time used {}", clock(r.elapsed_ms)), theme.text),
            ]),
            Line::from(vec![
                Span::styled(
                    format!(
                        "Estimated scaled score {}-{} (point estimate {}, pass mark {}): ",
                        e.low, e.high, e.mid, r.passing_score
                    ),
                    theme.text,
                ),
                if e.passes {
                    Span::styled("likely pass", theme.good)
                } else {
                    Span::styled("below the pass mark", theme.bad)
                },
            ]),
            Line::styled(r.estimate_method, theme.dim),
        ];
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
        if r.scheduled_cards > 0 {
            lines.push(Line::styled(
                format!(
                    "{} card(s) from missed questions are due in the drill now.",
                    r.scheduled_cards
                ),
                theme.text,
            ));
        }
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
                "{title} ({}): Up/Down select, w wrong only, f flagged only, q back",
                shown.len()
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
            ]));
            lines.extend(
                clean(&crate::core::content::reflow(&q.stem))
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
                    format!("{yours}{right} {}. {}", letter(d), clean(&c.text)),
                    if c.correct { theme.good } else { theme.text },
                ));
                lines.push(Line::styled(format!("      {}", clean(&c.why)), theme.dim));
            }
            lines.push(Line::styled(
                format!("Source: {}", clean(&q.source)),
                theme.dim,
            ));
        }
        if let Some(m) = view.message {
            lines.push(Line::styled(clean(m), theme.bad));
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            bottom,
        );
    }
}

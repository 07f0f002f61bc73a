//! The review screen: the card's front, the answer once revealed, the four buttons with the interval
//! each would give, a typed answer for numeric cards, the progress line and the end-of-session summary.
//!
//! View state only (revealed, typed text, language); the app computes everything else and passes it in
//! a `DrillView`.

use crate::core::calc::drills::Instance;
use crate::core::content::{Card, CardBody};
use crate::core::drill::{ClozePart, NumericGrade, cloze_parts, fmt};
use crate::core::scheduler::queue::DueCounts;
use crate::core::scheduler::readiness::Readiness;
use crate::core::scheduler::{Preview, interval_label};
use crate::study::SessionStats;
use crate::tui::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// What the app passes the screen to draw.
pub struct DrillView<'a> {
    /// The card on screen, if any is due.
    pub card: Option<&'a Card>,
    /// What each button would do.
    pub previews: Option<[Preview; 4]>,
    /// Due counts now.
    pub counts: DueCounts,
    /// This session's answers.
    pub session: SessionStats,
    /// Time until the next card comes due, when none is due now (ms).
    pub next_due_in: Option<i64>,
    /// The exam-date prediction, when a date is set.
    pub readiness: Option<&'a Readiness>,
    /// A message to show (leech notice, undo, error).
    pub message: Option<&'a str>,
    /// The exercise drawn for a generated card.
    pub instance: Option<&'a Instance>,
    /// Whether the card on screen is a leech.
    pub leech: bool,
}

/// The review screen's view state.
#[derive(Debug, Default)]
pub struct DrillScreen {
    /// Whether the answer is shown.
    pub revealed: bool,
    /// The typed answer of a numeric card.
    pub input: String,
    /// The grade of the typed answer, once checked.
    pub grade: Option<Result<NumericGrade, String>>,
    /// Show the Korean text where the card has one.
    pub korean: bool,
    /// The check of a generated exercise's typed answer: right or not, or why it could not be read.
    pub checked: Option<Result<bool, String>>,
}

impl DrillScreen {
    /// Resets the view for a new card.
    pub fn new_card(&mut self) {
        self.revealed = false;
        self.input.clear();
        self.grade = None;
        self.checked = None;
    }

    /// Typing into the numeric answer: consumes digits, and letters once a number has started.
    /// Returns true when the key was used.
    pub fn type_key(&mut self, card: Option<&Card>, key: &KeyEvent) -> bool {
        let body = card.map(|c| &c.body);
        let numeric = matches!(body, Some(CardBody::Numeric { .. }));
        // A generated exercise may want a letter: every printable key types until it is checked.
        let generated = matches!(body, Some(CardBody::Generated { .. }));
        if !(numeric || generated) || self.revealed || key.kind != KeyEventKind::Press {
            return false;
        }
        if generated
            && let KeyCode::Char(c) = key.code
            && !key.modifiers.contains(KeyModifiers::CONTROL)
            && c != ' '
        {
            if self.input.chars().count() < 32 {
                self.input.push(c);
            }
            return true;
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return false;
        }
        match key.code {
            KeyCode::Backspace => {
                self.input.pop();
                true
            }
            KeyCode::Char(c)
                if c.is_ascii_digit()
                    || matches!(c, '.' | ',' | '-')
                    || (!self.input.is_empty() && (c.is_alphabetic() || c == ' ')) =>
            {
                if self.input.chars().count() < 32 {
                    self.input.push(c);
                }
                true
            }
            _ => false,
        }
    }

    /// Draws the screen.
    pub fn render(&mut self, frame: &mut Frame, area: Rect, view: &DrillView, theme: &Theme) {
        let [progress, body, buttons, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(5),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let s = view.session;
        let left = view.counts.now();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{} done", s.answered), theme.text),
                Span::styled("  |  ", theme.dim),
                Span::styled(
                    format!(
                        "left today: {} learning, {} review, {} new",
                        view.counts.learning, view.counts.review, view.counts.new
                    ),
                    theme.text,
                ),
                Span::styled("  |  ", theme.dim),
                Span::styled(format!("time {}", duration(s.time_ms)), theme.text),
            ])),
            progress,
        );
        let Some(card) = view.card else {
            self.render_summary(frame, body, view, theme, left);
            return;
        };
        let ko = if self.korean {
            card.ko.as_deref()
        } else {
            None
        };
        let mut lines: Vec<Line> = Vec::new();
        let mut header = vec![Span::styled(card.id.clone(), theme.dim)];
        if let Some(d) = card.domain {
            header.push(Span::styled(format!("  {}", d.title()), theme.dim));
        }
        if view.leech {
            header.push(Span::styled("  leech", theme.bad));
        }
        lines.push(Line::from(header));
        lines.push(Line::raw(""));
        match &card.body {
            CardBody::Generated { .. } => match view.instance {
                Some(i) => {
                    lines.extend(text_lines(&i.prompt, theme.text));
                    lines.push(Line::raw(""));
                    lines.push(Line::from(vec![
                        Span::styled("Your answer: ", theme.dim),
                        Span::styled(format!("{}_", self.input), theme.key),
                    ]));
                    if self.revealed {
                        lines.push(Line::styled(
                            format!("Answer: {}", i.expected.shown()),
                            theme.good,
                        ));
                        match &self.checked {
                            Some(Ok(true)) => lines.push(Line::styled("Correct", theme.good)),
                            Some(Ok(false)) => lines.push(Line::styled(
                                format!("Not right: you typed {}", clean(&self.input)),
                                theme.bad,
                            )),
                            Some(Err(e)) => lines.push(Line::styled(e.clone(), theme.bad)),
                            None => {}
                        }
                        lines.push(Line::styled("Working:", theme.dim));
                        for w in &i.working {
                            lines.push(Line::styled(format!("  {w}"), theme.dim));
                        }
                    }
                }
                None => lines.push(Line::styled("This exercise could not be drawn.", theme.bad)),
            },
            CardBody::Basic { front, back } => {
                let front = ko.and_then(|k| k.front.as_deref()).unwrap_or(front);
                lines.extend(text_lines(front, theme.text));
                if self.revealed {
                    lines.push(Line::styled(
                        "─".repeat(body.width.saturating_sub(2) as usize),
                        theme.border,
                    ));
                    let back = ko.and_then(|k| k.back.as_deref()).unwrap_or(back);
                    lines.extend(text_lines(back, theme.good));
                }
            }
            CardBody::Cloze { text } => {
                let text = ko.and_then(|k| k.text.as_deref()).unwrap_or(text);
                let spans: Vec<Span> = cloze_parts(&clean(text), self.revealed)
                    .into_iter()
                    .map(|p| match p {
                        ClozePart::Text(t) => Span::styled(t, theme.text),
                        ClozePart::Hidden(t) => Span::styled(t, theme.key),
                        ClozePart::Shown(t) => Span::styled(t, theme.good),
                    })
                    .collect();
                lines.push(Line::from(spans));
            }
            CardBody::Numeric {
                front,
                answer,
                unit,
                tolerance,
            } => {
                let front = ko.and_then(|k| k.front.as_deref()).unwrap_or(front);
                lines.extend(text_lines(front, theme.text));
                lines.push(Line::raw(""));
                lines.push(Line::from(vec![
                    Span::styled("Your answer: ", theme.dim),
                    Span::styled(format!("{}_", self.input), theme.key),
                    Span::styled(format!("  (in {})", clean(unit)), theme.dim),
                ]));
                if self.revealed {
                    let tol = if *tolerance > 0.0 {
                        format!(" (within {} {})", fmt(*tolerance), clean(unit))
                    } else {
                        String::new()
                    };
                    lines.push(Line::styled(
                        format!("Answer: {} {}{tol}", fmt(*answer), clean(unit)),
                        theme.good,
                    ));
                    match &self.grade {
                        Some(Ok(g)) => {
                            if let Some(c) = &g.converted {
                                lines.push(Line::styled(format!("Read as {c}"), theme.dim));
                            }
                            let verdict = if g.correct {
                                Span::styled("Correct", theme.good)
                            } else {
                                Span::styled(
                                    format!("Off by {} {}", fmt(g.difference.abs()), clean(unit)),
                                    theme.bad,
                                )
                            };
                            lines.push(Line::from(vec![
                                verdict,
                                Span::styled(
                                    format!("  suggested: {}", g.suggested.label()),
                                    theme.dim,
                                ),
                            ]));
                        }
                        Some(Err(e)) => lines.push(Line::styled(e.clone(), theme.bad)),
                        None => {}
                    }
                }
            }
        }
        if self.revealed {
            let note = ko.and_then(|k| k.note.as_deref()).or(card.note.as_deref());
            if let Some(note) = note {
                lines.push(Line::raw(""));
                lines.extend(text_lines(note, theme.dim));
            }
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled("Source: ", theme.dim),
                Span::styled(clean(&card.source), theme.dim),
            ]));
        }
        if let Some(m) = view.message {
            lines.push(Line::raw(""));
            lines.push(Line::styled(clean(m), theme.bad));
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            body,
        );
        if self.revealed {
            let mut spans = Vec::new();
            if let Some(p) = view.previews {
                for pv in p {
                    spans.push(Span::styled(format!(" {} ", pv.rating.number()), theme.key));
                    spans.push(Span::styled(
                        format!("{} {}   ", pv.rating.label(), pv.label()),
                        theme.text,
                    ));
                }
            }
            frame.render_widget(Paragraph::new(Line::from(spans)), buttons);
        }
        let hint_text = if !self.revealed && matches!(card.body, CardBody::Generated { .. }) {
            "type the answer, then Enter  |  a fresh exercise each review  |  ? keys"
        } else if !self.revealed && matches!(card.body, CardBody::Numeric { .. }) {
            "type the number, then Enter  |  u undo  s suspend  b bury  t language  ? keys"
        } else if self.revealed {
            "1-4 rate  Space Good  |  u undo  s suspend  b bury  t language  ? keys"
        } else {
            "Space show answer  |  u undo  s suspend  b bury  t language  ? keys"
        };
        frame.render_widget(Paragraph::new(Line::styled(hint_text, theme.dim)), hint);
    }

    fn render_summary(
        &self,
        frame: &mut Frame,
        area: Rect,
        view: &DrillView,
        theme: &Theme,
        left: usize,
    ) {
        let s = view.session;
        let mut lines = vec![
            Line::styled("No cards are due now.", theme.title),
            Line::raw(""),
        ];
        if s.answered > 0 {
            let rate = f64::from(s.again) * 100.0 / f64::from(s.answered);
            lines.push(Line::styled(
                format!(
                    "This session: {} answers, {} Again ({rate:.0} %), {} spent.",
                    s.answered,
                    s.again,
                    duration(s.time_ms)
                ),
                theme.text,
            ));
        }
        if left == 0 {
            match view.next_due_in {
                Some(ms) => lines.push(Line::styled(
                    format!("The next card is due in {}.", interval_label(ms)),
                    theme.text,
                )),
                None => lines.push(Line::styled("Nothing is scheduled yet.", theme.text)),
            }
        }
        if view.counts.learning_later_today > 0 {
            lines.push(Line::styled(
                format!(
                    "{} learning card(s) come back later today.",
                    view.counts.learning_later_today
                ),
                theme.text,
            ));
        }
        if let Some(r) = view.readiness {
            lines.push(Line::raw(""));
            lines.extend(readiness_lines(r, theme));
        }
        if let Some(m) = view.message {
            lines.push(Line::raw(""));
            lines.push(Line::styled(clean(m), theme.bad));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            "u undoes the last answer; q goes back to Home.",
            theme.dim,
        ));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            area,
        );
    }
}

/// Lines that show the exam-day prediction (shared with Home).
pub fn readiness_lines(r: &Readiness, theme: &Theme) -> Vec<Line<'static>> {
    let when = match r.days_left {
        d if d > 1 => format!("Exam in {d} days"),
        1 => "Exam tomorrow".to_string(),
        0 => "Exam today".to_string(),
        _ => "The exam date has passed".to_string(),
    };
    let mut out = vec![Line::styled(
        format!(
            "{when}: predicted recall on exam day {:.0} % of all cards (cards not yet studied count as not known).",
            r.overall * 100.0
        ),
        theme.text,
    )];
    let per: Vec<String> = r
        .per_domain
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(d, p, _)| format!("{} {:.0} %", d.key(), p * 100.0))
        .collect();
    if !per.is_empty() {
        out.push(Line::styled(
            format!("By domain: {}.", per.join(", ")),
            theme.text,
        ));
    }
    if r.new_remaining > 0 && r.days_left > 0 {
        out.push(Line::styled(
            format!(
                "{} cards not yet studied: {} new cards a day would introduce them all in time.",
                r.new_remaining, r.new_per_day_needed
            ),
            theme.text,
        ));
    }
    out
}

/// Pack text is untrusted: control characters are shown escaped, never sent to the terminal.
fn clean(s: &str) -> String {
    crate::core::content::diag::printable(s)
}

fn text_lines(s: &str, style: ratatui::style::Style) -> Vec<Line<'static>> {
    clean(&crate::core::content::reflow(s))
        .lines()
        .map(|l| Line::styled(l.to_string(), style))
        .collect()
}

/// `4m 05s`, `1h 02m`.
fn duration(ms: i64) -> String {
    let secs = ms / 1000;
    if secs >= 3600 {
        format!("{}h {:02}m", secs / 3600, secs % 3600 / 60)
    } else {
        format!("{}m {:02}s", secs / 60, secs % 60)
    }
}

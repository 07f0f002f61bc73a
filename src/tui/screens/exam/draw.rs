//! Drawing the exam screens: the menu with history, a running exam, the review before
//! submitting, and the results.

use super::*;
use crate::core::exam::Tally;
use crate::exam_run::clock;
use crate::exam_run::{difficulty_name, domain_title, mode_title};
use crate::tui::action::CustomStart;
use crate::tui::widgets::{hint_rows, pad, wrap_line};
use ratatui::layout::{Constraint, Layout};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

fn bar(t: Tally, width: usize) -> String {
    let filled = ((t.percent() / 100.0) * width as f64).round() as usize;
    format!(
        "{}{}",
        "#".repeat(filled),
        ".".repeat(width - filled.min(width))
    )
}

/// A line as rows of at most `width` columns: a line with double-width (Korean) letters is wrapped
/// here (`widgets::wrap_line`: ratatui can leave such a letter over the border); others are left
/// to the paragraph's own wrapping, as before.
fn fit(line: Line<'_>, width: u16) -> Vec<Line<'_>> {
    let wide = line
        .spans
        .iter()
        .any(|s| s.content.width() != s.content.chars().count());
    if wide {
        wrap_line(&line, usize::from(width))
    } else {
        vec![line]
    }
}

/// `fit` for every line.
fn fit_all(lines: Vec<Line<'_>>, width: u16) -> Vec<Line<'_>> {
    lines.into_iter().flat_map(|l| fit(l, width)).collect()
}

/// The panel of a screen: `lines` and the message after a blank line (as `widgets::panel`), each
/// fitted to the panel's inner width.
fn fitted_panel<'a>(
    mut lines: Vec<Line<'a>>,
    message: Option<&str>,
    area: Rect,
    theme: &Theme,
) -> Paragraph<'a> {
    if let Some(m) = message {
        lines.push(Line::raw(""));
        lines.push(Line::styled(clean(m), theme.bad));
    }
    panel(fit_all(lines, area.width.saturating_sub(2)), None, theme)
}

/// One attempt of the history: number, date, raw score, estimated scaled score, time used, mode.
fn history_row(lang: Lang, a: &Attempt) -> String {
    let date = crate::core::stats::day_date(a.started_at.div_euclid(86_400_000));
    let (t, estimate) = crate::exam_run::attempt_score(a);
    let estimate = match estimate {
        Some(e) => tr!(lang, "exam-history-estimate", low = e.low, high = e.high),
        None => tr!(lang, "exam-history-no-estimate"),
    };
    format!(
        "#{:<4} {date} {:>3}/{:<3} {:>3.0} %  {} {:>10}  {}",
        a.id,
        t.correct,
        t.total,
        t.percent(),
        pad(&estimate, 11),
        clock(lang, a.elapsed_ms),
        mode_title(lang, &a.mode),
    )
}

/// A count, then the question numbers: "2 (questions 4, 9)"; "0" when there are none.
fn numbered_list(lang: Lang, v: &[usize]) -> String {
    if v.is_empty() {
        return tr!(lang, "exam-list-none");
    }
    let numbers: Vec<String> = v.iter().map(|i| (i + 1).to_string()).collect();
    tr!(lang, "exam-list", n = v.len(), numbers = numbers.join(", "))
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
        let lang = view.ui_lang;
        let mut lines = vec![
            Line::styled(tr!(lang, "exam-menu-title"), theme.title),
            Line::raw(""),
        ];
        if let Some(r) = view.resumable {
            // A long mode's name (a task's title) or a Korean clock can need a second line.
            lines.extend(wrap_line(
                &Line::styled(clean(r), theme.bad),
                usize::from(area.width.saturating_sub(2)),
            ));
            let key = |a: Action, scopes: &[Scope]| {
                Span::styled(
                    format!(" {} ", key_for(a, scopes).unwrap_or_default()),
                    theme.key,
                )
            };
            if view.confirm_discard {
                lines.push(Line::styled(tr!(lang, "exam-discard-ask"), theme.title));
                lines.push(Line::from(vec![
                    key(Action::Confirm, CONFIRM),
                    Span::styled(format!("{}    ", tr!(lang, "exam-discard-it")), theme.text),
                    key(Action::Back, CONFIRM),
                    Span::styled(tr!(lang, "exam-keep-it"), theme.text),
                ]));
            } else {
                lines.push(Line::from(vec![
                    key(Action::ResumeExam, MENU),
                    Span::styled(format!("{}    ", tr!(lang, "exam-continue-it")), theme.text),
                    key(Action::DiscardExam, MENU),
                    Span::styled(tr!(lang, "exam-discard-it"), theme.text),
                ]));
            }
            lines.push(Line::raw(""));
        }
        let bp = crate::core::exam::blueprint::dva_c02();
        for choice in ExamChoice::ALL {
            use crate::core::domain::Domain;
            let text = match choice {
                ExamChoice::Full => tr!(
                    lang,
                    "exam-choice-full",
                    questions = bp.questions,
                    minutes = bp.minutes
                ),
                ExamChoice::Quick => tr!(
                    lang,
                    "exam-choice-quick",
                    questions = crate::exam_run::QUICK_COUNT
                ),
                ExamChoice::Practice(Domain::Development) => {
                    tr!(lang, "exam-choice-practice-development")
                }
                ExamChoice::Practice(Domain::Security) => {
                    tr!(lang, "exam-choice-practice-security")
                }
                ExamChoice::Practice(Domain::Deployment) => {
                    tr!(lang, "exam-choice-practice-deployment")
                }
                ExamChoice::Practice(Domain::Troubleshooting) => {
                    tr!(lang, "exam-choice-practice-troubleshooting")
                }
                ExamChoice::WeakAreas => tr!(
                    lang,
                    "exam-choice-weak",
                    questions = crate::exam_run::WEAK_COUNT
                ),
            };
            let k = key_for(Action::StartExam(choice), MENU).unwrap_or_default();
            lines.push(Line::from(vec![
                Span::styled(format!(" {k} "), theme.key),
                Span::styled(text, theme.text),
            ]));
        }
        lines.push(Line::raw(""));
        if view.history.is_empty() {
            lines.push(Line::styled(tr!(lang, "exam-no-history"), theme.dim));
        } else {
            let (select, review) = (tr!(lang, "exam-hint-select"), tr!(lang, "exam-hint-review"));
            lines.push(Line::from(vec![
                Span::styled(tr!(lang, "exam-history"), theme.title),
                Span::styled(
                    format!(
                        " {}",
                        tr!(
                            lang,
                            "exam-history-keys",
                            keys = hints(
                                MENU,
                                &[
                                    Hint::Pair(Action::Up, "/", Action::Down, &select),
                                    Hint::Key(Action::OpenAttempt, &review),
                                ]
                            )
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
                lines.push(Line::styled(history_row(lang, a), style));
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
        let lang = view.ui_lang;
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
        // The count to choose, unless the question says it (in English or, translated, Korean).
        let says_count = [q.stem.as_str(), q.stem_in(view.lang)].iter().any(|s| {
            s.to_lowercase().contains("choose") || s.contains("개 선택") || s.contains("개를 선택")
        });
        if q.choose > 1 && !says_count {
            lines.push(Line::styled(
                tr!(lang, "exam-choose-n", n = q.choose),
                theme.text,
            ));
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
                Span::styled(
                    if struck {
                        format!("  {}", tr!(lang, "exam-struck-out"))
                    } else {
                        String::new()
                    },
                    theme.dim,
                ),
            ]));
            if checked {
                let verdict = if c.correct {
                    (tr!(lang, "exam-right"), theme.good)
                } else {
                    (tr!(lang, "exam-wrong"), theme.bad)
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
                tr!(lang, "exam-source", source = clean(&q.source)),
                theme.dim,
            ));
        }
        // Where each choice lands once wrapped, so that a click can choose it.
        let inner_width = area.width.saturating_sub(2);
        let rows: Vec<Vec<Line>> = lines.into_iter().map(|l| fit(l, inner_width)).collect();
        let heights: Vec<u16> = rows
            .iter()
            .map(|r| {
                r.iter()
                    .map(|l| {
                        Paragraph::new(l.clone())
                            .wrap(Wrap { trim: false })
                            .line_count(inner_width) as u16
                    })
                    .sum()
            })
            .collect();
        let lines: Vec<Line> = rows.into_iter().flatten().collect();
        let words = [
            "exam-hint-choose",
            "exam-hint-toggle",
            "exam-hint-strike",
            "exam-hint-check",
            "exam-hint-move",
            "exam-hint-flag",
            "exam-hint-goto",
            "exam-hint-grid",
            "exam-hint-submit",
            "exam-hint-pause",
            "exam-hint-jumps",
            "exam-hint-cancels",
        ]
        .map(|k| tr!(lang, k));
        let choose = Hint::Pair(Action::Choose(0), "-", Action::Choose(4), &words[0]);
        let move_ = Hint::Pair(Action::PrevQuestion, " ", Action::NextQuestion, &words[4]);
        let hint_text = match &self.goto {
            Some(buf) => tr!(
                lang,
                "exam-goto",
                typed = buf.as_str(),
                keys = hints(
                    &[Scope::Global, Scope::ExamRun],
                    &[
                        Hint::Key(Action::Confirm, &words[10]),
                        Hint::Key(Action::Back, &words[11])
                    ]
                )
            ),
            None => {
                // Practice checks each answer with Confirm; a timed exam has no such step.
                let check = run
                    .mode
                    .shows_answers()
                    .then_some(Hint::Key(Action::Confirm, &words[3]));
                let items: Vec<Hint> = [
                    Some(choose),
                    Some(Hint::Key(Action::ToggleChoice, &words[1])),
                    Some(Hint::Key(Action::Strike, &words[2])),
                    check,
                    Some(move_),
                    Some(Hint::Key(Action::Flag, &words[5])),
                    Some(Hint::Key(Action::GoTo, &words[6])),
                    Some(Hint::Key(Action::QuestionGrid, &words[7])),
                    Some(Hint::Key(Action::Submit, &words[8])),
                    Some(Hint::Key(Action::Back, &words[9])),
                ]
                .into_iter()
                .flatten()
                .collect();
                hints(RUN, &items)
            }
        };
        // The keys take a second line when one is too narrow for them.
        let hint_lines = if hint_text.width() > usize::from(area.width) {
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
        let elapsed = clock(lang, run.elapsed_ms);
        let time = match run.remaining() {
            Some(left) => tr!(
                lang,
                "exam-time-left",
                elapsed = elapsed,
                left = clock(lang, left)
            ),
            None => tr!(lang, "exam-time-untimed", elapsed = elapsed),
        };
        let answered = n - run.unanswered().len();
        let question = tr!(lang, "exam-question-of", n = i + 1, total = n);
        let flag = if run.flagged[i] {
            tr!(lang, "exam-flagged-status")
        } else {
            String::new()
        };
        let mut status_text = tr!(lang, "exam-answered-status", n = answered, time = time);
        // Too wide for the line (a Korean clock, two-digit counts, a flag): the time left stays,
        // the time used goes.
        if let Some(left) = run.remaining()
            && (question.width() + status_text.width() + flag.width()) > usize::from(area.width)
        {
            let time = tr!(lang, "exam-time-left-only", left = clock(lang, left));
            status_text = tr!(lang, "exam-answered-status", n = answered, time = time);
        }
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(question, theme.title),
                Span::styled(status_text, theme.text),
                Span::styled(flag, theme.bad),
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
        frame.render_widget(
            Paragraph::new(fit(bottom, area.width)).wrap(Wrap { trim: false }),
            hint,
        );
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
        let lang = view.ui_lang;
        let n = run.questions.len();
        let unanswered = run.unanswered().len();
        let flagged = run.flagged_list().len();
        let mut lines = vec![
            Line::styled(tr!(lang, "exam-grid-title"), theme.title),
            Line::styled(
                tr!(
                    lang,
                    "exam-grid-counts",
                    answered = n - unanswered,
                    unanswered = unanswered,
                    flagged = flagged
                ),
                theme.text,
            ),
            Line::styled(tr!(lang, "exam-grid-marks"), theme.dim),
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
        let words = [
            tr!(lang, "exam-hint-row"),
            tr!(lang, "exam-hint-question"),
            tr!(lang, "exam-hint-jump"),
            tr!(lang, "hint-back"),
        ];
        lines.push(Line::styled(
            hints(
                GRID,
                &[
                    Hint::Pair(Action::Up, "/", Action::Down, &words[0]),
                    Hint::Pair(Action::PrevQuestion, "/", Action::NextQuestion, &words[1]),
                    Hint::Key(Action::Confirm, &words[2]),
                    Hint::Key(Action::Back, &words[3]),
                ],
            ),
            theme.dim,
        ));
        frame.render_widget(
            Paragraph::new(fit_all(lines, inner.width))
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
        let lang = view.ui_lang;
        let mut lines = vec![
            Line::styled(tr!(lang, "exam-submit-ask"), theme.title),
            Line::raw(""),
            Line::styled(
                tr!(
                    lang,
                    "exam-unanswered",
                    list = numbered_list(lang, &run.unanswered())
                ),
                theme.text,
            ),
            Line::styled(
                tr!(
                    lang,
                    "exam-flagged",
                    list = numbered_list(lang, &run.flagged_list())
                ),
                theme.text,
            ),
        ];
        if let Some(left) = run.remaining() {
            lines.push(Line::styled(
                tr!(lang, "exam-review-time-left", left = clock(lang, left)),
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
            Span::styled(format!("{}    ", tr!(lang, "exam-submit-now")), theme.text),
            Span::styled(
                format!(" {} ", key_for(Action::Back, &global).unwrap_or_default()),
                theme.key,
            ),
            Span::styled(
                tr!(
                    lang,
                    "exam-back-to-questions",
                    key = key_for(Action::GoTo, RUN).unwrap_or_default()
                ),
                theme.text,
            ),
        ]));
        frame.render_widget(fitted_panel(lines, view.message, area, theme), area);
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
        let lang = view.ui_lang;
        let t = r.score.overall;
        let mut lines = vec![
            Line::from(vec![
                Span::styled(
                    tr!(
                        lang,
                        "exam-score",
                        correct = t.correct,
                        total = t.total,
                        percent = format!("{:.0}", t.percent())
                    ),
                    theme.title,
                ),
                Span::styled(
                    tr!(lang, "exam-time-used", time = clock(lang, r.elapsed_ms)),
                    theme.text,
                ),
                Span::styled(
                    format!("   #{} {}", r.attempt, mode_title(lang, &r.mode)),
                    theme.dim,
                ),
            ]),
            Line::from(vec![
                Span::styled(
                    crate::exam_run::estimate_text(
                        lang,
                        r.estimate.as_ref(),
                        t.total,
                        r.passing_score,
                    ),
                    theme.text,
                ),
                match r.estimate {
                    Some(e) if e.passes => Span::styled(tr!(lang, "exam-likely-pass"), theme.good),
                    Some(_) => Span::styled(tr!(lang, "exam-below-pass"), theme.bad),
                    None => Span::styled(".", theme.text),
                },
            ]),
            Line::styled(crate::exam_run::estimate_method(lang), theme.dim),
        ];
        // What goes into the drill comes first: the bars below may be cut on a small terminal.
        if r.scheduled_cards > 0 {
            lines.push(Line::styled(
                tr!(lang, "exam-scheduled", n = r.scheduled_cards),
                theme.text,
            ));
        }
        let wrong = r.questions.iter().filter(|q| !q.1).count() - r.unanswered.len();
        if wrong > 0 {
            lines.push(Line::styled(
                tr!(
                    lang,
                    "exam-drill-wrong",
                    key = key_for(Action::CustomStudy(CustomStart::These), RESULTS)
                        .unwrap_or_default(),
                    n = wrong
                ),
                theme.text,
            ));
        }
        if !r.unanswered.is_empty() {
            lines.push(Line::styled(
                tr!(
                    lang,
                    "exam-unanswered-not-drilled",
                    n = r.unanswered.len(),
                    numbers = r
                        .unanswered
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
                .map(|&(i, t)| {
                    format!(
                        "{} {}",
                        tr!(lang, "exam-q-number", n = i + 1),
                        clock(lang, t)
                    )
                })
                .collect();
            lines.push(Line::styled(
                tr!(lang, "exam-most-time", list = each.join(", ")),
                theme.text,
            ));
        }
        for (d, tally) in &r.score.per_domain {
            lines.push(Line::styled(
                format!(
                    "{} {} {:>3.0} % ({}/{})",
                    pad(&domain_title(lang, *d), 34),
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
                tr!(lang, "exam-tasks", tasks = chunk.join("  ")),
                theme.text,
            ));
        }
        if !r.score.per_difficulty.is_empty() {
            let levels: Vec<String> = r
                .score
                .per_difficulty
                .iter()
                .map(|(d, t)| {
                    format!(
                        "{} {}/{} {:.0}%",
                        difficulty_name(lang, *d),
                        t.correct,
                        t.total,
                        t.percent()
                    )
                })
                .collect();
            lines.push(Line::styled(
                tr!(lang, "exam-by-difficulty", levels = levels.join("  ")),
                theme.text,
            ));
        }
        // As many rows as the summary has lines (up to 14), the review below takes the rest; in
        // the full view the score line stays and the review takes the screen.
        let mut lines = fit_all(lines, area.width);
        let summary_rows = if self.review_full {
            lines.truncate(1);
            1
        } else {
            (lines.len() as u16).clamp(13, 14)
        };
        let [top, bottom] =
            Layout::vertical([Constraint::Length(summary_rows), Constraint::Min(4)]).areas(area);
        frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), top);

        let shown: Vec<usize> = (0..run.questions.len())
            .filter(|&i| match self.filter {
                Filter::All => true,
                Filter::Wrong => !r.questions[i].1,
                Filter::Flagged => r.questions[i].2,
            })
            .collect();
        self.selected = self.selected.min(shown.len().saturating_sub(1));
        let title = match self.filter {
            Filter::All => tr!(lang, "exam-filter-all"),
            Filter::Wrong => tr!(lang, "exam-filter-wrong"),
            Filter::Flagged => tr!(lang, "exam-filter-flagged"),
        };
        let words = [
            tr!(lang, "exam-hint-select"),
            tr!(lang, "exam-hint-wrong-only"),
            tr!(lang, "exam-hint-flagged-only"),
            if self.review_full {
                tr!(lang, "exam-hint-summary")
            } else {
                tr!(lang, "exam-hint-expand")
            },
        ];
        let title = format!("{title} ({})", shown.len());
        // The list's hints on as many rows as the box's width needs, a key never parted from
        // its words.
        let head: Vec<Line<'_>> = hint_rows(
            RESULTS,
            &[
                Hint::Pair(Action::Up, "/", Action::Down, &words[0]),
                Hint::Key(Action::FilterWrong, &words[1]),
                Hint::Key(Action::FilterFlagged, &words[2]),
                Hint::Key(Action::Confirm, &words[3]),
            ],
            usize::from(bottom.width.saturating_sub(2)),
        )
        .into_iter()
        .map(|row| Line::styled(row, theme.dim))
        .collect();
        let mut lines = Vec::new();
        if let Some(&i) = shown.get(self.selected) {
            let q = &run.questions[i];
            let ok = r.questions[i].1;
            lines.push(Line::from(vec![
                Span::styled(
                    format!("{} ", tr!(lang, "exam-q-number", n = i + 1)),
                    theme.title,
                ),
                if ok {
                    Span::styled(tr!(lang, "exam-right"), theme.good)
                } else {
                    Span::styled(tr!(lang, "exam-wrong"), theme.bad)
                },
                Span::styled(
                    format!(
                        "  {}  {}  {}",
                        q.service,
                        tr!(lang, "exam-review-task", task = q.task.as_str()),
                        q.id
                    ),
                    theme.dim,
                ),
                Span::styled(
                    match run.time_ms.get(i) {
                        Some(&t) if t > 0 => {
                            format!("  {}", tr!(lang, "exam-review-time", time = clock(lang, t)))
                        }
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
            // The two marks' columns are as wide as their words in this language.
            let (yours_word, correct_word) = (tr!(lang, "exam-yours"), tr!(lang, "exam-correct"));
            let (yours_w, correct_w) = (yours_word.width() + 1, correct_word.width());
            for (d, &orig) in run.order[i].iter().enumerate() {
                let c = &q.choices[orig];
                let yours = if run.selected[i].contains(&orig) {
                    yours_word.as_str()
                } else {
                    ""
                };
                let right = if c.correct { correct_word.as_str() } else { "" };
                lines.push(Line::styled(
                    format!(
                        "{}{} {}. {}",
                        pad(yours, yours_w),
                        pad(right, correct_w),
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
                tr!(lang, "exam-source", source = clean(&q.source)),
                theme.dim,
            ));
        }
        if let Some(m) = view.message {
            lines.push(Line::raw(""));
            lines.push(Line::styled(clean(m), theme.bad));
        }
        self.review_rows = review_box(
            frame,
            bottom,
            (&title, head),
            lines,
            &mut self.review_scroll,
            lang,
            theme,
        );
    }
}

/// The review of one question in a bordered box titled with the list shown: the `head` rows (the
/// list's hints) stay, the `body` below scrolls by `scroll` rows (kept within the text); when the body is taller than the
/// box, the bottom border says which rows are shown and the keys that scroll. Returns the body's
/// rows on screen.
fn review_box(
    frame: &mut Frame,
    area: Rect,
    (title, head): (&str, Vec<Line<'_>>),
    body: Vec<Line<'_>>,
    scroll: &mut u16,
    lang: Lang,
    theme: &Theme,
) -> u16 {
    let width = area.width.saturating_sub(2);
    // Wrapped here, so that every row is one line and the count below is exact.
    let body: Vec<Line<'_>> = body
        .iter()
        .flat_map(|l| wrap_line(l, usize::from(width)))
        .collect();
    let total = body.len() as u16;
    let inner = area.height.saturating_sub(2);
    let [head_area, body_area] =
        Layout::vertical([Constraint::Length(head.len() as u16), Constraint::Min(1)])
            .areas(Block::bordered().inner(area));
    let rows = body_area.height.min(inner);
    *scroll = (*scroll).min(total.saturating_sub(rows));
    let mut block = Block::bordered()
        .title(Span::styled(format!(" {title} "), theme.title))
        .border_style(theme.border);
    if total > rows {
        let keys = hints(
            RESULTS,
            &[Hint::Pair(Action::PageUp, "/", Action::PageDown, "")],
        );
        block = block.title_bottom(Span::styled(
            format!(
                " {} ",
                tr!(
                    lang,
                    "exam-review-rows",
                    keys = keys.trim_end(),
                    from = *scroll + 1,
                    to = (*scroll + rows).min(total),
                    total = total
                )
            ),
            theme.dim,
        ));
    }
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(head), head_area);
    frame.render_widget(Paragraph::new(body).scroll((*scroll, 0)), body_area);
    rows
}

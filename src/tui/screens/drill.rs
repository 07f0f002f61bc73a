//! The review screen: the card's front, the answer once revealed, the four buttons with the interval
//! each would give, a typed answer for numeric cards, the progress line and the end-of-session summary.
//!
//! The screen keeps its view state (revealed, typed text, language, the exercise drawn for a
//! generated card) and asks the study session for the rest; answers are committed by `Study`
//! before the next frame shows them.

use crate::content_text::canonical_query;
use crate::core::calc::drills::Instance;
use crate::core::config::Lang;
use crate::core::content::{Card, CardBody};
use crate::core::custom::{Counts, Filter};
use crate::core::drill::{ClozeGrade, ClozePart, NumericGrade, cloze_parts};
use crate::core::scheduler::Preview;
use crate::core::scheduler::Rating;
use crate::core::scheduler::queue::DueCounts;
use crate::core::scheduler::readiness::Readiness;
use crate::i18n::tr;
use crate::study::{SessionStats, Study};
use crate::study_text;
use crate::study_text::interval as interval_label;
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, clean, hints, panel, text_lines, wrap_line};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

/// The drill's scopes: its letters are commands (rating, undo, bury ...).
const SCOPES: &[Scope] = &[Scope::Global, Scope::Letters, Scope::Tabs, Scope::Drill];

/// While a card waits for a typed answer every letter types: only Enter (and Space before
/// anything is typed) and the keys with Esc, F-keys or Ctrl act.
const ANSWERING: &[Scope] = &[Scope::Global, Scope::Answer];

/// The custom-study prompt: every letter types into the filter; Enter starts, Esc cancels.
const PROMPT: &[Scope] = &[Scope::Global, Scope::CustomPrompt];

/// What the screen draws from.
pub struct DrillView<'a> {
    /// The card on screen, if any is due.
    pub card: Option<&'a Card>,
    /// What each button would do.
    pub previews: Option<[Preview; 4]>,
    /// Due counts now.
    pub counts: DueCounts,
    /// This session's answers.
    pub session: SessionStats,
    /// Answers given today, as Home and `stats` count them.
    pub answered_today: u32,
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
    /// The language to show the card in (where it has it).
    pub lang: Lang,
    /// The language of the screen's own words.
    pub ui_lang: Lang,
    /// Whether cloze answers are typed (the `type_cloze_answers` setting).
    pub typed_cloze: bool,
    /// The custom session under way: what it drills, in words, and its numbers.
    pub custom: Option<(String, Counts)>,
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
    /// The check of a generated exercise's typed answer: right or not, or why it could not be read.
    pub checked: Option<Result<bool, String>>,
    /// The grade of a typed cloze answer, or why there is none (nothing typed).
    pub cloze: Option<Result<ClozeGrade, String>>,
    /// When the card on screen was shown (ms), for the time an answer took.
    shown_at: i64,
    /// The custom-study prompt, while open: the filter typed.
    pub prompt: Option<String>,
    /// What the typed filter chooses now: how many cards, or why it does not read.
    prompt_count: Option<Result<usize, String>>,
    /// The count is behind the filter typed (a large collection counts between keys).
    prompt_stale: bool,
    /// The last time the screen was told (to count the prompt's cards as the user types).
    now: i64,
    /// The exercise drawn for the generated card on screen.
    instance: Option<Instance>,
}

impl DrillScreen {
    /// Resets the view for a new card.
    pub fn new_card(&mut self) {
        self.revealed = false;
        self.input.clear();
        self.grade = None;
        self.checked = None;
        self.cloze = None;
    }

    /// Whether the card on screen waits for a typed answer (a numeric card, a generated exercise,
    /// or a cloze card when `typed_cloze`, whose answer is not shown yet): then every printable
    /// key types.
    pub fn awaits_answer(&self, card: Option<&Card>, typed_cloze: bool) -> bool {
        let body = card.map(|c| &c.body);
        !self.revealed
            && match body {
                Some(CardBody::Numeric { .. } | CardBody::Generated { .. }) => true,
                Some(CardBody::Cloze { .. }) => typed_cloze,
                _ => false,
            }
    }

    /// Typing the answer of a card that waits for one: every printable key goes into the answer
    /// (so `b` or `s` never bury or suspend by accident); a Space before anything is typed is
    /// left to the key table (it shows the answer). Returns true when the key was used.
    pub fn type_key(&mut self, card: Option<&Card>, typed_cloze: bool, key: &KeyEvent) -> bool {
        if !self.awaits_answer(card, typed_cloze) || key.kind != KeyEventKind::Press {
            return false;
        }
        // Cloze answers may be several, separated by `;`.
        let longest = if matches!(card.map(|c| &c.body), Some(CardBody::Cloze { .. })) {
            200
        } else {
            32
        };
        if key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return false;
        }
        match key.code {
            KeyCode::Backspace => {
                self.input.pop();
                true
            }
            KeyCode::Char(' ') if self.input.is_empty() => false,
            KeyCode::Char(c) if !c.is_control() => {
                if self.input.chars().count() < longest {
                    self.input.push(c);
                }
                true
            }
            _ => false,
        }
    }

    /// Draws the screen.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, view: &DrillView, theme: &Theme) {
        let [progress, body, buttons, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(5),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let s = view.session;
        let lang = view.ui_lang;
        let left = view.counts.now();
        let progress_line = match &view.custom {
            Some((title, c)) => Line::from(vec![
                Span::styled(
                    tr!(lang, "drill-custom-header", title = clean(title)),
                    theme.title,
                ),
                Span::styled("  |  ", theme.dim),
                Span::styled(
                    tr!(
                        lang,
                        "drill-custom-progress",
                        done = c.done,
                        left = c.left,
                        cards = c.cards
                    ),
                    theme.text,
                ),
                Span::styled("  |  ", theme.dim),
                Span::styled(duration(lang, c.time_ms), theme.text),
            ]),
            None => Line::from(vec![
                Span::styled(
                    tr!(lang, "drill-done-today", n = view.answered_today),
                    theme.text,
                ),
                Span::styled("  |  ", theme.dim),
                Span::styled(
                    tr!(
                        lang,
                        "drill-left",
                        learning = view.counts.learning,
                        later = view.counts.learning_later_today,
                        review = view.counts.review,
                        new = view.counts.new
                    ),
                    theme.text,
                ),
                Span::styled("  |  ", theme.dim),
                Span::styled(duration(lang, s.time_ms), theme.text),
            ]),
        };
        frame.render_widget(Paragraph::new(progress_line), progress);
        let Some(card) = view.card else {
            match &view.custom {
                Some((title, c)) => self.render_custom_summary(frame, body, view, title, c, theme),
                None => self.render_summary(frame, body, view, theme, left),
            }
            return;
        };
        let ko = if view.lang == Lang::Ko {
            card.ko.as_deref()
        } else {
            None
        };
        let mut lines: Vec<Line> = Vec::new();
        let mut header = vec![Span::styled(card.id.clone(), theme.dim)];
        if let Some(d) = card.domain {
            header.push(Span::styled(
                format!("  {}", crate::content_text::domain_title(lang, d)),
                theme.dim,
            ));
        }
        if view.leech {
            header.push(Span::styled(
                format!("  {}", tr!(lang, "drill-leech")),
                theme.bad,
            ));
        }
        lines.push(Line::from(header));
        lines.push(Line::raw(""));
        match &card.body {
            CardBody::Generated { .. } => match view.instance {
                Some(i) => {
                    let prompt = if view.lang == Lang::Ko {
                        crate::calc_text::drills::prompt_ko(&i.prompt)
                    } else {
                        crate::calc_text::drills::prompt(&i.prompt)
                    };
                    // A prompt's line breaks are its layout (an IAM puzzle's policies), kept as is.
                    let prompt_lines: Vec<Line> = prompt
                        .lines()
                        .map(|l| Line::styled(clean(l), theme.text))
                        .collect();
                    let long = prompt.contains('\n');
                    let your = Line::from(vec![
                        Span::styled(format!("{} ", tr!(lang, "drill-your-answer")), theme.dim),
                        Span::styled(format!("{}_", self.input), theme.key),
                    ]);
                    // A long prompt (an IAM puzzle) would push the answer out of the panel once
                    // revealed: then the answer and the working come first, the puzzle after.
                    if self.revealed && long {
                        lines.push(your);
                    } else {
                        lines.extend(prompt_lines.iter().cloned());
                        if !long {
                            lines.push(Line::raw(""));
                        }
                        lines.push(your);
                    }
                    if self.revealed {
                        lines.push(Line::styled(
                            tr!(
                                lang,
                                "drill-answer",
                                answer = crate::calc_text::drills::expected(view.lang, &i.expected)
                            ),
                            theme.good,
                        ));
                        match &self.checked {
                            Some(Ok(true)) => {
                                lines.push(Line::styled(tr!(lang, "drill-correct"), theme.good))
                            }
                            Some(Ok(false)) => lines.push(Line::styled(
                                tr!(lang, "drill-not-right-typed", typed = clean(&self.input)),
                                theme.bad,
                            )),
                            Some(Err(e)) => lines.push(Line::styled(e.clone(), theme.bad)),
                            None => {}
                        }
                        lines.push(Line::styled(tr!(lang, "drill-working"), theme.dim));
                        for w in &i.working {
                            lines.push(Line::styled(
                                format!("  {}", crate::calc_text::said(lang, w)),
                                theme.dim,
                            ));
                        }
                        if long {
                            lines.push(Line::raw(""));
                            lines.extend(prompt_lines);
                        }
                    }
                }
                None => lines.push(Line::styled(tr!(lang, "drill-no-exercise"), theme.bad)),
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
                if view.typed_cloze {
                    self.typed_cloze_lines(lang, &mut lines, text, theme);
                }
            }
            CardBody::Numeric {
                front,
                answer,
                unit,
                tolerance,
            } => {
                let front = ko.and_then(|k| k.front.as_deref()).unwrap_or(front);
                // The number and its unit in the content language (`900초` in Korean).
                let ko_unit = card.ko.as_deref().and_then(|k| k.unit.as_deref());
                let amount = |v: f64| clean(&study_text::quantity(view.lang, v, unit, ko_unit));
                lines.extend(text_lines(front, theme.text));
                lines.push(Line::raw(""));
                lines.push(Line::from(vec![
                    Span::styled(format!("{} ", tr!(lang, "drill-your-answer")), theme.dim),
                    Span::styled(format!("{}_", self.input), theme.key),
                    Span::styled(
                        format!(
                            "  {}",
                            tr!(
                                lang,
                                "drill-in-unit",
                                unit = clean(&study_text::unit_name(view.lang, unit, ko_unit))
                            )
                        ),
                        theme.dim,
                    ),
                ]));
                if self.revealed {
                    let shown = if *tolerance > 0.0 {
                        tr!(
                            lang,
                            "drill-numeric-answer-within",
                            answer = amount(*answer),
                            tolerance = amount(*tolerance)
                        )
                    } else {
                        tr!(lang, "drill-numeric-answer", answer = amount(*answer))
                    };
                    lines.push(Line::styled(shown, theme.good));
                    match &self.grade {
                        Some(Ok(g)) => {
                            let read = g.converted.as_ref().and_then(|c| {
                                study_text::conversion(view.lang, c, g.value, unit, ko_unit)
                            });
                            if let Some(c) = read {
                                lines.push(Line::styled(
                                    tr!(lang, "drill-read-as", value = clean(&c)),
                                    theme.dim,
                                ));
                            }
                            let verdict = if g.correct {
                                Span::styled(tr!(lang, "drill-correct"), theme.good)
                            } else {
                                Span::styled(
                                    tr!(
                                        lang,
                                        "drill-off-by",
                                        difference = amount(g.difference.abs())
                                    ),
                                    theme.bad,
                                )
                            };
                            lines.push(Line::from(vec![
                                verdict,
                                Span::styled(
                                    format!(
                                        "  {}",
                                        tr!(
                                            lang,
                                            "drill-suggested",
                                            rating = crate::study_text::rating(lang, g.suggested)
                                        )
                                    ),
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
                Span::styled(format!("{} ", tr!(lang, "drill-source")), theme.dim),
                Span::styled(clean(&card.source), theme.dim),
            ]));
        }
        frame.render_widget(wrapped_panel(lines, view.message, theme, body), body);
        if self.revealed && view.custom.is_some() {
            // No interval: a custom answer schedules nothing.
            let mut spans = Vec::new();
            for r in Rating::ALL {
                spans.push(Span::styled(format!(" {} ", r.number()), theme.key));
                let what = if r == Rating::Again {
                    tr!(lang, "drill-button-again-in-session")
                } else {
                    tr!(lang, "drill-button-done")
                };
                spans.push(Span::styled(
                    format!("{} {what}   ", crate::study_text::rating(lang, r)),
                    theme.text,
                ));
            }
            frame.render_widget(Paragraph::new(Line::from(spans)), buttons);
        } else if self.revealed {
            let mut spans = Vec::new();
            if let Some(p) = view.previews {
                for pv in p {
                    spans.push(Span::styled(format!(" {} ", pv.rating.number()), theme.key));
                    spans.push(Span::styled(
                        format!(
                            "{} {}   ",
                            crate::study_text::rating(lang, pv.rating),
                            crate::study_text::preview(lang, &pv)
                        ),
                        theme.text,
                    ));
                }
            }
            frame.render_widget(Paragraph::new(Line::from(spans)), buttons);
        }
        let w = |key: &str| tr!(lang, key);
        let (undo, suspend, bury) = (
            w("drill-hint-undo"),
            w("drill-hint-suspend"),
            w("drill-hint-bury"),
        );
        let (end_custom, language, keys) = (
            w("drill-hint-end-custom"),
            w("drill-hint-language"),
            w("drill-hint-keys"),
        );
        let (type_blanks, letters_type, type_answer) = (
            w("drill-hint-type-blanks"),
            w("drill-hint-letters-type"),
            w("drill-hint-type-answer"),
        );
        let (fresh, type_number, back) = (
            w("drill-hint-fresh-exercise"),
            w("drill-hint-type-number"),
            w("hint-back"),
        );
        let (rate, show_answer) = (w("drill-hint-rate"), w("drill-hint-show-answer"));
        let suggested = crate::study_text::rating(lang, self.suggested());
        let tools: &[Hint] = if view.custom.is_some() {
            &[
                Hint::Divider,
                Hint::Key(Action::Undo, &undo),
                Hint::Key(Action::Suspend, &suspend),
                Hint::Key(Action::Bury, &bury),
                Hint::Key(Action::Back, &end_custom),
            ]
        } else {
            &[
                Hint::Divider,
                Hint::Key(Action::Undo, &undo),
                Hint::Key(Action::Suspend, &suspend),
                Hint::Key(Action::Bury, &bury),
                Hint::Key(Action::ToggleKorean, &language),
                Hint::Key(Action::ToggleHelp, &keys),
            ]
        };
        let blanks = match &card.body {
            CardBody::Cloze { text } => {
                let shown = ko.and_then(|k| k.text.as_deref()).unwrap_or(text);
                crate::core::content::cloze_deletions(shown).map_or(0, |d| d.len())
            }
            _ => 0,
        };
        let first: &[Hint] = if !self.revealed && view.typed_cloze && blanks > 1 {
            &[
                Hint::Then(&type_blanks, Action::Reveal),
                Hint::Divider,
                Hint::Text(&letters_type),
            ]
        } else if !self.revealed && view.typed_cloze && blanks == 1 {
            &[
                Hint::Then(&type_answer, Action::Reveal),
                Hint::Divider,
                Hint::Text(&letters_type),
            ]
        } else if !self.revealed && matches!(card.body, CardBody::Generated { .. }) {
            &[
                Hint::Then(&type_answer, Action::Reveal),
                Hint::Divider,
                Hint::Text(&fresh),
                Hint::Divider,
                Hint::Key(Action::ToggleHelp, &keys),
            ]
        } else if !self.revealed && matches!(card.body, CardBody::Numeric { .. }) {
            &[
                Hint::Then(&type_number, Action::Reveal),
                Hint::Divider,
                Hint::Text(&letters_type),
                Hint::Divider,
                Hint::Key(Action::Back, &back),
            ]
        } else if self.revealed {
            // Space records the rating the typed answer suggests (Good without one).
            &[
                Hint::Pair(
                    Action::Rate(Rating::Again),
                    "-",
                    Action::Rate(Rating::Easy),
                    &rate,
                ),
                Hint::Key(Action::Reveal, &suggested),
            ]
        } else {
            &[Hint::Key(Action::Reveal, &show_answer)]
        };
        let answering = self.awaits_answer(Some(card), view.typed_cloze);
        let items: Vec<Hint> = if answering {
            first.to_vec()
        } else {
            first.iter().chain(tools).copied().collect()
        };
        let scopes = if answering { ANSWERING } else { SCOPES };
        frame.render_widget(
            Paragraph::new(Line::styled(hints(scopes, &items), theme.dim)),
            hint,
        );
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
        let lang = view.ui_lang;
        let mut lines = vec![
            Line::styled(tr!(lang, "drill-none-due"), theme.title),
            Line::raw(""),
        ];
        if s.answered > 0 {
            let rate = f64::from(s.again) * 100.0 / f64::from(s.answered);
            lines.push(Line::styled(
                tr!(
                    lang,
                    "drill-session",
                    answers = s.answered,
                    again = s.again,
                    rate = rate,
                    time = duration(lang, s.time_ms)
                ),
                theme.text,
            ));
        }
        if left == 0 {
            match view.next_due_in {
                Some(ms) => lines.push(Line::styled(
                    tr!(lang, "drill-next-due", interval = interval_label(lang, ms)),
                    theme.text,
                )),
                None => lines.push(Line::styled(
                    tr!(lang, "drill-nothing-scheduled"),
                    theme.text,
                )),
            }
        }
        if view.counts.learning_later_today > 0 {
            lines.push(Line::styled(
                tr!(
                    lang,
                    "home-later-today",
                    n = view.counts.learning_later_today
                ),
                theme.text,
            ));
        }
        if let Some(r) = view.readiness {
            lines.push(Line::raw(""));
            lines.extend(crate::tui::widgets::readiness_lines_in(r, theme, lang));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            tr!(
                lang,
                "drill-summary-keys",
                undo = crate::tui::keys::key_for(Action::Undo, SCOPES).unwrap_or_default(),
                back = crate::tui::keys::key_for(Action::Back, SCOPES).unwrap_or_default()
            ),
            theme.dim,
        ));
        frame.render_widget(wrapped_panel(lines, view.message, theme, area), area);
    }
}

impl DrillScreen {
    /// The end of a custom session: its numbers, and that the schedule did not change.
    fn render_custom_summary(
        &self,
        frame: &mut Frame,
        area: Rect,
        view: &DrillView,
        title: &str,
        c: &Counts,
        theme: &Theme,
    ) {
        let lang = view.ui_lang;
        let mut lines = vec![
            Line::styled(
                tr!(lang, "drill-custom-finished", title = clean(title)),
                theme.title,
            ),
            Line::raw(""),
        ];
        let rate = if c.answers > 0 {
            f64::from(c.again) * 100.0 / f64::from(c.answers)
        } else {
            0.0
        };
        lines.push(Line::styled(
            tr!(
                lang,
                "drill-custom-done",
                cards = c.cards,
                done = c.done,
                set_aside = c.set_aside,
                answers = c.answers,
                again = c.again,
                rate = rate,
                time = duration(lang, c.time_ms)
            ),
            theme.text,
        ));
        lines.push(Line::styled(
            tr!(lang, "drill-custom-unchanged"),
            theme.text,
        ));
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            tr!(
                lang,
                "drill-custom-keys",
                back = crate::tui::keys::key_for(Action::Back, SCOPES).unwrap_or_default(),
                undo = crate::tui::keys::key_for(Action::Undo, SCOPES).unwrap_or_default()
            ),
            theme.dim,
        ));
        frame.render_widget(wrapped_panel(lines, view.message, theme, area), area);
    }

    /// The custom-study prompt: the filter typed, how many cards it chooses, and the forms.
    fn render_prompt(&self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let theme = &ctx.theme;
        let lang = ctx.ui_lang;
        let [body, hint] =
            Layout::vertical([Constraint::Min(5), Constraint::Length(1)]).areas(area);
        let typed = self.prompt.as_deref().unwrap_or_default();
        let mut lines = vec![
            Line::styled(tr!(lang, "drill-prompt-title"), theme.title),
            Line::raw(""),
            Line::from(vec![
                Span::styled(format!("{} ", tr!(lang, "drill-prompt-cards")), theme.dim),
                Span::styled(format!("{}_", clean(typed)), theme.key),
            ]),
        ];
        lines.push(
            match (&self.prompt_count, Filter::parse(&canonical_query(typed))) {
                _ if self.prompt_stale => {
                    Line::styled(tr!(lang, "drill-prompt-counting"), theme.dim)
                }
                (Some(Ok(0)), _) => Line::styled(tr!(lang, "drill-prompt-no-match"), theme.bad),
                (Some(Ok(n)), Ok(f)) => Line::styled(
                    tr!(
                        lang,
                        "drill-prompt-count",
                        n = *n,
                        title = clean(&crate::content_text::custom_title(lang, &f))
                    ),
                    theme.good,
                ),
                (Some(Err(e)), _) => Line::styled(e.clone(), theme.bad),
                _ => Line::raw(""),
            },
        );
        lines.push(Line::raw(""));
        // The forms are what the filter reads (`Filter::parse`): the same in every language.
        let other_words = tr!(lang, "drill-form-other");
        for (form, what) in [
            ("pack:lambda", "drill-form-pack"),
            ("domain:security", "drill-form-domain"),
            ("task:1.2", "drill-form-task"),
            ("tag:limits", "drill-form-tag"),
            ("leeches", "drill-form-leeches"),
            ("missed", "drill-form-missed"),
            (other_words.as_str(), "drill-form-search"),
        ] {
            // Padded to 16 columns (a Korean letter takes two).
            let pad = " ".repeat(16usize.saturating_sub(form.width()).max(1));
            lines.push(Line::from(vec![
                Span::styled(format!("{form}{pad}"), theme.key),
                Span::styled(tr!(lang, what), theme.text),
            ]));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(tr!(lang, "drill-prompt-note"), theme.dim));
        frame.render_widget(
            wrapped_panel(lines, ctx.message.as_deref(), theme, body),
            body,
        );
        let (start, cancel) = (
            tr!(lang, "drill-hint-start"),
            tr!(lang, "drill-hint-cancel"),
        );
        frame.render_widget(
            Paragraph::new(Line::styled(
                hints(
                    PROMPT,
                    &[
                        Hint::Key(Action::Confirm, &start),
                        Hint::Key(Action::Back, &cancel),
                    ],
                ),
                theme.dim,
            )),
            hint,
        );
    }

    /// Opens the custom-study prompt.
    pub fn open_prompt(&mut self, ctx: &mut Ctx, now: i64) {
        self.prompt = Some(String::new());
        self.prompt_count = None;
        self.prompt_stale = false;
        self.now = now;
        ctx.message = None;
    }

    /// Counts the cards the typed filter chooses now.
    fn recount(&mut self, ctx: &Ctx) {
        let (Some(typed), Some(study)) = (&self.prompt, &ctx.study) else {
            return;
        };
        self.prompt_count = match Filter::parse(&canonical_query(typed)) {
            Ok(f) => Some(
                study
                    .custom_select(&f, self.now)
                    .map(|c| c.len())
                    .map_err(|e| crate::context::error_words(ctx.ui_lang, e.as_ref())),
            ),
            Err(crate::core::custom::FilterError::Empty) => None,
            Err(e) => Some(Err(crate::content_text::filter_error(ctx.ui_lang, &e))),
        };
    }

    /// Typing the filter; true when the key was used. The count follows at once on a collection
    /// of up to `COUNT_AT_ONCE` cards; on a larger one it is made between keys (`work`), so that
    /// typing never waits for it (a Browse search over 50,000 cards takes about 60 ms).
    fn type_prompt(&mut self, key: &KeyEvent, ctx: &Ctx) -> bool {
        let Some(buf) = &mut self.prompt else {
            return false;
        };
        if key.kind != KeyEventKind::Press
            || key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
        {
            return false;
        }
        match key.code {
            KeyCode::Backspace => {
                buf.pop();
            }
            KeyCode::Char(c) if !c.is_control() && buf.chars().count() < 80 => buf.push(c),
            _ => return false,
        }
        let small = ctx
            .study
            .as_ref()
            .is_some_and(|s| s.cards().len() <= COUNT_AT_ONCE);
        if small {
            self.recount(ctx);
        } else {
            self.prompt_stale = true;
        }
        true
    }

    /// Enter in the prompt: starts the custom session of the typed filter.
    fn confirm_prompt(&mut self, ctx: &mut Ctx, now: i64) {
        let Some(typed) = &self.prompt else { return };
        match Filter::parse(&canonical_query(typed)) {
            Ok(f) => {
                if start_custom(ctx, f, now) {
                    self.prompt = None;
                    self.next_card(ctx, now);
                }
            }
            Err(e) => ctx.message = Some(crate::content_text::filter_error(ctx.ui_lang, &e)),
        }
    }
}

/// `panel` in `area`, its lines (and the message) wrapped here first: ratatui's own wrapping can
/// leave a Korean letter a column past the edge (see `wrap_line`).
fn wrapped_panel<'a>(
    mut lines: Vec<Line<'a>>,
    message: Option<&str>,
    theme: &Theme,
    area: Rect,
) -> Paragraph<'static> {
    if let Some(m) = message {
        lines.push(Line::raw(""));
        lines.push(Line::styled(clean(m), theme.bad));
    }
    let width = usize::from(area.width.saturating_sub(2));
    let wrapped = lines.iter().flat_map(|l| wrap_line(l, width)).collect();
    panel(wrapped, None, theme)
}

/// The custom-study prompt counts a filter's cards at each key up to this many cards.
const COUNT_AT_ONCE: usize = 5_000;

/// Starts a custom session of `filter`; true when it has cards (the message says what it
/// drills), false with the reason in the message.
pub fn start_custom(ctx: &mut Ctx, filter: Filter, now: i64) -> bool {
    let Some(study) = &mut ctx.study else {
        return false;
    };
    let lang = ctx.ui_lang;
    let title = crate::content_text::custom_title(lang, &filter);
    match study.start_custom(filter, now) {
        Ok(0) => {
            ctx.message = Some(tr!(lang, "drill-custom-empty", title = title));
            false
        }
        Ok(n) => {
            ctx.message = Some(tr!(lang, "drill-custom-started", title = title, n = n));
            true
        }
        Err(e) => {
            ctx.show_error(
                &tr!(lang, "drill-error-custom"),
                crate::context::error_words(lang, e.as_ref()),
            );
            false
        }
    }
}

/// `4m 05s`, `1h 02m` (`4분 05초`, `1시간 02분`).
fn duration(lang: Lang, ms: i64) -> String {
    let secs = ms / 1000;
    if secs >= 3600 {
        tr!(
            lang,
            "drill-time-hours",
            hours = secs / 3600,
            minutes = format!("{:02}", secs % 3600 / 60)
        )
    } else {
        tr!(
            lang,
            "drill-time-minutes",
            minutes = secs / 60,
            seconds = format!("{:02}", secs % 60)
        )
    }
}

impl DrillScreen {
    /// The rating Space or Enter records once the answer shows: the one a typed answer suggests,
    /// Again for a wrong or unreadable one, Good without a typed answer.
    fn suggested(&self) -> Rating {
        if let Some(c) = &self.cloze {
            return c.as_ref().map_or(Rating::Again, |g| g.suggested);
        }
        match (&self.grade, &self.checked) {
            (Some(Ok(g)), _) => g.suggested,
            (_, Some(Ok(true))) => Rating::Good,
            (Some(Err(_)), _) | (_, Some(_)) => Rating::Again,
            _ => Rating::Good,
        }
    }

    /// The typed answer of a cloze card, and once shown, each blank's answer against what was
    /// typed for it.
    fn typed_cloze_lines(
        &self,
        lang: Lang,
        lines: &mut Vec<Line<'static>>,
        text: &str,
        theme: &Theme,
    ) {
        lines.push(Line::raw(""));
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", tr!(lang, "drill-your-answer")), theme.dim),
            Span::styled(format!("{}_", clean(&self.input)), theme.key),
        ]));
        let blanks = crate::core::content::cloze_deletions(text).map_or(0, |d| d.len());
        if !self.revealed && blanks > 1 {
            lines.push(Line::styled(
                tr!(
                    lang,
                    "drill-blanks-help",
                    n = blanks,
                    separator = crate::core::drill::CLOZE_SEPARATOR.to_string()
                ),
                theme.dim,
            ));
        }
        match &self.cloze {
            Some(Ok(g)) => {
                for (i, b) in g.blanks.iter().enumerate() {
                    let typed = if b.typed.is_empty() {
                        tr!(lang, "drill-typed-nothing")
                    } else {
                        clean(&b.typed)
                    };
                    lines.push(Line::from(vec![
                        Span::styled(
                            format!("{} ", tr!(lang, "drill-blank", n = i + 1)),
                            theme.dim,
                        ),
                        Span::styled(clean(&b.expected), theme.good),
                        Span::styled(
                            format!("  {}  ", tr!(lang, "drill-you-typed", typed = typed)),
                            theme.dim,
                        ),
                        if b.correct {
                            Span::styled(tr!(lang, "drill-blank-right"), theme.good)
                        } else {
                            Span::styled(tr!(lang, "drill-blank-wrong"), theme.bad)
                        },
                    ]));
                }
                if g.extra > 0 {
                    lines.push(Line::styled(
                        tr!(lang, "drill-extra-answers", n = g.extra),
                        theme.dim,
                    ));
                }
                let right = g.blanks.iter().filter(|b| b.correct).count();
                lines.push(Line::from(vec![
                    if g.correct() {
                        Span::styled(tr!(lang, "drill-correct"), theme.good)
                    } else if g.blanks.len() == 1 {
                        Span::styled(tr!(lang, "drill-not-right"), theme.bad)
                    } else {
                        Span::styled(
                            tr!(
                                lang,
                                "drill-blanks-right",
                                right = right,
                                total = g.blanks.len()
                            ),
                            theme.bad,
                        )
                    },
                    Span::styled(
                        format!(
                            "  {}",
                            tr!(
                                lang,
                                "drill-suggested",
                                rating = crate::study_text::rating(lang, g.suggested)
                            )
                        ),
                        theme.dim,
                    ),
                ]));
            }
            Some(Err(e)) => lines.push(Line::styled(e.clone(), theme.bad)),
            None => {}
        }
    }

    /// The exercise drawn for the generated card on screen, if any.
    pub fn instance(&self) -> Option<&Instance> {
        self.instance.as_ref()
    }

    /// Draws a fresh exercise when the card on screen is a generated drill.
    fn draw_instance(&mut self, study: &Study, now: i64) {
        use crate::core::calc::drills::generate;
        use rand::SeedableRng;
        self.instance = match study.current().map(|c| &c.body) {
            Some(CardBody::Generated { generator }) => {
                let mut rng = rand::rngs::StdRng::seed_from_u64(now as u64);
                Some(generate(*generator, &mut rng))
            }
            _ => None,
        };
    }

    /// Moves to the card due next, and updates the numbers.
    fn next_card(&mut self, ctx: &mut Ctx, now: i64) {
        let Some(study) = &mut ctx.study else { return };
        let before = study.current().map(|c| c.id.clone());
        match study.next_card(now) {
            Ok(card) => {
                let changed = card.map(|c| &c.id) != before.as_ref();
                if changed {
                    self.new_card();
                    self.shown_at = now;
                    self.draw_instance(study, now);
                }
            }
            Err(e) => ctx.show_error(&tr!(ctx.ui_lang, "drill-error-next-card"), e),
        }
        ctx.refresh(now, false);
    }

    /// Space or Enter: show the answer (checking a typed one), or once shown, rate it as suggested.
    fn reveal(&mut self, ctx: &mut Ctx, now: i64) {
        let Some(card) = ctx.study.as_ref().and_then(Study::current) else {
            return;
        };
        if self.revealed {
            return self.rate(self.suggested(), ctx, now);
        }
        if let (CardBody::Generated { .. }, Some(i)) = (&card.body, &self.instance) {
            if self.input.trim().is_empty() {
                ctx.message = Some(tr!(
                    ctx.ui_lang,
                    "drill-type-first",
                    key =
                        crate::tui::keys::last_key_for(Action::Reveal, SCOPES).unwrap_or_default()
                ));
                return;
            }
            // A number may be typed with its Korean unit (`12세대`, `샤드 4개`), and a unit that
            // does not convert is named as the prompt names it.
            let (unit, ko_unit) = match &i.expected {
                crate::core::calc::drills::Expected::Number { unit, .. } => {
                    (unit.as_str(), crate::calc_text::drills::ko_unit(unit))
                }
                _ => ("", None),
            };
            self.checked = Some(
                crate::core::calc::drills::check(&i.expected, &self.input, ko_unit).map_err(|e| {
                    let e = match e {
                        crate::core::calc::drills::CheckError::Number(e) => {
                            crate::core::calc::drills::CheckError::Number(unit_as_shown(
                                e, ctx.lang, unit, ko_unit,
                            ))
                        }
                        e => e,
                    };
                    crate::study_text::check_error(ctx.ui_lang, &e)
                }),
            );
        }
        if let CardBody::Cloze { text } = &card.body
            && typed_cloze(ctx)
        {
            // The deletions of the text on screen (the Korean one when it is shown).
            let text = match card.ko.as_deref().and_then(|k| k.text.as_deref()) {
                Some(ko) if ctx.lang == Lang::Ko => ko,
                _ => text,
            };
            self.cloze = Some(if self.input.trim().is_empty() {
                Err(tr!(ctx.ui_lang, "drill-no-answer-typed"))
            } else {
                crate::core::drill::grade_cloze(text, &self.input)
                    .ok_or_else(|| tr!(ctx.ui_lang, "drill-no-blank"))
            });
        }
        if let CardBody::Numeric {
            answer,
            unit,
            tolerance,
            ..
        } = &card.body
        {
            if self.input.trim().is_empty() {
                self.grade = Some(Err(tr!(ctx.ui_lang, "drill-no-answer-typed")));
            } else {
                use crate::core::drill::{NumericError, grade_numeric};
                let ko_unit = card.ko.as_deref().and_then(|k| k.unit.as_deref());
                match grade_numeric(&self.input, *answer, unit, ko_unit, *tolerance) {
                    Ok(g) => self.grade = Some(Ok(g)),
                    // A typo or a unit that does not convert is not an answer: the user types
                    // again, and the answer stays hidden. The card's unit is named in the
                    // content language, as the prompt names it.
                    Err(e @ NumericError::WrongUnit { .. }) => {
                        let e = unit_as_shown(e, ctx.lang, unit, ko_unit);
                        ctx.message = Some(tr!(
                            ctx.ui_lang,
                            "drill-type-again",
                            typed = clean(&self.input),
                            error = crate::study_text::numeric_error(ctx.ui_lang, &e)
                        ));
                        return;
                    }
                    Err(e @ NumericError::NotANumber(_)) => {
                        ctx.message = Some(tr!(
                            ctx.ui_lang,
                            "drill-type-again",
                            typed = clean(&self.input),
                            error = crate::study_text::numeric_error(ctx.ui_lang, &e)
                        ));
                        return;
                    }
                    Err(e) => {
                        self.grade = Some(Err(crate::study_text::numeric_error(ctx.ui_lang, &e)))
                    }
                }
            }
        }
        self.revealed = true;
        ctx.message = None;
    }

    fn rate(&mut self, rating: Rating, ctx: &mut Ctx, now: i64) {
        let lang = ctx.ui_lang;
        let Some(study) = &mut ctx.study else { return };
        match study.answer(rating, now, now - self.shown_at) {
            Ok(Some(note)) => {
                ctx.message = note.became_leech.then(|| {
                    tr!(
                        lang,
                        "drill-became-leech",
                        id = note.item_id.as_str(),
                        lapses = note.lapses
                    )
                });
                self.next_card(ctx, now);
            }
            Ok(None) => {}
            // The answer was not saved: the card stays on screen, revealed, and can be rated again.
            Err(e) => ctx.show_error(
                &tr!(lang, "drill-error-not-saved"),
                crate::context::error_words(lang, e.as_ref()),
            ),
        }
    }

    fn undo(&mut self, ctx: &mut Ctx, now: i64) {
        let lang = ctx.ui_lang;
        let Some(study) = &mut ctx.study else { return };
        match study.undo(now) {
            Ok(Some(id)) => {
                self.new_card();
                self.shown_at = now;
                self.draw_instance(study, now);
                ctx.message = Some(tr!(lang, "drill-undid", id = id));
                ctx.refresh(now, false);
            }
            Ok(None) => ctx.message = Some(tr!(lang, "drill-nothing-to-undo")),
            Err(e) => ctx.show_error(
                &tr!(lang, "drill-error-undo"),
                crate::context::error_words(lang, e.as_ref()),
            ),
        }
    }

    fn set_aside(&mut self, action: Action, ctx: &mut Ctx, now: i64) {
        let lang = ctx.ui_lang;
        let Some(study) = &mut ctx.study else { return };
        let result = if action == Action::Suspend {
            study.suspend_current(now)
        } else {
            study.bury_current(now)
        };
        match result {
            Ok(Some(id)) => {
                ctx.message = Some(if action == Action::Suspend {
                    tr!(lang, "drill-suspended", id = id)
                } else {
                    tr!(lang, "drill-buried", id = id)
                });
                self.next_card(ctx, now);
            }
            Ok(None) => {}
            Err(e) => ctx.show_error(
                &tr!(lang, "drill-error-save"),
                crate::context::error_words(lang, e.as_ref()),
            ),
        }
    }
}
/// A unit that does not convert named as the prompt names the card's unit, in the content
/// language `lang` (core names it by its English unit); other errors as they are.
fn unit_as_shown(
    e: crate::core::drill::NumericError,
    lang: Lang,
    unit: &str,
    ko_unit: Option<&str>,
) -> crate::core::drill::NumericError {
    use crate::core::drill::NumericError;
    match e {
        NumericError::WrongUnit { typed, .. } => NumericError::WrongUnit {
            expected: study_text::unit_name(lang, unit, ko_unit),
            typed,
        },
        e => e,
    }
}

/// Whether cloze answers are typed (the `type_cloze_answers` setting).
fn typed_cloze(ctx: &Ctx) -> bool {
    ctx.study
        .as_ref()
        .is_some_and(|s| s.config().type_cloze_answers)
}

impl Screen for DrillScreen {
    fn scopes(&self, ctx: &Ctx) -> &'static [Scope] {
        if self.prompt.is_some() {
            PROMPT
        } else if self.awaits_answer(
            ctx.study.as_ref().and_then(Study::current),
            typed_cloze(ctx),
        ) {
            ANSWERING
        } else {
            SCOPES
        }
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[SCOPES, ANSWERING, PROMPT]
    }

    fn type_key(&mut self, key: &KeyEvent, ctx: &mut Ctx) -> bool {
        if self.prompt.is_some() {
            return self.type_prompt(key, ctx);
        }
        let typed = typed_cloze(ctx);
        let card = ctx.study.as_ref().and_then(Study::current);
        DrillScreen::type_key(self, card, typed, key)
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx, now: i64) {
        self.now = now;
        if self.prompt.is_some() {
            if action == Action::Confirm {
                self.confirm_prompt(ctx, now);
            }
            return;
        }
        match action {
            Action::Reveal => self.reveal(ctx, now),
            Action::Rate(r) if self.revealed => self.rate(r, ctx, now),
            Action::Rate(_) => {
                ctx.message = Some(tr!(
                    ctx.ui_lang,
                    "drill-reveal-first",
                    key = crate::tui::keys::key_for(Action::Reveal, SCOPES).unwrap_or_default()
                ))
            }
            Action::Undo => self.undo(ctx, now),
            Action::Suspend | Action::Bury => self.set_aside(action, ctx, now),
            Action::ToggleKorean => ctx.lang = other_lang(ctx.lang),
            _ => {}
        }
    }

    fn enter(&mut self, ctx: &mut Ctx, now: i64) {
        self.now = now;
        self.next_card(ctx, now);
    }

    /// Back closes the prompt; in a custom session it ends the session (then the app goes Home).
    fn back(&mut self, ctx: &mut Ctx) -> bool {
        if self.prompt.take().is_some() {
            self.prompt_count = None;
            self.prompt_stale = false;
            ctx.message = None;
            return true;
        }
        if let Some(study) = &mut ctx.study
            && study.end_custom().is_some()
        {
            self.new_card();
        }
        false
    }

    /// Leaving the screen ends a finished custom session (a running one waits for the return).
    fn leave(&mut self, ctx: &mut Ctx, _now: i64) {
        self.prompt = None;
        self.prompt_stale = false;
        if let Some(study) = &mut ctx.study
            && study.custom().is_some_and(|c| c.finished())
        {
            study.end_custom();
            self.new_card();
        }
    }

    fn tick(&mut self, ctx: &mut Ctx, now: i64) {
        self.now = now;
        if ctx.study.as_ref().is_some_and(|s| s.current().is_none()) {
            self.next_card(ctx, now);
        }
    }

    fn busy(&self) -> bool {
        self.prompt_stale
    }

    /// Counts the prompt's cards once no key waits.
    fn work(&mut self, ctx: &Ctx, _deadline: std::time::Instant) {
        if self.prompt_stale {
            self.prompt_stale = false;
            self.recount(ctx);
        }
    }

    fn link(&self, ctx: &Ctx) -> Option<String> {
        ctx.study
            .as_ref()
            .and_then(Study::current)
            .map(|c| c.source.to_string())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        if self.prompt.is_some() {
            self.render_prompt(frame, area, ctx);
        } else {
            self.render_view(frame, area, ctx);
        }
    }
}

impl DrillScreen {
    fn render_view(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        let study = ctx.study.as_ref();
        let now = self.shown_at.max(0);
        let instance = self.instance.clone();
        let view = DrillView {
            card: study.and_then(Study::current),
            previews: study.and_then(|s| s.preview(now).ok().flatten()),
            counts: ctx.state.counts.due,
            session: study.map(|s| s.stats).unwrap_or_default(),
            answered_today: ctx.state.counts.answers_today,
            next_due_in: study.and_then(|s| s.next_due_after(now)).map(|d| d - now),
            readiness: ctx.state.readiness.as_ref(),
            message: ctx.message.as_deref(),
            instance: instance.as_ref(),
            leech: study.is_some_and(|s| s.current_state().leech),
            lang: ctx.lang,
            ui_lang: ctx.ui_lang,
            typed_cloze: typed_cloze(ctx),
            custom: study.and_then(Study::custom).map(|c| {
                (
                    crate::content_text::custom_title(ctx.ui_lang, &c.filter),
                    c.counts(),
                )
            }),
        };
        self.draw(frame, area, &view, &ctx.theme);
    }
}
/// The other language of the content (`t`).
pub fn other_lang(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Ko,
        Lang::Ko => Lang::En,
    }
}

//! Home: the packs loaded, what the store holds, and problems to act on.

use crate::core::config::Lang;
use crate::core::stats::StateCounts;
use crate::i18n::tr;
use crate::tui::action::Action;
use crate::tui::app::AppState;
use crate::tui::keys::{Scope, key_for};
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, hint_spans, wrap_line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState};
use unicode_width::UnicodeWidthStr;

/// Home's key scopes: it has no text field, so every letter key works.
const SCOPES: &[Scope] = &[
    Scope::Global,
    Scope::Letters,
    Scope::Tabs,
    Scope::List,
    Scope::Home,
];

/// Home's view state: the selected pack row.
#[derive(Debug, Default)]
pub struct HomeScreen {
    table: TableState,
    page: usize,
    /// The screen row of the first pack row, for mouse clicks.
    first_row: u16,
}

impl HomeScreen {
    /// Moves the selection over `len` rows.
    pub fn navigate(&mut self, action: Action, len: usize) {
        if len == 0 {
            return;
        }
        let cur = self.table.selected().unwrap_or(0);
        let page = self.page.max(1);
        let next = match action {
            Action::Up => cur.saturating_sub(1),
            Action::Down => cur + 1,
            Action::PageUp => cur.saturating_sub(page),
            Action::PageDown => cur + page,
            Action::Top => 0,
            Action::Bottom => len - 1,
            _ => cur,
        };
        self.table.select(Some(next.min(len - 1)));
    }

    /// Selects the pack row drawn on screen row `row`, if any.
    pub fn click_row(&mut self, row: u16, len: usize) {
        if row >= self.first_row && self.first_row > 0 {
            let i = self.table.offset() + usize::from(row - self.first_row);
            if i < len {
                self.table.select(Some(i));
            }
        }
    }

    /// The selected row, if any.
    pub fn selected(&self) -> Option<usize> {
        self.table.selected()
    }

    /// Draws Home in `lang`.
    pub fn draw(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        state: &AppState,
        theme: &Theme,
        lang: Lang,
    ) {
        let questions: usize = state.packs.iter().map(|p| p.questions).sum();
        let packs = state.packs.len();
        let c = state.counts;
        let first_run = c.answers_all == 0 && state.summary.exams == 0;
        let mut intro = vec![Line::from(vec![
            Span::styled("awsdrill", theme.title),
            Span::styled(format!(" - {}", tr!(lang, "home-tagline")), theme.text),
        ])];
        intro.push(Line::styled(
            content_line(lang, &c.cards, questions, packs),
            theme.text,
        ));
        intro.push(Line::styled(
            tr!(
                lang,
                "home-due",
                learning = c.due.learning,
                review = c.due.review,
                new = c.due.new,
                today = c.answers_today,
                streak = state.streak
            ),
            theme.text,
        ));
        let words = [
            tr!(lang, "home-hint-drill"),
            tr!(lang, "home-hint-exams"),
            tr!(lang, "home-hint-calc"),
            tr!(lang, "home-hint-browse"),
            tr!(lang, "home-hint-stats"),
            tr!(lang, "home-hint-settings"),
            tr!(lang, "hint-help"),
        ];
        let mut keys = vec![Span::styled(
            format!("{} ", tr!(lang, "home-keys")),
            theme.text,
        )];
        keys.extend(hint_spans(
            SCOPES,
            &[
                Hint::Key(Action::StartDrill, &words[0]),
                Hint::Key(Action::OpenExams, &words[1]),
                Hint::Key(Action::OpenCalc, &words[2]),
                Hint::Key(Action::OpenBrowse, &words[3]),
                Hint::Key(Action::OpenStats, &words[4]),
                Hint::Key(Action::OpenSettings, &words[5]),
                Hint::Key(Action::ToggleHelp, &words[6]),
            ],
            theme,
            theme.text,
        ));
        intro.push(Line::from(keys));
        let key = |a: Action| key_for(a, SCOPES).unwrap_or_default();
        if let Some((c, t, est)) = &state.last_exam {
            intro.push(Line::styled(
                tr!(
                    lang,
                    "home-last-exam",
                    correct = *c,
                    total = *t,
                    estimate = est.as_str()
                ),
                theme.text,
            ));
        }
        if first_run {
            intro.push(Line::styled(
                tr!(lang, "home-welcome", key = key(Action::StartDrill)),
                theme.text,
            ));
            intro.push(Line::styled(format!("  {}", state.store_path), theme.dim));
            intro.push(Line::styled(
                if state.readiness.is_some() {
                    tr!(lang, "home-help-keys", key = key(Action::ToggleHelp))
                } else {
                    tr!(
                        lang,
                        "home-help-keys-exam-date",
                        key = key(Action::ToggleHelp)
                    )
                },
                theme.text,
            ));
        } else {
            intro.push(Line::styled(
                tr!(
                    lang,
                    "home-so-far",
                    answers = c.answers_all,
                    exams = state.summary.exams,
                    studied = c.cards.studied,
                    new = c.cards.new
                ),
                theme.text,
            ));
        }
        if c.due.learning_later_today > 0 {
            intro.push(Line::styled(
                tr!(lang, "home-later-today", n = c.due.learning_later_today),
                theme.text,
            ));
        }
        if let Some(r) = &state.readiness {
            intro.extend(crate::tui::widgets::readiness_lines_in(r, theme, lang));
        }
        for n in &state.notices {
            // Notices name pack files, whose names are untrusted too.
            let n = crate::core::content::diag::printable(n);
            intro.push(Line::styled(format!("! {n}"), theme.bad));
        }
        // The rows the lines wrap to (Korean letters take two columns), and a blank one.
        let intro: Vec<Line> = intro
            .iter()
            .flat_map(|l| wrap_line(l, area.width.into()))
            .collect();
        let intro_height = intro.len() as u16 + 1;
        let [top, list] =
            Layout::vertical([Constraint::Length(intro_height), Constraint::Min(3)]).areas(area);
        frame.render_widget(Paragraph::new(intro), top);

        let header = Row::new([
            tr!(lang, "home-col-pack"),
            tr!(lang, "home-col-title"),
            right(&tr!(lang, "home-col-cards"), 5),
            right(&tr!(lang, "home-col-questions"), 9),
            tr!(lang, "home-col-checked"),
        ])
        .style(theme.title);
        let rows = state.packs.iter().map(|p| {
            Row::new(vec![
                Cell::from(p.id.clone()),
                // Pack text is untrusted: control characters are shown escaped.
                Cell::from(crate::core::content::diag::printable(&p.title)),
                Cell::from(format!("{:>5}", p.cards)),
                Cell::from(format!("{:>9}", p.questions)),
                Cell::from(p.checked.clone()),
            ])
            .style(theme.text)
        });
        let table = Table::new(
            rows,
            [
                Constraint::Length(20),
                Constraint::Min(20),
                Constraint::Length(5),
                Constraint::Length(9),
                Constraint::Length(10),
            ],
        )
        .header(header)
        .row_highlight_style(theme.highlight)
        .block(
            Block::bordered()
                .title(Span::styled(
                    format!(" {} ", tr!(lang, "home-packs")),
                    theme.title,
                ))
                .border_style(theme.border),
        );
        self.page = list.height.saturating_sub(3) as usize;
        // Border, then the header row, then the packs.
        self.first_row = list.y + 2;
        if self.table.selected().is_none() && !state.packs.is_empty() {
            self.table.select(Some(0));
        }
        frame.render_stateful_widget(table, list, &mut self.table);
    }
}

/// `s` right-aligned in `width` terminal columns (a number column's heading over its numbers),
/// or as it is when wider.
/// "N cards to study (W written, G generated exercises, M missed exam questions) and Q exam
/// questions in P packs." in `lang`, the breakdown only when some cards are not written ones.
fn content_line(lang: Lang, c: &StateCounts, questions: usize, packs: usize) -> String {
    if c.generated == 0 && c.missed_questions == 0 {
        return tr!(
            lang,
            "home-content",
            cards = c.total,
            questions = questions,
            packs = packs
        );
    }
    let mut parts = vec![tr!(lang, "home-detail-written", n = c.from_packs())];
    if c.generated > 0 {
        parts.push(tr!(lang, "home-detail-generated", n = c.generated));
    }
    if c.missed_questions > 0 {
        parts.push(tr!(lang, "home-detail-missed", n = c.missed_questions));
    }
    tr!(
        lang,
        "home-content-detail",
        cards = c.total,
        detail = parts.join(", "),
        questions = questions,
        packs = packs
    )
}

fn right(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(s.width())))
}

impl Screen for HomeScreen {
    fn scopes(&self, _ctx: &Ctx) -> &'static [Scope] {
        SCOPES
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[SCOPES]
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx, _now: i64) {
        self.navigate(action, ctx.state.packs.len());
    }

    fn click(&mut self, row: u16, ctx: &mut Ctx, _now: i64) {
        self.click_row(row, ctx.state.packs.len());
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.draw(frame, area, &ctx.state, &ctx.theme, ctx.ui_lang);
    }
}

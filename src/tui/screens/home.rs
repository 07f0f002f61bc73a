//! Home: the packs loaded, what the store holds, and problems to act on.

use crate::tui::action::Action;
use crate::tui::app::AppState;
use crate::tui::keys::{Scope, key_for};
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, hint_spans};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table, TableState, Wrap};

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

    /// Draws Home.
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, state: &AppState, theme: &Theme) {
        use crate::display::count;
        let questions: usize = state.packs.iter().map(|p| p.questions).sum();
        let c = state.counts;
        let first_run = c.answers_all == 0 && state.summary.exams == 0;
        let mut intro = vec![Line::from(vec![
            Span::styled("awsdrill", theme.title),
            Span::styled(
                " - study and practice for AWS Certified Developer - Associate (DVA-C02)",
                theme.text,
            ),
        ])];
        intro.push(Line::styled(
            format!(
                "{} and {} in {}.",
                crate::stats_report::cards_to_study(&c.cards),
                count(questions as u64, "exam question", "exam questions"),
                count(state.packs.len() as u64, "pack", "packs"),
            ),
            theme.text,
        ));
        intro.push(Line::styled(
            format!(
                "Due now: {} learning, {} review, {} new.  Answered today: {}.  Streak: {}.",
                c.due.learning,
                c.due.review,
                c.due.new,
                c.answers_today,
                count(state.streak as u64, "day", "days"),
            ),
            theme.text,
        ));
        let mut keys = vec![Span::styled("Keys: ", theme.text)];
        keys.extend(hint_spans(
            SCOPES,
            &[
                Hint::Key(Action::StartDrill, "drill"),
                Hint::Key(Action::OpenExams, "exams"),
                Hint::Key(Action::OpenCalc, "calculators"),
                Hint::Key(Action::OpenBrowse, "browse"),
                Hint::Key(Action::OpenStats, "stats"),
                Hint::Key(Action::OpenSettings, "settings"),
                Hint::Key(Action::ToggleHelp, "help"),
            ],
            theme,
            theme.text,
        ));
        intro.push(Line::from(keys));
        let key = |a: Action| key_for(a, SCOPES).unwrap_or_default();
        if let Some((c, t, est)) = &state.last_exam {
            intro.push(Line::styled(
                format!("Last mock exam: {c}/{t} right. {est}."),
                theme.text,
            ));
        }
        if first_run {
            intro.push(Line::styled(
                format!(
                    "Welcome. Press {} to learn your first cards; each answer is saved at once in",
                    key(Action::StartDrill)
                ),
                theme.text,
            ));
            intro.push(Line::styled(format!("  {}", state.store_path), theme.dim));
            intro.push(Line::styled(
                if state.readiness.is_some() {
                    format!("Press {} for the keys of each screen.", key(Action::ToggleHelp))
                } else {
                    format!(
                        "Press {} for the keys. Set exam_date in the settings file to see your readiness.",
                        key(Action::ToggleHelp)
                    )
                },
                theme.text,
            ));
        } else {
            intro.push(Line::styled(
                format!(
                    "{} and {} so far; {} studied, {} not yet studied.",
                    count(c.answers_all, "answer", "answers"),
                    count(state.summary.exams as u64, "mock exam", "mock exams"),
                    count(c.cards.studied as u64, "card", "cards"),
                    c.cards.new
                ),
                theme.text,
            ));
        }
        if let Some(later) = crate::stats_report::later_today(&c.due) {
            intro.push(Line::styled(later, theme.text));
        }
        if let Some(r) = &state.readiness {
            intro.extend(crate::tui::widgets::readiness_lines(r, theme));
        }
        for n in &state.notices {
            // Notices name pack files, whose names are untrusted too.
            let n = crate::core::content::diag::printable(n);
            intro.push(Line::styled(format!("! {n}"), theme.bad));
        }
        let intro_height = intro.len() as u16 + 1;
        let [top, list] =
            Layout::vertical([Constraint::Length(intro_height), Constraint::Min(3)]).areas(area);
        frame.render_widget(Paragraph::new(intro).wrap(Wrap { trim: false }), top);

        let header =
            Row::new(["Pack", "Title", "Cards", "Questions", "Checked"]).style(theme.title);
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
                .title(Span::styled(" Packs ", theme.title))
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
        self.draw(frame, area, &ctx.state, &ctx.theme);
    }
}

//! The help overlay: the keys of the current screen, generated from the key table (its actions,
//! then what its text fields take). When the rows do not fit the height, they go in two columns.

use crate::tui::keys::{Scope, help_lines};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Draws the help box centred in `area`.
pub fn render(frame: &mut Frame, area: Rect, scopes: &[Scope], theme: &Theme) {
    let rows = help_lines(scopes);
    let label_width = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0);
    let desc_width = rows.iter().map(|(_, d)| d.len()).max().unwrap_or(0);
    let fits = rows.len() as u16 + 2 <= area.height;
    let columns: usize = if fits { 1 } else { 2 };
    let per_column = rows.len().div_ceil(columns);
    let cell = label_width + desc_width + 3;
    let width = (cell * columns + 2 + (columns - 1)).min(area.width as usize) as u16;
    let height = (per_column as u16 + 2).min(area.height);
    let [v] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(v);
    frame.render_widget(Clear, r);
    let block = Block::bordered()
        .title(Span::styled(" Keys ", theme.title))
        .border_style(theme.border);
    let inner = block.inner(r);
    frame.render_widget(block, r);
    // In two columns each keeps its own label width, so that the descriptions fit.
    let parts: Vec<Rect> = if columns == 1 {
        vec![inner]
    } else {
        Layout::horizontal([Constraint::Fill(1), Constraint::Fill(1)])
            .spacing(1)
            .split(inner)
            .to_vec()
    };
    for (chunk, part) in rows.chunks(per_column.max(1)).zip(parts) {
        let lw = chunk
            .iter()
            .map(|(l, _)| l.chars().count())
            .max()
            .unwrap_or(0);
        let lines: Vec<Line> = chunk
            .iter()
            .map(|(label, what)| {
                Line::from(vec![
                    Span::styled(format!(" {label:<lw$}"), theme.key),
                    Span::styled(format!("  {what}"), theme.text),
                ])
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), part);
    }
}

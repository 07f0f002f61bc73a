//! The help overlay: the keys of the current screen, generated from the key table.

use crate::tui::keys::{Scope, help_rows};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// Draws the help box centred in `area`.
pub fn render(frame: &mut Frame, area: Rect, scopes: &[Scope], theme: &Theme) {
    let rows = help_rows(scopes);
    let label_width = rows
        .iter()
        .map(|b| b.label.chars().count())
        .max()
        .unwrap_or(0);
    let desc_width = rows
        .iter()
        .map(|b| b.action.description().len())
        .max()
        .unwrap_or(0);
    let width = (label_width + desc_width + 5).min(area.width as usize) as u16;
    let height = (rows.len() as u16 + 2).min(area.height);
    let [v] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(v);
    let lines: Vec<Line> = rows
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!(" {:<label_width$}", b.label), theme.key),
                Span::styled(format!("  {}", b.action.description()), theme.text),
            ])
        })
        .collect();
    frame.render_widget(Clear, r);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(Span::styled(" Keys ", theme.title))
                .border_style(theme.border),
        ),
        r,
    );
}

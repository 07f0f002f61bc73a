//! The help overlay: the keys of the current screen, generated from the key table.

use crate::core::config::Lang;
use crate::i18n::{key_label, tr};
use crate::tui::keys::{Scope, help_rows};
use crate::tui::theme::Theme;
use crate::tui::widgets::{pad, wrap_line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Draws the help box centred in `area`, in `lang`. A description wider than the box wraps under
/// itself, measured in terminal columns (Korean letters take two).
pub fn render(frame: &mut Frame, area: Rect, scopes: &[Scope], theme: &Theme, lang: Lang) {
    let rows: Vec<(String, String)> = help_rows(scopes)
        .iter()
        .map(|b| (key_label(lang, &b.label), b.action.description(lang)))
        .collect();
    let label_width = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    let desc_width = rows.iter().map(|(_, d)| d.width()).max().unwrap_or(0);
    // Borders, a space before the label and two after it.
    let width = (label_width + desc_width + 5).min(area.width as usize) as u16;
    let indent = label_width + 3;
    let text_width = (width as usize).saturating_sub(indent + 2).max(1);
    let lines: Vec<Line> = rows
        .iter()
        .flat_map(|(label, desc)| {
            let mut out = Vec::new();
            let parts = wrap_line(&Line::raw(desc.as_str()), text_width);
            for (i, part) in parts.into_iter().enumerate() {
                let part: String = part.spans.iter().map(|s| s.content.as_ref()).collect();
                let head = if i == 0 {
                    pad(&format!(" {label}"), label_width + 1)
                } else {
                    " ".repeat(label_width + 1)
                };
                out.push(Line::from(vec![
                    Span::styled(head, theme.key),
                    Span::styled(format!("  {part}"), theme.text),
                ]));
            }
            out
        })
        .collect();
    let height = (lines.len() as u16 + 2).min(area.height);
    let [v] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(v);
    let title = format!(" {} ", tr!(lang, "help-title"));
    crate::tui::widgets::clear_for_overlay(frame, r);
    frame.render_widget(
        Paragraph::new(lines).block(
            Block::bordered()
                .title(Span::styled(title, theme.title))
                .border_style(theme.border),
        ),
        r,
    );
}

//! The help overlay: the keys of the current screen, generated from the key table (its actions,
//! then what its text fields take). When the rows do not fit the height, they go in two columns.

use crate::core::config::Lang;
use crate::i18n::tr;
use crate::tui::keys::{Scope, help_lines};
use crate::tui::theme::Theme;
use crate::tui::widgets::{pad, wrap_line};
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

/// Draws the help box centred in `area`, in `lang`. A description wider than its column wraps
/// under itself, measured in terminal columns (Korean letters take two).
pub fn render(frame: &mut Frame, area: Rect, scopes: &[Scope], theme: &Theme, lang: Lang) {
    let rows = help_lines(scopes, lang);
    let label_width = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    let desc_width = rows.iter().map(|(_, d)| d.width()).max().unwrap_or(0);
    // A space before the label and two after it.
    let cell = label_width + desc_width + 3;
    let one = (cell + 2).min(area.width as usize);
    let fits = column_lines(&rows, one.saturating_sub(2), theme).len() as u16 + 2 <= area.height;
    let columns: usize = if fits { 1 } else { 2 };
    let per_column = rows.len().div_ceil(columns).max(1);
    let width = (cell * columns + 2 + (columns - 1)).min(area.width as usize) as u16;
    // The columns split the inside of the box as `Layout` does below (Fill, spacing 1).
    let inner_width = (width as usize).saturating_sub(2);
    let column_width = (inner_width.saturating_sub(columns - 1)) / columns;
    let columns_text: Vec<Vec<Line>> = rows
        .chunks(per_column)
        .map(|chunk| column_lines(chunk, column_width, theme))
        .collect();
    let tallest = columns_text.iter().map(Vec::len).max().unwrap_or(0);
    let height = (tallest as u16 + 2).min(area.height);
    let [v] = Layout::vertical([Constraint::Length(height)])
        .flex(Flex::Center)
        .areas(area);
    let [r] = Layout::horizontal([Constraint::Length(width)])
        .flex(Flex::Center)
        .areas(v);
    crate::tui::widgets::clear_for_overlay(frame, r);
    let title = format!(" {} ", tr!(lang, "help-title"));
    let block = Block::bordered()
        .title(Span::styled(title, theme.title))
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
    for (lines, part) in columns_text.into_iter().zip(parts) {
        frame.render_widget(Paragraph::new(lines), part);
    }
}

/// The lines of one column of help, `width` columns wide: the label padded to the column's widest,
/// the description wrapped under itself.
fn column_lines<'a>(rows: &[(String, String)], width: usize, theme: &Theme) -> Vec<Line<'a>> {
    let lw = rows.iter().map(|(l, _)| l.width()).max().unwrap_or(0);
    let text_width = width.saturating_sub(lw + 3).max(1);
    rows.iter()
        .flat_map(|(label, desc)| {
            let parts = wrap_line(&Line::raw(desc.as_str()), text_width);
            parts
                .into_iter()
                .enumerate()
                .map(|(i, part)| {
                    let part: String = part.spans.iter().map(|s| s.content.as_ref()).collect();
                    let head = if i == 0 {
                        pad(&format!(" {label}"), lw + 1)
                    } else {
                        " ".repeat(lw + 1)
                    };
                    Line::from(vec![
                        Span::styled(head, theme.key),
                        Span::styled(format!("  {part}"), theme.text),
                    ])
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

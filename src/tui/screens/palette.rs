//! The command palette (`:` or Ctrl-P): every action of the app, fuzzy-found by its description.

use crate::tui::action::Action;
use crate::tui::keys::all_bindings;
use crate::tui::theme::Theme;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The palette's state: the query and the selection.
#[derive(Debug, Default)]
pub struct Palette {
    /// What was typed.
    pub query: String,
    /// The selected row of the matches.
    pub selected: usize,
}

/// Every action with its keys, once each, in key-table order.
pub fn entries() -> Vec<(Action, &'static str)> {
    let mut out: Vec<(Action, &'static str)> = Vec::new();
    for b in all_bindings() {
        if !out.iter().any(|(a, _)| *a == b.action) {
            out.push((b.action, b.label));
        }
    }
    out
}

impl Palette {
    /// The actions matching the query, best first, with their key labels.
    pub fn matches(&self) -> Vec<(Action, &'static str)> {
        let m = SkimMatcherV2::default().ignore_case();
        let mut scored: Vec<(i64, usize, Action, &'static str)> = entries()
            .into_iter()
            .enumerate()
            .filter_map(|(i, (a, keys))| {
                if self.query.is_empty() {
                    return Some((0, i, a, keys));
                }
                m.fuzzy_match(a.description(), &self.query)
                    .map(|s| (s, i, a, keys))
            })
            .collect();
        scored.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
        scored.into_iter().map(|(_, _, a, k)| (a, k)).collect()
    }

    /// The selected action, if any matches.
    pub fn chosen(&self) -> Option<Action> {
        self.matches().get(self.selected).map(|(a, _)| *a)
    }

    /// Draws the palette centred in `area`.
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let matches = self.matches();
        let height = (matches.len().min(12) as u16 + 3).min(area.height);
        let [v] = Layout::vertical([Constraint::Length(height)])
            .flex(Flex::Center)
            .areas(area);
        let [r] = Layout::horizontal([Constraint::Length(70.min(area.width))])
            .flex(Flex::Center)
            .areas(v);
        let mut lines = vec![Line::from(vec![
            Span::styled("> ", theme.key),
            Span::styled(format!("{}_", self.query), theme.text),
        ])];
        for (i, (a, keys)) in matches.iter().take(12).enumerate() {
            let style = if i == self.selected {
                theme.highlight
            } else {
                theme.text
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{:<52}", a.description()), style),
                Span::styled(format!(" {keys}"), theme.dim),
            ]));
        }
        if matches.is_empty() {
            lines.push(Line::styled("No action matches.", theme.dim));
        }
        frame.render_widget(Clear, r);
        frame.render_widget(
            Paragraph::new(lines).block(
                Block::bordered()
                    .title(Span::styled(
                        " Run an action (Enter runs, Esc closes) ",
                        theme.title,
                    ))
                    .border_style(theme.border),
            ),
            r,
        );
    }
}

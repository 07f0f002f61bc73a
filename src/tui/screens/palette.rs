//! The command palette (`:` or Ctrl-P): the actions of the screen on show (and the screens it can
//! open), fuzzy-found by their description.

use crate::tui::action::Action;
use crate::tui::theme::Theme;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};

/// The palette's state: what it offers, the query and the selection.
#[derive(Debug, Default)]
pub struct Palette {
    /// The actions it offers with their keys, in key-table order.
    pub entries: Vec<(Action, String)>,
    /// What was typed.
    pub query: String,
    /// The selected row of the matches.
    pub selected: usize,
}

impl Palette {
    /// A palette offering `entries` (the actions valid where it was opened).
    pub fn new(entries: Vec<(Action, String)>) -> Palette {
        Palette {
            entries,
            ..Palette::default()
        }
    }

    /// The actions matching the query, best first, with their key labels.
    pub fn matches(&self) -> Vec<(Action, &str)> {
        let m = SkimMatcherV2::default().ignore_case();
        let mut scored: Vec<(i64, usize, Action, &str)> = self
            .entries
            .iter()
            .enumerate()
            .filter_map(|(i, (a, keys))| {
                if self.query.is_empty() {
                    return Some((0, i, *a, keys.as_str()));
                }
                m.fuzzy_match(a.description(), &self.query)
                    .map(|s| (s, i, *a, keys.as_str()))
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
                        format!(
                            " Actions: type to narrow, {} ",
                            crate::tui::widgets::hints(
                                crate::tui::keys::PALETTE,
                                &[
                                    crate::tui::widgets::Hint::Pair(
                                        Action::Up,
                                        "/",
                                        Action::Down,
                                        "choose",
                                    ),
                                    crate::tui::widgets::Hint::Key(Action::Confirm, "runs"),
                                    crate::tui::widgets::Hint::Key(Action::Back, "closes"),
                                ]
                            )
                        ),
                        theme.title,
                    ))
                    .border_style(theme.border),
            ),
            r,
        );
    }
}

//! The command palette (`:` or Ctrl-P): the actions of the screen on show (and the screens it can
//! open), fuzzy-found by their description in the app's language or in English.

use crate::core::config::Lang;
use crate::i18n::{key_label, tr};
use crate::tui::action::Action;
use crate::tui::theme::Theme;
use crate::tui::widgets::fit;
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

/// The widest the description column gets, in terminal columns (less when the keys need more).
const DESCRIPTION_WIDTH: usize = 52;

/// The palette's state: what it offers, the query and the selection.
#[derive(Debug, Default)]
pub struct Palette {
    /// The actions it offers with their keys, in key-table order.
    pub entries: Vec<(Action, String)>,
    /// What was typed.
    pub query: String,
    /// The selected row of the matches.
    pub selected: usize,
    /// The language of the descriptions.
    pub lang: Lang,
}

impl Palette {
    /// A palette offering `entries` (the actions valid where it was opened), described in `lang`.
    pub fn new(entries: Vec<(Action, String)>, lang: Lang) -> Palette {
        Palette {
            entries,
            lang,
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
                // The description shown, or the English one (commands are often known by it).
                let shown = m.fuzzy_match(&a.description(self.lang), &self.query);
                let english = m.fuzzy_match(&a.description(Lang::En), &self.query);
                shown.max(english).map(|s| (s, i, *a, keys.as_str()))
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
    pub fn render(&self, frame: &mut Frame, area: Rect, theme: &Theme, lang: Lang) {
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
        // The keys are shown whole: the descriptions give up the columns the widest keys need.
        let key_width = matches
            .iter()
            .take(12)
            .map(|(_, keys)| unicode_width::UnicodeWidthStr::width(key_label(lang, keys).as_str()))
            .max()
            .unwrap_or(0);
        let description_width = DESCRIPTION_WIDTH
            .min(usize::from(r.width.saturating_sub(2)).saturating_sub(key_width + 1));
        for (i, (a, keys)) in matches.iter().take(12).enumerate() {
            let style = if i == self.selected {
                theme.highlight
            } else {
                theme.text
            };
            lines.push(Line::from(vec![
                Span::styled(fit(&a.description(lang), description_width), style),
                Span::styled(format!(" {}", key_label(lang, keys)), theme.dim),
            ]));
        }
        if matches.is_empty() {
            lines.push(Line::styled(tr!(lang, "palette-none"), theme.dim));
        }
        crate::tui::widgets::clear_for_overlay(frame, r);
        frame.render_widget(
            Paragraph::new(lines).block(
                Block::bordered()
                    .title(Span::styled(
                        format!(
                            " {} ",
                            tr!(
                                lang,
                                "palette-title",
                                hints = crate::tui::widgets::hints(
                                    crate::tui::keys::PALETTE,
                                    &[
                                        crate::tui::widgets::Hint::Pair(
                                            Action::Up,
                                            "/",
                                            Action::Down,
                                            &tr!(lang, "palette-hint-choose"),
                                        ),
                                        crate::tui::widgets::Hint::Key(
                                            Action::Confirm,
                                            &tr!(lang, "palette-hint-run"),
                                        ),
                                        crate::tui::widgets::Hint::Key(
                                            Action::Back,
                                            &tr!(lang, "palette-hint-close"),
                                        ),
                                    ]
                                )
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

//! Semantic styles. Screens ask for `theme.title` or `theme.dim`, never for a colour; `NO_COLOR`
//! gives a theme that uses only bold, reverse and underline.

use crate::core::config::ThemeName;
use ratatui::style::{Color, Modifier, Style};

/// The styles the screens use.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    /// Normal text.
    pub text: Style,
    /// Headings and the app title.
    pub title: Style,
    /// The selected tab or row.
    pub highlight: Style,
    /// Secondary text: hints, units, paths.
    pub dim: Style,
    /// Good news: correct answers, clean results.
    pub good: Style,
    /// Problems the user should act on.
    pub bad: Style,
    /// Key names in help and hints.
    pub key: Style,
    /// Borders.
    pub border: Style,
}

impl Theme {
    /// The theme for a config name, or the colourless one when `no_color` is set.
    pub fn new(name: ThemeName, no_color: bool) -> Theme {
        if no_color {
            return Theme::plain();
        }
        let base = Style::new();
        match name {
            ThemeName::Dark => Theme {
                text: base,
                title: base.fg(Color::Cyan).add_modifier(Modifier::BOLD),
                highlight: base.fg(Color::Black).bg(Color::Cyan),
                dim: base.fg(Color::DarkGray),
                good: base.fg(Color::Green),
                bad: base.fg(Color::Red).add_modifier(Modifier::BOLD),
                key: base.fg(Color::Yellow),
                border: base.fg(Color::DarkGray),
            },
            ThemeName::Light => Theme {
                text: base.fg(Color::Black),
                title: base.fg(Color::Blue).add_modifier(Modifier::BOLD),
                highlight: base.fg(Color::White).bg(Color::Blue),
                dim: base.fg(Color::Gray),
                good: base.fg(Color::Green),
                bad: base.fg(Color::Red).add_modifier(Modifier::BOLD),
                key: base.fg(Color::Magenta),
                border: base.fg(Color::Gray),
            },
            ThemeName::HighContrast => Theme {
                text: base.fg(Color::White),
                title: base.fg(Color::White).add_modifier(Modifier::BOLD),
                highlight: base.fg(Color::Black).bg(Color::White),
                dim: base.fg(Color::White),
                good: base.fg(Color::LightGreen).add_modifier(Modifier::BOLD),
                bad: base.fg(Color::LightRed).add_modifier(Modifier::BOLD),
                key: base.fg(Color::LightYellow).add_modifier(Modifier::BOLD),
                border: base.fg(Color::White),
            },
        }
    }

    /// No colours at all: emphasis by modifiers only.
    pub fn plain() -> Theme {
        let base = Style::new();
        Theme {
            text: base,
            title: base.add_modifier(Modifier::BOLD),
            highlight: base.add_modifier(Modifier::REVERSED),
            dim: base,
            good: base,
            bad: base.add_modifier(Modifier::BOLD),
            key: base.add_modifier(Modifier::UNDERLINED),
            border: base,
        }
    }

    /// Whether the environment asks for no colour (`NO_COLOR` set and not empty).
    pub fn no_color_requested() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_theme_has_no_colours() {
        let t = Theme::new(ThemeName::Dark, true);
        for s in [
            t.text,
            t.title,
            t.highlight,
            t.dim,
            t.good,
            t.bad,
            t.key,
            t.border,
        ] {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
    }
}

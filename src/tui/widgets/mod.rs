//! Drawing pieces the screens share: the bordered text panel with its message line, hint lines
//! generated from the key table, the exam-day readiness lines, the escaping of pack text, and
//! charts with their axes (`charts`).

pub mod charts;

use crate::core::scheduler::readiness::Readiness;
use crate::tui::action::Action;
use crate::tui::keys::{self, Scope};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// Pack and user text is untrusted: control characters are shown escaped, never sent to the
/// terminal.
pub fn clean(s: &str) -> String {
    crate::core::content::diag::printable(s)
}

/// Lines of text (pack text reflowed and cleaned), one `Line` per line.
pub fn text_lines(s: &str, style: ratatui::style::Style) -> Vec<Line<'static>> {
    clean(&crate::core::content::reflow(s))
        .lines()
        .map(|l| Line::styled(l.to_string(), style))
        .collect()
}

/// The panel most screens draw in: wrapped lines in a bordered block, with the message (if any)
/// after a blank line at the end, in the warning colour.
pub fn panel<'a>(mut lines: Vec<Line<'a>>, message: Option<&str>, theme: &Theme) -> Paragraph<'a> {
    if let Some(m) = message {
        lines.push(Line::raw(""));
        lines.push(Line::styled(clean(m), theme.bad));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .block(Block::bordered().border_style(theme.border))
}

/// One item of a hint line.
#[derive(Debug, Clone, Copy)]
pub enum Hint {
    /// The action's first key, then what it does: `u undo`.
    Key(Action, &'static str),
    /// Every key of the action's first binding, joined, then what they do: `<-/-> calculator`.
    Keys(Action, &'static str, &'static str),
    /// Two actions' keys joined, then what they do: `1-4 rate`, `<- -> move`, `Up/Down select`.
    Pair(Action, &'static str, Action, &'static str),
    /// Words, then the action's last key: `type the number, then Enter`.
    Then(&'static str, Action),
    /// Words without a key.
    Text(&'static str),
    /// A divider between groups.
    Divider,
}

/// A hint line built from the key table: every key shown is a key that works in `scopes`. An item
/// whose action has no key in these scopes is left out.
pub fn hints(scopes: &[Scope], items: &[Hint]) -> String {
    pieces(scopes, items)
        .into_iter()
        .map(|(k, text)| k + &text)
        .collect()
}

/// `hints` as spans: the keys in the key colour, the words in `words`.
pub fn hint_spans(
    scopes: &[Scope],
    items: &[Hint],
    theme: &Theme,
    words: ratatui::style::Style,
) -> Vec<Span<'static>> {
    let mut out = Vec::new();
    for (k, text) in pieces(scopes, items) {
        if !k.is_empty() {
            out.push(Span::styled(k, theme.key));
        }
        out.push(Span::styled(text, words));
    }
    out
}

/// (key part, the rest) of each item shown, separators included in the rest of the one before.
fn pieces(scopes: &[Scope], items: &[Hint]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut divider = false;
    for item in items {
        let piece = match *item {
            Hint::Key(a, what) => keys::key_for(a, scopes).map(|k| (k, format!(" {what}"))),
            Hint::Keys(a, join, what) => {
                keys::keys_for(a, scopes).map(|ks| (ks.join(join), format!(" {what}")))
            }
            Hint::Pair(a, join, b, what) => keys::key_for(a, scopes)
                .zip(keys::key_for(b, scopes))
                .map(|(x, y)| (format!("{x}{join}{y}"), format!(" {what}"))),
            Hint::Then(words, a) => {
                keys::last_key_for(a, scopes).map(|k| (String::new(), format!("{words} {k}")))
            }
            Hint::Text(t) => Some((String::new(), t.to_string())),
            Hint::Divider => {
                divider = !out.is_empty();
                None
            }
        };
        if let Some(p) = piece {
            if let Some(last) = out.last_mut() {
                last.1.push_str(if divider { "  |  " } else { "  " });
            }
            divider = false;
            out.push(p);
        }
    }
    out
}

/// Lines that show the exam-day prediction (Home and the drill's summary).
pub fn readiness_lines(r: &Readiness, theme: &Theme) -> Vec<Line<'static>> {
    let when = match r.days_left {
        d if d > 1 => format!("Exam in {d} days"),
        1 => "Exam tomorrow".to_string(),
        0 => "Exam today".to_string(),
        _ => "The exam date has passed".to_string(),
    };
    let mut out = vec![Line::styled(
        format!(
            "{when}: predicted recall on exam day {:.0} % of all cards (cards not yet studied count as not known).",
            r.overall * 100.0
        ),
        theme.text,
    )];
    let per: Vec<String> = r
        .per_domain
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(d, p, _)| format!("{} {:.0} %", d.key(), p * 100.0))
        .collect();
    if !per.is_empty() {
        out.push(Line::styled(
            format!("By domain: {}.", per.join(", ")),
            theme.text,
        ));
    }
    if r.new_remaining > 0 && r.days_left > 0 {
        out.push(Line::styled(
            format!(
                "{} cards not yet studied: {} new cards a day would introduce them all in time.",
                r.new_remaining, r.new_per_day_needed
            ),
            theme.text,
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scheduler::Rating;

    #[test]
    fn hints_name_the_keys_of_the_table_and_skip_actions_without_one() {
        let drill = [Scope::Global, Scope::Letters, Scope::Tabs, Scope::Drill];
        assert_eq!(
            hints(
                &drill,
                &[
                    Hint::Pair(
                        Action::Rate(Rating::Again),
                        "-",
                        Action::Rate(Rating::Easy),
                        "rate"
                    ),
                    Hint::Key(Action::Reveal, "Good"),
                    Hint::Divider,
                    Hint::Key(Action::Undo, "undo"),
                    Hint::Key(Action::CycleSort, "sort"),
                    Hint::Key(Action::ToggleHelp, "keys"),
                ]
            ),
            "1-4 rate  Space Good  |  u undo  ? keys"
        );
        assert_eq!(
            hints(
                &drill,
                &[Hint::Then("type the number, then", Action::Reveal)]
            ),
            "type the number, then Enter"
        );
        // Without the letter keys (a text field takes them), Back is Esc.
        assert_eq!(
            hints(
                &[Scope::Global, Scope::Calc],
                &[Hint::Key(Action::Back, "back")]
            ),
            "Esc back"
        );
    }
}

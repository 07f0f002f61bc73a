//! Drawing pieces the screens share: the bordered text panel with its message line, hint lines
//! generated from the key table, the exam-day readiness lines, the escaping of pack text, and
//! charts with their axes (`charts`).

pub mod charts;

use crate::core::config::Lang;
use crate::core::scheduler::readiness::Readiness;
use crate::i18n::tr;
use crate::tui::action::Action;
use crate::tui::keys::{self, Scope};
use crate::tui::theme::Theme;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

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

/// A bordered box of wrapped lines that scrolls (the Calculators' working, the IAM lab's trace):
/// `scroll` is kept within the wrapped text's height.
pub fn scrolled_box(
    frame: &mut ratatui::Frame,
    area: ratatui::layout::Rect,
    body: Vec<Line<'_>>,
    title: &str,
    scroll: &mut u16,
    theme: &Theme,
) {
    let inner_height = area.height.saturating_sub(2);
    let inner_width = usize::from(area.width.saturating_sub(2)).max(1);
    let wrapped: usize = body
        .iter()
        .map(|l| l.width().div_ceil(inner_width).max(1))
        .sum();
    let max_scroll = u16::try_from(wrapped)
        .unwrap_or(u16::MAX)
        .saturating_sub(inner_height);
    *scroll = (*scroll).min(max_scroll);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .scroll((*scroll, 0))
            .block(
                Block::bordered()
                    .title(Span::styled(format!(" {title} "), theme.title))
                    .border_style(theme.border),
            ),
        area,
    );
}

/// Clears `area` for an overlay (help, the palette). A double-width letter just left of it whose
/// right half lies under the overlay's border is blanked too: a terminal cannot draw half of it,
/// and the border would be lost with it.
pub fn clear_for_overlay(frame: &mut ratatui::Frame, area: ratatui::layout::Rect) {
    frame.render_widget(ratatui::widgets::Clear, area);
    if area.x == 0 {
        return;
    }
    let buf = frame.buffer_mut();
    for y in area.top()..area.bottom() {
        let cell = &mut buf[(area.x - 1, y)];
        if cell.symbol().width() > 1 {
            cell.set_symbol(" ");
        }
    }
}

/// `line` wrapped to `width` terminal columns, keeping its styles: at spaces where it can (Korean
/// is spaced between words too; the space at a break is dropped), else between two letters. A
/// double-width letter never crosses the edge. (ratatui's own wrapping can leave one a column past
/// the edge, ratatui issue 2679, so screens with Korean text wrap here first.)
pub fn wrap_line(line: &Line<'_>, width: usize) -> Vec<Line<'static>> {
    use ratatui::style::Style;
    use unicode_width::UnicodeWidthChar;
    let width = width.max(2);
    let chars: Vec<(char, Style)> = line
        .spans
        .iter()
        .flat_map(|s| {
            let style = line.style.patch(s.style);
            s.content.chars().map(move |c| (c, style))
        })
        .collect();
    let w = |cs: &[(char, Style)]| {
        cs.iter()
            .map(|(c, _)| c.width().unwrap_or(0))
            .sum::<usize>()
    };
    let mut rows: Vec<Vec<(char, Style)>> = Vec::new();
    let mut row: Vec<(char, Style)> = Vec::new();
    let mut spaces: Vec<(char, Style)> = Vec::new();
    for token in chars.chunk_by(|a, b| (a.0 == ' ') == (b.0 == ' ')) {
        if token[0].0 == ' ' {
            // Spaces that begin a wrapped row are dropped; the first row keeps its indent.
            if !row.is_empty() || rows.is_empty() {
                spaces = token.to_vec();
            }
            continue;
        }
        if w(&row) + w(&spaces) + w(token) <= width {
            row.append(&mut spaces);
            row.extend_from_slice(token);
            continue;
        }
        spaces.clear();
        if !row.is_empty() {
            rows.push(std::mem::take(&mut row));
        }
        for &(c, style) in token {
            if w(&row) + c.width().unwrap_or(0) > width {
                rows.push(std::mem::take(&mut row));
            }
            row.push((c, style));
        }
    }
    row.append(&mut spaces);
    rows.push(row);
    rows.into_iter()
        .map(|r| {
            Line::from(
                r.chunk_by(|a, b| a.1 == b.1)
                    .map(|run| {
                        Span::styled(run.iter().map(|(c, _)| *c).collect::<String>(), run[0].1)
                    })
                    .collect::<Vec<_>>(),
            )
        })
        .collect()
}

/// `s` padded with spaces to `width` terminal columns.
pub fn pad(s: &str, width: usize) -> String {
    format!("{s}{}", " ".repeat(width.saturating_sub(s.width())))
}

/// `s` in exactly `width` terminal columns: padded with spaces, or cut short with `…` (a Korean
/// letter takes two columns and is never cut in half).
pub fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if s.width() <= width {
        return format!("{s}{}", " ".repeat(width - s.width()));
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    used += 1;
    out.push_str(&" ".repeat(width.saturating_sub(used)));
    out
}

/// One item of a hint line. The words are the screen's (from the catalog, `crate::i18n`, on the
/// screens moved onto it); key names come from the key table.
#[derive(Debug, Clone, Copy)]
pub enum Hint<'a> {
    /// The action's first key, then what it does: `u undo`.
    Key(Action, &'a str),
    /// Every key of the action's first binding, joined, then what they do: `<-/-> calculator`.
    Keys(Action, &'a str, &'a str),
    /// Two actions' keys joined, then what they do: `1-4 rate`, `<- -> move`, `Up/Down select`.
    Pair(Action, &'a str, Action, &'a str),
    /// Words, then the action's last key: `type the number, then Enter`.
    Then(&'a str, Action),
    /// Words without a key.
    Text(&'a str),
    /// A divider between groups.
    Divider,
}

/// A hint line built from the key table: every key shown is a key that works in `scopes`. An item
/// whose action has no key in these scopes is left out.
pub fn hints(scopes: &[Scope], items: &[Hint<'_>]) -> String {
    pieces(scopes, items)
        .into_iter()
        .map(|(k, text)| k + &text)
        .collect()
}

/// `hints` laid out on rows of `width` columns, a row breaking only between two hints (a hint
/// wider than a row is wrapped by `wrap_line`), so that no key is parted from its words.
pub fn hint_rows(scopes: &[Scope], items: &[Hint<'_>], width: usize) -> Vec<String> {
    let mut rows: Vec<String> = Vec::new();
    let mut row = String::new();
    for (k, text) in pieces(scopes, items) {
        let piece = k + text.trim_end();
        let gap = &text[text.trim_end().len()..];
        if !row.is_empty() && row.trim_end().width() + piece.width() > width {
            rows.push(std::mem::take(&mut row).trim_end().to_string());
        }
        if row.is_empty() && piece.width() > width {
            let wrapped = wrap_line(&Line::raw(piece), width);
            rows.extend(wrapped.iter().map(|l| l.to_string()));
            continue;
        }
        row.push_str(&piece);
        row.push_str(gap);
    }
    if !row.trim_end().is_empty() {
        rows.push(row.trim_end().to_string());
    }
    rows
}

/// `hints` as spans: the keys in the key colour, the words in `words`.
pub fn hint_spans(
    scopes: &[Scope],
    items: &[Hint<'_>],
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
fn pieces(scopes: &[Scope], items: &[Hint<'_>]) -> Vec<(String, String)> {
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

/// Lines that show the exam-day prediction (the drill's summary), in English.
pub fn readiness_lines(r: &Readiness, theme: &Theme) -> Vec<Line<'static>> {
    readiness_lines_in(r, theme, Lang::En)
}

/// Lines that show the exam-day prediction in `lang` (Home).
pub fn readiness_lines_in(r: &Readiness, theme: &Theme, lang: Lang) -> Vec<Line<'static>> {
    let when = if r.days_left < 0 {
        tr!(lang, "readiness-exam-passed")
    } else {
        tr!(lang, "readiness-exam-in", days = r.days_left)
    };
    let mut out = vec![Line::styled(
        tr!(
            lang,
            "readiness-recall",
            when = when,
            percent = r.overall * 100.0
        ),
        theme.text,
    )];
    let per: Vec<String> = r
        .per_domain
        .iter()
        .filter(|(_, _, n)| *n > 0)
        .map(|(d, p, _)| {
            let domain = crate::content_text::domain_short(lang, *d);
            tr!(
                lang,
                "readiness-domain",
                domain = domain,
                percent = p * 100.0
            )
        })
        .collect();
    if !per.is_empty() {
        out.push(Line::styled(
            tr!(lang, "readiness-by-domain", domains = per.join(", ")),
            theme.text,
        ));
    }
    if r.new_remaining > 0 && r.days_left > 0 {
        out.push(Line::styled(
            tr!(
                lang,
                "readiness-new",
                remaining = r.new_remaining,
                per_day = r.new_per_day_needed
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
    use ratatui::style::Style;

    #[test]
    fn wrapping_counts_columns_keeps_styles_and_never_crosses_the_edge() {
        let text = |l: &Line| {
            l.spans
                .iter()
                .map(|s| s.content.as_ref())
                .collect::<String>()
        };
        let wrap = |s: &str, w| {
            wrap_line(&Line::raw(s.to_string()), w)
                .iter()
                .map(text)
                .collect::<Vec<_>>()
        };
        assert_eq!(wrap("이 도움말 표시", 9), vec!["이 도움말", "표시"]);
        assert_eq!(wrap("이 도움말 표시", 8), vec!["이", "도움말", "표시"]);
        assert_eq!(wrap("가나다라마", 4), vec!["가나", "다라", "마"]);
        assert_eq!(wrap("  indented text", 80), vec!["  indented text"]);
        assert_eq!(wrap("", 5), vec![""]);
        // One column left at the edge: the next Korean letter goes to the next row.
        assert_eq!(wrap("abcd 표시", 6), vec!["abcd", "표시"]);
        assert_eq!(wrap("abcde표시", 6), vec!["abcde", "표시"]);
        for row in wrap("모든 문제의 표(답함, 답하지 않음, 표시됨)를 보고 이동", 20)
        {
            assert!(row.width() <= 20, "{row:?}");
        }
        let styled = Line::from(vec![
            Span::styled("키:", Style::new().bold()),
            Span::raw(" 하나 둘"),
        ]);
        let rows = wrap_line(&styled, 8);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].spans[0].style, Style::new().bold());
        assert_eq!(text(&rows[0]), "키: 하나");
        assert_eq!(text(&rows[1]), "둘");
    }

    #[test]
    fn padding_and_fitting_count_terminal_columns() {
        assert_eq!(pad("키", 4), "키  ");
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad("abcdef", 4), "abcdef");
        assert_eq!(fit("ab", 4), "ab  ");
        assert_eq!(fit("abcdef", 4), "abc…");
        // Two columns a letter: the third would cross the edge, so a space fills it.
        assert_eq!(fit("가나다라", 6), "가나… ");
        assert_eq!(fit("가나다라", 6).width(), 6);
        assert_eq!(fit("가나", 4), "가나");
    }

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

//! Charts with their axes and labels, shared by the screens: the calendar heatmap of answers, bars
//! per day with a day axis, ratio rows with counts, and scores over time against a pass mark. Each
//! draws data computed elsewhere (`core::stats`, `stats_report`) inside a titled block.

use crate::core::stats::{Heatmap, level, level_ranges};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Block, Paragraph};

/// A bordered block with a title in the title style.
pub fn titled<'a>(title: impl Into<String>, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .title(Span::styled(format!(" {} ", title.into()), theme.title))
        .border_style(theme.border)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "", "Wed", "", "Fri", "", "Sun"];
const SHADES: [&str; 5] = ["·", "░", "▒", "▓", "█"];

/// The rows a heatmap needs inside its block: the months, seven weekdays and the legend.
pub const HEATMAP_ROWS: u16 = 9;

/// The legend of a heatmap: each shade and the answers it stands for (`· 0 ░ 1-5 ▒ 6-11 ...`).
fn legend(max: u32) -> String {
    let mut out = format!("{} 0", SHADES[0]);
    for (i, r) in level_ranges(max).iter().enumerate() {
        if let Some((lo, hi)) = r {
            let n = if lo == hi {
                lo.to_string()
            } else {
                format!("{lo}-{hi}")
            };
            out.push_str(&format!(" {} {n}", SHADES[i + 1]));
        }
    }
    out
}

/// The width a heatmap needs, borders included, with `cell` characters a day: its weeks, or its
/// legend when that is wider.
pub fn heatmap_width(h: &Heatmap, cell: u16) -> u16 {
    let grid = 4 + h.weeks.len() as u16 * cell;
    grid.max(legend(h.max).chars().count() as u16) + 2
}

/// A calendar of answers per day: a column a week (the oldest left), Monday to Sunday from the top,
/// the months above, and a legend that says how many answers each shade stands for.
pub fn heatmap(frame: &mut Frame, area: Rect, h: &Heatmap, title: &str, theme: &Theme) {
    let block = titled(title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let weeks = h.weeks.len().max(1) as u16;
    let cell = ((inner.width.saturating_sub(4)) / weeks).clamp(1, 2) as usize;
    let mut months = " ".repeat(4 + h.weeks.len() * cell);
    for (i, &(col, m)) in h.months.iter().enumerate() {
        let at = 4 + col * cell;
        let name = MONTHS[(m as usize).clamp(1, 12) - 1];
        // A month cut short at the left gives way to the next one when their labels would touch.
        let next = h.months.get(i + 1).map(|&(c, _)| 4 + c * cell);
        if next.is_some_and(|n| n < at + name.len() + 1) {
            continue;
        }
        if months.len() >= at + name.len() && months[at..].starts_with("   ") {
            months.replace_range(at..at + name.len(), name);
        }
    }
    let mut lines = vec![Line::styled(months.trim_end().to_string(), theme.dim)];
    for (row, day) in WEEKDAYS.iter().enumerate() {
        let mut spans = vec![Span::styled(format!("{day:<4}"), theme.dim)];
        for week in &h.weeks {
            let text = match week[row] {
                Some(n) => SHADES[usize::from(level(n, h.max))].repeat(cell),
                None => " ".repeat(cell),
            };
            spans.push(Span::styled(text, theme.good));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::styled(legend(h.max), theme.dim));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Bars, one a day from today, with the count axis on the left and the day axis below (`today`,
/// then days from today).
pub fn day_bars(frame: &mut Frame, area: Rect, counts: &[u32], title: &str, theme: &Theme) {
    let block = titled(title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let max = counts.iter().copied().max().unwrap_or(0);
    let axis_w = (max.to_string().len() as u16 + 1).max(2);
    let [left, plot] =
        Layout::horizontal([Constraint::Length(axis_w), Constraint::Min(1)]).areas(inner);
    let [bars_area, axis] =
        Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(plot);
    let n = counts.len().max(1) as u16;
    // Each day a bar and a gap, as wide as the plot allows.
    let step = (plot.width / n).max(1);
    let (bar_w, gap) = if step >= 2 { (step - 1, 1) } else { (1, 0) };
    let bars: Vec<Bar> = counts
        .iter()
        .map(|&c| Bar::default().value(u64::from(c)).text_value(String::new()))
        .collect();
    frame.render_widget(
        BarChart::default()
            .data(ratatui::widgets::BarGroup::default().bars(&bars))
            .bar_width(bar_w)
            .bar_gap(gap)
            .max(u64::from(max.max(1)))
            .bar_style(theme.key),
        bars_area,
    );
    // The count axis: the most at the top, 0 at the bottom.
    let mut ys = vec![Line::raw(""); usize::from(bars_area.height)];
    if let Some(first) = ys.first_mut().filter(|_| max > 0) {
        *first = Line::styled(format!("{max:>w$}", w = usize::from(axis_w - 1)), theme.dim);
    }
    if let Some(last) = ys.last_mut() {
        *last = Line::styled(format!("{:>w$}", 0, w = usize::from(axis_w - 1)), theme.dim);
    }
    frame.render_widget(Paragraph::new(ys), left);
    // The day axis: a label every week where it fits.
    let width = usize::from(axis.width);
    let mut line = " ".repeat(width);
    for (day, label) in (0..counts.len()).step_by(7).map(|d| {
        (
            d,
            if d == 0 {
                "today".to_string()
            } else {
                format!("+{d} d")
            },
        )
    }) {
        let at = day * usize::from(step);
        if at + label.len() <= width && line[at..].starts_with(&" ".repeat(label.len())) {
            line.replace_range(at..at + label.len(), &label);
        }
    }
    frame.render_widget(Paragraph::new(Line::styled(line, theme.dim)), axis);
}

/// One row of a ratio table: its label, the ratio as a percent with its counts, and a bar.
#[derive(Debug, Clone, PartialEq)]
pub struct RatioRow {
    /// What is measured: `1 Development with AWS Services`, `1.2 Develop code for AWS Lambda`.
    pub label: String,
    /// Of how many (`reviews`, `asked`).
    pub of: u64,
    /// How many passed.
    pub passed: u64,
}

/// Rows of label, percent, "passed of total" and a bar of the percent, in a titled block (the
/// title says what is counted); a row with nothing counted says `empty` ("no reviews yet").
pub fn ratio_rows(
    frame: &mut Frame,
    area: Rect,
    rows: &[RatioRow],
    empty: &str,
    title: &str,
    theme: &Theme,
) {
    let block = titled(title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let counts: Vec<String> = rows
        .iter()
        .map(|r| format!("{} of {}", r.passed, r.of))
        .collect();
    let count_w = counts.iter().map(String::len).max().unwrap_or(0);
    // The bar gives way (down to 4) before the labels are cut; a row without counts needs room
    // for `empty` instead.
    let longest = rows
        .iter()
        .map(|r| r.label.chars().count())
        .max()
        .unwrap_or(0);
    let fixed = count_w + 7 + 2;
    let bar_w = usize::from(inner.width)
        .saturating_sub(fixed + longest)
        .clamp(4, 10);
    let right = (fixed + bar_w).max(empty.chars().count() + 7);
    let label_w = usize::from(inner.width)
        .saturating_sub(right)
        .clamp(8, longest.max(8));
    let lines: Vec<Line> = rows
        .iter()
        .zip(&counts)
        .map(|(r, count)| {
            let mut label: String = r.label.chars().take(label_w).collect();
            if r.label.chars().count() > label_w {
                label.pop();
                label.push('…');
            }
            let mut spans = vec![Span::styled(format!("{label:<label_w$} "), theme.text)];
            if r.of == 0 {
                spans.push(Span::styled(format!("   -  {empty}"), theme.dim));
            } else {
                let p = r.passed as f64 / r.of as f64;
                let filled = (p * bar_w as f64).round() as usize;
                spans.push(Span::styled(format!("{:>4.0} % ", p * 100.0), theme.text));
                spans.push(Span::styled(format!("{count:>count_w$} "), theme.dim));
                spans.push(Span::styled("█".repeat(filled), theme.good));
                spans.push(Span::styled("·".repeat(bar_w - filled), theme.dim));
            }
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// Scores over time against a pass mark: the y axis from `low` to `high` with the pass mark
/// labelled at its height, one point per score (oldest left, numbered below), joined by a line,
/// and the pass mark drawn across.
pub fn scores(
    frame: &mut Frame,
    area: Rect,
    points: &[u32],
    (low, pass, high): (u32, u32, u32),
    title: &str,
    theme: &Theme,
) {
    use ratatui::symbols::Marker;
    use ratatui::widgets::canvas::{Canvas, Line as CanvasLine, Points};
    let block = titled(title, theme);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let axis_w = high.to_string().len() as u16 + 1;
    let [left, right] =
        Layout::horizontal([Constraint::Length(axis_w), Constraint::Min(1)]).areas(inner);
    let [plot, xaxis] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(right);
    let n = points.len().max(1);
    // x from 0 to n-1 spread over the plot; one point alone sits in the middle.
    let x_of = |i: usize| {
        if n == 1 {
            0.5
        } else {
            i as f64 / (n - 1) as f64
        }
    };
    let ys: Vec<(f64, f64)> = points
        .iter()
        .enumerate()
        .map(|(i, &s)| (x_of(i), f64::from(s)))
        .collect();
    let (lo, hi) = (f64::from(low), f64::from(high));
    frame.render_widget(
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([0.0, 1.0])
            .y_bounds([lo, hi])
            .paint(|ctx| {
                // The pass mark dotted, so that it is told from the scores without colour.
                let dots: Vec<(f64, f64)> = (0..=60)
                    .map(|i| (f64::from(i) / 60.0, f64::from(pass)))
                    .collect();
                ctx.draw(&Points {
                    coords: &dots,
                    color: theme.bad.fg.unwrap_or_default(),
                });
                ctx.layer();
                for w in ys.windows(2) {
                    ctx.draw(&CanvasLine::new(
                        w[0].0,
                        w[0].1,
                        w[1].0,
                        w[1].1,
                        theme.good.fg.unwrap_or_default(),
                    ));
                }
                ctx.draw(&Points {
                    coords: &ys,
                    color: theme.good.fg.unwrap_or_default(),
                });
            }),
        plot,
    );
    // The y axis: the top, the pass mark on the row its line is drawn in (Braille has four dots
    // a row; the canvas rounds a value to its dot as here), the bottom.
    let h = usize::from(plot.height.max(1));
    let row_of = |v: u32| {
        let f = (hi - f64::from(v)) / (hi - lo).max(1.0);
        ((f * (h * 4 - 1) as f64).round() as usize / 4).min(h - 1)
    };
    let w = usize::from(axis_w - 1);
    let mut labels = vec![Line::raw(""); h];
    for (v, style) in [(high, theme.dim), (low, theme.dim), (pass, theme.bad)] {
        labels[row_of(v)] = Line::styled(format!("{v:>w$}"), style);
    }
    frame.render_widget(
        Paragraph::new(labels),
        Rect {
            height: plot.height,
            ..left
        },
    );
    frame.render_widget(
        Paragraph::new(Line::styled("exam", theme.dim)),
        Rect {
            y: xaxis.y,
            height: 1,
            ..left
        },
    );
    // The x axis: each exam's number under its point, where it fits.
    let width = usize::from(xaxis.width);
    let mut line = " ".repeat(width);
    let mut free_from = 0;
    for i in 0..points.len() {
        let label = format!("{}", i + 1);
        let at = ((x_of(i) * (width.saturating_sub(1)) as f64).round() as usize)
            .min(width.saturating_sub(label.len()));
        if at >= free_from {
            line.replace_range(at..at + label.len(), &label);
            free_from = at + label.len() + 1;
        }
    }
    frame.render_widget(Paragraph::new(Line::styled(line, theme.dim)), xaxis);
}

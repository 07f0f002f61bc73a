//! Stats: a heatmap of answers over the last 20 weeks, the forecast of due cards, true retention by
//! domain and pack, cards by state, and the mock exam history. It draws a `StatsReport` (the same
//! numbers as `awsdrill stats --json`).

use crate::core::stats::ratio;
use crate::stats_report::StatsReport;
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Sparkline};

/// Stats' key scopes: nothing to type, nothing to select.
const SCOPES: &[Scope] = &[Scope::Global, Scope::Letters, Scope::Tabs];

/// The Stats screen: the report computed when the screen opens.
#[derive(Debug, Default)]
pub struct StatsScreen {
    report: Option<StatsReport>,
}

impl Screen for StatsScreen {
    fn scopes(&self, _ctx: &Ctx) -> &'static [Scope] {
        SCOPES
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[SCOPES]
    }

    fn update(&mut self, _action: Action, _ctx: &mut Ctx, _now: i64) {}

    fn enter(&mut self, ctx: &mut Ctx, now: i64) {
        let Some(study) = &ctx.study else { return };
        match crate::stats_report::report(study, now) {
            Ok(r) => self.report = Some(r),
            Err(e) => ctx.show_error("could not compute the stats", format!("{e:#}")),
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        match &self.report {
            Some(r) => render(frame, area, r, &ctx.theme),
            None => frame.render_widget(
                ratatui::widgets::Paragraph::new(
                    ctx.message
                        .clone()
                        .unwrap_or_else(|| "No stats yet.".into()),
                ),
                area,
            ),
        }
    }
}

fn pct(v: Option<f64>) -> String {
    v.map_or("-".into(), |v| format!("{:.0}%", v * 100.0))
}

/// Draws the report.
pub fn render(frame: &mut Frame, area: Rect, r: &StatsReport, theme: &Theme) {
    let [top, middle, bottom] = Layout::vertical([
        Constraint::Length(10),
        Constraint::Length(5),
        Constraint::Min(4),
    ])
    .areas(area);
    let [heat, summary] =
        Layout::horizontal([Constraint::Length(26), Constraint::Min(30)]).areas(top);

    // Heatmap: one column a week, one row a weekday slot, oldest week left.
    let max = r.days.iter().map(|d| d.answers).max().unwrap_or(0).max(1);
    let shade = |n: u32| -> &'static str {
        match n {
            0 => ".",
            n if n * 4 <= max => "░",
            n if n * 2 <= max => "▒",
            n if n * 4 <= max * 3 => "▓",
            _ => "█",
        }
    };
    let mut rows: Vec<Line> = Vec::new();
    for row in 0..7 {
        let s: String = r
            .days
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 7 == row)
            .map(|(_, d)| shade(d.answers))
            .collect();
        rows.push(Line::styled(s, theme.good));
    }
    rows.push(Line::styled(
        format!("busiest day: {max} answers"),
        theme.dim,
    ));
    frame.render_widget(
        Paragraph::new(rows).block(
            Block::bordered()
                .title(Span::styled(" 20 weeks ", theme.title))
                .border_style(theme.border),
        ),
        heat,
    );

    let c = r.counts.cards;
    let mut lines = vec![
        Line::styled(
            format!(
                "Today: {} answers; due now {}",
                r.counts.answers_today,
                crate::stats_report::due_now(&r.counts.due)
            ),
            theme.text,
        ),
        Line::styled(
            format!(
                "Cards: {} to study, {} studied, {} not yet studied",
                c.total, c.studied, c.new
            ),
            theme.text,
        ),
        Line::styled(
            format!(
                "Studied: {} learning, {} review, {} relearning; {} suspended, {} leeches",
                c.learning, c.review, c.relearning, c.suspended, c.leech
            ),
            theme.text,
        ),
        Line::styled(
            format!(
                "True retention: {} of {} reviews (30 days), {} all time",
                pct(r.true_retention_30d),
                r.reviews_30d,
                pct(r.true_retention_all)
            ),
            theme.text,
        ),
    ];
    let domains: Vec<String> = r
        .retention_by_domain
        .iter()
        .map(|d| format!("{} {}", d.key, pct(d.retention)))
        .collect();
    lines.push(Line::styled(
        format!(
            "By domain (last 140 days): {}",
            if domains.is_empty() {
                "no reviews yet".into()
            } else {
                domains.join("  ")
            }
        ),
        theme.text,
    ));
    let packs: Vec<String> = r
        .retention_by_pack
        .iter()
        .map(|p| format!("{} {}", p.key, pct(ratio(p.passed, p.reviews))))
        .collect();
    lines.push(Line::styled(
        format!(
            "By pack (last 140 days): {}",
            if packs.is_empty() {
                "no reviews yet".into()
            } else {
                packs.join("  ")
            }
        ),
        theme.text,
    ));
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(ratatui::widgets::Wrap { trim: false })
            .block(Block::bordered().border_style(theme.border)),
        summary,
    );

    let due: Vec<u64> = r.forecast.iter().map(|f| u64::from(f.1)).collect();
    let total: u64 = due.iter().sum();
    frame.render_widget(
        Sparkline::default().data(&due).style(theme.key).block(
            Block::bordered()
                .title(Span::styled(
                    format!(
                        " Due in the next 30 days: {total} ({} today) ",
                        due.first().unwrap_or(&0)
                    ),
                    theme.title,
                ))
                .border_style(theme.border),
        ),
        middle,
    );
    // Readiness over time: the estimate of each full mock exam against the pass mark.
    let full: Vec<(f64, f64)> = r
        .exams
        .iter()
        .filter(|e| e.full)
        .filter_map(|e| e.estimated_scaled_score)
        .enumerate()
        .map(|(i, s)| ((i + 1) as f64, f64::from(s)))
        .collect();
    if full.len() >= 2 {
        return render_readiness(frame, bottom, &full, r, theme);
    }
    let scores: Vec<u64> = r.exams.iter().map(|e| e.percent.round() as u64).collect();
    let title = match r.exams.last() {
        Some(e) => format!(
            " Mock exams: {} taken, last {:.0}% ({}) ",
            r.exams.len(),
            e.percent,
            e.estimated_scaled_score
                .map_or("too few questions to estimate".into(), |s| format!(
                    "estimated {s}"
                ))
        ),
        None => " Mock exams: none taken yet ".into(),
    };
    frame.render_widget(
        Sparkline::default()
            .data(&scores)
            .max(100)
            .style(theme.good)
            .block(
                Block::bordered()
                    .title(Span::styled(title, theme.title))
                    .border_style(theme.border),
            ),
        bottom,
    );
}

/// The pass mark the readiness chart draws.
const PASS_MARK: f64 = 720.0;

/// Each full mock exam's estimated scaled score, oldest first, with the pass mark as a line.
fn render_readiness(
    frame: &mut Frame,
    area: Rect,
    full: &[(f64, f64)],
    r: &StatsReport,
    theme: &Theme,
) {
    use ratatui::symbols::Marker;
    use ratatui::widgets::{Axis, Chart, Dataset, GraphType};
    let n = full.len() as f64;
    let pass = [(1.0, PASS_MARK), (n, PASS_MARK)];
    let last = full.last().map_or(0.0, |p| p.1);
    let title = format!(
        " Readiness: {} full mock exams, last estimate {last:.0} (pass mark {PASS_MARK:.0}); {} exams in all ",
        full.len(),
        r.exams.len()
    );
    let chart = Chart::new(vec![
        Dataset::default()
            .name("pass mark")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.dim)
            .data(&pass),
        Dataset::default()
            .name("estimate")
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.good)
            .data(full),
    ])
    .block(
        Block::bordered()
            .title(Span::styled(title, theme.title))
            .border_style(theme.border),
    )
    .x_axis(Axis::default().bounds([1.0, n.max(2.0)]))
    .y_axis(
        Axis::default()
            .bounds([100.0, 1000.0])
            .labels(["100", "550", "1000"]),
    );
    frame.render_widget(chart, area);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stats_report::ExamPoint;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn point(id: i64, score: u32, full: bool) -> ExamPoint {
        ExamPoint {
            id,
            date: "2026-12-07".into(),
            percent: 70.0,
            estimated_scaled_score: Some(score),
            full,
        }
    }

    #[test]
    fn full_mock_exams_chart_readiness_against_the_pass_mark() {
        let r = StatsReport {
            exams: vec![
                point(1, 560, true),
                point(2, 610, false),
                point(3, 745, true),
            ],
            ..StatsReport::default()
        };
        let mut t = Terminal::new(TestBackend::new(100, 40)).unwrap();
        t.draw(|f| render(f, f.area(), &r, &Theme::plain()))
            .unwrap();
        let text = format!("{:?}", t.backend());
        assert!(
            text.contains(
                "Readiness: 2 full mock exams, last estimate 745 (pass mark 720); 3 exams in all"
            ),
            "{text}"
        );
    }
}

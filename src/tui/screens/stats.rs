//! Stats: a calendar heatmap of answers over the last 20 weeks, today's counts and the cards by
//! state, the cards due per day for the next 30 days, true retention by domain, the task statements
//! weakest first, and each full mock exam's estimated scaled score against the pass mark. Every
//! chart has its axes and a legend or a title that says what it counts. It draws a `StatsReport`
//! (the same numbers as `awsdrill stats --json`) with the shared widgets in `widgets::charts`;
//! on a small terminal the page scrolls by rows.

use crate::core::config::Lang;
use crate::core::domain::Domain;
use crate::i18n::tr;
use crate::stats_report::StatsReport;
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, charts, hints};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

/// Stats' key scopes: nothing to type; the page scrolls when it is taller than the terminal.
const SCOPES: &[Scope] = &[Scope::Global, Scope::Letters, Scope::Tabs, Scope::List];

/// The Stats screen: the report computed when the screen opens, and the first row on show.
#[derive(Debug, Default)]
pub struct StatsScreen {
    report: Option<StatsReport>,
    first: usize,
    /// Rows of the page at the last width drawn.
    rows: usize,
}

impl Screen for StatsScreen {
    fn scopes(&self, _ctx: &Ctx) -> &'static [Scope] {
        SCOPES
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[SCOPES]
    }

    fn update(&mut self, action: Action, _ctx: &mut Ctx, _now: i64) {
        self.scroll(action);
    }

    fn enter(&mut self, ctx: &mut Ctx, now: i64) {
        let Some(study) = &ctx.study else { return };
        self.first = 0;
        match crate::stats_report::report(study, now) {
            Ok(r) => self.report = Some(r),
            Err(e) => ctx.show_error(
                &tr!(ctx.ui_lang, "stats-error"),
                crate::context::error_words(ctx.ui_lang, e.as_ref()),
            ),
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        match &self.report {
            Some(r) => {
                self.rows = rows(r, area.width).len();
                self.first = self.first.min(self.rows.saturating_sub(1));
                render(ctx.ui_lang, frame, area, r, self.first, &ctx.theme)
            }
            None => frame.render_widget(
                ratatui::widgets::Paragraph::new(
                    ctx.message
                        .clone()
                        .unwrap_or_else(|| tr!(ctx.ui_lang, "stats-none")),
                ),
                area,
            ),
        }
    }
}

/// The parts of the page, each drawn by a shared widget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Heatmap,
    Today,
    Forecast,
    Domains,
    Tasks,
    Exams,
}

impl Part {
    /// The part's name in `lang`.
    fn title(self, lang: Lang) -> String {
        tr!(
            lang,
            match self {
                Part::Heatmap => "stats-part-heatmap",
                Part::Today => "stats-part-today",
                Part::Forecast => "stats-part-forecast",
                Part::Domains => "stats-part-domains",
                Part::Tasks => "stats-part-tasks",
                Part::Exams => "stats-part-exams",
            }
        )
    }
}

/// The page's rows, top to bottom: each a height and the parts side by side in it (the heatmap
/// at its own width). Wide terminals put two parts in a row.
fn rows(r: &StatsReport, width: u16) -> Vec<(u16, Vec<Part>)> {
    let tasks = r.task_statements.len().min(13) as u16;
    if width >= 120 {
        vec![
            (2 + charts::HEATMAP_ROWS, vec![Part::Heatmap, Part::Today]),
            (8, vec![Part::Forecast]),
            (2 + tasks.min(8), vec![Part::Domains, Part::Tasks]),
            (9, vec![Part::Exams]),
        ]
    } else {
        vec![
            (2 + charts::HEATMAP_ROWS, vec![Part::Heatmap, Part::Today]),
            (9, vec![Part::Forecast]),
            (8, vec![Part::Domains]),
            (2 + tasks.min(6), vec![Part::Tasks]),
            (10, vec![Part::Exams]),
        ]
    }
}

impl StatsScreen {
    /// Moves the page by rows (Up/Down one, PgUp/PgDn and Home/End further).
    fn scroll(&mut self, action: Action) {
        let last = self.rows.saturating_sub(1);
        self.first = match action {
            Action::Up => self.first.saturating_sub(1),
            Action::Down => self.first + 1,
            Action::PageUp => self.first.saturating_sub(2),
            Action::PageDown => self.first + 2,
            Action::Top => 0,
            Action::Bottom => last,
            _ => self.first,
        }
        .min(last);
    }
}

/// Draws the report in `lang` from its `first` row down, and says what is below or above.
pub fn render(
    lang: Lang,
    frame: &mut Frame,
    area: Rect,
    r: &StatsReport,
    first: usize,
    theme: &Theme,
) {
    let all = rows(r, area.width);
    let first = first.min(all.len().saturating_sub(1));
    let mut y = area.y;
    let mut shown = first;
    let bottom = area.y + area.height;
    for (i, (h, parts)) in all.iter().enumerate().skip(first) {
        // The last line is kept for "more below" when anything is left out.
        let room = if i + 1 < all.len() {
            bottom - 1
        } else {
            bottom
        };
        if y + h > room && i > first {
            break;
        }
        let row = Rect {
            y,
            height: (*h).min(bottom - y),
            ..area
        };
        draw_row(lang, frame, row, parts, r, theme);
        y += h;
        shown = i + 1;
    }
    if first > 0 || shown < all.len() {
        let below: Vec<String> = all[shown..]
            .iter()
            .flat_map(|(_, p)| p.iter().map(|p| p.title(lang)))
            .collect();
        let text = if below.is_empty() {
            hints(
                SCOPES,
                &[Hint::Key(Action::Up, &tr!(lang, "stats-hint-scroll-up"))],
            )
        } else {
            format!(
                "{}  {}",
                hints(
                    SCOPES,
                    &[Hint::Pair(
                        Action::Up,
                        "/",
                        Action::Down,
                        &tr!(lang, "stats-hint-scroll")
                    )]
                ),
                tr!(lang, "stats-more-below", parts = below.join(", "))
            )
        };
        let line = Rect {
            y: bottom - 1,
            height: 1,
            ..area
        };
        frame.render_widget(Paragraph::new(Line::styled(text, theme.dim)), line);
    }
}

fn draw_row(
    lang: Lang,
    frame: &mut Frame,
    area: Rect,
    parts: &[Part],
    r: &StatsReport,
    theme: &Theme,
) {
    let areas: Vec<Rect> = match parts {
        [Part::Heatmap, other] => {
            let cell = if area.width >= 120 { 2 } else { 1 };
            let w = charts::heatmap_width(&r.heatmap, cell);
            let [a, b] =
                Layout::horizontal([Constraint::Length(w), Constraint::Min(20)]).areas(area);
            let _ = other;
            vec![a, b]
        }
        [_, _] => {
            let [a, b] = Layout::horizontal([Constraint::Percentage(50); 2]).areas(area);
            vec![a, b]
        }
        _ => vec![area],
    };
    for (part, a) in parts.iter().zip(areas) {
        draw_part(lang, frame, a, *part, r, theme);
    }
}

/// The exam guide's title of a domain in `lang` (one translation, shared with custom study).
fn domain_title(lang: Lang, d: Domain) -> String {
    crate::content_text::domain_title(lang, d)
}

/// The exam guide's title of the task statement `code` in `lang`, or `english` (the core's) for a
/// code the guide does not have.
fn task_title(lang: Lang, code: &str, english: &str) -> String {
    crate::content_text::task_title(lang, code).unwrap_or_else(|| english.to_string())
}

fn draw_part(
    lang: Lang,
    frame: &mut Frame,
    area: Rect,
    part: Part,
    r: &StatsReport,
    theme: &Theme,
) {
    match part {
        Part::Heatmap => charts::heatmap(lang, frame, area, &r.heatmap, &part.title(lang), theme),
        Part::Today => {
            let c = r.counts.cards;
            let d = r.counts.due;
            let lines: Vec<Line> = [
                tr!(
                    lang,
                    "stats-answered-today",
                    today = r.counts.answers_today,
                    all = r.counts.answers_all
                ),
                tr!(
                    lang,
                    "stats-due-now",
                    learning = d.learning,
                    review = d.review,
                    new = d.new
                ),
                tr!(lang, "stats-later-today", n = d.learning_later_today),
                crate::stats_report::cards_to_study(lang, &c),
                tr!(lang, "stats-studied", studied = c.studied, new = c.new),
                tr!(
                    lang,
                    "stats-by-phase",
                    learning = c.learning,
                    relearning = c.relearning,
                    review = c.review
                ),
                tr!(
                    lang,
                    "stats-suspended",
                    suspended = c.suspended,
                    leeches = c.leech
                ),
            ]
            .into_iter()
            .map(|l| Line::styled(l, theme.text))
            .collect();
            frame.render_widget(
                Paragraph::new(lines)
                    .wrap(ratatui::widgets::Wrap { trim: false })
                    .block(charts::titled(part.title(lang), theme)),
                area,
            );
        }
        Part::Forecast => {
            let due: Vec<u32> = r.forecast.iter().map(|f| f.1).collect();
            let title = tr!(
                lang,
                "stats-forecast-title",
                total = due.iter().sum::<u32>(),
                today = due.first().copied().unwrap_or(0),
                week = due.iter().take(7).sum::<u32>()
            );
            charts::day_bars(lang, frame, area, &due, &title, theme);
        }
        Part::Domains => {
            let mut rows: Vec<charts::RatioRow> = r
                .retention_by_domain
                .iter()
                .map(|d| charts::RatioRow {
                    label: Domain::from_key(&d.key).map_or_else(
                        || d.key.clone(),
                        |dom| format!("{} {}", dom.number(), domain_title(lang, dom)),
                    ),
                    of: d.reviews,
                    passed: d.passed,
                })
                .collect();
            rows.push(charts::RatioRow {
                label: tr!(lang, "stats-all-30"),
                of: r.reviews_30d,
                passed: r.passed_30d,
            });
            rows.push(charts::RatioRow {
                label: tr!(lang, "stats-all-time"),
                of: r.reviews_all,
                passed: r.passed_all,
            });
            charts::ratio_rows(
                lang,
                frame,
                area,
                &rows,
                &tr!(lang, "stats-no-reviews"),
                &tr!(lang, "stats-domains-title"),
                theme,
            );
        }
        Part::Tasks => {
            let shown = usize::from(area.height.saturating_sub(2));
            let rows: Vec<charts::RatioRow> = r
                .task_statements
                .iter()
                .take(shown)
                .map(|t| charts::RatioRow {
                    label: format!("{} {}", t.code, task_title(lang, t.code, t.title)),
                    of: t.asked as u64,
                    passed: t.right as u64,
                })
                .collect();
            let asked: usize = r.task_statements.iter().map(|t| t.asked).sum();
            let title = if asked == 0 {
                tr!(lang, "stats-tasks-none")
            } else {
                tr!(
                    lang,
                    "stats-tasks-title",
                    shown = rows.len(),
                    all = r.task_statements.len()
                )
            };
            charts::ratio_rows(
                lang,
                frame,
                area,
                &rows,
                &tr!(lang, "stats-not-asked"),
                &title,
                theme,
            );
        }
        Part::Exams => draw_exams(lang, frame, area, r, theme),
    }
}

/// Each full mock exam's estimated scaled score against the pass mark, or what a first one gives.
fn draw_exams(lang: Lang, frame: &mut Frame, area: Rect, r: &StatsReport, theme: &Theme) {
    let e = r.exam;
    let full: Vec<u32> = r
        .exams
        .iter()
        .filter(|x| x.full)
        .filter_map(|x| x.estimated_scaled_score)
        .collect();
    let others = r.exams.len() - r.exams.iter().filter(|x| x.full).count();
    if full.is_empty() {
        let mut lines = vec![Line::styled(
            tr!(
                lang,
                "stats-exams-none",
                questions = e.questions,
                minutes = e.minutes,
                min = e.min_score,
                max = e.max_score,
                pass = e.pass_mark
            ),
            theme.text,
        )];
        if let Some(last) = r.exams.last() {
            lines.push(Line::styled(
                tr!(
                    lang,
                    "stats-exams-others",
                    n = r.exams.len(),
                    date = last.date.as_str(),
                    percent = last.percent
                ),
                theme.text,
            ));
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(ratatui::widgets::Wrap { trim: false })
                .block(charts::titled(Part::Exams.title(lang), theme)),
            area,
        );
        return;
    }
    let last = full.last().copied().unwrap_or(0);
    let title = if others > 0 {
        tr!(
            lang,
            "stats-exams-title-others",
            last = last,
            pass = e.pass_mark,
            others = others
        )
    } else {
        tr!(lang, "stats-exams-title", last = last, pass = e.pass_mark)
    };
    charts::scores(
        lang,
        frame,
        area,
        &full,
        (e.min_score, e.pass_mark, e.max_score),
        &title,
        theme,
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::exam::Tally;
    use crate::core::stats::{DayStat, day_date, heatmap, tasks_ranked};
    use crate::stats_report::{ExamPoint, ExamShape, Retention};
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

    /// A report after some weeks of study: 2026-11-24 is the last of 140 days.
    fn report() -> StatsReport {
        let first = 20_781 - 139;
        let days: Vec<DayStat> = (0..140)
            .map(|i| {
                let n = if i < 90 { 0 } else { ((i * 7) % 23) as u32 };
                DayStat {
                    date: day_date(first + i),
                    answers: n,
                    reviews: n / 2,
                    reviews_passed: n / 3,
                }
            })
            .collect();
        let answers: Vec<u32> = days.iter().map(|d| d.answers).collect();
        let t = |c: &str, correct, total| (c.to_string(), Tally { correct, total });
        let retention = |key: &str, reviews, passed| Retention {
            key: key.into(),
            reviews,
            passed,
            retention: crate::core::stats::ratio(passed, reviews),
        };
        let mut r = StatsReport {
            heatmap: heatmap(first, &answers),
            days,
            reviews_30d: 180,
            passed_30d: 157,
            true_retention_30d: Some(157.0 / 180.0),
            reviews_all: 240,
            passed_all: 204,
            true_retention_all: Some(204.0 / 240.0),
            forecast: (0..30)
                .map(|i| (day_date(20_781 + i), [12, 5, 8, 0, 3, 9, 2][i as usize % 7]))
                .collect(),
            retention_by_domain: vec![
                retention("development", 90, 80),
                retention("security", 60, 45),
                retention("deployment", 40, 36),
                retention("troubleshooting", 0, 0),
            ],
            task_statements: tasks_ranked(&[
                t("1.2", 5, 12),
                t("2.1", 9, 10),
                t("3.4", 3, 6),
                t("4.2", 6, 8),
            ]),
            exams: vec![
                point(1, 560, true),
                point(2, 610, false),
                point(3, 745, true),
            ],
            exam: ExamShape {
                questions: 65,
                minutes: 130,
                min_score: 100,
                pass_mark: 720,
                max_score: 1000,
            },
            ..StatsReport::default()
        };
        r.counts.answers_today = 14;
        r.counts.answers_all = 412;
        r.counts.cards.total = 693;
        r.counts.cards.generated = 4;
        r.counts.cards.studied = 224;
        r.counts.cards.new = 469;
        r.counts.cards.learning = 19;
        r.counts.cards.review = 200;
        r.counts.cards.relearning = 5;
        r.counts.due.review = 12;
        r.counts.due.new = 20;
        r.counts.due.learning_later_today = 19;
        r
    }

    fn draw(r: &StatsReport, first: usize, w: u16, h: u16) -> String {
        draw_in(Lang::En, r, first, w, h)
    }

    fn draw_in(lang: Lang, r: &StatsReport, first: usize, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| render(lang, f, f.area(), r, first, &Theme::plain()))
            .unwrap();
        let buf = t.backend().buffer().clone();
        (0..h)
            .map(|y| (0..w).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
            .collect()
    }

    /// The page as a terminal shows it: a double-width letter once (it covers two cells), and
    /// every row exactly `w` columns wide.
    fn draw_wide(lang: Lang, r: &StatsReport, first: usize, w: u16, h: u16) -> String {
        use unicode_width::UnicodeWidthStr;
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| render(lang, f, f.area(), r, first, &Theme::plain()))
            .unwrap();
        let buf = t.backend().buffer().clone();
        let mut out = String::new();
        for y in 0..h {
            let (mut x, mut row) = (0, String::new());
            while x < w {
                let s = buf[(x, y)].symbol();
                row.push_str(s);
                x += s.width().max(1) as u16;
            }
            assert_eq!(x, w, "row {y} is cut inside a letter: {row}");
            out.push_str(row.trim_end());
            out.push('\n');
        }
        out
    }

    /// Every part of the page at 80x24 in both languages: the page scrolled to each row, and the
    /// mock exams' part before a full mock exam.
    #[test]
    fn stats_in_both_languages_at_80x24() {
        let r = report();
        let mut none = report();
        none.exams.retain(|x| !x.full);
        for lang in [Lang::En, Lang::Ko] {
            let tag = crate::i18n::tag(lang);
            for first in 0..5 {
                insta::assert_snapshot!(
                    format!("stats_80x24_row{first}_{tag}"),
                    draw_wide(lang, &r, first, 80, 24)
                );
            }
            insta::assert_snapshot!(
                format!("stats_80x24_no_full_exam_{tag}"),
                draw_wide(lang, &none, 4, 80, 24)
            );
        }
    }

    #[test]
    fn korean_charts_say_what_they_count_with_the_same_numbers() {
        let r = report();
        let text = draw_wide(Lang::Ko, &r, 0, 120, 40);
        for want in [
            "하루 답변 수, 20주",
            "월",
            "11월",
            "오늘 답변: 14회(전체 412회)",
            "학습할 카드 693장(작성된 카드 689장, 생성 연습 문제 4개)",
            "일별 학습할 카드, 앞으로 30일: 전체 173장, 오늘까지 12장, 7일 이내 39장",
            "오늘",
            "+7일",
            "1 AWS 서비스를 사용한 개발",
            "80/90",
            "아직 복습 없음",
            "모의고사에서 가장 약한 작업 설명(13개 중 8개)",
            "1.2 AWS Lambda용 코드 개발",
            "전체 모의고사의 추정 환산 점수: 최근 745점, 합격 점수 720점. 다른 시험 1회",
        ] {
            assert!(text.contains(want), "{want}\n{text}");
        }
    }

    #[test]
    fn full_mock_exams_are_charted_against_the_pass_mark() {
        let r = report();
        let text = draw(&r, 0, 120, 40);
        assert!(
            text.contains(
                "Full mock exams, estimated scaled score: last 745, pass mark 720; 1 other exam"
            ),
            "{text}"
        );
        // The y axis labels the pass mark, the x axis numbers the exams charted.
        assert!(text.lines().any(|l| l.contains(" 720")), "{text}");
        assert!(text.lines().any(|l| l.contains("exam 1")), "{text}");
    }

    #[test]
    fn each_chart_says_what_it_counts() {
        let r = report();
        let text = draw(&r, 0, 120, 40);
        for want in [
            "Answers a day, 20 weeks",
            "Mon",
            "Sun",
            "Nov",
            "█ 17-22",
            "Due per day, next 30 days: 173 in all, 12 today or overdue, 39 within 7 days",
            "today",
            "+7 d",
            "True retention (reviews not Again), domains: 140 days",
            "All domains, last 30 days",
            "1 Development with AWS Services",
            "80 of 90",
            "no reviews yet",
            "Weakest task statements in mock exams (8 of 13)",
            "1.2 Develop code for AWS Lambda",
            "5 of 12",
        ] {
            assert!(text.contains(want), "{want}\n{text}");
        }
        // The weakest task statement comes first.
        let at = |s: &str| text.find(s).unwrap();
        assert!(at("1.2 Develop code") < at("3.4 Deploy code"), "{text}");
    }

    #[test]
    fn rows_without_counts_say_so_in_full() {
        let mut r = report();
        r.task_statements = tasks_ranked(&[]);
        let text = draw(&r, 2, 100, 28);
        assert!(
            text.contains("2.1 Implement authentication and/or authorization")
                && text.contains("-  not asked yet│"),
            "{text}"
        );
    }

    #[test]
    fn a_small_terminal_scrolls_the_page_by_rows() {
        let r = report();
        let top = draw(&r, 0, 80, 22);
        assert!(top.contains("Answers a day"), "{top}");
        assert!(top.contains("more below: Retention by domain"), "{top}");
        let mut s = StatsScreen {
            report: None,
            first: 0,
            rows: rows(&r, 80).len(),
        };
        for _ in 0..10 {
            s.scroll(Action::Down);
        }
        assert_eq!(s.first, 4, "stops at the last row");
        let end = draw(&r, s.first, 80, 22);
        assert!(end.contains("Full mock exams"), "{end}");
        assert!(!end.contains("more below"), "{end}");
        s.scroll(Action::Top);
        assert_eq!(s.first, 0);
    }

    #[test]
    fn stats_snapshots_at_80x24_and_120x40() {
        let r = report();
        insta::assert_snapshot!("stats_80x22_top", draw(&r, 0, 80, 22));
        insta::assert_snapshot!("stats_80x22_bottom", draw(&r, 3, 80, 22));
        insta::assert_snapshot!("stats_120x38", draw(&r, 0, 120, 38));
    }
}

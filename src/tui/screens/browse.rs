//! Browse: every card and question, narrowed as the user types (fuzzy, with the matched characters
//! highlighted) and by filters written in the query (`pack:` `kind:` `state:` `domain:` `tag:`),
//! with a detail pane for the selected item. Only the visible rows are drawn, so the list stays
//! fast with tens of thousands of items.

use crate::core::browse::{Hit, Item, Library, Search, Sort, narrows, shown};
use crate::core::content::CardBody;
use crate::study::Study;
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, clean, hints};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

/// The selected item's details, prepared by the app.
pub struct Detail {
    /// Full text, line by line.
    pub text: Vec<String>,
    /// Scheduling state, one line.
    pub state: String,
    /// Newest answers, one line each.
    pub history: Vec<String>,
    /// The source URL.
    pub source: String,
}

/// Candidates matched at once. A keystroke's search goes on slice after slice for up to
/// `KEY_BUDGET`; what is left is done between the following frames. With 50,000 items that all
/// match a long query a slice takes about 6 ms on two cores; most searches finish in the first
/// few. Collections of up to this many items are always searched in one slice.
const SLICE: usize = 4_096;

/// How long a keystroke may search before its frame is drawn.
const KEY_BUDGET: std::time::Duration = std::time::Duration::from_millis(4);

/// Browse's view state: the items (refreshed by the app), the query, the hits of the last
/// finished search, and the search under way.
#[derive(Debug, Default, Clone)]
pub struct BrowseScreen {
    items: Vec<Item>,
    query: String,
    /// The query `hits` belong to (empty after the items or the sort changed).
    hits_query: String,
    hits: Vec<Hit>,
    /// The search of `query` under way, when it has not finished yet.
    job: Option<Search>,
    /// Tests set this to search exactly one slice per keystroke.
    one_slice_per_key: bool,
    sort: Sort,
    selected: usize,
    offset: usize,
    /// The screen rows of the list (first, count), for mouse clicks.
    rows_at: (u16, u16),
    /// The card a first Reset asked about: a second Reset on it resets it, anything else cancels.
    reset_asked: Option<String>,
    /// The content language (rows show their text in it unless the query matches the other).
    lang: crate::core::config::Lang,
}

/// Browse's scopes: the query takes every printable key, so only keys with Ctrl or without a
/// letter act.
const SCOPES: &[Scope] = &[Scope::Global, Scope::Browse];

impl BrowseScreen {
    /// Replaces the items (after a change of state) and searches again; `lib` holds their words.
    pub fn set_items(&mut self, items: Vec<Item>, lib: &Library) {
        self.items = items;
        self.hits_query.clear();
        self.hits.clear();
        self.refresh(lib);
    }

    /// The query typed.
    pub fn query(&self) -> &str {
        &self.query
    }

    /// How many items match.
    pub fn hit_count(&self) -> usize {
        self.hits.len()
    }

    /// The id of the selected item.
    pub fn selected_id<'a>(&self, lib: &Library<'a>) -> Option<&'a str> {
        self.hits
            .get(self.selected)
            .map(|h| lib.id(&self.items[h.index]))
    }

    /// Starts searching for the current query (within the last hits when the query only narrows
    /// theirs) and does the first slice at once.
    fn refresh(&mut self, lib: &Library) {
        let within: Option<Vec<usize>> = (narrows(&self.hits_query, &self.query)
            && self.sort == Sort::Relevance)
            .then(|| self.hits.iter().map(|h| h.index).collect());
        self.job = Some(Search::new(
            &self.items,
            &self.query,
            self.sort,
            within.as_deref(),
        ));
        let deadline = (!self.one_slice_per_key).then(|| std::time::Instant::now() + KEY_BUDGET);
        self.work(lib, deadline);
    }

    /// Whether a search is under way.
    pub fn busy(&self) -> bool {
        self.job.is_some()
    }

    /// Goes on with the search under way: one slice, then more while another slice as long as
    /// the last one still ends before `deadline` (if any). The hits are replaced when it finishes.
    pub fn work(&mut self, lib: &Library, deadline: Option<std::time::Instant>) {
        use std::time::Instant;
        let Some(job) = &mut self.job else { return };
        let started = Instant::now();
        let mut done = job.step(&self.items, lib, SLICE);
        let mut last = started.elapsed();
        while !done && deadline.is_some_and(|d| Instant::now() + last < d) {
            let t = Instant::now();
            done = job.step(&self.items, lib, SLICE);
            last = t.elapsed();
        }
        if done && let Some(job) = self.job.take() {
            self.hits = job.finish(&self.items, lib);
            self.hits_query = self.query.clone();
            self.selected = self.selected.min(self.hits.len().saturating_sub(1));
        }
    }

    /// Cycles the sort order.
    pub fn next_sort(&mut self, lib: &Library) {
        self.sort = self.sort.next();
        self.hits_query.clear();
        self.refresh(lib);
    }

    /// Typing in the query; true when the key was used.
    pub fn type_key(&mut self, key: &KeyEvent, lib: &Library) -> bool {
        if key.kind != KeyEventKind::Press || key.modifiers.contains(KeyModifiers::CONTROL) {
            return false;
        }
        match key.code {
            // On an empty search `?` opens help, as on every other screen (F1 always does).
            KeyCode::Char('?') if self.query.is_empty() => return false,
            KeyCode::Char(c) if self.query.chars().count() < 80 => self.query.push(c),
            KeyCode::Backspace => {
                self.query.pop();
            }
            _ => return false,
        }
        self.selected = 0;
        self.refresh(lib);
        true
    }

    /// Selects the row drawn on screen row `row`; true when there is one.
    pub fn click(&mut self, row: u16) -> bool {
        let (first, count) = self.rows_at;
        if row < first || row >= first + count {
            return false;
        }
        let i = self.offset + usize::from(row - first);
        if i < self.hits.len() {
            self.selected = i;
            return true;
        }
        false
    }

    /// Moves the selection by `delta` rows.
    pub fn move_by(&mut self, delta: isize) {
        let n = self.hits.len();
        if n == 0 {
            return;
        }
        self.selected = (self.selected as isize + delta).clamp(0, n as isize - 1) as usize;
    }

    /// Draws the screen.
    pub fn draw(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        detail: Option<&Detail>,
        message: Option<&str>,
        theme: &Theme,
        lib: &Library,
    ) {
        let [input, list, info, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Percentage(50),
            Constraint::Min(4),
            Constraint::Length(1),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled("Search: ", theme.dim),
                Span::styled(format!("{}_", clean(&self.query)), theme.key),
                Span::styled(
                    match &self.job {
                        Some(job) => {
                            let (done, all) = job.progress();
                            format!("   searching: {} of {} items looked at", done, all)
                        }
                        None => format!(
                            "   {} of {} items, sorted by {}",
                            self.hits.len(),
                            self.items.len(),
                            sort_label(self.sort)
                        ),
                    },
                    theme.dim,
                ),
            ])),
            input,
        );
        let rows = list.height.saturating_sub(2) as usize;
        self.rows_at = (list.y + 1, rows as u16);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if rows > 0 && self.selected >= self.offset + rows {
            self.offset = self.selected + 1 - rows;
        }
        let width = list.width.saturating_sub(2) as usize;
        let mut lines = Vec::new();
        for (row, hit) in self.hits.iter().enumerate().skip(self.offset).take(rows) {
            let it = &self.items[hit.index];
            let line = shown(lib, it, &self.query, self.lang);
            let base = if row == self.selected {
                theme.highlight
            } else {
                theme.text
            };
            let head = format!(
                "{:<28} {:<9} {:<9} ",
                truncate(lib.id(it), 28),
                it.kind,
                it.state.key()
            );
            let mut spans = vec![Span::styled(head.clone(), base)];
            let room = width.saturating_sub(head.chars().count());
            for (i, c) in clean(line.text).chars().take(room).enumerate() {
                let style = if line.positions.contains(&i) {
                    theme.key
                } else {
                    base
                };
                spans.push(Span::styled(c.to_string(), style));
            }
            lines.push(Line::from(spans));
        }
        if self.hits.is_empty() && self.job.is_none() {
            lines.push(Line::styled(
                "Nothing matches. Backspace widens the search.",
                theme.dim,
            ));
        }
        frame.render_widget(
            Paragraph::new(lines).block(
                Block::bordered()
                    .title(Span::styled(" Cards and questions ", theme.title))
                    .border_style(theme.border),
            ),
            list,
        );
        let mut d = Vec::new();
        if let Some(det) = detail {
            for l in &det.text {
                d.push(Line::styled(clean(l), theme.text));
            }
            d.push(Line::styled(det.state.clone(), theme.dim));
            for h in &det.history {
                d.push(Line::styled(h.clone(), theme.dim));
            }
            d.push(Line::styled(
                format!("Source: {}", clean(&det.source)),
                theme.dim,
            ));
        }
        if let Some(m) = message {
            d.push(Line::styled(clean(m), theme.bad));
        }
        frame.render_widget(
            Paragraph::new(d)
                .wrap(Wrap { trim: false })
                .block(Block::bordered().border_style(theme.border)),
            info,
        );
        frame.render_widget(
            Paragraph::new(Line::styled(
                hints(
                    SCOPES,
                    &[
                        Hint::Text("type to search (pack: kind: state: domain: service: tag:)"),
                        Hint::Key(
                            Action::CustomStudy(crate::tui::action::CustomStart::These),
                            "study these",
                        ),
                        Hint::Key(Action::Suspend, "suspend"),
                        Hint::Key(Action::Reset, "reset"),
                        Hint::Key(Action::Bury, "bury"),
                        Hint::Key(Action::OpenLink, "open"),
                        Hint::Key(Action::CopyLink, "copy"),
                        Hint::Key(Action::CycleSort, "sort"),
                        Hint::Key(Action::ClearField, "clear"),
                    ],
                ),
                theme.dim,
            )),
            hint,
        );
    }
}

impl BrowseScreen {
    /// Suspend, bury or reset the selected card.
    fn change_schedule(&mut self, action: Action, ctx: &mut Ctx, now: i64) {
        let Some(id) = ctx
            .study
            .as_ref()
            .and_then(|s| self.selected_id(&s.library()))
            .map(str::to_string)
        else {
            return;
        };
        let Some(study) = &mut ctx.study else { return };
        if study.card(&id).is_none() {
            ctx.message = Some(format!(
                "{id} is an exam question, not a card: it has no schedule to change."
            ));
            return;
        }
        let done = match action {
            Action::Suspend => study.toggle_suspend(&id, now).map(|s| {
                if s {
                    format!("Suspended {id}.")
                } else {
                    format!("Unsuspended {id}.")
                }
            }),
            Action::Bury => study
                .bury(&id, now)
                .map(|_| format!("Buried {id} until tomorrow.")),
            _ => study
                .reset(&id, now)
                .map(|_| format!("{id} is new again; its history is kept.")),
        };
        match done {
            Ok(m) => {
                ctx.message = Some(m);
                let items = study.browse_items(now);
                self.set_items(items, &study.library());
            }
            Err(e) => ctx.show_error("could not save", format!("{e:#}")),
        }
    }
}

/// The details of the item `id`: its text (multi-line pack strings joined as they wrap on
/// screen), its state and its newest answers.
fn detail(study: &Study, id: &str) -> Option<Detail> {
    let detail = detail_lines(study, id)?;
    Some(Detail {
        text: detail
            .text
            .iter()
            .map(|t| crate::core::content::reflow(t))
            .collect(),
        ..detail
    })
}

fn detail_lines(study: &Study, id: &str) -> Option<Detail> {
    use crate::core::scheduler::Phase;
    use crate::study_text::interval as interval_label;
    let mut text = Vec::new();
    let source;
    if let Some(c) = study.card(id) {
        source = c.source.clone();
        match &c.body {
            CardBody::Basic { front, back } => {
                text.push(front.clone());
                text.push(format!("-> {back}"));
            }
            CardBody::Cloze { text: t } => text.push(t.clone()),
            CardBody::Numeric {
                front,
                answer,
                unit,
                ..
            } => {
                text.push(front.clone());
                text.push(format!("-> {} {unit}", crate::core::drill::fmt(*answer)));
            }
            CardBody::Generated { generator } => text.push(format!(
                "A generated drill ({}): a fresh exercise at each review.",
                generator.key()
            )),
        }
    } else if let Some(q) = study.question(id) {
        source = q.source.clone();
        text.push(q.stem.clone());
        for (i, c) in q.choices.iter().enumerate() {
            text.push(format!(
                "{}{}. {}",
                if c.correct { "* " } else { "  " },
                crate::exam_run::letter(i),
                c.text
            ));
        }
    } else {
        return None;
    }
    let state = match study.state(id) {
        None => "New: never studied.".to_string(),
        Some(s) => {
            let phase = match s.phase {
                Phase::New => "new",
                Phase::Learning => "learning",
                Phase::Review => "review",
                Phase::Relearning => "relearning",
            };
            let memory = s
                .memory
                .map(|m| {
                    format!(
                        ", stability {:.1} days, difficulty {:.1}",
                        m.stability, m.difficulty
                    )
                })
                .unwrap_or_default();
            let due = if s.phase == Phase::New {
                "when introduced as a new card".to_string()
            } else {
                crate::core::stats::day_date(study.calendar().day(s.due))
            };
            format!(
                "State: {phase}{}{}, {} {}, {} {}, due {due}{memory}.",
                if s.suspended { ", suspended" } else { "" },
                if s.leech { ", leech" } else { "" },
                s.reps,
                if s.reps == 1 { "answer" } else { "answers" },
                s.lapses,
                if s.lapses == 1 { "lapse" } else { "lapses" },
            )
        }
    };
    let history = study
        .store()
        .item_history(id, 5)
        .unwrap_or_default()
        .into_iter()
        .map(|h| {
            format!(
                "  {}  {}  next in {}",
                crate::core::stats::day_date(study.calendar().day(h.at)),
                crate::core::scheduler::Rating::from_number(h.rating).map_or("?", |r| r.label()),
                interval_label((h.interval_days * 86_400_000.0) as i64)
            )
        })
        .collect();
    Some(Detail {
        text,
        state,
        history,
        source,
    })
}

impl Screen for BrowseScreen {
    fn scopes(&self, _ctx: &Ctx) -> &'static [Scope] {
        SCOPES
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[SCOPES]
    }

    fn type_key(&mut self, key: &KeyEvent, ctx: &mut Ctx) -> bool {
        let lib = ctx.library();
        let typed = BrowseScreen::type_key(self, key, &lib);
        if typed {
            self.reset_asked = None;
        }
        typed
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx, now: i64) {
        if action != Action::Reset {
            self.reset_asked = None;
        }
        match action {
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-10),
            Action::PageDown => self.move_by(10),
            Action::Top => self.move_by(-1_000_000),
            Action::Bottom => self.move_by(1_000_000),
            Action::Reset => {
                let id = ctx
                    .study
                    .as_ref()
                    .and_then(|s| self.selected_id(&s.library()))
                    .map(str::to_string);
                if id.is_some() && id == self.reset_asked {
                    self.reset_asked = None;
                    self.change_schedule(action, ctx, now);
                } else if let Some(id) = id {
                    ctx.message = Some(format!(
                        "Press {} again to make {id} new (its history is kept); any other key cancels.",
                        crate::tui::keys::key_for(Action::Reset, SCOPES).unwrap_or_default()
                    ));
                    self.reset_asked = Some(id);
                }
            }
            Action::Suspend | Action::Bury => self.change_schedule(action, ctx, now),
            Action::CycleSort => {
                let lib = ctx.library();
                self.next_sort(&lib);
            }
            Action::ClearField => {
                self.query.clear();
                self.selected = 0;
                let lib = ctx.library();
                self.refresh(&lib);
            }
            _ => {}
        }
    }

    fn enter(&mut self, ctx: &mut Ctx, now: i64) {
        if let Some(study) = &ctx.study {
            self.set_items(study.browse_items(now), &study.library());
        }
    }

    fn click(&mut self, row: u16, _ctx: &mut Ctx, _now: i64) {
        BrowseScreen::click(self, row);
    }

    fn busy(&self) -> bool {
        BrowseScreen::busy(self)
    }

    fn work(&mut self, ctx: &Ctx, deadline: std::time::Instant) {
        BrowseScreen::work(self, &ctx.library(), Some(deadline));
    }

    /// The results: the cards the query finds, and those linked to the questions it finds.
    fn study_these(&self, _ctx: &Ctx) -> Option<crate::core::custom::Filter> {
        Some(crate::core::custom::Filter::Search(self.query.clone()))
    }

    fn link(&self, ctx: &Ctx) -> Option<String> {
        let study = ctx.study.as_ref()?;
        let id = self.selected_id(&study.library())?;
        study
            .card(id)
            .map(|c| c.source.clone())
            .or_else(|| study.question(id).map(|q| q.source.clone()))
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.lang = ctx.lang;
        let detail = ctx
            .study
            .as_ref()
            .and_then(|s| detail(s, self.selected_id(&s.library())?));
        let lib = ctx.library();
        self.draw(
            frame,
            area,
            detail.as_ref(),
            ctx.message.as_deref(),
            &ctx.theme,
            &lib,
        );
    }
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(n - 1).collect();
        t.push('~');
        t
    }
}

/// The name of a sort order, as Browse's title says it.
fn sort_label(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "relevance",
        Sort::Id => "id",
        Sort::Due => "due date",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::browse::{card_item, search};
    use crate::core::content::{Card, CardBody};
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    #[allow(clippy::vec_box, reason = "the study keeps its cards boxed")]
    fn cards(n: usize) -> Vec<Box<Card>> {
        (0..n)
            .map(|i| {
                Box::new(Card::plain(
                    format!("p/c{i}"),
                    CardBody::Basic {
                        front: format!("card number {i} about limits"),
                        back: "b".into(),
                    },
                ))
            })
            .collect()
    }

    fn screen_text(b: &mut BrowseScreen, lib: &Library) -> String {
        let mut t = Terminal::new(TestBackend::new(100, 20)).unwrap();
        t.draw(|f| {
            b.draw(
                f,
                f.area(),
                None,
                None,
                &Theme::new(crate::core::config::ThemeName::Dark, true),
                lib,
            )
        })
        .unwrap();
        let buf = t.backend().buffer().clone();
        buf.content.iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn a_large_search_goes_on_between_frames_and_ends_with_every_hit() {
        let cards = cards(3 * SLICE + 5);
        let services = std::collections::HashMap::new();
        let lib = Library {
            cards: &cards,
            questions: &[],
            services: &services,
        };
        let items: Vec<Item> = cards
            .iter()
            .enumerate()
            .map(|(i, c)| card_item(i, c, None, (0, 1), crate::calc_text::drills::row))
            .collect();
        let mut b = BrowseScreen {
            one_slice_per_key: true,
            ..BrowseScreen::default()
        };
        b.set_items(items.clone(), &lib);
        assert!(b.busy(), "more items than one slice");
        assert!(screen_text(&mut b, &lib).contains(&format!(
            "searching: {SLICE} of {} items looked at",
            cards.len()
        )));
        let mut slices = 1;
        while b.busy() {
            b.work(&lib, None);
            slices += 1;
        }
        assert_eq!(slices, 4);
        assert_eq!(b.hit_count(), cards.len());
        // Typing starts a new search; the last hits stay on screen until it ends.
        for c in "limits 7".chars() {
            b.type_key(&KeyEvent::from(KeyCode::Char(c)), &lib);
        }
        while b.busy() {
            b.work(&lib, None);
        }
        let expected = search(&items, &lib, "limits 7", Sort::Relevance, None);
        assert_eq!(b.hits, expected);
        assert!(screen_text(&mut b, &lib).contains(&format!(
            "{} of {} items, sorted by relevance",
            expected.len(),
            cards.len()
        )));
    }
}

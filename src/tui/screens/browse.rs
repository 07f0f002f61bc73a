//! Browse: every card and question, narrowed as the user types (fuzzy, with the matched characters
//! highlighted) and by filters written in the query (`pack:` `kind:` `state:` `domain:` `tag:`),
//! with a detail pane for the selected item. Only the visible rows are drawn, so the list stays
//! fast with tens of thousands of items.

use crate::content_text::{canonical_query, kind_label, state_label};
use crate::core::browse::{Hit, Item, Library, Search, Sort, narrows, shown};
use crate::core::config::Lang;
use crate::core::content::CardBody;
use crate::i18n::tr;
use crate::study::Study;
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, clean, hint_rows};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

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
    lang: Lang,
    /// The language of the screen's own words.
    ui_lang: Lang,
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
            .map(|h| lib.id(&self.items[h.at()]))
    }

    /// Starts searching for the current query (within the last hits when the query only narrows
    /// theirs) and does the first slice at once.
    fn refresh(&mut self, lib: &Library) {
        let query = canonical_query(&self.query);
        let within: Option<Vec<u32>> = (narrows(&self.hits_query, &query)
            && self.sort == Sort::Relevance)
            .then(|| self.hits.iter().map(|h| h.index).collect());
        self.job = Some(Search::new(&self.items, &query, self.sort, within));
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
            self.hits_query = canonical_query(&self.query);
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

    /// Sets the language of the screen's own words (the content language is `ctx.lang`).
    pub fn set_ui_lang(&mut self, lang: Lang) {
        self.ui_lang = lang;
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
        let lang = self.ui_lang;
        let words = [
            tr!(lang, "browse-hint-type"),
            tr!(lang, "browse-hint-study"),
            tr!(lang, "browse-hint-suspend"),
            tr!(lang, "browse-hint-reset"),
            tr!(lang, "browse-hint-bury"),
            tr!(lang, "browse-hint-open"),
            tr!(lang, "browse-hint-copy"),
            tr!(lang, "browse-hint-sort"),
            tr!(lang, "browse-hint-clear"),
        ];
        // The keys take a second row when one is too narrow for them.
        let hint_lines = hint_rows(
            SCOPES,
            &[
                Hint::Key(
                    Action::CustomStudy(crate::tui::action::CustomStart::These),
                    &words[1],
                ),
                Hint::Key(Action::Suspend, &words[2]),
                Hint::Key(Action::Reset, &words[3]),
                Hint::Key(Action::Bury, &words[4]),
                Hint::Key(Action::OpenLink, &words[5]),
                Hint::Key(Action::CopyLink, &words[6]),
                Hint::Key(Action::CycleSort, &words[7]),
                Hint::Key(Action::ClearField, &words[8]),
            ],
            usize::from(area.width),
        );
        let [input, list, info, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Fill(1),
            Constraint::Length(hint_lines.len().clamp(1, 2) as u16),
        ])
        .areas(area);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!("{} ", tr!(lang, "browse-search")), theme.dim),
                Span::styled(format!("{}_", clean(&self.query)), theme.key),
                Span::styled(
                    match &self.job {
                        Some(job) => {
                            let (done, all) = job.progress();
                            format!(
                                "   {}",
                                tr!(lang, "browse-searching", done = done, all = all)
                            )
                        }
                        None => format!(
                            "   {}",
                            tr!(
                                lang,
                                "browse-count",
                                shown = self.hits.len(),
                                all = self.items.len(),
                                sort = sort_label(lang, self.sort)
                            )
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
        let query = canonical_query(&self.query);
        let mut lines = Vec::new();
        for (row, hit) in self.hits.iter().enumerate().skip(self.offset).take(rows) {
            let it = &self.items[hit.at()];
            let line = shown(lib, it, &query, self.lang);
            let base = if row == self.selected {
                theme.highlight
            } else {
                theme.text
            };
            let head = format!(
                "{} {} {} ",
                pad(&truncate(lib.id(it), 28), 28),
                pad(&kind_label(lang, it.kind()), 9),
                pad(&state_label(lang, it.state), 9)
            );
            let mut spans = vec![Span::styled(head.clone(), base)];
            // The text fills the room left, column by column (a Korean letter takes two).
            let mut room = width.saturating_sub(head.width());
            for (i, c) in clean(line.text).chars().enumerate() {
                let w = c.width().unwrap_or(0);
                if w > room {
                    break;
                }
                room -= w;
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
            lines.push(Line::styled(tr!(lang, "browse-nothing"), theme.dim));
        }
        frame.render_widget(
            Paragraph::new(lines).block(
                Block::bordered()
                    .title(Span::styled(
                        format!(" {} ", tr!(lang, "browse-title")),
                        theme.title,
                    ))
                    // How to search, under the list: the hint rows below keep the keys.
                    .title_bottom(Span::styled(format!(" {} ", words[0]), theme.dim))
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
                tr!(lang, "browse-source", url = clean(&det.source)),
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
            Paragraph::new(
                hint_lines
                    .into_iter()
                    .map(|l| Line::styled(l, theme.dim))
                    .collect::<Vec<_>>(),
            ),
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
        let lang = ctx.ui_lang;
        let Some(study) = &mut ctx.study else { return };
        let at = id.as_str();
        if !study.has_card(&id) {
            ctx.message = Some(tr!(lang, "browse-not-a-card", id = at));
            return;
        }
        let done = match action {
            Action::Suspend => study.toggle_suspend(&id, now).map(|s| {
                if s {
                    tr!(lang, "browse-suspended", id = at)
                } else {
                    tr!(lang, "browse-unsuspended", id = at)
                }
            }),
            Action::Bury => study
                .bury(&id, now)
                .map(|_| tr!(lang, "browse-buried", id = at)),
            _ => study
                .reset(&id, now)
                .map(|_| tr!(lang, "browse-reset-done", id = at)),
        };
        match done {
            Ok(m) => {
                ctx.message = Some(m);
                let items = study.browse_items(now);
                self.set_items(items, &study.library());
            }
            Err(e) => ctx.show_error(
                &tr!(lang, "browse-save-error"),
                crate::context::error_words(lang, e.as_ref()),
            ),
        }
    }
}

/// The details of the item `id`: its text in the content language `content` (multi-line pack
/// strings joined as they wrap on screen), and its state and newest answers in `lang`.
fn detail(lang: Lang, content: Lang, study: &Study, id: &str) -> Option<Detail> {
    let detail = detail_lines(lang, content, study, id)?;
    Some(Detail {
        text: detail
            .text
            .iter()
            .map(|t| crate::core::content::reflow(t))
            .collect(),
        ..detail
    })
}

fn detail_lines(lang: Lang, content: Lang, study: &Study, id: &str) -> Option<Detail> {
    use crate::core::scheduler::Phase;
    use crate::study_text::interval as interval_label;
    let mut text = Vec::new();
    let source;
    if let Some(c) = study.card(id).map(|c| c.to_card()) {
        source = c.source.to_string();
        // A field's Korean text when the content is in Korean and the pack has it.
        let ko = c.ko.as_deref().filter(|_| content == Lang::Ko);
        let pick = |en: &str, ko: Option<&String>| ko.map_or(en, String::as_str).to_string();
        match &c.body {
            CardBody::Basic { front, back } => {
                text.push(pick(front, ko.and_then(|k| k.front.as_ref())));
                text.push(format!(
                    "-> {}",
                    pick(back, ko.and_then(|k| k.back.as_ref()))
                ));
            }
            CardBody::Cloze { text: t } => text.push(pick(t, ko.and_then(|k| k.text.as_ref()))),
            CardBody::Numeric {
                front,
                answer,
                unit,
                ..
            } => {
                text.push(pick(front, ko.and_then(|k| k.front.as_ref())));
                let ko_unit = ko.and_then(|k| k.unit.as_deref());
                text.push(format!(
                    "-> {}",
                    crate::study_text::quantity(content, *answer, unit, ko_unit)
                ));
            }
            CardBody::Generated { generator } => {
                text.push(tr!(lang, "browse-generated", generator = generator.key()))
            }
        }
    } else if let Some(q) = study.question(id) {
        source = q.source.clone();
        text.push(q.stem_in(content).to_string());
        for (i, c) in q.choices.iter().enumerate() {
            text.push(format!(
                "{}{}. {}",
                if c.correct { "* " } else { "  " },
                crate::exam_run::letter(i),
                c.text_in(content)
            ));
        }
    } else {
        return None;
    }
    let state = match study.state(id) {
        None => tr!(lang, "browse-never-studied"),
        Some(s) => {
            let phase = match s.phase {
                Phase::New => tr!(lang, "browse-phase-new"),
                Phase::Learning => tr!(lang, "browse-phase-learning"),
                Phase::Review => tr!(lang, "browse-phase-review"),
                Phase::Relearning => tr!(lang, "browse-phase-relearning"),
            };
            let memory = s
                .memory
                .map(|m| {
                    tr!(
                        lang,
                        "browse-memory",
                        stability = m.stability,
                        difficulty = m.difficulty
                    )
                })
                .unwrap_or_default();
            let due = if s.phase == Phase::New {
                tr!(lang, "browse-due-new")
            } else {
                crate::core::stats::day_date(study.calendar().day(s.due))
            };
            let mut flags = String::new();
            if s.suspended {
                flags.push_str(&tr!(lang, "browse-flag-suspended"));
            }
            if s.leech {
                flags.push_str(&tr!(lang, "browse-flag-leech"));
            }
            tr!(
                lang,
                "browse-state",
                phase = phase,
                flags = flags,
                reps = s.reps,
                lapses = s.lapses,
                due = due,
                memory = memory
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
                "  {}",
                tr!(
                    lang,
                    "browse-history",
                    date = crate::core::stats::day_date(study.calendar().day(h.at)),
                    rating = crate::core::scheduler::Rating::from_number(h.rating)
                        .map_or_else(|| "?".to_string(), |r| crate::study_text::rating(lang, r)),
                    interval = interval_label(lang, (h.interval_days * 86_400_000.0) as i64)
                )
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
                    ctx.message = Some(tr!(
                        ctx.ui_lang,
                        "browse-reset-ask",
                        key = crate::tui::keys::key_for(Action::Reset, SCOPES).unwrap_or_default(),
                        id = id.as_str()
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
        Some(crate::core::custom::Filter::Search(canonical_query(
            &self.query,
        )))
    }

    fn link(&self, ctx: &Ctx) -> Option<String> {
        let study = ctx.study.as_ref()?;
        let id = self.selected_id(&study.library())?;
        study
            .card(id)
            .map(|c| c.source.to_string())
            .or_else(|| study.question(id).map(|q| q.source.clone()))
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.lang = ctx.lang;
        self.ui_lang = ctx.ui_lang;
        let detail = ctx
            .study
            .as_ref()
            .and_then(|s| detail(ctx.ui_lang, ctx.lang, s, self.selected_id(&s.library())?));
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

/// `s` in at most `n` terminal columns: cut at a column and ended with `~` when it is wider.
fn truncate(s: &str, n: usize) -> String {
    if s.width() <= n {
        return s.to_string();
    }
    let mut t = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > n {
            break;
        }
        t.push(c);
        used += w;
    }
    t.push('~');
    t
}

/// `s` padded with spaces to `n` terminal columns.
fn pad(s: &str, n: usize) -> String {
    format!("{s}{}", " ".repeat(n.saturating_sub(s.width())))
}

/// The name of a sort order in `lang`, as Browse's search line says it.
fn sort_label(lang: Lang, sort: Sort) -> String {
    tr!(
        lang,
        match sort {
            Sort::Relevance => "browse-sort-relevance",
            Sort::Id => "browse-sort-id",
            Sort::Due => "browse-sort-due",
        }
    )
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
                        front: format!("card number {i} about limits").into(),
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
        let cards: crate::core::content::CardTable =
            cards(3 * SLICE + 5).into_iter().map(|c| *c).collect();
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

    /// Browse in both languages at 80x24 (issue 16): the list, a search with results, the detail
    /// pane of a studied card, and a search that finds nothing.
    mod in_both_languages {
        use crate::core::config::Lang;
        use crate::store::Store;
        use crate::tui::action::Action;
        use crate::tui::app::{App, AppState};
        use crate::tui::i18n_tests::screen_at;
        use crate::tui::theme::Theme;
        use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

        /// 2026-11-24 12:00 UTC.
        const NOON: i64 = 1_795_521_600_000;

        const PACK: &str = r#"
[pack]
id = "t"
title = "Test"
services = ["Lambda"]
schema = 1
checked = 2026-11-24

[[card]]
id = "async-retries"
kind = "basic"
front = "How many retries does an asynchronous invocation get by default?"
back = "Two."
source = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html"
ko = { front = "비동기 호출의 기본 재시도 횟수는?", back = "두 번." }

[[card]]
id = "memory"
kind = "cloze"
text = "Lambda memory goes from {{128 MB}} to {{10,240 MB}}."
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"
ko = { text = "Lambda 메모리는 {{128 MB}}에서 {{10,240 MB}}까지 설정할 수 있습니다." }

[[card]]
id = "timeout"
kind = "numeric"
front = "Longest timeout of a standard function?"
answer = 900
unit = "seconds"
source = "https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html"

[[question]]
id = "q-destination"
domain = "development"
task = "1.2"
difficulty = 2
service = "Lambda"
stem = "Which feature keeps every failed asynchronous event with its error details?"
source = "https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html"
ko = { stem = "실패한 모든 비동기 이벤트를 오류 세부 정보와 함께 보관하는 기능은 무엇입니까?" }

[[question.choice]]
text = "An on-failure destination."
correct = true
why = "Lambda sends an invocation record with the error details to it."
ko = { text = "실패 시 대상.", why = "Lambda는 오류 세부 정보가 담긴 호출 레코드를 대상으로 보냅니다." }

[[question.choice]]
text = "A larger MaximumRetryAttempts."
why = "It accepts only 0 to 2."
ko = { text = "더 큰 MaximumRetryAttempts.", why = "0~2만 허용합니다." }

[[question.choice]]
text = "A longer function timeout."
why = "The timeout does not keep failed events."
ko = { text = "더 긴 함수 제한 시간.", why = "제한 시간은 실패한 이벤트를 보관하지 않습니다." }

[[question.choice]]
text = "Reserved concurrency."
why = "It limits scaling; it keeps no events."
ko = { text = "예약된 동시성.", why = "확장을 제한할 뿐 이벤트를 보관하지 않습니다." }
"#;

        /// The app with the first card answered Good, on Browse, its words and content in `lang`.
        fn browse_in(lang: Lang) -> App {
            browse_of(lang, PACK)
        }

        fn browse_of(lang: Lang, pack: &str) -> App {
            let report = crate::core::content::parse_pack("t.toml", pack.as_bytes());
            assert!(report.findings.is_empty(), "{:?}", report.findings);
            let study = crate::study::testing::study(
                Store::open_in_memory().unwrap(),
                vec![report.pack.unwrap()],
            );
            let mut app = App::with_study(AppState::default(), Theme::plain(), study, NOON);
            app.set_ui_lang(lang);
            app.set_lang(lang);
            app.update(Action::StartDrill, NOON);
            key(&mut app, KeyCode::Char(' '));
            key(&mut app, KeyCode::Char('3'));
            app.update(Action::OpenBrowse, NOON + 1000);
            app
        }

        fn key(app: &mut App, code: KeyCode) {
            app.on_key(&KeyEvent::new(code, KeyModifiers::NONE), NOON + 1000);
        }

        fn typed(app: &mut App, text: &str) {
            for c in text.chars() {
                key(app, KeyCode::Char(c));
            }
        }

        fn name(what: &str, lang: Lang) -> String {
            format!("browse_{what}_{}", crate::i18n::tag(lang))
        }

        #[test]
        fn browse_list_search_detail_and_nothing_found() {
            for lang in [Lang::En, Lang::Ko] {
                let mut app = browse_in(lang);
                insta::assert_snapshot!(name("list", lang), screen_at(&mut app, 80, 24));
                typed(&mut app, "kind:q");
                insta::assert_snapshot!(name("search", lang), screen_at(&mut app, 80, 24));
                app.on_key(
                    &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
                    NOON + 1000,
                );
                typed(&mut app, "retries");
                let s = screen_at(&mut app, 80, 24);
                insta::assert_snapshot!(name("detail", lang), s);
                typed(&mut app, "zzz");
                insta::assert_snapshot!(name("nothing", lang), screen_at(&mut app, 80, 24));
            }
        }

        /// A numeric card's answer in the detail has the card's Korean unit in Korean, the
        /// English one in English.
        #[test]
        fn a_numeric_cards_detail_shows_its_unit_in_the_content_language() {
            let pack = PACK.replace(
                "unit = \"seconds\"\n",
                "unit = \"seconds\"\nko = { front = \"일반 함수에 설정할 수 있는 최대 제한 시간은?\", unit = \"초\" }\n",
            );
            assert_ne!(pack, PACK);
            for lang in [Lang::Ko, Lang::En] {
                let mut app = browse_of(lang, &pack);
                typed(&mut app, "kind:numeric");
                let s = screen_at(&mut app, 80, 24);
                if lang == Lang::Ko {
                    assert!(s.contains("-> 900초"), "{s}");
                    assert!(!s.contains("seconds"), "no English unit:\n{s}");
                    insta::assert_snapshot!("browse_numeric_detail_ko", s);
                } else {
                    assert!(s.contains("-> 900 seconds"), "{s}");
                }
            }
        }

        /// Korean filters, as the Korean list shows kinds and states, find what the English ones
        /// find, in either language of the app.
        #[test]
        fn korean_filters_match_what_the_korean_list_shows() {
            for lang in [Lang::Ko, Lang::En] {
                let mut app = browse_in(lang);
                typed(&mut app, "종류:문제");
                let s = screen_at(&mut app, 80, 24);
                if lang == Lang::Ko {
                    insta::assert_snapshot!("browse_korean_filter_ko", s);
                }
                let rows: Vec<&str> = s.lines().filter(|l| l.starts_with("│t/")).collect();
                assert_eq!(rows.len(), 1, "{s}");
                assert!(rows[0].starts_with("│t/q-destination"), "{s}");
                app.on_key(
                    &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
                    NOON + 1000,
                );
                typed(&mut app, "상태:새 종류:숫");
                let s = screen_at(&mut app, 80, 24);
                let rows: Vec<&str> = s.lines().filter(|l| l.starts_with("│t/")).collect();
                assert_eq!(rows.len(), 1, "{s}");
                assert!(rows[0].starts_with("│t/timeout"), "{s}");
            }
        }

        #[test]
        fn korean_rows_fill_the_list_by_columns() {
            let mut app = browse_in(Lang::Ko);
            let s = screen_at(&mut app, 80, 24);
            // Each row ends at the list's right border, the Korean text cut at a column.
            for line in s.lines().filter(|l| l.starts_with("│t/")) {
                assert!(line.ends_with('│'), "{line}\n{s}");
            }
            assert!(s.contains("비동기 호출의 기본 재시도 횟수는?"), "{s}");
            assert!(s.contains("상태: 학습 중, 답변 1회, 실패 0회"), "{s}");
            assert!(s.contains("출처:"), "{s}");
            assert!(
                s.contains("-> 두 번."),
                "the answer in the content language\n{s}"
            );
        }
    }
}

//! The app's Browse, link, palette, mouse and settings actions.

use super::*;

impl App {
    pub(super) fn browse_action(&mut self, action: Action, now: i64) {
        let Some(id) = self
            .study
            .as_ref()
            .and_then(|s| self.browse.selected_id(&s.library()))
            .map(str::to_string)
        else {
            return;
        };
        let Some(study) = &mut self.study else { return };
        if study.card(&id).is_none() {
            self.message = Some(format!(
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
                self.message = Some(m);
                let items = study.browse_items(now);
                self.browse.set_items(items, &study.library());
            }
            Err(e) => self.show_error("could not save", format!("{e:#}")),
        }
    }

    /// The source link of the selected item (Browse) or the card on screen (Drill).
    pub(super) fn current_link(&self) -> Option<String> {
        let study = self.study.as_ref()?;
        match self.tab {
            Tab::Browse => {
                let id = self.browse.selected_id(&study.library())?;
                study
                    .card(id)
                    .map(|c| c.source.clone())
                    .or_else(|| study.question(id).map(|q| q.source.clone()))
            }
            _ => study.current().map(|c| c.source.clone()),
        }
    }

    pub(super) fn link_action(&mut self, action: Action) {
        let Some(url) = self.current_link() else {
            return;
        };
        self.message = Some(if action == Action::CopyLink {
            crate::tui::clipboard::copy(&url)
        } else {
            crate::tui::clipboard::open(&url)
        });
    }

    /// The details of the item selected in Browse.
    pub(super) fn browse_detail(&self) -> Option<Detail> {
        use crate::core::scheduler::{Phase, interval_label};
        let study = self.study.as_ref()?;
        let id = self.browse.selected_id(&study.library())?;
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
                format!(
                    "State: {phase}{}{}, {} answers, {} lapses, due {}{memory}.",
                    if s.suspended { ", suspended" } else { "" },
                    if s.leech { ", leech" } else { "" },
                    s.reps,
                    s.lapses,
                    crate::core::stats::day_date(study.calendar().day(s.due))
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
                    crate::core::scheduler::Rating::from_number(h.rating)
                        .map_or("?", |r| r.label()),
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

    /// Mouse: a click on the tab bar opens that screen, on an exam choice chooses it, on a list row
    /// selects it; the wheel moves in lists and choices.
    pub fn on_mouse(&mut self, m: &crossterm::event::MouseEvent, now: i64) {
        use crossterm::event::{MouseButton, MouseEventKind};
        if self.palette.is_some() || self.help || self.too_small {
            return;
        }
        match m.kind {
            MouseEventKind::ScrollUp => self.update(Action::Up, now),
            MouseEventKind::ScrollDown => self.update(Action::Down, now),
            MouseEventKind::Down(MouseButton::Left) if m.row == 0 && self.exam.is_none() => {
                // The tab bar draws " Title " for each tab with one space between them.
                let mut x = 0u16;
                for t in Tab::ALL {
                    let w = t.title().len() as u16 + 2;
                    if m.column >= x && m.column < x + w {
                        self.switch_to(t, now);
                        return;
                    }
                    x += w + 1;
                }
            }
            MouseEventKind::Down(MouseButton::Left)
                if self.tab == Tab::Exam && self.exam.is_some() =>
            {
                if let Some(d) = self.exam_screen.choice_at(m.row) {
                    self.choose(d);
                }
            }
            MouseEventKind::Down(MouseButton::Left) if self.tab == Tab::Browse => {
                self.browse.click(m.row);
            }
            MouseEventKind::Down(MouseButton::Left) if self.tab == Tab::Home && m.row > 0 => {
                self.home.click(m.row, self.state.packs.len());
            }
            _ => {}
        }
    }

    /// Keys while the palette is open: typing narrows, Up/Down choose, Enter runs, Esc closes.
    pub(super) fn palette_key(&mut self, key: &KeyEvent, now: i64) {
        use crossterm::event::{KeyCode, KeyEventKind};
        if key.kind != KeyEventKind::Press {
            return;
        }
        let Some(p) = &mut self.palette else { return };
        match key.code {
            KeyCode::Esc => self.palette = None,
            KeyCode::Enter => {
                let chosen = p.chosen();
                self.palette = None;
                if let Some(a) = chosen {
                    self.update(a, now);
                }
            }
            KeyCode::Up => p.selected = p.selected.saturating_sub(1),
            KeyCode::Down => p.selected = (p.selected + 1).min(p.matches().len().saturating_sub(1)),
            KeyCode::Backspace => {
                p.query.pop();
                p.selected = 0;
            }
            KeyCode::Char(c) => {
                p.query.push(c);
                p.selected = 0;
            }
            _ => {}
        }
    }

    /// The id selected in Browse.
    pub fn browse_selected(&self) -> Option<&str> {
        self.browse.selected_id(&self.study.as_ref()?.library())
    }

    /// Whether the command palette is open.
    pub fn palette_open(&self) -> bool {
        self.palette.is_some()
    }

    /// Where settings are written (set by the shell; without it Settings only shows them).
    pub fn set_config_path(&mut self, path: std::path::PathBuf) {
        self.config_path = Some(path);
    }

    pub(super) fn confirm_setting(&mut self, now: i64) {
        let Some(study) = &mut self.study else { return };
        let Some(typed) = self.settings.editing.clone() else {
            self.settings.start(study.config());
            self.message = None;
            return;
        };
        let Some(path) = &self.config_path else {
            self.message = Some("Settings cannot be saved here (no settings file).".into());
            return;
        };
        let setting = self.settings.setting();
        let key = setting.key();
        match crate::config_file::write_setting(path, setting, &typed) {
            Ok(cfg) => {
                self.theme = Theme::new(cfg.theme, Theme::no_color_requested());
                match study.apply_config(cfg) {
                    Ok(()) => {
                        self.settings.editing = None;
                        self.message = Some(format!("Saved {key}."));
                        self.refresh(now);
                    }
                    Err(e) => self.show_error("saved, but could not apply", format!("{e:#}")),
                }
            }
            Err(e) => self.message = Some(format!("Not saved: {e:#}")),
        }
    }
}

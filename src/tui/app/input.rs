//! The mouse and the command palette's keys.

use super::*;

impl App {
    /// Mouse: a click on the tab bar opens that screen (when the screen allows it), a click in the
    /// body goes to the screen; the wheel moves up and down.
    pub fn on_mouse(&mut self, m: &crossterm::event::MouseEvent, now: i64) {
        use crossterm::event::{MouseButton, MouseEventKind};
        // No screen sees a session without its cards (`run` loads them after the first frame).
        self.load_text();
        if self.palette.is_some() || self.help || self.too_small {
            return;
        }
        match m.kind {
            MouseEventKind::ScrollUp => self.update(Action::Up, now),
            MouseEventKind::ScrollDown => self.update(Action::Down, now),
            MouseEventKind::Down(MouseButton::Left) if m.row == 0 => {
                if !self.screens.get(self.tab).tabs_enabled() {
                    return;
                }
                // The tab bar draws " Title " for each tab with one space between them (in
                // terminal columns: a Korean letter takes two).
                let mut x = 0u16;
                for t in Tab::ALL {
                    let w =
                        unicode_width::UnicodeWidthStr::width(t.title(self.ctx.ui_lang).as_str())
                            as u16
                            + 2;
                    if m.column >= x && m.column < x + w {
                        self.switch_to(*t, now);
                        return;
                    }
                    x += w + 1;
                }
            }
            MouseEventKind::Down(MouseButton::Left) => {
                self.screens
                    .get_mut(self.tab)
                    .click_at(m.column, m.row, &mut self.ctx, now);
            }
            _ => {}
        }
    }

    /// Keys while the palette is open: typing narrows, the palette's keys in the key table
    /// (`Scope::Palette`) choose, run, close or quit.
    pub(super) fn palette_key(&mut self, key: &KeyEvent, now: i64) {
        use crossterm::event::{KeyCode, KeyEventKind};
        if key.kind != KeyEventKind::Press {
            return;
        }
        let Some(p) = &mut self.palette else { return };
        if keys::Takes::Text.matches(key) {
            if let KeyCode::Char(c) = key.code {
                p.query.push(c);
                p.selected = 0;
            }
            return;
        }
        if keys::Takes::Backspace.matches(key) {
            p.query.pop();
            p.selected = 0;
            return;
        }
        match keys::lookup(key, keys::PALETTE) {
            Some(Action::Back) => self.palette = None,
            Some(Action::Confirm) => {
                let chosen = p.chosen();
                self.palette = None;
                if let Some(a) = chosen {
                    self.update(a, now);
                }
            }
            Some(Action::Up) => p.selected = p.selected.saturating_sub(1),
            Some(Action::Down) => {
                p.selected = (p.selected + 1).min(p.matches().len().saturating_sub(1))
            }
            // Ctrl-C quits from everywhere.
            Some(Action::Quit) => {
                self.palette = None;
                self.update(Action::Quit, now);
            }
            _ => {}
        }
    }
}

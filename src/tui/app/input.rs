//! The mouse and the command palette's keys.

use super::*;

impl App {
    /// Mouse: a click on the tab bar opens that screen (when the screen allows it), a click in the
    /// body goes to the screen; the wheel moves up and down.
    pub fn on_mouse(&mut self, m: &crossterm::event::MouseEvent, now: i64) {
        use crossterm::event::{MouseButton, MouseEventKind};
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

    /// Keys while the palette is open: typing narrows, Up/Down choose, Enter runs, Esc closes.
    pub(super) fn palette_key(&mut self, key: &KeyEvent, now: i64) {
        use crossterm::event::{KeyCode, KeyEventKind, KeyModifiers};
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
            // Ctrl-C quits from everywhere; other Ctrl keys are not letters of the query.
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => {
                self.palette = None;
                self.update(Action::Quit, now);
            }
            KeyCode::Char(_) if key.modifiers.contains(KeyModifiers::CONTROL) => {}
            KeyCode::Char(c) => {
                p.query.push(c);
                p.selected = 0;
            }
            _ => {}
        }
    }
}

//! Drawing the app: the tab bar, the screen on show, the status line and the overlays.

use super::*;
use crate::core::config::Lang;
use crate::i18n::tr;
use crate::tui::widgets::{Hint, hint_spans};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Tabs};

impl App {
    /// Draws the first frame into an off-screen buffer (the same drawing code as on a terminal,
    /// without the terminal), for measuring start-up. Returns the exit status.
    pub fn first_frame_off_screen(mut self, now: i64) -> u8 {
        let backend = ratatui::backend::TestBackend::new(120, 40);
        let Ok(mut terminal) = ratatui::Terminal::new(backend);
        self.tick(now);
        let status = match terminal.draw(|frame| self.render(frame)) {
            Ok(_) => crate::exit::EXIT_OK,
            Err(_) => crate::exit::EXIT_CANNOT_RUN,
        };
        // The measurement ends with the frame: the store is closed, the rest left to the system.
        if let Some(study) = self.ctx.study.take() {
            study.finish_and_exit_soon();
        }
        std::mem::forget(self);
        status
    }

    /// Draws the current screen, or a message when the terminal is too small.
    pub fn render(&mut self, frame: &mut Frame) {
        let area = frame.area();
        self.too_small = area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
        if self.too_small {
            render_too_small(frame, area, &self.ctx.theme, self.ctx.ui_lang);
            return;
        }
        let [tabs, body, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(area);
        let theme = &self.ctx.theme;
        let lang = self.ctx.ui_lang;
        let titles = Tab::ALL.iter().map(|t| t.title(lang));
        let selected = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
        frame.render_widget(
            Tabs::new(titles)
                .select(selected)
                .style(theme.dim)
                .highlight_style(theme.highlight)
                .divider(" "),
            tabs,
        );
        self.screens
            .get_mut(self.tab)
            .render(frame, body, &self.ctx);
        let theme = &self.ctx.theme;
        let scopes = self.scopes();
        let back = if self.tab == Tab::Home {
            tr!(lang, "hint-quit")
        } else {
            tr!(lang, "hint-back")
        };
        let help = tr!(lang, "hint-help");
        let hint = hint_spans(
            scopes,
            &[
                Hint::Key(Action::ToggleHelp, &help),
                Hint::Key(Action::Back, &back),
            ],
            theme,
            theme.dim,
        );
        frame.render_widget(Paragraph::new(Line::from(hint)), status);
        if self.help {
            // Help may cover the status line too: one more row keeps it in one column longer.
            let over = ratatui::layout::Rect {
                height: body.height + status.height,
                ..body
            };
            crate::tui::screens::help::render(frame, over, scopes, theme, lang);
        }
        if let Some(p) = &self.palette {
            p.render(frame, body, theme, lang);
        }
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme, lang: Lang) {
    // The keys that work here (`App::on_key`): the first that quits.
    let key = crate::tui::keys::key_for(Action::Back, &[Scope::Letters]).unwrap_or_default();
    let text = [
        Line::styled(tr!(lang, "too-small-title"), theme.bad),
        Line::raw(tr!(
            lang,
            "too-small-size",
            width = area.width,
            height = area.height,
            min_width = MIN_WIDTH,
            min_height = MIN_HEIGHT
        )),
        Line::raw(tr!(lang, "too-small-do", key = key)),
    ];
    let text: Vec<Line> = text
        .iter()
        .flat_map(|l| crate::tui::widgets::wrap_line(l, area.width.into()))
        .collect();
    frame.render_widget(Paragraph::new(text), area);
}

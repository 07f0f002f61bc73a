//! Drawing the app: the tab bar, the screen on show, the status line and the overlays.

use super::*;
use crate::tui::widgets::{Hint, hint_spans};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Tabs, Wrap};

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
            render_too_small(frame, area, &self.ctx.theme);
            return;
        }
        let [tabs, body, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(area);
        let theme = &self.ctx.theme;
        let titles = Tab::ALL.iter().map(|t| t.title());
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
            "quit"
        } else {
            "back"
        };
        let hint = hint_spans(
            scopes,
            &[
                Hint::Key(Action::ToggleHelp, "help"),
                Hint::Key(Action::Back, back),
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
            crate::tui::screens::help::render(frame, over, scopes, theme);
        }
        if let Some(p) = &self.palette {
            p.render(frame, body, theme);
        }
    }
}

fn render_too_small(frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = vec![
        Line::styled("Terminal too small", theme.bad),
        Line::raw(format!(
            "This window is {}x{}; awsdrill needs at least {MIN_WIDTH}x{MIN_HEIGHT}.",
            area.width, area.height
        )),
        Line::raw("Enlarge the window, or press q to quit."),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

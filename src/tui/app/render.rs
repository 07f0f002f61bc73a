//! Drawing the app: the tab bar, the current screen, the status line and the overlays.

use super::*;

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
        if let Some(study) = self.study.take() {
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
            render_too_small(frame, area, &self.theme);
            return;
        }
        let [tabs, body, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(0),
            Constraint::Length(1),
        ])
        .areas(area);
        let titles = Tab::ALL.iter().map(|t| t.title());
        let selected = Tab::ALL.iter().position(|t| *t == self.tab).unwrap_or(0);
        frame.render_widget(
            Tabs::new(titles)
                .select(selected)
                .style(self.theme.dim)
                .highlight_style(self.theme.highlight)
                .divider(" "),
            tabs,
        );
        match self.tab {
            Tab::Home => self.home.render(frame, body, &self.state, &self.theme),
            Tab::Drill => {
                let study = self.study.as_ref();
                let now = self.shown_at.max(0);
                let view = DrillView {
                    card: study.and_then(Study::current),
                    previews: study.and_then(|s| s.preview(now).ok().flatten()),
                    counts: self.state.due,
                    session: study.map(|s| s.stats).unwrap_or_default(),
                    next_due_in: study.and_then(|s| s.next_due_after(now)).map(|d| d - now),
                    readiness: self.state.readiness.as_ref(),
                    message: self.message.as_deref(),
                    instance: self.instance.as_ref(),
                    leech: study.is_some_and(|s| s.current_state().leech),
                };
                self.drill.render(frame, body, &view, &self.theme);
            }
            Tab::Exam => {
                let view = ExamView {
                    run: self.exam.as_ref(),
                    done: self.exam_done.as_ref().map(|(r, res)| (r, res)),
                    history: &self.history,
                    resumable: self.resumable.as_deref(),
                    message: self.message.as_deref(),
                };
                self.exam_screen.render(frame, body, &view, &self.theme);
            }
            Tab::Calc => self.calc.render(frame, body, &self.theme),
            Tab::Settings => {
                if let Some(study) = &self.study {
                    let path = self
                        .config_path
                        .as_ref()
                        .map_or("(not saved)".to_string(), |p| p.display().to_string());
                    self.settings.render(
                        frame,
                        body,
                        study.config(),
                        &path,
                        self.message.as_deref(),
                        &self.theme,
                    )
                }
            }
            Tab::Stats => match &self.stats {
                Some(r) => crate::tui::screens::stats::render(frame, body, r, &self.theme),
                None => frame.render_widget(
                    Paragraph::new(
                        self.message
                            .clone()
                            .unwrap_or_else(|| "No stats yet.".into()),
                    ),
                    body,
                ),
            },
            Tab::Browse => {
                let detail = self.browse_detail();
                let lib = self.study.as_ref().map_or(Library::empty(), Study::library);
                self.browse.render(
                    frame,
                    body,
                    detail.as_ref(),
                    self.message.as_deref(),
                    &self.theme,
                    &lib,
                );
            }
        }
        let hint = Line::from(vec![
            Span::styled("?", self.theme.key),
            Span::styled(" help  ", self.theme.dim),
            Span::styled(
                if matches!(self.tab, Tab::Calc | Tab::Browse) {
                    "Esc"
                } else {
                    "q"
                },
                self.theme.key,
            ),
            Span::styled(
                if self.tab == Tab::Home {
                    " quit"
                } else {
                    " back"
                },
                self.theme.dim,
            ),
        ]);
        frame.render_widget(Paragraph::new(hint), status);
        if self.help {
            help::render(frame, body, self.scopes(), &self.theme);
        }
        if let Some(p) = &self.palette {
            p.render(frame, body, &self.theme);
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

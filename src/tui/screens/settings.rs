//! Settings: every setting with its value and meaning; Enter edits one, Enter again saves it to
//! config.toml (keeping the file's comments and layout), Esc cancels.

use crate::core::config::{Config, Setting, shown_value};
use crate::i18n::tr;
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, clean, hints, pad, wrap_line};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

/// The scopes while a value is typed (letters go into the value) and while choosing.
const EDITING: &[Scope] = &[Scope::Global, Scope::Settings, Scope::SettingsEdit];
const CHOOSING: &[Scope] = &[Scope::Global, Scope::Letters, Scope::Tabs, Scope::Settings];

/// The Settings screen's view state.
#[derive(Debug, Default)]
pub struct SettingsScreen {
    /// The selected row.
    pub selected: usize,
    /// The value being typed, while editing.
    pub editing: Option<String>,
}

impl SettingsScreen {
    /// The selected setting.
    pub fn setting(&self) -> Setting {
        Setting::ALL[self.selected.min(Setting::ALL.len() - 1)]
    }

    /// Starts editing the selected setting with its current value.
    pub fn start(&mut self, config: &Config) {
        self.editing = Some(shown_value(config, self.setting()));
    }

    /// Moves the selection (not while editing).
    pub fn move_by(&mut self, delta: isize) {
        if self.editing.is_none() {
            self.selected =
                (self.selected as isize + delta).clamp(0, Setting::ALL.len() as isize - 1) as usize;
        }
    }

    /// Typing while editing; true when the key was used.
    pub fn type_key(&mut self, key: &KeyEvent) -> bool {
        let Some(buf) = &mut self.editing else {
            return false;
        };
        if key.kind != KeyEventKind::Press || key.modifiers.contains(KeyModifiers::CONTROL) {
            return false;
        }
        match key.code {
            KeyCode::Char(c) if buf.chars().count() < 40 => buf.push(c),
            KeyCode::Backspace => {
                buf.pop();
            }
            _ => return false,
        }
        true
    }

    /// Draws the screen: `config` saved in `path`, with the message, theme and language of `ctx`.
    pub fn draw(&self, frame: &mut Frame, area: Rect, config: &Config, path: &str, ctx: &Ctx) {
        let (message, theme, lang) = (ctx.message.as_deref(), &ctx.theme, ctx.ui_lang);
        let mut lines = vec![
            Line::styled(tr!(lang, "settings-title", path = path), theme.title),
            Line::raw(""),
        ];
        for (i, setting) in Setting::ALL.iter().enumerate() {
            let (key, what) = (setting.key(), tr!(lang, describe(*setting)));
            let value = match (&self.editing, i == self.selected) {
                (Some(buf), true) => format!("{buf}_"),
                _ => shown_value(config, *setting),
            };
            let style = if i == self.selected {
                theme.highlight
            } else {
                theme.text
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{} {}", pad(key, 20), pad(&value, 14)), style),
                Span::styled(format!(" {what}"), theme.dim),
            ]));
        }
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            if self.editing.is_some() {
                hints(
                    EDITING,
                    &[
                        Hint::Key(Action::Confirm, &tr!(lang, "settings-hint-save")),
                        Hint::Key(Action::Back, &tr!(lang, "settings-hint-cancel")),
                    ],
                )
            } else {
                hints(
                    CHOOSING,
                    &[
                        Hint::Pair(
                            Action::Up,
                            "/",
                            Action::Down,
                            &tr!(lang, "settings-hint-choose"),
                        ),
                        Hint::Key(
                            Action::Confirm,
                            &if self.setting().is_switch() {
                                tr!(lang, "settings-hint-switch")
                            } else {
                                tr!(lang, "settings-hint-edit")
                            },
                        ),
                        Hint::Key(Action::Back, &tr!(lang, "hint-back")),
                        Hint::Text(&tr!(lang, "settings-hint-apply")),
                    ],
                )
            },
            theme.dim,
        ));
        // Wrapped here, message too, so that Korean text never crosses the border.
        if let Some(m) = message {
            lines.push(Line::raw(""));
            lines.push(Line::styled(clean(m), theme.bad));
        }
        let inner = usize::from(area.width.saturating_sub(2));
        let lines = lines.iter().flat_map(|l| wrap_line(l, inner)).collect();
        frame.render_widget(crate::tui::widgets::panel(lines, None, theme), area);
    }
}

impl SettingsScreen {
    /// Enter: start editing the selected setting, or save the value typed.
    fn confirm(&mut self, ctx: &mut Ctx, now: i64) {
        let Some(study) = &mut ctx.study else { return };
        let setting = self.setting();
        let typed = match self.editing.clone() {
            Some(typed) => typed,
            // A switch changes at once: Enter turns it on or off.
            None if setting.is_switch() => {
                let now_on = shown_value(study.config(), setting) == "on";
                if now_on { "off" } else { "on" }.to_string()
            }
            None => {
                self.start(study.config());
                ctx.message = None;
                return;
            }
        };
        let lang = ctx.ui_lang;
        let Some(path) = &ctx.config_path else {
            ctx.message = Some(tr!(lang, "settings-no-file"));
            return;
        };
        let key = setting.key();
        match crate::config_file::write_setting(lang, path, setting, &typed) {
            Ok(cfg) => {
                ctx.theme = Theme::new(cfg.theme, Theme::no_color_requested());
                if setting == crate::core::config::Setting::Language {
                    ctx.lang = cfg.language.resolve(|k| std::env::var(k).ok());
                    ctx.ui_lang = ctx.lang;
                }
                let lang = ctx.ui_lang;
                match study.apply_config(cfg) {
                    Ok(()) => {
                        self.editing = None;
                        ctx.message = Some(tr!(lang, "settings-saved", key = key));
                        ctx.refresh(now, false);
                    }
                    Err(e) => ctx.show_error(
                        &tr!(lang, "settings-not-applied"),
                        crate::context::error_words(lang, e.as_ref()),
                    ),
                }
            }
            Err(e) => {
                // A value refused by the settings' rules is worded here; a file that cannot be
                // read or written comes worded in the app's language.
                let error = match e.downcast_ref::<crate::config_file::Refused>() {
                    Some(r) => crate::content_text::set_error_in(lang, &r.0),
                    None => crate::context::error_words(lang, e.as_ref()),
                };
                ctx.message = Some(tr!(lang, "settings-not-saved", error = error));
            }
        }
    }
}

impl Screen for SettingsScreen {
    fn scopes(&self, _ctx: &Ctx) -> &'static [Scope] {
        if self.editing.is_some() {
            EDITING
        } else {
            CHOOSING
        }
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[EDITING, CHOOSING]
    }

    fn type_key(&mut self, key: &crossterm::event::KeyEvent, _ctx: &mut Ctx) -> bool {
        SettingsScreen::type_key(self, key)
    }

    fn update(&mut self, action: Action, ctx: &mut Ctx, now: i64) {
        match action {
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp | Action::Top => self.move_by(-1_000_000),
            Action::PageDown | Action::Bottom => self.move_by(1_000_000),
            Action::Confirm => self.confirm(ctx, now),
            _ => {}
        }
    }

    fn back(&mut self, ctx: &mut Ctx) -> bool {
        if self.editing.take().is_some() {
            ctx.message = None;
            return true;
        }
        false
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        if let Some(study) = &ctx.study {
            let path = ctx.config_path.as_ref().map_or_else(
                || tr!(ctx.ui_lang, "settings-path-none"),
                |p| p.display().to_string(),
            );
            self.draw(frame, area, study.config(), &path, ctx);
        }
    }
}

/// The catalog key of what a setting is, as the screen explains it.
fn describe(setting: Setting) -> &'static str {
    match setting {
        Setting::DesiredRetention => "setting-desired_retention",
        Setting::NewCardsPerDay => "setting-new_cards_per_day",
        Setting::MaxReviewsPerDay => "setting-max_reviews_per_day",
        Setting::LearningSteps => "setting-learning_steps",
        Setting::RelearningSteps => "setting-relearning_steps",
        Setting::RolloverHour => "setting-rollover_hour",
        Setting::LeechThreshold => "setting-leech_threshold",
        Setting::ExamDate => "setting-exam_date",
        Setting::Theme => "setting-theme",
        Setting::Language => "setting-language",
        Setting::TypeClozeAnswers => "setting-type_cloze_answers",
    }
}

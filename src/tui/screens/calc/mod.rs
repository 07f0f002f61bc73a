//! Calculators: one form per calculator of the registry (`core::calc::calculators`), a tab each.
//! The result and the working update as the user types; a bad field shows its error beside it.
//!
//! View state only (the typed text, the focused field, the scroll). All the computing is in
//! `core::calc`, the words in `calc_text`; this screen never touches the store. `inputs`/`restore`
//! let the app remember the last inputs between runs.

use crate::calc_text;
use crate::core::calc::{self, CalcError, Calculator, Inputs, Report};
use crate::study::Study;
use crate::tui::action::Action;
use crate::tui::keys::{self, Scope};
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, hint_spans};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The app-state key of the calculators' last inputs.
const CALC_INPUTS_KEY: &str = "calc_inputs";

/// The calculators' scopes: the form takes every printable key.
const SCOPES: &[Scope] = &[Scope::Global, Scope::Calc];

/// The longest text a field takes (in characters).
const MAX_FIELD: usize = 200;
/// Columns of the label and of the input box.
const LABEL_WIDTH: usize = 13;
const INPUT_WIDTH: usize = 24;

/// One calculator's form: the text of each field (in the order of its fields) and the focus.
#[derive(Debug, Clone, PartialEq, Eq)]
struct FormState {
    /// The calculator's id in the registry.
    id: &'static str,
    values: Vec<String>,
    focus: usize,
}

impl FormState {
    /// The calculator's form with its examples filled in, focused on the first example (or the
    /// first field).
    fn new(c: &dyn Calculator) -> FormState {
        let fields = c.fields();
        FormState {
            id: c.id(),
            values: fields.iter().map(|f| f.example.to_string()).collect(),
            focus: fields
                .iter()
                .position(|f| !f.example.is_empty())
                .unwrap_or(0),
        }
    }

    fn calculator(&self) -> &'static dyn Calculator {
        calc::find(self.id).unwrap_or(calc::calculators()[0])
    }

    fn inputs(&self) -> Inputs {
        self.calculator()
            .fields()
            .iter()
            .zip(&self.values)
            .map(|(f, v)| (f.key.to_string(), v.clone()))
            .collect()
    }
}

/// The Calculators screen's view state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalcScreen {
    /// One form per calculator, in the registry's order.
    forms: Vec<FormState>,
    /// The form shown.
    current: usize,
    scroll: u16,
}

impl Default for CalcScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl CalcScreen {
    /// The screen with every calculator's example filled in, on the first calculator (DynamoDB:
    /// 6.5KB, 80 eventually consistent reads/s).
    pub fn new() -> CalcScreen {
        CalcScreen {
            forms: calc::calculators()
                .iter()
                .map(|c| FormState::new(*c))
                .collect(),
            current: 0,
            scroll: 0,
        }
    }

    /// The id of the calculator shown.
    pub fn calculator(&self) -> &'static str {
        self.forms[self.current].id
    }

    /// The text of `key` in the form of calculator `id`.
    pub fn value(&self, id: &str, key: &str) -> Option<&str> {
        let form = self.forms.iter().find(|f| f.id == id)?;
        let i = form
            .calculator()
            .fields()
            .iter()
            .position(|f| f.key == key)?;
        Some(&form.values[i])
    }

    /// Sets the text of `key` in the form of calculator `id` (unknown ones are ignored).
    pub fn set(&mut self, id: &str, key: &str, text: &str) {
        let Some(form) = self.forms.iter_mut().find(|f| f.id == id) else {
            return;
        };
        if let Some(i) = form.calculator().fields().iter().position(|f| f.key == key) {
            form.values[i] = clean(text);
        }
    }

    fn form(&mut self) -> &mut FormState {
        &mut self.forms[self.current]
    }

    /// Handles a key press; returns whether the screen used it. Typing goes into the focused
    /// field; the form's other keys come from the key table (`Scope::Calc`). Keys it leaves to the
    /// app: Esc, F1, `?`, Ctrl-C, Ctrl-P and every key release.
    pub fn handle_key(&mut self, key: &KeyEvent) -> bool {
        if self.type_char(key) {
            return true;
        }
        match keys::lookup(key, &[Scope::Calc]) {
            Some(
                a @ (Action::NextField
                | Action::PrevField
                | Action::SwitchCalculator
                | Action::PrevCalculator
                | Action::ClearField
                | Action::PageUp
                | Action::PageDown),
            ) => {
                self.apply(a);
                true
            }
            _ => false,
        }
    }

    /// A printable key (but `?`, which opens help) or Backspace in the focused field.
    fn type_char(&mut self, key: &KeyEvent) -> bool {
        if key.kind != KeyEventKind::Press {
            return false;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let form = self.form();
        let field = &mut form.values[form.focus];
        match key.code {
            KeyCode::Backspace => {
                field.pop();
            }
            KeyCode::Char('?') => return false,
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => {
                if field.chars().count() < MAX_FIELD {
                    field.push(c);
                }
            }
            _ => return false,
        }
        self.scroll = 0;
        true
    }

    /// The form's actions. Switching cycles through the registry's calculators, both ways.
    fn apply(&mut self, action: Action) {
        match action {
            Action::SwitchCalculator => {
                self.current = (self.current + 1) % self.forms.len();
                self.scroll = 0;
            }
            Action::PrevCalculator => {
                self.current = (self.current + self.forms.len() - 1) % self.forms.len();
                self.scroll = 0;
            }
            Action::NextField => {
                let form = self.form();
                form.focus = (form.focus + 1) % form.values.len();
            }
            Action::PrevField => {
                let form = self.form();
                form.focus = (form.focus + form.values.len() - 1) % form.values.len();
            }
            Action::PageDown => self.scroll = self.scroll.saturating_add(5),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(5),
            Action::ClearField => {
                let form = self.form();
                form.values[form.focus].clear();
                self.scroll = 0;
            }
            _ => {}
        }
    }

    /// The inputs saved in the store at the last quit or leave, if any.
    pub fn restore_from(&mut self, study: &Study) {
        if let Ok(Some(saved)) = study.store().get_state(CALC_INPUTS_KEY) {
            self.restore(&saved);
        }
    }

    /// The typed inputs, to be saved by the app and given back to `restore`:
    /// `{"calculator": ID, "inputs": {ID: {FIELD: TEXT}}}`.
    pub fn inputs(&self) -> String {
        let inputs: BTreeMap<&str, Inputs> =
            self.forms.iter().map(|f| (f.id, f.inputs())).collect();
        let saved = serde_json::json!({
            "calculator": self.calculator(),
            "inputs": inputs,
        });
        saved.to_string()
    }

    /// Restores inputs saved by `inputs`, or in the older format that had one object per
    /// calculator at the top (`{"calculator": ID, ID: {FIELD: TEXT}}`); anything unreadable is
    /// ignored.
    pub fn restore(&mut self, saved: &str) {
        let Ok(Value::Object(top)) = serde_json::from_str::<Value>(saved) else {
            return;
        };
        let by_id: &Map<String, Value> = match top.get("inputs") {
            Some(Value::Object(inputs)) => inputs,
            _ => &top,
        };
        let shown = top.get("calculator").and_then(Value::as_str);
        self.current = shown
            .and_then(|id| self.forms.iter().position(|f| f.id == id))
            .unwrap_or(0);
        for form in &mut self.forms {
            let Some(Value::Object(values)) = by_id.get(form.id) else {
                continue;
            };
            for (field, value) in form.calculator().fields().iter().zip(&mut form.values) {
                if let Some(v) = values.get(field.key).and_then(Value::as_str) {
                    *value = clean(v);
                }
            }
        }
        self.scroll = 0;
    }

    /// Draws the screen in `area` (made for 80x22 and more; it degrades without panicking).
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let form = &self.forms[self.current];
        let calculator = form.calculator();
        let fields = calculator.fields();
        let [tabs, field_rows, results, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(fields.len() as u16),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let titles: Vec<&str> = self
            .forms
            .iter()
            .map(|f| calc_text::title(f.calculator().id()))
            .collect();
        frame.render_widget(
            Paragraph::new(tab_line(
                &titles,
                self.current,
                usize::from(tabs.width),
                theme,
            )),
            tabs,
        );
        let (errors, body) = match calculator.evaluate(&form.inputs()) {
            Ok(report) => (BTreeMap::new(), report_lines(&report, calculator, theme)),
            Err(errors) => error_result(&errors, |f| calculator.field_for(f), theme),
        };
        let rows: Vec<Line> = fields
            .iter()
            .zip(&form.values)
            .enumerate()
            .map(|(i, (field, value))| {
                let text = calc_text::field_text(calculator.id(), field.key);
                field_line(
                    text.label,
                    text.hint,
                    value,
                    i == form.focus,
                    errors.get(field.key),
                    theme,
                )
            })
            .collect();
        frame.render_widget(Paragraph::new(rows), field_rows);
        crate::tui::widgets::scrolled_box(
            frame,
            results,
            body,
            "Result and working",
            &mut self.scroll,
            theme,
        );
        frame.render_widget(
            Paragraph::new(Line::from(hint_spans(
                SCOPES,
                &[
                    Hint::Key(Action::NextField, "next field"),
                    Hint::Pair(
                        Action::PrevCalculator,
                        "/",
                        Action::SwitchCalculator,
                        "calculator",
                    ),
                    Hint::Pair(Action::PageUp, "/", Action::PageDown, "scroll"),
                    Hint::Key(Action::ClearField, "clear field"),
                ],
                theme,
                theme.dim,
            ))),
            hint,
        );
    }
}

/// The calculators' tabs in `width` columns: ` Title ` each, a space between them while they
/// fit, none when that is what makes them fit, and otherwise the tabs from one that keeps the
/// current tab in view, with `<` and `>` where tabs are left out.
fn tab_line(titles: &[&str], current: usize, width: usize, theme: &Theme) -> Line<'static> {
    let tab = |t: &str| format!(" {t} ");
    let widths: Vec<usize> = titles.iter().map(|t| tab(t).width()).collect();
    let all: usize = widths.iter().sum();
    let gap = usize::from(all + titles.len().saturating_sub(1) <= width);
    let fits = |from: usize, to: usize| {
        let inner: usize = widths[from..=to].iter().sum::<usize>() + gap * (to - from);
        inner + if from > 0 { 2 } else { 0 } + if to + 1 < titles.len() { 2 } else { 0 }
    };
    let mut first = 0;
    while first < current && fits(first, current) > width {
        first += 1;
    }
    let mut last = current;
    while last + 1 < titles.len() && fits(first, last + 1) <= width {
        last += 1;
    }
    let mut spans = Vec::new();
    if first > 0 {
        spans.push(Span::styled("< ", theme.dim));
    }
    for (i, title) in titles.iter().enumerate().take(last + 1).skip(first) {
        if i > first && gap == 1 {
            spans.push(Span::raw(" "));
        }
        let style = if i == current {
            theme.highlight
        } else {
            theme.dim
        };
        spans.push(Span::styled(tab(title), style));
    }
    if last + 1 < titles.len() {
        spans.push(Span::styled(" >", theme.dim));
    }
    Line::from(spans)
}

/// A field's text without control characters, at most `MAX_FIELD` characters.
fn clean(v: &str) -> String {
    v.chars()
        .filter(|c| !c.is_control())
        .take(MAX_FIELD)
        .collect()
}

/// A report in lines: the results, the working (numbered when the calculator numbers it), the
/// notes, or what to type.
fn report_lines(report: &Report, c: &dyn Calculator, theme: &Theme) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = report
        .summary
        .iter()
        .map(|s| {
            let style = if s.is_warning() {
                theme.bad
            } else {
                theme.good
            };
            Line::styled(calc_text::said(s), style)
        })
        .collect();
    for (i, s) in report.steps.iter().enumerate() {
        let text = calc_text::said(s);
        lines.push(if c.numbered() {
            Line::styled(format!("{:>2}. {text}", i + 1), theme.text)
        } else if s.is_heading() {
            Line::styled(text, theme.title)
        } else {
            Line::styled(text, theme.text)
        });
    }
    lines.extend(
        report
            .notes
            .iter()
            .map(|n| Line::styled(format!("note: {}", calc_text::said(n)), theme.dim)),
    );
    if let Some(p) = &report.prompt {
        lines.push(Line::styled(calc_text::said(p), theme.dim));
    }
    lines
}

/// The Calculators screen in the router: one form per calculator of the registry.
impl Screen for CalcScreen {
    fn scopes(&self, _ctx: &Ctx) -> &'static [Scope] {
        SCOPES
    }

    fn all_scopes(&self) -> &'static [&'static [Scope]] {
        &[SCOPES]
    }

    fn type_key(&mut self, key: &KeyEvent, _ctx: &mut Ctx) -> bool {
        self.type_char(key)
    }

    fn update(&mut self, action: Action, _ctx: &mut Ctx, _now: i64) {
        self.apply(action);
    }

    /// Remembers the inputs for the next start.
    fn leave(&mut self, ctx: &mut Ctx, _now: i64) {
        let Some(study) = &ctx.study else { return };
        if let Err(e) = study.store().set_state(CALC_INPUTS_KEY, &self.inputs()) {
            ctx.show_error("could not save the calculator inputs", e);
        }
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.draw(frame, area, &ctx.theme);
    }
}

/// Errors by field key (for beside the fields) and in full (for the result box).
fn error_result(
    errors: &[CalcError],
    key_of: impl Fn(&str) -> &'static str,
    theme: &Theme,
) -> (BTreeMap<&'static str, String>, Vec<Line<'static>>) {
    let mut by_field = BTreeMap::new();
    let mut lines = vec![Line::styled("Fix the fields marked in red:", theme.bad)];
    for e in errors {
        by_field
            .entry(key_of(e.field))
            .or_insert_with(|| calc_text::form_message(e));
        lines.push(Line::styled(calc_text::form_error_line(e), theme.text));
    }
    (by_field, lines)
}

/// `text` padded with spaces to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    let room = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(room))
}

/// The end of `text` that fits in `width` display columns (what the input box shows).
fn tail(text: &str, width: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices().rev() {
        used += c.width().unwrap_or(0);
        if used > width {
            return &text[i + c.len_utf8()..];
        }
    }
    text
}

/// `Label        [value_          ] error or hint`.
fn field_line(
    label: &'static str,
    hint: &'static str,
    value: &str,
    focused: bool,
    error: Option<&String>,
    theme: &Theme,
) -> Line<'static> {
    let label_style = if focused { theme.title } else { theme.text };
    let cursor = if focused { "_" } else { " " };
    let input = pad(
        &format!("{}{cursor}", tail(value, INPUT_WIDTH - 1)),
        INPUT_WIDTH,
    );
    let input_style = if focused { theme.highlight } else { theme.text };
    let mut spans = vec![
        Span::styled(pad(label, LABEL_WIDTH), label_style),
        Span::styled(input, input_style),
        Span::raw(" "),
    ];
    match error {
        Some(e) => spans.push(Span::styled(e.clone(), theme.bad)),
        None if focused && value.is_empty() => spans.push(Span::styled(hint, theme.dim)),
        None => {}
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests;

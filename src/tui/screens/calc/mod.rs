//! Calculators: one form for DynamoDB capacity and one for the EC2 instance-type decoder. The result
//! and the working update as the user types; a bad field shows its error beside it.
//!
//! View state only (the typed text, the focused field, the scroll). All the computing is in
//! `core::calc`; this screen never touches the store. `inputs`/`restore` let the app remember the
//! last inputs between runs.

use crate::core::calc::CalcError;
use crate::core::calc::dynamodb::{self, Form};
use crate::core::calc::ec2;
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
use ratatui::widgets::{Block, Paragraph, Wrap};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The app-state key of the calculators' last inputs.
const CALC_INPUTS_KEY: &str = "calc_inputs";

/// The calculators' scopes: the form takes every printable key.
const SCOPES: &[Scope] = &[Scope::Global, Scope::Calc];

/// The longest text a field takes.
const MAX_FIELD: usize = 200;
const LABEL_WIDTH: usize = 13;
const INPUT_WIDTH: usize = 24;

/// Which calculator is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Calculator {
    /// DynamoDB capacity units.
    #[default]
    Dynamodb,
    /// EC2 instance type names.
    Ec2,
}

struct FieldSpec {
    key: &'static str,
    label: &'static str,
    hint: &'static str,
}

const DYNAMO_FIELDS: [FieldSpec; 10] = [
    FieldSpec {
        key: "operation",
        label: "Operation",
        hint: "get-item, query, batch-get-item...",
    },
    FieldSpec {
        key: "items",
        label: "Item size(s)",
        hint: "6.5KB, or 1.5KB,6.5KB, or 1500x64B",
    },
    FieldSpec {
        key: "reads",
        label: "Reads/s",
        hint: "read requests per second",
    },
    FieldSpec {
        key: "writes",
        label: "Writes/s",
        hint: "write requests per second",
    },
    FieldSpec {
        key: "consistency",
        label: "Consistency",
        hint: "eventual, strong, transactional",
    },
    FieldSpec {
        key: "gsi",
        label: "GSI sizes",
        hint: "projected size per GSI: 1KB,200B",
    },
    FieldSpec {
        key: "regions",
        label: "Regions",
        hint: "global table replicas (1)",
    },
    FieldSpec {
        key: "mode",
        label: "Mode",
        hint: "provisioned or on-demand",
    },
    FieldSpec {
        key: "rcu",
        label: "RCU (rev.)",
        hint: "reverse: provisioned RCU",
    },
    FieldSpec {
        key: "wcu",
        label: "WCU (rev.)",
        hint: "reverse: provisioned WCU",
    },
];

const EC2_FIELDS: [FieldSpec; 2] = [
    FieldSpec {
        key: "name",
        label: "Decode",
        hint: "an instance type: c7i-flex.large",
    },
    FieldSpec {
        key: "build",
        label: "Build",
        hint: "memory, graviton, nvme, 2xlarge",
    },
];

/// The Calculators screen's view state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalcScreen {
    calculator: Calculator,
    dynamo: Vec<String>,
    ec2: Vec<String>,
    dynamo_focus: usize,
    ec2_focus: usize,
    scroll: u16,
}

impl Default for CalcScreen {
    fn default() -> Self {
        Self::new()
    }
}

/// What `inputs` saves.
#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(default)]
struct Saved {
    calculator: Calculator,
    dynamodb: BTreeMap<String, String>,
    ec2: BTreeMap<String, String>,
}

impl CalcScreen {
    /// The screen with the example filled in (6.5KB, 80 eventually consistent reads/s).
    pub fn new() -> CalcScreen {
        let mut dynamo = vec![String::new(); DYNAMO_FIELDS.len()];
        dynamo[1] = "6.5KB".into();
        dynamo[2] = "80".into();
        dynamo[4] = "eventual".into();
        CalcScreen {
            calculator: Calculator::Dynamodb,
            dynamo,
            ec2: vec!["c7i-flex.large".into(), String::new()],
            dynamo_focus: 1,
            ec2_focus: 0,
            scroll: 0,
        }
    }

    /// The calculator shown.
    pub fn calculator(&self) -> Calculator {
        self.calculator
    }

    fn fields(&mut self) -> (&mut Vec<String>, &mut usize) {
        match self.calculator {
            Calculator::Dynamodb => (&mut self.dynamo, &mut self.dynamo_focus),
            Calculator::Ec2 => (&mut self.ec2, &mut self.ec2_focus),
        }
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
        match key.code {
            KeyCode::Backspace => {
                let (f, focus) = self.fields();
                f[*focus].pop();
            }
            KeyCode::Char('?') => return false,
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => {
                let (f, focus) = self.fields();
                if f[*focus].chars().count() < MAX_FIELD {
                    f[*focus].push(c);
                }
            }
            _ => return false,
        }
        self.scroll = 0;
        true
    }

    /// The form's actions.
    fn apply(&mut self, action: Action) {
        match action {
            Action::SwitchCalculator => {
                self.calculator = match self.calculator {
                    Calculator::Dynamodb => Calculator::Ec2,
                    Calculator::Ec2 => Calculator::Dynamodb,
                };
                self.scroll = 0;
            }
            Action::NextField => {
                let (f, focus) = self.fields();
                *focus = (*focus + 1) % f.len();
            }
            Action::PrevField => {
                let (f, focus) = self.fields();
                *focus = (*focus + f.len() - 1) % f.len();
            }
            Action::PageDown => self.scroll = self.scroll.saturating_add(5),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(5),
            Action::ClearField => {
                let (f, focus) = self.fields();
                f[*focus].clear();
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

    /// The typed inputs, to be saved by the app and given back to `restore`.
    pub fn inputs(&self) -> String {
        let pairs = |specs: &[FieldSpec], values: &[String]| {
            specs
                .iter()
                .zip(values)
                .map(|(s, v)| (s.key.to_string(), v.clone()))
                .collect()
        };
        let saved = Saved {
            calculator: self.calculator,
            dynamodb: pairs(&DYNAMO_FIELDS, &self.dynamo),
            ec2: pairs(&EC2_FIELDS, &self.ec2),
        };
        serde_json::to_string(&saved).unwrap_or_default()
    }

    /// Restores inputs saved by `inputs`; anything unreadable is ignored.
    pub fn restore(&mut self, saved: &str) {
        let Ok(s) = serde_json::from_str::<Saved>(saved) else {
            return;
        };
        self.calculator = s.calculator;
        let clean = |v: &String| -> String {
            v.chars()
                .filter(|c| !c.is_control())
                .take(MAX_FIELD)
                .collect()
        };
        for (spec, value) in DYNAMO_FIELDS.iter().zip(self.dynamo.iter_mut()) {
            if let Some(v) = s.dynamodb.get(spec.key) {
                *value = clean(v);
            }
        }
        for (spec, value) in EC2_FIELDS.iter().zip(self.ec2.iter_mut()) {
            if let Some(v) = s.ec2.get(spec.key) {
                *value = clean(v);
            }
        }
        self.scroll = 0;
    }

    fn dynamo_form(&self) -> Form {
        let v = |i: usize| self.dynamo[i].clone();
        let items = v(1);
        let list = items.contains(',')
            || items
                .trim_start()
                .trim_start_matches(|c: char| c.is_ascii_digit() || c == '_')
                .trim_start()
                .starts_with(['x', 'X', '*', '×']);
        Form {
            operation: v(0),
            item_size: if list { String::new() } else { items.clone() },
            items: if list { items } else { String::new() },
            reads: v(2),
            writes: v(3),
            consistency: v(4),
            gsi: v(5),
            regions: v(6),
            mode: v(7),
            rcu: v(8),
            wcu: v(9),
            ..Form::default()
        }
    }

    /// Draws the screen in `area` (made for 80x22 and more; it degrades without panicking).
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let specs: &[FieldSpec] = match self.calculator {
            Calculator::Dynamodb => &DYNAMO_FIELDS,
            Calculator::Ec2 => &EC2_FIELDS,
        };
        let [tabs, fields, results, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(specs.len() as u16),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let tab = |c: Calculator, title: &'static str| {
            let style = if self.calculator == c {
                theme.highlight
            } else {
                theme.dim
            };
            Span::styled(title, style)
        };
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                tab(Calculator::Dynamodb, " DynamoDB capacity "),
                Span::raw(" "),
                tab(Calculator::Ec2, " EC2 instance types "),
            ])),
            tabs,
        );
        let (errors, body) = match self.calculator {
            Calculator::Dynamodb => self.dynamo_result(theme),
            Calculator::Ec2 => self.ec2_result(theme),
        };
        let (values, focus) = match self.calculator {
            Calculator::Dynamodb => (&self.dynamo, self.dynamo_focus),
            Calculator::Ec2 => (&self.ec2, self.ec2_focus),
        };
        let rows: Vec<Line> = specs
            .iter()
            .zip(values)
            .enumerate()
            .map(|(i, (spec, value))| {
                field_line(spec, value, i == focus, errors.get(spec.key), theme)
            })
            .collect();
        frame.render_widget(Paragraph::new(rows), fields);
        let inner_height = results.height.saturating_sub(2);
        let inner_width = usize::from(results.width.saturating_sub(2)).max(1);
        let wrapped: usize = body
            .iter()
            .map(|l| l.width().div_ceil(inner_width).max(1))
            .sum();
        let max_scroll = u16::try_from(wrapped)
            .unwrap_or(u16::MAX)
            .saturating_sub(inner_height);
        self.scroll = self.scroll.min(max_scroll);
        frame.render_widget(
            Paragraph::new(body)
                .wrap(Wrap { trim: false })
                .scroll((self.scroll, 0))
                .block(
                    Block::bordered()
                        .title(Span::styled(" Result and working ", theme.title))
                        .border_style(theme.border),
                ),
            results,
        );
        frame.render_widget(
            Paragraph::new(Line::from(hint_spans(
                SCOPES,
                &[
                    Hint::Key(Action::NextField, "next field"),
                    Hint::Keys(Action::SwitchCalculator, "/", "calculator"),
                    Hint::Pair(Action::PageUp, "/", Action::PageDown, "scroll"),
                    Hint::Key(Action::ClearField, "clear field"),
                ],
                theme,
                theme.dim,
            ))),
            hint,
        );
    }

    fn dynamo_result(&self, theme: &Theme) -> (BTreeMap<&'static str, String>, Vec<Line<'static>>) {
        match dynamodb::evaluate(&self.dynamo_form()) {
            Ok(outcome) => {
                let mut lines: Vec<Line> = outcome
                    .summary()
                    .into_iter()
                    .map(|l| Line::styled(l, theme.good))
                    .collect();
                lines.extend(
                    outcome
                        .working()
                        .iter()
                        .enumerate()
                        .map(|(i, l)| Line::styled(format!("{:>2}. {l}", i + 1), theme.text)),
                );
                lines.extend(
                    outcome
                        .notes()
                        .iter()
                        .map(|n| Line::styled(format!("note: {n}"), theme.dim)),
                );
                (BTreeMap::new(), lines)
            }
            Err(errors) => error_result(
                &errors,
                |field| match field {
                    "item-size" | "items" => "items",
                    other => DYNAMO_FIELDS
                        .iter()
                        .map(|s| s.key)
                        .find(|k| *k == other)
                        .unwrap_or("operation"),
                },
                theme,
            ),
        }
    }

    fn ec2_result(&self, theme: &Theme) -> (BTreeMap<&'static str, String>, Vec<Line<'static>>) {
        let mut errors = Vec::new();
        let mut lines = Vec::new();
        if !self.ec2[0].trim().is_empty() {
            match ec2::decode(&self.ec2[0]) {
                Ok(d) => {
                    for (i, l) in d.lines().into_iter().enumerate() {
                        let style = if i == 0 {
                            if d.known { theme.good } else { theme.bad }
                        } else {
                            theme.text
                        };
                        lines.push(Line::styled(l, style));
                    }
                }
                Err(e) => errors.push(e),
            }
        }
        if !self.ec2[1].trim().is_empty() {
            match ec2::parse_requirement(&self.ec2[1]) {
                Ok(req) => {
                    let b = ec2::build(&req);
                    lines.push(Line::styled("build:", theme.title));
                    lines.extend(
                        b.steps
                            .into_iter()
                            .map(|s| Line::styled(format!("  {s}"), theme.text)),
                    );
                }
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return error_result(
                &errors,
                |f| if f == "build" { "build" } else { "name" },
                theme,
            );
        }
        if lines.is_empty() {
            lines.push(Line::styled(
                "Type an instance type name to decode, or a requirement to build names.",
                theme.dim,
            ));
        }
        (BTreeMap::new(), lines)
    }
}

/// Errors by field key (for beside the fields) and in full (for the result box).
impl Screen for CalcScreen {
    fn scopes(&self) -> &'static [Scope] {
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
            .or_insert_with(|| e.message.clone());
        lines.push(Line::styled(
            format!("{}: {}", e.field, e.message),
            theme.text,
        ));
    }
    (by_field, lines)
}

/// `Label        [value_          ] error or hint`.
fn field_line(
    spec: &FieldSpec,
    value: &str,
    focused: bool,
    error: Option<&String>,
    theme: &Theme,
) -> Line<'static> {
    let label_style = if focused { theme.title } else { theme.text };
    let shown: String = {
        let chars: Vec<char> = value.chars().collect();
        let room = INPUT_WIDTH - 1;
        let start = chars.len().saturating_sub(room);
        chars[start..].iter().collect()
    };
    let cursor = if focused { "_" } else { " " };
    let input = format!("{shown}{cursor}");
    let input = format!("{input:<INPUT_WIDTH$}");
    let input_style = if focused { theme.highlight } else { theme.text };
    let mut spans = vec![
        Span::styled(format!("{:<LABEL_WIDTH$}", spec.label), label_style),
        Span::styled(input, input_style),
        Span::raw(" "),
    ];
    match error {
        Some(e) => spans.push(Span::styled(e.clone(), theme.bad)),
        None if focused && value.is_empty() => spans.push(Span::styled(spec.hint, theme.dim)),
        None => {}
    }
    Line::from(spans)
}

#[cfg(test)]
mod tests;

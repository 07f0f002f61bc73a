//! Calculators: one form for DynamoDB capacity and one for the EC2 instance-type decoder. The result
//! and the working update as the user types; a bad field shows its error beside it.
//!
//! View state only (the typed text, the focused field, the scroll). All the computing is in
//! `core::calc`; this screen never touches the store. `inputs`/`restore` let the app remember the
//! last inputs between runs.

use crate::core::calc::CalcError;
use crate::core::calc::dynamodb::{self, Form};
use crate::core::calc::ec2;
use crate::tui::theme::Theme;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    /// The screen with the issue's example filled in (6.5KB, 80 eventually consistent reads/s).
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

    /// Handles a key press; returns whether the screen used it. Keys it leaves to the app: Esc,
    /// F1, `?`, Ctrl-C and every key release.
    pub fn handle_key(&mut self, key: &KeyEvent) -> bool {
        if key.kind != KeyEventKind::Press {
            return false;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        match key.code {
            KeyCode::Left | KeyCode::Right => {
                self.calculator = match self.calculator {
                    Calculator::Dynamodb => Calculator::Ec2,
                    Calculator::Ec2 => Calculator::Dynamodb,
                };
                self.scroll = 0;
            }
            KeyCode::Tab | KeyCode::Down | KeyCode::Enter => {
                let (f, focus) = self.fields();
                *focus = (*focus + 1) % f.len();
            }
            KeyCode::BackTab | KeyCode::Up => {
                let (f, focus) = self.fields();
                *focus = (*focus + f.len() - 1) % f.len();
            }
            KeyCode::PageDown => self.scroll = self.scroll.saturating_add(5),
            KeyCode::PageUp => self.scroll = self.scroll.saturating_sub(5),
            KeyCode::Backspace => {
                let (f, focus) = self.fields();
                f[*focus].pop();
                self.scroll = 0;
            }
            KeyCode::Delete => {
                let (f, focus) = self.fields();
                f[*focus].clear();
                self.scroll = 0;
            }
            KeyCode::Char('u') if ctrl => {
                let (f, focus) = self.fields();
                f[*focus].clear();
                self.scroll = 0;
            }
            KeyCode::Char('?') => return false,
            KeyCode::Char(c) if !ctrl && !alt && !c.is_control() => {
                let (f, focus) = self.fields();
                if f[*focus].chars().count() < MAX_FIELD {
                    f[*focus].push(c);
                }
                self.scroll = 0;
            }
            _ => return false,
        }
        true
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
    pub fn render(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
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
        let k = |s: &'static str| Span::styled(s, theme.key);
        let d = |s: &'static str| Span::styled(s, theme.dim);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                k("Tab"),
                d(" next field  "),
                k("Left/Right"),
                d(" calculator  "),
                k("PgUp/PgDn"),
                d(" scroll  "),
                k("Ctrl-U"),
                d(" clear field"),
            ])),
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
mod tests {
    use super::*;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(s: &mut CalcScreen, text: &str) {
        for c in text.chars() {
            assert!(s.handle_key(&press(KeyCode::Char(c))));
        }
    }

    fn clear(s: &mut CalcScreen) {
        assert!(s.handle_key(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
    }

    fn screen(s: &mut CalcScreen, w: u16, h: u16) -> Vec<String> {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| s.render(f, f.area(), &Theme::plain())).unwrap();
        let buf = t.backend().buffer().clone();
        (0..h)
            .map(|y| {
                (0..w)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
            })
            .collect()
    }

    fn contains(lines: &[String], text: &str) -> bool {
        lines.iter().any(|l| l.contains(text))
    }

    #[test]
    fn opens_on_the_issue_example_and_fits_80x24() {
        let mut s = CalcScreen::new();
        let lines = screen(&mut s, 80, 24);
        assert!(contains(&lines, " DynamoDB capacity "));
        assert!(contains(&lines, "Item size(s) 6.5KB_"));
        assert!(contains(&lines, "provision 80 RCU"), "{lines:#?}");
        assert!(contains(&lines, "2 / 2 = 1 RCU per read"), "{lines:#?}");
        assert!(contains(&lines, "Tab next field"));
        // Also within the body the app leaves (tab bar and status line take two rows).
        let lines = screen(&mut s, 80, 22);
        assert!(contains(&lines, "provision 80 RCU"));
        assert!(contains(&lines, "Ctrl-U clear field"));
        // A tiny area does not panic.
        screen(&mut s, 20, 5);
    }

    #[test]
    fn the_result_follows_the_typing() {
        let mut s = CalcScreen::new();
        clear(&mut s);
        typed(&mut s, "4KB");
        assert!(s.handle_key(&press(KeyCode::Tab)));
        clear(&mut s);
        typed(&mut s, "3");
        let lines = screen(&mut s, 80, 24);
        assert!(contains(&lines, "RCU/s -> provision 2 RCU"), "{lines:#?}");
        assert!(contains(&lines, "0.5 RCU per read"), "{lines:#?}");
        assert!(contains(&lines, "1.5 -> 2 RCU"), "{lines:#?}");
        assert!(s.handle_key(&press(KeyCode::Backspace)));
        typed(&mut s, "10");
        assert!(contains(&screen(&mut s, 80, 24), "x 10 reads/s = 5 RCU/s"));
    }

    #[test]
    fn errors_show_beside_the_field() {
        let mut s = CalcScreen::new();
        clear(&mut s);
        typed(&mut s, "-1KB");
        let lines = screen(&mut s, 80, 24);
        let row = lines
            .iter()
            .find(|l| l.starts_with("Item size(s)"))
            .unwrap();
        assert!(row.contains("`-1KB` is negative"), "{row}");
        assert!(contains(&lines, "Fix the fields marked in red:"));
        assert!(contains(
            &lines,
            "item-size: `-1KB` is negative; an item is at least 1 byte"
        ));
        // A second bad field gets its own error on its own row.
        assert!(s.handle_key(&press(KeyCode::Tab)));
        typed(&mut s, "x");
        let lines = screen(&mut s, 80, 24);
        let row = lines.iter().find(|l| l.starts_with("Reads/s")).unwrap();
        assert!(row.contains("is not a whole number"), "{row}");
    }

    #[test]
    fn lists_go_to_the_batch_operations() {
        let mut s = CalcScreen::new();
        s.dynamo[0] = "batch-get-item".into();
        s.dynamo[1] = "1.5KB,6.5KB".into();
        s.dynamo[2] = "10".into();
        s.dynamo[4] = "strong".into();
        let lines = screen(&mut s, 80, 40);
        assert!(
            contains(&lines, "3 RCU per request (BatchGetItem"),
            "{lines:#?}"
        );
        s.dynamo[0] = "query".into();
        s.dynamo[1] = "1500x64B".into();
        assert!(contains(
            &screen(&mut s, 80, 40),
            "24 RCU per request (Query"
        ));
    }

    #[test]
    fn left_and_right_switch_to_the_decoder() {
        let mut s = CalcScreen::new();
        assert!(s.handle_key(&press(KeyCode::Right)));
        assert_eq!(s.calculator(), Calculator::Ec2);
        clear(&mut s);
        typed(&mut s, "r7iz.metal-16xl");
        let lines = screen(&mut s, 80, 24);
        assert!(contains(&lines, " EC2 instance types "));
        assert!(
            contains(&lines, "r7iz.metal-16xl: a real instance type"),
            "{lines:#?}"
        );
        assert!(contains(&lines, "category    memory optimized"));
        assert!(contains(&lines, "processor   Intel (letter i)"));
        assert!(s.handle_key(&press(KeyCode::Tab)));
        typed(&mut s, "memory, graviton, nvme, 2xlarge");
        let lines = screen(&mut s, 80, 40);
        assert!(contains(&lines, "r8gd.2xlarge"), "{lines:#?}");
        typed(&mut s, ", purple");
        let lines = screen(&mut s, 80, 24);
        let row = lines.iter().find(|l| l.starts_with("Build")).unwrap();
        assert!(row.contains("`purple` is not"), "{row}");
        assert!(s.handle_key(&press(KeyCode::Left)));
        assert_eq!(s.calculator(), Calculator::Dynamodb);
    }

    #[test]
    fn a_long_working_scrolls_to_its_last_line_and_back() {
        let mut s = CalcScreen::new();
        s.dynamo[3] = "10".into();
        s.dynamo[5] = "1KB,2KB,3KB".into();
        s.dynamo[6] = "3".into();
        let top = screen(&mut s, 80, 24);
        assert!(contains(&top, "reads:  1 RCU per read"));
        for _ in 0..50 {
            assert!(s.handle_key(&press(KeyCode::PageDown)));
        }
        let end = screen(&mut s, 80, 24);
        assert!(!contains(&end, "reads:  1 RCU per read"));
        assert!(contains(&end, "note: a global table must be"), "{end:#?}");
        for _ in 0..50 {
            s.handle_key(&press(KeyCode::PageUp));
        }
        assert_eq!(screen(&mut s, 80, 24), top);
    }

    #[test]
    fn inputs_are_remembered() {
        let mut s = CalcScreen::new();
        s.dynamo[3] = "25".into();
        s.ec2[0] = "m7gd.2xlarge".into();
        s.handle_key(&press(KeyCode::Right));
        let saved = s.inputs();
        let mut t = CalcScreen::new();
        t.restore(&saved);
        assert_eq!(
            (t.calculator, &t.dynamo, &t.ec2),
            (s.calculator, &s.dynamo, &s.ec2)
        );
        t.restore("not json");
        assert_eq!(t.dynamo[3], "25");
        t.restore(r#"{"dynamodb":{"reads":"7\u001b[2J","nope":"1"}}"#);
        assert_eq!(t.dynamo[2], "7[2J");
        assert_eq!(t.calculator, Calculator::Dynamodb);
    }

    #[test]
    fn only_presses_are_used_and_app_keys_are_left_alone() {
        let mut s = CalcScreen::new();
        let mut release = press(KeyCode::Char('a'));
        release.kind = KeyEventKind::Release;
        assert!(!s.handle_key(&release));
        for code in [KeyCode::Esc, KeyCode::F(1), KeyCode::Char('?')] {
            assert!(!s.handle_key(&press(code)), "{code:?}");
        }
        assert!(!s.handle_key(&KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
        assert_eq!(s.dynamo[1], "6.5KB");
        assert!(
            s.handle_key(&press(KeyCode::Char('q'))),
            "q is typed, not quit"
        );
        assert!(s.handle_key(&press(KeyCode::BackTab)));
        assert_eq!(s.dynamo_focus, 0);
        assert!(s.handle_key(&press(KeyCode::BackTab)));
        assert_eq!(s.dynamo_focus, DYNAMO_FIELDS.len() - 1);
    }
}

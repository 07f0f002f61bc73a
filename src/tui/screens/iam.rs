//! The IAM policy lab: a request (principal, action, resource, context) and the policies that apply
//! (files or bundled examples, by type), evaluated as the user types. The decision, the statements
//! that decide it, the path through AWS's evaluation flow and every statement's match are shown;
//! when an edit changes the decision, the screen says what flipped. Left and Right load the
//! example scenarios, most of them from AWS's own evaluation examples.
//!
//! View state only: the evaluation is `core::iam`, the words `calc_text::iam`, the files are read
//! by `iam_files`. Nothing is written anywhere.

use crate::calc_text::iam as words;
use crate::core::content::diag::Severity;
use crate::core::iam::eval::{Decision, Evaluation};
use crate::core::iam::{NamedPolicy, Policies, PolicyType, evaluate, parse_policy};
use crate::iam_files::{RequestField, build_request, read_policy};
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, hint_spans};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The lab's scopes: the form takes every printable key.
const SCOPES: &[Scope] = &[Scope::Global, Scope::Iam];

/// The longest text a field takes (in characters).
const MAX_FIELD: usize = 400;
const LABEL_WIDTH: usize = 14;
const INPUT_WIDTH: usize = 50;

/// The form's fields: label and what to type.
const FIELDS: [(&str, &str); 11] = [
    (
        "Principal",
        "arn:aws:iam::111122223333:user/NAME, or an assumed-role session ARN",
    ),
    ("Action", "service:Action, such as s3:GetObject"),
    ("Resource", "the resource ARN, or *"),
    (
        "Res. account",
        "only for an ARN without account (S3) in another account",
    ),
    (
        "Context",
        "key=value; several separated by ; (a,b for a multivalued key)",
    ),
    (
        "Identity",
        "policy files or example:NAME, separated by spaces",
    ),
    (
        "Resource pol.",
        "a file or example:NAME (bucket policy, key policy ...)",
    ),
    ("Boundary", "a file or example:NAME"),
    ("Session pol.", "a file or example:NAME"),
    ("SCPs", "files or example:NAME, all at one level"),
    (
        "RCPs",
        "files or example:NAME (RCPFullAWSAccess is implied)",
    ),
];

const PRINCIPAL: usize = 0;
const ACTION: usize = 1;
const RESOURCE: usize = 2;
const RES_ACCOUNT: usize = 3;
const CONTEXT: usize = 4;
const IDENTITY: usize = 5;

/// The policy type of each policy field, from `IDENTITY` on.
const POLICY_FIELDS: [PolicyType; 6] = [
    PolicyType::Identity,
    PolicyType::Resource,
    PolicyType::Boundary,
    PolicyType::Session,
    PolicyType::Scp,
    PolicyType::Rcp,
];

/// An example scenario: its title, the AWS page it follows, and the field values.
struct Scenario {
    title: &'static str,
    source: &'static str,
    values: [&'static str; 11],
}

const SCENARIOS: &[Scenario] = &[
    Scenario {
        title: "Carlos and the logs bucket (same account)",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html",
        values: [
            "arn:aws:iam::123456789012:user/carlossalazar",
            "s3:PutObject",
            "arn:aws:s3:::carlossalazar-logs",
            "",
            "",
            "example:carlos-identity",
            "example:carlos-bucket-policy",
            "",
            "",
            "",
            "",
        ],
    },
    Scenario {
        title: "Cross-account: the Production bucket in another account",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html",
        values: [
            "arn:aws:iam::111111111111:user/carlossalazar",
            "s3:PutObject",
            "arn:aws:s3:::Production/report.csv",
            "222222222222",
            "",
            "example:carlos-cross-account-identity",
            "example:production-bucket-policy",
            "",
            "",
            "",
            "",
        ],
    },
    Scenario {
        title: "Shirley's permissions boundary",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html",
        values: [
            "arn:aws:iam::111122223333:user/ShirleyRodriguez",
            "iam:CreateUser",
            "*",
            "",
            "",
            "example:shirley-create-user",
            "",
            "example:shirley-boundary",
            "",
            "",
            "",
        ],
    },
    Scenario {
        title: "A bucket policy naming the role, or the session",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic_policy-eval-denyallow.html",
        values: [
            "arn:aws:sts::111122223333:assumed-role/Reports/nightly",
            "s3:GetObject",
            "arn:aws:s3:::amzn-s3-demo-bucket-reports/r.csv",
            "",
            "",
            "",
            "example:reports-bucket-role-session",
            "example:shirley-create-user",
            "",
            "",
            "",
        ],
    },
    Scenario {
        title: "SCPs: deny outside two Regions, with NotAction",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_examples_aws_deny-requested-region.html",
        values: [
            "arn:aws:iam::111122223333:user/alice",
            "ec2:RunInstances",
            "*",
            "",
            "aws:RequestedRegion=us-east-1",
            "example:iam-admin-full",
            "",
            "",
            "",
            "example:scp-full-access example:scp-deny-outside-regions",
            "",
        ],
    },
    Scenario {
        title: "MFA required to stop instances (BoolIfExists)",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html",
        values: [
            "arn:aws:iam::111122223333:user/alice",
            "ec2:StopInstances",
            "*",
            "",
            "",
            "example:deny-without-mfa",
            "",
            "",
            "",
            "",
            "",
        ],
    },
    Scenario {
        title: "A session policy limits a role session",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies.html#policies_session",
        values: [
            "arn:aws:sts::111122223333:assumed-role/Developer/alice",
            "s3:PutObject",
            "arn:aws:s3:::amzn-s3-demo-bucket/a.txt",
            "",
            "",
            "example:developer-role",
            "",
            "",
            "example:session-read-only",
            "",
            "",
        ],
    },
    Scenario {
        title: "A home folder with ${aws:username}",
        source: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_variables.html",
        values: [
            "arn:aws:iam::111122223333:user/alice",
            "s3:GetObject",
            "arn:aws:s3:::amzn-s3-demo-bucket/home/alice/notes.txt",
            "",
            "",
            "example:s3-home-folder",
            "",
            "",
            "",
            "",
            "",
        ],
    },
];

/// What the form evaluates to.
#[derive(Debug, Clone, PartialEq)]
enum Outcome {
    /// Problems to fix, each with the field it is in.
    Problems(Vec<(usize, String)>),
    /// The evaluation, with the policies' texts (to locate statements) and their warnings.
    Done {
        evaluation: Box<Evaluation>,
        texts: Vec<(String, String)>,
        warnings: Vec<String>,
    },
}

/// What flipped with the last edit: the decision before and after, and the field edited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Flip {
    from: Decision,
    to: Decision,
    field: usize,
}

/// The IAM lab's view state.
#[derive(Debug, Clone, PartialEq)]
pub struct IamScreen {
    values: Vec<String>,
    focus: usize,
    scroll: u16,
    scenario: usize,
    outcome: Outcome,
    flip: Option<Flip>,
    /// The decision when the focused field was entered: an edit of the field is compared with it,
    /// so the letters typed on the way do not count as flips.
    baseline: Option<Decision>,
}

impl Default for IamScreen {
    fn default() -> Self {
        let mut s = IamScreen {
            values: Vec::new(),
            focus: 0,
            scroll: 0,
            scenario: 0,
            outcome: Outcome::Problems(Vec::new()),
            flip: None,
            baseline: None,
        };
        s.load(0);
        s
    }
}

impl IamScreen {
    /// Loads example scenario `i`.
    fn load(&mut self, i: usize) {
        self.scenario = i % SCENARIOS.len();
        self.values = SCENARIOS[self.scenario]
            .values
            .iter()
            .map(|v| v.to_string())
            .collect();
        self.focus = 0;
        self.scroll = 0;
        self.outcome = self.evaluate();
        self.flip = None;
        self.baseline = self.decision();
    }

    /// The text of field `i`.
    pub fn value(&self, i: usize) -> &str {
        &self.values[i]
    }

    /// Sets field `i` as if typed, and evaluates again.
    pub fn set(&mut self, i: usize, text: &str) {
        self.values[i] = text
            .chars()
            .filter(|c| !c.is_control())
            .take(MAX_FIELD)
            .collect();
        self.changed(i);
    }

    /// The decision shown, if the form is complete.
    pub fn decision(&self) -> Option<Decision> {
        match &self.outcome {
            Outcome::Done { evaluation, .. } => Some(evaluation.decision),
            Outcome::Problems(_) => None,
        }
    }

    /// Field `field` changed: evaluate again, and note whether the decision now differs from the
    /// one before the field was edited (while the field is incomplete, the last flip stays).
    fn changed(&mut self, field: usize) {
        self.outcome = self.evaluate();
        if let (Some(from), Some(to)) = (self.baseline, self.decision()) {
            self.flip = (from != to).then_some(Flip { from, to, field });
        }
        self.scroll = 0;
    }

    /// The focus moves: the decision now is what the next field's edits are compared with.
    fn refocus(&mut self, focus: usize) {
        self.focus = focus;
        if let Some(d) = self.decision() {
            self.baseline = Some(d);
        }
    }

    fn evaluate(&self) -> Outcome {
        let mut problems = Vec::new();
        let mut policies = Policies::default();
        let mut texts = Vec::new();
        let mut warnings = Vec::new();
        for (k, ty) in POLICY_FIELDS.iter().enumerate() {
            let field = IDENTITY + k;
            let specs: Vec<&str> = self.values[field].split_whitespace().collect();
            let single = matches!(
                ty,
                PolicyType::Resource | PolicyType::Boundary | PolicyType::Session
            );
            if single && specs.len() > 1 {
                problems.push((field, "one policy only".to_string()));
                continue;
            }
            for spec in specs {
                let text = match read_policy(spec) {
                    Ok(t) => t,
                    Err(e) => {
                        problems.push((field, e));
                        continue;
                    }
                };
                let parsed = parse_policy(&text.text, *ty);
                for f in &parsed.findings {
                    let at = words::location(&text.name, &text.text, f.span.start);
                    let line = format!("{at}: {}", words::finding_message(&f.kind));
                    if f.severity == Severity::Error {
                        problems.push((field, line));
                    } else {
                        warnings.push(line);
                    }
                }
                let Some(policy) = parsed.policy else {
                    continue;
                };
                let np = NamedPolicy {
                    name: text.name.clone(),
                    policy,
                };
                match ty {
                    PolicyType::Identity => policies.identity.push(np),
                    PolicyType::Resource => policies.resource = Some(np),
                    PolicyType::Boundary => policies.boundary = Some(np),
                    PolicyType::Session => policies.session = Some(np),
                    PolicyType::Scp => policies.scps.push(np),
                    PolicyType::Rcp => policies.rcps.push(np),
                }
                texts.push((text.name, text.text));
            }
        }
        let context: Vec<String> = self.values[CONTEXT]
            .split(';')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        let account = Some(self.values[RES_ACCOUNT].as_str());
        let request = build_request(
            &self.values[PRINCIPAL],
            &self.values[ACTION],
            &self.values[RESOURCE],
            account,
            &context,
        );
        match request {
            Err((field, message)) => {
                let i = match field {
                    RequestField::Principal => PRINCIPAL,
                    RequestField::Action => ACTION,
                    RequestField::Resource => RESOURCE,
                    RequestField::ResourceAccount => RES_ACCOUNT,
                    RequestField::Context => CONTEXT,
                };
                problems.insert(0, (i, message));
                Outcome::Problems(problems)
            }
            Ok(_) if !problems.is_empty() => Outcome::Problems(problems),
            Ok(req) => Outcome::Done {
                evaluation: Box::new(evaluate(&policies, &req)),
                texts,
                warnings,
            },
        }
    }

    /// A printable key (but `?`, which opens help) or Backspace in the focused field.
    fn type_char(&mut self, key: &KeyEvent) -> bool {
        if key.kind != KeyEventKind::Press {
            return false;
        }
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        let alt = key.modifiers.contains(KeyModifiers::ALT);
        let field = &mut self.values[self.focus];
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
        self.changed(self.focus);
        true
    }

    fn apply(&mut self, action: Action) {
        let n = FIELDS.len();
        match action {
            Action::NextField => self.refocus((self.focus + 1) % n),
            Action::PrevField => self.refocus((self.focus + n - 1) % n),
            Action::NextScenario => self.load(self.scenario + 1),
            Action::PrevScenario => self.load(self.scenario + SCENARIOS.len() - 1),
            Action::PageDown => self.scroll = self.scroll.saturating_add(5),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(5),
            Action::ClearField => {
                self.values[self.focus].clear();
                self.changed(self.focus);
            }
            _ => {}
        }
    }

    fn result_lines(&self, theme: &Theme) -> Vec<Line<'static>> {
        let (ev, texts, warnings) = match &self.outcome {
            Outcome::Problems(p) => {
                let mut lines = vec![Line::styled("Fix the fields marked in red:", theme.bad)];
                for (field, message) in p {
                    lines.push(Line::styled(
                        format!("{}: {message}", FIELDS[*field].0),
                        theme.text,
                    ));
                }
                return lines;
            }
            Outcome::Done {
                evaluation,
                texts,
                warnings,
            } => (evaluation, texts, warnings),
        };
        let style = if ev.decision == Decision::Allow {
            theme.good
        } else {
            theme.bad
        };
        let by = ev
            .decided_by
            .map(|t| format!(" (decided by the {})", words::policy_type(t)))
            .unwrap_or_default();
        let mut lines = vec![Line::styled(
            format!("Decision: {}{by}", words::decision(ev.decision)),
            style,
        )];
        if let Some(f) = self.flip {
            lines.push(Line::styled(
                format!(
                    "Flipped: {} -> {} after editing {}.",
                    words::decision(f.from),
                    words::decision(f.to),
                    FIELDS[f.field].0
                ),
                theme.key,
            ));
        }
        lines.push(Line::styled(
            format!(
                "Accounts: principal {}, resource {}{}",
                ev.principal_account,
                ev.resource_account,
                if ev.cross_account {
                    " (cross-account: both sides must allow)"
                } else {
                    ""
                }
            ),
            theme.dim,
        ));
        let place = |s: &crate::core::iam::eval::StatementTrace| {
            texts.iter().find(|(n, _)| *n == s.policy).map_or_else(
                || s.policy.clone(),
                |(n, t)| words::location(n, t, s.span.start),
            )
        };
        let deciding = ev.deciding();
        if deciding.is_empty() {
            lines.push(Line::styled(
                "Deciding statements: none (nothing that had to allow did)",
                theme.text,
            ));
        } else {
            lines.push(Line::styled("Deciding statements:", theme.title));
            for s in deciding {
                lines.push(Line::styled(
                    format!(
                        "  {} {}  {}",
                        words::policy_label(s.policy_type),
                        words::statement_name(s),
                        place(s)
                    ),
                    theme.text,
                ));
            }
        }
        lines.push(Line::styled(
            "Path through the evaluation flow:",
            theme.title,
        ));
        for (i, s) in ev.steps.iter().enumerate() {
            lines.push(Line::styled(
                format!("{:>2}. {}", i + 1, words::step(s)),
                theme.text,
            ));
        }
        lines.push(Line::styled("Every statement:", theme.title));
        for t in &ev.types {
            for s in &t.statements {
                let style = if s.applies { theme.text } else { theme.dim };
                lines.push(Line::styled(
                    format!(
                        "  {:<8} {}",
                        words::policy_label(s.policy_type),
                        words::statement_line(s)
                    ),
                    style,
                ));
            }
        }
        for w in warnings {
            lines.push(Line::styled(format!("warning: {w}"), theme.dim));
        }
        lines
    }

    /// Draws the screen in `area` (made for 80x22 and more; it degrades without panicking).
    pub fn draw(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let [title, field_rows, results, hint] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(FIELDS.len() as u16),
            Constraint::Min(3),
            Constraint::Length(1),
        ])
        .areas(area);
        let sc = &SCENARIOS[self.scenario];
        frame.render_widget(
            Paragraph::new(Line::from(vec![Span::styled(
                format!(
                    "Example {} of {}: {}",
                    self.scenario + 1,
                    SCENARIOS.len(),
                    sc.title
                ),
                theme.title,
            )])),
            title,
        );
        let problems: Vec<usize> = match &self.outcome {
            Outcome::Problems(p) => p.iter().map(|(f, _)| *f).collect(),
            Outcome::Done { .. } => Vec::new(),
        };
        let input_width = usize::from(area.width)
            .saturating_sub(LABEL_WIDTH + 1)
            .clamp(8, INPUT_WIDTH.max(usize::from(area.width) / 2));
        let rows: Vec<Line> = FIELDS
            .iter()
            .zip(&self.values)
            .enumerate()
            .map(|(i, ((label, hint), value))| {
                let focused = i == self.focus;
                let label_style = if problems.contains(&i) {
                    theme.bad
                } else if focused {
                    theme.title
                } else {
                    theme.text
                };
                let cursor = if focused { "_" } else { "" };
                let shown = format!("{}{cursor}", tail(value, input_width.saturating_sub(1)));
                let mut spans = vec![
                    Span::styled(pad(label, LABEL_WIDTH), label_style),
                    Span::styled(shown, if focused { theme.highlight } else { theme.text }),
                ];
                if focused && value.is_empty() {
                    spans.push(Span::styled(format!(" {hint}"), theme.dim));
                }
                Line::from(spans)
            })
            .collect();
        frame.render_widget(Paragraph::new(rows), field_rows);
        let body = self.result_lines(theme);
        crate::tui::widgets::scrolled_box(
            frame,
            results,
            body,
            "Decision and trace",
            &mut self.scroll,
            theme,
        );
        frame.render_widget(
            Paragraph::new(Line::from(hint_spans(
                SCOPES,
                &[
                    Hint::Key(Action::NextField, "next field"),
                    Hint::Pair(Action::PrevScenario, "/", Action::NextScenario, "example"),
                    Hint::Pair(Action::PageUp, "/", Action::PageDown, "scroll"),
                    Hint::Key(Action::ClearField, "clear"),
                ],
                theme,
                theme.dim,
            ))),
            hint,
        );
    }
}

/// `text` padded with spaces to `width` display columns.
fn pad(text: &str, width: usize) -> String {
    let room = width.saturating_sub(text.width());
    format!("{text}{}", " ".repeat(room))
}

/// The end of `text` that fits in `width` display columns.
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

impl Screen for IamScreen {
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

    /// Policy files may have changed on disk meanwhile.
    fn enter(&mut self, _ctx: &mut Ctx, _now: i64) {
        self.outcome = self.evaluate();
    }

    fn link(&self, _ctx: &Ctx) -> Option<String> {
        Some(SCENARIOS[self.scenario].source.to_string())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.draw(frame, area, &ctx.theme);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::Theme;
    use ratatui::Terminal;
    use ratatui::backend::TestBackend;

    fn screen_text(s: &mut IamScreen, w: u16, h: u16) -> String {
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| s.draw(f, f.area(), &Theme::plain())).unwrap();
        let buf = t.backend().buffer().clone();
        (0..h)
            .map(|y| {
                (0..w)
                    .map(|x| buf[(x, y)].symbol().to_string())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// Every example scenario is valid and evaluates; the first is AWS's Carlos example.
    #[test]
    fn every_scenario_evaluates() {
        let mut s = IamScreen::default();
        assert_eq!(s.decision(), Some(Decision::ExplicitDeny));
        for _ in 0..SCENARIOS.len() {
            assert!(
                s.decision().is_some(),
                "{}: {:?}",
                SCENARIOS[s.scenario].title,
                s.outcome
            );
            s.apply(Action::NextScenario);
        }
        assert_eq!(s.scenario, 0);
    }

    /// Changing one thing shows what flipped: Carlos's bucket name without "log" is allowed.
    #[test]
    fn an_edit_that_flips_the_decision_is_named() {
        let mut s = IamScreen::default();
        s.set(RESOURCE, "arn:aws:s3:::carlossalazar/notes.txt");
        assert_eq!(s.decision(), Some(Decision::Allow));
        assert_eq!(
            s.flip,
            Some(Flip {
                from: Decision::ExplicitDeny,
                to: Decision::Allow,
                field: RESOURCE
            })
        );
        let text = screen_text(&mut s, 80, 22);
        assert!(
            text.contains("Flipped: explicit Deny -> Allow after editing Resource."),
            "{text}"
        );
        insta::assert_snapshot!("iam_flipped", text);
        // A field being typed that is not valid yet shows its problem, and keeps the flip.
        s.set(PRINCIPAL, "arn:aws:iam::1234:user/x");
        assert_eq!(s.decision(), None);
        let text = screen_text(&mut s, 80, 22);
        assert!(
            text.contains("Principal: the account part \"1234\""),
            "{text}"
        );
    }

    #[test]
    fn the_first_example_at_80x22() {
        let mut s = IamScreen::default();
        insta::assert_snapshot!("iam_carlos", screen_text(&mut s, 80, 22));
    }

    /// A bad policy file is reported with its place; typing goes into the focused field.
    #[test]
    fn typing_and_policy_problems() {
        let dir = tempfile::tempdir().unwrap();
        let bad = dir.path().join("bad.json");
        std::fs::write(
            &bad,
            r#"{"Version":"2012-01-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"*"}}"#,
        )
        .unwrap();
        let mut s = IamScreen::default();
        s.set(IDENTITY, bad.to_str().unwrap());
        let Outcome::Problems(p) = &s.outcome else {
            panic!("{:?}", s.outcome)
        };
        assert!(
            p[0].1
                .contains("bad.json:1:12: Version \"2012-01-17\" does not exist"),
            "{p:?}"
        );
        s.focus = IDENTITY;
        s.apply(Action::ClearField);
        let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
        for c in "example:carlos-identity".chars() {
            assert!(s.type_char(&key(c)));
        }
        assert_eq!(s.value(IDENTITY), "example:carlos-identity");
        assert_eq!(s.decision(), Some(Decision::ExplicitDeny));
        assert!(!s.type_char(&key('?')), "? is left to help");
    }

    /// Typing a field letter by letter compares with the decision before the edit: the states on
    /// the way (an incomplete bucket name is implicitly denied) are not reported as flips.
    #[test]
    fn flips_compare_with_the_decision_before_the_edit() {
        let mut s = IamScreen::default();
        s.apply(Action::NextField);
        s.apply(Action::NextField);
        assert_eq!(s.focus, RESOURCE);
        let back = KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE);
        for _ in "logs".chars() {
            s.type_char(&back);
        }
        // carlossalazar-: no statement allows it.
        assert_eq!(s.decision(), Some(Decision::ImplicitDeny));
        assert_eq!(s.flip.map(|f| f.from), Some(Decision::ExplicitDeny));
        s.type_char(&back);
        for c in "/notes.txt".chars() {
            s.type_char(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
        assert_eq!(
            s.flip,
            Some(Flip {
                from: Decision::ExplicitDeny,
                to: Decision::Allow,
                field: RESOURCE
            })
        );
        // Back to the bucket name with log in it: no flip any more.
        s.set(RESOURCE, "arn:aws:s3:::carlossalazar-logs");
        assert_eq!(s.flip, None);
    }
}

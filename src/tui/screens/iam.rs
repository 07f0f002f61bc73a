//! The IAM policy lab: a request (principal, action, resource, context) and the policies that apply
//! (files or bundled examples, by type), evaluated as the user types. The decision, the statements
//! that decide it, the path through AWS's evaluation flow and every statement's match are shown;
//! when an edit changes the decision, the screen says what flipped. Left and Right load the
//! example scenarios, most of them from AWS's own evaluation examples.
//!
//! View state only: the evaluation is `core::iam`, the words `calc_text::iam`, the files are read
//! by `iam_files`. Nothing is written anywhere.

use crate::calc_text::iam as words;
use crate::core::config::Lang;
use crate::core::content::diag::Severity;
use crate::core::iam::eval::{Decision, Evaluation};
use crate::core::iam::{NamedPolicy, Policies, PolicyType, evaluate, parse_policy};
use crate::i18n::tr;
use crate::iam_files::{RequestField, build_request, read_policy};
use crate::tui::action::Action;
use crate::tui::keys::Scope;
use crate::tui::screen::{Ctx, Screen};
use crate::tui::theme::Theme;
use crate::tui::widgets::{Hint, hint_spans, wrap_line};
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

mod scenarios;
use scenarios::SCENARIOS;

/// The lab's scopes: the form takes every printable key.
const SCOPES: &[Scope] = &[Scope::Global, Scope::Iam];

/// The longest text a field takes (in characters).
const MAX_FIELD: usize = 400;
const LABEL_WIDTH: usize = 14;
const INPUT_WIDTH: usize = 50;

/// The form's fields: the catalog keys of the label and of what to type.
const FIELDS: [(&str, &str); 11] = [
    ("iam-field-principal", "iam-field-principal-hint"),
    ("iam-field-action", "iam-field-action-hint"),
    ("iam-field-resource", "iam-field-resource-hint"),
    ("iam-field-res-account", "iam-field-res-account-hint"),
    ("iam-field-context", "iam-field-context-hint"),
    ("iam-field-identity", "iam-field-identity-hint"),
    (
        "iam-field-resource-policy",
        "iam-field-resource-policy-hint",
    ),
    ("iam-field-boundary", "iam-field-boundary-hint"),
    ("iam-field-session", "iam-field-session-hint"),
    ("iam-field-scps", "iam-field-scps-hint"),
    ("iam-field-rcps", "iam-field-rcps-hint"),
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
    /// The language of the app's words: problems are said in it when the form is evaluated.
    lang: Lang,
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
            lang: Lang::En,
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
                problems.push((field, tr!(self.lang, "iam-screen-one-policy")));
                continue;
            }
            for spec in specs {
                let text = match read_policy(self.lang, spec) {
                    Ok(t) => t,
                    Err(e) => {
                        problems.push((field, e));
                        continue;
                    }
                };
                let parsed = parse_policy(&text.text, *ty);
                for f in &parsed.findings {
                    let at = words::location(&text.name, &text.text, f.span.start);
                    let line = format!("{at}: {}", words::finding_message(self.lang, &f.kind));
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
            self.lang,
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

    /// The app's language changed: the problems are said again in it.
    fn set_lang(&mut self, lang: Lang) {
        if self.lang != lang {
            self.lang = lang;
            self.outcome = self.evaluate();
        }
    }

    fn result_lines(&self, theme: &Theme) -> Vec<Line<'static>> {
        let lang = self.lang;
        let (ev, texts, warnings) = match &self.outcome {
            Outcome::Problems(p) => {
                let mut lines = vec![Line::styled(tr!(lang, "iam-screen-fix"), theme.bad)];
                for (field, message) in p {
                    lines.push(Line::styled(
                        format!("{}: {message}", tr!(lang, FIELDS[*field].0)),
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
        let decision = words::decision(lang, ev.decision);
        let headline = match ev.decided_by {
            Some(t) => tr!(
                lang,
                "iam-decision-line-by",
                decision = decision,
                by = words::policy_type(lang, t)
            ),
            None => tr!(lang, "iam-decision-line", decision = decision),
        };
        let mut lines = vec![Line::styled(headline, style)];
        if let Some(f) = self.flip {
            lines.push(Line::styled(
                tr!(
                    lang,
                    "iam-screen-flipped",
                    from = words::decision(lang, f.from),
                    to = words::decision(lang, f.to),
                    field = tr!(lang, FIELDS[f.field].0)
                ),
                theme.key,
            ));
        }
        let accounts = if ev.cross_account {
            "iam-screen-accounts-cross"
        } else {
            "iam-screen-accounts"
        };
        lines.push(Line::styled(
            tr!(
                lang,
                accounts,
                principal = ev.principal_account.as_str(),
                resource = ev.resource_account.as_str()
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
                tr!(lang, "iam-screen-deciding-none"),
                theme.text,
            ));
        } else {
            lines.push(Line::styled(tr!(lang, "iam-deciding"), theme.title));
            for s in deciding {
                lines.push(Line::styled(
                    format!(
                        "  {} {}  {}",
                        words::policy_label(lang, s.policy_type),
                        words::statement_name(lang, s),
                        place(s)
                    ),
                    theme.text,
                ));
            }
        }
        lines.push(Line::styled(tr!(lang, "iam-path"), theme.title));
        for (i, s) in ev.steps.iter().enumerate() {
            lines.push(Line::styled(
                format!("{:>2}. {}", i + 1, words::step(lang, s)),
                theme.text,
            ));
        }
        lines.push(Line::styled(tr!(lang, "iam-screen-every"), theme.title));
        // The labels in one column: as wide as the widest label shown, at least 8 columns.
        let column = ev
            .types
            .iter()
            .filter(|t| !t.statements.is_empty())
            .map(|t| words::policy_label(lang, t.policy_type).width())
            .fold(8, usize::max);
        for t in &ev.types {
            for s in &t.statements {
                let style = if s.applies { theme.text } else { theme.dim };
                lines.push(Line::styled(
                    format!(
                        "  {} {}",
                        pad(&words::policy_label(lang, s.policy_type), column),
                        words::statement_line(lang, s)
                    ),
                    style,
                ));
            }
        }
        let warning = words::severity(lang, Severity::Warning);
        for w in warnings {
            lines.push(Line::styled(format!("{warning}: {w}"), theme.dim));
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
        let lang = self.lang;
        let sc = &SCENARIOS[self.scenario];
        frame.render_widget(
            Paragraph::new(Line::from(vec![Span::styled(
                tr!(
                    lang,
                    "iam-screen-example",
                    n = self.scenario + 1,
                    total = SCENARIOS.len(),
                    title = tr!(lang, sc.title)
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
                    Span::styled(pad(&tr!(lang, label), LABEL_WIDTH), label_style),
                    Span::styled(shown, if focused { theme.highlight } else { theme.text }),
                ];
                if focused && value.is_empty() {
                    spans.push(Span::styled(format!(" {}", tr!(lang, hint)), theme.dim));
                }
                Line::from(spans)
            })
            .collect();
        frame.render_widget(Paragraph::new(rows), field_rows);
        // Wrapped here first: ratatui's wrapping can leave a double-width letter past the edge.
        let inner = usize::from(results.width.saturating_sub(2));
        let body: Vec<Line> = self
            .result_lines(theme)
            .iter()
            .flat_map(|l| wrap_line(l, inner))
            .collect();
        crate::tui::widgets::scrolled_box(
            frame,
            results,
            body,
            &tr!(lang, "iam-screen-box"),
            &mut self.scroll,
            theme,
        );
        let hints = [
            tr!(lang, "iam-hint-next-field"),
            tr!(lang, "iam-hint-example"),
            tr!(lang, "iam-hint-scroll"),
            tr!(lang, "iam-hint-clear"),
        ];
        frame.render_widget(
            Paragraph::new(Line::from(hint_spans(
                SCOPES,
                &[
                    Hint::Key(Action::NextField, &hints[0]),
                    Hint::Pair(Action::PrevScenario, "/", Action::NextScenario, &hints[1]),
                    Hint::Pair(Action::PageUp, "/", Action::PageDown, &hints[2]),
                    Hint::Key(Action::ClearField, &hints[3]),
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
    fn enter(&mut self, ctx: &mut Ctx, _now: i64) {
        self.lang = ctx.ui_lang;
        self.outcome = self.evaluate();
    }

    fn link(&self, _ctx: &Ctx) -> Option<String> {
        Some(SCENARIOS[self.scenario].source.to_string())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &Ctx) {
        self.set_lang(ctx.ui_lang);
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

    /// The screen in `lang` at 80x24 as a terminal shows it: a double-width letter fills two
    /// columns, and no row is wider or narrower than the screen.
    fn screen_in(s: &mut IamScreen, lang: Lang) -> String {
        s.set_lang(lang);
        let (w, h) = (80, 24);
        let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
        t.draw(|f| s.draw(f, f.area(), &Theme::plain())).unwrap();
        let buf = t.backend().buffer();
        let mut rows = Vec::new();
        for y in 0..h {
            let mut row = String::new();
            let mut x = 0;
            while x < w {
                let sym = buf[(x, y)].symbol();
                row.push_str(sym);
                x += sym.width().max(1) as u16;
            }
            assert_eq!(x, w, "row {y} is {x} columns: {row}");
            rows.push(row.trim_end().to_string());
        }
        rows.join("\n")
    }

    fn name(state: &str, lang: Lang) -> String {
        format!("iam_{state}_{}", crate::i18n::tag(lang))
    }

    /// Every state of the screen in English and in Korean at 80x24: the first example (an
    /// explicit deny), a flip, problems in the fields, the trace scrolled, an example with a
    /// cross-account request and a field's hint, and the SCP example with skipped steps.
    #[test]
    fn every_state_in_both_languages() {
        for lang in [Lang::En, Lang::Ko] {
            let mut s = IamScreen::default();
            insta::assert_snapshot!(name("carlos", lang), screen_in(&mut s, lang));
            s.set(RESOURCE, "arn:aws:s3:::carlossalazar/notes.txt");
            insta::assert_snapshot!(name("flipped", lang), screen_in(&mut s, lang));
            s.apply(Action::PageDown);
            insta::assert_snapshot!(name("scrolled", lang), screen_in(&mut s, lang));
            s.set(PRINCIPAL, "arn:aws:iam::1234:user/x");
            s.set(IDENTITY + 1, "example:carlos-bucket-policy example:nope");
            insta::assert_snapshot!(name("problems", lang), screen_in(&mut s, lang));
            s.apply(Action::NextScenario);
            s.apply(Action::NextField);
            s.apply(Action::NextField);
            s.apply(Action::NextField);
            s.apply(Action::NextField);
            assert_eq!(s.focus, CONTEXT);
            insta::assert_snapshot!(name("cross_account", lang), screen_in(&mut s, lang));
            for _ in 0..3 {
                s.apply(Action::NextScenario);
            }
            s.apply(Action::PageDown);
            insta::assert_snapshot!(name("scps", lang), screen_in(&mut s, lang));
        }
    }

    /// The screen follows the app's language: the problems already found are said again in it.
    #[test]
    fn problems_are_said_in_the_app_language() {
        let mut s = IamScreen::default();
        s.set(ACTION, "s3");
        let ko = screen_in(&mut s, Lang::Ko);
        assert!(ko.contains("작업: \"s3\"은(는) 작업이 아닙니다"), "{ko}");
        let en = screen_in(&mut s, Lang::En);
        assert!(en.contains("Action: \"s3\" is not an action"), "{en}");
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

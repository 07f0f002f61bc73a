//! The user's settings (`config.toml`): defaults, and reading them with located errors.
//!
//! Pure: the shell reads the file and passes its text. A missing file means `Config::default()`.

use crate::core::content::diag::Finding;
use crate::core::content::kind::{FindingKind, FindingKind as K, Item};
use crate::core::content::reader::{Ctx, Table};
use serde::Serialize;

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeName {
    /// Light text on a dark terminal (default).
    Dark,
    /// Dark text on a light terminal.
    Light,
    /// Strong contrast, no subtle greys.
    HighContrast,
}

impl ThemeName {
    /// The name used in config.toml.
    pub fn key(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::HighContrast => "high-contrast",
        }
    }
}

/// The language of the app's content (cards and questions), as the settings choose it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Language {
    /// Follow the environment: `LC_ALL`, then `LC_MESSAGES`, then `LANG` (default).
    Auto,
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Language {
    /// The name used in config.toml and by `--lang`.
    pub fn key(self) -> &'static str {
        match self {
            Language::Auto => "auto",
            Language::En => "en",
            Language::Ko => "ko",
        }
    }

    /// The language named `name` (`auto`, `en`, `ko`).
    pub fn from_key(name: &str) -> Option<Language> {
        [Language::Auto, Language::En, Language::Ko]
            .into_iter()
            .find(|l| l.key() == name)
    }

    /// The language to show: `Auto` follows the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that
    /// is set and not empty (`ko_KR.UTF-8` is Korean; anything else, or nothing, is English).
    /// `env` reads a variable (the caller passes the process environment).
    pub fn resolve(self, env: impl Fn(&str) -> Option<String>) -> Lang {
        match self {
            Language::En => Lang::En,
            Language::Ko => Lang::Ko,
            Language::Auto => {
                let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                    .into_iter()
                    .filter_map(&env)
                    .find(|v| !v.is_empty())
                    .unwrap_or_default();
                if locale.to_ascii_lowercase().starts_with("ko") {
                    Lang::Ko
                } else {
                    Lang::En
                }
            }
        }
    }
}

/// A language the content is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Lang {
    /// English (every item has it).
    #[default]
    En,
    /// Korean (where the item has it; else English).
    Ko,
}

/// All settings, with their defaults.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Config {
    /// Target probability of recall when a review is due (0.70 to 0.97).
    pub desired_retention: f64,
    /// New cards introduced per day.
    pub new_cards_per_day: u32,
    /// Most reviews shown per day.
    pub max_reviews_per_day: u32,
    /// Learning steps, in seconds.
    pub learning_steps: Vec<u32>,
    /// Relearning steps, in seconds.
    pub relearning_steps: Vec<u32>,
    /// The hour (local time, 0 to 23) at which a new study day starts.
    pub rollover_hour: u32,
    /// Lapses after which a card is tagged leech and suspended.
    pub leech_threshold: u32,
    /// The exam date, `YYYY-MM-DD`, when set.
    pub exam_date: Option<String>,
    /// The colour theme.
    pub theme: ThemeName,
    /// The language of cards and questions.
    pub language: Language,
    /// Type the answers of cloze cards before they show (compared leniently); off: cloze cards
    /// are recalled in the head and rated.
    pub type_cloze_answers: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            desired_retention: 0.90,
            new_cards_per_day: 20,
            max_reviews_per_day: 200,
            learning_steps: vec![60, 600],
            relearning_steps: vec![600],
            rollover_hour: 4,
            leech_threshold: 8,
            exam_date: None,
            theme: ThemeName::Dark,
            language: Language::Auto,
            type_cloze_answers: false,
        }
    }
}

const KEYS: &[&str] = &[
    "desired_retention",
    "new_cards_per_day",
    "max_reviews_per_day",
    "learning_steps",
    "relearning_steps",
    "rollover_hour",
    "leech_threshold",
    "exam_date",
    "theme",
    "language",
    "type_cloze_answers",
];

/// Reads config text. Returns the settings (defaults where a value is missing or wrong) and every
/// problem found, located in `file`.
pub fn parse_config(file: &str, src: &str) -> (Config, Vec<Finding>) {
    let mut cfg = Config::default();
    let doc = match toml::de::DeTable::parse(src) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().unwrap_or(0..0);
            let kind = K::TomlSyntax(e.message().trim_end().to_string());
            return (
                cfg,
                vec![Finding::error("toml-syntax", file, src, span, kind)],
            );
        }
    };
    let mut ctx = Ctx {
        file,
        src,
        findings: Vec::new(),
    };
    let t = Table::new(doc.get_ref(), doc.span(), Item::Config, KEYS);
    if let Some((v, span)) = t.number(&mut ctx, "desired_retention", false) {
        if (0.70..=0.97).contains(&v) {
            cfg.desired_retention = v;
        } else {
            ctx.error(
                "out-of-range",
                span,
                K::FractionOutOfRange {
                    key: "desired_retention".into(),
                    value: v,
                    lo: 0.70,
                    hi: 0.97,
                },
            );
        }
    }
    let whole = |ctx: &mut Ctx, key: &str, lo: i64, hi: i64| -> Option<u32> {
        let (v, span) = t.integer(ctx, key, false)?;
        if (lo..=hi).contains(&v) {
            u32::try_from(v).ok()
        } else {
            ctx.error(
                "out-of-range",
                span,
                K::OutOfRange {
                    key: key.to_string(),
                    value: v,
                    lo,
                    hi,
                },
            );
            None
        }
    };
    if let Some(v) = whole(&mut ctx, "new_cards_per_day", 0, 9999) {
        cfg.new_cards_per_day = v;
    }
    if let Some(v) = whole(&mut ctx, "max_reviews_per_day", 0, 99_999) {
        cfg.max_reviews_per_day = v;
    }
    if let Some(v) = whole(&mut ctx, "rollover_hour", 0, 23) {
        cfg.rollover_hour = v;
    }
    if let Some(v) = whole(&mut ctx, "leech_threshold", 1, 99) {
        cfg.leech_threshold = v;
    }
    for key in ["learning_steps", "relearning_steps"] {
        let steps = t.text_list(&mut ctx, key, false);
        if !t.has(key) {
            continue;
        }
        let mut parsed = Vec::new();
        for (s, span) in steps {
            match parse_step(&s) {
                Some(secs) => parsed.push(secs),
                None => ctx.error(
                    "bad-step",
                    span,
                    K::BadStep {
                        step: s,
                        key: key.to_string(),
                    },
                ),
            }
        }
        if key == "learning_steps" {
            cfg.learning_steps = parsed;
        } else {
            cfg.relearning_steps = parsed;
        }
    }
    if let Some((d, _)) = t.date(&mut ctx, "exam_date", false) {
        cfg.exam_date = Some(d);
    }
    if let Some((name, span)) = t.text(&mut ctx, "theme", false) {
        match name.as_str() {
            "dark" => cfg.theme = ThemeName::Dark,
            "light" => cfg.theme = ThemeName::Light,
            "high-contrast" => cfg.theme = ThemeName::HighContrast,
            _ => ctx.error("bad-theme", span, K::BadTheme { name }),
        }
    }
    if let Some((name, span)) = t.text(&mut ctx, "language", false) {
        match Language::from_key(&name) {
            Some(l) => cfg.language = l,
            None => ctx.error("bad-language", span, K::BadLanguage { name }),
        }
    }
    if let Some((on, _)) = t.boolean(&mut ctx, "type_cloze_answers") {
        cfg.type_cloze_answers = on;
    }
    t.finish(&mut ctx);
    let mut findings = ctx.findings;
    findings.sort_by_key(|f| (f.line, f.column));
    (cfg, findings)
}

/// A learning step such as `30s`, `10m`, `1h` or `1d`, in seconds (at most 30 days).
pub fn parse_step(s: &str) -> Option<u32> {
    let s = s.trim();
    let unit = s.chars().last()?;
    let n: u32 = s[..s.len() - unit.len_utf8()].trim().parse().ok()?;
    let secs = match unit {
        's' => n,
        'm' => n.checked_mul(60)?,
        'h' => n.checked_mul(3600)?,
        'd' => n.checked_mul(86_400)?,
        _ => return None,
    };
    (secs > 0 && secs <= 30 * 86_400).then_some(secs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_config_is_the_defaults() {
        let (cfg, findings) = parse_config("c.toml", "");
        assert_eq!(cfg, Config::default());
        assert!(findings.is_empty());
    }

    #[test]
    fn values_are_read_and_checked_with_locations() {
        let src = "desired_retention = 0.85\nlearning_steps = [\"1m\", \"5x\"]\nrollover_hour = 30\nthem = \"light\"\nexam_date = 2027-01-15\ntype_cloze_answers = true\n";
        let (cfg, findings) = parse_config("c.toml", src);
        assert_eq!(cfg.desired_retention, 0.85);
        assert!(cfg.type_cloze_answers);
        assert_eq!(cfg.learning_steps, vec![60]);
        assert_eq!(cfg.rollover_hour, 4);
        assert_eq!(cfg.exam_date.as_deref(), Some("2027-01-15"));
        let locs: Vec<_> = findings.iter().map(|f| (f.code, f.location())).collect();
        assert_eq!(
            locs,
            vec![
                ("bad-step", "c.toml:2:25".to_string()),
                ("out-of-range", "c.toml:3:17".to_string()),
                ("unknown-field", "c.toml:4:1".to_string()),
            ]
        );
    }

    #[test]
    fn language_is_read_checked_and_resolved_from_the_environment() {
        let (cfg, findings) = parse_config("c.toml", "language = \"ko\"\n");
        assert_eq!((cfg.language, findings.len()), (Language::Ko, 0));
        let (cfg, findings) = parse_config("c.toml", "language = \"fr\"\n");
        assert_eq!(cfg.language, Language::Auto);
        assert_eq!(
            findings
                .iter()
                .map(|f| (f.code, f.location()))
                .collect::<Vec<_>>(),
            vec![("bad-language", "c.toml:1:12".to_string())]
        );
        let env = |vars: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                vars.iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Language::Auto.resolve(env(&[("LANG", "ko_KR.UTF-8")])),
            Lang::Ko
        );
        // LC_ALL wins over LANG; an empty variable is skipped.
        assert_eq!(
            Language::Auto.resolve(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "ko_KR.UTF-8")])),
            Lang::En
        );
        assert_eq!(
            Language::Auto.resolve(env(&[
                ("LC_ALL", ""),
                ("LC_MESSAGES", "ko_KR"),
                ("LANG", "C")
            ])),
            Lang::Ko
        );
        assert_eq!(Language::Auto.resolve(env(&[])), Lang::En);
        assert_eq!(
            Language::En.resolve(env(&[("LANG", "ko_KR.UTF-8")])),
            Lang::En
        );
        assert_eq!(Language::Ko.resolve(env(&[])), Lang::Ko);
    }

    #[test]
    fn steps_parse_units() {
        assert_eq!(parse_step("10m"), Some(600));
        assert_eq!(parse_step("1d"), Some(86_400));
        assert_eq!(parse_step("0m"), None);
        assert_eq!(parse_step("m"), None);
        assert_eq!(parse_step("99999999999d"), None);
    }
}

/// A setting a user can change in the app (the keys of config.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Setting {
    /// `desired_retention`.
    DesiredRetention,
    /// `new_cards_per_day`.
    NewCardsPerDay,
    /// `max_reviews_per_day`.
    MaxReviewsPerDay,
    /// `learning_steps`.
    LearningSteps,
    /// `relearning_steps`.
    RelearningSteps,
    /// `rollover_hour`.
    RolloverHour,
    /// `leech_threshold`.
    LeechThreshold,
    /// `exam_date`.
    ExamDate,
    /// `theme`.
    Theme,
    /// `language`.
    Language,
    /// `type_cloze_answers` (on or off).
    TypeClozeAnswers,
}

impl Setting {
    /// The settings shown on the Settings screen, in order.
    pub const ALL: [Setting; 11] = [
        Setting::DesiredRetention,
        Setting::NewCardsPerDay,
        Setting::MaxReviewsPerDay,
        Setting::LearningSteps,
        Setting::RelearningSteps,
        Setting::RolloverHour,
        Setting::LeechThreshold,
        Setting::ExamDate,
        Setting::Theme,
        Setting::Language,
        Setting::TypeClozeAnswers,
    ];

    /// Its key in config.toml.
    pub fn key(self) -> &'static str {
        match self {
            Setting::DesiredRetention => "desired_retention",
            Setting::NewCardsPerDay => "new_cards_per_day",
            Setting::MaxReviewsPerDay => "max_reviews_per_day",
            Setting::LearningSteps => "learning_steps",
            Setting::RelearningSteps => "relearning_steps",
            Setting::RolloverHour => "rollover_hour",
            Setting::LeechThreshold => "leech_threshold",
            Setting::ExamDate => "exam_date",
            Setting::Theme => "theme",
            Setting::Language => "language",
            Setting::TypeClozeAnswers => "type_cloze_answers",
        }
    }

    /// Whether the setting is on or off (the Settings screen switches it with one key).
    pub fn is_switch(self) -> bool {
        self == Setting::TypeClozeAnswers
    }
}

/// How a switch is shown and typed.
fn on_off(on: bool) -> &'static str {
    if on { "on" } else { "off" }
}

/// The value of a setting as the Settings screen shows and edits it.
pub fn shown_value(c: &Config, setting: Setting) -> String {
    let steps = |v: &[u32]| {
        v.iter()
            .map(|s| match s {
                s if s % 86_400 == 0 => format!("{}d", s / 86_400),
                s if s % 3600 == 0 => format!("{}h", s / 3600),
                s if s % 60 == 0 => format!("{}m", s / 60),
                s => format!("{s}s"),
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    match setting {
        Setting::DesiredRetention => format!("{:.2}", c.desired_retention),
        Setting::NewCardsPerDay => c.new_cards_per_day.to_string(),
        Setting::MaxReviewsPerDay => c.max_reviews_per_day.to_string(),
        Setting::LearningSteps => steps(&c.learning_steps),
        Setting::RelearningSteps => steps(&c.relearning_steps),
        Setting::RolloverHour => c.rollover_hour.to_string(),
        Setting::LeechThreshold => c.leech_threshold.to_string(),
        Setting::ExamDate => c.exam_date.clone().unwrap_or_default(),
        Setting::Theme => c.theme.key().to_string(),
        Setting::Language => c.language.key().to_string(),
        Setting::TypeClozeAnswers => on_off(c.type_cloze_answers).to_string(),
    }
}

/// Why a setting was not changed, as data (`content_text` says it in English).
#[derive(Debug, Clone, PartialEq)]
pub enum SetError {
    /// The settings file is not valid TOML: its name and the parser's message.
    NotToml {
        /// The file.
        file: String,
        /// The parser's message.
        error: String,
    },
    /// The exam date typed is not a date.
    NotADate {
        /// What was typed.
        typed: String,
    },
    /// A fraction setting given something that is not a number.
    NotANumber {
        /// The setting's key.
        key: &'static str,
        /// What was typed.
        typed: String,
    },
    /// A whole-number setting given something that is not one.
    NotAWholeNumber {
        /// The setting's key.
        key: &'static str,
        /// What was typed.
        typed: String,
    },
    /// A switch given something other than on or off.
    NotOnOff {
        /// The setting's key.
        key: &'static str,
        /// What was typed.
        typed: String,
    },
    /// The file it would give has this problem (the first one).
    Invalid(FindingKind),
}

/// Sets one setting in the text of config.toml, keeping the user's comments and layout
/// (`toml_edit`), and checks the result. Returns the new text and the settings it gives, or what
/// is wrong.
pub fn set_value(
    file: &str,
    text: &str,
    setting: Setting,
    typed: &str,
) -> Result<(String, Config), SetError> {
    let key = setting.key();
    let mut doc: toml_edit::DocumentMut =
        text.parse()
            .map_err(|e: toml_edit::TomlError| SetError::NotToml {
                file: file.to_string(),
                error: e.message().to_string(),
            })?;
    let typed = typed.trim();
    let value: Option<toml_edit::Value> = match setting {
        Setting::ExamDate if typed.is_empty() => None,
        Setting::LearningSteps | Setting::RelearningSteps => {
            let mut arr = toml_edit::Array::new();
            for s in typed.split([' ', ',']).filter(|s| !s.is_empty()) {
                arr.push(s);
            }
            Some(toml_edit::Value::Array(arr))
        }
        Setting::Theme | Setting::Language => Some(typed.into()),
        Setting::TypeClozeAnswers => Some(
            match typed.to_lowercase().as_str() {
                "on" | "true" | "yes" => true,
                "off" | "false" | "no" => false,
                _ => {
                    return Err(SetError::NotOnOff {
                        key,
                        typed: typed.to_string(),
                    });
                }
            }
            .into(),
        ),
        Setting::ExamDate => Some(
            typed
                .parse::<toml_edit::Datetime>()
                .map_err(|_| SetError::NotADate {
                    typed: typed.to_string(),
                })?
                .into(),
        ),
        Setting::DesiredRetention => Some(
            typed
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite())
                .ok_or_else(|| SetError::NotANumber {
                    key,
                    typed: typed.to_string(),
                })?
                .into(),
        ),
        Setting::NewCardsPerDay
        | Setting::MaxReviewsPerDay
        | Setting::RolloverHour
        | Setting::LeechThreshold => Some(
            typed
                .parse::<i64>()
                .map_err(|_| SetError::NotAWholeNumber {
                    key,
                    typed: typed.to_string(),
                })?
                .into(),
        ),
    };
    match value {
        Some(mut v) => {
            // Keep the spacing and the comment written around the old value.
            if let Some(old) = doc.get(key).and_then(|i| i.as_value()) {
                *v.decor_mut() = old.decor().clone();
            }
            doc[key] = toml_edit::value(v);
        }
        None => {
            doc.remove(key);
        }
    }
    let new_text = doc.to_string();
    let (cfg, findings) = parse_config(file, &new_text);
    if let Some(f) = findings.first() {
        return Err(SetError::Invalid(f.kind.clone()));
    }
    Ok((new_text, cfg))
}

#[cfg(test)]
mod edit_tests {
    use super::*;

    #[test]
    fn setting_a_value_keeps_comments_and_layout() {
        let text =
            "# my settings\nnew_cards_per_day = 20 # a comfortable pace\n\ntheme = \"dark\"\n";
        let (out, cfg) = set_value("c.toml", text, Setting::NewCardsPerDay, "35").unwrap();
        assert_eq!(
            out,
            "# my settings\nnew_cards_per_day = 35 # a comfortable pace\n\ntheme = \"dark\"\n"
        );
        assert_eq!(cfg.new_cards_per_day, 35);
        let (out, cfg) = set_value("c.toml", &out, Setting::LearningSteps, "1m 5m 30m").unwrap();
        assert!(
            out.contains("learning_steps = [\"1m\", \"5m\", \"30m\"]"),
            "{out}"
        );
        assert_eq!(cfg.learning_steps, vec![60, 300, 1800]);
        let (out, cfg) = set_value("c.toml", &out, Setting::ExamDate, "2027-01-15").unwrap();
        assert!(out.contains("exam_date = 2027-01-15"), "{out}");
        assert_eq!(cfg.exam_date.as_deref(), Some("2027-01-15"));
        let (out, _) = set_value("c.toml", &out, Setting::ExamDate, "").unwrap();
        assert!(!out.contains("exam_date"));
        assert_eq!(shown_value(&cfg, Setting::LearningSteps), "1m 5m 30m");
        let (out, cfg) = set_value("c.toml", &out, Setting::TypeClozeAnswers, "on").unwrap();
        assert!(out.contains("type_cloze_answers = true"), "{out}");
        assert!(cfg.type_cloze_answers);
        assert_eq!(shown_value(&cfg, Setting::TypeClozeAnswers), "on");
    }

    #[test]
    fn invalid_values_are_refused_with_a_reason() {
        // The sentences are tested in content_text.
        assert_eq!(
            set_value("c.toml", "", Setting::DesiredRetention, "0.5").unwrap_err(),
            SetError::Invalid(FindingKind::FractionOutOfRange {
                key: "desired_retention".into(),
                value: 0.5,
                lo: 0.70,
                hi: 0.97,
            })
        );
        assert_eq!(
            set_value("c.toml", "", Setting::RolloverHour, "four").unwrap_err(),
            SetError::NotAWholeNumber {
                key: "rollover_hour",
                typed: "four".into()
            }
        );
        assert_eq!(
            set_value("c.toml", "", Setting::TypeClozeAnswers, "maybe").unwrap_err(),
            SetError::NotOnOff {
                key: "type_cloze_answers",
                typed: "maybe".into()
            }
        );
        assert!(matches!(
            set_value("c.toml", "", Setting::Theme, "pink").unwrap_err(),
            SetError::Invalid(FindingKind::BadTheme { .. })
        ));
        assert!(matches!(
            set_value("c.toml", "", Setting::LearningSteps, "1m 5x").unwrap_err(),
            SetError::Invalid(FindingKind::BadStep { step, .. }) if step == "5x"
        ));
    }
}

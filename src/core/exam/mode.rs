//! Which kind of mock exam: full, quick, practice (by domain, service or task) or weak areas, and
//! the stored name each has (`key`, read back strictly by `from_key`).

use crate::core::content::Question;
use crate::core::domain::Domain;

/// Questions in a weak-area exam.
pub const WEAK_COUNT: usize = 20;

/// The questions of a quick exam.
pub const QUICK_COUNT: usize = 10;

/// Which kind of exam.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The blueprint's questions and time, drawn to its domain weights.
    Full,
    /// 10 questions, untimed.
    Quick,
    /// Practice on a domain, service or task: answers and explanations after each question,
    /// untimed.
    Practice(Practice),
    /// Practice on the task statements missed most so far (this many questions): answers and
    /// explanations after each question, untimed.
    Weak(usize),
}

/// What a practice session draws from.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Practice {
    /// Only this domain.
    pub domain: Option<Domain>,
    /// Only questions on this service (case-insensitive).
    pub service: Option<String>,
    /// Only this task statement, for example `1.2`.
    pub task: Option<String>,
    /// How many questions.
    pub count: usize,
}

impl Practice {
    /// Practice on one domain, 20 questions.
    pub fn domain(d: Domain) -> Practice {
        Practice {
            domain: Some(d),
            count: 20,
            ..Practice::default()
        }
    }

    /// Whether a question is in this practice.
    pub fn accepts(&self, q: &Question) -> bool {
        self.domain.is_none_or(|d| q.domain == d)
            && self
                .service
                .as_ref()
                .is_none_or(|s| q.service.eq_ignore_ascii_case(s))
            && self.task.as_ref().is_none_or(|t| &q.task == t)
    }
}

impl Mode {
    /// The name stored with the attempt.
    pub fn key(&self) -> String {
        match self {
            Mode::Full => "full".into(),
            Mode::Quick => "quick".into(),
            Mode::Practice(p) => {
                let mut parts = Vec::new();
                if let Some(d) = p.domain {
                    parts.push(format!("domain={}", d.key()));
                }
                if let Some(s) = &p.service {
                    parts.push(format!("service={s}"));
                }
                if let Some(t) = &p.task {
                    parts.push(format!("task={t}"));
                }
                format!("practice:{}", parts.join(";"))
            }
            Mode::Weak(_) => "weak".into(),
        }
    }

    /// The mode of a stored name (`Mode::key`). A name that does not read whole is an error, never
    /// another mode.
    pub fn from_key(key: &str) -> Result<Mode, BadMode> {
        let bad = || BadMode(key.to_string());
        match key {
            "full" => Ok(Mode::Full),
            "quick" => Ok(Mode::Quick),
            "weak" => Ok(Mode::Weak(WEAK_COUNT)),
            _ => {
                let rest = key.strip_prefix("practice:").ok_or_else(bad)?;
                let mut p = Practice::default();
                for part in rest.split(';').filter(|s| !s.is_empty()) {
                    match part.split_once('=') {
                        Some(("domain", v)) => {
                            p.domain = Some(Domain::from_key(v).ok_or_else(bad)?)
                        }
                        Some(("service", v)) if !v.is_empty() => p.service = Some(v.to_string()),
                        Some(("task", v)) if Domain::ALL.iter().any(|d| d.task(v).is_some()) => {
                            p.task = Some(v.to_string())
                        }
                        // Attempts stored before filters had names held just the domain.
                        None => p.domain = Some(Domain::from_key(part).ok_or_else(bad)?),
                        Some(_) => return Err(bad()),
                    }
                }
                Ok(Mode::Practice(p))
            }
        }
    }

    /// Practice shows the answer after each question.
    pub fn shows_answers(&self) -> bool {
        matches!(self, Mode::Practice(_) | Mode::Weak(_))
    }
}

/// A stored exam mode that does not read (a damaged or foreign row). Its words are made by
/// `study_text` (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadMode(pub String);

impl std::error::Error for BadMode {}

/// A mode is written as its stored name (JSON, the store).
impl serde::Serialize for Mode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.key())
    }
}

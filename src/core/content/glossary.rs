//! The Korean glossary (`content/glossary.toml`): one Korean term per English term, and the other
//! renderings that `lint` reports (`glossary-term`) when an item uses them.

use serde::Deserialize;
use std::sync::OnceLock;

/// One English term and its Korean term.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The English term as the glossary writes it.
    pub en: String,
    /// The Korean term to use.
    pub ko: String,
    /// Lowercase pieces of English that mean the item uses the term (`queue`).
    #[serde(rename = "match")]
    pub matches: Vec<String>,
    /// Lowercase English words that mean the item is about something else.
    #[serde(default, rename = "except")]
    pub except: Vec<String>,
    /// Other Korean renderings, not to be used.
    #[serde(default)]
    pub avoid: Vec<String>,
    /// Whether no Korean AWS page was found for it (a suggestion).
    #[serde(default)]
    pub suggested: bool,
    /// A Korean AWS page that uses the term (none for a suggestion).
    #[serde(default)]
    pub source: Option<String>,
}

#[derive(Deserialize)]
struct File {
    term: Vec<Term>,
}

/// The glossary's text, as bundled.
pub const TEXT: &str = include_str!("../../../content/glossary.toml");

/// Reads a glossary file.
pub fn parse(text: &str) -> Result<Vec<Term>, toml::de::Error> {
    toml::from_str::<File>(text).map(|f| f.term)
}

/// The bundled glossary (empty if it does not read; a test keeps it readable).
pub fn bundled() -> &'static [Term] {
    static TERMS: OnceLock<Vec<Term>> = OnceLock::new();
    TERMS.get_or_init(|| parse(TEXT).unwrap_or_default())
}

/// A place where Korean text renders a glossary term another way.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Avoided<'g> {
    /// The term.
    pub term: &'g Term,
    /// The rendering used.
    pub used: &'g str,
    /// Its byte offset in the Korean text.
    pub at: usize,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The avoided renderings in `korean` of the terms that `english` uses. A rendering counts at the
/// start of a word only (`큐` in `큐에` but not in `시큐어`); Korean particles follow words, so
/// the end is not checked.
pub fn avoided<'g>(terms: &'g [Term], english: &str, korean: &str) -> Vec<Avoided<'g>> {
    let lower = english.to_lowercase();
    let mut out = Vec::new();
    for term in terms {
        if !term.matches.iter().any(|m| lower.contains(m.as_str()))
            || term.except.iter().any(|e| lower.contains(e.as_str()))
        {
            continue;
        }
        for used in &term.avoid {
            let found = korean.match_indices(used.as_str()).find(|(i, _)| {
                korean[..*i]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_word_char(c))
            });
            if let Some((at, _)) = found {
                out.push(Avoided {
                    term,
                    used: used.as_str(),
                    at,
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_glossary_reads_and_has_one_korean_term_per_english_term() {
        let terms = parse(TEXT).unwrap();
        assert!(terms.len() >= 150, "{}", terms.len());
        let mut seen = std::collections::HashSet::new();
        for t in &terms {
            assert!(seen.insert(t.en.to_lowercase()), "{} twice", t.en);
            assert!(!t.matches.is_empty(), "{}", t.en);
            match &t.source {
                Some(url) => assert!(
                    url.starts_with("https://docs.aws.amazon.com/ko_kr/")
                        || url.starts_with("https://aws.amazon.com/ko/"),
                    "{}: {url}",
                    t.en
                ),
                None => assert!(
                    t.suggested,
                    "{} has no source and is not marked a suggestion",
                    t.en
                ),
            }
            for a in &t.avoid {
                assert!(!t.ko.contains(a.as_str()), "{}: avoids its own term", t.en);
            }
        }
        assert_eq!(bundled().len(), terms.len());
    }

    #[test]
    fn avoided_terms_are_found_at_word_starts_when_the_english_uses_the_term() {
        let g = bundled();
        let hits = avoided(
            g,
            "Messages wait in the queue.",
            "메시지가 큐에서 기다린다.",
        );
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].term.ko.as_str(), hits[0].used), ("대기열", "큐"));
        assert_eq!(hits[0].at, "메시지가 ".len());
        // Inside a word, or when the English is about something else, it is not a finding.
        assert!(avoided(g, "The queue is secure.", "시큐어 대기열").is_empty());
        assert!(avoided(g, "No such term here.", "큐").is_empty());
        assert!(avoided(g, "A container image layer.", "이미지 레이어").is_empty());
        assert_eq!(avoided(g, "A Lambda layer.", "Lambda 레이어").len(), 1);
    }
}

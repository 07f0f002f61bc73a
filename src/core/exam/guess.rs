//! Blind guessing: how well surface heuristics (the longest choice, the one without "always", the one
//! that repeats the stem ...) answer the question bank without any knowledge of AWS.
//!
//! A mock exam is only worth something if these score near chance; the content tests and
//! `awsdrill lint --stats` report them. Scoring is exact: where a heuristic ties between choices, it
//! gets the probability that a random tie-break picks the correct set.
//!
//! Pure.

use crate::core::content::Question;
use serde::Serialize;

/// A surface cue a test-wise guesser uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Heuristic {
    /// The longest choice (characters).
    Longest,
    /// The shortest choice (characters).
    Shortest,
    /// The choice with the most words.
    MostWords,
    /// The choice with the fewest absolute words (always, never, only, cannot ...).
    FewestAbsolutes,
    /// The choice sharing the most content words with the stem.
    StemOverlap,
    /// The choice with the most specific tokens (numbers, CamelCase API names, acronyms, `s3:Action`).
    MostSpecific,
    /// The choice with the most hedges (may, can, usually ...).
    MostHedged,
    /// The choice most like the others ("convergence": the key shares most words with the distractors
    /// written around it).
    Convergence,
}

impl Heuristic {
    /// Every heuristic.
    pub const ALL: [Heuristic; 8] = [
        Heuristic::Longest,
        Heuristic::Shortest,
        Heuristic::MostWords,
        Heuristic::FewestAbsolutes,
        Heuristic::StemOverlap,
        Heuristic::MostSpecific,
        Heuristic::MostHedged,
        Heuristic::Convergence,
    ];

    /// Its key in reports and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Heuristic::Longest => "longest",
            Heuristic::Shortest => "shortest",
            Heuristic::MostWords => "most-words",
            Heuristic::FewestAbsolutes => "fewest-absolutes",
            Heuristic::StemOverlap => "stem-overlap",
            Heuristic::MostSpecific => "most-specific",
            Heuristic::MostHedged => "most-hedged",
            Heuristic::Convergence => "convergence",
        }
    }

    /// Each choice's score under this heuristic (higher is picked first).
    pub fn scores(self, q: &Question) -> Vec<f64> {
        let texts: Vec<&str> = q.choices.iter().map(|c| c.text.as_str()).collect();
        let count = |set: &[&str], t: &str| -> f64 {
            words(t)
                .filter(|w| set.contains(&w.to_ascii_lowercase().as_str()))
                .count() as f64
        };
        match self {
            Heuristic::Longest => texts.iter().map(|t| t.chars().count() as f64).collect(),
            Heuristic::Shortest => texts.iter().map(|t| -(t.chars().count() as f64)).collect(),
            Heuristic::MostWords => texts.iter().map(|t| words(t).count() as f64).collect(),
            Heuristic::FewestAbsolutes => texts.iter().map(|t| -count(ABSOLUTE, t)).collect(),
            Heuristic::MostHedged => texts.iter().map(|t| count(HEDGE, t)).collect(),
            Heuristic::StemOverlap => {
                let stem = content_words(&q.stem);
                texts
                    .iter()
                    .map(|t| content_words(t).intersection(&stem).count() as f64)
                    .collect()
            }
            Heuristic::MostSpecific => texts.iter().map(|t| specific_tokens(t) as f64).collect(),
            Heuristic::Convergence => {
                let sets: Vec<_> = texts.iter().map(|t| content_words(t)).collect();
                (0..sets.len())
                    .map(|i| {
                        (0..sets.len())
                            .filter(|&j| j != i)
                            .map(|j| {
                                let inter = sets[i].intersection(&sets[j]).count() as f64;
                                let union = sets[i].union(&sets[j]).count().max(1) as f64;
                                inter / union
                            })
                            .sum()
                    })
                    .collect()
            }
        }
    }

    /// The probability that this heuristic answers `q` right: it picks the `choose` best-scoring
    /// choices, breaking ties at random.
    pub fn credit(self, q: &Question) -> f64 {
        let correct: Vec<bool> = q.choices.iter().map(|c| c.correct).collect();
        credit(&self.scores(q), &correct, q.choose)
    }
}

/// Words that state an absolute.
const ABSOLUTE: &[&str] = &[
    "always",
    "never",
    "only",
    "cannot",
    "can't",
    "must",
    "all",
    "none",
    "every",
    "entirely",
    "completely",
    "guaranteed",
    "impossible",
    "solely",
    "any",
    "no",
];

/// Words that hedge.
const HEDGE: &[&str] = &[
    "may",
    "might",
    "can",
    "could",
    "usually",
    "typically",
    "generally",
    "often",
    "some",
    "likely",
    "possibly",
    "sometimes",
];

/// Words too common to count as shared content.
const STOP: &[&str] = &[
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as",
    "is", "are", "be", "it", "its", "this", "that", "these", "those", "which", "what", "when",
    "where", "who", "how", "than", "then", "into", "onto", "per", "each", "their", "there", "them",
    "they", "so", "not", "but", "if", "use", "uses", "using", "used", "set", "sets", "instead",
    "only",
];

/// The words of a text: runs of ASCII letters and digits, joined by `:`, `_`, `-`, `.` or `'`
/// inside a word (`s3:GetObject`, `X-Ray`, `can't` are one word each).
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() && !bytes[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i >= bytes.len() {
            return None;
        }
        let start = i;
        let mut end = i + 1;
        i += 1;
        while i < bytes.len()
            && (bytes[i].is_ascii_alphanumeric()
                || matches!(bytes[i], b':' | b'_' | b'-' | b'.' | b'\''))
        {
            if bytes[i].is_ascii_alphanumeric() {
                end = i + 1;
            }
            i += 1;
        }
        i = end;
        Some(&text[start..end])
    })
}

fn content_words(text: &str) -> std::collections::BTreeSet<String> {
    words(text)
        .filter(|w| w.len() >= 4)
        .map(|w| w.to_ascii_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect()
}

/// Tokens that look specific: with a digit, camelCase inside, an acronym, or `:`/`_` (API actions),
/// plus each pair of backticks.
fn specific_tokens(text: &str) -> usize {
    let n = words(text)
        .filter(|w| {
            let b = w.as_bytes();
            let digit = b.iter().any(u8::is_ascii_digit);
            let camel = b
                .windows(2)
                .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase());
            let core = w.strip_suffix('s').unwrap_or(w);
            let acronym = (b.len() >= 2 && b.iter().all(u8::is_ascii_uppercase))
                || (core.len() >= 2 && core.bytes().all(|c| c.is_ascii_uppercase()));
            let action = b.iter().any(|c| matches!(c, b':' | b'_'));
            digit || camel || acronym || action
        })
        .count();
    n + text.matches('`').count() / 2
}

fn binomial(n: usize, k: usize) -> f64 {
    (0..k).fold(1.0, |acc, i| acc * (n - i) as f64 / (i + 1) as f64)
}

/// The probability that picking the `k` best of `scores` (ties broken at random) picks exactly the
/// choices marked in `correct`.
pub fn credit(scores: &[f64], correct: &[bool], k: usize) -> f64 {
    let mut levels: Vec<f64> = scores.to_vec();
    levels.sort_by(|a, b| b.total_cmp(a));
    levels.dedup();
    let mut picked = 0;
    for level in levels {
        let group: Vec<usize> = (0..scores.len()).filter(|&i| scores[i] == level).collect();
        let need = k - picked;
        let right = group.iter().filter(|&&i| correct[i]).count();
        if group.len() <= need {
            if right < group.len() {
                return 0.0;
            }
            picked += group.len();
            if picked == k {
                return 1.0;
            }
        } else {
            // Only `need` of this tied group are picked: right only if every correct choice left is
            // in the group and the random draw takes exactly them.
            let left = correct.iter().filter(|&&c| c).count() - picked;
            return if right == need && left == need {
                1.0 / binomial(group.len(), need)
            } else {
                0.0
            };
        }
    }
    0.0
}

/// The probability of answering `q` right by picking `choose` choices at random.
pub fn chance(q: &Question) -> f64 {
    1.0 / binomial(q.choices.len(), q.choose)
}

/// How guessable a set of questions is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Guessability {
    /// Questions looked at.
    pub questions: usize,
    /// Of which single-answer.
    pub single_answer: usize,
    /// Single-answer questions whose key is the longest choice (ties count).
    pub key_longest: usize,
    /// Single-answer questions whose key is the shortest choice (ties count).
    pub key_shortest: usize,
    /// The mean probability of a random guess being right.
    pub chance: f64,
    /// Each heuristic's mean score over the questions, best first.
    pub heuristics: Vec<(Heuristic, f64)>,
}

impl Guessability {
    /// Measures a set of questions.
    pub fn of<'a>(questions: impl IntoIterator<Item = &'a Question>) -> Guessability {
        let mut g = Guessability {
            questions: 0,
            single_answer: 0,
            key_longest: 0,
            key_shortest: 0,
            chance: 0.0,
            heuristics: Heuristic::ALL.iter().map(|h| (*h, 0.0)).collect(),
        };
        for q in questions {
            g.questions += 1;
            g.chance += chance(q);
            for (h, total) in &mut g.heuristics {
                *total += h.credit(q);
            }
            if q.choose == 1 {
                g.single_answer += 1;
                let lens: Vec<usize> = q.choices.iter().map(|c| c.text.chars().count()).collect();
                if let Some(key) = q.choices.iter().position(|c| c.correct) {
                    g.key_longest += usize::from(lens.iter().all(|&l| l <= lens[key]));
                    g.key_shortest += usize::from(lens.iter().all(|&l| l >= lens[key]));
                }
            }
        }
        if g.questions > 0 {
            let n = g.questions as f64;
            g.chance /= n;
            for (_, total) in &mut g.heuristics {
                *total /= n;
            }
        }
        g.heuristics.sort_by(|a, b| b.1.total_cmp(&a.1));
        g
    }

    /// The share of single-answer questions whose key is the longest choice, in percent.
    pub fn key_longest_percent(&self) -> f64 {
        percent(self.key_longest, self.single_answer)
    }

    /// The share of single-answer questions whose key is the shortest choice, in percent.
    pub fn key_shortest_percent(&self) -> f64 {
        percent(self.key_shortest, self.single_answer)
    }

    /// The best heuristic and its score.
    pub fn best(&self) -> Option<(Heuristic, f64)> {
        self.heuristics.first().copied()
    }
}

/// The mean score of full mock exams answered by `h` alone: one exam drawn per seed `0..seeds`
/// exactly as the app draws them (domain weights, difficulty mix, shuffled choices), each scored by
/// the heuristic's exact chance of being right on each question. Choice order does not change a
/// heuristic's pick, so only the draw varies.
pub fn full_exam_score(
    pool: &[&Question],
    bp: &super::blueprint::Blueprint,
    h: Heuristic,
    seeds: u64,
) -> f64 {
    use rand::SeedableRng;
    let none = std::collections::HashSet::new();
    let mut sum = 0.0;
    for seed in 0..seeds {
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let exam = super::draw_full(pool, bp, &none, &mut rng);
        let n = exam.len().max(1) as f64;
        sum += exam.iter().map(|d| h.credit(pool[d.question])).sum::<f64>() / n;
    }
    if seeds == 0 { 0.0 } else { sum / seeds as f64 }
}

fn percent(n: usize, of: usize) -> f64 {
    if of == 0 {
        0.0
    } else {
        n as f64 * 100.0 / of as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::Choice;
    use crate::core::domain::Domain;

    fn q(stem: &str, choices: &[(&str, bool)]) -> Question {
        Question {
            id: "p/q".into(),
            domain: Domain::Development,
            task: "1.1".into(),
            service: "S".into(),
            difficulty: None,
            stem: stem.into(),
            choose: choices.iter().filter(|c| c.1).count(),
            choices: choices
                .iter()
                .map(|(t, c)| Choice {
                    text: (*t).into(),
                    correct: *c,
                    why: "because it is so".into(),
                    ko_text: None,
                    ko_why: None,
                })
                .collect(),
            source: String::new(),
            cards: Vec::new(),
            tags: Vec::new(),
            ko_stem: None,
        }
    }

    #[test]
    fn words_keep_api_names_and_drop_punctuation() {
        let w: Vec<&str> = words("Use s3:GetObject, X-Ray's SDK (v2.1). Can't!").collect();
        assert_eq!(
            w,
            ["Use", "s3:GetObject", "X-Ray's", "SDK", "v2.1", "Can't"]
        );
    }

    #[test]
    fn credit_is_exact_with_ties() {
        // A unique best that is the key: 1; a unique best that is not: 0.
        assert_eq!(
            credit(&[3.0, 1.0, 1.0, 1.0], &[true, false, false, false], 1),
            1.0
        );
        assert_eq!(
            credit(&[3.0, 1.0, 1.0, 1.0], &[false, true, false, false], 1),
            0.0
        );
        // Two tied best, one of them the key: a coin toss.
        assert_eq!(
            credit(&[2.0, 2.0, 1.0, 0.0], &[false, true, false, false], 1),
            0.5
        );
        // All tied: chance.
        assert_eq!(credit(&[0.0; 4], &[false, false, true, false], 1), 0.25);
        // Choose two of five, all tied: 1 / C(5, 2).
        assert!((credit(&[0.0; 5], &[true, true, false, false, false], 2) - 0.1).abs() < 1e-12);
        // Choose two: one sure pick right, the second from a tie of three holding the other key.
        let c = credit(
            &[5.0, 1.0, 1.0, 1.0, 0.0],
            &[true, false, true, false, false],
            2,
        );
        assert!((c - 1.0 / 3.0).abs() < 1e-12);
        // Choose two: the sure pick is wrong.
        assert_eq!(
            credit(
                &[5.0, 1.0, 1.0, 1.0, 0.0],
                &[false, true, true, false, false],
                2
            ),
            0.0
        );
    }

    #[test]
    fn each_heuristic_finds_what_it_looks_for() {
        let long = q(
            "A team stores orders in a table.",
            &[
                ("Short one.", false),
                (
                    "A much longer choice with many more words in it than the rest.",
                    true,
                ),
                ("Another short.", false),
                ("Tiny.", false),
            ],
        );
        assert_eq!(Heuristic::Longest.credit(&long), 1.0);
        assert_eq!(Heuristic::MostWords.credit(&long), 1.0);
        assert_eq!(Heuristic::Shortest.credit(&long), 0.0);
        let absolute = q(
            "?",
            &[
                ("It always works.", false),
                ("It works in most cases.", true),
                ("It never fails.", false),
                ("Only this one works.", false),
            ],
        );
        assert_eq!(Heuristic::FewestAbsolutes.credit(&absolute), 1.0);
        let echo = q(
            "Orders arrive from the checkout service into a queue.",
            &[
                ("Poll the checkout orders queue.", true),
                ("Add a cache.", false),
                ("Write a cron job.", false),
                ("Use a bigger instance.", false),
            ],
        );
        assert_eq!(Heuristic::StemOverlap.credit(&echo), 1.0);
        let specific = q(
            "?",
            &[
                ("Call GetItem with ConsistentRead set to true.", true),
                ("Read the item again later.", false),
                ("Read it from a replica.", false),
                ("Ask for a fresh copy.", false),
            ],
        );
        assert_eq!(Heuristic::MostSpecific.credit(&specific), 1.0);
        let hedged = q(
            "?",
            &[
                ("It may usually help.", true),
                ("It helps.", false),
                ("It fixes it.", false),
                ("It stops it.", false),
            ],
        );
        assert_eq!(Heuristic::MostHedged.credit(&hedged), 1.0);
        let converge = q(
            "?",
            &[
                ("Enable bucket versioning on the source bucket.", true),
                ("Enable bucket versioning on the target.", false),
                ("Enable replication on the source bucket.", false),
                ("Rotate the keys.", false),
            ],
        );
        assert_eq!(Heuristic::Convergence.credit(&converge), 1.0);
    }

    #[test]
    fn a_bank_of_even_choices_sits_at_chance() {
        let qs: Vec<Question> = (0..4)
            .map(|k| {
                q(
                    "A stem.",
                    &[
                        ("Alpha beta.", k == 0),
                        ("Gamma delta.", k == 1),
                        ("Epsilon zeta.", k == 2),
                        ("Theta iotas.", k == 3),
                    ],
                )
            })
            .collect();
        let g = Guessability::of(&qs);
        assert_eq!(g.questions, 4);
        assert!((g.chance - 0.25).abs() < 1e-12);
        for (h, s) in &g.heuristics {
            assert!((s - 0.25).abs() < 1e-12, "{h:?} {s}");
        }
        // Choices of 11, 12, 13 and 12 characters: one key is the longest, one the shortest.
        assert_eq!((g.key_longest, g.key_shortest), (1, 1));
    }
}

//! Near-duplicate detection: Jaccard similarity of character trigrams of normalized text.
//!
//! Pure. Pairs are only compared when their trigram counts could reach the threshold, so large packs
//! stay fast.

use std::collections::HashSet;

/// Two texts at or above this similarity are reported as near duplicates.
pub const THRESHOLD: f64 = 0.85;

fn trigrams(text: &str) -> HashSet<[char; 3]> {
    let norm: Vec<char> = super::load::normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .collect();
    norm.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

/// Every pair `(earlier, later, similarity)` of texts at or above `THRESHOLD`, in input order.
pub fn near_pairs(texts: &[&str]) -> Vec<(usize, usize, f64)> {
    let sets: Vec<_> = texts.iter().map(|t| trigrams(t)).collect();
    let mut order: Vec<usize> = (0..sets.len()).collect();
    order.sort_by_key(|&i| sets[i].len());
    let mut out = Vec::new();
    for (pos, &i) in order.iter().enumerate() {
        for &j in &order[pos + 1..] {
            let (small, large) = (sets[i].len() as f64, sets[j].len() as f64);
            if large > 0.0 && small / large < THRESHOLD {
                break;
            }
            let s = similarity(&sets[i], &sets[j]);
            if s >= THRESHOLD {
                out.push((i.min(j), i.max(j), s));
            }
        }
    }
    out.sort_by_key(|&(a, b, _)| (b, a));
    out
}

fn similarity(a: &HashSet<[char; 3]>, b: &HashSet<[char; 3]>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let inter = a.intersection(b).count();
    inter as f64 / (a.len() + b.len() - inter) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_reworded_copies_but_not_different_facts() {
        let texts = [
            "What is the maximum timeout of a Lambda function?",
            "What is the maximum memory of a Lambda function?",
            "What is the maximum timeout of a Lambda function ?",
            "How long can an SQS message stay in a queue at most?",
        ];
        let pairs = near_pairs(&texts);
        assert_eq!(pairs.len(), 1, "{pairs:?}");
        assert_eq!((pairs[0].0, pairs[0].1), (0, 2));
    }
}

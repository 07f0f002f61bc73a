//! Near-duplicate detection: Jaccard similarity of character trigrams of normalized text.
//!
//! Pure. Texts are not compared pair by pair: an index finds the candidates (prefix filtering, as
//! in PPJoin), and each candidate is verified with the exact similarity. The index is exact, not
//! probabilistic: every pair at or above `THRESHOLD` is found, so what counts as a near duplicate is
//! the same as comparing every pair.
//!
//! How: each text becomes the set of its trigrams, written as token numbers in one order for all
//! texts, rarest trigram first. Two sets with a Jaccard similarity of at least t share at least
//! t/(1+t) of their summed sizes, so they must share a token among the first few of each (the
//! prefixes); only texts that do are counted as candidates, and a candidate is dropped as soon as
//! the tokens left could not reach the overlap needed. Rare trigrams make short index lists.

use rustc_hash::FxHashMap;

/// Two texts at or above this similarity are reported as near duplicates.
pub const THRESHOLD: f64 = 0.85;

/// How many tokens the prefixes of a candidate pair must share. With prefixes one token longer
/// than the least, every pair at the threshold shares two there (its two rarest common tokens),
/// and far fewer chance pairs do than share one.
const SHARED: usize = 2;

/// Guards the bounds below against rounding: a bound a little too loose only adds a candidate.
const SLACK: f64 = 1e-9;

/// The character trigrams of a text, each packed into one number (21 bits a character).
fn trigrams(text: &str) -> impl Iterator<Item = u64> {
    let norm: Vec<u64> = super::load::normalize(text)
        .chars()
        .filter(|c| c.is_alphanumeric() || *c == ' ')
        .map(u64::from)
        .collect();
    (0..norm.len().saturating_sub(2)).map(move |i| norm[i] << 42 | norm[i + 1] << 21 | norm[i + 2])
}

/// Every pair `(earlier, later, similarity)` of texts at or above `THRESHOLD`, ordered by the later
/// text, then the earlier.
pub fn near_pairs(texts: &[&str]) -> Vec<(usize, usize, f64)> {
    join(&token_sets(texts), |_, _| true)
}

/// `near_pairs`, keeping only the pairs whose texts are in different groups (`group[i]` is the
/// group of `texts[i]`, for example the pack it comes from).
pub fn near_pairs_between(texts: &[&str], group: &[usize]) -> Vec<(usize, usize, f64)> {
    join(&token_sets(texts), |a, b| group[a] != group[b])
}

/// The trigram set of each text as ascending token numbers, where a lower number is a rarer
/// trigram (ties by first appearance, so the numbering depends only on the input).
fn token_sets(texts: &[&str]) -> Vec<Vec<u32>> {
    let mut ids: FxHashMap<u64, u32> = FxHashMap::default();
    let mut freq: Vec<u32> = Vec::new();
    let sets: Vec<Vec<u32>> = texts
        .iter()
        .map(|t| {
            let mut set: Vec<u32> = trigrams(t)
                .map(|g| {
                    *ids.entry(g).or_insert_with(|| {
                        freq.push(0);
                        (freq.len() - 1) as u32
                    })
                })
                .collect();
            set.sort_unstable();
            set.dedup();
            for &tok in &set {
                freq[tok as usize] += 1;
            }
            set
        })
        .collect();
    let mut by_rarity: Vec<u32> = (0..freq.len() as u32).collect();
    by_rarity.sort_unstable_by_key(|&tok| (freq[tok as usize], tok));
    let mut rank = vec![0u32; freq.len()];
    for (r, &tok) in by_rarity.iter().enumerate() {
        rank[tok as usize] = r as u32;
    }
    sets.into_iter()
        .map(|set| {
            let mut ranked: Vec<u32> = set.into_iter().map(|tok| rank[tok as usize]).collect();
            ranked.sort_unstable();
            ranked
        })
        .collect()
}

/// The smallest whole number at or above `x`, a hair lower when `x` is a whole number but for
/// rounding.
fn at_least(x: f64) -> usize {
    (x - SLACK).ceil().max(0.0) as usize
}

/// A set in the index list of one of its tokens. The set's size is kept here so that scanning a
/// list reads only the list (the sets are elsewhere in memory).
#[derive(Clone, Copy)]
struct Posting {
    set: u32,
    /// Where the token is in the set.
    pos: u32,
    /// The size of the set.
    len: u32,
}

/// The pairs of sets at or above `THRESHOLD` that `keep` accepts (asked before the exact check).
fn join(sets: &[Vec<u32>], keep: impl Fn(usize, usize) -> bool) -> Vec<(usize, usize, f64)> {
    let t = THRESHOLD;
    let tokens = sets
        .iter()
        .filter_map(|s| s.last())
        .max()
        .map_or(0, |&m| m as usize + 1);
    // Sets are visited from the smallest, so every set in the index is at most as large as the one
    // looking it up; each index list is in visiting order, hence by size.
    let mut order: Vec<usize> = (0..sets.len()).collect();
    order.sort_by_key(|&i| (sets[i].len(), i));
    let mut lists: Vec<Vec<Posting>> = vec![Vec::new(); tokens];
    // Entries before a list's head belong to sets too small for every later set.
    let mut heads: Vec<usize> = vec![0; tokens];
    // Per set: shared prefix tokens counted so far, or -1 once it cannot reach the threshold.
    let mut shared: Vec<i32> = vec![0; sets.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut needed: Vec<usize> = Vec::new();
    let mut empty: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    let mut push = |a: usize, b: usize, s: f64| out.push((a.min(b), a.max(b), s));
    for &x in &order {
        let xs = &sets[x];
        let n = xs.len();
        if n == 0 {
            // Texts without a trigram are all alike (similarity 1).
            for &e in empty.iter().filter(|&&e| keep(e, x)) {
                push(e, x, 1.0);
            }
            empty.push(x);
            continue;
        }
        let min_len = at_least(t * n as f64).max(1);
        // The overlap a set of each possible size (min_len..=n) needs with this one.
        needed.clear();
        needed.extend((min_len..=n).map(|ny| at_least(t / (1.0 + t) * (n + ny) as f64)));
        for (i, &tok) in xs[..(n - min_len + SHARED).min(n)].iter().enumerate() {
            let list = &lists[tok as usize];
            let mut head = heads[tok as usize];
            while head < list.len() && (list[head].len as usize) < min_len {
                head += 1;
            }
            heads[tok as usize] = head;
            for p in &list[head..] {
                let (y, j, ny) = (p.set as usize, p.pos as usize, p.len as usize);
                let count = shared[y];
                if count < 0 {
                    continue;
                }
                let reachable = count as usize + (n - i).min(ny - j);
                if reachable >= needed[ny - min_len] {
                    if count == 0 {
                        touched.push(y);
                    }
                    shared[y] = count + 1;
                } else if count > 0 {
                    shared[y] = -1;
                }
                // A first shared token that cannot reach the overlap marks nothing: any later one
                // sits further on in both sets and cannot either.
            }
        }
        for &y in &touched {
            let (ny, count) = (sets[y].len(), shared[y]);
            shared[y] = 0;
            // A pruned candidate (-1) is left out.
            if count > 0
                && count as usize >= SHARED.min(needed[ny - min_len])
                && keep(y, x)
                && let Some(inter) = overlap(xs, &sets[y], needed[ny - min_len])
            {
                let s = inter as f64 / (n + ny - inter) as f64;
                if s >= t {
                    push(y, x, s);
                }
            }
        }
        touched.clear();
        // A later set is at least as large, which needs a longer overlap: a shorter prefix is enough.
        let indexed = (n - at_least(2.0 * t / (1.0 + t) * n as f64).max(1) + SHARED).min(n);
        for (i, &tok) in xs[..indexed].iter().enumerate() {
            lists[tok as usize].push(Posting {
                set: x as u32,
                pos: i as u32,
                len: n as u32,
            });
        }
    }
    out.sort_by_key(|&(a, b, _)| (b, a));
    out
}

/// The number of tokens two ascending sets share, or `None` as soon as it cannot reach `needed`
/// (rare tokens come first, so a candidate that differs usually fails within a few steps).
fn overlap(a: &[u32], b: &[u32], needed: usize) -> Option<usize> {
    let (mut i, mut j, mut inter) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        if inter + (a.len() - i).min(b.len() - j) < needed {
            return None;
        }
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    (inter >= needed).then_some(inter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

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

    /// Every pair compared, the way the check worked before the index: the reference.
    fn all_pairs(texts: &[&str]) -> Vec<(usize, usize, f64)> {
        let sets: Vec<HashSet<u64>> = texts.iter().map(|t| trigrams(t).collect()).collect();
        let mut out = Vec::new();
        for b in 0..sets.len() {
            for a in 0..b {
                let inter = sets[a].intersection(&sets[b]).count();
                let union = sets[a].len() + sets[b].len() - inter;
                let s = if union == 0 {
                    1.0
                } else {
                    inter as f64 / union as f64
                };
                if s >= THRESHOLD {
                    out.push((a, b, s));
                }
            }
        }
        out
    }

    #[test]
    fn the_index_finds_exactly_what_comparing_every_pair_finds() {
        // Small variations of a few sentences: many pairs sit just above or below the threshold.
        let bases = [
            "What is the maximum timeout of a Lambda function",
            "How many read capacity units does a strongly consistent read of 9 KB use",
            "Which service stores objects",
            "ab",
            "",
        ];
        let mut texts: Vec<String> = Vec::new();
        for (k, base) in bases.iter().enumerate() {
            texts.push(base.to_string());
            for cut in 0..6 {
                let chars: Vec<char> = base.chars().collect();
                let keep = chars.len().saturating_sub(cut);
                texts.push(chars[..keep].iter().collect());
                texts.push(format!("{base} {}", "x".repeat(cut)));
                texts.push(base.replacen('a', &"e".repeat(cut % 3 + 1), cut % 4));
                texts.push(format!("{k}{cut} {base}"));
            }
        }
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let want = all_pairs(&refs);
        assert!(want.len() > 50, "{}", want.len());
        assert_eq!(near_pairs(&refs), want);
    }

    #[test]
    fn pairs_between_groups_leave_out_pairs_within_one() {
        let texts = ["same text here", "same text here", "same text here!"];
        let pairs = near_pairs_between(&texts, &[0, 0, 1]);
        let found: Vec<(usize, usize)> = pairs.iter().map(|&(a, b, _)| (a, b)).collect();
        assert_eq!(found, [(0, 2), (1, 2)]);
    }
}

//! Interval fuzz as FSRS and Anki do it: intervals of 2.5 days and more move by a few percent at
//! random so that cards learned together do not stay due together.

use rand::{Rng, RngExt};

/// (start, end, factor) of each fuzz band, in days.
const BANDS: [(f64, f64, f64); 3] = [
    (2.5, 7.0, 0.15),
    (7.0, 20.0, 0.1),
    (20.0, f64::INFINITY, 0.05),
];

/// The inclusive range an interval may be fuzzed into.
pub fn fuzz_range(interval: f64, elapsed_days: i64, max_interval: u32) -> (u32, u32) {
    let max_ivl = f64::from(max_interval);
    let mut delta = 1.0;
    for (start, end, factor) in BANDS {
        delta += factor * (interval.min(end) - start).max(0.0);
    }
    let interval = interval.min(max_ivl);
    let mut lo = (interval - delta).round().max(2.0);
    let hi = (interval + delta).round().min(max_ivl);
    if interval > elapsed_days as f64 {
        lo = lo.max(elapsed_days as f64 + 1.0);
    }
    let lo = lo.min(hi);
    (lo as u32, hi as u32)
}

/// A fuzzed whole-day interval (at least 1 day, at most `max_interval`).
pub fn fuzzed(interval: f64, elapsed_days: i64, max_interval: u32, rng: &mut impl Rng) -> u32 {
    let rounded = interval.round().clamp(1.0, f64::from(max_interval)) as u32;
    if interval < 2.5 {
        return rounded;
    }
    let (lo, hi) = fuzz_range(interval, elapsed_days, max_interval);
    let r: f64 = rng.random();
    (r * f64::from(hi - lo + 1) + f64::from(lo))
        .floor()
        .min(f64::from(hi)) as u32
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn ranges_widen_with_the_interval() {
        assert_eq!(fuzz_range(3.0, 0, 36_500), (2, 4));
        // delta = 1 + 0.15 * 4.5 + 0.1 * 3 = 1.975 -> [8, 12]
        assert_eq!(fuzz_range(10.0, 0, 36_500), (8, 12));
        // delta = 1 + 0.675 + 1.3 + 0.05 * 80 = 6.975 -> [93, 107]
        assert_eq!(fuzz_range(100.0, 0, 36_500), (93, 107));
        assert_eq!(fuzz_range(100.0, 0, 100), (93, 100));
    }

    #[test]
    fn fuzzed_intervals_stay_in_range_and_short_ones_are_exact() {
        let mut rng = StdRng::seed_from_u64(7);
        assert_eq!(fuzzed(1.4, 0, 36_500, &mut rng), 1);
        assert_eq!(fuzzed(2.4, 0, 36_500, &mut rng), 2);
        let mut seen = std::collections::HashSet::new();
        for _ in 0..500 {
            let f = fuzzed(100.0, 0, 36_500, &mut rng);
            assert!((93..=107).contains(&f), "{f}");
            seen.insert(f);
        }
        assert!(seen.len() > 10, "fuzz should spread: {seen:?}");
    }
}

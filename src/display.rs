//! Text formatting shared by the command line and the app (both sit above this module).

/// A duration as a clock: `1h 05m 09s` (negative durations show as zero).
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}h {:02}m {:02}s", s / 3600, s % 3600 / 60, s % 60)
}

/// `1 review`, `3 reviews`: a count with its noun in the singular or plural.
pub fn count(n: impl Into<u64>, one: &str, many: &str) -> String {
    let n = n.into();
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_agree_with_their_noun() {
        assert_eq!(super::count(1u64, "mock exam", "mock exams"), "1 mock exam");
        assert_eq!(
            super::count(0u64, "mock exam", "mock exams"),
            "0 mock exams"
        );
    }

    #[test]
    fn clock_pads_minutes_and_seconds() {
        assert_eq!(super::clock(3_909_000), "1h 05m 09s");
        assert_eq!(super::clock(-5), "0h 00m 00s");
    }
}

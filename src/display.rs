//! Text formatting shared by the command line and the app (both sit above this module).

/// A duration as a clock: `1h 05m 09s` (negative durations show as zero).
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}h {:02}m {:02}s", s / 3600, s % 3600 / 60, s % 60)
}

#[cfg(test)]
mod tests {
    #[test]
    fn clock_pads_minutes_and_seconds() {
        assert_eq!(super::clock(3_909_000), "1h 05m 09s");
        assert_eq!(super::clock(-5), "0h 00m 00s");
    }
}

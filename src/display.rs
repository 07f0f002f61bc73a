//! Text formatting shared by the command line and the app (both sit above this module).

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
}

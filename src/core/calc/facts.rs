//! Numbers AWS documents (limits, quotas, prices), kept as dated data: each carries the page it was
//! read on and the day it was read, so a number that changes is found and updated in one place.
//! The calculators' own tables (`lambda/data.rs`, `kinesis/data.rs`, ...) are lists of these.

/// The day the tables of this round were read from the AWS documentation.
pub const READ: &str = "2026-12-07";

/// A number from the AWS documentation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fact {
    /// The number, in the unit its name says.
    pub value: u64,
    /// The docs.aws.amazon.com (or aws.amazon.com) page it is read from.
    pub source: &'static str,
    /// The day it was read (`2026-12-07`).
    pub read: &'static str,
}

impl Fact {
    /// A fact read from `source` on `READ`.
    pub const fn new(value: u64, source: &'static str) -> Fact {
        Fact {
            value,
            source,
            read: READ,
        }
    }
}

/// The distinct sources of `facts`, in order of first use.
pub fn sources(facts: &[Fact]) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for f in facts {
        if !out.contains(&f.source) {
            out.push(f.source);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_listed_once_each() {
        let a = Fact::new(1, "https://docs.aws.amazon.com/a");
        let b = Fact::new(2, "https://docs.aws.amazon.com/b");
        assert_eq!(sources(&[a, b, a]), [a.source, b.source]);
        assert_eq!(a.read, "2026-12-07");
    }
}

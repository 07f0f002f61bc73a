//! S3 request rates: the prefixes a load needs at 3,500 writes and 5,500 reads per second per
//! partitioned prefix, and whether a load spread over given prefixes fits, with the working.
//!
//! The rule, from the S3 user guide ("Best practices design patterns: optimizing Amazon S3
//! performance", <https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html>):
//! an application can achieve at least 3,500 PUT/COPY/POST/DELETE or 5,500 GET/HEAD requests per
//! second per partitioned prefix; there is no limit to the number of prefixes, so spreading the
//! load over 10 prefixes scales reads to 55,000 a second.

use super::facts::{Fact, READ};
use super::fields::keep;
use super::registry::{Calculator, Field, Inputs, Report, Said as AnySaid, input};
use super::{CalcError, ErrorKind, number};
use serde::Serialize;

/// The S3 user guide's performance page.
pub const SOURCE: &str =
    "https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html";
/// GET/HEAD requests per second per partitioned prefix.
pub const READS_PER_PREFIX: Fact = Fact::new(5_500, SOURCE);
/// PUT/COPY/POST/DELETE requests per second per partitioned prefix.
pub const WRITES_PER_PREFIX: Fact = Fact::new(3_500, SOURCE);

/// Reads or writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// GET and HEAD.
    Reads,
    /// PUT, COPY, POST and DELETE.
    Writes,
}

/// A result line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Headline {
    /// The prefixes the load needs.
    Needed {
        /// Prefixes.
        prefixes: u64,
        /// Reads per second.
        reads: u64,
        /// Writes per second.
        writes: u64,
    },
    /// The load over the prefixes given.
    Spread {
        /// Prefixes given.
        prefixes: u64,
        /// Whether it fits.
        fits: bool,
        /// Prefixes needed.
        needed: u64,
    },
}

/// One step of the working.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Prefixes for reads or writes.
    ForKind {
        /// Which.
        kind: Kind,
        /// Requests per second.
        rate: u64,
        /// Per prefix.
        per_prefix: u64,
        /// Prefixes.
        prefixes: u64,
    },
    /// The larger of the two.
    Needed {
        /// For reads.
        reads: u64,
        /// For writes.
        writes: u64,
        /// The larger.
        prefixes: u64,
    },
    /// The load over the prefixes given, evenly.
    PerPrefix {
        /// Which.
        kind: Kind,
        /// Requests per second.
        rate: u64,
        /// Prefixes given.
        prefixes: u64,
        /// Per prefix (rounded up).
        each: u64,
        /// The most per prefix.
        max: u64,
    },
}

/// Something to know that is not a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// S3 scales gradually; 503 Slow Down meanwhile.
    SlowDown,
    /// The load must be spread evenly.
    EvenSpread,
    /// SSE-KMS calls KMS for each request.
    Kms,
    /// Where the numbers come from.
    Sources {
        /// The day read.
        read: &'static str,
        /// The pages.
        urls: Vec<&'static str>,
    },
}

/// Everything the calculator says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// A result line.
    Headline(Headline),
    /// A step of the working.
    Step(Step),
    /// A note.
    Note(Note),
}

/// The load over the prefixes given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PerPrefix {
    /// GET/HEAD per second per prefix.
    pub reads: u64,
    /// PUT/COPY/POST/DELETE per second per prefix.
    pub writes: u64,
}

/// What the calculator returns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// GET/HEAD per second.
    pub reads_per_second: u64,
    /// PUT/COPY/POST/DELETE per second.
    pub writes_per_second: u64,
    /// Prefixes the reads need.
    pub prefixes_for_reads: u64,
    /// Prefixes the writes need.
    pub prefixes_for_writes: u64,
    /// Prefixes the load needs.
    pub prefixes_needed: u64,
    /// Prefixes given, or null.
    pub prefixes: Option<u64>,
    /// The load per prefix given, or null.
    pub per_prefix: Option<PerPrefix>,
    /// Whether the load fits the prefixes given, or null.
    pub fits: Option<bool>,
    /// The headlines.
    #[serde(skip)]
    pub headlines: Vec<Headline>,
    /// The working.
    #[serde(skip)]
    pub working: Vec<Step>,
    /// The notes.
    #[serde(skip)]
    pub notes: Vec<Note>,
}

impl Outcome {
    /// The outcome as a calculator report, its JSON fields in `data`.
    pub fn report(&self) -> Report {
        Report::of_outcome(
            self,
            SOURCE,
            (&self.headlines, &self.working, &self.notes),
            (
                |h| AnySaid::S3(Said::Headline(h)),
                |s| AnySaid::S3(Said::Step(s)),
                |n| AnySaid::S3(Said::Note(n)),
            ),
        )
    }
}

/// Computes the outcome from the form, or returns every input error.
///
/// ```
/// use awsdrill::core::calc::{s3, Inputs};
/// let inputs: Inputs = [("reads", "55000")]
///     .map(|(k, v)| (k.to_string(), v.to_string()))
///     .into();
/// assert_eq!(s3::evaluate(&inputs).unwrap().prefixes_needed, 10);
/// ```
pub fn evaluate(inputs: &Inputs) -> Result<Outcome, Vec<CalcError>> {
    let mut errors = Vec::new();
    let given = |k: &str| !input(inputs, k).trim().is_empty();
    let mut whole = |k: &'static str, min: u64| {
        given(k)
            .then(|| keep(&mut errors, number::parse_whole(k, input(inputs, k), min)))
            .flatten()
    };
    let reads = whole("reads", 0);
    let writes = whole("writes", 0);
    let prefixes = whole("prefixes", 1);
    if !errors.is_empty() {
        return Err(errors);
    }
    if reads.is_none() && writes.is_none() {
        return Err(vec![CalcError::new("reads", ErrorKind::Missing)]);
    }
    let (reads, writes) = (reads.unwrap_or(0), writes.unwrap_or(0));
    let mut w = Vec::new();
    let mut headlines = Vec::new();
    let (rp, wp) = (READS_PER_PREFIX.value, WRITES_PER_PREFIX.value);
    let for_reads = reads.div_ceil(rp);
    let for_writes = writes.div_ceil(wp);
    for (kind, rate, per, n) in [
        (Kind::Reads, reads, rp, for_reads),
        (Kind::Writes, writes, wp, for_writes),
    ] {
        if rate > 0 {
            w.push(Step::ForKind {
                kind,
                rate,
                per_prefix: per,
                prefixes: n,
            });
        }
    }
    let needed = for_reads.max(for_writes).max(1);
    w.push(Step::Needed {
        reads: for_reads,
        writes: for_writes,
        prefixes: needed,
    });
    headlines.push(Headline::Needed {
        prefixes: needed,
        reads,
        writes,
    });
    let mut per_prefix = None;
    let mut fits = None;
    if let Some(p) = prefixes {
        let each = PerPrefix {
            reads: reads.div_ceil(p),
            writes: writes.div_ceil(p),
        };
        for (kind, rate, e, max) in [
            (Kind::Reads, reads, each.reads, rp),
            (Kind::Writes, writes, each.writes, wp),
        ] {
            if rate > 0 {
                w.push(Step::PerPrefix {
                    kind,
                    rate,
                    prefixes: p,
                    each: e,
                    max,
                });
            }
        }
        let ok = each.reads <= rp && each.writes <= wp;
        headlines.push(Headline::Spread {
            prefixes: p,
            fits: ok,
            needed,
        });
        per_prefix = Some(each);
        fits = Some(ok);
    }
    let notes = vec![
        Note::EvenSpread,
        Note::SlowDown,
        Note::Kms,
        Note::Sources {
            read: READ,
            urls: vec![SOURCE],
        },
    ];
    Ok(Outcome {
        reads_per_second: reads,
        writes_per_second: writes,
        prefixes_for_reads: for_reads,
        prefixes_for_writes: for_writes,
        prefixes_needed: needed,
        prefixes,
        per_prefix,
        fits,
        headlines,
        working: w,
        notes,
    })
}

/// S3 request rates per prefix.
pub struct S3Calculator;

const FIELDS: &[Field] = &[
    Field {
        key: "reads",
        example: "55000",
    },
    Field {
        key: "writes",
        example: "",
    },
    Field {
        key: "prefixes",
        example: "",
    },
];

impl Calculator for S3Calculator {
    fn id(&self) -> &'static str {
        "s3"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>> {
        evaluate(inputs).map(|o| o.report())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(pairs: &[(&str, &str)]) -> Outcome {
        let inputs: Inputs = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        evaluate(&inputs).unwrap()
    }

    /// "Optimizing Amazon S3 performance": "at least 3,500 PUT/COPY/POST/DELETE or 5,500 GET/HEAD
    /// requests per second per partitioned Amazon S3 prefix ... if you create 10 prefixes in an
    /// Amazon S3 bucket to parallelize reads, you could scale your read performance to 55,000 read
    /// requests per second."
    /// <https://docs.aws.amazon.com/AmazonS3/latest/userguide/optimizing-performance.html>
    #[test]
    fn the_guide_s_example_ten_prefixes_for_55000_reads() {
        assert_eq!(run(&[("reads", "55000")]).prefixes_needed, 10);
        assert_eq!(run(&[("reads", "55001")]).prefixes_needed, 11);
        let o = run(&[("reads", "55000"), ("prefixes", "10")]);
        assert_eq!(o.fits, Some(true));
        assert_eq!(o.per_prefix.unwrap().reads, 5_500);
        assert_eq!(
            run(&[("reads", "55001"), ("prefixes", "10")]).fits,
            Some(false)
        );
    }

    #[test]
    fn writes_count_3500_per_prefix_and_the_larger_need_wins() {
        assert_eq!(run(&[("writes", "3500")]).prefixes_needed, 1);
        assert_eq!(run(&[("writes", "3501")]).prefixes_needed, 2);
        let o = run(&[("reads", "11000"), ("writes", "14000")]);
        assert_eq!(
            (
                o.prefixes_for_reads,
                o.prefixes_for_writes,
                o.prefixes_needed
            ),
            (2, 4, 4)
        );
        assert_eq!(run(&[("reads", "0")]).prefixes_needed, 1);
    }

    #[test]
    fn a_rate_is_needed_and_bad_numbers_are_named() {
        let e = evaluate(&Inputs::new()).unwrap_err();
        assert_eq!((e[0].field, &e[0].kind), ("reads", &ErrorKind::Missing));
        let inputs: Inputs = [("reads", "x"), ("prefixes", "0")]
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .into();
        let e = evaluate(&inputs).unwrap_err();
        let fields: Vec<&str> = e.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["reads", "prefixes"]);
    }
}

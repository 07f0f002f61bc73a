//! The S3 request-rate calculator in English.

use crate::core::calc::number::group;
use crate::core::calc::s3::{Headline, Kind, Note, Said, Step};

fn n_prefixes(n: u64) -> String {
    if n == 1 {
        "1 prefix".into()
    } else {
        format!("{} prefixes", group(n))
    }
}

fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Reads => "GET/HEAD",
        Kind::Writes => "PUT/COPY/POST/DELETE",
    }
}

/// Anything the calculator says.
pub fn said(s: &Said) -> String {
    match s {
        Said::Headline(h) => headline(h),
        Said::Step(s) => step(s),
        Said::Note(n) => note(n),
    }
}

/// A result line.
pub fn headline(h: &Headline) -> String {
    match h {
        Headline::Needed {
            prefixes,
            reads,
            writes,
        } => {
            let mut load = Vec::new();
            if *reads > 0 {
                load.push(format!("{} GET/HEAD", group(*reads)));
            }
            if *writes > 0 || *reads == 0 {
                load.push(format!("{} PUT/COPY/POST/DELETE", group(*writes)));
            }
            format!(
                "S3: {} needed for {} requests/s",
                n_prefixes(*prefixes),
                load.join(" and ")
            )
        }
        Headline::Spread {
            prefixes,
            fits,
            needed,
        } => {
            if *fits {
                format!(
                    "spread evenly over {}: within the per-prefix rates",
                    n_prefixes(*prefixes)
                )
            } else {
                format!(
                    "spread evenly over {}: over the per-prefix rates, expect 503 Slow Down; use at least {}",
                    n_prefixes(*prefixes),
                    group(*needed)
                )
            }
        }
    }
}

/// A step of the working.
pub fn step(s: &Step) -> String {
    match s {
        Step::ForKind {
            kind,
            rate,
            per_prefix,
            prefixes,
        } => format!(
            "{}: ceil({} requests/s / {} per prefix) = {}",
            kind_name(*kind),
            group(*rate),
            group(*per_prefix),
            n_prefixes(*prefixes)
        ),
        Step::Needed {
            reads,
            writes,
            prefixes,
        } => format!(
            "prefixes = the larger of reads {} and writes {} (at least 1) = {}",
            group(*reads),
            group(*writes),
            group(*prefixes)
        ),
        Step::PerPrefix {
            kind,
            rate,
            prefixes,
            each,
            max,
        } => format!(
            "{} over {}: {} / {} = {} a prefix {} {}",
            kind_name(*kind),
            n_prefixes(*prefixes),
            group(*rate),
            group(*prefixes),
            group(*each),
            if each <= max { "<=" } else { ">" },
            group(*max)
        ),
    }
}

/// A note.
pub fn note(n: &Note) -> String {
    match n {
        Note::EvenSpread => "the rates are per partitioned prefix, and there is no limit to the number of prefixes; the load must be spread evenly over them".into(),
        Note::SlowDown => "S3 scales to higher rates gradually; until it has, requests over them may get 503 Slow Down: retry with exponential backoff".into(),
        Note::Kms => "with SSE-KMS every GET and PUT also calls AWS KMS, whose own requests-per-second quota may limit first".into(),
        Note::Sources { read, urls } => format!("sources (read {read}): {}", urls.join(", ")),
    }
}

/// The words of the calculator's form fields.
pub fn field_text(key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "reads" => ("Reads/s", "GET/HEAD requests per second"),
        "writes" => ("Writes/s", "PUT/COPY/POST/DELETE per second"),
        "prefixes" => ("Prefixes", "prefixes the load is spread over"),
        _ => return None,
    };
    Some(super::FieldText { label, hint })
}

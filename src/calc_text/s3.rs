//! The S3 request-rate calculator in words (`assets/i18n/*/calc-s3.ftl`).

use crate::core::calc::number::group;
use crate::core::calc::s3::{Headline, Kind, Note, Said, Step};
use crate::core::config::Lang;
use crate::i18n::tr;

fn n_prefixes(lang: Lang, n: u64) -> String {
    tr!(lang, "calc-s3-prefixes", count = n, n = group(n))
}

/// The requests of a kind, as S3's limits name them (HTTP methods, the same in every language).
fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Reads => "GET/HEAD",
        Kind::Writes => "PUT/COPY/POST/DELETE",
    }
}

/// Anything the calculator says.
pub fn said(lang: Lang, s: &Said) -> String {
    match s {
        Said::Headline(h) => headline(lang, h),
        Said::Step(s) => step(lang, s),
        Said::Note(n) => note(lang, n),
    }
}

/// A result line.
pub fn headline(lang: Lang, h: &Headline) -> String {
    match h {
        Headline::Needed {
            prefixes,
            reads,
            writes,
        } => {
            let load = match (*reads > 0, *writes > 0) {
                (true, true) => tr!(
                    lang,
                    "calc-s3-load-both",
                    reads = group(*reads),
                    writes = group(*writes)
                ),
                (true, false) => tr!(
                    lang,
                    "calc-s3-load",
                    n = group(*reads),
                    kind = kind_name(Kind::Reads)
                ),
                (false, _) => tr!(
                    lang,
                    "calc-s3-load",
                    n = group(*writes),
                    kind = kind_name(Kind::Writes)
                ),
            };
            tr!(
                lang,
                "calc-s3-needed",
                prefixes = n_prefixes(lang, *prefixes),
                load = load
            )
        }
        Headline::Spread {
            prefixes,
            fits,
            needed,
        } => {
            if *fits {
                tr!(
                    lang,
                    "calc-s3-spread-fits",
                    prefixes = n_prefixes(lang, *prefixes)
                )
            } else {
                tr!(
                    lang,
                    "calc-s3-spread-over",
                    prefixes = n_prefixes(lang, *prefixes),
                    needed = group(*needed)
                )
            }
        }
    }
}

/// A step of the working.
pub fn step(lang: Lang, s: &Step) -> String {
    match s {
        Step::ForKind {
            kind,
            rate,
            per_prefix,
            prefixes,
        } => tr!(
            lang,
            "calc-s3-for-kind",
            kind = kind_name(*kind),
            rate = group(*rate),
            per_prefix = group(*per_prefix),
            prefixes = n_prefixes(lang, *prefixes)
        ),
        Step::Needed {
            reads,
            writes,
            prefixes,
        } => tr!(
            lang,
            "calc-s3-larger",
            reads = group(*reads),
            writes = group(*writes),
            prefixes = group(*prefixes)
        ),
        Step::PerPrefix {
            kind,
            rate,
            prefixes,
            each,
            max,
        } => tr!(
            lang,
            "calc-s3-per-prefix",
            kind = kind_name(*kind),
            spread = n_prefixes(lang, *prefixes),
            rate = group(*rate),
            prefixes = group(*prefixes),
            each = group(*each),
            compare = if each <= max { "<=" } else { ">" },
            max = group(*max)
        ),
    }
}

/// A note.
pub fn note(lang: Lang, n: &Note) -> String {
    match n {
        Note::EvenSpread => tr!(lang, "calc-s3-even-spread"),
        Note::SlowDown => tr!(lang, "calc-s3-slow-down"),
        Note::Kms => tr!(lang, "calc-s3-kms"),
        Note::Sources { read, urls } => tr!(
            lang,
            "calc-s3-sources",
            read = read.to_string(),
            urls = urls.join(", ")
        ),
    }
}

/// The words of the calculator's form fields.
pub fn field_text(lang: Lang, key: &str) -> Option<super::FieldText> {
    let (label, hint) = match key {
        "reads" => ("calc-field-s3-reads", "calc-hint-s3-reads"),
        "writes" => ("calc-field-s3-writes", "calc-hint-s3-writes"),
        "prefixes" => ("calc-field-s3-prefixes", "calc-hint-s3-prefixes"),
        _ => return None,
    };
    Some(super::field(lang, label, hint))
}

//! The app's own words in English and Korean: a Project Fluent catalog per language
//! (`assets/i18n/<lang>/<file>.ftl`, compiled into the binary), looked up by key with arguments in
//! the language the user chose (`core::config::Lang`, from the `language` setting or `--lang`).
//!
//! Fluent chooses plural forms by the CLDR rules of each language (`{ $n -> [one] card *[other]
//! cards }`; Korean has one form) and formats numbers with `NUMBER($n, maximumFractionDigits: 0)`.
//! A message missing in Korean falls back to English, then to its key (the tests in
//! `tests/i18n.rs` keep both catalogs complete, so neither happens in a release).
//!
//! Uses only `core`. JSON keys, command names, config keys and key names stay English.

use crate::core::config::Lang;
use crate::core::io_problem::IoProblem;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentResource, FluentValue};
use std::sync::OnceLock;

pub use fluent_bundle::FluentArgs as Args;

/// The catalog files: one name per file, the same files in every language.
macro_rules! catalog {
    ($($name:literal),* $(,)?) => {
        /// The names of the catalog files (`assets/i18n/<lang>/<name>.ftl`).
        pub const FILES: &[&str] = &[$($name),*];
        const EN: &[&str] = &[$(include_str!(concat!("../assets/i18n/en/", $name, ".ftl"))),*];
        const KO: &[&str] = &[$(include_str!(concat!("../assets/i18n/ko/", $name, ".ftl"))),*];
    };
}

catalog!(
    "app",
    "keys",
    "home",
    "settings",
    "calc",
    "calc-dynamodb",
    "calc-ec2",
    "calc-s3",
    "calc-lambda",
    "calc-kinesis",
    "calc-throttle",
    "iam",
    "drill",
    "study",
    "exam",
    "browse",
    "stats",
    "lint",
    "data",
    "errors",
    "cli-help",
);

/// The languages of the catalog.
pub const LANGS: [Lang; 2] = [Lang::En, Lang::Ko];

/// The BCP 47 tag of a language (`en`, `ko`): its folder under `assets/i18n/`.
pub fn tag(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ko => "ko",
    }
}

/// The text of the catalog files of `lang`, in the order of `FILES`.
pub fn sources(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => EN,
        Lang::Ko => KO,
    }
}

/// Gets the message `key` in `lang` with its arguments: `tr!(lang, "home-due", new = 3)`.
/// An argument is a number (integer or float: plural forms and `NUMBER` use it) or text.
macro_rules! tr {
    ($lang:expr, $key:expr $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_mut)]
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $value);)*
        $crate::i18n::text($lang, $key, &args)
    }};
}
pub(crate) use tr;

/// The message `key` in `lang` with `args` (see `tr!`).
pub fn text(lang: Lang, key: &str, args: &Args) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned();
        }
    }
    key.to_string()
}

/// Whether the catalog of `lang` has the message `key`.
pub fn has(lang: Lang, key: &str) -> bool {
    bundle(lang).has_message(key)
}

/// A key-table label as help shows it: key names stay as on the keycaps (`Ctrl-P`, `Enter`); a
/// note in parentheses is a catalog key (`? (key-note-empty-search)` reads `? (empty search)`).
pub fn key_label(lang: Lang, label: &str) -> String {
    match label.split_once(" (") {
        Some((keys, note)) if note.ends_with(')') => {
            let key = &note[..note.len() - 1];
            format!("{keys} ({})", text(lang, key, &Args::new()))
        }
        _ => label.to_string(),
    }
}

/// A short reason for an I/O error in `lang`, from its kind (`io_words`). Every message that
/// shows why a file could not be read or written goes through here.
pub fn io_reason(lang: Lang, e: &std::io::Error) -> String {
    io_words(lang, &IoProblem::of(e))
}

/// An I/O problem in `lang`; a kind without words of its own keeps the system's text (in
/// parentheses in Korean).
pub fn io_words(lang: Lang, p: &IoProblem) -> String {
    let key = match p {
        IoProblem::NotFound => "errors-io-not-found",
        IoProblem::PermissionDenied => "errors-io-permission-denied",
        IoProblem::AlreadyExists => "errors-io-already-exists",
        IoProblem::ReadOnly => "errors-io-read-only",
        IoProblem::StorageFull => "errors-io-storage-full",
        IoProblem::QuotaExceeded => "errors-io-quota",
        IoProblem::IsAFolder => "errors-io-is-a-folder",
        IoProblem::NotAFolder => "errors-io-not-a-folder",
        IoProblem::FolderNotEmpty => "errors-io-folder-not-empty",
        IoProblem::FileTooLarge => "errors-io-file-too-large",
        IoProblem::Busy => "errors-io-busy",
        IoProblem::InvalidName => "errors-io-invalid-name",
        IoProblem::LinkLoop => "errors-io-link-loop",
        IoProblem::Other(os) => return tr!(lang, "errors-io-other", os = os.as_str()),
    };
    text(lang, key, &Args::new())
}

/// The catalog of `lang`, read at its first use (a command in English never reads the Korean one).
fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static KO: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match lang {
        Lang::En => EN.get_or_init(|| build(Lang::En)),
        Lang::Ko => KO.get_or_init(|| build(Lang::Ko)),
    }
}

/// Reads `lang`'s catalog on a thread of its own, so that it is ready when the first word is
/// needed (the app's first frame: parsing the catalog is about 5 M instructions).
pub fn prepare(lang: Lang) {
    std::thread::spawn(move || {
        bundle(lang);
    });
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let id = tag(lang).parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Terminals draw no bidirectional isolation marks, and both languages run left to right.
    b.set_use_isolating(false);
    b.set_formatter(Some(format_number));
    // NUMBER is the only builtin; adding it to a new bundle cannot clash.
    let _ = b.add_builtins();
    for src in sources(lang) {
        // A file with a syntax error still gives the messages it could read (the tests refuse
        // such a file, and a key twice).
        let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(res, _)| res);
        let _ = b.add_resource(res);
    }
    b
}

/// Numbers with `maximumFractionDigits` (and `minimumFractionDigits`) are rounded to them; other
/// numbers are written as Fluent writes them (`1234`, `0.5`: no digit grouping, as everywhere in
/// the app). Both languages write the decimal point as `.`.
fn format_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let max = n.options.maximum_fraction_digits?;
    let min = n.options.minimum_fraction_digits.unwrap_or(0).min(max);
    let mut s = format!("{:.*}", max, n.value);
    if let Some(dot) = s.find('.') {
        while s.len() - dot - 1 > min && s.ends_with('0') {
            s.pop();
        }
        if s.ends_with('.') {
            s.pop();
        }
    }
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_each_language() {
        let so_far = |lang, n: u32| {
            tr!(
                lang,
                "home-so-far",
                answers = n,
                exams = 1,
                studied = n,
                new = 2
            )
        };
        assert_eq!(
            so_far(Lang::En, 1),
            "1 answer and 1 mock exam so far; 1 card studied, 2 not yet studied."
        );
        assert_eq!(
            so_far(Lang::En, 3),
            "3 answers and 1 mock exam so far; 3 cards studied, 2 not yet studied."
        );
        assert_eq!(
            so_far(Lang::Ko, 3),
            "지금까지 답변 3회, 모의고사 1회. 학습한 카드 3장, 아직 학습하지 않은 카드 2장."
        );
    }

    #[test]
    fn numbers_are_rounded_as_the_message_says() {
        // `{ NUMBER($percent, maximumFractionDigits: 0) } %`
        let r = |p: f64| tr!(Lang::En, "readiness-domain", domain = "x", percent = p);
        assert_eq!(r(12.6), "x 13 %");
        assert_eq!(r(0.0), "x 0 %");
        assert_eq!(r(100.0), "x 100 %");
        let bare = |v: f64| format_number(&FluentValue::from(v), &());
        assert_eq!(bare(2.5), None, "without options Fluent writes it");
    }

    #[test]
    fn a_missing_key_falls_back_to_english_then_to_the_key() {
        assert_eq!(text(Lang::Ko, "no-such-key", &Args::new()), "no-such-key");
        assert!(has(Lang::En, "tab-home") && has(Lang::Ko, "tab-home"));
    }

    #[test]
    fn key_labels_keep_key_names_and_translate_notes() {
        assert_eq!(key_label(Lang::Ko, "Ctrl-P"), "Ctrl-P");
        assert_eq!(
            key_label(Lang::En, "? (key-note-empty-search)"),
            "? (empty search)"
        );
        assert_eq!(
            key_label(Lang::Ko, "? (key-note-empty-search)"),
            "? (빈 검색)"
        );
    }
}

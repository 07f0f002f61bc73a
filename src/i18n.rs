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
        // Until the whole catalog is read, a message of the first files is said from them when
        // everything it refers to is there too (then it reads exactly as from the whole).
        if whole(l).get().is_none()
            && let b = first(l)
            && let Some(pattern) = b.get_message(key).and_then(|m| m.value())
        {
            let mut errors = Vec::new();
            let s = b.format_pattern(pattern, Some(args), &mut errors);
            if errors.is_empty() {
                return s.into_owned();
            }
        }
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
    whole(lang).get_or_init(|| build(lang, sources(lang)))
}

/// Where the whole catalog of `lang` is kept once read.
fn whole(lang: Lang) -> &'static OnceLock<FluentBundle<FluentResource>> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static KO: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match lang {
        Lang::En => &EN,
        Lang::Ko => &KO,
    }
}

/// The files the app's first frame says its words from: its frame, its keys, Home and the last
/// exam's estimate (about a tenth of the catalog).
const FIRST_FILES: &[&str] = &["app", "keys", "home", "exam"];

/// The first files of `lang`'s catalog (`FIRST_FILES`), read at their first use.
fn first(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static EN: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static KO: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    let (cell, l) = match lang {
        Lang::En => (&EN, Lang::En),
        Lang::Ko => (&KO, Lang::Ko),
    };
    cell.get_or_init(|| {
        let first: Vec<&str> = FILES
            .iter()
            .zip(sources(l))
            .filter(|(name, _)| FIRST_FILES.contains(name))
            .map(|(_, src)| *src)
            .collect();
        build(l, &first)
    })
}

/// Reads the first files of `lang`'s catalog on a thread of its own, so that they are ready when
/// the first word is needed (the app's first frame: parsing the whole catalog is about 5 M
/// instructions, the first files a fifth of it); the rest is read at the first word not in them,
/// or by `prepare_rest`.
pub fn prepare(lang: Lang) {
    std::thread::spawn(move || {
        first(lang);
    });
}

/// Reads the whole catalog of `lang` on a thread of its own (the app, after its first frame).
pub fn prepare_rest(lang: Lang) {
    static STARTED: [std::sync::Once; 2] = [std::sync::Once::new(), std::sync::Once::new()];
    let started = &STARTED[usize::from(lang == Lang::Ko)];
    if whole(lang).get().is_none() {
        started.call_once(|| {
            std::thread::spawn(move || {
                bundle(lang);
            });
        });
    }
}

fn build(lang: Lang, sources: &[&str]) -> FluentBundle<FluentResource> {
    let id = tag(lang).parse().unwrap_or_default();
    let mut b = FluentBundle::new_concurrent(vec![id]);
    // Terminals draw no bidirectional isolation marks, and both languages run left to right.
    b.set_use_isolating(false);
    b.set_formatter(Some(format_number));
    // NUMBER is the only builtin; adding it to a new bundle cannot clash.
    let _ = b.add_builtins();
    for src in sources {
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
    fn a_message_said_from_the_first_files_reads_as_from_the_whole_catalog() {
        for lang in LANGS {
            let whole = build(lang, sources(lang));
            let first = first(lang);
            let mut args = Args::new();
            for (name, value) in [
                ("n", 3),
                ("count", 2),
                ("due", 5),
                ("new", 1),
                ("streak", 4),
            ] {
                args.set(name, value);
            }
            let mut said = 0;
            for (name, src) in FILES.iter().zip(sources(lang)) {
                if !FIRST_FILES.contains(name) {
                    continue;
                }
                let res = FluentResource::try_new(src.to_string()).unwrap_or_else(|(r, _)| r);
                for entry in res.entries() {
                    let fluent_syntax::ast::Entry::Message(m) = entry else {
                        continue;
                    };
                    let key = m.id.name;
                    let Some(p) = first.get_message(key).and_then(|m| m.value()) else {
                        continue;
                    };
                    let mut errors = Vec::new();
                    let from_first = first.format_pattern(p, Some(&args), &mut errors);
                    if !errors.is_empty() {
                        // Said from the whole catalog instead (`text`).
                        continue;
                    }
                    let p = whole.get_message(key).and_then(|m| m.value()).unwrap();
                    let mut errors = Vec::new();
                    assert_eq!(
                        from_first,
                        whole.format_pattern(p, Some(&args), &mut errors),
                        "{key}"
                    );
                    said += 1;
                }
            }
            assert!(said > 50, "{said} messages of the first files");
        }
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

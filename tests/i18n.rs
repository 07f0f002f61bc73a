//! The message catalog (`assets/i18n/<lang>/*.ftl`, `src/i18n.rs`): every file parses, every
//! message exists in both languages with the same arguments, every message is used, and the files
//! moved onto the catalog show no English of their own and name no key the catalog lacks.

use awsdrill::core::config::Lang;
use awsdrill::i18n;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The files whose words all come from the catalog. A file added here is checked for English
/// string literals (`converted_files_show_no_english_of_their_own`).
const CONVERTED: &[&str] = &[
    "src/tui/action.rs",
    "src/tui/app/input.rs",
    "src/tui/app/mod.rs",
    "src/tui/app/render.rs",
    "src/tui/mod.rs",
    "src/tui/screen.rs",
    "src/tui/screens/help.rs",
    "src/tui/screens/home.rs",
    "src/tui/screens/palette.rs",
    "src/tui/screens/settings.rs",
    "src/tui/widgets/mod.rs",
    "src/content_text/settings.rs",
];

/// String literals with letters that a converted file may hold, and why they are not words to
/// translate.
const NOT_WORDS: &[(&str, &str, &str)] = &[
    ("src/tui/screens/home.rs", "awsdrill", "the program's name"),
    (
        "src/tui/mod.rs",
        "due, stats, exam history, exam report, exam draw, lint, calc, decode, export, backup, paths",
        "command names stay English",
    ),
    (
        "src/tui/app/mod.rs",
        "tab-",
        "the prefix of the tab titles' keys",
    ),
    (
        "src/tui/app/mod.rs",
        "IAM",
        "the screens! list's English titles (doc comments)",
    ),
    (
        "src/tui/screens/settings.rs",
        "on",
        "a switch's value as config.toml and the editor take it",
    ),
    (
        "src/tui/screens/settings.rs",
        "off",
        "a switch's value as config.toml and the editor take it",
    ),
    (
        "src/tui/app/mod.rs",
        "Home",
        "the screens! list's English titles (doc comments)",
    ),
    (
        "src/tui/app/mod.rs",
        "Drill",
        "the screens! list's English titles (doc comments)",
    ),
    (
        "src/tui/app/mod.rs",
        "Exam",
        "the screens! list's English titles (doc comments)",
    ),
    (
        "src/tui/app/mod.rs",
        "Calculators",
        "the screens! list's English titles (doc comments)",
    ),
    (
        "src/tui/app/mod.rs",
        "Browse",
        "the screens! list's English titles (doc comments)",
    ),
    (
        "src/tui/app/mod.rs",
        "Stats",
        "the screens! list's English titles (doc comments)",
    ),
    (
        "src/tui/app/mod.rs",
        "Settings",
        "the screens! list's English titles (doc comments)",
    ),
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn parse(lang: Lang) -> Vec<(String, ast::Resource<String>)> {
    i18n::FILES
        .iter()
        .zip(i18n::sources(lang))
        .map(|(name, src)| {
            let file = format!("assets/i18n/{}/{name}.ftl", i18n::tag(lang));
            let res = fluent_syntax::parser::parse(src.to_string())
                .unwrap_or_else(|(_, errors)| panic!("{file} does not parse: {errors:?}"));
            (file, res)
        })
        .collect()
}

/// Every message of `lang`: id -> (file, the variables it uses).
fn messages(lang: Lang) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    for (file, res) in parse(lang) {
        for entry in res.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    let value = m
                        .value
                        .as_ref()
                        .unwrap_or_else(|| panic!("{file}: {} has no value", m.id.name));
                    pattern_vars(value, &mut vars);
                    assert!(
                        m.attributes.is_empty(),
                        "{file}: {} has attributes, which the app does not read",
                        m.id.name
                    );
                    let id = m.id.name.clone();
                    if let Some((other, _)) = out.insert(id.clone(), (file.clone(), vars)) {
                        panic!("{id} is in {other} and in {file}");
                    }
                }
                ast::Entry::Term(t) => panic!("{file}: term -{} (use messages)", t.id.name),
                ast::Entry::Junk { content } => panic!("{file}: cannot read {content:?}"),
                _ => {}
            }
        }
    }
    out
}

fn pattern_vars(p: &ast::Pattern<String>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<String>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<String>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.clone());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        ast::InlineExpression::MessageReference { id, .. } => {
            panic!(
                "message reference {} (pass the text as an argument)",
                id.name
            )
        }
        _ => {}
    }
}

#[test]
fn every_message_is_in_both_languages_with_the_same_arguments() {
    let en = messages(Lang::En);
    let ko = messages(Lang::Ko);
    let mut wrong = Vec::new();
    for (id, (file, vars)) in &en {
        match ko.get(id) {
            None => wrong.push(format!("{id} ({file}) has no Korean")),
            Some((ko_file, ko_vars)) if ko_vars != vars => wrong.push(format!(
                "{id}: English ({file}) uses {vars:?}, Korean ({ko_file}) {ko_vars:?}"
            )),
            Some((ko_file, _)) if Path::new(ko_file).file_name() != Path::new(file).file_name() => {
                wrong.push(format!("{id} is in {file} but in {ko_file}"))
            }
            _ => {}
        }
    }
    for id in ko.keys().filter(|id| !en.contains_key(*id)) {
        wrong.push(format!("{id} is only in Korean"));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn every_catalog_file_is_compiled_in() {
    for lang in i18n::LANGS {
        let dir = root().join("assets/i18n").join(i18n::tag(lang));
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
            .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
            .collect();
        on_disk.sort();
        let mut listed: Vec<String> = i18n::FILES.iter().map(|s| s.to_string()).collect();
        listed.sort();
        assert_eq!(
            on_disk,
            listed,
            "{}: every .ftl file is listed in `catalog!` of src/i18n.rs",
            dir.display()
        );
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of a line of Rust (between unescaped double quotes; a quote in a char
/// literal `'"'` is not one).
fn literals(line: &str) -> Vec<String> {
    let line = line.replace("'\"'", "");
    let mut out = Vec::new();
    let mut cur: Option<String> = None;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match (&mut cur, c) {
            (None, '"') => cur = Some(String::new()),
            (Some(s), '\\') => {
                s.push('\\');
                if let Some(n) = chars.next() {
                    s.push(n);
                }
            }
            (Some(_), '"') => out.push(cur.take().unwrap()),
            (Some(s), c) => s.push(c),
            (None, _) => {}
        }
    }
    out
}

/// Whether a literal looks like a catalog key: lowercase words joined by `-` (`home-due`).
fn key_like(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && first.chars().all(|c| c.is_ascii_lowercase())
        && !first.is_empty()
        && rest.iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

/// The code of a file before its tests module, line by line with numbers, without comments (a
/// test module declared in another file, `#[cfg(test)] mod x;`, is skipped over).
fn code_lines(path: &Path) -> Vec<(usize, String)> {
    let text = std::fs::read_to_string(path).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim() == "#[cfg(test)]" {
            match lines.get(i + 1) {
                Some(next) if next.trim_end().ends_with(';') => {
                    i += 2;
                    continue;
                }
                _ => break,
            }
        }
        if !line.trim_start().starts_with("//") {
            out.push((i + 1, line.to_string()));
        }
        i += 1;
    }
    out
}

#[test]
fn every_message_is_used() {
    let en = messages(Lang::En);
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut named = BTreeSet::new();
    for file in &files {
        for (_, line) in code_lines(file) {
            for lit in literals(&line) {
                // A note in a key label: `? (key-note-empty-search)`.
                let lit = match lit.split_once(" (") {
                    Some((_, note)) if note.ends_with(')') => note[..note.len() - 1].to_string(),
                    _ => lit,
                };
                if en.contains_key(&lit) {
                    named.insert(lit);
                }
            }
        }
    }
    // The tab titles' keys are made from the screens! list (`tab-<field>`).
    for tab in awsdrill::tui::app::Tab::ALL {
        let key = tab.title_key();
        for lang in i18n::LANGS {
            assert!(i18n::has(lang, key), "{key} has no {lang:?} message");
        }
        named.insert(key.to_string());
    }
    let unused: Vec<&String> = en.keys().filter(|k| !named.contains(*k)).collect();
    assert!(unused.is_empty(), "messages no code names: {unused:?}");
}

#[test]
fn converted_files_show_no_english_of_their_own() {
    let en = messages(Lang::En);
    let mut found = Vec::new();
    for rel in CONVERTED {
        for (n, line) in code_lines(&root().join(rel)) {
            if line.trim_start().starts_with("#[") || line.contains(".expect(") {
                continue;
            }
            for lit in literals(&line) {
                // Placeholders and escapes are not words.
                let mut bare = String::new();
                let mut depth = 0;
                for c in lit.replace("\\n", " ").chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        c if depth == 0 => bare.push(c),
                        _ => {}
                    }
                }
                if !bare.chars().any(|c| c.is_ascii_alphabetic()) || en.contains_key(&lit) {
                    continue;
                }
                if NOT_WORDS.iter().any(|(f, l, _)| f == rel && *l == lit) {
                    continue;
                }
                if key_like(&lit) {
                    found.push(format!("{rel}:{n}: \"{lit}\" is no message of the catalog"));
                } else {
                    found.push(format!("{rel}:{n}: \"{lit}\""));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English in a file whose words come from the catalog (add a message to assets/i18n/*/ and use tr!):\n{}",
        found.join("\n")
    );
}

#[test]
fn key_labels_are_key_names_with_notes_from_the_catalog() {
    let text = std::fs::read_to_string(root().join("src/tui/keys/table.rs")).unwrap();
    for line in text
        .lines()
        .filter(|l| l.trim_start().starts_with("label:"))
    {
        let label = &literals(line)[0];
        let (keys, note) = match label.split_once(" (") {
            Some((k, note)) => (k, Some(note.trim_end_matches(')'))),
            None => (label.as_str(), None),
        };
        if let Some(note) = note {
            for lang in i18n::LANGS {
                assert!(i18n::has(lang, note), "{label}: no {lang:?} message {note}");
            }
        }
        // Key names as on the keycaps (`Enter`, `PgUp`, `Ctrl-U`, `Left/Right`) or one character,
        // or a range of characters a text field takes (`a-z`, `0-9`).
        for name in keys.split([' ', '/']) {
            let range = matches!(name.as_bytes(), [a, b'-', b] if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric());
            assert!(
                name.chars().count() == 1
                    || range
                    || name.starts_with(|c: char| c.is_ascii_uppercase())
                        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'),
                "{label}: `{name}` is not a key name (words go in a note from the catalog)"
            );
        }
    }
}

#[test]
fn korean_text_keeps_aws_names_and_the_glossary_terms() {
    // Terms of content/glossary.toml that AWS's Korean pages do not use must not appear in the
    // Korean catalog either (큐 for 대기열, 토픽 for 주제, ...).
    let glossary: toml::Table =
        toml::from_str(&std::fs::read_to_string(root().join("content/glossary.toml")).unwrap())
            .unwrap();
    let avoid: Vec<String> = glossary["term"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|t| t.get("avoid").and_then(|a| a.as_array()))
        .flatten()
        .filter_map(|a| a.as_str().map(str::to_string))
        .collect();
    assert!(!avoid.is_empty());
    for (name, src) in i18n::FILES.iter().zip(i18n::sources(Lang::Ko)) {
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            for word in &avoid {
                let at_word_start = line
                    .match_indices(word.as_str())
                    .any(|(i, _)| i == 0 || line[..i].ends_with([' ', '(', '`']));
                assert!(!at_word_start, "ko/{name}.ftl uses `{word}`: {line}");
            }
        }
    }
}

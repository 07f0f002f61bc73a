//! Every screen in Korean, walked with the bundled packs at 80x24: no English word of the app's
//! own is left. A Latin-letter word on a Korean screen must be one the Korean catalog itself keeps
//! (AWS names, key names, units: they appear in `assets/i18n/ko/*.ftl`) or one the Korean content
//! keeps (the packs' `ko` text and pack titles, which are AWS service names). Anything else is
//! English the code wrote without the catalog, and the test names the screen and the word.

use super::action::{Action, ExamChoice};
use super::app::{App, AppState, PackRow};
use super::i18n_tests::screen_at;
use super::theme::Theme;
use crate::core::config::Lang;
use crate::store::Store;
use std::collections::BTreeSet;

/// 2026-11-24 12:00 UTC.
const NOON: i64 = 1_795_521_600_000;

const STORE_PATH: &str = "/home/user/.local/share/awsdrill/awsdrill.sqlite3";

/// Latin-letter words of two letters or more in `text` (`DynamoDB`, `Ctrl`, `ms`).
fn latin_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 2)
        .map(str::to_string)
        .collect()
}

/// Strings of a TOML value found under a `ko` table, anywhere.
fn korean_strings(v: &toml::Value, in_ko: bool, out: &mut Vec<String>) {
    match v {
        toml::Value::String(s) if in_ko => out.push(s.clone()),
        toml::Value::Array(a) => a.iter().for_each(|x| korean_strings(x, in_ko, out)),
        toml::Value::Table(t) => {
            for (k, x) in t {
                korean_strings(x, in_ko || k == "ko", out);
            }
        }
        _ => {}
    }
}

/// The words a Korean screen may show in Latin letters.
fn allowed() -> BTreeSet<String> {
    let mut words = BTreeSet::new();
    for src in crate::i18n::sources(Lang::Ko) {
        for line in src.lines().filter(|l| !l.starts_with('#')) {
            // The value only: `key = value`; a key's own words are not shown.
            let value = match line.split_once(" = ") {
                Some((key, value)) if !key.starts_with(' ') => value,
                _ => line,
            };
            // Placeholders are not words either.
            let mut bare = String::new();
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    c if depth == 0 => bare.push(c),
                    _ => {}
                }
            }
            words.extend(latin_words(&bare));
        }
    }
    for (_, text) in crate::core::content::bundled::BUNDLED {
        let value: toml::Value = toml::from_str(text).expect("a bundled pack is TOML");
        let mut ko = Vec::new();
        korean_strings(&value, false, &mut ko);
        if let Some(title) = value
            .get("pack")
            .and_then(|p| p.get("title"))
            .and_then(|t| t.as_str())
        {
            ko.push(title.to_string());
        }
        for s in ko {
            words.extend(latin_words(&s));
        }
    }
    // The program's name in the tab bar.
    words.insert("awsdrill".into());
    // Key names as on the keycaps (they stay English): read from the key table, so a key added
    // there is allowed here too; a label's note in parentheses is a catalog key, not shown.
    let keys_of = |label: &str| label.split(" (").next().unwrap_or(label).to_string();
    for b in crate::tui::keys::all() {
        words.extend(latin_words(&keys_of(b.label)));
        for k in b.keys {
            words.extend(latin_words(&crate::tui::keys::key_name(k)));
            words.extend(latin_words(&crate::tui::keys::help_name(k)));
        }
    }
    for t in crate::tui::keys::TYPING {
        words.extend(latin_words(&keys_of(t.label)));
    }
    // Identifiers the app shows as they are: pack and item ids, the store's path, the settings'
    // keys (config.toml's names).
    for pack in crate::study::testing::bundled_packs() {
        words.extend(latin_words(&pack.id));
        for c in &pack.cards {
            words.extend(latin_words(&c.id));
            words.extend(latin_words(&c.source));
        }
        for q in &pack.questions {
            words.extend(latin_words(&q.id));
            words.extend(latin_words(&q.source));
        }
    }
    words.extend(latin_words(STORE_PATH));
    for setting in crate::core::config::Setting::ALL {
        words.extend(latin_words(setting.key()));
    }
    words
}

fn korean_app() -> App {
    let packs = crate::study::testing::bundled_packs();
    let state = AppState {
        packs: packs
            .iter()
            .map(|p| PackRow {
                id: p.id.clone(),
                title: p.title.clone(),
                cards: p.cards.len(),
                generators: 0,
                questions: p.questions.len(),
                checked: "2026-12-07".into(),
            })
            .collect(),
        store_path: STORE_PATH.into(),
        ..AppState::default()
    };
    let study = crate::study::testing::study(Store::open_in_memory().unwrap(), packs);
    let mut app = App::with_study(state, Theme::plain(), study, NOON);
    app.set_lang(Lang::Ko);
    app.set_ui_lang(Lang::Ko);
    app
}

/// The English words on `screen` that the Korean catalog and content do not keep. A word cut by
/// a box's border, an ellipsis or a table column's end (`Lef│`, `Lamb…`) is the start of a
/// word that is kept.
fn english_on(screen: &str, allowed: &BTreeSet<String>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in screen.lines() {
        let chars: Vec<char> = line.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            if !chars[i].is_ascii_alphabetic() {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && chars[i].is_ascii_alphabetic() {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            if word.len() < 2 || allowed.contains(&word) {
                continue;
            }
            // Cut by a box drawn over it, by an ellipsis, or by the end of a table's column.
            let edge = |c: Option<&char>| {
                matches!(c, Some('│' | '┐' | '┘' | '└' | '┌' | '…' | '┤' | '├' | '~'))
            };
            let cut_after = edge(chars.get(i))
                || chars.get(i).is_none()
                || (chars.get(i) == Some(&' ') && chars.get(i + 1) == Some(&' '));
            if cut_after && allowed.iter().any(|a| a.starts_with(&word)) {
                continue;
            }
            let cut_before = start == 0 || edge(chars.get(start - 1));
            if cut_before && allowed.iter().any(|a| a.ends_with(&word)) {
                continue;
            }
            if cut_before && cut_after && allowed.iter().any(|a| a.contains(&word)) {
                continue;
            }
            out.insert(word);
        }
    }
    out
}

#[test]
fn no_screen_shows_english_of_its_own_in_korean() {
    let allowed = allowed();
    let mut found = Vec::new();
    let mut app = korean_app();
    let mut look = |app: &mut App, what: &str| {
        let s = screen_at(app, 80, 24);
        let english = english_on(&s, &allowed);
        if !english.is_empty() {
            found.push(format!("{what}: {english:?}\n{s}"));
        }
        // Help over the same screen.
        app.update(Action::ToggleHelp, NOON);
        let h = screen_at(app, 80, 24);
        let english = english_on(&h, &allowed);
        if !english.is_empty() {
            found.push(format!("{what}, help: {english:?}\n{h}"));
        }
        app.update(Action::ToggleHelp, NOON);
    };
    look(&mut app, "Home");
    app.update(Action::Palette, NOON);
    look(&mut app, "the palette");
    // The palette takes its own keys: Esc closes it.
    app.on_key(
        &crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Esc,
            crossterm::event::KeyModifiers::NONE,
        ),
        NOON,
    );
    assert!(
        !screen_at(&mut app, 80, 24).contains("> _"),
        "the palette closed"
    );

    app.update(Action::StartDrill, NOON);
    look(&mut app, "the drill, a card's front");
    app.update(Action::Reveal, NOON);
    look(&mut app, "the drill, a card's back");
    app.update(Action::Back, NOON);

    app.update(Action::OpenExams, NOON);
    look(&mut app, "the exam menu");
    app.update(Action::StartExam(ExamChoice::Quick), NOON);
    look(&mut app, "an exam question");
    app.update(Action::Choose(0), NOON);
    app.update(Action::Flag, NOON);
    look(&mut app, "an exam question answered and flagged");
    app.update(Action::Submit, NOON);
    look(&mut app, "the exam's submit question");
    app.update(Action::Confirm, NOON);
    look(&mut app, "the exam's results");
    app.update(Action::Back, NOON);
    app.update(Action::Back, NOON);

    app.update(Action::OpenCalc, NOON);
    for i in 0..crate::core::calc::registry::calculators().len() {
        look(&mut app, &format!("calculator {}", i + 1));
        app.update(Action::SwitchCalculator, NOON);
    }
    app.update(Action::Back, NOON);

    app.update(Action::OpenBrowse, NOON);
    look(&mut app, "Browse");
    app.update(Action::Down, NOON);
    app.update(Action::Confirm, NOON);
    look(&mut app, "Browse, an item");
    app.update(Action::Back, NOON);
    app.update(Action::Back, NOON);

    app.update(Action::OpenStats, NOON);
    look(&mut app, "Stats");
    app.update(Action::Back, NOON);

    app.update(Action::OpenIam, NOON);
    look(&mut app, "the IAM lab");
    app.update(Action::Back, NOON);

    app.update(Action::OpenSettings, NOON);
    look(&mut app, "Settings");

    assert!(
        found.is_empty(),
        "English on a Korean screen (add the words to the catalog):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_walk_finds_english() {
    // The check itself: an English sentence is found, the catalog's kept words are not.
    let allowed = allowed();
    assert!(english_on("Due now: 3 cards", &allowed).contains("Due"));
    assert!(english_on("읽기 용량 단위(RCU) 2개, Lambda 함수", &allowed).is_empty());
}

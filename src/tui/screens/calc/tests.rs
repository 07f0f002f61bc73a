//! The Calculators screen on a test backend.

use super::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn press(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn typed(s: &mut CalcScreen, text: &str) {
    for c in text.chars() {
        assert!(s.handle_key(&press(KeyCode::Char(c))));
    }
}

fn clear(s: &mut CalcScreen) {
    assert!(s.handle_key(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL)));
}

fn screen(s: &mut CalcScreen, w: u16, h: u16) -> Vec<String> {
    screen_in(Lang::En, s, w, h)
}

fn screen_in(lang: Lang, s: &mut CalcScreen, w: u16, h: u16) -> Vec<String> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| s.draw(f, f.area(), &Theme::plain(), lang))
        .unwrap();
    let buf = t.backend().buffer().clone();
    (0..h)
        .map(|y| {
            (0..w)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
        })
        .collect()
}

fn contains(lines: &[String], text: &str) -> bool {
    lines.iter().any(|l| l.contains(text))
}

#[test]
fn opens_on_the_issue_example_and_fits_80x24() {
    let mut s = CalcScreen::new();
    let lines = screen(&mut s, 80, 24);
    assert!(contains(&lines, " DynamoDB capacity "));
    assert!(contains(&lines, "Item size(s) 6.5KB_"));
    assert!(contains(&lines, "provision 80 RCU"), "{lines:#?}");
    assert!(contains(&lines, "2 / 2 = 1 RCU per read"), "{lines:#?}");
    assert!(contains(&lines, "Tab next field"));
    // Also within the body the app leaves (tab bar and status line take two rows).
    let lines = screen(&mut s, 80, 22);
    assert!(contains(&lines, "provision 80 RCU"));
    assert!(contains(&lines, "Ctrl-U clear field"));
    // A tiny area does not panic.
    screen(&mut s, 20, 5);
}

#[test]
fn the_result_follows_the_typing() {
    let mut s = CalcScreen::new();
    clear(&mut s);
    typed(&mut s, "4KB");
    assert!(s.handle_key(&press(KeyCode::Tab)));
    clear(&mut s);
    typed(&mut s, "3");
    let lines = screen(&mut s, 80, 24);
    assert!(contains(&lines, "RCU/s -> provision 2 RCU"), "{lines:#?}");
    assert!(contains(&lines, "0.5 RCU per read"), "{lines:#?}");
    assert!(contains(&lines, "1.5 -> 2 RCU"), "{lines:#?}");
    assert!(s.handle_key(&press(KeyCode::Backspace)));
    typed(&mut s, "10");
    assert!(contains(&screen(&mut s, 80, 24), "x 10 reads/s = 5 RCU/s"));
}

#[test]
fn errors_show_beside_the_field() {
    let mut s = CalcScreen::new();
    clear(&mut s);
    typed(&mut s, "-1KB");
    let lines = screen(&mut s, 80, 24);
    let row = lines
        .iter()
        .find(|l| l.starts_with("Item size(s)"))
        .unwrap();
    assert!(row.contains("`-1KB` is negative"), "{row}");
    assert!(contains(&lines, "Fix the fields marked in red:"));
    assert!(contains(
        &lines,
        "Item size(s): `-1KB` is negative; an item is at least 1 byte"
    ));
    // A second bad field gets its own error on its own row.
    assert!(s.handle_key(&press(KeyCode::Tab)));
    typed(&mut s, "x");
    let lines = screen(&mut s, 80, 24);
    let row = lines.iter().find(|l| l.starts_with("Reads/s")).unwrap();
    assert!(row.contains("is not a whole number"), "{row}");
}

#[test]
fn lists_go_to_the_batch_operations() {
    let mut s = CalcScreen::new();
    s.set("dynamodb", "operation", "batch-get-item");
    s.set("dynamodb", "items", "1.5KB,6.5KB");
    s.set("dynamodb", "reads", "10");
    s.set("dynamodb", "consistency", "strong");
    let lines = screen(&mut s, 80, 40);
    assert!(
        contains(&lines, "3 RCU per request (BatchGetItem"),
        "{lines:#?}"
    );
    s.set("dynamodb", "operation", "query");
    s.set("dynamodb", "items", "1500x64B");
    assert!(contains(
        &screen(&mut s, 80, 40),
        "24 RCU per request (Query"
    ));
}

#[test]
fn left_and_right_switch_to_the_decoder() {
    let mut s = CalcScreen::new();
    assert!(s.handle_key(&press(KeyCode::Right)));
    assert_eq!(s.calculator(), "ec2");
    clear(&mut s);
    typed(&mut s, "r7iz.metal-16xl");
    let lines = screen(&mut s, 80, 24);
    assert!(contains(&lines, " EC2 instance types "));
    assert!(
        contains(&lines, "r7iz.metal-16xl: a real instance type"),
        "{lines:#?}"
    );
    assert!(contains(&lines, "category    memory optimized"));
    assert!(contains(&lines, "processor   Intel (letter i)"));
    assert!(s.handle_key(&press(KeyCode::Tab)));
    typed(&mut s, "memory, graviton, nvme, 2xlarge");
    let lines = screen(&mut s, 80, 40);
    assert!(contains(&lines, "r8gd.2xlarge"), "{lines:#?}");
    typed(&mut s, ", purple");
    let lines = screen(&mut s, 80, 24);
    let row = lines.iter().find(|l| l.starts_with("Build")).unwrap();
    assert!(row.contains("`purple` is not"), "{row}");
    assert!(s.handle_key(&press(KeyCode::Left)));
    assert_eq!(s.calculator(), "dynamodb");
}

#[test]
fn a_long_working_scrolls_to_its_last_line_and_back() {
    let mut s = CalcScreen::new();
    s.set("dynamodb", "writes", "10");
    s.set("dynamodb", "gsi", "1KB,2KB,3KB");
    s.set("dynamodb", "regions", "3");
    let top = screen(&mut s, 80, 24);
    assert!(contains(&top, "reads:  1 RCU per read"));
    for _ in 0..50 {
        assert!(s.handle_key(&press(KeyCode::PageDown)));
    }
    let end = screen(&mut s, 80, 24);
    assert!(!contains(&end, "reads:  1 RCU per read"));
    assert!(contains(&end, "note: a global table must be"), "{end:#?}");
    for _ in 0..50 {
        s.handle_key(&press(KeyCode::PageUp));
    }
    assert_eq!(screen(&mut s, 80, 24), top);
}

#[test]
fn inputs_are_remembered() {
    let mut s = CalcScreen::new();
    s.set("dynamodb", "writes", "25");
    s.set("ec2", "name", "m7gd.2xlarge");
    s.handle_key(&press(KeyCode::Right));
    let saved = s.inputs();
    let mut t = CalcScreen::new();
    t.restore(&saved);
    assert_eq!((t.calculator(), &t.forms), (s.calculator(), &s.forms));
    t.restore("not json");
    assert_eq!(t.value("dynamodb", "writes"), Some("25"));
    t.restore(r#"{"dynamodb":{"reads":"7\u001b[2J","nope":"1"}}"#);
    assert_eq!(t.value("dynamodb", "reads"), Some("7[2J"));
    assert_eq!(t.calculator(), "dynamodb");
}

#[test]
fn inputs_saved_in_the_older_format_are_read() {
    // Before the registry: one object per calculator at the top.
    let mut t = CalcScreen::new();
    t.restore(
        r#"{"calculator":"ec2","dynamodb":{"operation":"","items":"4KB","reads":"9"},"ec2":{"name":"m5.large","build":""}}"#,
    );
    assert_eq!(t.calculator(), "ec2");
    assert_eq!(t.value("dynamodb", "items"), Some("4KB"));
    assert_eq!(t.value("dynamodb", "reads"), Some("9"));
    assert_eq!(t.value("ec2", "name"), Some("m5.large"));
    // The new format: a map calculator -> field -> text.
    let saved = t.inputs();
    let v: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(v["inputs"]["dynamodb"]["reads"], "9");
    assert_eq!(v["calculator"], "ec2");
}

#[test]
fn only_presses_are_used_and_app_keys_are_left_alone() {
    let mut s = CalcScreen::new();
    let mut release = press(KeyCode::Char('a'));
    release.kind = KeyEventKind::Release;
    assert!(!s.handle_key(&release));
    for code in [KeyCode::Esc, KeyCode::F(1), KeyCode::Char('?')] {
        assert!(!s.handle_key(&press(code)), "{code:?}");
    }
    assert!(!s.handle_key(&KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL)));
    assert_eq!(s.value("dynamodb", "items"), Some("6.5KB"));
    assert!(
        s.handle_key(&press(KeyCode::Char('q'))),
        "q is typed, not quit"
    );
    assert!(s.handle_key(&press(KeyCode::BackTab)));
    assert_eq!(s.forms[0].focus, 0);
    assert!(s.handle_key(&press(KeyCode::BackTab)));
    assert_eq!(s.forms[0].focus, s.forms[0].values.len() - 1);
}

#[test]
fn switching_cycles_through_every_calculator_of_the_registry() {
    let mut s = CalcScreen::new();
    let ids: Vec<&str> = calc::calculators().iter().map(|c| c.id()).collect();
    for id in ids.iter().cycle().skip(1).take(ids.len()) {
        assert!(s.handle_key(&press(KeyCode::Right)));
        assert_eq!(s.calculator(), *id);
        let lines = screen(&mut s, 80, 24);
        let title = crate::calc_text::title(Lang::En, id);
        assert!(contains(&lines, &format!(" {title} ")), "{lines:#?}");
    }
}

#[test]
fn wide_characters_are_padded_by_display_width() {
    let mut s = CalcScreen::new();
    clear(&mut s);
    typed(&mut s, "６．５ＫＢ");
    let lines = screen(&mut s, 80, 24);
    let row = lines
        .iter()
        .find(|l| l.starts_with("Item size(s)"))
        .unwrap();
    // Each full-width character takes two columns; the box stays 24 columns wide.
    assert_eq!(
        field_line("L", "", "６．５ＫＢ", true, None, &Theme::plain()).width(),
        LABEL_WIDTH + INPUT_WIDTH + 1
    );
    assert!(row.contains("６"), "{row}");
    let long = "ｘ".repeat(40);
    assert_eq!(tail(&long, INPUT_WIDTH - 1).width(), 22);
}

#[test]
fn left_goes_back_through_the_calculators() {
    let mut s = CalcScreen::new();
    let ids: Vec<&str> = calc::calculators().iter().map(|c| c.id()).collect();
    assert!(s.handle_key(&press(KeyCode::Left)));
    assert_eq!(s.calculator(), *ids.last().unwrap());
    assert!(s.handle_key(&press(KeyCode::Left)));
    assert_eq!(s.calculator(), ids[ids.len() - 2]);
    assert!(s.handle_key(&press(KeyCode::Right)));
    assert!(s.handle_key(&press(KeyCode::Right)));
    assert_eq!(s.calculator(), ids[0]);
}

fn tabs(titles: &[&str], current: usize, width: usize) -> String {
    tab_line(titles, current, width, &Theme::plain())
        .spans
        .iter()
        .map(|s| s.content.as_ref())
        .collect()
}

#[test]
fn the_tabs_fit_the_width_and_keep_the_current_one_in_view() {
    let titles = ["Alpha", "Beta", "Gamma", "Delta"];
    // Room for all with a space between.
    assert_eq!(tabs(&titles, 0, 40), " Alpha   Beta   Gamma   Delta ");
    // Without the spaces they fit.
    assert_eq!(tabs(&titles, 0, 28), " Alpha  Beta  Gamma  Delta ");
    // Too narrow: a window around the current tab, with markers.
    let narrow = tabs(&titles, 3, 20);
    assert!(
        narrow.starts_with("< ") && narrow.contains(" Delta "),
        "{narrow}"
    );
    assert!(narrow.width() <= 20, "{narrow}");
    let first = tabs(&titles, 0, 20);
    assert!(
        first.starts_with(" Alpha ") && first.ends_with(" >"),
        "{first}"
    );
    // The real tabs fit 80 columns.
    for lang in crate::i18n::LANGS {
        let real: Vec<String> = calc::calculators()
            .iter()
            .map(|c| crate::calc_text::title(lang, c.id()))
            .collect();
        let real: Vec<&str> = real.iter().map(String::as_str).collect();
        for i in 0..real.len() {
            let line = tabs(&real, i, 80);
            assert!(line.width() <= 80, "{line}");
            assert!(!line.contains('<') && !line.contains('>'), "{line}");
        }
    }
}

/// Each calculator's form at 80x24 in the app (tab bar, form, result, hints).
#[test]
fn every_form_fits_80x24() {
    use crate::tui::app::{App, AppState};
    use crate::tui::test_support::screen as app_screen;
    let mut app = App::new(AppState::default(), Theme::plain());
    app.update(Action::OpenCalc, 0);
    // The screen opens on the first calculator; Right goes to the next, in the registry's order.
    for (i, c) in calc::calculators().iter().enumerate() {
        if i > 0 {
            app.on_key(&press(KeyCode::Right), 0);
        }
        if i < 2 {
            continue;
        }
        let text = app_screen(&mut app);
        assert!(text.contains("Esc back"), "{text}");
        insta::assert_snapshot!(format!("calculator_{}", c.id()), text);
    }
}

#[test]
fn the_decoder_form_shows_the_hardware_at_80x24() {
    let mut s = CalcScreen::new();
    assert!(s.handle_key(&press(KeyCode::Right)));
    clear(&mut s);
    typed(&mut s, "m5.large");
    let lines = screen(&mut s, 80, 24);
    assert!(contains(&lines, "vCPUs       2"), "{lines:#?}");
    assert!(contains(&lines, "memory      8 GiB"), "{lines:#?}");
    insta::assert_snapshot!(lines.join("\n"));
    // A type with accelerators, whose lines run past the screen, scrolls to them.
    clear(&mut s);
    typed(&mut s, "p4d.24xlarge");
    for _ in 0..10 {
        assert!(s.handle_key(&press(KeyCode::PageDown)));
    }
    let lines = screen(&mut s, 80, 24);
    assert!(
        contains(&lines, "accelerators 8 x NVIDIA A100 GPUs"),
        "{lines:#?}"
    );
}

/// The app on the Calculators screen with its own words in `lang`.
fn app_in(lang: Lang) -> crate::tui::app::App {
    use crate::tui::app::{App, AppState};
    let mut app = App::new(AppState::default(), Theme::plain());
    app.set_ui_lang(lang);
    app.update(Action::OpenCalc, 0);
    app
}

/// Replaces the focused field's text, through the keys.
fn retype(app: &mut crate::tui::app::App, text: &str) {
    app.on_key(&KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL), 0);
    for c in text.chars() {
        app.on_key(&press(KeyCode::Char(c)), 0);
    }
}

/// Goes right to calculator `id`.
fn go_to(app: &mut crate::tui::app::App, id: &str) {
    let at = calc::calculators()
        .iter()
        .position(|c| c.id() == id)
        .unwrap();
    for _ in 0..at {
        app.on_key(&press(KeyCode::Right), 0);
    }
}

/// DynamoDB, EC2 and S3 in English and Korean at 80x24 (a double-width letter fills two
/// columns): a result, an error naming the field, the EC2 decoder and builder.
#[test]
fn dynamodb_ec2_and_s3_in_both_languages_at_80x24() {
    use crate::tui::i18n_tests::screen_at;
    for lang in crate::i18n::LANGS {
        let tag = crate::i18n::tag(lang);
        let mut app = app_in(lang);
        insta::assert_snapshot!(
            format!("{tag}_dynamodb_result"),
            screen_at(&mut app, 80, 24)
        );
        // The first field focused is the item size.
        retype(&mut app, "-1KB");
        insta::assert_snapshot!(format!("{tag}_dynamodb_error"), screen_at(&mut app, 80, 24));
        // An error that names another field by its label.
        retype(&mut app, "2KB");
        app.on_key(&press(KeyCode::BackTab), 0);
        retype(&mut app, "put-item");
        insta::assert_snapshot!(
            format!("{tag}_dynamodb_error_naming_a_field"),
            screen_at(&mut app, 80, 24)
        );

        let mut app = app_in(lang);
        go_to(&mut app, "ec2");
        // The name the tab opens with: a hyphen part and a size from the naming table.
        insta::assert_snapshot!(format!("{tag}_ec2_first"), screen_at(&mut app, 80, 24));
        retype(&mut app, "m5.large");
        insta::assert_snapshot!(format!("{tag}_ec2_decoder"), screen_at(&mut app, 80, 24));
        retype(&mut app, "");
        app.on_key(&press(KeyCode::Tab), 0);
        retype(&mut app, "memory, graviton, nvme, 2xlarge");
        insta::assert_snapshot!(format!("{tag}_ec2_builder"), screen_at(&mut app, 80, 24));
        retype(&mut app, "memory, purple");
        insta::assert_snapshot!(format!("{tag}_ec2_error"), screen_at(&mut app, 80, 24));

        let mut app = app_in(lang);
        go_to(&mut app, "s3");
        insta::assert_snapshot!(format!("{tag}_s3_result"), screen_at(&mut app, 80, 24));
        retype(&mut app, "many");
        insta::assert_snapshot!(format!("{tag}_s3_error"), screen_at(&mut app, 80, 24));
    }
}

/// The Korean screen keeps the English one's numbers and shows no English of the calculators'.
#[test]
fn the_korean_screen_has_the_english_numbers() {
    let mut s = CalcScreen::new();
    let en = screen_in(Lang::En, &mut s, 80, 40).join("\n");
    let ko = screen_in(Lang::Ko, &mut s, 80, 40).join("\n");
    // The cell after a double-width letter reads as a space here: compare without spaces.
    let bare = ko.replace(' ', "");
    assert!(en.contains("provision 80 RCU"), "{en}");
    assert!(bare.contains("80RCU프로비저닝"), "{ko}");
    assert!(bare.contains("최종적으로일관된읽기"), "{ko}");
    for english in ["provision", "reads", "working", "Item size", "next field"] {
        assert!(!ko.contains(english), "{english} in {ko}");
    }
}

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
    // calculators: DynamoDB, EC2, S3, the shared words and the Calculators screen
    "src/calc_text/mod.rs",
    "src/calc_text/errors.rs",
    "src/calc_text/dynamodb.rs",
    "src/calc_text/ec2.rs",
    "src/calc_text/s3.rs",
    "src/tui/screens/calc/mod.rs",
    // calculators: Lambda, Kinesis, throttling
    "src/calc_text/lambda.rs",
    "src/calc_text/kinesis.rs",
    "src/calc_text/throttle.rs",
    // iam
    "src/calc_text/iam.rs",
    "src/cli/iam.rs",
    "src/iam_files.rs",
    "src/tui/screens/iam.rs",
    // the daily drill and custom study
    "src/tui/screens/drill.rs",
    "src/study_text.rs",
    "src/content_text/browse.rs",
    "src/content_text/custom.rs",
    "src/cli/study.rs",
    // mock exams
    "src/tui/screens/exam/mod.rs",
    "src/tui/screens/exam/draw.rs",
    "src/exam_run.rs",
    "src/cli/exam.rs",
    // Browse and Stats, `awsdrill stats` and `awsdrill due`
    "src/tui/screens/browse.rs",
    "src/tui/screens/stats.rs",
    "src/tui/widgets/charts.rs",
    "src/stats_report.rs",
    "src/stats_report/text.rs",
    "src/stats_report/due.rs",
    "src/cli/stats.rs",
    "src/cli/due.rs",
    // the command line: lint, the data commands, errors
    "src/content_text/findings.rs",
    "src/cli/lint.rs",
    "src/cli/data.rs",
    "src/cli/optimize.rs",
    "src/cli/paths_cmd.rs",
    "src/cli/anki.rs",
    "src/cli/csv_cmd.rs",
    "src/interchange/package.rs",
    "src/config_file.rs",
    "src/context.rs",
    // the command line's help and parse errors
    "src/cli/help.rs",
    "src/main.rs",
    // ko-finish: the last English of the command line and the screens
    "src/packs.rs",
];

/// String literals with letters that a converted file may hold, and why they are not words to
/// translate.
const NOT_WORDS: &[(&str, &str, &str)] = &[
    ("src/tui/screens/home.rs", "awsdrill", "the program's name"),
    (
        "src/calc_text/ec2.rs",
        "<generation>",
        "the EC2 builder's slot token in core's pattern, replaced by the catalog's word",
    ),
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
    ), // mock exams
    (
        "src/tui/screens/exam/draw.rs",
        "choose",
        "an English question stem's own \"(Choose two.)\", looked for, not shown",
    ),
    // calculators
    (
        "src/calc_text/errors.rs",
        "item-size",
        "the --item-size flag's name",
    ),
    (
        "src/calc_text/errors.rs",
        "yes",
        "a selector's value in the catalog (calc-error-one-item, calc-error-too-many-bytes)",
    ),
    (
        "src/calc_text/errors.rs",
        "no",
        "a selector's value in the catalog (calc-error-one-item, calc-error-too-many-bytes)",
    ),
    (
        "src/calc_text/errors.rs",
        "categories",
        "a selector's value in the catalog (calc-error-two-given)",
    ),
    (
        "src/calc_text/errors.rs",
        "sizes",
        "a selector's value in the catalog (calc-error-two-given)",
    ),
    (
        "src/calc_text/errors.rs",
        "processors",
        "a selector's value in the catalog (calc-error-two-given)",
    ),
    (
        "src/calc_text/errors.rs",
        "accelerators",
        "a selector's value in the catalog (calc-error-two-given)",
    ),
    (
        "src/calc_text/errors.rs",
        "architectures",
        "a selector's value in the catalog (calc-error-two-given)",
    ),
    (
        "src/calc_text/errors.rs",
        "vcpus",
        "a selector's value in the catalog (calc-error-two-given)",
    ),
    (
        "src/calc_text/dynamodb.rs",
        "item-size",
        "the --item-size flag's name",
    ),
    (
        "src/calc_text/dynamodb.rs",
        "read",
        "a selector's value in the catalog (calc-dynamodb-round-up)",
    ),
    (
        "src/calc_text/dynamodb.rs",
        "write",
        "a selector's value in the catalog (calc-dynamodb-round-up)",
    ),
    (
        "src/calc_text/dynamodb.rs",
        "batch-get",
        "a selector's value in the catalog (calc-dynamodb-each-rounds-up)",
    ),
    (
        "src/calc_text/dynamodb.rs",
        "batch-write",
        "a selector's value in the catalog (calc-dynamodb-each-rounds-up)",
    ),
    (
        "src/calc_text/dynamodb.rs",
        "transaction",
        "a selector's value in the catalog (calc-dynamodb-each-rounds-up)",
    ),
    ("src/calc_text/dynamodb.rs", "RCU", "a unit's symbol"),
    ("src/calc_text/dynamodb.rs", "WCU", "a unit's symbol"),
    (
        "src/calc_text/ec2.rs",
        "x ",
        "what the guide's network text has when it counts links (`2x 100 Gigabit`)",
    ),
    (
        "src/calc_text/s3.rs",
        "GET/HEAD",
        "HTTP methods, as S3's limits name them",
    ),
    (
        "src/calc_text/s3.rs",
        "PUT/COPY/POST/DELETE",
        "HTTP methods, as S3's limits name them",
    ),
    (
        "src/tui/screens/calc/mod.rs",
        "calc_inputs",
        "the app-state key of the saved inputs",
    ),
    (
        "src/tui/screens/calc/mod.rs",
        "calculator",
        "a key of the saved inputs' JSON",
    ),
    (
        "src/tui/screens/calc/mod.rs",
        "inputs",
        "a key of the saved inputs' JSON",
    ),
    // calculators: Lambda, Kinesis, throttling
    ("src/calc_text/lambda.rs", "x86", "an architecture's name"),
    ("src/calc_text/lambda.rs", "Arm", "an architecture's name"),
    ("src/calc_text/lambda.rs", "Kinesis", "a service's name"),
    (
        "src/calc_text/lambda.rs",
        "DynamoDB Streams",
        "a feature's name",
    ),
    (
        "src/calc_text/lambda.rs",
        "calc-lambda-field-",
        "the prefix of the field labels' keys",
    ),
    (
        "src/calc_text/kinesis.rs",
        "calc-kinesis-field-",
        "the prefix of the field labels' keys",
    ),
    (
        "src/calc_text/throttle.rs",
        "calc-throttle-field-",
        "the prefix of the field labels' keys",
    ),
    // iam
    (
        "src/calc_text/iam.rs",
        "Statement",
        "a policy JSON element name",
    ),
    (
        "src/calc_text/iam.rs",
        "Allow",
        "a policy's Effect as JSON writes it",
    ),
    (
        "src/calc_text/iam.rs",
        "Deny",
        "a policy's Effect as JSON writes it",
    ),
    (
        "src/calc_text/iam.rs",
        "continue",
        "a key of the --json output",
    ),
    (
        "src/calc_text/iam.rs",
        "skipped",
        "a key of the --json output",
    ),
    ("src/iam_files.rs", "arn", "the first part of every ARN"),
    (
        "src/iam_files.rs",
        "example:",
        "the prefix that names a bundled example",
    ),
    ("src/cli/iam.rs", "--principal", "a flag name"),
    ("src/cli/iam.rs", "--action", "a flag name"),
    ("src/cli/iam.rs", "--resource", "a flag name"),
    ("src/cli/iam.rs", "--resource-account", "a flag name"),
    ("src/cli/iam.rs", "--context", "a flag name"),
    ("src/cli/iam.rs", "then", "a key of the --json output"),
    ("src/cli/iam.rs", "text", "a key of the --json output"),
    (
        "src/cli/iam.rs",
        "invalid policy",
        "a value of the --json output",
    ),
    (
        "src/cli/iam.rs",
        "one of {}",
        "inside clap's own English error about a flag value (clap reads flags before --lang)",
    ),
    // the daily drill and custom study
    (
        "src/tui/screens/drill.rs",
        "pack:lambda",
        "a form the custom-study filter reads (core::custom::Filter::parse)",
    ),
    (
        "src/tui/screens/drill.rs",
        "domain:security",
        "a form the custom-study filter reads (core::custom::Filter::parse)",
    ),
    (
        "src/tui/screens/drill.rs",
        "task:1.2",
        "a form the custom-study filter reads (core::custom::Filter::parse)",
    ),
    (
        "src/tui/screens/drill.rs",
        "tag:limits",
        "a form the custom-study filter reads (core::custom::Filter::parse)",
    ),
    (
        "src/tui/screens/drill.rs",
        "leeches",
        "a form the custom-study filter reads (core::custom::Filter::parse)",
    ),
    (
        "src/tui/screens/drill.rs",
        "missed",
        "a form the custom-study filter reads (core::custom::Filter::parse)",
    ),
    ("src/cli/study.rs", "filter", "the clap argument group's id"),
    (
        "src/cli/study.rs",
        "pack",
        "an option's name (`--pack`), the same in every language",
    ),
    (
        "src/cli/study.rs",
        "domain",
        "an option's name (`--domain`), the same in every language",
    ),
    (
        "src/cli/study.rs",
        "task",
        "an option's name (`--task`), the same in every language",
    ),
    (
        "src/cli/study.rs",
        "tag",
        "an option's name (`--tag`), the same in every language",
    ),
    (
        "src/cli/study.rs",
        "leeches",
        "an option's name (`--leeches`), the same in every language",
    ),
    (
        "src/cli/study.rs",
        "missed",
        "an option's name (`--missed`), the same in every language",
    ),
    (
        "src/cli/study.rs",
        "search",
        "an option's name (`--search`), the same in every language",
    ),
    (
        "src/tui/screens/exam/draw.rs",
        "[x]",
        "the mark of a selected choice",
    ),
    (
        "src/exam_run.rs",
        "Estimate only: your proportion right with its 90 % Wilson interval, mapped linearly onto the score scale; none below 20 scored questions. AWS does not publish its scaling, and 15 of the real exam's 65 questions are unscored.",
        "the JSON field estimate_method stays English (the screens use exam-estimate-method; a test keeps them equal)",
    ),
    (
        "src/cli/exam.rs",
        "in-progress",
        "an attempt's status as the store and JSON name it",
    ),
    (
        "src/cli/exam.rs",
        "submitted",
        "an attempt's status as the store and JSON name it",
    ),
    (
        "src/cli/exam.rs",
        "discarded",
        "an attempt's status as the store and JSON name it",
    ),
    ("src/cli/exam.rs", "full", "a --mode value as typed"),
    ("src/cli/exam.rs", "quick", "a --mode value as typed"),
    ("src/cli/exam.rs", "weak", "a --mode value as typed"),
    ("src/cli/exam.rs", "seed", "a JSON key"),
    ("src/cli/exam.rs", "mode", "a JSON key"),
    ("src/cli/exam.rs", "questions", "a JSON key"),
    // Browse and Stats, `awsdrill stats` and `awsdrill due`
    (
        "src/content_text/browse.rs",
        "basic",
        "an item's kind as the core names it (matched to its label's key)",
    ),
    (
        "src/content_text/browse.rs",
        "cloze",
        "an item's kind as the core names it (matched to its label's key)",
    ),
    (
        "src/content_text/browse.rs",
        "numeric",
        "an item's kind as the core names it (matched to its label's key)",
    ),
    (
        "src/content_text/browse.rs",
        "generated",
        "an item's kind as the core names it (matched to its label's key)",
    ),
    (
        "src/content_text/browse.rs",
        "question",
        "an item's kind as the core names it (matched to its label's key)",
    ),
    // the command line: lint, the data commands, errors
    (
        "src/content_text/findings.rs",
        "[pack]",
        "TOML table names as a pack writes them",
    ),
    (
        "src/content_text/findings.rs",
        "[exam]",
        "TOML table names as a pack writes them",
    ),
    (
        "src/content_text/findings.rs",
        "[difficulty]",
        "TOML table names as a pack writes them",
    ),
    (
        "src/content_text/findings.rs",
        "two",
        "the words of an English stem's (Choose two.)",
    ),
    (
        "src/content_text/findings.rs",
        "three",
        "the words of an English stem's (Choose two.)",
    ),
    (
        "src/content_text/findings.rs",
        "four",
        "the words of an English stem's (Choose two.)",
    ),
    (
        "src/content_text/findings.rs",
        "five",
        "the words of an English stem's (Choose two.)",
    ),
    (
        "src/cli/lint.rs",
        "content/packs",
        "a folder of the repository",
    ),
    ("src/cli/lint.rs", "task-coverage", "a finding code"),
    ("src/cli/lint.rs", "basic", "card kinds as packs write them"),
    ("src/cli/lint.rs", "cloze", "card kinds as packs write them"),
    (
        "src/cli/lint.rs",
        "numeric",
        "card kinds as packs write them",
    ),
    (
        "src/cli/lint.rs",
        "    {:<17} {:>5.1} %  {:.2} x",
        "a heuristic's key and numbers; x is the times sign",
    ),
    (
        "src/cli/data.rs",
        "\\r{line}",
        "a carriage return before the progress line",
    ),
    ("src/cli/data.rs", ".{}.tmp", "a temporary file's name"),
    (
        "src/cli/optimize.rs",
        "\\r[{bar:<25}] {pct:>3} %",
        "a progress bar after a carriage return",
    ),
    (
        "src/cli/optimize.rs",
        "\\r[{}] 100 %",
        "a progress bar after a carriage return",
    ),
    (
        "src/cli/anki.rs",
        "awsdrill: {f}",
        "the program's name before a message",
    ),
    (
        "src/cli/anki.rs",
        "unreadable-note-types",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "unknown-note-type",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "one-field",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "empty-field",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "no-cloze",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "nested-cloze",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "image-occlusion",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "bad-cloze",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "bad-row",
        "the JSON report's reason keys",
    ),
    (
        "src/cli/anki.rs",
        "anki",
        "the pack id when a file name gives none",
    ),
    ("src/cli/anki.rs", "{}.toml", "a pack file's name"),
    (
        "src/cli/anki.rs",
        "AWS",
        "written into the new pack file, which is English as every pack",
    ),
    (
        "src/cli/anki.rs",
        "Anki: {}",
        "written into the new pack file, which is English as every pack",
    ),
    (
        "src/cli/anki.rs",
        "Imported from {origin} on {today}. `checked` is the import date: the facts were not checked against AWS documentation by awsdrill.",
        "written into the new pack file, which is English as every pack",
    ),
    (
        "src/cli/anki.rs",
        "# Made by `awsdrill` from {origin}. Edit it like any pack; `awsdrill lint` checks it.\\n{}",
        "written into the new pack file, which is English as every pack",
    ),
    (
        "src/cli/csv_cmd.rs",
        "awsdrill: {f}",
        "the program's name before a message",
    ),
    (
        "src/cli/csv_cmd.rs",
        "csv",
        "the pack id when a file name gives none",
    ),
    (
        "src/cli/csv_cmd.rs",
        "CSV: {}",
        "written into the new pack file, which is English as every pack",
    ),
    (
        "src/interchange/package.rs",
        "collection.anki2",
        "file names inside an Anki package",
    ),
    (
        "src/interchange/package.rs",
        "collection.anki21",
        "file names inside an Anki package",
    ),
    (
        "src/interchange/package.rs",
        "collection.anki21b",
        "file names inside an Anki package",
    ),
    (
        "src/interchange/package.rs",
        "collection",
        "file names inside an Anki package",
    ),
    (
        "src/interchange/package.rs",
        "media",
        "file names inside an Anki package",
    ),
    (
        "src/interchange/package.rs",
        "meta",
        "file names inside an Anki package",
    ),
    (
        "src/config_file.rs",
        "toml.tmp",
        "a temporary file's extension",
    ),
    // the command line's help and parse errors
    (
        "src/cli/help.rs",
        "data-dir",
        "a flag read from the command line before it is parsed",
    ),
    (
        "src/cli/help.rs",
        "config",
        "a flag read from the command line before it is parsed",
    ),
    (
        "src/cli/help.rs",
        "lang",
        "a flag read from the command line before it is parsed",
    ),
    (
        "src/cli/help.rs",
        "cli-help-after",
        "the prefix of the keys of the commands' closing texts",
    ),
    (
        "src/cli/help.rs",
        "cli-help-arg-{}-{id}",
        "the key of an argument's help, made from the command tree",
    ),
    (
        "src/cli/help.rs",
        "cli-help-arg-{id}",
        "the key of an argument's help, made from the command tree",
    ),
    (
        "src/cli/help.rs",
        "cli-help-value-{}-{value}",
        "the key of a value's help, made from the command tree",
    ),
    ("src/cli/help.rs", "calc", "a command name"),
    ("src/cli/help.rs", "decode", "a command name"),
    ("src/cli/help.rs", "help", "a command name"),
    ("src/cli/help.rs", "json", "an argument's name"),
    (
        "src/cli/help.rs",
        "subcommand",
        "the argument's name in clap's help subcommand",
    ),
    (
        "src/cli/help.rs",
        "Usage:",
        "clap's heading, found in its usage to put the Korean one instead",
    ),
    (
        "src/cli/help.rs",
        "[OPTIONS]",
        "clap's placeholder, found in its usage to put the Korean one instead",
    ),
    (
        "src/cli/help.rs",
        "COMMAND",
        "clap's value name, found to put the Korean one instead",
    ),
    ("src/cli/help.rs", "--help", "a flag"),
    (
        "src/cli/help.rs",
        "to pass '",
        "clap's suggestion, recognized to say it in Korean",
    ),
    (
        "src/cli/help.rs",
        "subcommand '",
        "clap's suggestion, recognized to say it in Korean",
    ),
    (
        "src/cli/help.rs",
        "' exists",
        "clap's suggestion, recognized to say it in Korean",
    ),
    // ko-finish
    ("src/packs.rs", "toml", "the extension of pack files"),
    (
        "src/packs.rs",
        "unreadable",
        "a finding's code, as lint --json writes it",
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
    // The command line's help texts are named by the command tree (`cli-help-arg-<path>-<id>`).
    named.extend(awsdrill::cli::help::named_keys());
    let unused: Vec<&String> = en.keys().filter(|k| !named.contains(*k)).collect();
    assert!(unused.is_empty(), "messages no code names: {unused:?}");
}

#[test]
fn converted_files_show_no_english_of_their_own() {
    let en = messages(Lang::En);
    let identifiers: BTreeSet<String> = awsdrill::core::calc::calculators()
        .iter()
        .flat_map(|c| {
            std::iter::once(c.id().to_string()).chain(c.fields().iter().map(|f| f.key.to_string()))
        })
        .collect();
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
                // A calculator's id or a field's key names an input as the command line does
                // (`dynamodb`, `--records-per-second`): not a word.
                if identifiers.contains(&lit) {
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

//! Findings in English: one sentence per `FindingKind`, and the rustc-like block around it.

use crate::core::content::diag::{Finding, Severity, excerpt, invisible, printable};
use crate::core::content::kind::{
    CharClass, Compared, FindingKind, IdRole, Item, SourceProblem, Unreadable, Want, Weights,
};
use std::fmt::Write as _;

/// The finding as rustc shows a diagnostic: a header, the location, the line and a caret.
pub fn render(f: &Finding) -> String {
    let label = match f.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    };
    let mut out = format!("{label}[{}]: {}\n", f.code, printable(&message(&f.kind)));
    let _ = writeln!(out, "  --> {}", printable(&f.location()));
    if let Some(text) = &f.source_line {
        let num = f.line.to_string();
        let pad = " ".repeat(num.len());
        let (shown, lead, width) = excerpt(text, f.column, f.width);
        let _ = writeln!(out, "{pad} |");
        let _ = writeln!(out, "{num} | {shown}");
        let _ = writeln!(
            out,
            "{pad} | {}{}",
            " ".repeat(lead),
            "^".repeat(width.max(1))
        );
    }
    out
}

/// How a message names a table: "card `timeout-max`", "the Korean text of choice B of ...".
pub fn item(i: &Item) -> String {
    let named = |what: &str, id: &Option<String>| match id {
        Some(id) => format!("{what} `{}`", printable(id)),
        None => format!("a {what}"),
    };
    match i {
        Item::File => "the file".into(),
        Item::PackTable => "[pack]".into(),
        Item::Card(id) => named("card", id),
        Item::Question(id) => named("question", id),
        Item::Generator(id) => named("generator", id),
        Item::Choice { label, of } => format!("choice {label} of {}", item(of)),
        Item::Korean(of) => format!("the Korean text of {}", item(of)),
        Item::Config => "the config".into(),
        Item::Blueprint => "the blueprint".into(),
        Item::ExamTable => "[exam]".into(),
        Item::BlueprintDomain => "a [[domain]]".into(),
        Item::DifficultyTable => "[difficulty]".into(),
    }
}

fn want(w: Want) -> &'static str {
    match w {
        Want::Text => "a string",
        Want::Number => "a number",
        Want::WholeNumber => "a whole number",
        Want::Boolean => "true or false",
        Want::Date => "a date such as 2026-11-24 (no quotes)",
        Want::TextList => "a list of strings",
        Want::Table => "a table",
        Want::TableList => "a list of tables",
    }
}

fn article(type_name: &str) -> String {
    match type_name {
        "integer" | "array" => format!("an {type_name}"),
        other => format!("a {other}"),
    }
}

/// What is wrong with a source URL, as the end of a sentence that names it.
pub fn source_problem(p: &SourceProblem) -> String {
    match p {
        SourceProblem::Character { code, class } => {
            let what = match class {
                CharClass::Control => "a control character",
                CharClass::Space => "a space",
                CharClass::Format => "an invisible formatting character",
            };
            format!("contains U+{code:04X}, {what}; a source is a plain https:// URL")
        }
        SourceProblem::NotHttps => "must be an https:// URL".into(),
        SourceProblem::NoHostAfterScheme => {
            "is not a valid URL: it has no host after https://".into()
        }
        SourceProblem::Invalid(e) => format!("is not a valid URL: {e}"),
        SourceProblem::Credentials => {
            "carries a user name or password; a source is a plain https:// URL".into()
        }
        SourceProblem::NoHost => "is not a valid URL: it has no host".into(),
    }
}

/// The name of an id in `bad-id`.
fn id_name(role: IdRole) -> &'static str {
    match role {
        IdRole::Pack => "pack id",
        IdRole::Card => "card id",
        IdRole::Group => "group",
        IdRole::Question => "question id",
        IdRole::Generator => "generator id",
    }
}

/// The item an id names, in `duplicate-id`.
fn id_owner(role: IdRole) -> &'static str {
    match role {
        IdRole::Pack => "pack",
        IdRole::Card => "card",
        IdRole::Group => "group",
        IdRole::Question => "question",
        IdRole::Generator => "generator",
    }
}

fn compared(w: Compared) -> &'static str {
    match w {
        Compared::Card => "card",
        Compared::Question => "question",
    }
}

fn number_word(n: usize) -> String {
    match n {
        2 => "two".into(),
        3 => "three".into(),
        4 => "four".into(),
        5 => "five".into(),
        other => other.to_string(),
    }
}

/// The sentence that says what is wrong (not yet made printable: `render` does that).
pub fn message(k: &FindingKind) -> String {
    use FindingKind as K;
    match k {
        K::FileTooLarge { bytes, limit } => {
            format!("the file has {bytes} bytes; packs are limited to {limit} bytes")
        }
        K::Unreadable(Unreadable::Io(reason)) => format!("cannot read the file: {reason}"),
        K::Unreadable(Unreadable::Folder) => "this is a folder, not a pack file".into(),
        K::Unreadable(Unreadable::NotRegular) => {
            "this is not a regular file (a device, a pipe or a socket)".into()
        }
        K::NotUtf8 => "the file is not valid UTF-8 text (is it a binary file?)".into(),
        K::NulByte => "the file contains a NUL byte (is it a binary file?)".into(),
        K::TooDeep { max } => format!(
            "arrays and tables are nested more than {max} deep here; a pack needs 3 at most"
        ),
        K::TooManyValues { max } => format!(
            "the file holds more than {max} values (keys, list entries and tables) by here; split it into several packs"
        ),
        K::TomlSyntax(e) => format!("invalid TOML: {e}"),
        K::NoPackTable => {
            "the file has no [pack] table (id, title, services, schema, checked)".into()
        }
        K::NoServices => "`services` of [pack] lists no service".into(),
        K::SchemaVersion { found, supported } => {
            format!("schema {found} is not supported; this awsdrill reads schema {supported}")
        }
        K::BadId { role, id } => format!(
            "{} `{}` must use lowercase letters, digits and hyphens (at most 64 characters)",
            id_name(*role),
            printable(id)
        ),
        K::DuplicateId {
            role,
            id,
            first_line,
        } => format!(
            "duplicate {} id `{id}` (first used on line {first_line})",
            id_owner(*role)
        ),
        K::IdOfACard { role, id } => match role {
            IdRole::Generator => format!(
                "generator id `{id}` is also the id of a card; both would be scheduled under it"
            ),
            _ => format!(
                "{} id `{id}` is also the id of a card; a missed question becomes a card under its id",
                id_owner(*role)
            ),
        },
        K::SourceHost { item: i, host } => format!(
            "`source` of {} is on {host}, not on docs.aws.amazon.com or aws.amazon.com",
            item(i)
        ),
        K::BadSource { item: i, problem } => {
            format!("`source` of {} {}", item(i), source_problem(problem))
        }
        K::BadDomain { item: i, domain } => format!(
            "domain `{}` of {} is not one of the four DVA-C02 domains: development, security, deployment, troubleshooting",
            printable(domain),
            item(i)
        ),
        K::BadCardKind { item: i, kind } => format!(
            "kind `{}` of {} is not basic, cloze or numeric",
            printable(kind),
            item(i)
        ),
        K::ForeignField { item: i, kind, key } => {
            format!("{} is a {kind} card, which has no `{key}` field", item(i))
        }
        K::NoUnit { item: i } => format!("{} is a numeric card without a `unit`", item(i)),
        K::EmptyUnit { item: i } => format!("the `unit` of {} is empty", item(i)),
        K::BadNumber {
            item: i,
            key,
            non_negative,
        } => {
            let want = if *non_negative {
                "a finite number, zero or more"
            } else {
                "a finite number"
            };
            format!("`{key}` of {} must be {want}", item(i))
        }
        K::ClozeNoDeletion { item: i, key } => {
            format!("`{key}` of {} has no {{{{...}}}} deletion", item(i))
        }
        K::ClozeUnclosed { item: i, key } => format!(
            "`{key}` of {} opens a deletion with {{{{ that is never closed with }}}}",
            item(i)
        ),
        K::ClozeEmpty { item: i, key } => format!("`{key}` of {} has an empty deletion", item(i)),
        K::KoreanOnly { item: i, key } => format!(
            "{} has `{key}`, but the English card has no `{key}`",
            item(i)
        ),
        K::BadGeneratorKind { kind, all } => format!(
            "generator kind `{}` is not one of {}",
            printable(kind),
            all.join(", ")
        ),
        K::BadTask {
            task,
            domain,
            codes,
        } => format!(
            "task `{}` is not a task statement of the {domain} domain ({})",
            printable(task),
            codes.join(", ")
        ),
        K::BadDifficulty { item: i, level } => format!(
            "`difficulty` of {} is {level}; it is 1 (recall), 2 (apply) or 3 (analyse)",
            item(i)
        ),
        K::UnknownLink { item: i, target } => {
            format!("{} links to card `{target}`, which does not exist", item(i))
        }
        K::ChoiceCount { item: i, count } => {
            format!("{} has {count} choices; a question has 4 to 6", item(i))
        }
        K::NoExplanation { item: i } => format!(
            "{} has no `why` explaining why it is right or wrong",
            item(i)
        ),
        K::DuplicateChoice { item: i, first } => {
            format!("{} has the same text as choice {first}", item(i))
        }
        K::NoCorrectChoice { item: i } => format!("{} has no correct choice", item(i)),
        K::ChooseNotStated { item: i, correct } => format!(
            "{} has {correct} correct choices, but its stem does not say how many to choose (add \"(Choose {}.)\")",
            item(i),
            number_word(*correct)
        ),
        K::ChooseMismatch {
            item: i,
            stated,
            correct,
        } => format!(
            "the stem of {} says to choose {stated}, but {correct} choices are marked correct",
            item(i)
        ),
        K::EveryChoiceCorrect { item: i } => format!("{} marks every choice correct", item(i)),
        K::NearDuplicate {
            what,
            id,
            other,
            other_line,
            percent,
        } => {
            let what = compared(*what);
            format!(
                "{what} `{id}` reads almost the same as {what} `{other}` on line {other_line} ({percent:.0} % similar)"
            )
        }
        K::NearDuplicateAcross {
            what,
            id,
            at,
            other,
            other_at,
            percent,
        } => {
            let what = compared(*what);
            format!(
                "{what} `{id}` ({at}) reads almost the same as {what} `{other}` of another pack ({other_at}), {percent:.0} % similar"
            )
        }
        K::InvisibleChar { c, more } => {
            let name = invisible(*c).unwrap_or("invisible character");
            let more = if *more > 0 {
                format!(" ({more} more places in this file are not shown)")
            } else {
                String::new()
            };
            format!(
                "invisible character U+{:04X} ({name}): it changes how the text is shown or matched without being seen; remove it{more}",
                *c as u32
            )
        }
        K::PackIdCollision {
            id,
            first_file,
            first_at,
            file,
            at,
        } => format!(
            "pack id `{id}` is declared by both {first_file} ({first_at}) and {file} ({at})"
        ),
        K::MissingField { item: i, key } => {
            format!("{} is missing the required field `{key}`", item(i))
        }
        K::WrongType {
            item: i,
            key,
            want: w,
            found,
        } => format!(
            "`{key}` of {} must be {}, found {}",
            item(i),
            want(*w),
            article(found)
        ),
        K::EmptyText { item: i, key } => format!("`{key}` of {} is empty", item(i)),
        K::TextTooLong {
            item: i,
            key,
            chars,
            limit,
        } => format!(
            "`{key}` of {} has {chars} characters; the limit is {limit}",
            item(i)
        ),
        K::BadValue {
            item: i,
            key,
            error,
        } => format!("`{key}` of {}: {error}", item(i)),
        K::EmptyEntry { item: i, key } => format!("`{key}` of {} has an empty entry", item(i)),
        K::UnknownField {
            item: i,
            key,
            suggestion,
            allowed,
        } => {
            let hint = suggestion
                .as_ref()
                .map(|k| format!(" (did you mean `{k}`?)"))
                .unwrap_or_default();
            format!(
                "{} has an unknown field `{key}`{hint}; allowed: {}",
                item(i),
                allowed.join(", ")
            )
        }
        K::OutOfRange { key, value, lo, hi } => {
            format!("{key} is {value}; it must be between {lo} and {hi}")
        }
        K::FractionOutOfRange { key, value, lo, hi } => {
            format!("{key} is {value}; it must be between {lo:.2} and {hi:.2}")
        }
        K::BadWeights { of, sum } => {
            let of = match of {
                Weights::Difficulty => "difficulty",
                Weights::Domains => "domain",
            };
            format!("the {of} weights add up to {sum}, not 100")
        }
        K::BlueprintDomain { domain } => {
            format!("domain `{domain}` is not one of the four DVA-C02 domains")
        }
        K::BadStep { step, key } => {
            format!("step `{step}` in {key} is not a duration such as 30s, 10m, 1h or 1d")
        }
        K::BadLanguage { name } => format!("language `{name}` is not auto, en or ko"),
        K::BadTheme { name } => format!("theme `{name}` is not dark, light or high-contrast"),
        K::MissingKorean { item: i, fields } => format!(
            "{} has no Korean for {}: add it in `ko = {{ ... }}`",
            item(i),
            fields
                .iter()
                .map(|f| format!("`{}`", printable(f)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::GlossaryTerm {
            item: i,
            english,
            used,
            preferred,
        } => format!(
            "the Korean text of {} writes `{}` for \"{}\"; content/glossary.toml uses `{}`",
            item(i),
            printable(used),
            printable(english),
            printable(preferred)
        ),
        K::TaskCoverage {
            task,
            title,
            questions,
            min,
        } => format!(
            "task statement {task} ({title}) has {questions} {} across the checked packs; a bank for full mock exams has at least {min}",
            if *questions == 1 {
                "question"
            } else {
                "questions"
            }
        ),
    }
}

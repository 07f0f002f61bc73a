//! Findings in the user's language: one sentence per `FindingKind` from the catalog
//! (`assets/i18n/<lang>/lint.ftl`), and the rustc-like block around it. The finding codes,
//! locations and field names stay as they are in every language.

use crate::core::config::Lang;
use crate::core::content::diag::{Finding, Severity, excerpt, invisible, printable};
use crate::core::content::kind::{
    CharClass, Compared, FindingKind, IdRole, Item, SourceProblem, Unreadable, Want, Weights,
};
use crate::i18n::tr;
use std::fmt::Write as _;

/// The finding as rustc shows a diagnostic: a header, the location, the line and a caret.
pub fn render(lang: Lang, f: &Finding) -> String {
    let label = match f.severity {
        Severity::Error => tr!(lang, "lint-error"),
        Severity::Warning => tr!(lang, "lint-warning"),
    };
    let mut out = format!(
        "{label}[{}]: {}\n",
        f.code,
        printable(&message(lang, &f.kind))
    );
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
pub fn item(lang: Lang, i: &Item) -> String {
    let named = |key: &str, a_key: &str, id: &Option<String>| match id {
        Some(id) => tr!(lang, key, id = printable(id)),
        None => tr!(lang, a_key),
    };
    match i {
        Item::File => tr!(lang, "lint-item-file"),
        Item::PackTable => "[pack]".into(),
        Item::Card(id) => named("lint-item-card", "lint-item-a-card", id),
        Item::Question(id) => named("lint-item-question", "lint-item-a-question", id),
        Item::Generator(id) => named("lint-item-generator", "lint-item-a-generator", id),
        Item::Choice { label, of } => tr!(
            lang,
            "lint-item-choice",
            label = label.to_string(),
            of = item(lang, of)
        ),
        Item::Korean(of) => tr!(lang, "lint-item-korean", of = item(lang, of)),
        Item::Config => tr!(lang, "lint-item-config"),
        Item::Blueprint => tr!(lang, "lint-item-blueprint"),
        Item::ExamTable => "[exam]".into(),
        Item::BlueprintDomain => tr!(lang, "lint-item-domain"),
        Item::DifficultyTable => "[difficulty]".into(),
    }
}

fn want(lang: Lang, w: Want) -> String {
    let key = match w {
        Want::Text => "lint-want-text",
        Want::Number => "lint-want-number",
        Want::WholeNumber => "lint-want-whole-number",
        Want::Boolean => "lint-want-boolean",
        Want::Date => "lint-want-date",
        Want::TextList => "lint-want-text-list",
        Want::Table => "lint-want-table",
        Want::TableList => "lint-want-table-list",
    };
    tr!(lang, key)
}

/// What is wrong with a source URL, as the end of a sentence that names it.
pub fn source_problem(lang: Lang, p: &SourceProblem) -> String {
    match p {
        SourceProblem::Character { code, class } => {
            let key = match class {
                CharClass::Control => "lint-source-control",
                CharClass::Space => "lint-source-space",
                CharClass::Format => "lint-source-format",
            };
            tr!(lang, key, code = format!("{code:04X}"))
        }
        SourceProblem::NotHttps => tr!(lang, "lint-source-not-https"),
        SourceProblem::NoHostAfterScheme => tr!(lang, "lint-source-no-host-after-scheme"),
        SourceProblem::Invalid(e) => tr!(lang, "lint-source-invalid", error = e.to_string()),
        SourceProblem::Credentials => tr!(lang, "lint-source-credentials"),
        SourceProblem::NoHost => tr!(lang, "lint-source-no-host"),
    }
}

/// The name of an id in `bad-id`.
fn id_name(lang: Lang, role: IdRole) -> String {
    let key = match role {
        IdRole::Pack => "lint-id-pack",
        IdRole::Card => "lint-id-card",
        IdRole::Group => "lint-id-group",
        IdRole::Question => "lint-id-question",
        IdRole::Generator => "lint-id-generator",
    };
    tr!(lang, key)
}

/// The item an id names, in `duplicate-id`.
fn id_owner(lang: Lang, role: IdRole) -> String {
    let key = match role {
        IdRole::Pack => "lint-owner-pack",
        IdRole::Card => "lint-owner-card",
        IdRole::Group => "lint-owner-group",
        IdRole::Question => "lint-owner-question",
        IdRole::Generator => "lint-owner-generator",
    };
    tr!(lang, key)
}

fn compared(lang: Lang, w: Compared) -> String {
    match w {
        Compared::Card => tr!(lang, "lint-compared-card"),
        Compared::Question => tr!(lang, "lint-compared-question"),
    }
}

/// How many to choose as an English stem says it (`(Choose two.)`): the words a pack's English
/// stem holds, so the same in every language.
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
pub fn message(lang: Lang, k: &FindingKind) -> String {
    use FindingKind as K;
    let it = |i: &Item| item(lang, i);
    match k {
        K::FileTooLarge { bytes, limit } => tr!(
            lang,
            "lint-file-too-large",
            bytes = bytes.to_string(),
            limit = limit.to_string()
        ),
        K::Unreadable(Unreadable::Io(problem)) => {
            tr!(
                lang,
                "lint-unreadable",
                reason = crate::i18n::io_words(lang, problem)
            )
        }
        K::Unreadable(Unreadable::Folder) => tr!(lang, "lint-folder"),
        K::Unreadable(Unreadable::NotRegular) => tr!(lang, "lint-not-regular"),
        K::NotUtf8 => tr!(lang, "lint-not-utf8"),
        K::NulByte => tr!(lang, "lint-nul-byte"),
        K::TooDeep { max } => tr!(lang, "lint-too-deep", max = *max),
        K::TooManyValues { max } => tr!(lang, "lint-too-many-values", max = max.to_string()),
        K::TomlSyntax(e) => tr!(
            lang,
            "lint-toml-syntax",
            error = super::toml_message(lang, e)
        ),
        K::NoPackTable => tr!(lang, "lint-no-pack-table"),
        K::NoServices => tr!(lang, "lint-no-services"),
        K::SchemaVersion { found, supported } => tr!(
            lang,
            "lint-schema-version",
            found = found.to_string(),
            supported = supported.to_string()
        ),
        K::BadId { role, id } => tr!(
            lang,
            "lint-bad-id",
            name = id_name(lang, *role),
            id = printable(id)
        ),
        K::DuplicateId {
            role,
            id,
            first_line,
        } => tr!(
            lang,
            "lint-duplicate-id",
            owner = id_owner(lang, *role),
            id = id.as_str(),
            line = first_line.to_string()
        ),
        K::IdOfACard { role, id } => match role {
            IdRole::Generator => tr!(lang, "lint-generator-id-of-a-card", id = id.as_str()),
            _ => tr!(
                lang,
                "lint-id-of-a-card",
                owner = id_owner(lang, *role),
                id = id.as_str()
            ),
        },
        K::SourceHost { item: i, host } => {
            tr!(lang, "lint-source-host", item = it(i), host = host.as_str())
        }
        K::BadSource { item: i, problem } => tr!(
            lang,
            "lint-bad-source",
            item = it(i),
            problem = source_problem(lang, problem)
        ),
        K::BadDomain { item: i, domain } => tr!(
            lang,
            "lint-bad-domain",
            domain = printable(domain),
            item = it(i)
        ),
        K::BadCardKind { item: i, kind } => tr!(
            lang,
            "lint-bad-card-kind",
            kind = printable(kind),
            item = it(i)
        ),
        K::ForeignField { item: i, kind, key } => tr!(
            lang,
            "lint-foreign-field",
            item = it(i),
            kind = kind.to_string(),
            key = key.to_string()
        ),
        K::NoUnit { item: i } => tr!(lang, "lint-no-unit", item = it(i)),
        K::EmptyUnit { item: i } => tr!(lang, "lint-empty-unit", item = it(i)),
        K::KoreanUnitForm { item: i, unit } => tr!(
            lang,
            "lint-korean-unit-form",
            item = it(i),
            unit = printable(unit)
        ),
        K::BadNumber {
            item: i,
            key,
            non_negative,
        } => {
            let msg = if *non_negative {
                "lint-bad-number-non-negative"
            } else {
                "lint-bad-number"
            };
            tr!(lang, msg, key = key.to_string(), item = it(i))
        }
        K::ClozeNoDeletion { item: i, key } => tr!(
            lang,
            "lint-cloze-no-deletion",
            key = key.to_string(),
            item = it(i)
        ),
        K::ClozeUnclosed { item: i, key } => tr!(
            lang,
            "lint-cloze-unclosed",
            key = key.to_string(),
            item = it(i)
        ),
        K::ClozeEmpty { item: i, key } => tr!(
            lang,
            "lint-cloze-empty",
            key = key.to_string(),
            item = it(i)
        ),
        K::KoreanOnly { item: i, key } => tr!(
            lang,
            "lint-korean-only",
            item = it(i),
            key = key.to_string()
        ),
        K::BadGeneratorKind { kind, all } => tr!(
            lang,
            "lint-bad-generator-kind",
            kind = printable(kind),
            all = all.join(", ")
        ),
        K::BadTask {
            task,
            domain,
            codes,
        } => tr!(
            lang,
            "lint-bad-task",
            task = printable(task),
            domain = domain.to_string(),
            codes = codes.join(", ")
        ),
        K::BadDifficulty { item: i, level } => tr!(
            lang,
            "lint-bad-difficulty",
            item = it(i),
            level = level.to_string()
        ),
        K::UnknownLink { item: i, target } => tr!(
            lang,
            "lint-unknown-link",
            item = it(i),
            target = target.as_str()
        ),
        K::ChoiceCount { item: i, count } => {
            tr!(lang, "lint-choice-count", item = it(i), count = *count)
        }
        K::NoExplanation { item: i } => tr!(lang, "lint-no-explanation", item = it(i)),
        K::DuplicateChoice { item: i, first } => tr!(
            lang,
            "lint-duplicate-choice",
            item = it(i),
            first = first.to_string()
        ),
        K::NoCorrectChoice { item: i } => tr!(lang, "lint-no-correct-choice", item = it(i)),
        K::ChooseNotStated { item: i, correct } => tr!(
            lang,
            "lint-choose-not-stated",
            item = it(i),
            correct = *correct,
            words = number_word(*correct)
        ),
        K::ChooseMismatch {
            item: i,
            stated,
            correct,
        } => tr!(
            lang,
            "lint-choose-mismatch",
            item = it(i),
            stated = *stated,
            correct = *correct
        ),
        K::EveryChoiceCorrect { item: i } => tr!(lang, "lint-every-choice-correct", item = it(i)),
        K::NearDuplicate {
            what,
            id,
            other,
            other_line,
            percent,
        } => tr!(
            lang,
            "lint-near-duplicate",
            what = compared(lang, *what),
            id = id.as_str(),
            other = other.as_str(),
            line = other_line.to_string(),
            percent = *percent
        ),
        K::NearDuplicateAcross {
            what,
            id,
            at,
            other,
            other_at,
            percent,
        } => tr!(
            lang,
            "lint-near-duplicate-across",
            what = compared(lang, *what),
            id = id.as_str(),
            at = at.to_string(),
            other = other.as_str(),
            other_at = other_at.to_string(),
            percent = *percent
        ),
        K::InvisibleChar { c, more } => {
            let name = invisible(*c)
                .map(str::to_string)
                .unwrap_or_else(|| tr!(lang, "lint-invisible-unnamed"));
            let code = format!("{:04X}", *c as u32);
            if *more > 0 {
                tr!(
                    lang,
                    "lint-invisible-char-more",
                    code = code,
                    name = name,
                    more = *more
                )
            } else {
                tr!(lang, "lint-invisible-char", code = code, name = name)
            }
        }
        K::PackIdCollision {
            id,
            first_file,
            first_at,
            file,
            at,
        } => tr!(
            lang,
            "lint-pack-id-collision",
            id = id.as_str(),
            first_file = first_file.to_string(),
            first_at = first_at.to_string(),
            file = file.to_string(),
            at = at.to_string()
        ),
        K::MissingField { item: i, key } => tr!(
            lang,
            "lint-missing-field",
            item = it(i),
            key = key.to_string()
        ),
        K::WrongType {
            item: i,
            key,
            want: w,
            found,
        } => tr!(
            lang,
            "lint-wrong-type",
            key = key.to_string(),
            item = it(i),
            want = want(lang, *w),
            found = tr!(lang, "lint-found", found = found.to_string())
        ),
        K::EmptyText { item: i, key } => {
            tr!(lang, "lint-empty-text", key = key.to_string(), item = it(i))
        }
        K::TextTooLong {
            item: i,
            key,
            chars,
            limit,
        } => tr!(
            lang,
            "lint-text-too-long",
            key = key.to_string(),
            item = it(i),
            chars = chars.to_string(),
            limit = limit.to_string()
        ),
        K::BadValue {
            item: i,
            key,
            error,
        } => tr!(
            lang,
            "lint-bad-value",
            key = key.to_string(),
            item = it(i),
            error = error.to_string()
        ),
        K::EmptyEntry { item: i, key } => tr!(
            lang,
            "lint-empty-entry",
            key = key.to_string(),
            item = it(i)
        ),
        K::UnknownField {
            item: i,
            key,
            suggestion,
            allowed,
        } => match suggestion {
            Some(s) => tr!(
                lang,
                "lint-unknown-field-suggest",
                item = it(i),
                key = key.to_string(),
                suggestion = s.to_string(),
                allowed = allowed.join(", ")
            ),
            None => tr!(
                lang,
                "lint-unknown-field",
                item = it(i),
                key = key.to_string(),
                allowed = allowed.join(", ")
            ),
        },
        K::OutOfRange { key, value, lo, hi } => tr!(
            lang,
            "lint-out-of-range",
            key = key.to_string(),
            value = value.to_string(),
            lo = lo.to_string(),
            hi = hi.to_string()
        ),
        K::FractionOutOfRange { key, value, lo, hi } => tr!(
            lang,
            "lint-out-of-range",
            key = key.to_string(),
            value = value.to_string(),
            lo = format!("{lo:.2}"),
            hi = format!("{hi:.2}")
        ),
        K::BadWeights { of, sum } => {
            let msg = match of {
                Weights::Difficulty => "lint-weights-difficulty",
                Weights::Domains => "lint-weights-domains",
            };
            tr!(lang, msg, sum = sum.to_string())
        }
        K::BlueprintDomain { domain } => {
            tr!(lang, "lint-blueprint-domain", domain = domain.to_string())
        }
        K::BadStep { step, key } => tr!(
            lang,
            "lint-bad-step",
            step = step.to_string(),
            key = key.to_string()
        ),
        K::BadLanguage { name } => tr!(lang, "lint-bad-language", name = name.to_string()),
        K::BadTheme { name } => tr!(lang, "lint-bad-theme", name = name.to_string()),
        K::MissingKorean { item: i, fields } => tr!(
            lang,
            "lint-missing-korean",
            item = it(i),
            fields = fields
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
        } => tr!(
            lang,
            "lint-glossary-term",
            item = it(i),
            used = printable(used),
            english = printable(english),
            preferred = printable(preferred)
        ),
        K::TaskCoverage {
            task,
            title,
            questions,
            min,
        } => tr!(
            lang,
            "lint-task-coverage",
            task = task.as_str(),
            title = title.as_str(),
            questions = *questions,
            min = *min
        ),
    }
}

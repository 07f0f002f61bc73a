//! The command line's help and parse errors in the UI language.
//!
//! Parsing uses the derived `Cli::command()`. Only when it fails (a bad argument, or `--help`,
//! which clap reports as an error too) is the command tree rebuilt with its words from the catalog
//! (`assets/i18n/<lang>/cli-help.ftl`) in the UI language (`--lang` as scanned from the command
//! line, else the settings' `language`, else the locale: `OpenOptions::ui_lang`) and the command
//! line parsed again to print the help or the error. A command line that parses costs nothing more
//! than before, and the tree is built at most once per process.
//!
//! Every help text shown comes from the catalog, in English too (the doc comments of `src/cli` are
//! for rustdoc): each command's `about` is `cli-help-about-<path>`, each argument's help
//! `cli-help-arg-<path>-<id>` or, shared by every command, `cli-help-arg-<id>`, the help of a value
//! `cli-help-value-<id>-<value>`, a command's closing text `cli-help-after-<path>`. The
//! calculators made from their fields take their words from the calculators' own catalog
//! (`calc_text`). In English, clap's own words (`Usage:`, `Options:`, `Print help`, its errors)
//! stay as clap writes them; in Korean they are replaced, and errors are written by
//! `KoreanErrors` from the error's kind and context.

use super::Cli;
use crate::calc_text;
use crate::core::config::Lang;
use crate::i18n::tr;
use clap::builder::{PossibleValue, StyledStr, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorFormatter, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory, FromArgMatches};
use std::ffi::OsString;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicBool, Ordering};

/// Parses the process's command line, or prints the help, the version or the error (in the UI
/// language) and exits as clap does (0 for help and version, 2 for a bad command line).
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    let first = Cli::command()
        .try_get_matches_from(&args)
        .and_then(|m| Cli::from_arg_matches(&m));
    match first {
        Ok(cli) => return cli,
        // The version is the same in every language.
        Err(e) if e.kind() == ErrorKind::DisplayVersion => e.exit(),
        Err(_) => {}
    }
    let lang = ui_lang_of(&args);
    set_value_lang(lang);
    let mut cmd = command(lang);
    if let Some(name) = args.first().and_then(bin_name) {
        cmd = cmd.bin_name(name);
    }
    if lang == Lang::Ko {
        cmd = korean_chrome(cmd);
    }
    let err = match cmd.try_get_matches_from_mut(&args) {
        // The same command line parses the same way; this only keeps clear of a panic.
        Ok(m) => match Cli::from_arg_matches(&m) {
            Ok(cli) => return cli,
            // As `Cli::parse` does with an error of the derived code.
            Err(e) => e.format(&mut cmd),
        },
        Err(e) => e,
    };
    match (lang, err.kind()) {
        (
            Lang::Ko,
            ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand,
        )
        | (Lang::En, _) => err.exit(),
        (Lang::Ko, _) => err.apply::<KoreanErrors>().exit(),
    }
}

/// The program's name as the command line's first word gives it (`awsdrill`), as clap takes it.
fn bin_name(arg0: &OsString) -> Option<String> {
    std::path::Path::new(arg0)
        .file_name()
        .and_then(|f| f.to_str())
        .map(str::to_string)
}

/// The UI language for a command line that did not parse: its `--lang` (when the value is a
/// language), else the settings' `language` (of its `--config` or `--data-dir`, else
/// `AWSDRILL_CONFIG` or the default file), else the locale. Reads up to `--`.
fn ui_lang_of(args: &[OsString]) -> Lang {
    let value = |name: &str| -> Option<String> {
        let flag = format!("--{name}");
        let with_eq = format!("--{name}=");
        let mut found = None;
        let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
        while let Some(a) = it.next() {
            if a == "--" {
                break;
            }
            if a == flag {
                found = it.next().map(|v| v.into_owned());
            } else if let Some(v) = a.strip_prefix(&with_eq) {
                found = Some(v.to_string());
            }
        }
        found
    };
    crate::context::OpenOptions {
        data_dir: value("data-dir").map(Into::into),
        config: value("config").map(Into::into),
        lang: value("lang").and_then(|v| crate::core::config::Language::from_key(&v)),
        ..Default::default()
    }
    .ui_lang()
}

/// Whether our own value parsers word their errors in Korean (set before the second parse).
static VALUES_IN_KOREAN: AtomicBool = AtomicBool::new(false);

fn set_value_lang(lang: Lang) {
    VALUES_IN_KOREAN.store(lang == Lang::Ko, Ordering::Relaxed);
}

/// The language of the value parsers' errors (`parse_lang`, `iam check --type`, ...): English
/// until a command line that did not parse is read again in the UI language.
pub(crate) fn value_lang() -> Lang {
    if VALUES_IN_KOREAN.load(Ordering::Relaxed) {
        Lang::Ko
    } else {
        Lang::En
    }
}

/// The command tree with every help text from the catalog in `lang` (clap's own words, such as
/// `Usage:`, are clap's: `korean_chrome` replaces them).
pub fn command(lang: Lang) -> Command {
    localize(Cli::command(), lang, &mut Vec::new())
}

/// The key of a command's `about`: `cli-help-about`, `cli-help-about-exam-start`.
fn about_key(path: &[String]) -> String {
    std::iter::once("cli-help-about")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-")
}

/// The key of a command's text after the options (its examples).
fn after_key(path: &[String]) -> String {
    std::iter::once("cli-help-after")
        .chain(path.iter().map(String::as_str))
        .collect::<Vec<_>>()
        .join("-")
}

/// The keys an argument's help may have, the command's own first: `cli-help-arg-exam-start-mode`,
/// then `cli-help-arg-mode`. A global argument has only the second.
fn arg_keys(path: &[String], arg: &Arg) -> Vec<String> {
    let id = arg.get_id().as_str();
    let mut keys = Vec::new();
    if !path.is_empty() && !arg.is_global_set() {
        keys.push(format!("cli-help-arg-{}-{id}", path.join("-")));
    }
    keys.push(format!("cli-help-arg-{id}"));
    keys
}

/// The key of the help of one value of an argument.
fn value_key(arg: &Arg, value: &str) -> String {
    format!("cli-help-value-{}-{value}", arg.get_id().as_str())
}

/// The calculator made from its fields that `path` names (`calc lambda`), whose words are the
/// calculators' own.
fn field_calculator(path: &[String]) -> Option<&'static dyn crate::core::calc::Calculator> {
    match path {
        [calc, id] if calc == "calc" && id != "dynamodb" && id != "ec2" => {
            crate::core::calc::find(id)
        }
        _ => None,
    }
}

/// The command whose words (but the `about`) a command shares: `calc ec2` is `decode`.
fn words_of(path: &[String]) -> Vec<String> {
    match path {
        [calc, ec2] if calc == "calc" && ec2 == "ec2" => vec!["decode".to_string()],
        _ => path.to_vec(),
    }
}

/// The first of `keys` the catalog of `lang` has.
fn first_key(lang: Lang, keys: &[String]) -> Option<String> {
    keys.iter().find(|k| crate::i18n::has(lang, k)).cloned()
}

fn localize(mut cmd: Command, lang: Lang, path: &mut Vec<String>) -> Command {
    if let Some(c) = field_calculator(path) {
        let id = c.id();
        cmd = cmd.about(calc_text::title(lang, id));
        cmd = cmd.mut_args(|a| {
            if a.get_id() == "json" {
                return a.help(tr!(lang, "cli-help-calc-json"));
            }
            let t = calc_text::field_text(lang, id, a.get_id().as_str());
            if a.get_action().takes_values() {
                a.help(format!("{}: {}", t.label, t.hint))
            } else {
                a.help(t.label)
            }
        });
    } else {
        cmd = cmd.about(tr!(lang, &about_key(path)));
        let path = words_of(path);
        let after = after_key(&path);
        if crate::i18n::has(lang, &after) {
            cmd = cmd.after_help(tr!(lang, &after));
        }
        let here = path.clone();
        cmd = cmd.mut_args(|a| {
            if a.is_hide_set() {
                return a;
            }
            let a = match first_key(lang, &arg_keys(&here, &a)) {
                Some(key) => a.clone().help(tr!(lang, &key)),
                None => a,
            };
            localize_values(a, lang)
        });
    }
    cmd.mut_subcommands(|sub| {
        path.push(sub.get_name().to_string());
        let sub = localize(sub, lang, path);
        path.pop();
        sub
    })
}

/// The values of an argument with their help from the catalog (`exam start --mode`): the value
/// parser of its type, giving the values with the words of `lang`.
fn localize_values(arg: Arg, lang: Lang) -> Arg {
    use std::any::TypeId;
    let pvs = arg.get_possible_values();
    if !pvs.iter().any(|p| p.get_help().is_some()) {
        return arg;
    }
    let helps: Vec<PossibleValue> = pvs
        .into_iter()
        .map(|p| {
            let key = value_key(&arg, p.get_name());
            p.help(tr!(lang, &key))
        })
        .collect();
    let t = arg.get_value_parser().type_id();
    if t == TypeId::of::<super::exam::ModeArg>() {
        arg.value_parser(Values::<super::exam::ModeArg>::new(helps))
    } else if t == TypeId::of::<super::exam::DomainArg>() {
        arg.value_parser(Values::<super::exam::DomainArg>::new(helps))
    } else if t == TypeId::of::<crate::interchange::anki::ExportLang>() {
        arg.value_parser(Values::<crate::interchange::anki::ExportLang>::new(helps))
    } else {
        arg
    }
}

/// The value parser of a `ValueEnum` whose values carry help from the catalog.
#[derive(Clone)]
struct Values<E> {
    values: Vec<PossibleValue>,
    of: std::marker::PhantomData<E>,
}

impl<E> Values<E> {
    fn new(values: Vec<PossibleValue>) -> Self {
        Values {
            values,
            of: std::marker::PhantomData,
        }
    }
}

impl<E: clap::ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Values<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<E, clap::Error> {
        clap::builder::EnumValueParser::<E>::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values.iter().cloned()))
    }
}

/// clap's own words in Korean: the headings, `-h/--help`, `-V/--version`, the `help`
/// subcommand, `[OPTIONS]` and `<COMMAND>` in the usage, `[default: ...]` and `[possible
/// values: ...]`. Builds the tree (clap adds its help arguments then).
fn korean_chrome(mut cmd: Command) -> Command {
    cmd.build();
    // clap takes names as `&'static str` (without its `string` feature): made once per process.
    let command_name: &'static str = tr!(Lang::Ko, "cli-help-command-name").leak();
    chrome(cmd, command_name)
}

fn chrome(mut cmd: Command, command_name: &'static str) -> Command {
    let lang = Lang::Ko;
    let long = cmd
        .get_arguments()
        .any(|a| !a.is_hide_set() && a.get_long_help().is_some())
        || cmd.get_arguments().any(|a| {
            !a.is_hide_set()
                && a.get_possible_values()
                    .iter()
                    .any(|p| p.get_help().is_some())
        });
    cmd = cmd.mut_args(|a| match a.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => {
            if long {
                a.help(tr!(lang, "cli-help-flag-help-short"))
                    .long_help(tr!(lang, "cli-help-flag-help-long"))
            } else {
                a.help(tr!(lang, "cli-help-flag-help"))
            }
        }
        ArgAction::Version => a.help(tr!(lang, "cli-help-flag-version")),
        _ if a.is_hide_set() => a,
        _ if a.get_id() == "subcommand" && cmd_is_help(&a) => a
            .help(tr!(lang, "cli-help-help-arg"))
            .value_name(command_name),
        _ => annotate(a),
    });
    if cmd.get_name() == "help" && cmd.is_disable_help_flag_set() {
        cmd = cmd.about(tr!(lang, "cli-help-help-about"));
    }
    cmd = cmd.subcommand_value_name(command_name);
    let t = template(&cmd, lang);
    cmd = cmd.help_template(t);
    let usage = cmd.render_usage().ansi().to_string();
    let heading_end = usage.find("Usage:").map_or(0, |i| i + "Usage:".len());
    // After `Usage:` comes the style's reset and a space.
    let rest = usage[heading_end..]
        .split_once(' ')
        .map_or("", |(_, rest)| rest);
    cmd = cmd.override_usage(StyledStr::from(
        rest.replace("[OPTIONS]", &tr!(lang, "cli-help-options-tag")),
    ));
    cmd.mut_subcommands(|s| chrome(s, command_name))
}

/// Whether an argument is the one of clap's `help` subcommand (`help [COMMAND]...`).
fn cmd_is_help(a: &Arg) -> bool {
    a.get_value_names()
        .is_some_and(|n| n.iter().any(|n| n == "COMMAND"))
}

/// An argument's help with its default and its values in Korean, instead of clap's `[default:
/// ...]` and `[possible values: ...]`; values with help of their own are listed in the long help,
/// as clap lists them.
fn annotate(a: Arg) -> Arg {
    let lang = Lang::Ko;
    let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
    let mut short = help.clone();
    let mut tail = String::new();
    let defaults: Vec<String> = a
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !a.is_hide_default_value_set() && a.get_action().takes_values() {
        let d = tr!(lang, "cli-help-default", value = defaults.join(", "));
        short.push_str(&format!(" [{d}]"));
        tail = format!("\n\n[{d}]");
    }
    let pvs: Vec<PossibleValue> = a
        .get_possible_values()
        .into_iter()
        .filter(|p| !p.is_hide_set())
        .collect();
    let mut long = None;
    if !pvs.is_empty() && !a.is_hide_possible_values_set() && a.get_action().takes_values() {
        let names: Vec<&str> = pvs.iter().map(|p| p.get_name()).collect();
        short.push_str(&format!(
            " [{}]",
            tr!(lang, "cli-help-possible-values", values = names.join(", "))
        ));
        if pvs.iter().any(|p| p.get_help().is_some()) {
            let width = names.iter().map(|n| n.len()).max().unwrap_or(0) + 1;
            let mut text = format!("{help}\n\n{}", tr!(lang, "cli-help-possible-values-list"));
            for p in &pvs {
                let name = format!("{}:", p.get_name());
                let h = p.get_help().map(|h| h.to_string()).unwrap_or_default();
                let _ = write!(text, "\n- {name:<width$} {h}", width = width);
            }
            text.push_str(&tail);
            long = Some(text);
        }
    }
    let mut a = a
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(short);
    if let Some(long) = long {
        a = a.long_help(long);
    }
    a
}

/// The help template of a command with the headings in `lang`, laid out as clap's default
/// template.
fn template(cmd: &Command, lang: Lang) -> StyledStr {
    let styles = cmd.get_styles();
    let usage = styles.get_usage();
    let header = styles.get_header();
    let mut sections = Vec::new();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        sections.push((tr!(lang, "cli-help-commands"), "{subcommands}"));
    }
    if cmd.get_positionals().any(|a| !a.is_hide_set()) {
        sections.push((tr!(lang, "cli-help-arguments"), "{positionals}"));
    }
    if cmd
        .get_arguments()
        .any(|a| !a.is_positional() && !a.is_hide_set())
    {
        sections.push((tr!(lang, "cli-help-options"), "{options}"));
    }
    let mut t = format!(
        "{{before-help}}{{about-with-newline}}\n{usage}{}{usage:#} {{usage}}",
        tr!(lang, "cli-help-usage")
    );
    if !sections.is_empty() {
        t.push_str("\n\n");
        let body: Vec<String> = sections
            .into_iter()
            .map(|(title, tag)| format!("{header}{title}{header:#}\n{tag}"))
            .collect();
        t.push_str(&body.join("\n\n"));
    }
    t.push_str("{after-help}");
    StyledStr::from(t)
}

/// clap's parse errors in Korean, written from the error's kind and context; a kind without
/// words of its own says that the command line could not be read, with clap's description.
pub struct KoreanErrors;

impl ErrorFormatter for KoreanErrors {
    fn format_error(error: &clap::error::Error<Self>) -> StyledStr {
        let lang = Lang::Ko;
        let styles = clap::builder::Styles::default();
        let (err, invalid, valid, literal) = (
            styles.get_error(),
            styles.get_invalid(),
            styles.get_valid(),
            styles.get_literal(),
        );
        let text = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::String(s)) => Some(s.clone()),
            _ => None,
        };
        let list = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::Strings(v)) => v.clone(),
            Some(ContextValue::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        };
        let number = |kind: ContextKind| match error.get(kind) {
            Some(ContextValue::Number(n)) => Some(*n as i64),
            _ => None,
        };
        let q = |s: &str, style: &clap::builder::styling::Style| format!("'{style}{s}{style:#}'");
        let arg = text(ContextKind::InvalidArg);
        let value = text(ContextKind::InvalidValue);
        let mut out = String::new();
        let _ = write!(out, "{err}{}{err:#} ", tr!(lang, "cli-help-error"));
        let said = match error.kind() {
            ErrorKind::UnknownArgument => arg.map(|a| {
                tr!(
                    lang,
                    "cli-help-error-unknown-argument",
                    arg = q(&a, invalid)
                )
            }),
            ErrorKind::InvalidSubcommand => text(ContextKind::InvalidSubcommand).map(|s| {
                tr!(
                    lang,
                    "cli-help-error-unknown-subcommand",
                    name = q(&s, invalid)
                )
            }),
            ErrorKind::MissingRequiredArgument => {
                let missing = list(ContextKind::InvalidArg);
                (!missing.is_empty()).then(|| {
                    let mut s = tr!(lang, "cli-help-error-missing-required");
                    for m in missing {
                        let _ = write!(s, "\n  {valid}{m}{valid:#}");
                    }
                    s
                })
            }
            ErrorKind::MissingSubcommand => text(ContextKind::InvalidSubcommand).map(|c| {
                let mut s = tr!(
                    lang,
                    "cli-help-error-missing-subcommand",
                    name = q(&c, invalid)
                );
                values_list(
                    &mut s,
                    "cli-help-subcommands-list",
                    &list(ContextKind::ValidSubcommand),
                    valid,
                );
                s
            }),
            ErrorKind::InvalidValue => match (&arg, &value) {
                (Some(a), Some(v)) if v.is_empty() => Some(tr!(
                    lang,
                    "cli-help-error-missing-value",
                    arg = q(a, literal)
                )),
                (Some(a), Some(v)) => {
                    let mut s = tr!(
                        lang,
                        "cli-help-error-invalid-value",
                        arg = q(a, literal),
                        value = q(v, invalid)
                    );
                    values_list(
                        &mut s,
                        "cli-help-possible-values",
                        &list(ContextKind::ValidValue),
                        valid,
                    );
                    Some(s)
                }
                _ => None,
            },
            ErrorKind::ValueValidation => match (&arg, &value) {
                (Some(a), Some(v)) => {
                    let mut s = tr!(
                        lang,
                        "cli-help-error-invalid-value",
                        arg = q(a, literal),
                        value = q(v, invalid)
                    );
                    if let Some(source) = std::error::Error::source(error) {
                        let _ = write!(s, ": {}", value_problem(source));
                    }
                    Some(s)
                }
                _ => None,
            },
            ErrorKind::TooManyValues => match (&arg, &value) {
                (Some(a), Some(v)) => Some(tr!(
                    lang,
                    "cli-help-error-too-many-values",
                    arg = q(a, literal),
                    value = q(v, invalid)
                )),
                _ => None,
            },
            ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
                let want =
                    number(ContextKind::MinValues).or(number(ContextKind::ExpectedNumValues));
                match (&arg, want, number(ContextKind::ActualNumValues)) {
                    (Some(a), Some(want), Some(got)) => Some(tr!(
                        lang,
                        "cli-help-error-number-of-values",
                        arg = q(a, literal),
                        want = want,
                        got = got
                    )),
                    _ => None,
                }
            }
            ErrorKind::ArgumentConflict => {
                let prior = list(ContextKind::PriorArg);
                match (&arg, prior.first()) {
                    (Some(a), Some(p)) if a == p => Some(tr!(
                        lang,
                        "cli-help-error-argument-twice",
                        arg = q(a, invalid)
                    )),
                    (Some(a), _) => {
                        let others: Vec<String> = prior.iter().map(|p| q(p, invalid)).collect();
                        Some(tr!(
                            lang,
                            "cli-help-error-conflict",
                            arg = q(a, invalid),
                            others = if others.is_empty() {
                                tr!(lang, "cli-help-error-other-arguments")
                            } else {
                                others.join(", ")
                            }
                        ))
                    }
                    _ => None,
                }
            }
            ErrorKind::NoEquals => {
                arg.map(|a| tr!(lang, "cli-help-error-no-equals", arg = q(&a, literal)))
            }
            _ => None,
        };
        match said {
            Some(s) => out.push_str(&s),
            None => {
                let detail = std::error::Error::source(error)
                    .map(|s| s.to_string())
                    .or_else(|| error.kind().as_str().map(str::to_string))
                    .unwrap_or_default();
                out.push_str(&tr!(lang, "cli-help-error-other", detail = detail));
            }
        }
        let mut tips = Vec::new();
        let tip = |kind: &str, names: Vec<String>| {
            let names: Vec<String> = names.iter().map(|n| q(n, valid)).collect();
            tr!(lang, kind, names = names.join(", "))
        };
        let subs = list(ContextKind::SuggestedSubcommand);
        if !subs.is_empty() {
            tips.push(tip("cli-help-tip-subcommand", subs));
        }
        let args = list(ContextKind::SuggestedArg);
        if !args.is_empty() {
            tips.push(tip("cli-help-tip-argument", args));
        }
        let values = list(ContextKind::SuggestedValue);
        if !values.is_empty() {
            tips.push(tip("cli-help-tip-value", values));
        }
        if let Some(ContextValue::StyledStrs(more)) = error.get(ContextKind::Suggested) {
            tips.extend(
                more.iter()
                    .map(|s| suggestion(&s.to_string(), valid, invalid)),
            );
        }
        if !tips.is_empty() {
            out.push('\n');
            for t in tips {
                let _ = write!(out, "\n  {valid}{}{valid:#} {t}", tr!(lang, "cli-help-tip"));
            }
        }
        if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
            let usage = usage.ansi().to_string();
            let rest = match usage.find("Usage:") {
                Some(i) => usage[i + "Usage:".len()..]
                    .split_once(' ')
                    .map_or("", |(_, r)| r)
                    .to_string(),
                None => usage,
            };
            let u = styles.get_usage();
            let _ = write!(
                out,
                "\n\n{u}{}{u:#} {}",
                tr!(lang, "cli-help-usage"),
                rest.replace("[OPTIONS]", &tr!(lang, "cli-help-options-tag"))
            );
        }
        let _ = write!(
            out,
            "\n\n{}\n",
            tr!(lang, "cli-help-try-help", help = q("--help", literal))
        );
        StyledStr::from(out)
    }
}

/// `s` with a list of values after it, as clap lists them: `\n  [가능한 값: a, b]`.
fn values_list(
    s: &mut String,
    key: &str,
    values: &[String],
    valid: &clap::builder::styling::Style,
) {
    if values.is_empty() {
        return;
    }
    let names: Vec<String> = values
        .iter()
        .map(|v| format!("{valid}{v}{valid:#}"))
        .collect();
    let _ = write!(s, "\n  [{}]", tr!(Lang::Ko, key, values = names.join(", ")));
}

/// What is wrong with a value, in Korean: a number that does not read (the derived parsers of
/// `--seed` and the attempt number), else the parser's own words (ours are in the UI language).
fn value_problem(source: &(dyn std::error::Error + 'static)) -> String {
    match source.downcast_ref::<std::num::ParseIntError>() {
        Some(e) => int_problem(Lang::Ko, e),
        None => source.to_string(),
    }
}

/// Why a whole number does not read, in `lang` (in English as Rust says it).
pub(crate) fn int_problem(lang: Lang, e: &std::num::ParseIntError) -> String {
    use std::num::IntErrorKind;
    match (lang, e.kind()) {
        (Lang::En, _) => e.to_string(),
        (Lang::Ko, IntErrorKind::Empty) => tr!(lang, "cli-help-number-empty"),
        (Lang::Ko, IntErrorKind::PosOverflow | IntErrorKind::NegOverflow) => {
            tr!(lang, "cli-help-number-too-large")
        }
        (Lang::Ko, _) => tr!(lang, "cli-help-number-invalid"),
    }
}

/// One of clap's suggestions in Korean, from its quoted parts; one it does not know is kept.
fn suggestion(
    s: &str,
    valid: &clap::builder::styling::Style,
    invalid: &clap::builder::styling::Style,
) -> String {
    let quoted: Vec<&str> = s.split('\'').skip(1).step_by(2).collect();
    let lang = Lang::Ko;
    if s.starts_with("to pass '") && quoted.len() == 2 {
        tr!(
            lang,
            "cli-help-tip-as-value",
            arg = format!("'{invalid}{}{invalid:#}'", quoted[0]),
            example = format!("'{valid}{}{valid:#}'", quoted[1])
        )
    } else if s.starts_with("subcommand '") && !quoted.is_empty() {
        tr!(
            lang,
            "cli-help-tip-remove-dashes",
            name = format!("'{valid}{}{valid:#}'", quoted[0])
        )
    } else if s.starts_with('\'') && s.ends_with("' exists") && quoted.len() == 1 {
        tr!(
            lang,
            "cli-help-tip-argument",
            names = format!("'{valid}{}{valid:#}'", quoted[0])
        )
    } else {
        s.to_string()
    }
}

/// Where the words of the command tree come from: each command's path with the catalog keys its
/// `about`, its arguments and their values use (the first key of each list the catalog has), and
/// the key of its closing text. The calculators made from their fields are left out (their words
/// are `calc_text`'s).
pub fn tree_keys() -> Vec<(String, Vec<Vec<String>>)> {
    fn walk(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(String, Vec<Vec<String>>)>) {
        if field_calculator(path).is_none() {
            let words = words_of(path);
            let mut keys = vec![vec![about_key(path)]];
            for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
                keys.push(arg_keys(&words, a));
                for p in a.get_possible_values() {
                    if p.get_help().is_some() {
                        keys.push(vec![value_key(a, p.get_name())]);
                    }
                }
            }
            let after = after_key(&words);
            if crate::i18n::has(Lang::En, &after) {
                keys.push(vec![after]);
            }
            out.push((path.join(" "), keys));
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &mut Vec::new(), &mut out);
    out
}

/// The keys of the catalog the command tree names (`tree_keys`, the first of each list the
/// English catalog has).
pub fn named_keys() -> Vec<String> {
    tree_keys()
        .into_iter()
        .flat_map(|(_, keys)| keys)
        .filter_map(|k| first_key(Lang::En, &k))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_argument_and_value_has_words_in_both_languages() {
        let mut missing = Vec::new();
        for (path, keys) in tree_keys() {
            for k in keys {
                let en = first_key(Lang::En, &k);
                let ko = first_key(Lang::Ko, &k);
                if en.is_none() || en != ko {
                    missing.push(format!("`awsdrill {path}`: {k:?} (en {en:?}, ko {ko:?})"));
                }
            }
        }
        assert!(
            missing.is_empty(),
            "help text missing in assets/i18n/*/cli-help.ftl:\n{}",
            missing.join("\n")
        );
    }

    #[test]
    fn every_help_key_names_a_command_argument_or_value() {
        let named: std::collections::BTreeSet<String> = named_keys().into_iter().collect();
        let tree = [
            "cli-help-about",
            "cli-help-arg-",
            "cli-help-value-",
            "cli-help-after-",
        ];
        let stale: Vec<String> = crate::i18n::sources(Lang::En)
            .iter()
            .flat_map(|src| src.lines())
            .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim()))
            .filter(|k| tree.iter().any(|t| k.starts_with(t)))
            .filter(|k| !named.contains(*k))
            .map(str::to_string)
            .collect();
        assert!(
            stale.is_empty(),
            "keys of cli-help.ftl no command, argument or value uses: {stale:?}"
        );
    }

    /// Every command of the tree, built, with its path.
    fn all(cmd: &Command, out: &mut Vec<Command>) {
        out.push(cmd.clone());
        for s in cmd.get_subcommands() {
            all(s, out);
        }
    }

    #[test]
    fn the_headings_template_lays_out_help_as_clap_does() {
        // With clap's English headings the template gives clap's own help, byte for byte: the
        // Korean help differs from the English only in its words.
        let mut cmd = command(Lang::En);
        cmd.build();
        let mut cmds = Vec::new();
        all(&cmd, &mut cmds);
        assert!(cmds.len() > 30, "{}", cmds.len());
        for c in cmds {
            let t = template(&c, Lang::En);
            let mut own = c.clone().help_template(t);
            let mut clap = c.clone();
            assert_eq!(
                own.render_help().ansi().to_string(),
                clap.render_help().ansi().to_string(),
                "{}",
                c.get_name()
            );
            assert_eq!(
                own.render_long_help().ansi().to_string(),
                clap.render_long_help().ansi().to_string(),
                "{}",
                c.get_name()
            );
        }
    }

    #[test]
    fn korean_errors_name_the_argument_and_say_what_to_do() {
        let mut cmd = korean_chrome(command(Lang::Ko));
        let err = cmd
            .try_get_matches_from_mut(["awsdrill", "optimize", "--forse"])
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::UnknownArgument);
        let text = err.apply::<KoreanErrors>().render().to_string();
        assert!(
            text.starts_with("오류: 알 수 없는 인수입니다: '--forse'"),
            "{text}"
        );
        assert!(
            text.contains("참고: 비슷한 인수가 있습니다: '--force'"),
            "{text}"
        );
        assert!(text.contains("사용법: awsdrill optimize [옵션]"), "{text}");
        assert!(
            text.ends_with("자세한 내용은 '--help'를 사용하십시오.\n"),
            "{text}"
        );
    }

    #[test]
    fn a_kind_without_words_of_its_own_is_said_generally_with_clap_s_detail() {
        let err = clap::error::Error::<KoreanErrors>::new(ErrorKind::InvalidUtf8);
        let text = err.render().to_string();
        assert!(
            text.starts_with("오류: 명령줄을 읽을 수 없습니다("),
            "{text}"
        );
    }

    #[test]
    fn suggestions_of_clap_are_said_in_korean() {
        let s = clap::builder::styling::Style::new();
        assert_eq!(
            suggestion("to pass '-x' as a value, use '-- -x'", &s, &s),
            "'-x'을(를) 값으로 주려면 '-- -x'처럼 쓰십시오"
        );
        assert_eq!(
            suggestion("'exam start --mode' exists", &s, &s),
            "비슷한 인수가 있습니다: 'exam start --mode'"
        );
        assert_eq!(suggestion("something new", &s, &s), "something new");
    }

    #[test]
    fn value_parsers_word_their_errors_in_the_ui_language() {
        let e = "x".parse::<i64>().unwrap_err();
        assert_eq!(int_problem(Lang::En, &e), "invalid digit found in string");
        assert_eq!(int_problem(Lang::Ko, &e), "정수가 아닙니다");
    }
}

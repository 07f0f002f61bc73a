//! `awsdrill calc <id> ...`, one subcommand per calculator of the registry: parses the flags as
//! text, lets the core validate and compute, and prints the result with its working (or JSON),
//! written in words by `calc_text`.
//!
//! Every value is taken as text so that the core reports a bad value the same way here and in the
//! TUI (`awsdrill: --item-size: ...`, exit status 1); clap itself only rejects unknown flags.

use super::decode::DecodeArgs;
use super::{EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::calc_text;
use crate::core::calc::dynamodb::{self, Form, Outcome};
use crate::core::calc::{self, CalcError, ErrorKind, Inputs, Report};
use crate::core::config::Lang;
use crate::core::content::diag::{printable, printable_json};
use crate::i18n::tr;
use serde::Serialize;
use std::io::Write as _;

/// Exit status for input the calculator refuses (shared with lint's "found problems").
const EXIT_INVALID: u8 = EXIT_FINDINGS;

/// Options of `awsdrill calc`.
#[derive(Debug, clap::Args)]
pub struct CalcArgs {
    /// The calculator
    #[command(subcommand)]
    pub calculator: Calculator,
}

/// A calculator of the registry (`core::calc::calculators`) with its options. DynamoDB and EC2
/// keep options of their own (flags that are switches or repeat, positional names); any other
/// calculator gets one `--KEY` option per field, from the registry.
#[derive(Debug)]
pub enum Calculator {
    /// `calc dynamodb`.
    Dynamodb(Box<DynamoArgs>),
    /// `calc ec2`: the same options as `awsdrill decode`.
    Ec2(DecodeArgs),
    /// `calc <id>` for a calculator with no options of its own.
    Fields(FieldArgs),
}

/// The options of a calculator made from its fields.
#[derive(Debug)]
pub struct FieldArgs {
    /// The calculator.
    pub id: &'static str,
    /// The fields given.
    pub inputs: Inputs,
    /// Print JSON.
    pub json: bool,
}

impl FieldArgs {
    /// The fields given to the subcommand of `c`.
    fn new(c: &'static dyn calc::Calculator, sub: &clap::ArgMatches) -> FieldArgs {
        let inputs = c
            .fields()
            .iter()
            .filter_map(|f| {
                if c.switches().contains(&f.key) {
                    return sub
                        .get_flag(f.key)
                        .then(|| (f.key.to_string(), "yes".to_string()));
                }
                let v = sub.get_one::<String>(f.key)?;
                Some((f.key.to_string(), v.clone()))
            })
            .collect();
        FieldArgs {
            id: c.id(),
            inputs,
            json: sub.get_flag("json"),
        }
    }
}

/// The subcommand of one calculator of the registry.
fn command(c: &'static dyn calc::Calculator) -> clap::Command {
    use clap::{Arg, ArgAction, Args as _, Command};
    match c.id() {
        // The help of every calculator comes from the catalogs, set by `cli::help` only when help
        // or an error is shown: a command line that parses reads no catalog.
        "dynamodb" => DynamoArgs::augment_args(Command::new("dynamodb")),
        "ec2" => DecodeArgs::augment_args(Command::new("ec2")),
        id => {
            let mut cmd = Command::new(id);
            for f in c.fields() {
                let arg = Arg::new(f.key).long(f.key);
                cmd = cmd.arg(if c.switches().contains(&f.key) {
                    arg.action(ArgAction::SetTrue)
                } else {
                    arg.value_name("TEXT").allow_hyphen_values(true)
                });
            }
            cmd.arg(Arg::new("json").long("json").action(ArgAction::SetTrue))
        }
    }
}

impl clap::FromArgMatches for Calculator {
    fn from_arg_matches(m: &clap::ArgMatches) -> Result<Self, clap::Error> {
        use clap::error::{ContextKind, ContextValue, ErrorKind};
        let Some((id, sub)) = m.subcommand() else {
            // Unreachable through clap (a calculator is required); the error carries only
            // context, so each language's formatter words it.
            let mut e = clap::Error::new(ErrorKind::MissingSubcommand);
            e.insert(
                ContextKind::InvalidSubcommand,
                ContextValue::String("calc".into()),
            );
            e.insert(
                ContextKind::ValidSubcommand,
                ContextValue::Strings(
                    calc::calculators()
                        .iter()
                        .map(|c| c.id().to_string())
                        .collect(),
                ),
            );
            return Err(e);
        };
        Ok(match id {
            "dynamodb" => Calculator::Dynamodb(Box::new(DynamoArgs::from_arg_matches(sub)?)),
            "ec2" => Calculator::Ec2(DecodeArgs::from_arg_matches(sub)?),
            other => {
                let Some(c) = calc::find(other) else {
                    let mut e = clap::Error::new(ErrorKind::InvalidSubcommand);
                    e.insert(
                        ContextKind::InvalidSubcommand,
                        ContextValue::String(other.into()),
                    );
                    return Err(e);
                };
                Calculator::Fields(FieldArgs::new(c, sub))
            }
        })
    }

    fn update_from_arg_matches(&mut self, m: &clap::ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(m)?;
        Ok(())
    }
}

impl clap::Subcommand for Calculator {
    fn augment_subcommands(cmd: clap::Command) -> clap::Command {
        calc::calculators()
            .iter()
            .fold(cmd, |cmd, c| cmd.subcommand(command(*c)))
    }

    fn augment_subcommands_for_update(cmd: clap::Command) -> clap::Command {
        Self::augment_subcommands(cmd)
    }

    fn has_subcommand(name: &str) -> bool {
        calc::find(name).is_some()
    }
}

/// Options of `awsdrill calc dynamodb`.
#[derive(Debug, clap::Args)]
pub struct DynamoArgs {
    /// get-item, put-item, update-item, delete-item, batch-get-item, batch-write-item, query, scan,
    /// transact-get-items or transact-write-items [default: get-item for --reads, put-item for
    /// --writes]
    #[arg(long, value_name = "OP", allow_hyphen_values = true)]
    pub operation: Option<String>,
    /// The size of the item: 6.5KB, 4097B, 2KiB (at most 400KB)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub item_size: Option<String>,
    /// The items of a batch, Query, Scan or transaction, separated by commas; COUNTxSIZE repeats a
    /// size: 1.5KB,6.5KB or 1500x64B
    #[arg(long, value_name = "SIZES", allow_hyphen_values = true)]
    pub items: Option<String>,
    /// For a PutItem that replaces an item, or an UpdateItem: the item's size before the write (the
    /// larger of before and after counts)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub previous_size: Option<String>,
    /// Read requests per second
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub reads: Option<String>,
    /// Write requests per second
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub writes: Option<String>,
    /// How reads are made: eventual, strong or transactional [default: eventual]
    #[arg(long, value_name = "HOW", allow_hyphen_values = true)]
    pub consistency: Option<String>,
    /// A global secondary index the item is projected into, with the projected size; repeat the flag
    /// (or separate sizes with commas) for several GSIs
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub gsi: Vec<String>,
    /// The writes change the GSI key attributes: each index then takes two writes per item (delete
    /// the old entry, put the new one)
    #[arg(long)]
    pub gsi_key_change: bool,
    /// Global table: the number of Regions with a replica [default: 1]
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub regions: Option<String>,
    /// On-demand capacity mode: request units (RRU, WRU) instead of provisioned capacity units (RCU,
    /// WCU)
    #[arg(long)]
    pub on_demand: bool,
    /// Reverse mode: the provisioned RCU; prints the most reads per second
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub rcu: Option<String>,
    /// Reverse mode: the provisioned WCU; prints the most writes per second
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    pub wcu: Option<String>,
    /// Print JSON (fields documented in the README)
    #[arg(long)]
    pub json: bool,
}

impl DynamoArgs {
    /// Flags given with nothing in them (`--reads ""`). The form takes an empty field as one left
    /// out (the TUI's blank field), which would silently mean the default (1 read/s), so each is
    /// an error naming the flag. `--item-size` has no default: the core says it is missing.
    fn empty_flags(&self) -> Vec<CalcError> {
        let given = [
            ("operation", &self.operation),
            ("items", &self.items),
            ("previous-size", &self.previous_size),
            ("reads", &self.reads),
            ("writes", &self.writes),
            ("consistency", &self.consistency),
            ("regions", &self.regions),
            ("rcu", &self.rcu),
            ("wcu", &self.wcu),
        ];
        let mut empty: Vec<&'static str> = given
            .into_iter()
            .filter(|(_, v)| v.as_deref().is_some_and(|v| v.trim().is_empty()))
            .map(|(flag, _)| flag)
            .collect();
        if self.gsi.iter().any(|g| g.trim().is_empty()) {
            empty.push("gsi");
        }
        empty
            .into_iter()
            .map(|flag| CalcError::new(flag, ErrorKind::EmptyFlag))
            .collect()
    }

    fn form(&self) -> Form {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        Form {
            operation: text(&self.operation),
            item_size: text(&self.item_size),
            items: text(&self.items),
            previous_size: text(&self.previous_size),
            reads: text(&self.reads),
            writes: text(&self.writes),
            consistency: text(&self.consistency),
            gsi: self.gsi.join(","),
            gsi_key_change: self.gsi_key_change,
            regions: text(&self.regions),
            mode: if self.on_demand {
                "on-demand".into()
            } else {
                String::new()
            },
            rcu: text(&self.rcu),
            wcu: text(&self.wcu),
        }
    }
}

/// Prints every input error as `awsdrill: --FIELD: message`, in `lang`.
pub(super) fn print_input_errors(lang: Lang, errors: &[CalcError]) {
    for e in errors {
        print_error(format!("--{}: {}", e.field, calc_text::message(lang, e)));
    }
}

/// Runs `awsdrill calc`, writing its text (not its JSON) and its errors in `lang`.
pub(super) fn run(args: &CalcArgs, lang: Lang) -> u8 {
    match &args.calculator {
        Calculator::Dynamodb(a) => run_dynamodb(a, lang),
        Calculator::Ec2(a) => super::decode::run(a, lang),
        Calculator::Fields(a) => run_fields(a, lang),
    }
}

fn run_dynamodb(args: &DynamoArgs, lang: Lang) -> u8 {
    let empty = args.empty_flags();
    if !empty.is_empty() {
        print_input_errors(lang, &empty);
        return EXIT_INVALID;
    }
    let outcome = match dynamodb::evaluate(&args.form()) {
        Ok(o) => o,
        Err(errors) => {
            print_input_errors(lang, &errors);
            return EXIT_INVALID;
        }
    };
    let text = if args.json {
        match json(&outcome) {
            Ok(s) => printable_json(&s) + "\n",
            Err(e) => {
                print_error(tr!(lang, "calc-json-failed", error = e.to_string()));
                return EXIT_CANNOT_RUN;
            }
        }
    } else {
        text(lang, &outcome)
    };
    write_out_in(lang, &text)
}

/// The outcome with its working and notes in words, where the core has them as data.
#[derive(Serialize)]
struct OutcomeJson<'a> {
    #[serde(flatten)]
    outcome: &'a Outcome,
    working: Vec<String>,
    notes: Vec<String>,
}

/// The JSON document: the outcome's fields plus `calculator` and `source` (its words in English
/// in every language, as a machine reads them).
fn json(outcome: &Outcome) -> serde_json::Result<String> {
    let doc = OutcomeJson {
        outcome,
        working: outcome
            .working()
            .iter()
            .map(|s| calc_text::dynamodb::step(Lang::En, s))
            .collect(),
        notes: outcome
            .notes()
            .iter()
            .map(|n| calc_text::dynamodb::note(Lang::En, n))
            .collect(),
    };
    let mut v = serde_json::to_value(&doc)?;
    if let Some(map) = v.as_object_mut() {
        map.insert("calculator".into(), "dynamodb".into());
        map.insert("source".into(), dynamodb::SOURCE.into());
    }
    serde_json::to_string_pretty(&v)
}

fn text(lang: Lang, outcome: &Outcome) -> String {
    let mut out = report_text(lang, &outcome.report(), true);
    let rules = tr!(lang, "calc-rules", source = dynamodb::SOURCE);
    out.push_str(&format!("\n{rules}\n"));
    out
}

/// A report as text: the results, the working (numbered, or as lines of a description), the notes.
fn report_text(lang: Lang, report: &Report, numbered: bool) -> String {
    let mut out = String::new();
    for line in &report.summary {
        out.push_str(&calc_text::said(lang, line));
        out.push('\n');
    }
    if numbered {
        out.push_str(&format!("\n{}\n", tr!(lang, "calc-working")));
        for (i, step) in report.steps.iter().enumerate() {
            out.push_str(&format!("{:>3}. {}\n", i + 1, calc_text::said(lang, step)));
        }
    } else {
        for step in &report.steps {
            out.push_str(&calc_text::said(lang, step));
            out.push('\n');
        }
    }
    if !report.notes.is_empty() {
        out.push_str(&format!("\n{}\n", tr!(lang, "calc-notes")));
        for n in &report.notes {
            out.push_str(&format!("  - {}\n", calc_text::said(lang, n)));
        }
    }
    if let Some(p) = &report.prompt {
        out.push_str(&calc_text::said(lang, p));
        out.push('\n');
    }
    out
}

/// `calc <id> --KEY value ...` for a calculator with no options of its own.
fn run_fields(args: &FieldArgs, lang: Lang) -> u8 {
    let Some(c) = calc::find(args.id) else {
        print_error(tr!(lang, "calc-no-calculator", id = args.id));
        return EXIT_CANNOT_RUN;
    };
    // A flag given with nothing in it would read as a field left empty (its default): an error.
    let empty: Vec<CalcError> = args
        .inputs
        .iter()
        .filter(|(_, v)| v.trim().is_empty())
        .filter_map(|(k, _)| c.fields().iter().find(|f| f.key == k.as_str()))
        .map(|f| CalcError::new(f.key, ErrorKind::EmptyFlag))
        .collect();
    if !empty.is_empty() {
        print_input_errors(lang, &empty);
        return EXIT_INVALID;
    }
    let report = match c.evaluate(&args.inputs) {
        Ok(r) => r,
        Err(errors) => {
            print_input_errors(lang, &errors);
            return EXIT_INVALID;
        }
    };
    if !args.json {
        return write_out_in(lang, &report_text(lang, &report, c.numbered()));
    }
    // JSON keeps its words in English in every language, as a machine reads them.
    let words = |lines: &[calc::Said]| {
        lines
            .iter()
            .map(|s| calc_text::said(Lang::En, s))
            .collect::<Vec<_>>()
    };
    let mut doc = report.data.clone();
    doc.insert("calculator".into(), c.id().into());
    doc.insert("summary".into(), words(&report.summary).into());
    doc.insert("working".into(), words(&report.steps).into());
    doc.insert("notes".into(), words(&report.notes).into());
    match serde_json::to_string_pretty(&doc) {
        Ok(s) => write_out_in(lang, &(printable_json(&s) + "\n")),
        Err(e) => {
            print_error(tr!(lang, "calc-json-failed", error = e.to_string()));
            EXIT_CANNOT_RUN
        }
    }
}

/// `write_out_in` English.
pub(super) fn write_out(text: &str) -> u8 {
    write_out_in(Lang::En, text)
}

/// Writes to stdout; a closed pipe or a full disk is "could not run" (said in `lang`), not a
/// panic.
pub(super) fn write_out_in(lang: Lang, text: &str) -> u8 {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(printable(text).as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => EXIT_OK,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(e) => {
            print_error(tr!(
                lang,
                "calc-write-failed",
                error = crate::i18n::io_reason(lang, &e)
            ));
            EXIT_CANNOT_RUN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calc::{Field, Said, ec2};

    /// A calculator with no options of its own, as a new one would be.
    struct Echo;

    impl calc::Calculator for Echo {
        fn id(&self) -> &'static str {
            "echo"
        }
        fn fields(&self) -> &'static [Field] {
            &[Field {
                key: "text",
                example: "",
            }]
        }
        fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>> {
            if calc::registry::input(inputs, "text").is_empty() {
                return Err(vec![CalcError::new("text", ErrorKind::Missing)]);
            }
            Ok(Report {
                summary: vec![Said::Ec2(ec2::Said::BuildHeading)],
                steps: vec![Said::Ec2(ec2::Said::Prompt)],
                ..Report::default()
            })
        }
    }

    static ECHO: Echo = Echo;

    #[test]
    fn a_calculator_without_options_gets_one_flag_per_field() {
        let m = command(&ECHO)
            .try_get_matches_from(["echo", "--text", "-hi", "--json"])
            .unwrap();
        let args = FieldArgs::new(&ECHO, &m);
        assert_eq!(args.inputs.get("text").map(String::as_str), Some("-hi"));
        assert!(args.json);
        let report = calc::Calculator::evaluate(&ECHO, &args.inputs).unwrap();
        assert_eq!(
            report_text(Lang::En, &report, true),
            "build:\n\nworking:\n  1. Type an instance type name to decode, or a requirement to build names.\n"
        );
        assert!(
            command(&ECHO)
                .try_get_matches_from(["echo", "--colour", "red"])
                .is_err()
        );
    }
}

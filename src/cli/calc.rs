//! `awsdrill calc dynamodb ...`: parses the flags as text, lets the core validate and compute, and
//! prints the result with its working (or JSON).
//!
//! Every value is taken as text so that the core reports a bad value the same way here and in the
//! TUI (`awsdrill: --item-size: ...`, exit status 1); clap itself only rejects unknown flags.

use super::{EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};
use crate::core::calc::CalcError;
use crate::core::calc::dynamodb::{self, Form, Outcome};
use crate::core::content::diag::{printable, printable_json};
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

/// The calculators.
#[derive(Debug, clap::Subcommand)]
pub enum Calculator {
    /// DynamoDB read/write capacity units (or request units) per operation and per second, with the
    /// working; with --rcu/--wcu, the most requests per second instead
    #[command(
        after_help = "Examples:\n  awsdrill calc dynamodb --item-size 6.5KB --reads 80 --consistency eventual\n  awsdrill calc dynamodb --operation batch-get-item --items 1.5KB,6.5KB --reads 10\n  awsdrill calc dynamodb --operation query --items 1500x64B --reads 5 --consistency strong\n  awsdrill calc dynamodb --item-size 2KB --writes 100 --gsi 512B --regions 3\n  awsdrill calc dynamodb --item-size 6.5KB --rcu 80 --wcu 10\n\nSizes: B, KB (DynamoDB's KB is 1,024 bytes), KiB, MB, MiB; an item is at most 400KB.\nExit status: 0 done, 1 invalid input (the message names the flag), 2 could not run."
    )]
    Dynamodb(Box<DynamoArgs>),
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
            .map(|flag| CalcError::new(flag, "empty; write a value, or leave the flag out"))
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

/// Prints every input error as `awsdrill: --FIELD: message`.
pub(super) fn print_input_errors(errors: &[CalcError]) {
    for e in errors {
        print_error(format!("--{}: {}", e.field, e.message));
    }
}

pub(super) fn run(args: &CalcArgs) -> u8 {
    match &args.calculator {
        Calculator::Dynamodb(a) => run_dynamodb(a),
    }
}

fn run_dynamodb(args: &DynamoArgs) -> u8 {
    let empty = args.empty_flags();
    if !empty.is_empty() {
        print_input_errors(&empty);
        return EXIT_INVALID;
    }
    let outcome = match dynamodb::evaluate(&args.form()) {
        Ok(o) => o,
        Err(errors) => {
            print_input_errors(&errors);
            return EXIT_INVALID;
        }
    };
    let text = if args.json {
        match json(&outcome) {
            Ok(s) => printable_json(&s) + "\n",
            Err(e) => {
                print_error(format!("could not write JSON: {e}"));
                return EXIT_CANNOT_RUN;
            }
        }
    } else {
        text(&outcome)
    };
    write_out(&text)
}

/// The JSON document: the outcome's fields plus `calculator` and `source`.
fn json(outcome: &Outcome) -> serde_json::Result<String> {
    let mut v = serde_json::to_value(outcome)?;
    if let Some(map) = v.as_object_mut() {
        map.insert("calculator".into(), "dynamodb".into());
        map.insert("source".into(), dynamodb::SOURCE.into());
    }
    serde_json::to_string_pretty(&v)
}

fn text(outcome: &Outcome) -> String {
    let mut out = String::new();
    for line in outcome.summary() {
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str("\nworking:\n");
    for (i, line) in outcome.working().iter().enumerate() {
        out.push_str(&format!("{:>3}. {line}\n", i + 1));
    }
    if !outcome.notes().is_empty() {
        out.push_str("\nnotes:\n");
        for n in outcome.notes() {
            out.push_str(&format!("  - {n}\n"));
        }
    }
    out.push_str(&format!("\nrules: {}\n", dynamodb::SOURCE));
    out
}

/// Writes to stdout; a closed pipe or a full disk is "could not run", not a panic.
pub(super) fn write_out(text: &str) -> u8 {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(printable(text).as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => EXIT_OK,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(e) => {
            print_error(format!("could not write the output: {e}"));
            EXIT_CANNOT_RUN
        }
    }
}

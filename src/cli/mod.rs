//! The command line: global options, subcommands, and dispatch to their modules.
//!
//! `awsdrill` with no subcommand opens the TUI (in `main.rs`); each subcommand is a thin front over the
//! core and the store, with `--json` where a script reads the output.

/// `println!` for the command line: the line goes through `diag::printable`, so a path or pack text
/// holding an escape sequence never reaches the terminal raw.
macro_rules! say {
    () => {
        println!()
    };
    ($($arg:tt)*) => {
        $crate::exit::say(format_args!($($arg)*))
    };
}

/// `eprintln!` for the command line, escaped like `say!`.
macro_rules! say_err {
    () => {
        eprintln!()
    };
    ($($arg:tt)*) => {
        $crate::exit::say_err(format_args!($($arg)*))
    };
}

mod anki;
mod calc;
mod csv_cmd;
mod data;
mod decode;
mod due;
mod exam;
pub mod help;
mod iam;
mod lint;
mod optimize;
mod paths_cmd;
mod stats;
mod study;

use clap::{Parser, Subcommand};
use std::path::PathBuf;

use crate::context::{Launch, OpenOptions};
pub use crate::exit::{EXIT_CANNOT_RUN, EXIT_FINDINGS, EXIT_OK, print_error};

/// A terminal study and exam trainer for the AWS Certified Developer - Associate exam (DVA-C02).
#[derive(Debug, Parser)]
#[command(name = "awsdrill", version, about, long_about = None)]
pub struct Cli {
    /// Use this data directory (store, backups, your packs) instead of the default [env: AWSDRILL_DATA_DIR]
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Read settings from this file instead of the default config.toml [env: AWSDRILL_CONFIG]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// Also load this pack file or folder of packs (repeatable)
    #[arg(long = "pack", global = true, value_name = "PATH")]
    pub packs: Vec<PathBuf>,

    /// Start with a new, empty store although the store file is missing or empty and backups
    /// exist (without it awsdrill refuses and names the backup to restore)
    #[arg(long, global = true)]
    pub new_store: bool,

    /// Show cards and questions in this language: auto (from LC_ALL, LC_MESSAGES or LANG), en or
    /// ko; instead of the settings' `language`
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<crate::core::config::Language>,

    /// Start the app, draw its first frame into an off-screen 120x40 buffer and exit (for
    /// measuring start-up; see docs/performance.md)
    #[arg(long, hide = true)]
    pub first_frame_and_exit: bool,

    /// What to do; without a command, the full-screen app opens
    #[command(subcommand)]
    pub command: Option<Command>,
}

impl Cli {
    /// Where the data is, as the global options say.
    pub fn open_options(&self) -> OpenOptions {
        OpenOptions {
            data_dir: self.data_dir.clone(),
            config: self.config.clone(),
            packs: self.packs.clone(),
            new_store: self.new_store,
            lang: self.lang,
        }
    }

    /// How to open the app when no subcommand is given.
    pub fn launch(&self) -> Launch {
        Launch {
            open: self.open_options(),
            exam: None,
            custom: None,
            first_frame_and_exit: self.first_frame_and_exit,
        }
    }
}

/// What a subcommand leaves to the binary: an exit status, or the app to open.
#[derive(Debug)]
pub enum Outcome {
    /// Exit with this status.
    Exit(u8),
    /// Open the full-screen app this way (`exam start`).
    OpenApp(Box<Launch>),
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content packs (the bundled ones, or the given files and folders) and report every problem
    Lint(lint::LintArgs),
    /// Show the cards due now and later today, per pack and in total
    Due {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Show answers per day, true retention, cards by state, the forecast and the exam history
    Stats {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Mock exams: start one, preview a draw, list past attempts, show a report
    #[command(subcommand)]
    Exam(exam::ExamCommand),
    /// Custom study: drill a chosen set of cards now without changing their schedule (or --list them)
    Study(study::StudyArgs),
    /// Fit the FSRS scheduler's parameters to your review log
    Optimize(optimize::OptimizeArgs),
    /// Back up the store now (one backup is also made on the first start of each day)
    Backup,
    /// Replace the store with a backup, after confirmation; the current store is kept aside first
    Restore {
        /// The backup file (see `awsdrill paths` for the backups folder)
        file: PathBuf,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
    /// Write your progress (card states, review log, exam attempts) as JSON
    Export {
        /// The file to write; standard output when omitted or `-`
        file: Option<PathBuf>,
    },
    /// Add progress from an export file; importing the same file twice changes nothing
    Import {
        /// The export file
        file: PathBuf,
    },
    /// Print where the config, the store, your own packs and the backups live
    Paths {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Calculators that show their working (DynamoDB capacity and request units, EC2 instance types)
    Calc(calc::CalcArgs),
    /// Decode EC2 instance type names, or build names from a requirement
    Decode(decode::DecodeArgs),
    /// The IAM policy lab: evaluate a request against policies and explain the decision, validate policies
    #[command(subcommand)]
    Iam(iam::IamCommand),
    /// Anki packages: export the cards as notes, or import Basic and Cloze notes as a pack
    #[command(subcommand)]
    Anki(anki::AnkiCommand),
    /// CSV for spreadsheets: export the cards, or import rows as a pack
    #[command(subcommand)]
    Csv(csv_cmd::CsvCommand),
    /// Print shell completions for bash, zsh, fish, elvish or powershell
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

/// Prints the error that stopped a command, explained (`context::explain`: the store named, and
/// the newest good backup when it is damaged), and returns the exit status for it.
fn fail(cli: &Cli, e: anyhow::Error) -> u8 {
    let opts = cli.open_options();
    let e = crate::context::explain(e, &opts);
    print_error(crate::context::error_words(opts.ui_lang(), e.as_ref()));
    EXIT_CANNOT_RUN
}

/// Says on standard error that the data directory has no store yet, when a command that only reads
/// found none: it answers as for a new store, created nothing, and exits 0 (see README, "Command
/// line").
fn tell_if_no_store(ctx: &crate::context::Context) {
    if ctx.no_store_yet {
        say_err!(
            "awsdrill: {}",
            crate::i18n::tr!(
                ctx.ui_lang(),
                "errors-no-store-yet",
                store = ctx.paths.store.display().to_string()
            )
        );
    }
}

/// Runs a subcommand and returns what the binary does next. Errors that stop a command are printed
/// here, so the caller only exits (or opens the app).
pub fn run(cli: &Cli, command: &Command) -> Outcome {
    use Outcome::Exit;
    match command {
        Command::Exam(cmd) => exam::run(cli, cmd),
        Command::Lint(args) => Exit(lint::run(cli, args)),
        Command::Study(args) => study::run(cli, args),
        Command::Due { json } => Exit(due::run(cli, *json, crate::clock::now_ms())),
        Command::Stats { json } => Exit(stats::run(cli, *json, crate::clock::now_ms())),
        Command::Optimize(args) => Exit(optimize::run(cli, args)),
        Command::Backup => Exit(data::run(cli, data::DataCommand::Backup)),
        Command::Restore { file, yes } => Exit(data::run(
            cli,
            data::DataCommand::Restore { file, yes: *yes },
        )),
        Command::Export { file } => Exit(data::run(
            cli,
            data::DataCommand::Export {
                file: file.as_ref(),
            },
        )),
        Command::Import { file } => Exit(data::run(cli, data::DataCommand::Import { file })),
        Command::Paths { json } => Exit(paths_cmd::run(cli, *json)),
        Command::Calc(args) => Exit(calc::run(args, cli.open_options().ui_lang())),
        Command::Decode(args) => Exit(decode::run(args, cli.open_options().ui_lang())),
        Command::Iam(cmd) => Exit(iam::run(cli.open_options().ui_lang(), cmd)),
        Command::Anki(cmd) => Exit(anki::run(cli, cmd)),
        Command::Csv(cmd) => Exit(csv_cmd::run(cli, cmd)),
        Command::Completions { shell } => {
            // Completions describe the commands in the UI language, as `--help` does
            // (`--lang en completions zsh` writes an English file for every user of a machine).
            let mut cmd = help::command(cli.open_options().ui_lang());
            clap_complete::generate(*shell, &mut cmd, "awsdrill", &mut std::io::stdout());
            Exit(EXIT_OK)
        }
    }
}

/// Asks a yes-or-no question on the terminal: true when the user typed `yes`. Without a terminal
/// it says `refused` (why a confirmation is needed and what to pass instead) and returns false;
/// a "no" answer says that nothing was changed.
pub(crate) fn confirm(question: &str, refused: &str) -> std::io::Result<bool> {
    confirm_in(crate::core::config::Lang::En, question, refused)
}

/// `confirm` with its own words (the prompt, "nothing was changed") in `lang`; the answer to
/// type stays `yes`.
pub(crate) fn confirm_in(
    lang: crate::core::config::Lang,
    question: &str,
    refused: &str,
) -> std::io::Result<bool> {
    use std::io::{BufRead as _, IsTerminal as _, Write as _};
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        print_error(refused);
        return Ok(false);
    }
    print!(
        "{}",
        crate::core::content::diag::printable(&crate::i18n::tr!(
            lang,
            "data-confirm",
            question = question
        ))
    );
    std::io::stdout().flush()?;
    let mut line = String::new();
    stdin.lock().read_line(&mut line)?;
    if line.trim() == "yes" {
        return Ok(true);
    }
    println!("{}", crate::i18n::tr!(lang, "data-nothing-changed"));
    Ok(false)
}

/// `--lang auto|en|ko`; the error in the UI language (`help::value_lang`).
fn parse_lang(s: &str) -> Result<crate::core::config::Language, String> {
    crate::core::config::Language::from_key(s)
        .ok_or_else(|| crate::i18n::tr!(help::value_lang(), "cli-help-bad-lang", value = s))
}

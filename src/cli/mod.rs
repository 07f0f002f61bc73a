//! The command line: global options, subcommands, and dispatch to their modules.
//!
//! `awsdrill` with no subcommand opens the TUI (in `main.rs`); each subcommand is a thin front over the
//! core and the store, with `--json` where a script reads the output.

mod lint;
mod paths_cmd;

use clap::{CommandFactory, Parser, Subcommand};
use std::path::PathBuf;

/// Exit status: success, or a clean run that found nothing wrong.
pub const EXIT_OK: u8 = 0;
/// Exit status: the command ran and found problems (for lint: errors in packs).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: the command could not run (bad path, unreadable store, ...).
pub const EXIT_CANNOT_RUN: u8 = 2;

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

    /// What to do; without a command, the full-screen app opens
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check content packs (the bundled ones, or the given files and folders) and report every problem
    Lint(lint::LintArgs),
    /// Print where the config, the store and your own packs live
    Paths {
        /// Print JSON instead of text
        #[arg(long)]
        json: bool,
    },
    /// Print shell completions for bash, zsh, fish, elvish or powershell
    Completions {
        /// The shell
        shell: clap_complete::Shell,
    },
}

/// Runs a subcommand and returns the process exit status. Errors that stop a command are printed
/// here, so the caller only exits.
pub fn run(cli: &Cli, command: &Command) -> u8 {
    match command {
        Command::Lint(args) => lint::run(cli, args),
        Command::Paths { json } => paths_cmd::run(cli, *json),
        Command::Completions { shell } => {
            let mut cmd = Cli::command();
            clap_complete::generate(*shell, &mut cmd, "awsdrill", &mut std::io::stdout());
            EXIT_OK
        }
    }
}

/// Prints an error the way every subcommand does: `awsdrill: <message>` on stderr.
pub fn print_error(msg: impl std::fmt::Display) {
    eprintln!("awsdrill: {msg}");
}

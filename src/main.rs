//! The `awsdrill` binary: parses the command line, then runs a subcommand or the full-screen app.

use awsdrill::cli::{self, Cli};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match &cli.command {
        Some(command) => ExitCode::from(cli::run(&cli, command)),
        None => ExitCode::from(awsdrill::tui::main(&cli)),
    }
}

//! The `awsdrill` binary: parses the command line, then runs a subcommand or the full-screen app.

use awsdrill::cli::{self, Cli, Outcome};
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let outcome = match &cli.command {
        Some(command) => cli::run(&cli, command),
        None => Outcome::OpenApp(Box::new(cli.launch())),
    };
    match outcome {
        Outcome::Exit(code) => ExitCode::from(code),
        Outcome::OpenApp(launch) => ExitCode::from(awsdrill::tui::main(*launch)),
    }
}

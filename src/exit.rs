//! How the process ends and how the command line writes: exit statuses, the one way an error that
//! stops a command is printed, and lines made safe for a terminal. Used by the subcommands and the app
//! alike.
//!
//! Everything written here passes through `diag::printable` (JSON through `printable_json`): paths
//! and pack text can hold escape sequences, and none reaches the terminal raw.

use crate::core::content::diag::{printable, printable_json};

/// Exit status: success, or a clean run that found nothing wrong.
pub const EXIT_OK: u8 = 0;
/// Exit status: the command ran and found problems (for lint: errors in packs).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: the command could not run (bad path, unreadable store, ...).
pub const EXIT_CANNOT_RUN: u8 = 2;

/// Prints an error the way every command does: `awsdrill: <message>` on stderr, escaped.
pub fn print_error(msg: impl std::fmt::Display) {
    eprintln!("awsdrill: {}", printable(&msg.to_string()));
}

/// Prints a line on stdout, escaped (the `say!` macro of the command line).
pub fn say(args: std::fmt::Arguments) {
    println!("{}", printable(&args.to_string()));
}

/// Prints a line on stderr, escaped (the `say_err!` macro of the command line).
pub fn say_err(args: std::fmt::Arguments) {
    eprintln!("{}", printable(&args.to_string()));
}

/// Prints a JSON document on stdout with the characters `printable` escapes written as JSON escapes.
pub fn say_json(json: &str) {
    println!("{}", printable_json(json));
}

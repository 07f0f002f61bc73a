//! How the process ends: exit statuses and the one way an error that stops a command is printed.
//! Used by the subcommands and the app alike.

/// Exit status: success, or a clean run that found nothing wrong.
pub const EXIT_OK: u8 = 0;
/// Exit status: the command ran and found problems (for lint: errors in packs).
pub const EXIT_FINDINGS: u8 = 1;
/// Exit status: the command could not run (bad path, unreadable store, ...).
pub const EXIT_CANNOT_RUN: u8 = 2;

/// Prints an error the way every command does: `awsdrill: <message>` on stderr.
pub fn print_error(msg: impl std::fmt::Display) {
    eprintln!("awsdrill: {msg}");
}

//! tui placeholder
use crate::cli::Cli;
/// Opens the TUI.
pub fn main(_cli: &Cli) -> u8 { 0 }

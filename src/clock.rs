//! The system clock. Only the shell's entry points (the TUI loop and the subcommands) read it;
//! everything below takes the time as an argument.

/// Milliseconds since the Unix epoch from the system clock.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

//! The `awsdrill` binary: parses the command line, then runs a subcommand or the full-screen app.

use awsdrill::cli::{self, Outcome};
use std::process::ExitCode;

fn main() -> ExitCode {
    one_malloc_arena();
    let cli = cli::help::parse();
    let outcome = match &cli.command {
        Some(command) => {
            quit_quietly_on_closed_output();
            cli::run(&cli, command)
        }
        None => Outcome::OpenApp(Box::new(cli.launch())),
    };
    match outcome {
        Outcome::Exit(code) => ExitCode::from(code),
        Outcome::OpenApp(launch) => ExitCode::from(awsdrill::tui::main(*launch)),
    }
}

/// glibc gives each thread that allocates a heap of its own (an arena), grown a page range at a
/// time: the threads that load packs and read card states left their memory in arenas the main
/// thread never reuses, and growing them took thousands of system calls. One arena for the
/// whole process: a few MB less at the peak, and `due` makes 12 `mprotect` calls
/// instead of 3,300.
fn one_malloc_arena() {
    // SAFETY: called once at start, before any other thread exists; M_ARENA_MAX is a valid
    // parameter and 1 a valid value.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}

/// A subcommand whose reader went away (`awsdrill stats | head -c 10`) ends at once and quietly,
/// as Unix tools do, instead of panicking on its next `println!` (Rust ignores SIGPIPE, so every
/// write would fail with a broken pipe). The full-screen app keeps Rust's default.
fn quit_quietly_on_closed_output() {
    // SAFETY: called once at start, before any other thread exists; SIG_DFL is a valid handler.
    #[cfg(unix)]
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

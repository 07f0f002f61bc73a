//! The pure core: content model and validation, exam domains, configuration rules.
//!
//! Nothing in `core` reads the clock, the disk or the terminal; callers pass time, randomness and file
//! contents in. The shell (`store`, `cli`, `tui`) depends on the core, never the other way round.

pub mod browse;
pub mod calc;
pub mod config;
pub mod content;
pub mod custom;
pub mod domain;
pub mod drill;
pub mod exam;
pub mod iam;
pub mod io_problem;
pub mod scheduler;
pub mod stats;

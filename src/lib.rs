//! awsdrill: a terminal study and exam trainer for the AWS Certified Developer - Associate exam.
//!
//! `core` is pure (content, validation, configuration rules); `store`, `paths`, `packs`, `cli` and `tui`
//! are the shell that touches the disk and the terminal. See ARCHITECTURE.md.

pub mod backup;
pub mod calc_text;
pub mod cli;
pub mod clock;
pub mod config_file;
pub mod content_text;
pub mod context;
pub mod core;
pub mod display;
pub mod exam_run;
pub mod exit;
pub mod i18n;
pub mod iam_files;
pub mod interchange;
pub mod pack_cache;
pub mod packs;
pub mod paths;
pub mod stats_report;
pub mod store;
pub mod study;
pub mod study_text;
pub mod tui;

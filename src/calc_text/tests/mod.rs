//! The calculators' tests that read what the user reads: the working, the notes and the errors in
//! English (they moved here from `core::calc`, which returns data only).

mod drills;
mod dynamodb;
mod ec2;
mod iam;
mod size;

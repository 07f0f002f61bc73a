//! One file per screen. A screen keeps only view state, renders from `AppState`, and never touches
//! the store.

pub mod browse;
pub mod calc;
pub mod drill;
pub mod exam;
pub mod help;
pub mod home;
pub mod palette;
pub mod settings;
pub mod stats;

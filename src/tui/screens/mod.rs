//! One file per screen, each implementing `tui::screen::Screen`; help and the palette are the app's
//! overlays. A screen changes only its own state and the shared `Ctx`; store writes go through the
//! study session.

pub mod browse;
pub mod calc;
pub mod drill;
pub mod exam;
pub mod help;
pub mod home;
pub mod iam;
pub mod palette;
pub mod settings;
pub mod stats;

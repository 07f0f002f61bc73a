//! Everything the user can ask the app to do. Keys map to actions (`keys.rs`); `App::update` applies
//! them. Each action describes itself for the help screen.

/// A user intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Close the overlay or go back to the previous screen; quits from Home.
    Back,
    /// Show or hide the keys of the current screen.
    ToggleHelp,
    /// Move the selection up one row.
    Up,
    /// Move the selection down one row.
    Down,
    /// Move the selection up one page.
    PageUp,
    /// Move the selection down one page.
    PageDown,
    /// Jump to the first row.
    Top,
    /// Jump to the last row.
    Bottom,
    /// Go to the next screen in the tab bar.
    NextTab,
    /// Go to the previous screen in the tab bar.
    PrevTab,
}

impl Action {
    /// The text of the help screen for this action.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit awsdrill",
            Action::Back => "close this view, or quit from Home",
            Action::ToggleHelp => "show or hide this help",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "move up one page",
            Action::PageDown => "move down one page",
            Action::Top => "go to the first row",
            Action::Bottom => "go to the last row",
            Action::NextTab => "next screen",
            Action::PrevTab => "previous screen",
        }
    }
}

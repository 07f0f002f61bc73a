//! Everything the user can ask the app to do. Keys map to actions (`keys.rs`); `App::update` applies
//! them. Each action describes itself for the help screen.

use crate::core::domain::Domain;
use crate::core::scheduler::Rating;

/// An exam the menu starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExamChoice {
    /// A full mock exam to the blueprint.
    Full,
    /// Ten questions, untimed.
    Quick,
    /// Practice on one domain, answers after each question.
    Practice(Domain),
    /// Practice on the task statements missed most, answers after each question.
    WeakAreas,
}

impl ExamChoice {
    /// The menu's choices, in the order of their keys (1 to 6).
    pub const ALL: [ExamChoice; 7] = [
        ExamChoice::Full,
        ExamChoice::Quick,
        ExamChoice::Practice(Domain::Development),
        ExamChoice::Practice(Domain::Security),
        ExamChoice::Practice(Domain::Deployment),
        ExamChoice::Practice(Domain::Troubleshooting),
        ExamChoice::WeakAreas,
    ];

    /// The exam mode it starts.
    pub fn mode(self) -> crate::exam_run::Mode {
        use crate::exam_run::{Mode, Practice};
        match self {
            ExamChoice::Full => Mode::Full,
            ExamChoice::Quick => Mode::Quick,
            ExamChoice::Practice(d) => Mode::Practice(Practice::domain(d)),
            ExamChoice::WeakAreas => Mode::Weak(crate::exam_run::WEAK_COUNT),
        }
    }
}

/// Which cards a custom study starts with (`core::custom`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CustomStart {
    /// Ask: a pack, domain, task statement, tag, leeches, missed or a search, typed.
    Choose,
    /// The leeches.
    Leeches,
    /// The cards of the questions answered wrongly in the last mock exam.
    MissedLastExam,
    /// The cards the screen lists: Browse's results, the exam's wrong answers.
    These,
}

/// A user intent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave the app.
    Quit,
    /// Close the overlay or go back to the previous screen; quits from Home.
    Back,
    /// Show or hide the keys of the current screen.
    ToggleHelp,
    /// Open the command palette.
    Palette,
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
    /// Open the daily drill.
    StartDrill,
    /// Show the answer; once shown, rate Good (or the rating suggested for a typed number).
    Reveal,
    /// Rate the card on screen.
    Rate(Rating),
    /// Undo the last answer of this session.
    Undo,
    /// Suspend the card on screen (it is not shown again until unsuspended).
    Suspend,
    /// Bury the card on screen until tomorrow.
    Bury,
    /// Show the card in Korean or in English.
    ToggleKorean,
    /// Open the mock exams.
    OpenExams,
    /// Open the calculators.
    OpenCalc,
    /// Open Browse.
    OpenBrowse,
    /// Open Stats.
    OpenStats,
    /// Open Settings.
    OpenSettings,
    /// Make the selected card new again (its history is kept).
    Reset,
    /// Open the source link in the browser.
    OpenLink,
    /// Copy the source link to the clipboard (through the terminal).
    CopyLink,
    /// Change the sort order.
    CycleSort,
    /// Start an exam.
    StartExam(ExamChoice),
    /// Continue the unfinished exam.
    ResumeExam,
    /// Discard the unfinished exam (after a confirmation): kept, never scored or counted.
    DiscardExam,
    /// Exam menu: open the full review of the attempt selected in the history.
    OpenAttempt,
    /// Select or deselect choice A-E of the question.
    Choose(u8),
    /// Select or deselect the choice under the cursor.
    ToggleChoice,
    /// Strike out the choice under the cursor (eliminate it), or restore it.
    Strike,
    /// Next question.
    NextQuestion,
    /// Previous question.
    PrevQuestion,
    /// Flag the question for review, or unflag it.
    Flag,
    /// Jump to a question by number.
    GoTo,
    /// Show every question number as answered, unanswered or flagged, to jump to one (or close it).
    QuestionGrid,
    /// Review unanswered and flagged questions, then submit.
    Submit,
    /// Confirm (submit, check a practice answer, jump).
    Confirm,
    /// Results: show only wrong answers, or all.
    FilterWrong,
    /// Results: show only flagged questions, or all.
    FilterFlagged,
    /// Calculators: the next field.
    NextField,
    /// Calculators: the previous field.
    PrevField,
    /// Calculators: the next calculator.
    SwitchCalculator,
    /// Calculators: the previous calculator.
    PrevCalculator,
    /// Calculators: empty the focused field.
    ClearField,
    /// Open the IAM policy lab.
    OpenIam,
    /// IAM lab: load the next example scenario.
    NextScenario,
    /// IAM lab: load the previous example scenario.
    PrevScenario,
    /// Custom study: drill a chosen set of cards now, outside the schedule.
    CustomStudy(CustomStart),
}

impl Action {
    /// The text of the help screen for this action.
    pub fn description(self) -> &'static str {
        match self {
            Action::Quit => "quit awsdrill",
            Action::Back => "close this view, or quit from Home",
            Action::ToggleHelp => "show or hide this help",
            Action::Palette => "find and run any action by name",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "move up one page",
            Action::PageDown => "move down one page",
            Action::Top => "go to the first row",
            Action::Bottom => "go to the last row",
            Action::NextTab => "next screen",
            Action::PrevTab => "previous screen",
            Action::StartDrill => "start today's drill",
            Action::Reveal => "show the answer; then rate it Good (or as suggested)",
            Action::Rate(Rating::Again) => "rate Again: forgot",
            Action::Rate(Rating::Hard) => "rate Hard: remembered with effort",
            Action::Rate(Rating::Good) => "rate Good: remembered",
            Action::Rate(Rating::Easy) => "rate Easy: remembered at once",
            Action::Undo => "undo the last answer",
            Action::Suspend => "suspend this card",
            Action::Bury => "bury this card until tomorrow",
            Action::ToggleKorean => "switch between English and Korean",
            Action::OpenExams => "open the mock exams",
            Action::OpenCalc => "open the calculators",
            Action::OpenBrowse => "browse and search every card and question",
            Action::OpenStats => "show statistics",
            Action::OpenSettings => "change the settings",
            Action::Reset => "make the selected card new again (history is kept)",
            Action::OpenLink => "open the source link in a browser",
            Action::CopyLink => "copy the source link (terminals that allow it)",
            Action::CycleSort => "sort by relevance, id or due date",
            Action::StartExam(ExamChoice::Full) => {
                "start a full mock exam (65 questions, 130 minutes)"
            }
            Action::StartExam(ExamChoice::Quick) => "start a quick exam (10 questions, untimed)",
            Action::StartExam(ExamChoice::Practice(Domain::Development)) => {
                "practice Development with AWS Services"
            }
            Action::StartExam(ExamChoice::Practice(Domain::Security)) => "practice Security",
            Action::StartExam(ExamChoice::Practice(Domain::Deployment)) => "practice Deployment",
            Action::StartExam(ExamChoice::Practice(Domain::Troubleshooting)) => {
                "practice Troubleshooting and Optimization"
            }
            Action::StartExam(ExamChoice::WeakAreas) => {
                "practice the task statements you miss most (20 questions)"
            }
            Action::ResumeExam => "continue the unfinished exam",
            Action::DiscardExam => "discard the unfinished exam (asks first)",
            Action::OpenAttempt => "review the selected past attempt, question by question",
            Action::Choose(_) => "select or deselect that choice",
            Action::ToggleChoice => "select or deselect the choice under the cursor",
            Action::Strike => "strike out the choice under the cursor, or restore it",
            Action::NextQuestion => "next question",
            Action::PrevQuestion => "previous question",
            Action::Flag => "flag this question for review, or unflag it",
            Action::GoTo => "go to a question by number",
            Action::QuestionGrid => "show the grid of all questions, to jump to one",
            Action::Submit => "review unanswered and flagged questions, then submit",
            Action::Confirm => "confirm: submit, discard, check the answer, or jump",
            Action::FilterWrong => "show only wrong answers, or all",
            Action::FilterFlagged => "show only flagged questions, or all",
            Action::NextField => "next field",
            Action::PrevField => "previous field",
            Action::SwitchCalculator => "next calculator",
            Action::PrevCalculator => "previous calculator",
            Action::ClearField => "clear the field",
            Action::OpenIam => "open the IAM policy lab",
            Action::NextScenario => "load the next example scenario",
            Action::PrevScenario => "load the previous example scenario",
            Action::CustomStudy(CustomStart::Choose) => {
                "custom study: drill cards by pack, tag, task or search"
            }
            Action::CustomStudy(CustomStart::Leeches) => "custom study: drill your leeches now",
            Action::CustomStudy(CustomStart::MissedLastExam) => {
                "custom study: drill the cards missed in the last exam"
            }
            Action::CustomStudy(CustomStart::These) => {
                "custom study: drill these cards now, schedule unchanged"
            }
        }
    }
}

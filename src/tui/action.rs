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
    /// What this action does, in `lang` (help and the command palette show it).
    pub fn description(self, lang: crate::core::config::Lang) -> String {
        crate::i18n::tr!(lang, self.message())
    }

    /// The catalog key of its description (`assets/i18n/*/keys.ftl`).
    fn message(self) -> &'static str {
        match self {
            Action::Quit => "action-quit",
            Action::Back => "action-back",
            Action::ToggleHelp => "action-toggle-help",
            Action::Palette => "action-palette",
            Action::Up => "action-up",
            Action::Down => "action-down",
            Action::PageUp => "action-page-up",
            Action::PageDown => "action-page-down",
            Action::Top => "action-top",
            Action::Bottom => "action-bottom",
            Action::NextTab => "action-next-tab",
            Action::PrevTab => "action-prev-tab",
            Action::StartDrill => "action-start-drill",
            Action::Reveal => "action-reveal",
            Action::Rate(Rating::Again) => "action-rate-again",
            Action::Rate(Rating::Hard) => "action-rate-hard",
            Action::Rate(Rating::Good) => "action-rate-good",
            Action::Rate(Rating::Easy) => "action-rate-easy",
            Action::Undo => "action-undo",
            Action::Suspend => "action-suspend",
            Action::Bury => "action-bury",
            Action::ToggleKorean => "action-toggle-korean",
            Action::OpenExams => "action-open-exams",
            Action::OpenCalc => "action-open-calc",
            Action::OpenBrowse => "action-open-browse",
            Action::OpenStats => "action-open-stats",
            Action::OpenSettings => "action-open-settings",
            Action::Reset => "action-reset",
            Action::OpenLink => "action-open-link",
            Action::CopyLink => "action-copy-link",
            Action::CycleSort => "action-cycle-sort",
            Action::StartExam(ExamChoice::Full) => "action-exam-full",
            Action::StartExam(ExamChoice::Quick) => "action-exam-quick",
            Action::StartExam(ExamChoice::Practice(Domain::Development)) => {
                "action-practice-development"
            }
            Action::StartExam(ExamChoice::Practice(Domain::Security)) => "action-practice-security",
            Action::StartExam(ExamChoice::Practice(Domain::Deployment)) => {
                "action-practice-deployment"
            }
            Action::StartExam(ExamChoice::Practice(Domain::Troubleshooting)) => {
                "action-practice-troubleshooting"
            }
            Action::StartExam(ExamChoice::WeakAreas) => "action-exam-weak",
            Action::ResumeExam => "action-resume-exam",
            Action::DiscardExam => "action-discard-exam",
            Action::OpenAttempt => "action-open-attempt",
            Action::Choose(_) => "action-choose",
            Action::ToggleChoice => "action-toggle-choice",
            Action::Strike => "action-strike",
            Action::NextQuestion => "action-next-question",
            Action::PrevQuestion => "action-prev-question",
            Action::Flag => "action-flag",
            Action::GoTo => "action-go-to",
            Action::QuestionGrid => "action-question-grid",
            Action::Submit => "action-submit",
            Action::Confirm => "action-confirm",
            Action::FilterWrong => "action-filter-wrong",
            Action::FilterFlagged => "action-filter-flagged",
            Action::NextField => "action-next-field",
            Action::PrevField => "action-prev-field",
            Action::SwitchCalculator => "action-switch-calculator",
            Action::PrevCalculator => "action-prev-calculator",
            Action::ClearField => "action-clear-field",
            Action::OpenIam => "action-open-iam",
            Action::NextScenario => "action-next-scenario",
            Action::PrevScenario => "action-prev-scenario",
            Action::CustomStudy(CustomStart::Choose) => "action-custom-choose",
            Action::CustomStudy(CustomStart::Leeches) => "action-custom-leeches",
            Action::CustomStudy(CustomStart::MissedLastExam) => "action-custom-missed",
            Action::CustomStudy(CustomStart::These) => "action-custom-these",
        }
    }
}

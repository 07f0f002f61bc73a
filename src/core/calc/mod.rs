//! Calculators that show their working: DynamoDB capacity units and the EC2 instance-type decoder.
//!
//! Pure: no clock, disk or terminal. Inputs arrive as the text a user typed (a CLI flag or a TUI
//! field), so the CLI and the TUI validate the same way and name the same field in an error. Every
//! result carries its working, one line per step, each line naming the rule it applies.

pub mod drills;
pub mod dynamodb;
pub mod ec2;
pub mod number;
pub mod size;

/// A problem with one input field. The CLI prints it as `--FIELD: message`, the TUI beside the field.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct CalcError {
    /// The field, spelled like the CLI flag without its dashes (`item-size`, `reads`).
    pub field: &'static str,
    /// What is wrong and how to write it instead.
    pub message: String,
}

impl CalcError {
    /// An error about `field`.
    pub fn new(field: &'static str, message: impl Into<String>) -> CalcError {
        CalcError {
            field,
            message: message.into(),
        }
    }
}

/// Text from the user, shortened and with control characters escaped, for use inside a message.
pub(crate) fn shown(text: &str) -> String {
    let mut out = String::new();
    for (i, c) in text.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

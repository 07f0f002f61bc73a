//! The four domains of the DVA-C02 exam guide and their task statements.
//!
//! Pure data. The weights here describe the exam; the blueprint file of the exam issue may carry them too.

use serde::{Deserialize, Serialize};
use std::fmt;

/// One of the four content domains of the DVA-C02 exam guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Domain {
    /// Domain 1: Development with AWS Services (32 %).
    Development,
    /// Domain 2: Security (26 %).
    Security,
    /// Domain 3: Deployment (24 %).
    Deployment,
    /// Domain 4: Troubleshooting and Optimization (18 %).
    Troubleshooting,
}

/// A task statement of the exam guide, such as 1.2 "Develop code for AWS Lambda".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TaskStatement {
    /// The code as written in packs, for example `"1.2"`.
    pub code: &'static str,
    /// The exam guide's title of the task.
    pub title: &'static str,
}

const fn task(code: &'static str, title: &'static str) -> TaskStatement {
    TaskStatement { code, title }
}

const TASKS_1: &[TaskStatement] = &[
    task("1.1", "Develop code for applications hosted on AWS"),
    task("1.2", "Develop code for AWS Lambda"),
    task("1.3", "Use data stores in application development"),
];
const TASKS_2: &[TaskStatement] = &[
    task(
        "2.1",
        "Implement authentication and/or authorization for applications and AWS services",
    ),
    task("2.2", "Implement encryption by using AWS services"),
    task("2.3", "Manage sensitive data in application code"),
];
const TASKS_3: &[TaskStatement] = &[
    task("3.1", "Prepare application artifacts to be deployed to AWS"),
    task("3.2", "Test applications in development environments"),
    task("3.3", "Automate deployment testing"),
    task("3.4", "Deploy code by using AWS CI/CD services"),
];
const TASKS_4: &[TaskStatement] = &[
    task("4.1", "Assist in a root cause analysis"),
    task("4.2", "Instrument code for observability"),
    task(
        "4.3",
        "Optimize applications by using AWS services and features",
    ),
];

impl Domain {
    /// All domains in the exam guide's order.
    pub const ALL: [Domain; 4] = [
        Domain::Development,
        Domain::Security,
        Domain::Deployment,
        Domain::Troubleshooting,
    ];

    /// The name used in pack files (`development`, ...).
    pub fn key(self) -> &'static str {
        match self {
            Domain::Development => "development",
            Domain::Security => "security",
            Domain::Deployment => "deployment",
            Domain::Troubleshooting => "troubleshooting",
        }
    }

    /// Parses the name used in pack files.
    pub fn from_key(key: &str) -> Option<Domain> {
        Domain::ALL.into_iter().find(|d| d.key() == key)
    }

    /// The exam guide's number of the domain (1 to 4).
    pub fn number(self) -> u8 {
        match self {
            Domain::Development => 1,
            Domain::Security => 2,
            Domain::Deployment => 3,
            Domain::Troubleshooting => 4,
        }
    }

    /// The exam guide's title of the domain.
    pub fn title(self) -> &'static str {
        match self {
            Domain::Development => "Development with AWS Services",
            Domain::Security => "Security",
            Domain::Deployment => "Deployment",
            Domain::Troubleshooting => "Troubleshooting and Optimization",
        }
    }

    /// The domain's share of the scored content, in percent.
    pub fn weight_percent(self) -> u8 {
        match self {
            Domain::Development => 32,
            Domain::Security => 26,
            Domain::Deployment => 24,
            Domain::Troubleshooting => 18,
        }
    }

    /// The task statements of this domain.
    pub fn tasks(self) -> &'static [TaskStatement] {
        match self {
            Domain::Development => TASKS_1,
            Domain::Security => TASKS_2,
            Domain::Deployment => TASKS_3,
            Domain::Troubleshooting => TASKS_4,
        }
    }

    /// Finds the task statement with this code inside this domain.
    pub fn task(self, code: &str) -> Option<TaskStatement> {
        self.tasks().iter().copied().find(|t| t.code == code)
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_add_up_to_one_hundred() {
        let sum: u32 = Domain::ALL.iter().map(|d| d.weight_percent() as u32).sum();
        assert_eq!(sum, 100);
    }

    #[test]
    fn task_codes_start_with_their_domain_number() {
        for d in Domain::ALL {
            for t in d.tasks() {
                assert!(
                    t.code.starts_with(&format!("{}.", d.number())),
                    "{}",
                    t.code
                );
            }
            assert_eq!(Domain::from_key(d.key()), Some(d));
        }
        assert_eq!(Domain::Deployment.task("3.4").unwrap().code, "3.4");
        assert!(Domain::Security.task("1.1").is_none());
    }
}

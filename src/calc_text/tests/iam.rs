//! The IAM lab's words: a finding's caret under the offending text, skipped steps said as such.

use crate::calc_text::iam::{render_finding, step};
use crate::core::iam::eval::{Check, Step, Then};
use crate::core::iam::{PolicyType, parse_policy};

#[test]
fn a_finding_points_at_the_bad_version() {
    let src = "{\n    \"Version\": \"2012-01-17\",\n    \"Statement\": []\n}";
    let p = parse_policy(src, PolicyType::Identity);
    let text = render_finding("p.json", src, &p.findings[0]);
    assert_eq!(
        text,
        "error[bad-version]: Version \"2012-01-17\" does not exist: write \"2012-10-17\" (the current version; \"2008-10-17\" is the old one)\n  --> p.json:2:16\n  |\n2 |     \"Version\": \"2012-01-17\",\n  |                ^^^^^^^^^^^^\n"
    );
}

#[test]
fn steps_say_where_they_led() {
    let skipped = Step {
        check: Check::ServiceControlPolicies { allowed: false },
        then: Then::Skipped,
    };
    assert_eq!(
        step(&skipped),
        "Service control policies: none given. -> skipped"
    );
    let denied = Step {
        check: Check::ServiceControlPolicies { allowed: false },
        then: Then::Decide(crate::core::iam::Decision::ImplicitDeny),
    };
    assert_eq!(
        step(&denied),
        "Service control policies: no SCP of the principal's account allows the action. -> final decision: implicit Deny"
    );
}

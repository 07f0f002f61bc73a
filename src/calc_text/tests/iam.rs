//! The IAM lab's words: a finding's caret under the offending text, skipped steps said as such.

use crate::calc_text::iam::{render_finding, statement_line, step};
use crate::core::config::Lang;
use crate::core::iam::eval::{Check, Step, Then};
use crate::core::iam::{PolicyType, parse_policy};

#[test]
fn a_finding_points_at_the_bad_version() {
    let src = "{\n    \"Version\": \"2012-01-17\",\n    \"Statement\": []\n}";
    let p = parse_policy(src, PolicyType::Identity);
    let text = render_finding(Lang::En, "p.json", src, &p.findings[0]);
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
        step(Lang::En, &skipped),
        "Service control policies: none given. -> skipped"
    );
    let denied = Step {
        check: Check::ServiceControlPolicies { allowed: false },
        then: Then::Decide(crate::core::iam::Decision::ImplicitDeny),
    };
    assert_eq!(
        step(Lang::En, &denied),
        "Service control policies: no SCP of the principal's account allows the action. -> final decision: implicit Deny"
    );
}

/// In Korean the finding keeps its code, its place (file:line:col) and its caret exactly.
#[test]
fn a_finding_in_korean_keeps_its_place_and_caret() {
    let src = "{\n    \"Version\": \"2012-01-17\",\n    \"Statement\": []\n}";
    let p = parse_policy(src, PolicyType::Identity);
    let en = render_finding(Lang::En, "p.json", src, &p.findings[0]);
    let ko = render_finding(Lang::Ko, "p.json", src, &p.findings[0]);
    assert_eq!(
        ko,
        "오류[bad-version]: Version \"2012-01-17\"은(는) 없는 버전입니다. \"2012-10-17\"로 쓰십시오(현재 버전이며, \"2008-10-17\"은 이전 버전입니다)\n  --> p.json:2:16\n  |\n2 |     \"Version\": \"2012-01-17\",\n  |                ^^^^^^^^^^^^\n"
    );
    // Every line after the header is the same in both languages.
    assert_eq!(
        en.split_once('\n').unwrap().1,
        ko.split_once('\n').unwrap().1
    );
}

#[test]
fn steps_and_statements_in_korean() {
    let denied = Step {
        check: Check::ServiceControlPolicies { allowed: false },
        then: Then::Decide(crate::core::iam::Decision::ImplicitDeny),
    };
    assert_eq!(
        step(Lang::Ko, &denied),
        "서비스 제어 정책: 보안 주체 계정의 어떤 SCP도 이 작업을 허용하지 않습니다. -> 최종 결정: 암시적 거부"
    );
    let trace = crate::core::iam::eval::StatementTrace {
        policy_type: PolicyType::Resource,
        policy: "p.json".into(),
        index: 1,
        sid: None,
        effect: crate::core::iam::policy::Effect::Allow,
        span: 0..1,
        action: true,
        resource: true,
        names_principal: true,
        principal: Some(crate::core::iam::eval::Grantee::Account),
        conditions: vec![true, false],
        applies: false,
    };
    assert_eq!(
        statement_line(Lang::En, &trace),
        "statement 2 (Allow): action yes, resource yes, principal yes (its account), conditions 1 of 2 hold -> does not apply"
    );
    assert_eq!(
        statement_line(Lang::Ko, &trace),
        "문 2 (Allow): 작업 일치, 리소스 일치, 보안 주체 일치(계정), 조건 2개 중 1개 충족 -> 적용되지 않음"
    );
}

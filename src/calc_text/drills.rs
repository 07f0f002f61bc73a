//! Generated drills in English: the question of each exercise and its answer as shown.

use crate::core::calc::drills::{Expected, Prompt};
use crate::core::calc::dynamodb::Consistency;
use crate::core::drill::fmt;
use crate::core::iam::PolicyType;
use crate::core::iam::puzzle::Puzzle;

/// The question of an exercise.
pub fn prompt(p: &Prompt) -> String {
    match p {
        Prompt::DynamodbRead {
            size,
            rate,
            consistency,
        } => {
            let words = match consistency {
                Consistency::Eventual => "eventually consistent",
                Consistency::Strong => "strongly consistent",
                Consistency::Transactional => "transactional",
            };
            format!(
                "An application reads items of {} with GetItem, {rate} times per second, using {words} reads. How many RCU must the table provision?",
                size.replace("KB", " KB")
            )
        }
        Prompt::DynamodbWrite { size, rate } => format!(
            "An application writes new items of {} with PutItem, {rate} times per second. How many WCU must the table provision?",
            size.replace("KB", " KB")
        ),
        Prompt::Ec2Generation { name } => {
            format!("What generation is the EC2 instance type {name}?")
        }
        Prompt::Ec2Letter { name, meaning } => format!(
            "In the EC2 instance type {name}, which option letter means: {meaning}? Type the letter."
        ),
        Prompt::IamDecision(p) => iam_prompt(
            p,
            &English,
            "Is this request allowed? Type allow, explicit deny or implicit deny (or a, e, i).",
        ),
        Prompt::IamDecidingStatement(p) => iam_prompt(
            p,
            &English,
            "Which statement decides this request (the one Deny that applies, or the one Allow that grants)? Type its Sid.",
        ),
    }
}

/// The question of an exercise in Korean, for the kinds that have one (IAM puzzles).
pub fn prompt_ko(p: &Prompt) -> Option<String> {
    match p {
        Prompt::IamDecision(p) => Some(iam_prompt(
            p,
            &Korean,
            "이 요청은 허용되는가? allow, explicit deny, implicit deny 중 하나(또는 a, e, i)를 입력한다.",
        )),
        Prompt::IamDecidingStatement(p) => Some(iam_prompt(
            p,
            &Korean,
            "이 요청의 결과를 결정하는 문은 무엇인가(적용되는 단 하나의 Deny 문, 또는 권한을 부여하는 단 하나의 Allow 문)? 그 문의 Sid를 입력한다.",
        )),
        _ => None,
    }
}

/// The words an IAM puzzle's prompt needs, per language.
trait PuzzleWords {
    fn heading(&self) -> &'static str;
    fn policy(&self, t: PolicyType) -> &'static str;
    fn request(&self, principal: &str, action: &str, resource: &str, account: &str) -> String;
    fn context(&self, pairs: &str) -> String;
    fn no_context(&self) -> &'static str;
}

struct English;
struct Korean;

impl PuzzleWords for English {
    fn heading(&self) -> &'static str {
        "Every policy below is Version 2012-10-17; no other policy applies."
    }
    fn policy(&self, t: PolicyType) -> &'static str {
        match t {
            PolicyType::Identity => "Identity-based policy",
            PolicyType::Resource => "Resource-based policy",
            PolicyType::Boundary => "Permissions boundary",
            PolicyType::Session => "Session policy",
            PolicyType::Scp => "SCP",
            PolicyType::Rcp => "RCP",
        }
    }
    fn request(&self, principal: &str, action: &str, resource: &str, account: &str) -> String {
        format!("Request: {principal} calls {action} on {resource} (resource account {account}).")
    }
    fn context(&self, pairs: &str) -> String {
        format!("Context: {pairs}; every other key is absent.")
    }
    fn no_context(&self) -> &'static str {
        "Context: no keys besides those of the principal."
    }
}

impl PuzzleWords for Korean {
    fn heading(&self) -> &'static str {
        "아래 정책의 Version은 모두 2012-10-17이며, 다른 정책은 적용되지 않는다."
    }
    fn policy(&self, t: PolicyType) -> &'static str {
        match t {
            PolicyType::Identity => "자격 증명 기반 정책",
            PolicyType::Resource => "리소스 기반 정책",
            PolicyType::Boundary => "권한 경계",
            PolicyType::Session => "세션 정책",
            PolicyType::Scp => "서비스 제어 정책(SCP)",
            PolicyType::Rcp => "리소스 제어 정책(RCP)",
        }
    }
    fn request(&self, principal: &str, action: &str, resource: &str, account: &str) -> String {
        format!(
            "요청: 보안 주체 {principal}이(가) 리소스 {resource}에 대해 {action}을(를) 호출한다(리소스 계정 {account})."
        )
    }
    fn context(&self, pairs: &str) -> String {
        format!("요청 컨텍스트: {pairs}. 그 밖의 키는 없다.")
    }
    fn no_context(&self) -> &'static str {
        "요청 컨텍스트: 보안 주체에서 나오는 키 외에는 없다."
    }
}

fn iam_prompt(p: &Puzzle, w: &dyn PuzzleWords, question: &str) -> String {
    let mut lines = vec![w.heading().to_string()];
    for pp in &p.policies {
        lines.push(format!("{}:", w.policy(pp.policy_type)));
        for st in &pp.statements {
            lines.push(format!("  {st}"));
        }
    }
    lines.push(w.request(&p.principal, &p.action, &p.resource, &p.resource_account));
    lines.push(if p.context.is_empty() {
        w.no_context().to_string()
    } else {
        w.context(&p.context.join(", "))
    });
    lines.push(question.to_string());
    lines.join("\n")
}

/// The right answer as shown after the reveal.
pub fn expected(e: &Expected) -> String {
    match e {
        Expected::Number { value, unit } => format!("{} {unit}", fmt(*value)),
        Expected::Text(t) => t.clone(),
        Expected::Decision(d) => super::iam::decision(*d).to_string(),
        Expected::Refused => "(no answer: the calculator refused this exercise)".into(),
    }
}

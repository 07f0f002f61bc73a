//! Generated drills: the question of each exercise (card content, in English and, for IAM
//! puzzles, Korean) and, in the language of the app's own words, its Browse row and its answer.

use crate::core::calc::drills::{Expected, Prompt};
use crate::core::calc::dynamodb::Consistency;
use crate::core::calc::number::group;
use crate::core::drill::fmt;
use crate::core::iam::PolicyType;
use crate::core::iam::puzzle::Puzzle;

/// The line a generated drill shows in Browse (and is found by): `generated drill: dynamodb-read`.
pub fn row(
    lang: crate::core::config::Lang,
    kind: crate::core::calc::drills::GeneratorKind,
) -> String {
    crate::i18n::tr!(lang, "calc-drill-row", kind = kind.key())
}

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
        Prompt::Ec2Letter { name, meaning, .. } => format!(
            "In the EC2 instance type {name}, which option letter means: {meaning}? Type the letter."
        ),
        Prompt::LambdaConcurrency { rps, duration_ms } => format!(
            "A Lambda function receives {} requests per second, and each takes {} ms on average. What concurrency does it need (execution environments, rounded up)?",
            group(u64::from(*rps)),
            group(u64::from(*duration_ms))
        ),
        Prompt::LambdaStream {
            dynamodb,
            shards,
            factor,
        } => format!(
            "A Lambda function reads {} with {} shards through an event source mapping with a parallelization factor of {factor}. How many concurrent invocations can it run at most?",
            if *dynamodb {
                "a DynamoDB stream"
            } else {
                "a Kinesis data stream"
            },
            group(u64::from(*shards))
        ),
        Prompt::KinesisShards {
            write_mb,
            records,
            consumers,
        } => format!(
            "Producers write {write_mb} MB per second in {} records per second to a provisioned Kinesis data stream, read by {consumers} consumer{} without enhanced fan-out. How many shards does it need at least?",
            group(u64::from(*records)),
            if *consumers == 1 { "" } else { "s" }
        ),
        Prompt::SqsFifo {
            batch,
            high_throughput,
            region,
        } => {
            let mode = if *high_throughput {
                "with high throughput mode"
            } else {
                "without high throughput mode"
            };
            let calls = if *batch == 1 {
                "one message per SendMessage call".to_string()
            } else {
                format!("batches of {batch} messages per SendMessageBatch call")
            };
            format!(
                "An SQS FIFO queue in {region}, {mode}, receives {calls}. How many messages per second can it take at most?"
            )
        }
        Prompt::ApigatewayBurst {
            first,
            second,
            at_ms,
        } => format!(
            "Under API Gateway's default account limit (10,000 requests per second, burst 5,000), a client sends {} requests in the first millisecond and {} more {} ms later. How many of them are served?",
            group(u64::from(*first)),
            group(u64::from(*second)),
            group(u64::from(*at_ms))
        ),
        Prompt::S3Prefixes { reads, writes } => format!(
            "An application sends {} GET and {} PUT requests per second to one S3 bucket. Over how many prefixes must it spread them at least?",
            group(u64::from(*reads)),
            group(u64::from(*writes))
        ),
        Prompt::IamDecision(p) => iam_prompt(
            p,
            &English,
            "Is the request allowed? Type allow, explicit deny or implicit deny (or a, e, i).",
        ),
        Prompt::IamDecidingStatement(p) => iam_prompt(
            p,
            &English,
            "Which statement decides the request (the one Deny that applies, or the one Allow that grants)? Type its Sid.",
        ),
    }
}

/// The question of an exercise in Korean, for the kinds that have one (IAM puzzles, the EC2
/// option letter when the naming rules give its meaning in Korean).
pub fn prompt_ko(p: &Prompt) -> Option<String> {
    match p {
        Prompt::Ec2Letter {
            name,
            meaning_ko: Some(meaning),
            ..
        } => Some(format!(
            "EC2 인스턴스 유형 {name}에서 '{meaning}'을(를) 뜻하는 옵션 문자는 무엇인가? 그 문자를 입력한다."
        )),
        Prompt::IamDecision(p) => Some(iam_prompt(
            p,
            &Korean,
            "이 요청은 허용되는가? allow, explicit deny, implicit deny 중 하나(또는 a, e, i)를 입력한다.",
        )),
        Prompt::IamDecidingStatement(p) => Some(iam_prompt(
            p,
            &Korean,
            "이 요청의 결과를 결정하는 문은 무엇인가(적용되는 단 하나의 Deny 문, 또는 권한을 부여하는 단 하나의 Allow 문)? 그 Sid를 입력한다.",
        )),
        _ => None,
    }
}

/// The words an IAM puzzle's prompt needs, per language.
trait PuzzleWords {
    fn policy(&self, t: PolicyType) -> &'static str;
    fn request(&self, principal: &str, action: &str, resource: &str) -> String;
    fn account(&self, account: &str) -> String;
    fn context(&self, pairs: &str) -> String;
    fn no_context(&self) -> &'static str;
}

struct English;
struct Korean;

impl PuzzleWords for English {
    fn policy(&self, t: PolicyType) -> &'static str {
        match t {
            PolicyType::Identity => "Identity",
            PolicyType::Resource => "Resource-based",
            PolicyType::Boundary => "Boundary",
            PolicyType::Session => "Session policy",
            PolicyType::Scp => "SCP",
            PolicyType::Rcp => "RCP",
        }
    }
    fn request(&self, principal: &str, action: &str, resource: &str) -> String {
        format!("Request: {principal} calls {action} on {resource}")
    }
    fn account(&self, account: &str) -> String {
        format!(" (a bucket of account {account})")
    }
    fn context(&self, pairs: &str) -> String {
        format!("Context: {pairs} (other keys absent).")
    }
    fn no_context(&self) -> &'static str {
        "Context: only the principal's keys."
    }
}

impl PuzzleWords for Korean {
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
    fn request(&self, principal: &str, action: &str, resource: &str) -> String {
        format!("요청: {principal}이(가) {resource}에 대해 {action}을(를) 호출한다")
    }
    fn account(&self, account: &str) -> String {
        format!("(계정 {account}의 버킷)")
    }
    fn context(&self, pairs: &str) -> String {
        format!("요청 컨텍스트: {pairs} (그 밖의 키는 없음).")
    }
    fn no_context(&self) -> &'static str {
        "요청 컨텍스트: 보안 주체의 키만 있음."
    }
}

/// The puzzle in as few lines as the drill's panel has: each policy type with its statements
/// (one compact JSON object a line), the request, the context, the question.
fn iam_prompt(p: &Puzzle, w: &dyn PuzzleWords, question: &str) -> String {
    let mut lines = Vec::new();
    for pp in &p.policies {
        for (i, st) in pp.statements.iter().enumerate() {
            if i == 0 {
                lines.push(format!("{}: {st}", w.policy(pp.policy_type)));
            } else {
                lines.push(format!("  {st}"));
            }
        }
    }
    // The account is said only where the ARN does not show it and it is not the principal's.
    let shown = crate::core::iam::matcher::arn_account(&p.resource).is_some()
        || p.principal.contains(&format!("::{}:", p.resource_account));
    let account = if shown {
        String::new()
    } else {
        w.account(&p.resource_account)
    };
    lines.push(format!(
        "{}{account}.",
        w.request(&p.principal, &p.action, &p.resource)
    ));
    lines.push(if p.context.is_empty() {
        w.no_context().to_string()
    } else {
        w.context(&p.context.join(", "))
    });
    lines.push(question.to_string());
    lines.join("\n")
}

/// The right answer as shown after the reveal.
pub fn expected(lang: crate::core::config::Lang, e: &Expected) -> String {
    match e {
        Expected::Number { value, unit } => format!("{} {unit}", fmt(*value)),
        Expected::Text(t) => t.clone(),
        Expected::Decision(d) => super::iam::decision(lang, *d),
        Expected::Refused => crate::i18n::tr!(lang, "calc-drill-refused"),
    }
}

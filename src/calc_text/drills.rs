//! Generated drills: the question of each exercise (card content, in English and, for IAM
//! puzzles, Korean) and, in the language of the app's own words, its Browse row and its answer.

use crate::core::calc::drills::{Expected, Prompt};
use crate::core::calc::dynamodb::Consistency;
use crate::core::calc::number::group;
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

/// The question of an exercise in Korean (the card's Korean side, as the packs' cards have one).
pub fn prompt_ko(p: &Prompt) -> String {
    match p {
        Prompt::DynamodbRead {
            size,
            rate,
            consistency,
        } => {
            let words = match consistency {
                Consistency::Eventual => "최종적으로 일관된 읽기",
                Consistency::Strong => "강력히 일관된 읽기",
                Consistency::Transactional => "트랜잭션 읽기",
            };
            format!(
                "애플리케이션이 {} 크기의 항목을 GetItem으로 초당 {rate}회 읽으며 {words}를 사용한다. 테이블에 몇 RCU를 프로비저닝해야 하는가?",
                size.replace("KB", " KB")
            )
        }
        Prompt::DynamodbWrite { size, rate } => format!(
            "애플리케이션이 {} 크기의 새 항목을 PutItem으로 초당 {rate}회 쓴다. 테이블에 몇 WCU를 프로비저닝해야 하는가?",
            size.replace("KB", " KB")
        ),
        Prompt::Ec2Generation { name } => {
            format!("EC2 인스턴스 유형 {name}은(는) 몇 세대인가?")
        }
        // The decoder's English words when the naming rules give no Korean for the letter.
        Prompt::Ec2Letter {
            name,
            meaning,
            meaning_ko,
            ..
        } => format!(
            "EC2 인스턴스 유형 {name}에서 '{}'을(를) 뜻하는 옵션 문자는 무엇인가? 그 문자를 입력한다.",
            meaning_ko.as_deref().unwrap_or(meaning)
        ),
        Prompt::LambdaConcurrency { rps, duration_ms } => format!(
            "Lambda 함수가 초당 요청 {}건을 받고, 요청마다 평균 {} ms가 걸린다. 이 함수에 필요한 동시성(실행 환경 수, 올림)은 얼마인가?",
            group(u64::from(*rps)),
            group(u64::from(*duration_ms))
        ),
        Prompt::LambdaStream {
            dynamodb,
            shards,
            factor,
        } => format!(
            "Lambda 함수가 병렬화 계수가 {factor}인 이벤트 소스 매핑으로 샤드 {}개의 {}을(를) 읽는다. 동시 호출은 최대 몇 개까지 실행될 수 있는가?",
            group(u64::from(*shards)),
            if *dynamodb {
                "DynamoDB 스트림"
            } else {
                "Kinesis 데이터 스트림"
            }
        ),
        Prompt::KinesisShards {
            write_mb,
            records,
            consumers,
        } => format!(
            "생산자가 프로비저닝된 모드의 Kinesis 데이터 스트림에 초당 {write_mb} MB를 초당 레코드 {}개로 쓰고, 향상된 팬아웃을 쓰지 않는 소비자 {consumers}개가 읽는다. 샤드는 최소 몇 개가 필요한가?",
            group(u64::from(*records))
        ),
        Prompt::SqsFifo {
            batch,
            high_throughput,
            region,
        } => {
            let mode = if *high_throughput {
                "높은 처리량 모드 사용"
            } else {
                "높은 처리량 모드 사용 안 함"
            };
            let calls = if *batch == 1 {
                "SendMessage 호출마다 메시지를 1개씩".to_string()
            } else {
                format!("SendMessageBatch 호출마다 메시지를 {batch}개씩")
            };
            format!(
                "{region}의 SQS FIFO 대기열({mode})이 {calls} 받는다. 초당 최대 몇 개의 메시지를 받을 수 있는가?"
            )
        }
        Prompt::ApigatewayBurst {
            first,
            second,
            at_ms,
        } => format!(
            "API Gateway의 기본 계정 조절 한도(초당 요청 10,000건, 버스트 5,000건)에서 클라이언트가 첫 1밀리초에 요청 {}건을 보내고 {} ms 뒤에 {}건을 더 보낸다. 이 중 몇 건이 처리되는가?",
            group(u64::from(*first)),
            group(u64::from(*at_ms)),
            group(u64::from(*second))
        ),
        Prompt::S3Prefixes { reads, writes } => format!(
            "애플리케이션이 S3 버킷 하나에 초당 GET 요청 {}건과 PUT 요청 {}건을 보낸다. 요청을 최소 몇 개의 접두사에 나눠야 하는가?",
            group(u64::from(*reads)),
            group(u64::from(*writes))
        ),
        Prompt::IamDecision(p) => iam_prompt(
            p,
            &Korean,
            "이 요청은 허용되는가? allow, explicit deny, implicit deny 중 하나(또는 a, e, i)를 입력한다.",
        ),
        Prompt::IamDecidingStatement(p) => iam_prompt(
            p,
            &Korean,
            "이 요청의 결과를 결정하는 문은 무엇인가(적용되는 단 하나의 Deny 문, 또는 권한을 부여하는 단 하나의 Allow 문)? 그 Sid를 입력한다.",
        ),
    }
}

/// The Korean unit of a generated drill's answer (as a card's `ko.unit`: `{n}` where the number
/// goes), for the units the generators use.
pub fn ko_unit(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "RCU" => "RCU",
        "WCU" => "WCU",
        "generation" => "{n}세대",
        "concurrent executions" => "동시 실행 {n}개",
        "concurrent invocations" => "동시 호출 {n}개",
        "shards" => "샤드 {n}개",
        "messages/s" => "초당 메시지 {n}개",
        "requests" => "요청 {n}건",
        "prefixes" => "접두사 {n}개",
        _ => return None,
    })
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

/// The right answer as shown after the reveal, in `lang` (the content's language: a number has
/// its unit in it).
pub fn expected(lang: crate::core::config::Lang, e: &Expected) -> String {
    match e {
        Expected::Number { value, unit } => {
            crate::core::drill::quantity(lang, *value, unit, ko_unit(unit))
        }
        Expected::Text(t) => t.clone(),
        Expected::Decision(d) => super::iam::decision(lang, *d),
        Expected::Refused => crate::i18n::tr!(lang, "calc-drill-refused"),
    }
}

//! Generated drills: the questions and answers as the drill screen shows them.

use super::en::drills::expected;
use crate::calc_text::drills::prompt;
use crate::core::calc::drills::{Expected, GeneratorKind, Prompt, generate};
use crate::core::calc::dynamodb::Consistency;
use rand::SeedableRng;
use rand::rngs::StdRng;

#[test]
fn prompts_read_as_questions() {
    let read = Prompt::DynamodbRead {
        size: "6.5KB".into(),
        rate: 120,
        consistency: Consistency::Eventual,
    };
    assert_eq!(
        prompt(&read),
        "An application reads items of 6.5 KB with GetItem, 120 times per second, using eventually consistent reads. How many RCU must the table provision?"
    );
    let write = Prompt::DynamodbWrite {
        size: "2KB".into(),
        rate: 35,
    };
    assert_eq!(
        prompt(&write),
        "An application writes new items of 2 KB with PutItem, 35 times per second. How many WCU must the table provision?"
    );
    let generation = Prompt::Ec2Generation {
        name: "m7g.large".into(),
    };
    assert_eq!(
        prompt(&generation),
        "What generation is the EC2 instance type m7g.large?"
    );
    let letter = Prompt::Ec2Letter {
        name: "m7gd.large".into(),
        meaning: "local NVMe SSD".into(),
        meaning_ko: Some("로컬 NVMe SSD".into()),
    };
    assert_eq!(
        prompt(&letter),
        "In the EC2 instance type m7gd.large, which option letter means: local NVMe SSD? Type the letter."
    );
}

#[test]
fn answers_show_their_unit() {
    let rcu = Expected::Number {
        value: 30.0,
        unit: "RCU".into(),
    };
    assert_eq!(expected(&rcu), "30 RCU");
    assert_eq!(expected(&Expected::Text("d".into())), "d");
    assert_eq!(
        expected(&Expected::Refused),
        "(no answer: the calculator refused this exercise)"
    );
    // Every generated question ends with a question mark or tells what to type.
    let mut rng = StdRng::seed_from_u64(7);
    for (_, kind) in GeneratorKind::ALL {
        let text = prompt(&generate(kind, &mut rng).prompt);
        assert!(
            text.ends_with('?')
                || text.ends_with("Type the letter.")
                || text.ends_with("Type its Sid.")
                || text.ends_with("(or a, e, i)."),
            "{text}"
        );
    }
}

#[test]
fn the_rate_drills_read_as_questions() {
    assert_eq!(
        prompt(&Prompt::LambdaConcurrency {
            rps: 100,
            duration_ms: 500
        }),
        "A Lambda function receives 100 requests per second, and each takes 500 ms on average. What concurrency does it need (execution environments, rounded up)?"
    );
    assert_eq!(
        prompt(&Prompt::LambdaStream {
            dynamodb: false,
            shards: 100,
            factor: 2
        }),
        "A Lambda function reads a Kinesis data stream with 100 shards through an event source mapping with a parallelization factor of 2. How many concurrent invocations can it run at most?"
    );
    assert_eq!(
        prompt(&Prompt::KinesisShards {
            write_mb: 5,
            records: 3000,
            consumers: 2
        }),
        "Producers write 5 MB per second in 3,000 records per second to a provisioned Kinesis data stream, read by 2 consumers without enhanced fan-out. How many shards does it need at least?"
    );
    assert_eq!(
        prompt(&Prompt::SqsFifo {
            batch: 10,
            high_throughput: false,
            region: "us-east-1".into()
        }),
        "An SQS FIFO queue in us-east-1, without high throughput mode, receives batches of 10 messages per SendMessageBatch call. How many messages per second can it take at most?"
    );
    assert_eq!(
        prompt(&Prompt::ApigatewayBurst {
            first: 5000,
            second: 5000,
            at_ms: 100
        }),
        "Under API Gateway's default account limit (10,000 requests per second, burst 5,000), a client sends 5,000 requests in the first millisecond and 5,000 more 100 ms later. How many of them are served?"
    );
    assert_eq!(
        prompt(&Prompt::S3Prefixes {
            reads: 55000,
            writes: 0
        }),
        "An application sends 55,000 GET and 0 PUT requests per second to one S3 bucket. Over how many prefixes must it spread them at least?"
    );
    let a = Expected::Number {
        value: 50.0,
        unit: "concurrent executions".into(),
    };
    assert_eq!(expected(&a), "50 concurrent executions");
}

/// An IAM puzzle's prompt lists every statement and the request; its Korean version names the
/// policy types as AWS's Korean documentation does, and the answer is worded like the CLI's.
#[test]
fn iam_puzzles_in_english_and_korean() {
    use crate::calc_text::drills::prompt_ko;
    use crate::core::calc::drills::Prompt;
    let mut rng = StdRng::seed_from_u64(18);
    let i = generate(GeneratorKind::IamDecision, &mut rng);
    let Prompt::IamDecision(p) = &i.prompt else {
        panic!("{:?}", i.prompt)
    };
    let en = prompt(&i.prompt);
    let ko = prompt_ko(&i.prompt);
    for pp in &p.policies {
        for st in &pp.statements {
            assert!(en.contains(st.as_str()) && ko.contains(st.as_str()), "{st}");
        }
    }
    assert!(en.contains(&p.action) && ko.contains(&p.action));
    assert!(en.ends_with("(or a, e, i)."), "{en}");
    assert!(ko.contains("이 요청은 허용되는가?"), "{ko}");
    assert!(ko.contains("자격 증명 기반 정책") || !en.contains("Identity: "));
    assert_eq!(
        expected(&Expected::Decision(
            crate::core::iam::Decision::ImplicitDeny
        )),
        "implicit Deny"
    );
    // The EC2 option letter's question names the letter's meaning in Korean.
    let letter = generate(GeneratorKind::Ec2Letter, &mut rng);
    let Prompt::Ec2Letter {
        name, meaning_ko, ..
    } = &letter.prompt
    else {
        panic!("{:?}", letter.prompt)
    };
    let ko = prompt_ko(&letter.prompt);
    assert!(ko.contains(name.as_str()), "{ko}");
    assert!(ko.contains(meaning_ko.as_deref().unwrap()), "{ko}");
    assert!(ko.ends_with("그 문자를 입력한다."), "{ko}");
}

/// Every kind of generated drill has its question in Korean, with the numbers of the English one,
/// and its answer in a Korean unit that the drill also reads back when typed as shown.
#[test]
fn every_generated_drill_has_its_question_and_answer_in_korean() {
    use crate::calc_text::drills::{expected as expected_in, ko_unit, prompt_ko};
    use crate::core::calc::drills::check;
    use crate::core::config::Lang;
    let digits = |s: &str| -> Vec<String> {
        s.split(|c: char| !c.is_ascii_digit())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let mut rng = StdRng::seed_from_u64(7);
    for (key, kind) in GeneratorKind::ALL {
        for _ in 0..20 {
            let i = generate(kind, &mut rng);
            let (en, ko) = (prompt(&i.prompt), prompt_ko(&i.prompt));
            assert!(
                ko.chars().any(|c| ('가'..='힣').contains(&c)),
                "{key}: {ko}"
            );
            for word in [" the ", " is ", " are ", " How ", " What ", " many "] {
                assert!(!ko.contains(word), "{key}: English `{word}` in {ko}");
            }
            // Every number of the English question is in the Korean one; Korean adds at most a
            // 1 that English says in words ("one message", "the first millisecond").
            let mut dk = digits(&ko);
            for d in digits(&en) {
                let at = dk.iter().position(|k| *k == d);
                let at = at.unwrap_or_else(|| panic!("{key}: {d} missing in\n{en}\n{ko}"));
                dk.remove(at);
            }
            assert!(
                dk.iter().all(|d| d == "1"),
                "{key}: {dk:?} added in\n{en}\n{ko}"
            );
            if let Expected::Number { value, unit } = &i.expected {
                let k = ko_unit(unit).unwrap_or_else(|| panic!("{key}: no Korean unit for {unit}"));
                let shown = expected_in(Lang::Ko, &i.expected);
                assert!(
                    shown.contains(&crate::core::drill::fmt(*value)),
                    "{key}: {shown}"
                );
                assert!(
                    !shown.contains(unit.as_str()) || unit == k,
                    "{key}: {shown}"
                );
                assert_eq!(
                    check(&i.expected, &shown, Some(k)),
                    Ok(true),
                    "{key}: {shown}"
                );
                assert_eq!(
                    expected(&i.expected),
                    format!("{} {unit}", crate::core::drill::fmt(*value))
                );
            }
        }
    }
}

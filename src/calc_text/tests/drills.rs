//! Generated drills: the questions and answers as the drill screen shows them.

use crate::calc_text::drills::{expected, prompt};
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
            text.ends_with('?') || text.ends_with("Type the letter."),
            "{text}"
        );
    }
}

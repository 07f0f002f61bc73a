//! Generated drills: a fresh calculator exercise at every review, checked by the calculator itself.
//!
//! A pack declares a generator (`[[generator]]` with a `kind`); the generator is scheduled like a
//! card (the skill is what is remembered), and each review draws a new instance from a seeded random
//! source. The answer and the working come from the calculator in the registry (`super::find`),
//! so an exercise is checked by the same code as the Calculators screen. Pure.

mod rates;

use super::dynamodb::{self, Headline};
use super::ec2;
use super::registry::{Inputs, Report, Said, find};
use rand::{Rng, RngExt};

/// The kinds of generator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GeneratorKind {
    /// RCU to provision for a random item size, read rate and consistency.
    DynamodbRead,
    /// WCU to provision for a random item size and write rate.
    DynamodbWrite,
    /// The generation of a random real instance type.
    Ec2Generation,
    /// The option letter of a random real instance type that has a given meaning.
    Ec2Letter,
    /// Lambda concurrency for a random rate and duration.
    LambdaConcurrency,
    /// The most concurrent Lambda invocations of a stream's shards and parallelization factor.
    LambdaStreamConcurrency,
    /// Kinesis shards for a random write rate, record rate and shared consumers.
    KinesisShards,
    /// The most messages per second of an SQS FIFO queue by batch, mode and Region.
    SqsFifoThroughput,
    /// Requests API Gateway serves of two bursts through the default token bucket.
    ApigatewayTokenBucket,
    /// S3 prefixes for random read and write rates.
    S3Prefixes,
    /// Whether a random request is allowed by a random set of IAM policies.
    IamDecision,
    /// Which statement of a random set of IAM policies decides a request.
    IamDecidingStatement,
}

impl GeneratorKind {
    /// Every kind, as written in packs.
    pub const ALL: [(&'static str, GeneratorKind); 12] = [
        ("dynamodb-read", GeneratorKind::DynamodbRead),
        ("dynamodb-write", GeneratorKind::DynamodbWrite),
        ("ec2-generation", GeneratorKind::Ec2Generation),
        ("ec2-letter", GeneratorKind::Ec2Letter),
        ("lambda-concurrency", GeneratorKind::LambdaConcurrency),
        (
            "lambda-stream-concurrency",
            GeneratorKind::LambdaStreamConcurrency,
        ),
        ("kinesis-shards", GeneratorKind::KinesisShards),
        ("sqs-fifo-throughput", GeneratorKind::SqsFifoThroughput),
        (
            "apigateway-token-bucket",
            GeneratorKind::ApigatewayTokenBucket,
        ),
        ("s3-prefixes", GeneratorKind::S3Prefixes),
        ("iam-decision", GeneratorKind::IamDecision),
        (
            "iam-deciding-statement",
            GeneratorKind::IamDecidingStatement,
        ),
    ];

    /// The kind for a pack's `kind` value.
    pub fn from_key(key: &str) -> Option<GeneratorKind> {
        Self::ALL.iter().find(|(k, _)| *k == key).map(|(_, g)| *g)
    }

    /// The name used in packs.
    pub fn key(self) -> &'static str {
        Self::ALL
            .iter()
            .find(|(_, g)| *g == self)
            .map_or("", |(k, _)| k)
    }
}

/// The right answer of an instance.
#[derive(Debug, Clone, PartialEq)]
pub enum Expected {
    /// A whole number with its unit.
    Number {
        /// The value.
        value: f64,
        /// The unit (`RCU`, `WCU`, `generation`).
        unit: String,
    },
    /// A short text, compared exactly (case and surrounding spaces aside).
    Text(String),
    /// An IAM decision: `allow`, `explicit deny` or `implicit deny` (or their first letter).
    Decision(crate::core::iam::Decision),
    /// No answer: the calculator refused the inputs the generator made (never expected).
    Refused,
}

/// The question of an exercise, as data (`calc_text::drills` writes it in words).
#[derive(Debug, Clone, PartialEq)]
pub enum Prompt {
    /// The RCU for reads of one size, rate and consistency.
    DynamodbRead {
        /// The item size as the calculator reads it (`6.5KB`).
        size: String,
        /// Reads per second.
        rate: u32,
        /// How the reads are made.
        consistency: dynamodb::Consistency,
    },
    /// The WCU for writes of one size and rate.
    DynamodbWrite {
        /// The item size as the calculator reads it (`6.5KB`).
        size: String,
        /// Writes per second.
        rate: u32,
    },
    /// The generation of an instance type.
    Ec2Generation {
        /// The instance type.
        name: String,
    },
    /// The option letter of an instance type that has a meaning.
    Ec2Letter {
        /// The instance type.
        name: String,
        /// What the letter means (the decoder's words for it, without a final full stop).
        meaning: String,
        /// The same in Korean, when the naming rules give it.
        meaning_ko: Option<String>,
    },
    /// Lambda concurrency for a rate and a duration.
    LambdaConcurrency {
        /// Requests per second.
        rps: u32,
        /// Average duration in milliseconds.
        duration_ms: u32,
    },
    /// The most concurrent invocations of a stream source.
    LambdaStream {
        /// A DynamoDB stream (else a Kinesis data stream).
        dynamodb: bool,
        /// Shards.
        shards: u32,
        /// Parallelization factor.
        factor: u32,
    },
    /// Kinesis shards for writes and shared consumers.
    KinesisShards {
        /// MB per second written.
        write_mb: u32,
        /// Records per second written.
        records: u32,
        /// Consumers without enhanced fan-out.
        consumers: u32,
    },
    /// The most messages per second of an SQS FIFO queue.
    SqsFifo {
        /// Messages per call.
        batch: u32,
        /// High throughput mode.
        high_throughput: bool,
        /// The Region.
        region: String,
    },
    /// Two bursts through API Gateway's default account limit.
    ApigatewayBurst {
        /// Requests in the first millisecond.
        first: u32,
        /// Requests at `at_ms`.
        second: u32,
        /// When the second burst arrives.
        at_ms: u32,
    },
    /// S3 prefixes for read and write rates.
    S3Prefixes {
        /// GET requests per second.
        reads: u32,
        /// PUT requests per second.
        writes: u32,
    },
    /// Is this request allowed by these policies?
    IamDecision(Box<crate::core::iam::puzzle::Puzzle>),
    /// Which statement decides this request?
    IamDecidingStatement(Box<crate::core::iam::puzzle::Puzzle>),
}

/// One generated exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Instance {
    /// The question.
    pub prompt: Prompt,
    /// The right answer.
    pub expected: Expected,
    /// How the answer is worked out, one step a line (as data; the screen writes it in words).
    pub working: Vec<Said>,
}

/// Draws a new instance of `kind`.
pub fn generate(kind: GeneratorKind, rng: &mut impl Rng) -> Instance {
    match kind {
        GeneratorKind::DynamodbRead => dynamodb_read(rng),
        GeneratorKind::DynamodbWrite => dynamodb_write(rng),
        GeneratorKind::Ec2Generation => ec2_generation(rng),
        GeneratorKind::Ec2Letter => ec2_letter(rng),
        GeneratorKind::LambdaConcurrency => rates::lambda_concurrency(rng),
        GeneratorKind::LambdaStreamConcurrency => rates::lambda_stream(rng),
        GeneratorKind::KinesisShards => rates::kinesis_shards(rng),
        GeneratorKind::SqsFifoThroughput => rates::sqs_fifo(rng),
        GeneratorKind::ApigatewayTokenBucket => rates::apigateway_burst(rng),
        GeneratorKind::S3Prefixes => rates::s3_prefixes(rng),
        GeneratorKind::IamDecision => iam_decision(rng),
        GeneratorKind::IamDecidingStatement => iam_deciding(rng),
    }
}

/// The working of an IAM puzzle: the path, then every statement and how it met the request.
fn iam_working(p: &crate::core::iam::puzzle::Puzzle) -> Vec<Said> {
    use super::registry::IamSaid;
    let ev = &p.evaluation;
    ev.steps
        .iter()
        .map(|s| Said::Iam(IamSaid::Step(s.clone())))
        .chain(
            ev.types
                .iter()
                .flat_map(|t| &t.statements)
                .map(|s| Said::Iam(IamSaid::Statement(s.clone()))),
        )
        .collect()
}

fn iam_decision(rng: &mut impl Rng) -> Instance {
    let p = crate::core::iam::puzzle::draw(rng);
    Instance {
        expected: Expected::Decision(p.evaluation.decision),
        working: iam_working(&p),
        prompt: Prompt::IamDecision(Box::new(p)),
    }
}

fn iam_deciding(rng: &mut impl Rng) -> Instance {
    let p = crate::core::iam::puzzle::draw_deciding(rng);
    Instance {
        expected: p.deciding_sid().map_or(Expected::Refused, Expected::Text),
        working: iam_working(&p),
        prompt: Prompt::IamDecidingStatement(Box::new(p)),
    }
}

/// The decision a typed answer names: `allow`, `explicit deny`, `implicit deny`, their first
/// letter or `explicit`/`implicit`; `None` for anything else.
pub fn typed_decision(typed: &str) -> Option<crate::core::iam::Decision> {
    use crate::core::iam::Decision;
    let t = typed
        .trim()
        .trim_matches(['"', '\'', '`', '.'])
        .to_lowercase()
        .replace(['-', '_'], " ");
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    match t.as_str() {
        "allow" | "allowed" | "a" => Some(Decision::Allow),
        // words-ok: the answers a learner types, read not shown (two lines)
        "explicit deny" | "explicit" | "e" | "explicitly denied" => Some(Decision::ExplicitDeny), // words-ok: typed
        "implicit deny" | "implicit" | "i" | "implicitly denied" => Some(Decision::ImplicitDeny), // words-ok: typed
        _ => None,
    }
}

fn pick<T: Copy>(rng: &mut impl Rng, from: &[T]) -> T {
    from[rng.random_range(0..from.len())]
}

fn half_kb(rng: &mut impl Rng, max_halves: u32) -> String {
    let halves = rng.random_range(1..=max_halves);
    if halves % 2 == 0 {
        format!("{}KB", halves / 2)
    } else {
        format!("{}.5KB", halves / 2)
    }
}

/// The report of calculator `id` on `inputs`, or `None` when it refuses them.
fn calculate(id: &str, inputs: &[(&str, String)]) -> Option<Report> {
    let inputs: Inputs = inputs
        .iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    find(id)?.evaluate(&inputs).ok()
}

/// A report's headlines of the DynamoDB calculator.
fn headlines(report: &Report) -> impl Iterator<Item = &Headline> {
    report.summary.iter().filter_map(|s| match s {
        Said::Dynamodb(dynamodb::Said::Headline(h)) => Some(h),
        _ => None,
    })
}

fn dynamodb_read(rng: &mut impl Rng) -> Instance {
    let size = half_kb(rng, 80);
    let rate = rng.random_range(1..=50u32) * 10;
    let consistency = pick(rng, &["eventual", "strong", "transactional"]);
    let prompt = Prompt::DynamodbRead {
        size: size.clone(),
        rate,
        consistency: match consistency {
            "eventual" => dynamodb::Consistency::Eventual,
            "strong" => dynamodb::Consistency::Strong,
            _ => dynamodb::Consistency::Transactional,
        },
    };
    let report = calculate(
        "dynamodb",
        &[
            ("operation", "get-item".into()),
            ("items", size.clone()),
            ("reads", rate.to_string()),
            ("consistency", consistency.into()),
        ],
    );
    let rcu = report.as_ref().and_then(|r| {
        headlines(r).find_map(|h| match h {
            Headline::Reads(r) => r.capacity,
            _ => None,
        })
    });
    match (report, rcu) {
        (Some(report), Some(rcu)) => Instance {
            prompt,
            expected: Expected::Number {
                value: rcu as f64,
                unit: "RCU".into(),
            },
            working: report.steps,
        },
        _ => unreachable_instance(prompt),
    }
}

fn dynamodb_write(rng: &mut impl Rng) -> Instance {
    let size = half_kb(rng, 20);
    let rate = rng.random_range(1..=40u32) * 5;
    let prompt = Prompt::DynamodbWrite {
        size: size.clone(),
        rate,
    };
    let report = calculate(
        "dynamodb",
        &[
            ("operation", "put-item".into()),
            ("items", size.clone()),
            ("writes", rate.to_string()),
        ],
    );
    let wcu = report.as_ref().and_then(|r| {
        headlines(r).find_map(|h| match h {
            Headline::Writes(w) => w.capacity,
            _ => None,
        })
    });
    match (report, wcu) {
        (Some(report), Some(wcu)) => Instance {
            prompt,
            expected: Expected::Number {
                value: wcu as f64,
                unit: "WCU".into(),
            },
            working: report.steps,
        },
        _ => unreachable_instance(prompt),
    }
}

/// The calculator refused inputs the generator made: never expected (the ranges are valid), but an
/// exercise that says so is better than a panic.
fn unreachable_instance(prompt: Prompt) -> Instance {
    Instance {
        prompt,
        expected: Expected::Refused,
        working: vec![],
    }
}

/// The decoder's lines for a name: its status, then each piece.
fn decoding(name: &str) -> Vec<Said> {
    calculate("ec2", &[("name", name.to_string())])
        .map(|r| r.summary.into_iter().chain(r.steps).collect())
        .unwrap_or_default()
}

/// Real instance types that decode with no unknown piece.
fn clean_types() -> impl Iterator<Item = ec2::Decoded> {
    ec2::known_types()
        .iter()
        .filter_map(|n| ec2::decode(n).ok())
        .filter(|d| d.unknown.is_empty() && d.generation.is_some() && !d.legacy)
}

fn ec2_generation(rng: &mut impl Rng) -> Instance {
    let all: Vec<ec2::Decoded> = clean_types().collect();
    let d = &all[rng.random_range(0..all.len())];
    Instance {
        prompt: Prompt::Ec2Generation {
            name: d.name.clone(),
        },
        expected: Expected::Number {
            value: d.generation.unwrap_or(0) as f64,
            unit: "generation".into(),
        },
        working: decoding(&d.name),
    }
}

fn ec2_letter(rng: &mut impl Rng) -> Instance {
    // Names with an option letter whose meaning no other letter of the name shares.
    let candidates: Vec<(ec2::Decoded, String, String, Option<String>)> = clean_types()
        .filter_map(|d| {
            let letters: Vec<&ec2::Part> = d
                .capabilities
                .iter()
                .filter(|p| p.code.len() == 1 && p.meaning.is_some())
                .collect();
            let p = letters.first()?;
            let meaning = p.meaning.clone()?;
            let unique = letters
                .iter()
                .filter(|q| q.meaning.as_ref() == Some(&meaning))
                .count()
                == 1;
            unique.then(|| (d.clone(), p.code.clone(), meaning, p.meaning_ko.clone()))
        })
        .collect();
    let (d, code, meaning, meaning_ko) = &candidates[rng.random_range(0..candidates.len())];
    Instance {
        prompt: Prompt::Ec2Letter {
            name: d.name.clone(),
            meaning: meaning.trim_end_matches('.').to_string(),
            meaning_ko: meaning_ko
                .as_ref()
                .map(|m| m.trim_end_matches('.').to_string()),
        },
        expected: Expected::Text(code.clone()),
        working: decoding(&d.name),
    }
}

/// Why a typed answer to an exercise could not be checked. Its words are made by `study_text`
/// (its `Display`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CheckError {
    /// Nothing typed.
    Empty,
    /// A number that could not be read (the reason as data).
    Number(crate::core::drill::NumericError),
    /// Not one of the three IAM decisions.
    NotADecision,
}

impl std::error::Error for CheckError {}

impl From<crate::core::drill::NumericError> for CheckError {
    fn from(e: crate::core::drill::NumericError) -> Self {
        CheckError::Number(e)
    }
}

/// Whether a typed answer is right; numbers must be exact (in the unit, or in `ko_unit`, the
/// unit's Korean form as a card's `ko.unit` gives it), texts equal apart from case and spaces.
pub fn check(expected: &Expected, typed: &str, ko_unit: Option<&str>) -> Result<bool, CheckError> {
    match expected {
        Expected::Number { value, unit } => {
            let g = crate::core::drill::grade_numeric(typed, *value, unit, ko_unit, 0.0)?;
            Ok(g.correct)
        }
        Expected::Decision(d) => {
            if typed.trim().is_empty() {
                return Err(CheckError::Empty);
            }
            typed_decision(typed)
                .map(|t| t == *d)
                .ok_or(CheckError::NotADecision)
        }
        Expected::Text(t) => {
            let typed = typed.trim().trim_matches(['"', '\'', '`']).to_lowercase();
            if typed.is_empty() {
                return Err(CheckError::Empty);
            }
            Ok(typed == t.to_lowercase())
        }
        Expected::Refused => {
            let typed = typed.trim().trim_matches(['"', '\'', '`']);
            if typed.is_empty() {
                return Err(CheckError::Empty);
            }
            Ok(false)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::drill::fmt;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    #[test]
    fn every_kind_makes_answerable_exercises_checked_by_the_calculator() {
        let mut rng = StdRng::seed_from_u64(3);
        for (_, kind) in GeneratorKind::ALL {
            for _ in 0..50 {
                let i = generate(kind, &mut rng);
                assert!(!i.working.is_empty(), "{kind:?}: {:?}", i.prompt);
                let answer = match &i.expected {
                    Expected::Number { value, .. } => fmt(*value),
                    Expected::Text(t) => t.clone(),
                    Expected::Decision(d) => d.key().replace('-', " "),
                    Expected::Refused => panic!("{:?}", i.prompt),
                };
                assert_eq!(
                    check(&i.expected, &answer, None),
                    Ok(true),
                    "{:?}",
                    i.prompt
                );
                if !matches!(i.expected, Expected::Decision(_)) {
                    assert_eq!(
                        check(&i.expected, "999999", None),
                        Ok(false),
                        "{:?}",
                        i.prompt
                    );
                }
            }
        }
    }

    #[test]
    fn a_read_exercise_matches_the_rules() {
        let mut rng = StdRng::seed_from_u64(11);
        for _ in 0..200 {
            let i = dynamodb_read(&mut rng);
            // Recompute from the prompt: size, rate, consistency.
            let Prompt::DynamodbRead {
                size,
                rate,
                consistency,
            } = &i.prompt
            else {
                panic!("{:?}", i.prompt)
            };
            let kb: f64 = size.trim_end_matches("KB").parse().unwrap();
            let rate = f64::from(*rate);
            let units = (kb * 1024.0 / 4096.0).ceil();
            let per = match consistency {
                dynamodb::Consistency::Eventual => units / 2.0,
                dynamodb::Consistency::Transactional => units * 2.0,
                dynamodb::Consistency::Strong => units,
            };
            let Expected::Number { value, .. } = i.expected else {
                panic!()
            };
            assert_eq!(value, (per * rate).ceil(), "{:?}", i.prompt);
        }
    }

    /// Each new kind's answer, recomputed from its prompt by the documented rule.
    #[test]
    fn rate_exercises_match_the_rules() {
        let mut rng = StdRng::seed_from_u64(17);
        for _ in 0..100 {
            for (_, kind) in &GeneratorKind::ALL[4..10] {
                let i = generate(*kind, &mut rng);
                let Expected::Number { value, .. } = i.expected else {
                    panic!("{:?}", i.prompt)
                };
                let rule = match i.prompt {
                    Prompt::LambdaConcurrency { rps, duration_ms } => {
                        (u64::from(rps) * u64::from(duration_ms)).div_ceil(1000)
                    }
                    Prompt::LambdaStream { shards, factor, .. } => {
                        u64::from(shards) * u64::from(factor)
                    }
                    Prompt::KinesisShards {
                        write_mb,
                        records,
                        consumers,
                    } => u64::from(write_mb)
                        .max(u64::from(records).div_ceil(1000))
                        .max(u64::from(write_mb * consumers).div_ceil(2)),
                    Prompt::SqsFifo {
                        batch,
                        high_throughput,
                        ref region,
                    } => {
                        let tps = match (high_throughput, region.as_str()) {
                            (false, _) => 300,
                            (true, "us-east-1" | "eu-west-1") => 70_000,
                            (true, "us-east-2" | "eu-central-1") => 19_000,
                            (true, "ap-northeast-1") => 9_000,
                            (true, "eu-west-2") => 4_500,
                            (true, _) => 2_400,
                        };
                        tps * u64::from(batch)
                    }
                    Prompt::ApigatewayBurst {
                        first,
                        second,
                        at_ms,
                    } => {
                        let first_served = u64::from(first).min(5_000);
                        let tokens = (5_000 - first_served + 10 * u64::from(at_ms)).min(5_000);
                        first_served + u64::from(second).min(tokens)
                    }
                    Prompt::S3Prefixes { reads, writes } => u64::from(reads)
                        .div_ceil(5_500)
                        .max(u64::from(writes).div_ceil(3_500))
                        .max(1),
                    ref other => panic!("{other:?}"),
                };
                assert_eq!(value, rule as f64, "{:?}", i.prompt);
                assert!(!i.working.is_empty());
            }
        }
    }

    #[test]
    fn iam_answers_are_read_in_several_forms() {
        use crate::core::iam::Decision;
        let e = Expected::Decision(Decision::ExplicitDeny);
        for typed in [
            "explicit deny",
            "Explicit-Deny",
            " e ",
            "explicit",
            "EXPLICIT_DENY.",
        ] {
            assert_eq!(check(&e, typed, None), Ok(true), "{typed}");
        }
        assert_eq!(check(&e, "implicit deny", None), Ok(false));
        assert_eq!(check(&e, "allow", None), Ok(false));
        assert_eq!(check(&e, "deny", None), Err(CheckError::NotADecision));
        assert_eq!(check(&e, "  ", None), Err(CheckError::Empty));
        let mut rng = StdRng::seed_from_u64(4);
        let i = generate(GeneratorKind::IamDecidingStatement, &mut rng);
        let Expected::Text(sid) = &i.expected else {
            panic!("{:?}", i.expected)
        };
        assert_eq!(check(&i.expected, &sid.to_lowercase(), None), Ok(true));
    }

    #[test]
    fn the_same_seed_gives_the_same_exercise() {
        let a = generate(GeneratorKind::Ec2Letter, &mut StdRng::seed_from_u64(5));
        let b = generate(GeneratorKind::Ec2Letter, &mut StdRng::seed_from_u64(5));
        assert_eq!(a, b);
        assert_eq!(
            GeneratorKind::from_key("ec2-letter"),
            Some(GeneratorKind::Ec2Letter)
        );
        assert_eq!(GeneratorKind::Ec2Letter.key(), "ec2-letter");
    }
}

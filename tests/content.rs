//! The bundled packs as a whole: they lint clean (no errors, no warnings), every source is an https
//! page on AWS's documentation hosts, and they all satisfy the JSON Schema that editors use.

mod common;
use awsdrill::core::content::bundled::{BUNDLED, bundled_name};
use awsdrill::core::content::{Severity, check_set, parse_pack};

fn reports() -> Vec<awsdrill::core::content::load::PackReport> {
    let mut r: Vec<_> = BUNDLED
        .iter()
        .map(|(name, text)| parse_pack(&bundled_name(name), text.as_bytes()))
        .collect();
    check_set(&mut r);
    r
}

#[test]
fn bundled_packs_have_no_findings() {
    let findings: Vec<String> = reports()
        .iter()
        .flat_map(|r| {
            r.findings
                .iter()
                .map(|f| awsdrill::content_text::render(awsdrill::core::config::Lang::En, f))
        })
        .collect();
    assert!(findings.is_empty(), "{}", findings.join("\n"));
}

#[test]
fn lint_without_paths_checks_the_bundled_packs_and_passes() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::run(dir.path(), &["lint"]);
    let text = common::stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.ends_with(&format!(
            "checked {} pack file{}: 0 errors, 0 warnings\n",
            BUNDLED.len(),
            if BUNDLED.len() == 1 { "" } else { "s" }
        )),
        "{text}"
    );
}

#[test]
fn every_source_is_https_on_an_aws_documentation_host() {
    for r in reports() {
        let pack = r.pack.expect("pack loads");
        let sources = pack
            .cards
            .iter()
            .map(|c| (c.id.as_str(), c.source.as_str()))
            .chain(
                pack.questions
                    .iter()
                    .map(|q| (q.id.as_str(), q.source.as_str())),
            );
        for (id, url) in sources {
            let host = url
                .strip_prefix("https://")
                .and_then(|rest| rest.split('/').next())
                .unwrap_or("");
            assert!(
                host == "docs.aws.amazon.com" || host == "aws.amazon.com",
                "{id}: source {url} is not https on docs.aws.amazon.com or aws.amazon.com"
            );
        }
    }
    assert!(
        reports()
            .iter()
            .all(|r| r.findings.iter().all(|f| f.severity != Severity::Error)),
        "bundled packs have errors"
    );
}

fn to_json(v: &toml::Value) -> serde_json::Value {
    match v {
        toml::Value::String(s) => s.clone().into(),
        toml::Value::Integer(i) => (*i).into(),
        toml::Value::Float(f) => {
            serde_json::Number::from_f64(*f).map_or(serde_json::Value::Null, Into::into)
        }
        toml::Value::Boolean(b) => (*b).into(),
        toml::Value::Datetime(d) => d.to_string().into(),
        toml::Value::Array(a) => a.iter().map(to_json).collect(),
        toml::Value::Table(t) => t.iter().map(|(k, v)| (k.clone(), to_json(v))).collect(),
    }
}

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/pack.schema.json"
    ))
    .unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

#[test]
fn bundled_packs_and_the_good_fixture_satisfy_the_json_schema() {
    let validator = schema();
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/lint/good.toml"
    ))
    .unwrap();
    let mut files: Vec<(String, String)> = vec![("good.toml".into(), good)];
    files.extend(BUNDLED.iter().map(|(n, t)| (n.to_string(), t.to_string())));
    for (name, text) in files {
        let value = to_json(&toml::from_str(&text).unwrap());
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {}", errors.join("\n"));
    }
}

#[test]
fn the_json_schema_rejects_what_lint_rejects() {
    let validator = schema();
    for fixture in [
        "unknown-field",
        "missing-field",
        "wrong-type",
        "empty-text",
        "bad-source",
        "bad-domain",
        "no-explanation",
        "bad-kind",
        "bad-task",
        "choice-count",
        "schema-version",
        "bad-id",
        "cloze-no-deletion",
        "numeric-no-unit",
    ] {
        let path = format!(
            "{}/tests/fixtures/lint/{fixture}.toml",
            env!("CARGO_MANIFEST_DIR")
        );
        let value = to_json(&toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap());
        assert!(
            !validator.is_valid(&value),
            "the schema accepts {fixture}.toml"
        );
    }
}

/// The content issue's thresholds, computed from the bundled packs (the same numbers as
/// `awsdrill lint --stats --json`).
#[test]
fn bundled_content_meets_the_thresholds() {
    use awsdrill::core::content::stats::PackStats;
    use awsdrill::core::domain::Domain;
    let packs: Vec<_> = reports().into_iter().filter_map(|r| r.pack).collect();
    let ids: Vec<&str> = packs.iter().map(|p| p.id.as_str()).collect();
    for id in [
        "ec2",
        "iam",
        "s3",
        "dynamodb",
        "lambda",
        "messaging",
        "api-gateway",
        "step-functions",
        "cloudformation-sam",
        "cicd",
        "caching",
        "security",
        "containers",
        "observability",
    ] {
        assert!(ids.contains(&id), "pack {id} is missing");
    }
    let total = PackStats::total(&packs);
    assert!(total.cards >= 450, "{} cards", total.cards);
    assert!(total.questions >= 300, "{} questions", total.questions);
    for kind in ["basic", "cloze", "numeric"] {
        assert!(
            total.cards_by_kind.get(kind).copied().unwrap_or(0) > 0,
            "no {kind} cards"
        );
    }
    for d in Domain::ALL {
        let share = total.domain_percent(d);
        let want = f64::from(d.weight_percent());
        assert!(
            (share - want).abs() <= 3.0,
            "{d}: {share:.1} % against {want} %"
        );
    }
    assert!(total.multiple_response_percent() >= 20.0);
    assert_eq!(total.korean_percent(), 100.0, "every card has Korean text");
    // Single-answer questions: the correct answer sits at A, B, C and D about equally often.
    let mut at = [0usize; 4];
    for q in packs
        .iter()
        .flat_map(|p| &p.questions)
        .filter(|q| q.choose == 1)
    {
        let i = q.choices.iter().position(|c| c.correct).unwrap();
        assert!(i < 4, "{}: single-answer questions have 4 choices", q.id);
        at[i] += 1;
    }
    let mean = at.iter().sum::<usize>() as f64 / 4.0;
    for (i, n) in at.iter().enumerate() {
        assert!(
            (*n as f64 - mean).abs() <= mean * 0.15,
            "position {} holds {n} correct answers against a mean of {mean}",
            char::from(b'A' + i as u8)
        );
    }
    // Each question names its task statement, and none offers "all/none of the above".
    for q in packs.iter().flat_map(|p| &p.questions) {
        assert!(q.domain.task(&q.task).is_some(), "{}", q.id);
        for c in &q.choices {
            let t = c.text.to_lowercase();
            assert!(
                !t.contains("all of the above") && !t.contains("none of the above"),
                "{}",
                q.id
            );
            assert!(
                c.why.split_whitespace().count() >= 4,
                "{}: explanation too thin: {}",
                q.id,
                c.why
            );
        }
    }
    // Misconceptions from the study notes are taught as such.
    let misconceptions = packs
        .iter()
        .flat_map(|p| &p.cards)
        .filter(|c| c.tags.iter().any(|t| t == "misconception"))
        .count();
    assert!(misconceptions >= 12, "{misconceptions} misconception cards");
}

/// The question bank measures knowledge: surface heuristics answer it near chance (issue 14).
/// The same figures are printed by `awsdrill lint --stats`.
#[test]
fn no_blind_guesser_can_pass_the_question_bank() {
    use awsdrill::core::exam::blueprint::dva_c02;
    use awsdrill::core::exam::guess::{Guessability, full_exam_score};
    let packs: Vec<_> = reports().into_iter().filter_map(|r| r.pack).collect();
    let pool: Vec<&awsdrill::core::content::Question> =
        packs.iter().flat_map(|p| &p.questions).collect();
    let g = Guessability::of(pool.iter().copied());
    // The Korean translation keeps the lengths as balanced as the English (issue 16).
    let korean: Vec<awsdrill::core::content::Question> = pool
        .iter()
        .map(|q| q.in_lang(awsdrill::core::config::Lang::Ko))
        .collect();
    let k = Guessability::of(korean.iter());
    for (what, share) in [
        ("longest", g.key_longest_percent()),
        ("shortest", g.key_shortest_percent()),
        ("longest (in Korean)", k.key_longest_percent()),
        ("shortest (in Korean)", k.key_shortest_percent()),
    ] {
        assert!(
            (17.0..=32.0).contains(&share),
            "the key is the {what} choice in {share:.1} % of single-answer questions (17-32 % wanted)"
        );
    }
    for (h, score) in &g.heuristics {
        assert!(
            *score <= 1.3 * g.chance,
            "{}: {:.1} % right, {:.2} x chance ({:.1} %)",
            h.key(),
            score * 100.0,
            score / g.chance,
            g.chance * 100.0
        );
    }
    let (best, _) = g.best().unwrap();
    let exam = full_exam_score(&pool, &dva_c02(), best, 50);
    assert!(
        exam <= 0.30,
        "full exams answered by {} alone average {:.1} %",
        best.key(),
        exam * 100.0
    );
}

/// Ten full mock exams without a repeat, every task statement covered, the blueprint's mix.
#[test]
fn the_question_bank_is_large_and_covers_the_exam_guide() {
    use awsdrill::core::content::stats::{MIN_QUESTIONS_PER_TASK, PackStats};
    use awsdrill::core::domain::Domain;
    let packs: Vec<_> = reports().into_iter().filter_map(|r| r.pack).collect();
    let total = PackStats::total(&packs);
    assert!(total.questions >= 650, "{} questions", total.questions);
    assert!(
        total.thin_tasks(MIN_QUESTIONS_PER_TASK).is_empty(),
        "{:?}",
        total.thin_tasks(MIN_QUESTIONS_PER_TASK)
    );
    for d in Domain::ALL {
        let share = total.domain_percent(d);
        let want = f64::from(d.weight_percent());
        assert!(
            (share - want).abs() <= 2.0,
            "{d}: {share:.1} % against {want} %"
        );
    }
    let multi = total.multiple_response_percent();
    assert!(
        (20.0..=30.0).contains(&multi),
        "{multi:.1} % multiple response"
    );
    // Every card and every question can be studied in Korean (issue 16).
    assert_eq!(
        total.questions_with_korean, total.questions,
        "questions with Korean"
    );
    assert_eq!(total.cards_with_korean, total.cards, "cards with Korean");
    for q in packs.iter().flat_map(|p| &p.questions) {
        assert!(q.difficulty.is_some(), "{}: no difficulty", q.id);
        assert!(!q.cards.is_empty(), "{}: linked to no card", q.id);
        assert!(
            q.source.starts_with("https://docs.aws.amazon.com/")
                && !q.source.contains("/sdk-for-kotlin/"),
            "{}: source {} is not a canonical AWS documentation page",
            q.id,
            q.source
        );
    }
    // A full exam is mostly questions that apply or analyse: the bank can supply the mix.
    let by = |k: &str| total.questions_by_difficulty.get(k).copied().unwrap_or(0);
    let hard = (by("apply") + by("analyse")) as f64 * 100.0 / total.questions as f64;
    assert!(hard >= 80.0, "{hard:.0} % of questions apply or analyse");
}

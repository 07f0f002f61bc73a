//! `awsdrill lint`'s near duplicates on a generated set of 20,000 cards and 200 questions in two
//! packs, with planted duplicates within a pack and across the two: every planted pair is reported,
//! in the right file, and nothing else.

mod common;
use std::collections::BTreeSet;
use std::fmt::Write as _;

const WORDS: &[&str] = &[
    "lambda",
    "function",
    "bucket",
    "object",
    "queue",
    "message",
    "stream",
    "shard",
    "table",
    "partition",
    "index",
    "capacity",
    "read",
    "write",
    "cache",
    "cluster",
    "role",
    "policy",
    "token",
    "secret",
    "key",
    "alias",
    "version",
    "layer",
    "deployment",
    "stage",
    "api",
    "gateway",
    "route",
    "event",
    "rule",
    "target",
    "topic",
    "subscriber",
    "retry",
    "timeout",
    "memory",
    "limit",
    "quota",
    "region",
    "zone",
    "replica",
    "snapshot",
    "backup",
    "metric",
    "alarm",
    "log",
    "trace",
    "segment",
    "container",
    "task",
    "service",
    "image",
    "registry",
    "pipeline",
    "build",
    "artifact",
    "template",
    "stack",
    "parameter",
];

/// A sentence of twelve words drawn by a small deterministic generator (xorshift).
fn sentence(state: &mut u64) -> String {
    let words: Vec<&str> = (0..12)
        .map(|_| {
            *state ^= *state << 13;
            *state ^= *state >> 7;
            *state ^= *state << 17;
            WORDS[(*state % WORDS.len() as u64) as usize]
        })
        .collect();
    let mut s = words.join(" ");
    s[..1].make_ascii_uppercase();
    s.push('?');
    s
}

/// A pack of `cards` cards and `questions` questions; `front` and `stem` may replace a text.
fn pack(
    id: &str,
    cards: usize,
    questions: usize,
    seed: u64,
    front: impl Fn(usize, &str) -> Option<String>,
    stem: impl Fn(usize, &str) -> Option<String>,
) -> (String, Vec<String>, Vec<String>) {
    let mut state = seed;
    let mut out = format!(
        "[pack]\nid = \"{id}\"\ntitle = \"Generated\"\nservices = [\"Lambda\"]\nschema = 1\nchecked = 2026-11-24\n"
    );
    let (mut fronts, mut stems) = (Vec::new(), Vec::new());
    for i in 0..cards {
        let s = sentence(&mut state);
        let s = front(i, &s).unwrap_or(s);
        let _ = write!(
            out,
            "\n[[card]]\nid = \"c{i}\"\nkind = \"basic\"\nfront = \"{s}\"\nback = \"Answer.\"\nsource = \"https://docs.aws.amazon.com/x.html\"\n"
        );
        fronts.push(s);
    }
    for i in 0..questions {
        let s = sentence(&mut state) + " " + &sentence(&mut state);
        let s = stem(i, &s).unwrap_or(s);
        let _ = write!(
            out,
            "\n[[question]]\nid = \"q{i}\"\ndomain = \"development\"\ntask = \"1.1\"\nservice = \"Lambda\"\nstem = \"{s}\"\nsource = \"https://docs.aws.amazon.com/x.html\"\n"
        );
        for (c, text) in ["One.", "Two.", "Three.", "Four."].iter().enumerate() {
            let _ = write!(
                out,
                "\n[[question.choice]]\ntext = \"{text}\"\ncorrect = {}\nwhy = \"Because.\"\n",
                c == 0
            );
        }
        stems.push(s);
    }
    (out, fronts, stems)
}

/// Changes one letter in the middle of a text.
fn one_letter(s: &str) -> String {
    let mid = s.len() / 2;
    let c = if &s[mid..mid + 1] == "x" { "y" } else { "x" };
    format!("{}{c}{}", &s[..mid], &s[mid + 1..])
}

#[test]
fn every_planted_near_duplicate_is_found_and_nothing_else() {
    // Pack a: card c9000 repeats c100 in capitals; question q70 repeats q3 with one letter changed.
    let (_, a_fronts, a_stems) = pack("gen-a", 10_000, 100, 1, |_, _| None, |_, _| None);
    let (a, _, _) = pack(
        "gen-a",
        10_000,
        100,
        1,
        |i, _| (i == 9000).then(|| a_fronts[100].to_uppercase()),
        |i, _| (i == 70).then(|| one_letter(&a_stems[3])),
    );
    // Pack b: c7000 is c50 with one letter changed (within); c300 is a's c200 and c9999 is a's
    // c5000 with a word added (across); q20 is a's q10 (across).
    let (_, b_fronts, _) = pack("gen-b", 10_000, 100, 2, |_, _| None, |_, _| None);
    let (b, _, _) = pack(
        "gen-b",
        10_000,
        100,
        2,
        |i, _| match i {
            7000 => Some(one_letter(&b_fronts[50])),
            300 => Some(a_fronts[200].clone()),
            9999 => Some(format!("{} now", a_fronts[5000])),
            _ => None,
        },
        |i, _| (i == 20).then(|| a_stems[10].clone()),
    );
    let dir = tempfile::tempdir().unwrap();
    let (pa, pb) = (dir.path().join("a.toml"), dir.path().join("b.toml"));
    std::fs::write(&pa, a).unwrap();
    std::fs::write(&pb, b).unwrap();
    let out = common::run(
        dir.path(),
        &["lint", "--json", pa.to_str().unwrap(), pb.to_str().unwrap()],
    );
    let text = common::stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let ids = |message: &str| -> (String, String) {
        let parts: Vec<&str> = message.split('`').collect();
        (parts[1].to_string(), parts[3].to_string())
    };
    let found: BTreeSet<(String, String, String)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "near-duplicate")
        .map(|f| {
            let file = f["file"].as_str().unwrap();
            let name = file.rsplit('/').next().unwrap().to_string();
            let (later, earlier) = ids(f["message"].as_str().unwrap());
            (name, later, earlier)
        })
        .collect();
    let want: BTreeSet<(String, String, String)> = [
        ("a.toml", "gen-a/c9000", "gen-a/c100"),
        ("a.toml", "gen-a/q70", "gen-a/q3"),
        ("b.toml", "gen-b/c7000", "gen-b/c50"),
        ("b.toml", "gen-b/c300", "gen-a/c200"),
        ("b.toml", "gen-b/c9999", "gen-a/c5000"),
        ("b.toml", "gen-b/q20", "gen-a/q10"),
    ]
    .iter()
    .map(|(f, l, e)| (f.to_string(), l.to_string(), e.to_string()))
    .collect();
    assert_eq!(found, want);
    // A warning across packs names both files with their lines.
    let across = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains("`gen-b/q20`"))
        .unwrap();
    let message = across["message"].as_str().unwrap();
    assert!(
        message.contains("b.toml:") && message.contains("a.toml:"),
        "{message}"
    );
    assert!(message.contains("of another pack"), "{message}");
}

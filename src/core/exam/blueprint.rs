//! Exam blueprints: the shape of an exam (questions, time, domain weights, scoring) as data.

use crate::core::content::kind::{FindingKind as K, Item, Weights};
use crate::core::content::reader::{Ctx, Table};
use crate::core::content::{Difficulty, Finding};
use crate::core::domain::Domain;

/// The bundled blueprints (every `content/exams/*.toml`): (file name, TOML text).
pub static BUNDLED: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/bundled_exams.rs"));

/// An exam's shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Blueprint {
    /// Id, for example `dva-c02`.
    pub id: String,
    /// Title.
    pub title: String,
    /// Questions in a full exam.
    pub questions: usize,
    /// Of which unscored on the real exam.
    pub unscored: usize,
    /// Time limit in minutes.
    pub minutes: u32,
    /// Lowest scaled score.
    pub min_score: u32,
    /// Highest scaled score.
    pub max_score: u32,
    /// Passing scaled score.
    pub passing_score: u32,
    /// The exam guide's URL.
    pub source: String,
    /// Domains with their weights in percent, in file order.
    pub domains: Vec<(Domain, u32)>,
    /// The difficulty mix of a full exam in percent, easiest first (empty: no mix asked for).
    pub difficulty: Vec<(Difficulty, u32)>,
}

const EXAM_KEYS: &[&str] = &[
    "id",
    "title",
    "questions",
    "unscored",
    "minutes",
    "min_score",
    "max_score",
    "passing_score",
    "source",
];

/// Reads a blueprint file; every problem is a located finding.
pub fn parse_blueprint(file: &str, src: &str) -> Result<Blueprint, Vec<Finding>> {
    let doc = toml::de::DeTable::parse(src).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        vec![Finding::error(
            "toml-syntax",
            file,
            src,
            span,
            K::TomlSyntax(e.message().trim_end().to_string()),
        )]
    })?;
    let mut ctx = Ctx {
        file,
        src,
        findings: Vec::new(),
    };
    let top = Table::new(
        doc.get_ref(),
        doc.span(),
        Item::Blueprint,
        &["exam", "domain", "difficulty"],
    );
    let mut bp = Blueprint {
        id: String::new(),
        title: String::new(),
        questions: 0,
        unscored: 0,
        minutes: 0,
        min_score: 0,
        max_score: 0,
        passing_score: 0,
        source: String::new(),
        domains: Vec::new(),
        difficulty: Vec::new(),
    };
    match top.table(&mut ctx, "exam") {
        None => top.missing(&mut ctx, "exam"),
        Some((t, span)) => {
            let e = Table::new(t, span, Item::ExamTable, EXAM_KEYS);
            bp.id = e
                .text(&mut ctx, "id", true)
                .map(|v| v.0)
                .unwrap_or_default();
            bp.title = e
                .text(&mut ctx, "title", true)
                .map(|v| v.0)
                .unwrap_or_default();
            bp.source = e
                .text(&mut ctx, "source", true)
                .map(|v| v.0)
                .unwrap_or_default();
            let mut num = |key: &str, lo: i64, hi: i64| -> i64 {
                match e.integer(&mut ctx, key, true) {
                    Some((v, span)) if !(lo..=hi).contains(&v) => {
                        let key = key.to_string();
                        let kind = K::OutOfRange {
                            key,
                            value: v,
                            lo,
                            hi,
                        };
                        ctx.error("out-of-range", span, kind);
                        0
                    }
                    Some((v, _)) => v,
                    None => 0,
                }
            };
            bp.questions = num("questions", 1, 500) as usize;
            bp.unscored = num("unscored", 0, 500) as usize;
            bp.minutes = num("minutes", 1, 1000) as u32;
            bp.min_score = num("min_score", 0, 10_000) as u32;
            bp.max_score = num("max_score", 1, 10_000) as u32;
            bp.passing_score = num("passing_score", 0, 10_000) as u32;
            e.finish(&mut ctx);
        }
    }
    for (t, span) in top.tables(&mut ctx, "domain") {
        let d = Table::new(t, span, Item::BlueprintDomain, &["key", "weight"]);
        let key = d.text(&mut ctx, "key", true);
        let weight = d.integer(&mut ctx, "weight", true);
        if let (Some((k, kspan)), Some((w, _))) = (key, weight) {
            match Domain::from_key(&k) {
                Some(dom) => bp.domains.push((dom, w.clamp(0, 100) as u32)),
                None => ctx.error("bad-domain", kspan, K::BlueprintDomain { domain: k }),
            }
        }
        d.finish(&mut ctx);
    }
    if let Some((t, span)) = top.table(&mut ctx, "difficulty") {
        let d = Table::new(
            t,
            span,
            Item::DifficultyTable,
            &["recall", "apply", "analyse"],
        );
        for level in Difficulty::ALL {
            match d.integer(&mut ctx, level.key(), true) {
                Some((w, wspan)) if !(0..=100).contains(&w) => ctx.error(
                    "out-of-range",
                    wspan,
                    K::OutOfRange {
                        key: level.key().to_string(),
                        value: w,
                        lo: 0,
                        hi: 100,
                    },
                ),
                Some((w, _)) => bp.difficulty.push((level, w as u32)),
                None => {}
            }
        }
        let sum: u32 = bp.difficulty.iter().map(|d| d.1).sum();
        if bp.difficulty.len() == Difficulty::ALL.len() && sum != 100 {
            ctx.error(
                "bad-weights",
                d.head(),
                K::BadWeights {
                    of: Weights::Difficulty,
                    sum,
                },
            );
        }
        d.finish(&mut ctx);
    }
    let sum: u32 = bp.domains.iter().map(|d| d.1).sum();
    if !bp.domains.is_empty() && sum != 100 {
        ctx.error(
            "bad-weights",
            0..0,
            K::BadWeights {
                of: Weights::Domains,
                sum,
            },
        );
    }
    top.finish(&mut ctx);
    if ctx.findings.is_empty() {
        Ok(bp)
    } else {
        Err(ctx.findings)
    }
}

/// Every bundled blueprint that reads without errors.
pub fn bundled() -> Vec<Blueprint> {
    BUNDLED
        .iter()
        .filter_map(|(name, text)| parse_blueprint(name, text).ok())
        .collect()
}

/// The bundled blueprint with this id.
pub fn by_id(id: &str) -> Option<Blueprint> {
    bundled().into_iter().find(|b| b.id == id)
}

/// The bundled DVA-C02 blueprint.
pub fn dva_c02() -> Blueprint {
    bundled()
        .into_iter()
        .find(|b| b.id == "dva-c02")
        .expect("content/exams/dva-c02.toml is bundled and valid (tested)")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_blueprint_matches_the_exam_guide() {
        let b = dva_c02();
        assert_eq!((b.questions, b.unscored, b.minutes), (65, 15, 130));
        assert_eq!(
            (b.min_score, b.max_score, b.passing_score),
            (100, 1000, 720)
        );
        let weights: Vec<u32> = b.domains.iter().map(|d| d.1).collect();
        assert_eq!(weights, vec![32, 26, 24, 18]);
        for (d, w) in &b.domains {
            assert_eq!(*w, u32::from(d.weight_percent()));
        }
    }

    #[test]
    fn every_bundled_blueprint_is_valid() {
        for (name, text) in BUNDLED {
            assert!(parse_blueprint(name, text).is_ok(), "{name}");
        }
        assert!(!BUNDLED.is_empty());
    }

    #[test]
    fn bad_blueprints_are_located_errors() {
        let src = "[exam]\nid = \"x\"\ntitle = \"X\"\nquestions = 0\nunscored = 0\nminutes = 10\nmin_score = 1\nmax_score = 2\npassing_score = 1\nsource = \"https://aws.amazon.com/\"\n[[domain]]\nkey = \"networking\"\nweight = 100\n";
        let errs = parse_blueprint("b.toml", src).unwrap_err();
        let locs: Vec<_> = errs.iter().map(|f| (f.code, f.location())).collect();
        assert!(
            locs.contains(&("out-of-range", "b.toml:4:13".to_string())),
            "{locs:?}"
        );
        assert!(
            locs.contains(&("bad-domain", "b.toml:12:7".to_string())),
            "{locs:?}"
        );
    }
}

//! The house rules of ARCHITECTURE.md that a compiler does not check: every top-level module uses
//! only modules on a lower floor, so there is no import cycle; `core` touches no clock, disk or
//! terminal.

use std::collections::BTreeMap;
use std::path::Path;

/// The floors, lowest first. A module may use the modules of the floors below its own.
const FLOORS: &[&[&str]] = &[
    &["core", "clock", "display", "paths"],
    &["i18n"],
    &[
        "store",
        "pack_cache",
        "exit",
        "calc_text",
        "content_text",
        "study_text",
    ],
    &["packs", "backup", "config_file", "iam_files", "interchange"],
    &["exam_run"],
    &["study"],
    &["context", "stats_report"],
    &["cli", "tui"],
];

fn floor_of(module: &str) -> Option<usize> {
    FLOORS.iter().position(|f| f.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Top-level module -> (used module -> a file that uses it).
fn uses() -> BTreeMap<String, BTreeMap<String, String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for file in files {
        let rel = file.strip_prefix(&src).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        if top == "lib" || top == "main" {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("crate::") {
            let name: String = text[i + 7..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if name != top && floor_of(&name).is_some() {
                out.entry(top.clone())
                    .or_default()
                    .entry(name)
                    .or_insert_with(|| rel.display().to_string());
            }
        }
    }
    out
}

#[test]
fn every_module_has_a_floor() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(src).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        let module = name.trim_end_matches(".rs");
        if module == "lib" || module == "main" {
            continue;
        }
        assert!(
            floor_of(module).is_some(),
            "src/{name} is on no floor of tests/architecture.rs: add it where it belongs"
        );
    }
}

#[test]
fn modules_use_only_the_floors_below_them() {
    let mut wrong = Vec::new();
    for (module, used) in uses() {
        let Some(mine) = floor_of(&module) else {
            continue;
        };
        for (other, file) in used {
            let theirs = floor_of(&other).unwrap();
            if theirs >= mine {
                wrong.push(format!(
                    "{module} (floor {mine}) uses {other} (floor {theirs}) in src/{file}"
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_core_reads_no_clock_disk_or_terminal() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    rust_files(&core, &mut files);
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for banned in [
            "SystemTime::now",
            "Local::now",
            "Utc::now",
            "std::fs::",
            "crossterm",
            "rusqlite",
        ] {
            assert!(!text.contains(banned), "{} uses {banned}", file.display());
        }
    }
}

/// `core` returns data, not English (issue 23): outside tests, no string literal in `core` reads
/// like words (two or more). The exceptions are reference data, named here with why.
#[test]
fn the_core_builds_no_english_sentences() {
    // Files whose multi-word literals are names from a reference, not words of this program.
    const DATA: &[(&str, &str)] = &[
        (
            "domain.rs",
            "the exam guide's domain and task statement titles",
        ),
        ("content/diag.rs", "Unicode's names of invisible characters"),
        (
            "calc/ec2/rules.rs",
            "the EC2 guide's names of instance families",
        ),
        (
            "calc/ec2/hardware.rs",
            "the EC2 guide's words in its spec tables (Low to Moderate, EBS only), read not shown",
        ),
        (
            "exam/blueprint.rs",
            "an `expect` on the bundled blueprint, tested",
        ),
    ];
    let core = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let mut files = Vec::new();
    rust_files(&core, &mut files);
    let mut found = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(&core)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if rel.ends_with("tests.rs")
            || rel.contains("/tests/")
            || DATA.iter().any(|(f, _)| *f == rel)
        {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in code.lines().enumerate() {
            // Comments, char literals of a quote, `expect` messages (invariants, never shown),
            // and lines marked `words-ok:` with why (words read from input, unit names as data).
            if line.trim_start().starts_with("//")
                || line.contains("// words-ok:")
                || line.contains("'\"'")
                || line.contains(".expect(")
            {
                continue;
            }
            for literal in line.split('"').skip(1).step_by(2) {
                // Placeholders and escapes are not words: `{} {unit} = {}` is a formula.
                let mut bare = String::new();
                let mut depth = 0;
                for c in literal.replace("\\n", " ").chars() {
                    match c {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        c if depth == 0 => bare.push(c),
                        _ => {}
                    }
                }
                let words = bare
                    .split(' ')
                    .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                    .count();
                if words >= 2 && bare.chars().any(|c| c.is_ascii_lowercase()) {
                    found.push(format!("src/core/{rel}:{}: \"{literal}\"", n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "English built in core (make it data and write the words at the edge):\n{}",
        found.join("\n")
    );
}

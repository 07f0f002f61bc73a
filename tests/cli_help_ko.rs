//! The command line's help and parse errors in the UI language, through the binary: Korean with
//! `--lang ko`, with the settings' `language` or with a Korean locale; English as clap writes it.

use std::path::Path;
use std::process::{Command, Output};

/// Runs awsdrill with `args` and the locale `lang` (`LANG`), isolated from the user's files.
fn run_in(data_dir: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_awsdrill"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("AWSDRILL_DATA_DIR", data_dir)
        .env_remove("AWSDRILL_CONFIG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .expect("run awsdrill")
}

fn run(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), "C", args)
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn top_level_help_is_korean_with_lang_ko() {
    let o = run(&["--lang", "ko", "--help"]);
    assert_eq!(o.status.code(), Some(0));
    let text = out(&o);
    for line in [
        "사용법: awsdrill [옵션] [명령]",
        "명령:",
        "옵션:",
        "  exam         모의고사: 시작, 출제 미리 보기, 지난 응시 목록, 결과 보고서",
        "  help         이 도움말이나 지정한 하위 명령의 도움말을 출력합니다",
        "      --lang <LANG>     카드와 문제를 이 언어로 보여 줍니다",
        "  -h, --help            도움말을 출력합니다",
        "  -V, --version         버전을 출력합니다",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    for english in ["Usage:", "Options:", "Commands:", "Print help", "[OPTIONS]"] {
        assert!(!text.contains(english), "{english} in\n{text}");
    }
}

#[test]
fn nested_help_is_korean_with_defaults_and_values() {
    let text = out(&run(&["--lang=ko", "exam", "start", "--help"]));
    for line in [
        "새 시험을 시작한 상태로 앱을 엽니다",
        "사용법: awsdrill exam start [옵션]",
        "      --mode <MODE>",
        "          가능한 값:",
        "          - quick:    10문제, 시간 제한 없음",
        "          [기본값: full]",
        "          도움말을 출력합니다('-h'로 요약 보기)",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    let short = out(&run(&["exam", "start", "-h", "--lang", "ko"]));
    assert!(
        short.contains("[기본값: full] [가능한 값: full, quick, practice, weak]"),
        "{short}"
    );
    assert!(short.contains("[기본값: 20]"), "{short}");
    // A positional argument, the closing examples, the help subcommand.
    let restore = out(&run(&["--lang", "ko", "restore", "-h"]));
    assert!(restore.contains("인수:\n  <FILE>  백업 파일"), "{restore}");
    let dynamo = out(&run(&["--lang", "ko", "calc", "dynamodb", "--help"]));
    assert!(
        dynamo.contains("\n예:\n  awsdrill calc dynamodb"),
        "{dynamo}"
    );
    assert!(dynamo.contains("종료 상태: 0 완료"), "{dynamo}");
    let via_help = out(&run(&["--lang", "ko", "help", "exam"]));
    assert!(
        via_help.contains("사용법: awsdrill exam [옵션] <명령>"),
        "{via_help}"
    );
    assert!(via_help.contains("  start    새 시험을"), "{via_help}");
}

#[test]
fn a_korean_locale_or_setting_gives_korean_help_without_lang() {
    let dir = tempfile::tempdir().unwrap();
    let text = out(&run_in(dir.path(), "ko_KR.UTF-8", &["--help"]));
    assert!(text.contains("사용법: awsdrill [옵션] [명령]"), "{text}");
    // `--lang en` wins over the locale.
    let en = out(&run_in(
        dir.path(),
        "ko_KR.UTF-8",
        &["--lang", "en", "--help"],
    ));
    assert!(en.contains("Usage: awsdrill [OPTIONS] [COMMAND]"), "{en}");
    // The settings' language, read from --config.
    let config = dir.path().join("settings.toml");
    std::fs::write(&config, "language = \"ko\"\n").unwrap();
    let config = config.to_str().unwrap();
    let text = out(&run_in(dir.path(), "C", &["--config", config, "due", "-h"]));
    assert!(text.contains("사용법: awsdrill due [옵션]"), "{text}");
}

#[test]
fn an_unknown_flag_is_a_korean_error_with_exit_status_2() {
    let o = run(&["--lang", "ko", "optimize", "--forse"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(out(&o).is_empty());
    assert_eq!(
        err(&o),
        "오류: 알 수 없는 인수입니다: '--forse'\n\n  참고: 비슷한 인수가 있습니다: '--force'\n\n\
         사용법: awsdrill optimize [옵션]\n\n자세한 내용은 '--help'를 사용하십시오.\n"
    );
    let sub = run(&["--lang", "ko", "exma"]);
    assert_eq!(sub.status.code(), Some(2));
    assert!(
        err(&sub).contains(
            "알 수 없는 하위 명령입니다: 'exma'\n\n  참고: 비슷한 하위 명령이 있습니다: 'exam'"
        ),
        "{}",
        err(&sub)
    );
}

#[test]
fn a_bad_lang_is_said_in_the_language_of_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let o = run_in(dir.path(), "ko_KR.UTF-8", &["--lang", "xx", "due"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).starts_with(
            "오류: '--lang <LANG>'의 값 'xx'이(가) 올바르지 않습니다: `xx`은(는) awsdrill의 언어가 아닙니다"
        ),
        "{}",
        err(&o)
    );
    // In English, as before.
    let o = run_in(dir.path(), "C", &["--lang", "xx", "due"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).starts_with(
            "error: invalid value 'xx' for '--lang <LANG>': `xx` is not a language awsdrill has: give auto, en or ko"
        ),
        "{}",
        err(&o)
    );
}

#[test]
fn missing_and_invalid_values_are_korean_errors() {
    let o = run(&["--lang", "ko", "restore"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).starts_with(
            "오류: 다음 필수 인수가 없습니다:\n  <FILE>\n\n사용법: awsdrill restore [옵션] <FILE>"
        ),
        "{}",
        err(&o)
    );
    let o = run(&["--lang", "ko", "exam", "start", "--count", "501"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("'--count <COUNT>'의 값 '501'이(가) 올바르지 않습니다: 501은(는) 1~500 범위에 있지 않습니다"),
        "{}",
        err(&o)
    );
    let o = run(&["--lang", "ko", "exam", "start", "--mode", "fast"]);
    assert!(
        err(&o).contains("[가능한 값: full, quick, practice, weak]"),
        "{}",
        err(&o)
    );
    let o = run(&["--lang", "ko", "optimize", "--force", "--dry-run"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(err(&o).contains("함께 쓸 수 없습니다"), "{}", err(&o));
    let o = run(&["--lang", "ko", "calc", "dynamodb", "--reads"]);
    assert!(
        err(&o).contains("'--reads <N>'에 값이 필요하지만 주어지지 않았습니다"),
        "{}",
        err(&o)
    );
}

#[test]
fn english_help_and_errors_stay_as_clap_writes_them() {
    let text = out(&run(&["--help"]));
    for line in [
        "A terminal study and exam trainer for the AWS Certified Developer - Associate exam (DVA-C02)",
        "Usage: awsdrill [OPTIONS] [COMMAND]",
        "  due          Show the cards due now and later today, per pack and in total",
        "  help         Print this message or the help of the given subcommand(s)",
        "  -h, --help            Print help",
    ] {
        assert!(text.contains(line), "missing {line:?} in\n{text}");
    }
    let start = out(&run(&["exam", "start", "-h"]));
    assert!(
        start.contains("      --mode <MODE>        full (65 questions, 130 minutes), quick (10, untimed) or practice (answers after each) [default: full] [possible values: full, quick, practice, weak]"),
        "{start}"
    );
    assert!(
        start.contains("  -h, --help               Print help (see more with '--help')"),
        "{start}"
    );
    let o = run(&["optimize", "--forse"]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        err(&o),
        "error: unexpected argument '--forse' found\n\n  tip: a similar argument exists: '--force'\n\n\
         Usage: awsdrill optimize --force\n\nFor more information, try '--help'.\n"
    );
}

/// The words with Latin letters a Korean help may keep: format, file and AWS names, values typed
/// on the command line, environment variables.
const KEPT: &[&str] = &[
    // AWS, service, feature and API names; the exam's name; Anki's note types; the Browse screen.
    "Certified",
    "Developer",
    "Associate",
    "DynamoDB",
    "Lambda",
    "Kinesis",
    "Allow",
    "Deny",
    "Principal",
    "PutItem",
    "UpdateItem",
    "Query",
    "Scan",
    "RCPFullAWSAccess",
    "Anki",
    "Basic",
    "Cloze",
    "Browse",
    "leech",
    // Units.
    "KiB",
    "MiB",
    "GiB",
    "vCPUs",
    "COUNTxSIZE",
    // Values typed on the command line: languages, modes, domains, shells, operations, the
    // decoder's requirement words, the calculators' options, CSV columns, search prefixes.
    "auto",
    "en",
    "ko",
    "both",
    "full",
    "quick",
    "practice",
    "weak",
    "development",
    "security",
    "deployment",
    "troubleshooting",
    "bash",
    "zsh",
    "fish",
    "elvish",
    "powershell",
    "eventual",
    "strong",
    "transactional",
    "identity",
    "get-item",
    "put-item",
    "update-item",
    "delete-item",
    "batch-get-item",
    "batch-write-item",
    "query",
    "scan",
    "transact-get-items",
    "transact-write-items",
    "general",
    "compute",
    "memory",
    "storage",
    "accelerated",
    "hpc",
    "amd",
    "graviton",
    "intel",
    "nvme",
    "network",
    "ebs",
    "extra",
    "high",
    "frequency",
    "qualcomm",
    "flex",
    "gpu",
    "inferentia",
    "trainium",
    "fpga",
    "arm",
    "at",
    "least",
    "apigateway",
    "sqs-fifo",
    "sqs",
    "sync",
    "dynamodb-streams",
    "provisioned",
    "on-demand",
    "true",
    "id",
    "kind",
    "front",
    "back",
    "note",
    "tags",
    "source",
    "domain",
    "group",
    "pack",
    "state",
    "service",
    "tag",
    "language",
    // The program, file extensions, a URL scheme.
    "awsdrill",
    "apkg",
    "colpkg",
    "https",
];

#[test]
fn korean_help_keeps_no_english_word() {
    use awsdrill::core::config::Lang;
    // Every command of the tree (clap's help subcommand copies excepted), -h and --help.
    fn paths(cmd: &clap::Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for s in cmd.get_subcommands() {
            path.push(s.get_name().to_string());
            paths(s, path, out);
            path.pop();
        }
    }
    let cmd = awsdrill::cli::help::command(Lang::En);
    let mut all = Vec::new();
    paths(&cmd, &mut Vec::new(), &mut all);
    // Command names, and clap's `help` subcommand.
    let mut names: Vec<String> = all.iter().flatten().cloned().collect();
    names.push("help".to_string());
    let mut found = Vec::new();
    for path in &all {
        for flag in ["-h", "--help"] {
            let mut args = vec!["--lang", "ko"];
            args.extend(path.iter().map(String::as_str));
            args.push(flag);
            let text = out(&run(&args));
            assert!(!text.is_empty(), "{args:?}");
            for line in text.lines() {
                // Examples are command lines.
                if line.trim_start().starts_with("awsdrill ") {
                    continue;
                }
                for word in line.split(|c: char| {
                    c.is_whitespace() || "()[],;'`\"<>=*|".contains(c) || !c.is_ascii()
                }) {
                    let w = word.trim_matches(|c: char| ".:/".contains(c));
                    let latin = w.chars().any(|c| c.is_ascii_alphabetic());
                    let kept = !latin
                        || KEPT.contains(&w)
                        || names.iter().any(|n| n == w)
                        || w.starts_with('-')
                        // Example values: `aws:TagKeys=a,b`.
                        || w.len() == 1
                        || w.chars().all(|c| !c.is_ascii_lowercase())
                        || w.contains(['.', ':', '/', '_'])
                        || w.chars().any(|c| c.is_ascii_digit());
                    if !kept {
                        found.push(format!("{args:?}: `{w}` in {line:?}"));
                    }
                }
            }
        }
    }
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "English in Korean help:\n{}",
        found.join("\n")
    );
}

/// Shell completions describe the commands in the UI language, as `--help` does.
#[test]
fn completions_describe_the_commands_in_the_ui_language() {
    let ko = run(&["--lang", "ko", "completions", "fish"]);
    assert_eq!(ko.status.code(), Some(0), "{}", err(&ko));
    let (ko, en) = (
        out(&ko),
        out(&run(&["--lang", "en", "completions", "fish"])),
    );
    assert!(en.contains("Show the cards due now"), "{en}");
    assert!(!ko.contains("Show the cards due now"), "{ko}");
    assert!(ko.contains("-a \"due\""), "the commands stay: {ko}");
    assert!(ko.chars().any(|c| ('가'..='힣').contains(&c)), "{ko}");
}

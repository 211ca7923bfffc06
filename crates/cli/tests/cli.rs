//! The built `nutgraf` binary: its exit codes (0 done, 1 input error, 2 usage error), its
//! version, and its output on a file written here.

use std::fs;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const ARTICLE: &str = "The council approved the new bridge on Monday. \
    \"It will change the town,\" said Mayor Ana Ruiz. \
    Construction starts in May and should take two years. \
    Critics say the cost, 40 million euros, is too high.\n";

/// Runs `nutgraf` with `args`, feeding `stdin`.
fn nutgraf(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutgraf"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the nutgraf binary runs");
    // A usage error exits before reading its input: the pipe may then be closed already.
    if let Err(error) = child.stdin.take().unwrap().write_all(stdin) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().unwrap()
}

/// Writes `contents` to a file of this test's own under Cargo's temporary directory.
fn temp_file(name: &str, contents: &[u8]) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("nutgraf-cli-{name}"));
    fs::write(&path, contents).unwrap();
    path
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

#[test]
fn version_and_help_exit_with_0_on_stdout() {
    let output = nutgraf(&["--version"], b"");
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        text(&output.stdout),
        format!("nutgraf {}\n", env!("CARGO_PKG_VERSION"))
    );
    for args in [&["--help"][..], &["help", "summarize"], &["summarize", "--help"]] {
        let output = nutgraf(args, b"");
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        assert!(text(&output.stdout).contains("Usage: nutgraf"), "{args:?}");
        assert!(output.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn a_file_and_stdin_give_the_same_result_with_0() {
    let path = temp_file("article.txt", ARTICLE.as_bytes());
    let path = path.to_str().unwrap();
    let from_file = nutgraf(&["sentences", path], b"");
    assert_eq!(from_file.status.code(), Some(0), "{}", text(&from_file.stderr));
    assert_eq!(
        text(&from_file.stdout),
        "The council approved the new bridge on Monday.\n\
         \"It will change the town,\" said Mayor Ana Ruiz.\n\
         Construction starts in May and should take two years.\n\
         Critics say the cost, 40 million euros, is too high.\n"
    );
    assert_eq!(
        text(&from_file.stderr),
        "(language: English, detected; --language changes it)\n"
    );
    let from_stdin = nutgraf(&["sentences", "-"], ARTICLE.as_bytes());
    assert_eq!(from_stdin.status.code(), Some(0));
    assert_eq!(from_stdin.stdout, from_file.stdout);

    let summary = nutgraf(&["summarize", "--sentences", "1", "--json", path], b"");
    assert_eq!(summary.status.code(), Some(0));
    let summary: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert_eq!(summary["sentences"].as_array().map(Vec::len), Some(1));

    let lines = nutgraf(
        &["quotes", "--jsonl"],
        format!(
            "{}\n\n{}\n",
            serde_json::json!({"id": 7, "text": ARTICLE}),
            serde_json::json!({"text": "None."})
        )
        .as_bytes(),
    );
    assert_eq!(lines.status.code(), Some(0), "{}", text(&lines.stderr));
    let lines = text(&lines.stdout);
    let lines: Vec<&str> = lines.lines().collect();
    assert_eq!(lines.len(), 2);
    assert!(
        lines[0].starts_with("{\"id\":7,\"language\":\"en\",\"quotes\":["),
        "{}",
        lines[0]
    );
    assert_eq!(
        lines[1],
        "{\"id\":null,\"language\":\"und\",\"quotes\":[],\"speakers\":[]}"
    );

    let completions = nutgraf(&["completions", "bash"], b"");
    assert_eq!(completions.status.code(), Some(0));
    assert!(text(&completions.stdout).contains("nutgraf"));
}

#[test]
fn language_is_detected_or_given_and_named_in_every_output() {
    let french = "Le conseil a approuvé le nouveau pont lundi. \
        Selon la maire, les travaux commencent en mai et dureront deux ans.\n";
    let detected = nutgraf(&["summarize", "--sentences", "1"], french.as_bytes());
    assert_eq!(detected.status.code(), Some(0), "{}", text(&detected.stderr));
    assert_eq!(
        text(&detected.stdout),
        "Selon la maire, les travaux commencent en mai et dureront deux ans.\n"
    );
    assert_eq!(
        text(&detected.stderr),
        "(language: French, detected; --language changes it)\n"
    );
    let given = nutgraf(&["sentences", "--language", "de"], french.as_bytes());
    assert_eq!(
        text(&given.stdout),
        "Le conseil a approuvé le nouveau pont lundi.\n\
         Selon la maire, les travaux commencent en mai et dureront deux ans.\n"
    );
    assert_eq!(text(&given.stderr), "(language: German, as given)\n");
    for (command, language, code) in [
        ("summarize", "auto", "fr"),
        ("summarize", "en", "en"),
        ("quotes", "auto", "fr"),
        ("quotes", "es", "es"),
        ("sentences", "auto", "fr"),
        ("sentences", "nl", "nl"),
    ] {
        let output = nutgraf(&[command, "--json", "--language", language], french.as_bytes());
        assert_eq!(output.status.code(), Some(0), "{command} {language}");
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        assert_eq!(report["language"], code, "{command} {language}");
        assert!(
            output.stderr.is_empty(),
            "JSON needs no note: {command} {language}"
        );
    }
    let record = serde_json::json!({"id": "a", "text": french}).to_string();
    let lines = nutgraf(&["sentences", "--jsonl", "--language", "it"], record.as_bytes());
    assert!(
        text(&lines.stdout).starts_with("{\"id\":\"a\",\"language\":\"it\","),
        "{}",
        text(&lines.stdout)
    );
    let refused = nutgraf(&["summarize", "--language", "klingon"], french.as_bytes());
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused.stderr).contains("[possible values: auto, en, de, fr, es, it, pt, nl]"));
}

#[test]
fn input_errors_exit_with_1_and_one_line_saying_what_to_do() {
    let missing = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("nutgraf-cli-absent.txt");
    let not_utf8 = temp_file("latin1.txt", b"Caf\xe9 ouvert.\n");
    let bad_jsonl = temp_file("bad.jsonl", b"{\"text\": \"Fine.\"}\nnot json\n");
    let no_sentences = temp_file("zero.jsonl", b"{\"text\": \"Fine.\", \"sentences\": 0}\n");
    let cases: [(&[&str], &str); 4] = [
        (&["summarize", missing.to_str().unwrap()], "check the path"),
        (
            &["quotes", not_utf8.to_str().unwrap()],
            "convert it to UTF-8 first",
        ),
        (
            &["summarize", "--jsonl", bad_jsonl.to_str().unwrap()],
            "line 2: not a JSON object",
        ),
        (
            &["summarize", "--jsonl", no_sentences.to_str().unwrap()],
            "line 1: \"sentences\": give a whole number of sentences above 0, such as 3",
        ),
    ];
    for (args, expected) in cases {
        let output = nutgraf(args, b"");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(stderr.starts_with("nutgraf: "), "{stderr}");
        assert!(stderr.contains(expected), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn a_text_beyond_the_engine_s_limit_is_refused_with_1_and_what_to_do() {
    let words = "Word ".repeat(nutgraf_engine::MAX_TEXT_BYTES / 5 + 1);
    let record = format!("{{\"text\": \"{words}\"}}\n");
    let too_long = temp_file("too-long.txt", words.as_bytes());
    let too_long_line = temp_file("too-long.jsonl", record.as_bytes());
    let cases: [&[&str]; 2] = [
        &["quotes", too_long.to_str().unwrap()],
        &["summarize", "--jsonl", too_long_line.to_str().unwrap()],
    ];
    for args in cases {
        let output = nutgraf(args, b"");
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(
            stderr.contains("give it one article, or a part of this text"),
            "{stderr}"
        );
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
    }
}

#[test]
fn usage_errors_exit_with_2_on_stderr() {
    for args in [
        &[][..],
        &["translate"],
        &["summarize", "--sentences", "0"],
        &["summarize", "--words", "0"],
        &["summarize", "--ratio", "2"],
        &["summarize", "--length", "tiny"],
        &["summarize", "--sentences", "2", "--words", "9"],
        &["sentences", "--json", "--jsonl"],
        &["quotes", "--sentences", "2"],
        &["eval"],
        &["completions", "tcsh"],
    ] {
        let output = nutgraf(args, b"");
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        assert!(!output.stderr.is_empty(), "{args:?}");
    }
}

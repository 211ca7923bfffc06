//! `cargo xtask fuzz`: runs the cargo-fuzz (libFuzzer) targets of `fuzz/` on nightly, each
//! for its share of the minutes, from a corpus seeded with the dev data's articles; reports
//! the inputs executed per target and fails naming every crash, timeout or out-of-memory
//! input found. Nightly and cargo-fuzz are installed only when missing; everything it
//! writes (corpus, seeds, crashes, logs) stays under `target/`, outside git.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::cargo_tool::CargoTool;
use crate::fuzz_options::FuzzOptions;
use crate::libfuzzer_stats::{failures_in, folder_size, FinalStats};
use crate::process::{run, Outcome};
use crate::tool_root::ToolRoot;
use crate::{cargo, workspace_root};

/// Where one target's files go, all under `target/`.
struct TargetFolders {
    /// The corpus libFuzzer grows: `target/fuzz-corpus/<target>`.
    corpus: PathBuf,
    /// Its crashes, timeouts and out-of-memory inputs: `target/fuzz-artifacts/<target>`.
    artifacts: PathBuf,
    /// libFuzzer's output: `target/fuzz-logs/<target>.log`.
    log: PathBuf,
}

impl TargetFolders {
    fn of(target: &str) -> Self {
        let root = workspace_root().join("target");
        Self {
            corpus: root.join("fuzz-corpus").join(target),
            artifacts: root.join("fuzz-artifacts").join(target),
            log: root.join("fuzz-logs").join(format!("{target}.log")),
        }
    }
}

/// The articles every target starts from: `target/fuzz-seeds`.
fn seeds_folder() -> PathBuf {
    workspace_root().join("target").join("fuzz-seeds")
}

/// Runs the fuzzers as `options` ask, then reports and fails on any failure input.
pub fn fuzz(options: &FuzzOptions) -> Outcome {
    ensure_nightly()?;
    let tools = CargoTool::cargo_fuzz().ensure(&ToolRoot::locate()?)?;
    seed_corpus(&seeds_folder(), options.max_len)?;
    let mut total = 0;
    let mut found = Vec::new();
    let mut rows = Vec::new();
    for &target in &options.targets {
        let (stats, failures) = run_target(target, options, &tools)?;
        total += stats.executions;
        let (files, bytes) = folder_size(&TargetFolders::of(target).corpus);
        rows.push(format!(
            "{target:<10} {:>12} executions {:>6}/s  corpus {files} inputs, {} KiB  peak {} MB",
            stats.executions,
            stats.per_second,
            bytes / 1024,
            stats.peak_rss_mb
        ));
        found.extend(failures);
    }
    println!("\nfuzzing done: {total} executions in all\n{}", rows.join("\n"));
    if found.is_empty() {
        return Ok(());
    }
    Err(format!(
        "the fuzzers found {} failing input(s):\n{}\nReplay one with `cargo +nightly fuzz run -s none -a \
         TARGET FILE`; add it as a named regression test in crates/fuzzing/tests/regressions.rs \
         (the minimized input in crates/fuzzing/regressions/), fix the engine, then delete the file.",
        found.len(),
        found
            .iter()
            .map(|path| format!("  {}", path.display()))
            .collect::<Vec<_>>()
            .join("\n")
    ))
}

/// Runs one target for its share of the minutes; its final statistics and the failure
/// inputs it added.
fn run_target(target: &str, options: &FuzzOptions, tools: &Path) -> Outcome<(FinalStats, Vec<PathBuf>)> {
    let folders = TargetFolders::of(target);
    for folder in [&folders.corpus, &folders.artifacts] {
        fs::create_dir_all(folder).map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
    }
    let before: BTreeSet<PathBuf> = failures_in(&folders.artifacts).into_iter().collect();
    let seconds = options.seconds_each();
    println!(
        "\n=== fuzzing {target} for {seconds} s (libFuzzer's output in {})",
        folders.log.display()
    );
    let status = fuzz_command(target, options, &folders, tools)?
        .status()
        .map_err(|error| format!("could not start cargo-fuzz: {error}"))?;
    let log = fs::read_to_string(&folders.log).unwrap_or_default();
    let failures: Vec<PathBuf> = failures_in(&folders.artifacts)
        .into_iter()
        .filter(|path| !before.contains(path))
        .collect();
    let stats = FinalStats::parse(&log).unwrap_or_default();
    if !status.success() && failures.is_empty() {
        let tail: Vec<&str> = log
            .lines()
            .rev()
            .take(25)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        return Err(format!(
            "cargo fuzz run {target} failed ({status}):\n{}",
            tail.join("\n")
        ));
    }
    println!(
        "{target}: {} executions, {} new corpus inputs",
        stats.executions, stats.new_units
    );
    Ok((stats, failures))
}

/// `cargo +nightly fuzz run` of `target`, its output into the log.
fn fuzz_command(
    target: &str,
    options: &FuzzOptions,
    folders: &TargetFolders,
    tools: &Path,
) -> Outcome<Command> {
    if let Some(folder) = folders.log.parent() {
        fs::create_dir_all(folder).map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
    }
    let log = File::create(&folders.log)
        .map_err(|error| format!("cannot write {}: {error}", folders.log.display()))?;
    let log_too = log
        .try_clone()
        .map_err(|error| format!("cannot write {}: {error}", folders.log.display()))?;
    let mut command = Command::new("cargo");
    command
        .current_dir(workspace_root())
        .env("PATH", with_folder_first(tools))
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("CARGO")
        .args([
            "+nightly",
            "fuzz",
            "run",
            "--sanitizer",
            "none",
            "--debug-assertions",
            target,
        ])
        .arg(&folders.corpus)
        .arg(seeds_folder())
        .arg("--")
        .arg(format!("-max_len={}", options.max_len))
        .arg(format!("-max_total_time={}", options.seconds_each()))
        .arg("-timeout=10")
        .arg("-print_final_stats=1")
        .arg(format!("-artifact_prefix={}/", folders.artifacts.display()))
        .stdin(Stdio::null())
        .stdout(log)
        .stderr(log_too);
    Ok(command)
}

/// PATH with `folder` first.
fn with_folder_first(folder: &Path) -> std::ffi::OsString {
    let mut folders = vec![folder.to_path_buf()];
    if let Some(path) = std::env::var_os("PATH") {
        folders.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(folders).unwrap_or_default()
}

/// Installs the nightly toolchain (minimal profile) when rustup does not list one.
fn ensure_nightly() -> Outcome {
    let listed = Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .map(|out| {
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .any(|line| line.starts_with("nightly"))
        })
        .unwrap_or(false);
    if listed {
        println!("ok: rust nightly (for cargo-fuzz only)");
        return Ok(());
    }
    println!("installing rust nightly, for cargo-fuzz only...");
    run(
        Command::new("rustup").args(["toolchain", "install", "nightly", "--profile", "minimal"]),
        "rustup could not install nightly: check that rustup can reach its server, or run \
         `rustup toolchain install nightly --profile minimal` by hand.",
    )
}

/// Writes the seed articles into `folder` when it holds none (see the `seed-corpus` program
/// of crates/fuzzing; it says which sources of ../shared are absent).
fn seed_corpus(folder: &Path, max_len: usize) -> Outcome {
    if folder_size(folder).0 > 0 {
        println!("ok: seed articles in {}", folder.display());
        return Ok(());
    }
    run(
        cargo()
            .args([
                "run",
                "--quiet",
                "-p",
                "nutgraf-fuzzing",
                "--bin",
                "seed-corpus",
                "--",
            ])
            .arg(folder)
            .args(["100", &max_len.to_string()]),
        "could not write the seed corpus: the output above says why.",
    )
}

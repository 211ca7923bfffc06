//! `nutgraf eval summaries|quotes`: scores the engine against the annotated data in
//! `../shared/data`, prints a table, writes it as JSON, and fails below the floors kept in
//! `crates/cli/eval-floors.json`.

mod floors;
mod ggt;
mod panics;
mod paste_forms;
mod quote_forms;
mod quotes;
mod scores;
mod summaries;
mod summary_forms;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

pub use floors::Floors;

/// What one evaluation produced.
pub struct Evaluation {
    /// A table for a person.
    pub table: String,
    /// The same figures as JSON, written under `target/eval/`.
    pub json: Value,
}

/// Runs `nutgraf eval <what> [--data DIR] [--out DIR] [--check]`.
pub fn run(args: &[String]) -> Result<(), String> {
    let mut what = None;
    let mut data = default_data_dir();
    let mut out = PathBuf::from("target/eval");
    let mut check = false;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--data" => data = PathBuf::from(args.next().ok_or("--data needs a directory")?),
            "--out" => out = PathBuf::from(args.next().ok_or("--out needs a directory")?),
            "--check" => check = true,
            "summaries" | "quotes" if what.is_none() => what = Some(arg.clone()),
            other => return Err(format!("eval: unexpected `{other}`\n\n{USAGE}")),
        }
    }
    let what = what.ok_or(format!("eval: say what to evaluate\n\n{USAGE}"))?;
    if !data.is_dir() {
        return say(&format!(
            "skipped eval {what}: the evaluation data is absent ({} does not exist). It lives in \
             ../shared/data on Nutgraf's own machines; pass --data DIR to point elsewhere.",
            data.display()
        ));
    }
    let evaluation = match what.as_str() {
        "summaries" => summaries::evaluate(&data)?,
        _ => quotes::evaluate(&data)?,
    };
    say(&evaluation.table)?;
    fs::create_dir_all(&out).map_err(|error| format!("cannot create {}: {error}", out.display()))?;
    let file = out.join(format!("{what}.json"));
    let pretty = serde_json::to_string_pretty(&evaluation.json).map_err(|error| error.to_string())?;
    fs::write(&file, pretty).map_err(|error| format!("cannot write {}: {error}", file.display()))?;
    say(&format!("written to {}", file.display()))?;
    if check {
        let failures = Floors::load()?.check(&what, &evaluation.json);
        if !failures.is_empty() {
            return Err(format!(
                "below the floors in eval-floors.json:\n  {}",
                failures.join("\n  ")
            ));
        }
        say(&format!("all {what} scores are at or above their floors"))?;
    }
    Ok(())
}

/// Prints a line on stdout; a closed pipe (`| head`) is an error to report, not a panic.
fn say(line: &str) -> Result<(), String> {
    writeln!(std::io::stdout(), "{line}").map_err(|error| format!("cannot write the output: {error}"))
}

/// Printed with usage errors.
pub const USAGE: &str = "usage: nutgraf eval summaries|quotes [--data DIR] [--out DIR] [--check]";

/// `../shared/data` beside the repository.
fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

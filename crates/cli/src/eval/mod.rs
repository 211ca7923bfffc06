//! `nutgraf eval summaries|quotes`: scores the engine against the annotated data in
//! `../shared/data`, prints a table, writes it as JSON, and fails below the floors kept in
//! `crates/cli/eval-floors.json`.

mod floors;
mod german_forms;
mod german_quotes;
mod ggt;
mod json_lines;
mod orangesum;
mod panics;
mod paste_forms;
mod quote_forms;
mod quotes;
mod scores;
mod summaries;
mod summary_forms;
mod unicode_rouge;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::args::{EvalArgs, EvalTarget};

pub use floors::Floors;

/// What one evaluation produced.
pub struct Evaluation {
    /// A table for a person.
    pub table: String,
    /// The same figures as JSON, written under `target/eval/`.
    pub json: Value,
}

/// Runs `nutgraf eval <what> [--data DIR] [--out DIR] [--check]`.
pub fn run(options: &EvalArgs) -> Result<(), String> {
    let what = options.what.name();
    let data = options.data.clone().unwrap_or_else(default_data_dir);
    let out = &options.out;
    let check = options.check;
    if !data.is_dir() {
        return say(&format!(
            "skipped eval {what}: the evaluation data is absent ({} does not exist). It lives in \
             ../shared/data on Nutgraf's own machines; pass --data DIR to point elsewhere.",
            data.display()
        ));
    }
    let evaluation = match options.what {
        EvalTarget::Summaries => summaries::evaluate(&data)?,
        EvalTarget::Quotes => quotes::evaluate(&data)?,
    };
    say(&evaluation.table)?;
    fs::create_dir_all(out).map_err(|error| format!("cannot create {}: {error}", out.display()))?;
    let file = out.join(format!("{what}.json"));
    let pretty = serde_json::to_string_pretty(&evaluation.json).map_err(|error| error.to_string())?;
    fs::write(&file, pretty).map_err(|error| format!("cannot write {}: {error}", file.display()))?;
    say(&format!("written to {}", file.display()))?;
    if check {
        let failures = Floors::load()?.check(what, &evaluation.json);
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

/// `../shared/data` beside the repository.
fn default_data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data")
}

//! The evaluation data's JSON-lines files: one record a line.

use std::fs;
use std::path::Path;

use serde::de::DeserializeOwned;

/// Every record of the JSON-lines file at `path` (blank lines skipped), or what is wrong with
/// it, naming the line.
pub(super) fn read_json_lines<T: DeserializeOwned>(path: &Path) -> Result<Vec<T>, String> {
    let text =
        fs::read_to_string(path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(number, line)| {
            serde_json::from_str(line)
                .map_err(|error| format!("{} line {}: {error}", path.display(), number + 1))
        })
        .collect()
}

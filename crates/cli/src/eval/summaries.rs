//! Summaries scored with ROUGE against the highlights journalists and writers wrote.

use std::path::Path;

use super::Evaluation;

/// Scores the summarizer against Lead-3 on `data/cnndm-dev.jsonl` and `data/writers-dev.jsonl`.
pub fn evaluate(_data: &Path) -> Result<Evaluation, String> {
    Err("the summaries evaluation is being written".to_owned())
}

//! What the status line (a polite live region) says: the state's own message first, else the
//! engine's progress or its result.

use crate::analysis::Analysis;
use crate::state::TOO_LONG_TO_ANALYZE;

/// The status line's text for the page as it is: `too_long` when the text is above what the
/// app analyzes (see `state::MAX_TEXT_TO_ANALYZE`).
pub fn announcement(
    status: &str,
    busy: bool,
    is_binary: bool,
    too_long: bool,
    analysis: Option<&Analysis>,
) -> String {
    if !status.is_empty() {
        status.to_owned()
    } else if busy {
        "Reading the article…".to_owned()
    } else if is_binary {
        "This does not look like text: paste or drop the article itself.".to_owned()
    } else if too_long {
        TOO_LONG_TO_ANALYZE.to_owned()
    } else if let Some(analysis) = analysis {
        format!(
            "Summary ready: {} of {} sentences. {} quotes found.",
            analysis.summary.sentences.len(),
            analysis.total_sentences,
            analysis.quotes.quotes.len()
        )
    } else {
        String::new()
    }
}

//! What the status line (a polite live region) says: the state's own message first, else the
//! engine's progress or its result.

use crate::analysis::Analysis;
use crate::i18n::{fill, Catalog};

/// The status line's text for the page as it is: `too_long` when the text is above what the
/// app analyzes (see `state::MAX_TEXT_TO_ANALYZE`), in `words`' language.
pub fn announcement(
    words: &Catalog,
    status: &str,
    busy: bool,
    is_binary: bool,
    too_long: bool,
    analysis: Option<&Analysis>,
) -> String {
    if !status.is_empty() {
        status.to_owned()
    } else if busy {
        words.reading.to_owned()
    } else if is_binary {
        words.not_text.to_owned()
    } else if too_long {
        words.too_long_to_analyze.to_owned()
    } else if let Some(analysis) = analysis {
        fill(
            words.summary_ready,
            &[
                &analysis.summary.sentences.len(),
                &analysis.total_sentences,
                &analysis.quotes.quotes.len(),
            ],
        )
    } else {
        String::new()
    }
}

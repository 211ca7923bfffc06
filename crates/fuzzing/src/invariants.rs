//! The engine's own promises about any text, checked. Each check returns `Err` with a message
//! naming the promise that broke and where, so that a fuzz target can panic with it and a
//! stable test can print it.
//!
//! The promises (see ARCHITECTURE.md, "Invariants"):
//! - no panic on any input;
//! - every span in bounds, ordered and on char boundaries;
//! - the reading text a report gives for a span consistent with that span of the input;
//! - summary sentences a subset of the document's sentences, within the length asked for;
//! - the JSON reports serialize and read back as themselves.

mod document;
mod panics;
mod quotes;
mod reading;
mod reports;
mod spans;
mod summaries;

pub use document::check_document;
pub use panics::without_panic;
pub use quotes::{check_found_quotes, check_quotes};
pub use reading::check_reading;
pub use reports::{check_quotes_report, check_sentences_report, check_summary_report};
pub use spans::{check_ordered, check_span};
pub use summaries::{
    check_summaries, check_summary, every_length, sampled_lengths, sentence_counts, LENGTHS_BEYOND_SENTENCES,
};

use nutgraf_engine::{Document, Length, QuoteFinder, Summarizer};

/// What a check finds: nothing, or a description of the broken promise.
pub type Checked = Result<(), String>;

/// The engine areas a fuzz target or a replay can exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// The text layer and the sentence splitter (`text::Document`, `SentencesReport`).
    Text,
    /// The summarizer, at every length option.
    Summarize,
    /// The quote finder.
    Quotes,
    /// The JSON report builders, for the sentences, a summary and the quotes.
    Reports,
}

impl Area {
    /// Every area, in the order `cargo xtask fuzz` runs their targets.
    pub const ALL: [Area; 4] = [Area::Text, Area::Summarize, Area::Quotes, Area::Reports];
}

/// How many summary lengths one input is summarized at, by a fuzz execution of
/// [`Area::Summarize`] and by [`check_all`]: picked from [`every_length`] by a hash of the
/// text (see [`sampled_lengths`]), so that every length is tried over many inputs while one
/// input costs a few summaries.
pub const SAMPLED_LENGTHS: usize = 3;

/// Checks the promises of `area` on `text`, a panic included: what one fuzz execution does.
pub fn check_area(area: Area, text: &str) -> Checked {
    without_panic(|| {
        let document = Document::new(text);
        match area {
            Area::Text => check_document(&document),
            Area::Summarize => check_summaries(&document, &sampled_lengths(&document, SAMPLED_LENGTHS)),
            Area::Quotes => check_quotes(&document),
            Area::Reports => check_reports(&document),
        }
    })
}

/// Checks the three JSON reports of `document`: its sentences, a short summary and its
/// quotes.
pub fn check_reports(document: &Document) -> Checked {
    check_sentences_report(document)?;
    let summary = Summarizer::default().summarize_document(document, Length::SHORT);
    check_summary_report(document, &summary)?;
    check_quotes_report(document, &QuoteFinder.find_in(document))
}

/// Checks every promise on `text` from one document, the summaries at
/// [`SAMPLED_LENGTHS`] lengths: what the stable replay runs for each input.
pub fn check_all(text: &str) -> Checked {
    without_panic(|| {
        let document = Document::new(text);
        check_document(&document)?;
        check_summaries(&document, &sampled_lengths(&document, SAMPLED_LENGTHS))?;
        check_quotes(&document)?;
        check_reports(&document)
    })
}

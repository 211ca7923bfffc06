//! What the app shows for a text: the engine's summary and quotes, in the JSON report shape.

use nutgraf_engine::{Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};

/// The results for one text, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub struct Analysis {
    /// The extractive summary.
    pub summary: SummaryReport,
    /// The quotations with their speakers.
    pub quotes: QuotesReport,
    /// How many sentences the text has.
    pub total_sentences: usize,
}

impl Analysis {
    /// Runs the engine on `text`.
    pub fn of(text: &str, length: Length) -> Self {
        let summary = Summarizer::default().summarize(text, length);
        let quotes = QuoteFinder::default().find(text);
        Self {
            total_sentences: summary.total_sentences,
            summary: SummaryReport::new(text, &summary),
            quotes: QuotesReport::new(text, &quotes),
        }
    }
}

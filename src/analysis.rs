//! What the app shows for a text: the engine's summary and quotes in the CLI's JSON shape,
//! with the article's size for the compression figures.

use nutgraf_engine::text::Language;
use nutgraf_engine::{Document, QuoteFinder, QuotesReport, Summarizer, SummaryReport};
use serde::{Deserialize, Serialize};

use crate::settings::LengthChoice;

/// Words a person reads in a minute, for "reading time saved".
pub const WORDS_PER_MINUTE: usize = 230;

/// The results for one text, ready to render.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// The extractive summary.
    pub summary: SummaryReport,
    /// The quotations with their speakers, and who is quoted.
    pub quotes: QuotesReport,
    /// How many sentences the text has.
    pub total_sentences: usize,
    /// How many words the text has.
    pub total_words: usize,
    /// How many words the summary has.
    pub summary_words: usize,
}

/// The reports' scores are finite numbers, so equality is an equivalence; being `Eq` lets an
/// `Rc<Analysis>` (in every component's props) compare by pointer before comparing contents,
/// which for the thousands of quotes of a long text would block the page at each render.
impl Eq for Analysis {}

impl Analysis {
    /// Runs the engine on `text`, read once for both the summary and the quotes, in
    /// `language` (detected when `None`).
    pub fn of(text: &str, length: LengthChoice, language: Option<Language>) -> Self {
        crate::fault_injection::check(text);
        let document = Document::with_language(text, language);
        let summary = Summarizer::default().summarize_document(&document, length.to_length());
        let quotes = QuotesReport::of(&document, &QuoteFinder.find_in(&document));
        Self {
            total_sentences: summary.total_sentences,
            total_words: summary.total_words,
            summary_words: summary.sentences.iter().map(|sentence| sentence.words).sum(),
            summary: SummaryReport::of(&document, &summary),
            quotes,
        }
    }

    /// Minutes saved by reading the summary instead of the article, rounded.
    pub fn minutes_saved(&self) -> usize {
        (self.total_words.saturating_sub(self.summary_words) + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE
    }

    /// The summary's share of the article's words, in percent.
    pub fn word_share(&self) -> usize {
        (100 * self.summary_words + self.total_words / 2)
            .checked_div(self.total_words)
            .unwrap_or(0)
    }
}

//! nutgraf-engine: all of Nutgraf's language work, in pure Rust with no web dependency.
//!
//! Text goes in; spans come out. Inside the engine every span is a byte range into the
//! input; the [`report`] types convert them to Unicode scalar (char) offsets for JSON.

mod lexicon;
pub mod quotes;
pub mod report;
pub mod summarize;
pub mod text;

pub use quotes::{Quote, QuoteFinder, QuoteKind, Speaker};
pub use report::{QuotesReport, SentencesReport, SummaryReport};
pub use summarize::{Length, LengthError, LengthUnit, RankingWeights, Summarizer, Summary};
pub use text::{Document, SentenceSplitter, TextTooLarge, MAX_TEXT_BYTES};

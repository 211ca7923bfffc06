//! Text handling shared by the summarizer and the quote detector.

mod abbreviation_words;
mod abbreviations;
mod boundary;
mod captions;
mod case_restoration;
mod caseless;
pub mod document;
mod document_stats;
mod furniture;
pub mod language;
mod lines;
pub mod offset_map;
pub mod offsets;
mod reading;
pub mod sentences;
pub mod stopwords;
pub mod terms;
pub mod words;
mod wrapping;

pub use abbreviations::{is_month_name, is_time_zone, is_weekday};
pub use caseless::is_caseless;
pub use document::Document;
pub use language::{Language, LanguageDetector};
pub use offsets::CharOffsets;
pub use sentences::SentenceSplitter;
pub use terms::{TermId, Terms};
pub use words::WordTokenizer;

//! Text handling shared by the summarizer and the quote detector.

mod abbreviations;
mod captions;
pub mod casing;
pub mod document;
pub mod language;
pub mod offset_map;
pub mod offsets;
mod reading;
pub mod sentences;
pub mod stopwords;
pub mod terms;
pub mod words;
mod wrapping;

pub use abbreviations::{is_month_name, is_time_zone, is_weekday};
pub use document::Document;
pub use language::{Language, LanguageDetector};
pub use offsets::CharOffsets;
pub use sentences::SentenceSplitter;
pub use terms::{TermId, Terms};
pub use words::WordTokenizer;

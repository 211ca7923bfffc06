//! Text handling shared by the summarizer and the quote detector.

mod abbreviation_words;
mod abbreviations;
mod boundary;
mod captions;
mod case_restoration;
mod caseless;
pub mod document;
mod document_stats;
pub mod language;
mod lines;
mod names;
pub mod offset_map;
pub mod offsets;
mod opener_cuts;
mod quotations;
pub mod quote_marks;
mod reading;
pub mod sentences;
pub mod stopwords;
pub mod terms;
pub(crate) mod tokens;
pub mod words;
mod wrapping;

pub use abbreviations::{is_month_name, is_time_zone, is_weekday};
pub use caseless::is_caseless;
pub use document::Document;
pub use language::{Language, LanguageDetector};
pub use offsets::CharOffsets;
pub use opener_cuts::cut_at_openers;
pub use quotations::{QuoteMarks, QuotedPassage};
pub use quote_marks::{is_quote_mark, QuoteMark};
pub use sentences::SentenceSplitter;
pub use terms::{TermId, Terms};
pub use words::WordTokenizer;

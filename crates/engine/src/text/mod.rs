//! Text handling shared by the summarizer and the quote detector.

mod abbreviations;
mod captions;
pub mod language;
pub mod offsets;
mod opener_cuts;
mod quotations;
pub mod quote_marks;
pub mod sentences;
pub mod stopwords;
pub mod terms;
pub(crate) mod tokens;
pub mod words;

pub use abbreviations::{is_month_name, is_time_zone, is_weekday};
pub use language::{Language, LanguageDetector};
pub use offsets::CharOffsets;
pub use opener_cuts::cut_at_openers;
pub use quotations::{QuoteMarks, QuotedPassage};
pub use quote_marks::{is_quote_mark, QuoteMark};
pub use sentences::SentenceSplitter;
pub use terms::{TermId, Terms};
pub use words::WordTokenizer;

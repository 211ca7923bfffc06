//! The one reader of raw text: it turns whatever is pasted into a [`Document`] (reading form,
//! analysed form, sentences, quoted passages and the map back to the input) that the
//! summarizer and the quote finder read, and the word-level tools they share.

mod abbreviations;
mod boundary;
mod captions;
mod case_restoration;
mod caseless;
pub mod document;
mod document_stats;
mod elisions;
mod furniture;
pub(crate) mod german_capitals;
mod glued_stops;
pub mod language;
mod language_abbreviations;
mod letter_case;
mod lines;
mod list_items;
pub(crate) mod lower_case_tokens;
mod name_words;
mod names;
pub mod offset_map;
pub mod offsets;
mod opener_cuts;
mod quotations;
pub mod quote_marks;
mod reading;
pub mod sentences;
mod size_limit;
pub mod stopwords;
pub mod terms;
pub(crate) mod tokens;
pub mod words;
mod wrapping;

pub use abbreviations::{is_month_name, is_time_zone, is_weekday};
pub use caseless::{is_caseless, Casing};
pub use document::Document;
pub use language::{Language, LanguageDetector};
pub use letter_case::latin_upper_case;
pub use offsets::CharOffsets;
pub use opener_cuts::cut_at_openers;
pub use quotations::{QuoteMarks, QuotedPassage};
pub use quote_marks::{is_quote_mark, QuoteMark};
pub use sentences::{ends_like_prose, SentenceSplitter};
pub use size_limit::{megabytes, TextTooLarge, MAX_TEXT_BYTES};
pub use terms::{TermId, Terms};
pub use words::WordTokenizer;

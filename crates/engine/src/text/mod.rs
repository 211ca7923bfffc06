//! Text handling shared by the summarizer and the quote detector.

mod abbreviations;
pub mod offsets;
pub mod sentences;

pub use offsets::CharOffsets;
pub use sentences::SentenceSplitter;

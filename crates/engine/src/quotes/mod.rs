//! Quotations: what was said, by whom, and with which verb.

mod marks;

pub use marks::QuoteMarks;

use std::ops::Range;

/// How a quotation is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Words between quote marks.
    Direct,
    /// Reported speech without quote marks.
    Indirect,
    /// Reported speech containing a quoted fragment.
    Mixed,
}

impl QuoteKind {
    /// The name used in JSON: "direct", "indirect" or "mixed".
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Indirect => "indirect",
            Self::Mixed => "mixed",
        }
    }
}

/// Who said a quotation, as the article names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Where the article names the speaker for this quote.
    pub span: Range<usize>,
    /// The fullest name the article gives that speaker.
    pub name: String,
}

/// One quotation found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The quoted words (inside the marks, for a direct quote), as a byte range.
    pub span: Range<usize>,
    /// Who said it, when the article says.
    pub speaker: Option<Speaker>,
    /// The verb or phrase that introduced it (`said`, `according to`), when there is one.
    pub cue: Option<Range<usize>>,
}

/// Finds the quotations in an article.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuoteFinder {
    marks: QuoteMarks,
}

/// Quoted passages shorter than this many words are titles, names or scare quotes, not speech.
const MIN_SPEECH_WORDS: usize = 4;

impl QuoteFinder {
    /// Returns the quotations in `text`, in article order.
    pub fn find(&self, text: &str) -> Vec<Quote> {
        self.marks
            .find(text)
            .into_iter()
            .filter(|span| text[span.clone()].split_whitespace().count() >= MIN_SPEECH_WORDS)
            .map(|span| Quote {
                kind: QuoteKind::Direct,
                span,
                speaker: None,
                cue: None,
            })
            .collect()
    }
}

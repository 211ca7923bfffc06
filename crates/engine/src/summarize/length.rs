//! How long a summary may be.

use super::selection::Budget;

/// The length a reader asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// At most this many sentences.
    Sentences(usize),
    /// The best summary of at most this many words (at least one sentence when the article has any).
    Words(usize),
    /// This share of the article's sentences, between 0 and 1 (at least one sentence).
    Ratio(f64),
}

impl Length {
    /// A short summary: three sentences.
    pub const SHORT: Self = Self::Sentences(3);
    /// A medium summary: five sentences.
    pub const MEDIUM: Self = Self::Sentences(5);
    /// A long summary: a quarter of the article's sentences.
    pub const LONG: Self = Self::Ratio(0.25);

    /// What this length allows for an article of `total` sentences.
    pub fn budget(self, total: usize) -> Budget {
        match self {
            Self::Sentences(count) => Budget {
                sentences: count,
                words: None,
            },
            Self::Words(words) => Budget {
                sentences: total,
                words: Some(words),
            },
            Self::Ratio(ratio) => {
                let ratio = if ratio.is_finite() {
                    ratio.clamp(0.0, 1.0)
                } else {
                    0.0
                };
                let count = (total as f64 * ratio).round() as usize;
                Budget {
                    sentences: count.clamp(total.min(1), total),
                    words: None,
                }
            }
        }
    }
}

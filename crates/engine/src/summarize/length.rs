//! How long a summary may be, and the checked ways to ask for a length.

use super::selection::Budget;
use super::LengthError;

/// The length a reader asks for.
///
/// The variants take any value (the budget copes with all of them); the checked constructors
/// [`Length::sentences`], [`Length::words`], [`Length::ratio`] and [`Length::percent`], and
/// the text forms read by `str::parse` (see [`LengthUnit`](super::LengthUnit)), refuse the
/// lengths a person cannot have meant, with a [`LengthError`] that says what to give.
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

    /// At most `count` sentences; `count` must be above 0.
    pub fn sentences(count: usize) -> Result<Self, LengthError> {
        if count > 0 {
            Ok(Self::Sentences(count))
        } else {
            Err(LengthError::Sentences)
        }
    }

    /// At most `count` words; `count` must be above 0.
    pub fn words(count: usize) -> Result<Self, LengthError> {
        if count > 0 {
            Ok(Self::Words(count))
        } else {
            Err(LengthError::Words)
        }
    }

    /// This share of the sentences; `share` must be above 0 and at most 1.
    pub fn ratio(share: f64) -> Result<Self, LengthError> {
        if share > 0.0 && share <= 1.0 {
            Ok(Self::Ratio(share))
        } else {
            Err(LengthError::Ratio)
        }
    }

    /// This percentage of the sentences, as a ratio; `percent` must be from 1 to 100.
    pub fn percent(percent: usize) -> Result<Self, LengthError> {
        if (1..=100).contains(&percent) {
            Ok(Self::Ratio(percent as f64 / 100.0))
        } else {
            Err(LengthError::Percent)
        }
    }

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

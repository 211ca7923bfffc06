//! Why a length was refused.

use std::fmt;

/// A length a person cannot have meant; its text says what to give instead, and reads well
/// after a front end's own prefix ("invalid value '0' for '--sentences <N>': ...").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthError {
    /// A number of sentences that is not a whole number above 0.
    Sentences,
    /// A number of words that is not a whole number above 0.
    Words,
    /// A share of the sentences that is not a number above 0 and at most 1.
    Ratio,
    /// A percentage that is not a whole number from 1 to 100.
    Percent,
    /// Text that is neither a preset nor an amount with its unit.
    Unknown,
}

impl fmt::Display for LengthError {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Self::Sentences => "give a whole number of sentences above 0, such as 3",
            Self::Words => "give a whole number of words above 0, such as 60",
            Self::Ratio => "give a share of the sentences above 0 and at most 1, such as 0.2",
            Self::Percent => "give a whole percentage of the sentences from 1 to 100, such as 20",
            Self::Unknown => {
                "give short, medium or long, or an amount with its unit, such as 3 sentences, \
                 60 words or 20%"
            }
        })
    }
}

impl std::error::Error for LengthError {}

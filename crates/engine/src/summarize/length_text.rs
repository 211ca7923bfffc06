//! Lengths as people type them: the one reader of a length's text for every front end (the
//! command line's flags, the embed's attributes and options, the app's number box).
//!
//! A whole length is a preset (`short`, `medium`, `long`) or an amount with its unit
//! (`3 sentences`, `1 sentence`, `60 words`, `20%`), in any letter case; an amount alone is
//! read by [`LengthUnit::amount`].

use std::str::FromStr;

use super::{Length, LengthError};

/// What an amount counts, when a front end asks for the unit and the amount apart
/// (`--words 60`, `words="60"`, a number box next to a menu).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LengthUnit {
    /// A whole number of sentences above 0.
    Sentences,
    /// A whole number of words above 0.
    Words,
    /// A share of the sentences above 0 and at most 1.
    Ratio,
    /// A whole percentage of the sentences from 1 to 100.
    Percent,
}

impl LengthUnit {
    /// The length of `amount` (surrounding spaces ignored) in this unit.
    pub fn amount(self, amount: &str) -> Result<Length, LengthError> {
        let amount = amount.trim();
        let whole = |error| amount.parse::<usize>().map_err(|_| error);
        match self {
            Self::Sentences => whole(LengthError::Sentences).and_then(Length::sentences),
            Self::Words => whole(LengthError::Words).and_then(Length::words),
            Self::Percent => whole(LengthError::Percent).and_then(Length::percent),
            Self::Ratio => decimal(amount).ok_or(LengthError::Ratio).and_then(Length::ratio),
        }
    }
}

/// A plain decimal (`0.25`, `.5`, `1`), read without the standard float parser, whose tables
/// would cost the browser's module about 12 KB gzipped. Digits past the fifteenth after the
/// point are dropped: an `f64` holds no more.
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |part: &str| part.bytes().all(|byte| byte.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !digits(whole) || !digits(fraction) {
        return None;
    }
    let fraction = &fraction[..fraction.len().min(15)];
    let number = |part: &str| {
        if part.is_empty() {
            Some(0)
        } else {
            part.parse::<u64>().ok()
        }
    };
    Some(number(whole)? as f64 + number(fraction)? as f64 / 10f64.powi(fraction.len() as i32))
}

impl FromStr for Length {
    type Err = LengthError;

    /// Reads a preset or an amount with its unit (see the module's documentation).
    fn from_str(text: &str) -> Result<Self, LengthError> {
        let text = text.trim();
        let is = |word: &str| text.eq_ignore_ascii_case(word);
        if is("short") {
            return Ok(Self::SHORT);
        }
        if is("medium") {
            return Ok(Self::MEDIUM);
        }
        if is("long") {
            return Ok(Self::LONG);
        }
        if let Some(percent) = text.strip_suffix('%') {
            return LengthUnit::Percent.amount(percent);
        }
        let (amount, unit) = text.split_once(char::is_whitespace).ok_or(LengthError::Unknown)?;
        let unit = unit.trim();
        let unit = if ["sentence", "sentences"]
            .iter()
            .any(|name| unit.eq_ignore_ascii_case(name))
        {
            LengthUnit::Sentences
        } else if ["word", "words"]
            .iter()
            .any(|name| unit.eq_ignore_ascii_case(name))
        {
            LengthUnit::Words
        } else {
            return Err(LengthError::Unknown);
        };
        unit.amount(amount)
    }
}

//! The summary length a page asks for, as the JavaScript API and the element's attributes give
//! it: `{ sentences: 3 }`, `{ words: "60" }`, `{ ratio: 0.2 }` or `{ length: "short" }` (a
//! number or its text, as an attribute holds it). Every value is read by the engine's one
//! reader of lengths, as the command line reads its flags.

use nutgraf_engine::{Length, LengthError, LengthUnit};
use serde::Deserialize;

/// The options object of `summarize(text, options)`; at most one length may be given.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryOptions {
    /// At most this many sentences (a whole number above 0).
    pub sentences: Option<Amount>,
    /// At most this many words (a whole number above 0).
    pub words: Option<Amount>,
    /// This share of the article's sentences, above 0 and at most 1.
    pub ratio: Option<Amount>,
    /// A preset ("short", "medium", "long") or an amount with its unit ("60 words", "20%").
    pub length: Option<String>,
}

/// An amount as JavaScript gives it: a number, or the text of an attribute.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Amount {
    /// A JSON number, read as it is written (`3`, `0.2`, `2.5`).
    Number(serde_json::Number),
    /// A string, such as an attribute's value.
    Text(String),
}

impl Amount {
    /// The amount as written.
    fn text(&self) -> String {
        match self {
            Self::Number(number) => number.to_string(),
            Self::Text(text) => text.clone(),
        }
    }
}

impl SummaryOptions {
    /// Reads the options from JSON; an empty string or `null` means the defaults.
    pub fn parse(json: &str) -> Result<Self, String> {
        if json.trim().is_empty() {
            return Ok(Self::default());
        }
        serde_json::from_str::<Option<Self>>(json)
            .map(Option::unwrap_or_default)
            .map_err(|error| {
                format!(
                    "the options must be an object such as {{\"sentences\": 3}}, {{\"words\": 60}}, \
                     {{\"ratio\": 0.2}} or {{\"length\": \"short\"}}: {error}"
                )
            })
    }

    /// The engine's length; three sentences (the command line's default) when none is given.
    pub fn length(&self) -> Result<Length, String> {
        let amounts = [
            ("sentences", LengthUnit::Sentences, &self.sentences),
            ("words", LengthUnit::Words, &self.words),
            ("ratio", LengthUnit::Ratio, &self.ratio),
        ];
        let given = amounts.iter().filter(|(.., amount)| amount.is_some()).count()
            + usize::from(self.length.is_some());
        if given > 1 {
            return Err("give only one of sentences, words, ratio and length".to_owned());
        }
        for (name, unit, amount) in amounts {
            if let Some(amount) = amount {
                let text = amount.text();
                return unit.amount(&text).map_err(|error| refused(name, &text, error));
            }
        }
        match &self.length {
            Some(text) => text.parse().map_err(|error| refused("length", text, error)),
            None => Ok(Length::SHORT),
        }
    }
}

/// Why `name: value` was refused, naming both.
fn refused(name: &str, value: &str, error: LengthError) -> String {
    format!("{name} {value:?} is refused: {error}")
}

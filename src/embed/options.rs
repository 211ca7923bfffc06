//! The summary length a page asks for, as the JavaScript API takes it: `{ sentences: 3 }`,
//! `{ words: 60 }`, `{ ratio: 0.2 }` or `{ length: "short" | "medium" | "long" }`.

use nutgraf_engine::Length;
use serde::Deserialize;

/// The options object of `summarize(text, options)`; at most one length may be given.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryOptions {
    /// At most this many sentences (a whole number above 0).
    pub sentences: Option<f64>,
    /// At most this many words (a whole number above 0).
    pub words: Option<f64>,
    /// This share of the article's sentences, above 0 and at most 1.
    pub ratio: Option<f64>,
    /// A preset: "short", "medium" or "long".
    pub length: Option<String>,
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

    /// The engine's length, checked as the command line checks its flags; three sentences
    /// (the command line's default) when none is given.
    pub fn length(&self) -> Result<Length, String> {
        let given = [
            self.sentences.is_some(),
            self.words.is_some(),
            self.ratio.is_some(),
            self.length.is_some(),
        ];
        if given.iter().filter(|&&given| given).count() > 1 {
            return Err("give only one of sentences, words, ratio and length".to_owned());
        }
        if let Some(count) = self.sentences {
            return whole_number(count, "sentences").map(Length::Sentences);
        }
        if let Some(words) = self.words {
            return whole_number(words, "words").map(Length::Words);
        }
        if let Some(ratio) = self.ratio {
            return if ratio > 0.0 && ratio <= 1.0 {
                Ok(Length::Ratio(ratio))
            } else {
                Err(format!(
                    "ratio takes a number above 0 and at most 1, such as 0.2, not {ratio}"
                ))
            };
        }
        match self.length.as_deref() {
            None | Some("short") => Ok(Length::SHORT),
            Some("medium") => Ok(Length::MEDIUM),
            Some("long") => Ok(Length::LONG),
            Some(other) => Err(format!(
                "length is \"short\", \"medium\" or \"long\", not \"{other}\""
            )),
        }
    }
}

fn whole_number(value: f64, name: &str) -> Result<usize, String> {
    if value >= 1.0 && value.fract() == 0.0 && value <= u32::MAX as f64 {
        Ok(value as usize)
    } else {
        Err(format!("{name} takes a whole number above 0, not {value}"))
    }
}

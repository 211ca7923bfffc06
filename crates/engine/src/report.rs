//! The JSON shape of results, shared by the command line and the browser: every offset is a
//! Unicode scalar (char) offset into the input, end exclusive.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::quotes::{Quote, QuoteKind};
use crate::summarize::Summary;
use crate::text::{latin_upper_case, CharOffsets, Document, Language};

mod speaker_shares;

pub use speaker_shares::{speaker_name, speaker_shares, SpeakerShare, UNATTRIBUTED};

/// A summary as JSON: `{"language", "sentences": [...], "keywords": [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryReport {
    /// The ISO 639-1 code of the language the article was read in, or "und" for none of
    /// the supported.
    pub language: String,
    /// The chosen sentences, in article order.
    pub sentences: Vec<SentenceReport>,
    /// The article's key phrases, most important first.
    pub keywords: Vec<String>,
}

/// One summary sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceReport {
    /// Its position among the article's sentences, from 0.
    pub index: usize,
    /// Char offset of its first character.
    pub start: usize,
    /// Char offset just past its last character.
    pub end: usize,
    /// The sentence as written; when a connective was cut off its start, what is left, with
    /// its first word capitalised.
    pub text: String,
    /// How strongly it carries the story.
    pub score: f64,
}

/// Every sentence of a text as JSON: `{"language", "sentences": [...]}`, what `nutgraf
/// sentences` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentencesReport {
    /// The ISO 639-1 code of the language the text was read in, or "und" for none of the
    /// supported.
    pub language: String,
    /// The sentences, in order.
    pub sentences: Vec<TextSentence>,
}

/// One sentence of a text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TextSentence {
    /// Its position among the text's sentences, from 0.
    pub index: usize,
    /// Char offset of its first character.
    pub start: usize,
    /// Char offset just past its last character.
    pub end: usize,
    /// The sentence as read: wrapped lines joined, hyphenation undone, spaces normalized.
    pub text: String,
}

/// Quotations as JSON: `{"language", "quotes": [...], "speakers": [...]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuotesReport {
    /// The ISO 639-1 code of the language the article was read in, or "und" for none of the
    /// supported.
    pub language: String,
    /// The quotations, in article order.
    pub quotes: Vec<QuoteReport>,
    /// Who is quoted: one row a speaker, most quoted words first.
    pub speakers: Vec<SpeakerShare>,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteReport {
    /// "direct", "indirect" or "mixed".
    pub kind: String,
    /// The quoted words.
    pub text: String,
    /// Char offset of the first quoted character.
    pub start: usize,
    /// Char offset just past the last quoted character.
    pub end: usize,
    /// The quoted parts: the whole quote, or each stretch between quote marks when the
    /// attribution interrupts a direct quote. A person is shown these, never `text`'s
    /// attribution in the middle.
    pub parts: Vec<SpanReport>,
    /// The quote as a person should see it: a direct quote in quotation marks, its parts
    /// joined by an ellipsis; reported speech without marks.
    pub shown: String,
    /// Who said it, or null.
    pub speaker: Option<SpeakerReport>,
    /// The verb or phrase that introduced it, or null.
    pub cue: Option<SpanReport>,
}

/// The speaker of a quotation: where the article names them, and their full name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpeakerReport {
    /// The words naming the speaker at this quote.
    pub text: String,
    /// Char offset of those words.
    pub start: usize,
    /// Char offset just past those words.
    pub end: usize,
    /// The fullest name the article gives the speaker.
    pub name: String,
}

/// A stretch of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpanReport {
    /// The words.
    pub text: String,
    /// Char offset of the first character.
    pub start: usize,
    /// Char offset just past the last character.
    pub end: usize,
}

/// `text` with the first letter in upper case when its first word is all in lower case
/// ("the mayor" but not "eBay").
fn capitalize_first_word(text: &str) -> String {
    let first_word = text
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let mut chars = text.chars();
    match chars.next().and_then(latin_upper_case) {
        Some(upper) if !first_word.chars().any(char::is_uppercase) => {
            std::iter::once(upper).chain(chars).collect()
        }
        _ => text.to_owned(),
    }
}

impl SummaryReport {
    /// Describes `summary` of `text` with char offsets.
    pub fn new(text: &str, summary: &Summary) -> Self {
        Self::of(&Document::new(text), summary)
    }

    /// Describes `summary` of `document` with char offsets into its original text and
    /// sentences in their reading form.
    pub fn of(document: &Document, summary: &Summary) -> Self {
        let offsets = CharOffsets::new(document.original());
        let sentences = summary
            .sentences
            .iter()
            .map(|sentence| {
                let span = SpanReport::new(document, &offsets, &sentence.span);
                SentenceReport {
                    index: sentence.index,
                    start: span.start,
                    end: span.end,
                    text: if sentence.connective_cut {
                        capitalize_first_word(&span.text)
                    } else {
                        span.text
                    },
                    score: (sentence.score * 1e4).round() / 1e4,
                }
            })
            .collect();
        Self {
            language: summary.language.to_owned(),
            sentences,
            keywords: summary.keywords.clone(),
        }
    }
}

impl SentencesReport {
    /// Describes the sentences of `document` with char offsets into its original text.
    pub fn of(document: &Document) -> Self {
        let offsets = CharOffsets::new(document.original());
        let sentences = document
            .sentences()
            .iter()
            .enumerate()
            .map(|(index, sentence)| {
                let span = SpanReport::new(document, &offsets, &document.to_original(sentence.clone()));
                TextSentence {
                    index,
                    start: span.start,
                    end: span.end,
                    text: span.text,
                }
            })
            .collect();
        Self {
            language: Language::code_of(document.language()).to_owned(),
            sentences,
        }
    }
}

impl QuotesReport {
    /// Describes `quotes` found in `text` with char offsets.
    pub fn new(text: &str, quotes: &[Quote]) -> Self {
        Self::of(&Document::new(text), quotes)
    }

    /// Describes `quotes` found in `document` with char offsets into its original text and
    /// words in their reading form.
    pub fn of(document: &Document, quotes: &[Quote]) -> Self {
        let offsets = CharOffsets::new(document.original());
        let marks = QuotationMarks::of(document.language());
        let quotes = quotes
            .iter()
            .map(|quote| {
                let span = SpanReport::new(document, &offsets, &quote.span);
                let parts: Vec<SpanReport> = quote
                    .parts
                    .iter()
                    .map(|part| SpanReport::new(document, &offsets, part))
                    .collect();
                QuoteReport {
                    kind: quote.kind.as_str().to_owned(),
                    shown: shown(quote.kind, &span.text, &parts, marks),
                    text: span.text,
                    start: span.start,
                    end: span.end,
                    parts,
                    speaker: quote.speaker.as_ref().map(|speaker| {
                        let span = SpanReport::new(document, &offsets, &speaker.span);
                        SpeakerReport {
                            text: span.text,
                            start: span.start,
                            end: span.end,
                            name: speaker.name.clone(),
                        }
                    }),
                    cue: quote
                        .cue
                        .as_ref()
                        .map(|cue| SpanReport::new(document, &offsets, cue)),
                }
            })
            .collect::<Vec<_>>();
        Self {
            language: Language::code_of(document.language()).to_owned(),
            speakers: speaker_shares(&quotes),
            quotes,
        }
    }
}

impl QuoteReport {
    /// Who said it and how, for people: "Marco Rubio (explained)"; `unknown` names a quote
    /// without a speaker.
    pub fn attribution(&self, unknown: &str) -> String {
        let speaker = self
            .speaker
            .as_ref()
            .map_or(unknown, |speaker| speaker.name.as_str());
        match &self.cue {
            Some(cue) => format!("{speaker} ({})", cue.text),
            None => speaker.to_owned(),
        }
    }
}

/// The quotation marks a reader of a language expects around a direct quote.
#[derive(Debug, Clone, Copy)]
struct QuotationMarks {
    open: &'static str,
    close: &'static str,
}

impl QuotationMarks {
    /// German „…“, French « … » (no-break spaces inside), else “…”.
    fn of(language: Option<Language>) -> Self {
        let (open, close) = match language {
            Some(Language::German) => ("„", "“"),
            Some(Language::French) => ("«\u{a0}", "\u{a0}»"),
            _ => ("“", "”"),
        };
        Self { open, close }
    }
}

/// A quote as a person is shown it, faithful to the source: a direct quote between the
/// quotation `marks` of the article's language, the parts an attribution interrupts joined by
/// an ellipsis; reported speech without marks of its own (a mixed quote keeps those of its
/// quoted fragment).
fn shown(kind: QuoteKind, text: &str, parts: &[SpanReport], marks: QuotationMarks) -> String {
    if kind != QuoteKind::Direct {
        return text.to_owned();
    }
    let parts: Vec<&str> = parts
        .iter()
        .map(|part| part.text.trim().trim_end_matches(',').trim_end())
        .filter(|part| !part.is_empty())
        .collect();
    format!("{}{}{}", marks.open, parts.join(" … "), marks.close)
}

impl SpanReport {
    /// The original span `span` of `document`: char offsets, and its words as read.
    fn new(document: &Document, offsets: &CharOffsets, span: &Range<usize>) -> Self {
        Self {
            text: document.reading_of(span.clone()).into_owned(),
            start: offsets.char_offset(span.start),
            end: offsets.char_offset(span.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{capitalize_first_word, QuotesReport};
    use crate::quotes::QuoteFinder;
    use crate::text::Document;

    /// What `QuotesReport` shows a person for each quote of `text`.
    fn shown(text: &str) -> Vec<String> {
        let document = Document::new(text);
        let quotes = QuoteFinder.find_in(&document);
        QuotesReport::of(&document, &quotes)
            .quotes
            .into_iter()
            .map(|quote| quote.shown)
            .collect()
    }

    #[test]
    fn shows_direct_quotes_in_marks_and_reported_speech_without() {
        assert_eq!(
            shown("\"We have waited long enough,\" said Ana Lima, who runs a ferry company. \"Every week we lose money.\""),
            ["“We have waited long enough … Every week we lose money.”"]
        );
        assert_eq!(
            shown("Officials said work will begin in the spring and should take about two years."),
            ["work will begin in the spring and should take about two years"]
        );
        assert_eq!(
            shown("She said the plan would “change everything.”"),
            ["the plan would “change everything.”"]
        );
    }

    #[test]
    fn shows_direct_quotes_in_the_marks_of_the_articles_language() {
        assert_eq!(
            shown(
                "„Wir haben lange genug auf diese Brücke gewartet“, sagte die Bürgermeisterin Anna Weber \
                 am Dienstag in der Stadt."
            ),
            ["„Wir haben lange genug auf diese Brücke gewartet“"]
        );
        assert_eq!(
            shown(
                "« Nous avons attendu assez longtemps la réouverture de ce pont », a déclaré le maire \
                 de la ville, Grégory Doucet, à l’issue du vote."
            ),
            ["«\u{a0}Nous avons attendu assez longtemps la réouverture de ce pont\u{a0}»"]
        );
    }

    #[test]
    fn capitalizes_a_first_word_in_lower_case_only() {
        assert_eq!(capitalize_first_word("the mayor spoke."), "The mayor spoke.");
        assert_eq!(capitalize_first_word("été chaud, dit-il."), "Été chaud, dit-il.");
        assert_eq!(capitalize_first_word("eBay said no."), "eBay said no.");
        assert_eq!(
            capitalize_first_word("“we will win,” he said."),
            "“we will win,” he said."
        );
        assert_eq!(capitalize_first_word("20 people died."), "20 people died.");
    }
}

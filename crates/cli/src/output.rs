//! What the command line prints: JSON in the engine's report schema, or plain text.

use nutgraf_engine::text::Language;
use nutgraf_engine::{
    Document, Length, QuoteFinder, QuotesReport, SentencesReport, Summarizer, SummaryReport,
};
use serde_json::Value;
use std::io::{self, Write};

use crate::args::Command;

/// Writes the result to `out` as JSON, the same as [`json`] without an id prints, serialized
/// straight from the report rather than built as a value first (which took several times the
/// report's size).
pub fn write_json(
    out: &mut impl Write,
    command: Command,
    document: &Document,
    length: Length,
) -> io::Result<()> {
    let written = match command {
        Command::Summarize => serde_json::to_writer(&mut *out, &summary_of(document, length)),
        Command::Quotes => serde_json::to_writer(&mut *out, &quotes_of(document)),
        Command::Sentences => serde_json::to_writer(&mut *out, &SentencesReport::of(document)),
    };
    written.map_err(io::Error::from)
}

/// The result as one JSON value; `id`, when given, is added as its first field.
pub fn json(command: Command, document: &Document, length: Length, id: Option<Value>) -> Value {
    let report = match command {
        Command::Summarize => serde_json::to_value(summary_of(document, length)),
        Command::Quotes => serde_json::to_value(quotes_of(document)),
        Command::Sentences => serde_json::to_value(SentencesReport::of(document)),
    };
    let mut value = report.unwrap_or_else(|error| serde_json::json!({ "error": error.to_string() }));
    if let (Some(id), Value::Object(fields)) = (id, &mut value) {
        let mut with_id = serde_json::Map::new();
        with_id.insert("id".to_owned(), id);
        with_id.append(fields);
        value = Value::Object(with_id);
    }
    value
}

/// The result as text for a person: one summary sentence, quote or sentence a line.
pub fn plain(command: Command, document: &Document, length: Length) -> String {
    match command {
        Command::Summarize => one_a_line(
            summary_of(document, length)
                .sentences
                .into_iter()
                .map(|sentence| sentence.text),
            "sentences",
        ),
        Command::Quotes => {
            let report = quotes_of(document);
            let quotes = report.quotes.iter().map(|quote| {
                format!(
                    "{} — {} [{}]",
                    quote.shown,
                    quote.attribution("unknown speaker"),
                    quote.kind
                )
            });
            one_a_line(quotes, "quotes")
        }
        Command::Sentences => one_a_line(
            SentencesReport::of(document)
                .sentences
                .into_iter()
                .map(|sentence| sentence.text),
            "sentences",
        ),
    }
}

/// The line that names the language a text was read in (`given` when `--language` named
/// it), and how to change it.
pub fn language_note(language: Option<Language>, given: bool) -> String {
    match (language, given) {
        (Some(language), true) => format!("(language: {}, as given)", language.name()),
        (Some(language), false) => {
            format!("(language: {}, detected; --language changes it)", language.name())
        }
        (None, _) => "(language: none that Nutgraf knows, read as English; --language sets it)".to_owned(),
    }
}

/// `items` one a line, or a note that no `what` were found.
fn one_a_line(items: impl Iterator<Item = String>, what: &str) -> String {
    let lines: Vec<String> = items.collect();
    if lines.is_empty() {
        format!("(no {what} found)")
    } else {
        lines.join("\n")
    }
}

/// The summary of `document` within `length`.
fn summary_of(document: &Document, length: Length) -> SummaryReport {
    SummaryReport::of(
        document,
        &Summarizer::default().summarize_document(document, length),
    )
}

/// The quotes of `document`.
fn quotes_of(document: &Document) -> QuotesReport {
    QuotesReport::of(document, &QuoteFinder.find_in(document))
}

/// The quotes of `text`, in the language its first words are in.
pub fn quotes_report(text: &str) -> QuotesReport {
    quotes_of(&Document::new(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_give_char_offsets_into_the_input_and_the_reading_text() {
        let text = "Él llegó.\r\nThe end of a long\u{a0}day.";
        let document = Document::new(text);
        let expected = serde_json::json!({"language": "en", "sentences": [
            {"index": 0, "start": 0, "end": 9, "text": "Él llegó."},
            {"index": 1, "start": 11, "end": 33, "text": "The end of a long day."},
        ]});
        assert_eq!(json(Command::Sentences, &document, Length::SHORT, None), expected);
        let mut written = Vec::new();
        write_json(&mut written, Command::Sentences, &document, Length::SHORT).unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&written), expected.to_string());
        assert_eq!(
            plain(Command::Sentences, &document, Length::SHORT),
            "Él llegó.\nThe end of a long day."
        );
        assert_eq!(
            plain(Command::Sentences, &Document::new(" "), Length::SHORT),
            "(no sentences found)"
        );
    }

    #[test]
    fn every_report_names_the_language_given() {
        let text = "Der Rat hat die neue Brücke am Montag gebilligt. Die Arbeiten beginnen im Mai.";
        let detected = Document::new(text);
        let given = Document::with_language(text, Some(Language::French));
        for command in [Command::Summarize, Command::Quotes, Command::Sentences] {
            assert_eq!(json(command, &detected, Length::SHORT, None)["language"], "de");
            assert_eq!(json(command, &given, Length::SHORT, None)["language"], "fr");
        }
        assert_eq!(
            plain(Command::Summarize, &given, Length::Sentences(1)),
            "Der Rat hat die neue Brücke am Montag gebilligt."
        );
    }

    #[test]
    fn the_language_note_says_whether_it_was_detected_or_given() {
        assert_eq!(
            language_note(Some(Language::French), false),
            "(language: French, detected; --language changes it)"
        );
        assert_eq!(
            language_note(Some(Language::German), true),
            "(language: German, as given)"
        );
        assert_eq!(
            language_note(None, false),
            "(language: none that Nutgraf knows, read as English; --language sets it)"
        );
    }
}

//! What the command line prints: JSON in the engine's report schema, or plain text.

use nutgraf_engine::{
    Document, Length, QuoteFinder, QuotesReport, SentencesReport, Summarizer, SummaryReport,
};
use serde_json::Value;
use std::io::{self, Write};

use crate::args::Command;

/// Writes the result to `out` as JSON, the same as [`json`] without an id prints, serialized
/// straight from the report rather than built as a value first (which took several times the
/// report's size).
pub fn write_json(out: &mut impl Write, command: Command, text: &str, length: Length) -> io::Result<()> {
    let written = match command {
        Command::Summarize => serde_json::to_writer(&mut *out, &summary_report(text, length)),
        Command::Quotes => serde_json::to_writer(&mut *out, &quotes_report(text)),
        Command::Sentences => serde_json::to_writer(&mut *out, &SentencesReport::of(&Document::new(text))),
    };
    written.map_err(io::Error::from)
}

/// The result as one JSON value; `id`, when given, is added as its first field.
pub fn json(command: Command, text: &str, length: Length, id: Option<Value>) -> Value {
    let report = match command {
        Command::Summarize => serde_json::to_value(summary_report(text, length)),
        Command::Quotes => serde_json::to_value(quotes_report(text)),
        Command::Sentences => serde_json::to_value(SentencesReport::of(&Document::new(text))),
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
pub fn plain(command: Command, text: &str, length: Length) -> String {
    match command {
        Command::Summarize => {
            let report = summary_report(text, length);
            one_a_line(
                report.sentences.iter().map(|sentence| sentence.text.clone()),
                "sentences",
            )
        }
        Command::Quotes => {
            let report = quotes_report(text);
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
        Command::Sentences => {
            let report = SentencesReport::of(&Document::new(text));
            one_a_line(
                report.sentences.into_iter().map(|sentence| sentence.text),
                "sentences",
            )
        }
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

/// The summary of `text` within `length`, the text read once for the engine and the report.
pub fn summary_report(text: &str, length: Length) -> SummaryReport {
    let document = Document::new(text);
    SummaryReport::of(
        &document,
        &Summarizer::default().summarize_document(&document, length),
    )
}

/// The quotes of `text`, the text read once for the engine and the report.
pub fn quotes_report(text: &str) -> QuotesReport {
    let document = Document::new(text);
    QuotesReport::of(&document, &QuoteFinder.find_in(&document))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_give_char_offsets_into_the_input_and_the_reading_text() {
        let text = "Él llegó.\r\nThe end of a long\u{a0}day.";
        let expected = serde_json::json!({"sentences": [
            {"index": 0, "start": 0, "end": 9, "text": "Él llegó."},
            {"index": 1, "start": 11, "end": 33, "text": "The end of a long day."},
        ]});
        assert_eq!(json(Command::Sentences, text, Length::SHORT, None), expected);
        let mut written = Vec::new();
        write_json(&mut written, Command::Sentences, text, Length::SHORT).unwrap_or_default();
        assert_eq!(String::from_utf8_lossy(&written), expected.to_string());
        assert_eq!(
            plain(Command::Sentences, text, Length::SHORT),
            "Él llegó.\nThe end of a long day."
        );
        assert_eq!(
            plain(Command::Sentences, " ", Length::SHORT),
            "(no sentences found)"
        );
    }
}

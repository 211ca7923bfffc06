//! What the command line prints: JSON in the engine's report schema, or plain text.

use nutgraf_engine::{Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};
use serde_json::Value;

use crate::args::Command;

/// The result as one JSON value; `id`, when given, is added as its first field.
pub fn json(command: Command, text: &str, length: Length, id: Option<Value>) -> Value {
    let report = match command {
        Command::Summarize => serde_json::to_value(summary_report(text, length)),
        Command::Quotes => serde_json::to_value(quotes_report(text)),
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

/// The result as text for a person: one summary sentence a line, or one quote a line.
pub fn plain(command: Command, text: &str, length: Length) -> String {
    match command {
        Command::Summarize => {
            let report = summary_report(text, length);
            if report.sentences.is_empty() {
                return "(no sentences found)".to_owned();
            }
            report
                .sentences
                .iter()
                .map(|sentence| sentence.text.as_str())
                .collect::<Vec<_>>()
                .join("\n")
        }
        Command::Quotes => {
            let report = quotes_report(text);
            if report.quotes.is_empty() {
                return "(no quotes found)".to_owned();
            }
            report
                .quotes
                .iter()
                .map(|quote| {
                    format!(
                        "“{}” — {} [{}]",
                        quote.text,
                        quote.attribution("unknown speaker"),
                        quote.kind
                    )
                })
                .collect::<Vec<_>>()
                .join("\n")
        }
    }
}

fn summary_report(text: &str, length: Length) -> SummaryReport {
    let summary = Summarizer::default().summarize(text, length);
    SummaryReport::new(text, &summary)
}

fn quotes_report(text: &str) -> QuotesReport {
    QuotesReport::new(text, &QuoteFinder::default().find(text))
}

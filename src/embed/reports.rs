//! The command line's JSON reports, as strings for JavaScript.

use nutgraf_engine::{Document, QuoteFinder, QuotesReport, Summarizer, SummaryReport};

use super::SummaryOptions;

/// What `nutgraf summarize --json` prints for `text`, with the length `options_json` asks
/// for (see [`SummaryOptions`]), or why the options are refused.
pub fn summary_json(text: &str, options_json: &str) -> Result<String, String> {
    let length = SummaryOptions::parse(options_json)?.length()?;
    let document = read(text)?;
    let summary = Summarizer::default().summarize_document(&document, length);
    to_json(&SummaryReport::of(&document, &summary))
}

/// What `nutgraf quotes --json` prints for `text`.
pub fn quotes_json(text: &str) -> Result<String, String> {
    let document = read(text)?;
    to_json(&QuotesReport::of(&document, &QuoteFinder.find_in(&document)))
}

/// The document of `text`, or why it is not read: a text longer than the engine reads is
/// refused whole rather than read in part.
fn read(text: &str) -> Result<Document<'_>, String> {
    crate::fault_injection::check(text);
    Document::try_new(text).map_err(|too_large| format!("Nutgraf did not read this text: {too_large}."))
}

fn to_json(report: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(report).map_err(|error| format!("the report could not be written as JSON: {error}"))
}

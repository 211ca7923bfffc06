//! The command line's JSON reports, as strings for JavaScript.

use nutgraf_engine::{Document, QuoteFinder, QuotesReport, Summarizer, SummaryReport};

use super::SummaryOptions;

/// What `nutgraf summarize --json` prints for `text`, with the length `options_json` asks
/// for (see [`SummaryOptions`]), or why the options are refused.
pub fn summary_json(text: &str, options_json: &str) -> Result<String, String> {
    let length = SummaryOptions::parse(options_json)?.length()?;
    crate::fault_injection::check(text);
    let document = Document::new(text);
    let summary = Summarizer::default().summarize_document(&document, length);
    to_json(&SummaryReport::of(&document, &summary))
}

/// What `nutgraf quotes --json` prints for `text`.
pub fn quotes_json(text: &str) -> Result<String, String> {
    crate::fault_injection::check(text);
    let document = Document::new(text);
    to_json(&QuotesReport::of(&document, &QuoteFinder.find_in(&document)))
}

fn to_json(report: &impl serde::Serialize) -> Result<String, String> {
    serde_json::to_string(report).map_err(|error| format!("the report could not be written as JSON: {error}"))
}

//! The JSON reports' promises: char offsets that name the engine's spans, reading text
//! consistent with them, and JSON that reads back as the same report.

use std::ops::Range;

use nutgraf_engine::report::{QuoteReport, SpanReport};
use nutgraf_engine::{Document, Quote, QuotesReport, SentencesReport, Summary, SummaryReport};
use serde_json::Value;

use super::{check_reading, Checked};

/// `SentencesReport::of(document)`: one entry a document sentence, numbered in order, at the
/// char offsets of that sentence in the original, its text consistent with it; JSON that
/// round-trips.
pub fn check_sentences_report(document: &Document) -> Checked {
    let report = SentencesReport::of(document);
    if report.sentences.len() != document.sentences().len() {
        return Err(format!(
            "the sentences report has {} sentences, the document {}",
            report.sentences.len(),
            document.sentences().len()
        ));
    }
    for (index, (sentence, span)) in report.sentences.iter().zip(document.sentences()).enumerate() {
        let what = format!("reported sentence {index}");
        if sentence.index != index {
            return Err(format!("{what} is numbered {}", sentence.index));
        }
        let original = document.to_original(span.clone());
        check_offsets(
            document,
            &original,
            sentence.start..sentence.end,
            &sentence.text,
            &what,
        )?;
    }
    round_trips(&report)
}

/// `SummaryReport::of(document, summary)`: one entry a chosen sentence, at its char offsets,
/// its text consistent with it; JSON that round-trips (scores to within 1e-9).
pub fn check_summary_report(document: &Document, summary: &Summary) -> Checked {
    let report = SummaryReport::of(document, summary);
    if report.sentences.len() != summary.sentences.len() {
        return Err("the summary report does not have one entry a chosen sentence".to_owned());
    }
    for (sentence, chosen) in report.sentences.iter().zip(&summary.sentences) {
        let what = format!("summary report sentence {}", chosen.index);
        check_offsets(
            document,
            &chosen.span,
            sentence.start..sentence.end,
            &sentence.text,
            &what,
        )?;
    }
    let mut read: SummaryReport = read_back(&report)?;
    for (read, written) in read.sentences.iter_mut().zip(&report.sentences) {
        if (read.score - written.score).abs() > 1e-9 {
            return Err(format!("score {} reads back as {}", written.score, read.score));
        }
        read.score = written.score;
    }
    same(&read, &report)
}

/// `QuotesReport::of(document, quotes)`: one entry a quote, each span at its char offsets
/// with text consistent with it; a speaker row for every quote; JSON that round-trips.
pub fn check_quotes_report(document: &Document, quotes: &[Quote]) -> Checked {
    let report = QuotesReport::of(document, quotes);
    if report.quotes.len() != quotes.len() {
        return Err("the quotes report does not have one entry a quote".to_owned());
    }
    for (index, (entry, quote)) in report.quotes.iter().zip(quotes).enumerate() {
        check_quote_entry(document, entry, quote, &format!("reported quote {index}"))?;
    }
    let counted: usize = report.speakers.iter().map(|speaker| speaker.quotes).sum();
    if counted != quotes.len() {
        return Err(format!("the speakers count {counted} quotes of {}", quotes.len()));
    }
    round_trips(&report)
}

/// One quote's entry: its span, parts, speaker and cue.
fn check_quote_entry(document: &Document, entry: &QuoteReport, quote: &Quote, what: &str) -> Checked {
    check_offsets(document, &quote.span, entry.start..entry.end, &entry.text, what)?;
    if entry.parts.len() != quote.parts.len() {
        return Err(format!(
            "{what} has {} parts, the quote {}",
            entry.parts.len(),
            quote.parts.len()
        ));
    }
    for (part, span) in entry.parts.iter().zip(&quote.parts) {
        check_span_report(document, span, part, &format!("{what}'s part"))?;
    }
    match (&entry.speaker, &quote.speaker) {
        (Some(shown), Some(speaker)) => {
            check_offsets(document, &speaker.span, shown.start..shown.end, &shown.text, what)?
        }
        (None, None) => {}
        _ => return Err(format!("{what} and its quote disagree on having a speaker")),
    }
    match (&entry.cue, &quote.cue) {
        (Some(shown), Some(cue)) => check_span_report(document, cue, shown, &format!("{what}'s cue")),
        (None, None) => Ok(()),
        _ => Err(format!("{what} and its quote disagree on having a cue")),
    }
}

/// A reported stretch names the byte span `span` of the original.
fn check_span_report(document: &Document, span: &Range<usize>, shown: &SpanReport, what: &str) -> Checked {
    check_offsets(document, span, shown.start..shown.end, &shown.text, what)
}

/// `chars` are the char offsets of the original's byte span `bytes`, and `text` (the
/// reading text shown for it; a capital may have been given to its first letter) is
/// consistent with that span.
fn check_offsets(
    document: &Document,
    bytes: &Range<usize>,
    chars: Range<usize>,
    text: &str,
    what: &str,
) -> Checked {
    let original = document.original();
    let Some(span_text) = original.get(bytes.clone()) else {
        return Err(format!("{what}: the span {bytes:?} cannot be sliced"));
    };
    let expected = original[..bytes.start].chars().count()..original[..bytes.end].chars().count();
    if chars != expected {
        return Err(format!(
            "{what}: char offsets {chars:?}, the span {bytes:?} is at {expected:?}"
        ));
    }
    let lowered: String = text.chars().flat_map(char::to_lowercase).collect();
    let span_lowered: String = span_text.chars().flat_map(char::to_lowercase).collect();
    check_reading(&span_lowered, &lowered, what)
}

/// `report` serializes to JSON and reads back as itself.
fn round_trips<T>(report: &T) -> Checked
where
    T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let read: T = read_back(report)?;
    same(&read, report)
}

/// `report` written as JSON and read back; the JSON must be an object.
fn read_back<T>(report: &T) -> Result<T, String>
where
    T: serde::Serialize + serde::de::DeserializeOwned,
{
    let json = serde_json::to_string(report).map_err(|error| format!("cannot write the report: {error}"))?;
    let value: Value =
        serde_json::from_str(&json).map_err(|error| format!("the report's JSON does not parse: {error}"))?;
    if !value.is_object() {
        return Err(format!("the report's JSON is not an object: {json}"));
    }
    serde_json::from_str(&json)
        .map_err(|error| format!("the report's JSON does not read back: {error}: {json}"))
}

/// `read` equals `written`.
fn same<T: PartialEq + std::fmt::Debug>(read: &T, written: &T) -> Checked {
    if read == written {
        Ok(())
    } else {
        Err(format!(
            "the report reads back changed: wrote {written:?}, read {read:?}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use nutgraf_engine::{Document, Length, QuoteFinder, Summarizer};

    use super::{check_offsets, check_quotes_report, check_sentences_report, check_summary_report};

    const TEXT: &str = "Café owners met on Monday.\n\n“We will stay open,” said Zoë Diaz. But the rent rose.";

    #[test]
    fn real_reports_keep_their_promises() {
        let document = Document::new(TEXT);
        assert_eq!(check_sentences_report(&document), Ok(()));
        let summary = Summarizer::default().summarize_document(&document, Length::Sentences(1));
        assert_eq!(check_summary_report(&document, &summary), Ok(()));
        let quotes = QuoteFinder.find_in(&document);
        assert!(!quotes.is_empty());
        assert_eq!(check_quotes_report(&document, &quotes), Ok(()));
    }

    #[test]
    fn offsets_or_text_not_matching_the_span_are_caught() {
        let document = Document::new(TEXT);
        // "owners" is bytes 6..12 and chars 5..11: "Café" has a two-byte é.
        assert_eq!(check_offsets(&document, &(6..12), 5..11, "owners", "w"), Ok(()));
        let error = check_offsets(&document, &(6..12), 6..12, "owners", "w").unwrap_err();
        assert_eq!(error, "w: char offsets 6..12, the span 6..12 is at 5..11");
        assert!(check_offsets(&document, &(6..12), 5..11, "renters", "w").is_err());
        assert!(check_offsets(&document, &(4..12), 3..11, "é owners", "w")
            .unwrap_err()
            .contains("cannot be sliced"));
    }
}

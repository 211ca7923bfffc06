//! The app's pure parts, natively: exports, highlight runs, who is quoted, and the status line.
#![cfg(not(target_arch = "wasm32"))]

use nutgraf_app::analysis::Analysis;
use nutgraf_app::announcement::announcement;
use nutgraf_app::export::ExportFormat;
use nutgraf_app::highlight::{runs, Mark};
use nutgraf_app::i18n::Locale;
use nutgraf_app::sample::SAMPLE_ARTICLE;
use nutgraf_app::settings::{LengthChoice, SummaryLayout};
use nutgraf_engine::report::{speaker_shares, QuoteReport, SpanReport, SpeakerReport, SpeakerShare};

#[test]
fn exports_follow_the_cli_schema_and_markdown_conventions() {
    let analysis = Analysis::of(SAMPLE_ARTICLE, LengthChoice::Short, None);
    let (summary, quotes) = (&analysis.summary, &analysis.quotes);
    let markdown =
        ExportFormat::SummaryMarkdown.render(summary, quotes, SummaryLayout::Bullets, "Unattributed");
    assert_eq!(markdown.lines().count(), 3);
    assert!(markdown.lines().all(|line| line.starts_with("- ")));
    let plain = ExportFormat::SummaryText.render(summary, quotes, SummaryLayout::Paragraph, "Unattributed");
    assert_eq!(plain.lines().count(), 1);
    let blockquotes =
        ExportFormat::QuotesMarkdown.render(summary, quotes, SummaryLayout::Bullets, "Unattributed");
    assert!(blockquotes.starts_with("> "), "{blockquotes}");
    assert!(blockquotes.contains("> — "), "{blockquotes}");
    let json: serde_json::Value = serde_json::from_str(&ExportFormat::Json.render(
        summary,
        quotes,
        SummaryLayout::Bullets,
        "Unattributed",
    ))
    .expect("JSON");
    assert_eq!(json["summary"]["sentences"].as_array().map(Vec::len), Some(3));
    assert!(json["summary"]["language"] == "en" && json["quotes"]["quotes"].is_array());
}

#[test]
fn highlight_runs_cover_the_text_and_respect_chars() {
    let text = "Héllo wörld. Second “one”. Third.";
    let pieces = runs(text, &[(13, 26)], Some((27, 33)));
    assert_eq!(pieces.iter().map(|run| run.text).collect::<String>(), text);
    let marked: Vec<(&str, Mark)> = pieces.iter().map(|run| (run.text, run.mark)).collect();
    assert_eq!(
        marked,
        [
            ("Héllo wörld. ", Mark::Plain),
            ("Second “one”.", Mark::Summary),
            (" ", Mark::Plain),
            ("Third.", Mark::Active)
        ]
    );
    assert_eq!(
        runs(text, &[(40, 50)], None).len(),
        1,
        "ranges past the end are ignored"
    );
}

/// A quote of `text` by `name` (or nobody).
fn quote(text: &str, name: Option<&str>) -> QuoteReport {
    QuoteReport {
        kind: "direct".to_owned(),
        text: text.to_owned(),
        start: 0,
        end: text.chars().count(),
        parts: vec![SpanReport {
            text: text.to_owned(),
            start: 0,
            end: text.chars().count(),
        }],
        shown: format!("“{text}”"),
        speaker: name.map(|name| SpeakerReport {
            text: name.to_owned(),
            start: 0,
            end: name.chars().count(),
            name: name.to_owned(),
        }),
        cue: None,
    }
}

#[test]
fn speaker_shares_count_quotes_and_round_word_shares() {
    let quotes = [
        quote(
            "the plan adds money for parks and for the libraries of every district",
            Some("Jane Ortiz"),
        ),
        quote(
            "the plan raises fees for small businesses that are still recovering",
            Some("Critics"),
        ),
        quote("This is a budget for every neighbourhood,", Some("Jane Ortiz")),
        quote("No comment.", None),
    ];
    let share = |name: &str, quotes: usize, word_share: usize| SpeakerShare {
        name: name.to_owned(),
        quotes,
        word_share,
    };
    // 13 + 7 of 33 words, 11 of 33, 2 of 33.
    assert_eq!(
        speaker_shares(&quotes),
        [
            share("Jane Ortiz", 2, 61),
            share("Critics", 1, 33),
            share("Unattributed", 1, 6)
        ]
    );
    assert_eq!(speaker_shares(&[]), []);
}

#[test]
fn the_status_line_says_the_message_then_progress_then_the_result() {
    let analysis = Analysis::of(SAMPLE_ARTICLE, LengthChoice::Short, None);
    let ready = format!(
        "Summary ready: 3 of {} sentences. {} quotes found.",
        analysis.total_sentences,
        analysis.quotes.quotes.len()
    );
    let table = [
        ("Copied.", true, false, false, Some(&analysis), "Copied."),
        ("", true, false, false, Some(&analysis), "Reading the article…"),
        (
            "",
            false,
            true,
            false,
            None,
            "This does not look like text: paste or drop the article itself.",
        ),
        (
            "",
            false,
            false,
            true,
            None,
            "This text is longer than 50 MB, more than Nutgraf can read at once. It stays here; \
             paste a part of it to see its summary and quotes.",
        ),
        ("", false, false, false, Some(&analysis), ready.as_str()),
        ("", false, false, false, None, ""),
    ];
    for (status, busy, is_binary, too_long, analysis, expected) in table {
        assert_eq!(
            announcement(
                Locale::English.catalog(),
                status,
                busy,
                is_binary,
                too_long,
                analysis
            ),
            expected,
            "{status:?} {busy} {is_binary} {too_long}"
        );
    }
}

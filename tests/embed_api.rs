//! Browser tests of what the embed and the share target compute (wasm-bindgen-test in
//! headless Chromium): the embed's JSON is the command line's, its options are checked as the
//! command line checks its flags, and shared text is read from the address.
#![cfg(target_arch = "wasm32")]

use nutgraf_app::embed::{quotes_json, summary_json, SummaryOptions};
use nutgraf_app::sample::SAMPLE_ARTICLE;
use nutgraf_app::share_target::shared_text;
use nutgraf_engine::{Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn each_length_is_read_and_checked_as_the_command_line_does() {
    let length = |json: &str| SummaryOptions::parse(json).and_then(|options| options.length());
    assert_eq!(length(""), Ok(Length::SHORT));
    assert_eq!(length("null"), Ok(Length::SHORT));
    assert_eq!(length("{}"), Ok(Length::SHORT));
    assert_eq!(length(r#"{"sentences": 2}"#), Ok(Length::Sentences(2)));
    assert_eq!(length(r#"{"words": 60}"#), Ok(Length::Words(60)));
    assert_eq!(length(r#"{"ratio": 0.5}"#), Ok(Length::Ratio(0.5)));
    assert_eq!(length(r#"{"length": "long"}"#), Ok(Length::LONG));
    // Attributes give their text; the length option takes an amount with its unit.
    assert_eq!(length(r#"{"sentences": " 4 "}"#), Ok(Length::Sentences(4)));
    assert_eq!(length(r#"{"ratio": "0.5"}"#), Ok(Length::Ratio(0.5)));
    assert_eq!(length(r#"{"length": "60 words"}"#), Ok(Length::Words(60)));
    assert_eq!(length(r#"{"length": "20%"}"#), Ok(Length::Ratio(0.2)));
    assert_eq!(
        length(r#"{"sentences": 0}"#),
        Err("sentences \"0\" is refused: give a whole number of sentences above 0, such as 3".to_owned())
    );
    assert_eq!(
        length(r#"{"words": "many"}"#),
        Err("words \"many\" is refused: give a whole number of words above 0, such as 60".to_owned())
    );
    assert_eq!(
        length(r#"{"sentences": "2", "length": "long"}"#),
        Err("give only one of sentences, words, ratio and length".to_owned())
    );
    assert!(length(r#"{"sentences": 0}"#).is_err());
    assert!(length(r#"{"sentences": 2.5}"#).is_err());
    assert!(length(r#"{"ratio": 1.5}"#).is_err());
    assert!(length(r#"{"length": "tiny"}"#).is_err());
    assert!(length(r#"{"sentences": 2, "words": 9}"#).is_err());
    assert!(length(r#"{"sentence": 2}"#).is_err());
    assert!(length("[1]").is_err());
}

#[wasm_bindgen_test]
fn the_embed_json_is_the_command_lines() {
    let summary = Summarizer::default().summarize(SAMPLE_ARTICLE, Length::Sentences(2));
    let expected = serde_json::to_string(&SummaryReport::new(SAMPLE_ARTICLE, &summary)).expect("JSON");
    assert_eq!(summary_json(SAMPLE_ARTICLE, r#"{"sentences": 2}"#), Ok(expected));
    let quotes = QuoteFinder.find(SAMPLE_ARTICLE);
    let expected = serde_json::to_string(&QuotesReport::new(SAMPLE_ARTICLE, &quotes)).expect("JSON");
    assert_eq!(quotes_json(SAMPLE_ARTICLE), Ok(expected));
    assert!(summary_json(SAMPLE_ARTICLE, r#"{"words": -1}"#).is_err());
}

#[wasm_bindgen_test]
fn shared_title_text_and_link_become_the_text() {
    assert_eq!(shared_text(""), None);
    assert_eq!(shared_text("?share-target"), None);
    assert_eq!(
        shared_text("?title=Pier&text=The+pier+reopens.&url=https%3A%2F%2Fexample.com%2Fpier").as_deref(),
        Some("Pier\n\nThe pier reopens.\n\nhttps://example.com/pier")
    );
    // A link shared inside the text is kept once.
    assert_eq!(
        shared_text("?text=Read+https%3A%2F%2Fexample.com&url=https%3A%2F%2Fexample.com").as_deref(),
        Some("Read https://example.com")
    );
}

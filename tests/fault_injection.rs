//! The test-only engine failure (`src/fault_injection.rs`), natively: the marker fails the
//! engine only in builds with the `fault-injection` feature; other texts never do.
#![cfg(not(target_arch = "wasm32"))]

use nutgraf_app::analysis::Analysis;
use nutgraf_app::fault_injection::{check, MARKER};
use nutgraf_app::settings::LengthChoice;

#[test]
fn the_marker_is_a_word_no_article_holds() {
    assert_eq!(MARKER, "NUTGRAF-TEST-ENGINE-FAILURE");
    check("The council approved the budget. NUTGRAF-TEST is not the marker.");
}

#[cfg(not(feature = "fault-injection"))]
#[test]
fn without_the_feature_the_marker_is_read_as_any_text() {
    let analysis = Analysis::of(
        &format!("The council met. {MARKER} said nothing."),
        LengthChoice::Short,
        None,
    );
    assert_eq!(analysis.total_sentences, 2);
}

#[cfg(feature = "fault-injection")]
#[test]
#[should_panic(expected = "fault injection: the text holds NUTGRAF-TEST-ENGINE-FAILURE")]
fn with_the_feature_the_marker_makes_the_engine_panic() {
    Analysis::of(
        &format!("The council met. {MARKER} said nothing."),
        LengthChoice::Short,
        None,
    );
}

//! Property tests: whatever text comes in, the engine returns spans on char boundaries,
//! in order, inside the text, and never panics.

use nutgraf_engine::{Length, QuoteFinder, SentenceSplitter, Summarizer};
use nutgraf_fuzzing::invariants::check_ordered;
use proptest::prelude::*;

/// Text mixing scripts, punctuation, quote marks, whitespace and control characters.
fn article_like() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            "[A-Za-z]{1,12}",
            "[.!?…;:,]{1,3}",
            "[\"'“”‘’«»„‚「」『』()]",
            "[ \t\n\r\u{a0}\u{2009}\u{3000}]{1,3}",
            "[\u{0}-\u{1f}\u{7f}]",
            "[\u{4e00}-\u{4e20}。！？]{1,4}",
            "[a-zäöüßéèçñ]{1,8}",
            "(Mr|Dr|U\\.S|e\\.g|No|St|Jan)\\.",
            "[0-9]{1,4}(\\.[0-9]{1,2})?",
            any::<char>().prop_map(String::from),
        ],
        0..80,
    );
    pieces.prop_map(|pieces| pieces.concat())
}

/// Panics with the broken promise when `spans` are not valid, ordered spans of `text`.
fn assert_spans_valid(text: &str, spans: impl IntoIterator<Item = std::ops::Range<usize>>) {
    let spans: Vec<_> = spans.into_iter().collect();
    if let Err(broken) = check_ordered(text, &spans, "span") {
        panic!("{broken} in {text:?}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn sentences_are_ordered_and_on_char_boundaries(text in article_like()) {
        let sentences = SentenceSplitter::default().split(&text);
        for sentence in &sentences {
            prop_assert!(!text[sentence.clone()].trim().is_empty());
        }
        assert_spans_valid(&text, sentences);
    }

    #[test]
    fn summaries_of_any_text_are_valid(text in article_like(), count in 0usize..6, words in 0usize..60, ratio in -1.0f64..2.0) {
        let summarizer = Summarizer::default();
        for length in [Length::Sentences(count), Length::Words(words), Length::Ratio(ratio)] {
            let summary = summarizer.summarize(&text, length);
            prop_assert!(summary.sentences.len() <= summary.total_sentences);
            for sentence in &summary.sentences {
                prop_assert!((0.0..=1.0).contains(&sentence.score));
            }
            assert_spans_valid(&text, summary.sentences.iter().map(|sentence| sentence.span.clone()));
        }
    }

    #[test]
    fn quotes_of_any_text_are_on_char_boundaries(text in article_like()) {
        for quote in QuoteFinder.find(&text) {
            assert_spans_valid(&text, [quote.span.clone()]);
            if let Some(speaker) = &quote.speaker {
                assert_spans_valid(&text, [speaker.span.clone()]);
            }
            if let Some(cue) = &quote.cue {
                assert_spans_valid(&text, [cue.clone()]);
            }
        }
    }
}

#[test]
fn edge_inputs_give_sensible_summaries() {
    let summarizer = Summarizer::default();
    assert!(summarizer.summarize("", Length::SHORT).sentences.is_empty());
    assert_eq!(summarizer.summarize("word", Length::SHORT).sentences.len(), 1);
    assert_eq!(
        summarizer
            .summarize("no punctuation at all here just words", Length::SHORT)
            .sentences
            .len(),
        1
    );
    assert_eq!(summarizer.summarize("?!.,;:…", Length::SHORT).total_sentences, 1);
    let one_line = "word ".repeat(2_000_000);
    assert_eq!(summarizer.summarize(&one_line, Length::SHORT).sentences.len(), 1);
    let mixed = "Der Plan ist fertig. 東京は晴れ。 The plan is ready! ¿Listo? «Oui», dit-il.\u{0}\u{7}";
    assert!(!summarizer.summarize(mixed, Length::SHORT).sentences.is_empty());
}

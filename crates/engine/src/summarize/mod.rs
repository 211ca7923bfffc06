//! Extractive summaries: which sentences of an article carry it.

mod length;

pub use length::Length;

use std::ops::Range;

use crate::text::SentenceSplitter;

/// A summary: the chosen sentences, in article order, with their scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The chosen sentences, in the order the article gives them.
    pub sentences: Vec<ChosenSentence>,
    /// How many sentences the article has.
    pub total_sentences: usize,
}

/// One sentence of a summary.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenSentence {
    /// Its position among the article's sentences, from 0.
    pub index: usize,
    /// Its byte range in the article.
    pub span: Range<usize>,
    /// How strongly it carries the story, between 0 and 1.
    pub score: f64,
}

/// Chooses the sentences that carry an article.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summarizer {
    splitter: SentenceSplitter,
}

impl Summarizer {
    /// Summarizes `text` within `length`. News puts what matters first, so for now the
    /// score falls with position and the lead sentences are chosen.
    pub fn summarize(&self, text: &str, length: Length) -> Summary {
        let spans = self.splitter.split(text);
        let word_counts: Vec<usize> = spans
            .iter()
            .map(|span| text[span.clone()].split_whitespace().count())
            .collect();
        let wanted = length.sentence_budget(&word_counts);
        let sentences = spans
            .iter()
            .enumerate()
            .take(wanted)
            .map(|(index, span)| ChosenSentence {
                index,
                span: span.clone(),
                score: 1.0 / (1.0 + index as f64),
            })
            .collect();
        Summary {
            sentences,
            total_sentences: spans.len(),
        }
    }
}

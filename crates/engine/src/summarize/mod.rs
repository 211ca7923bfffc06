//! Extractive summaries: which sentences of an article carry it, and its key phrases.
//!
//! The pipeline is linear in the text: split sentences, analyze terms, build TF-IDF vectors
//! and each sentence's directed centrality, score each sentence (position, centrality, length,
//! quotation), then choose the best within the budget without repeats or dangling openers.

mod boilerplate;
mod centrality;
mod features;
mod hook;
mod keywords;
mod length;
pub mod openers;
mod quoted;
mod ranking;
mod selection;
mod vectors;

pub use length::Length;
pub use ranking::RankingWeights;

use std::ops::Range;

use crate::text::{SentenceSplitter, Terms};

/// A source tag ("(CNN)") is looked for in this many sentences at the start.
const SOURCE_TAG_WITHIN: usize = 6;
/// How many key phrases a summary lists.
const KEYWORDS: usize = 8;

/// A summary: the chosen sentences, in article order, with their scores.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    /// The chosen sentences, in the order the article gives them.
    pub sentences: Vec<ChosenSentence>,
    /// How many sentences the article has.
    pub total_sentences: usize,
    /// How many words the article has.
    pub total_words: usize,
    /// The ISO 639-1 code of the article's language, or "und" when it is not a supported one.
    pub language: &'static str,
    /// The article's key phrases, most important first.
    pub keywords: Vec<String>,
}

/// One sentence of a summary.
#[derive(Debug, Clone, PartialEq)]
pub struct ChosenSentence {
    /// Its position among the article's sentences, from 0.
    pub index: usize,
    /// Its byte range in the article (without a leading source tag such as "(CNN)").
    pub span: Range<usize>,
    /// How strongly it carries the story, between 0 and 1.
    pub score: f64,
    /// How many words it has.
    pub words: usize,
}

/// Chooses the sentences that carry an article.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summarizer {
    splitter: SentenceSplitter,
    weights: RankingWeights,
}

impl Summarizer {
    /// A summarizer with its own ranking weights.
    pub fn with_weights(weights: RankingWeights) -> Self {
        Self {
            weights,
            ..Self::default()
        }
    }

    /// The article's sentences as byte ranges, with a source tag ("(CNN)") trimmed off the
    /// first sentence that has one, among the first few (bylines may come before it).
    pub fn sentences(&self, text: &str) -> Vec<Range<usize>> {
        let mut sentences = self.splitter.split(text);
        for sentence in sentences.iter_mut().take(SOURCE_TAG_WITHIN) {
            let tag = boilerplate::source_tag_len(&text[sentence.start..sentence.end]);
            if tag > 0 && tag < sentence.len() {
                sentence.start += tag;
                break;
            }
        }
        sentences
    }

    /// Summarizes `text` within `length`.
    pub fn summarize(&self, text: &str, length: Length) -> Summary {
        let sentences = self.sentences(text);
        let terms = Terms::analyze(text, &sentences);
        let word_counts: Vec<usize> = terms.sentence_tokens.iter().map(|range| range.len()).collect();
        let vectors = vectors::SentenceVectors::build(&terms);
        let features = features::sentence_features(text, &sentences, &word_counts, &vectors);
        let scores = self.weights.score(&features);
        let budget = length.budget(sentences.len());
        let chosen = selection::select(&scores, &features, &vectors.sentences, budget);
        Summary {
            sentences: chosen
                .into_iter()
                .map(|index| ChosenSentence {
                    index,
                    span: sentences[index].clone(),
                    score: scores[index],
                    words: word_counts[index],
                })
                .collect(),
            total_sentences: sentences.len(),
            total_words: word_counts.iter().sum(),
            language: terms.language.map_or("und", |language| language.code()),
            keywords: keywords::key_phrases(text, &terms, &features, KEYWORDS),
        }
    }
}

//! Extractive summaries: which sentences of an article carry it, and its key phrases.
//!
//! The pipeline is linear in the text: split sentences, analyze terms, build TF-IDF vectors
//! and each sentence's directed centrality, score each sentence (position, centrality, length,
//! quotation), then choose the best within the budget without repeats or dangling openers,
//! and cut off a connective ("But", "However,") that points back to a sentence not chosen.

mod boilerplate;
mod centrality;
mod features;
mod hook;
mod keywords;
mod length;
mod length_error;
mod length_text;
pub mod openers;
mod person;
mod quoted;
mod ranking;
mod selection;
mod vectors;

pub use length::Length;
pub use length_error::LengthError;
pub use length_text::LengthUnit;
pub use ranking::RankingWeights;

use std::ops::Range;

use crate::text::{Document, Language, Terms};

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
    /// Its byte range in the article, without a leading source tag such as "(CNN)" or a
    /// connective cut off (see `connective_cut`).
    pub span: Range<usize>,
    /// How strongly it carries the story, between 0 and 1.
    pub score: f64,
    /// How many words it has.
    pub words: usize,
    /// True when a connective that pointed back to the unchosen sentence before ("But",
    /// "However,") was cut off: `span` starts after it.
    pub connective_cut: bool,
}

/// Chooses the sentences that carry an article.
#[derive(Debug, Default, Clone, Copy)]
pub struct Summarizer {
    /// The ranking weights for every language; `None` for those of the article's language
    /// ([`RankingWeights::for_language`]).
    weights: Option<RankingWeights>,
}

impl Summarizer {
    /// A summarizer with its own ranking weights, whatever the article's language.
    pub fn with_weights(weights: RankingWeights) -> Self {
        Self {
            weights: Some(weights),
        }
    }

    /// The Lead baseline: the first `count` sentences of `document` (fewer when it has fewer),
    /// in order, each in its reading form, with a source tag ("(CNN)") trimmed off.
    pub fn lead(&self, document: &Document, count: usize) -> Vec<String> {
        without_source_tag(document.analysed(), document.sentences().to_vec())
            .into_iter()
            .take(count)
            .map(|sentence| document.reading_text(sentence).into_owned())
            .collect()
    }

    /// Summarizes `text` within `length`; spans index `text`.
    pub fn summarize(&self, text: &str, length: Length) -> Summary {
        self.summarize_document(&Document::new(text), length)
    }

    /// Summarizes a document within `length`; spans index its original text.
    pub fn summarize_document(&self, document: &Document, length: Length) -> Summary {
        let sentences = without_source_tag(document.analysed(), document.sentences().to_vec());
        let mut summary = self.summarize_analysed(document, sentences, length);
        for sentence in &mut summary.sentences {
            sentence.span = document.to_original(sentence.span.clone());
        }
        summary
    }

    /// Summarizes the analysed form of a document, split into `sentences`; spans index it.
    fn summarize_analysed(
        &self,
        document: &Document,
        sentences: Vec<Range<usize>>,
        length: Length,
    ) -> Summary {
        let text = document.analysed();
        let quotations: Vec<Range<usize>> = document
            .quotations()
            .iter()
            .map(|quoted| quoted.outer())
            .collect();
        let terms = Terms::analyze(text, &sentences, document.language());
        let vectors = vectors::SentenceVectors::build(&terms);
        let openers = openers::Openers::of(document.language());
        let features = features::sentence_features(
            text,
            &sentences,
            &quotations,
            &terms.sentence_words,
            &vectors,
            openers,
        );
        let weights = self
            .weights
            .unwrap_or_else(|| RankingWeights::for_language(document.language()));
        let scores = weights.score(&features);
        let budget = length.budget(sentences.len());
        let chosen = selection::select(&scores, &features, &vectors, budget);
        // Done with the vectors: on a long text the key phrases need their room.
        drop(vectors);
        let keywords = keywords::key_phrases(text, &terms, &features, KEYWORDS);
        Summary {
            sentences: chosen
                .iter()
                .map(|&index| {
                    // A connective pointing back is cut off unless the sentence before is chosen too.
                    let follows_chosen = index > 0 && chosen.binary_search(&(index - 1)).is_ok();
                    let cut = if follows_chosen {
                        0
                    } else {
                        features[index].detachable
                    };
                    let span = sentences[index].start + cut..sentences[index].end;
                    ChosenSentence {
                        index,
                        words: Terms::words_from(text, sentences[index].clone(), span.start),
                        span,
                        score: scores[index],
                        connective_cut: cut > 0,
                    }
                })
                .collect(),
            total_sentences: sentences.len(),
            total_words: terms.sentence_words.iter().sum(),
            language: Language::code_of(terms.language),
            keywords,
        }
    }
}

/// `sentences` of `text` with a source tag ("(CNN)") trimmed off the first sentence that has
/// one, among the first few (bylines may come before it).
fn without_source_tag(text: &str, mut sentences: Vec<Range<usize>>) -> Vec<Range<usize>> {
    for sentence in sentences.iter_mut().take(SOURCE_TAG_WITHIN) {
        let tag = boilerplate::source_tag_len(&text[sentence.start..sentence.end]);
        if tag > 0 && tag < sentence.len() {
            sentence.start += tag;
            break;
        }
    }
    sentences
}

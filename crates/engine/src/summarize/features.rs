//! What the ranking knows about each sentence: whether it may be chosen at all, where it
//! stands in the story, how central it is, how well its length reads in a summary, and how
//! much of it is quotation.

use std::ops::Range;

use super::boilerplate::is_boilerplate;
use super::centrality::directed_centrality;
use super::openers::Openers;
use super::person::speaks_in_person;
use super::quoted::quoted_shares;
use super::vectors::SentenceVectors;
use crate::text::ends_like_prose;

/// Sentences with fewer words than this are fragments, not summary material.
pub const MIN_WORDS: usize = 5;

/// A first line this short without a closing stop is the article's headline.
const MAX_TITLE_WORDS: usize = 20;

/// The facts about one sentence that its score is made from.
#[derive(Debug, Clone, PartialEq)]
pub struct SentenceFeatures {
    /// False for furniture (datelines, bylines, calls to action), headlines and fragments.
    pub eligible: bool,
    /// Its rank among eligible sentences other than glued captions, from 0 (the lead);
    /// ineligible sentences and captions share the next rank.
    pub story_position: usize,
    /// How much the rest of the story elaborates on it (see [`directed_centrality`]), at least 0.
    pub centrality: f32,
    /// Cosine similarity to the article's headline, when it opens with one.
    pub title_overlap: Option<f32>,
    /// How many words it has.
    pub words: usize,
    /// True when it opens with a pronoun or connective pointing to the sentence before, and
    /// cutting off a connective would not mend it.
    pub dangling: bool,
    /// The byte length of a connective at its start ("But ", "However, ") that is cut off when
    /// it is chosen without the sentence before; 0 when there is none.
    pub detachable: usize,
    /// The share of it inside quote marks (see [`quoted_shares`]), between 0 and 1.
    pub quoted: f32,
    /// True when, with no quote marks in it, it speaks in the first or second person (see
    /// [`speaks_in_person`]).
    pub in_person: bool,
}

/// Computes the features of every sentence.
pub fn sentence_features(
    text: &str,
    sentences: &[Range<usize>],
    quotations: &[Range<usize>],
    word_counts: &[usize],
    vectors: &SentenceVectors,
    openers: Openers,
) -> Vec<SentenceFeatures> {
    let mut story_position = 0;
    let title = sentences
        .first()
        .zip(word_counts.first())
        .map(|first| (first, vectors.sentence(0)))
        .and_then(|((span, &words), vector)| {
            (is_headline(&text[span.clone()]) && words <= MAX_TITLE_WORDS).then_some(vector)
        });
    let centrality = directed_centrality(vectors);
    let quoted = quoted_shares(quotations, sentences);
    sentences
        .iter()
        .zip(word_counts)
        .zip(vectors.iter())
        .zip(centrality)
        .zip(quoted)
        .map(|((((span, &words), vector), centrality), quoted)| {
            let sentence = &text[span.clone()];
            let stopless = is_headline(sentence);
            let caption = stopless && !ends_line(text, span.end);
            let headline = stopless && !caption;
            let eligible = words >= MIN_WORDS && !is_boilerplate(sentence) && !headline;
            let points_back = openers.opens_dangling(sentence);
            let detachable = if points_back {
                openers.detachable_len(sentence)
            } else {
                0
            };
            let features = SentenceFeatures {
                eligible,
                story_position,
                centrality,
                title_overlap: title.map(|title| vector.cosine(&title).max(0.0)),
                words,
                dangling: points_back && detachable == 0,
                detachable,
                quoted,
                in_person: quoted == 0.0 && speaks_in_person(sentence),
            };
            // A glued caption is chosen on its merits but does not push the story down.
            story_position += usize::from(eligible && !caption);
            features
        })
        .collect()
}

/// True when nothing but spaces comes between `end` and the next line break or the end of
/// the text. A sentence without a stop that does not end its line is a caption glued to the
/// next sentence, not a headline.
fn ends_line(text: &str, end: usize) -> bool {
    text[end..]
        .chars()
        .find(|c| !matches!(c, ' ' | '\t'))
        .is_none_or(|c| c == '\n' || c == '\r')
}

/// A line without a closing stop: a headline, a subhead or a list item.
fn is_headline(sentence: &str) -> bool {
    !ends_like_prose(sentence)
}

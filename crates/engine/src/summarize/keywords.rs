//! Key phrases: runs of up to three content words that recur, or single frequent words,
//! weighted by how often their stems occur and how early they appear.

use rustc_hash::FxHashMap;

use super::features::SentenceFeatures;
use crate::text::stopwords::is_stopword;
use crate::text::terms::Token;
use crate::text::{TermId, Terms};

/// The longest key phrase, in words.
const MAX_PHRASE_WORDS: usize = 3;
/// How many sentences count as the lead, whose words weigh more.
const LEAD_SENTENCES: usize = 3;

/// The article's top `limit` key phrases, most important first, each as first written.
/// Only sentences eligible for a summary count (no bylines or datelines).
pub fn key_phrases(text: &str, terms: &Terms, features: &[SentenceFeatures], limit: usize) -> Vec<String> {
    let mut weight = vec![0.0f32; terms.vocabulary_size];
    let eligible = |index: usize| features.get(index).is_some_and(|sentence| sentence.eligible);
    for (index, range) in terms
        .sentence_tokens
        .iter()
        .enumerate()
        .filter(|&(index, _)| eligible(index))
    {
        let boost = if features[index].story_position < LEAD_SENTENCES {
            2.0
        } else {
            1.0
        };
        for token in &terms.tokens[range.clone()] {
            weight[token.term() as usize] += boost;
        }
    }

    let phrases = candidate_phrases(text, terms, eligible);
    let mut ranked: Vec<(f32, u32, &Stems)> = phrases
        .iter()
        .filter(|(stems, seen)| stems.as_slice().len() == 1 || seen.count >= 2)
        .map(|(stems, seen)| {
            let stems_of = stems.as_slice();
            let mean =
                stems_of.iter().map(|&term| weight[term as usize]).sum::<f32>() / stems_of.len() as f32;
            let score = mean * (seen.count as f32).sqrt() * (stems_of.len() as f32).sqrt();
            (score, seen.start, stems)
        })
        .collect();
    // The best first, then the earliest written; the stems settle what is left.
    ranked.sort_unstable_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.1.cmp(&b.1))
            .then_with(|| a.2.as_slice().cmp(b.2.as_slice()))
    });

    let mut taken: Vec<TermId> = Vec::new();
    let mut keywords = Vec::new();
    for (_, _, stems) in ranked {
        if keywords.len() >= limit {
            break;
        }
        if stems.as_slice().iter().any(|stem| taken.contains(stem)) {
            continue;
        }
        // Where the phrase is first written: from its first word to the last of its stems'.
        let first = terms
            .tokens
            .partition_point(|token| token.span().start < phrases[stems].start as usize);
        let last = first + stems.as_slice().len() - 1;
        if [first, last]
            .iter()
            .any(|&at| is_topicless(terms, &text[terms.tokens[at].span()]))
        {
            continue;
        }
        taken.extend(stems.as_slice().iter().copied());
        let span = terms.tokens[first].span().start..terms.tokens[last].span().end;
        keywords.push(text[span].to_owned());
    }
    keywords
}

/// True for a word without a topic that is a term all the same: one of the words the
/// language's stopword list lacks (French `a`, `selon`). They count in the ranking, which
/// was measured to do better with them, but a key phrase neither starts nor ends with one.
fn is_topicless(terms: &Terms, word: &str) -> bool {
    terms
        .language
        .is_some_and(|language| is_stopword(language, &word.to_lowercase()))
}

/// The stems of a candidate phrase, in a fixed array rather than a vector of its own (a long
/// text has hundreds of thousands of candidates), the slots past its words [`NO_STEM`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Stems([TermId; MAX_PHRASE_WORDS]);

/// A slot of [`Stems`] past the phrase's words: no term has this number.
const NO_STEM: TermId = TermId::MAX;

impl Stems {
    /// The stems of the content words `window` (at most [`MAX_PHRASE_WORDS`]).
    fn of(window: &[Token]) -> Self {
        let mut stems = [NO_STEM; MAX_PHRASE_WORDS];
        for (slot, token) in stems.iter_mut().zip(window) {
            *slot = token.term();
        }
        Self(stems)
    }

    fn as_slice(&self) -> &[TermId] {
        let len = self
            .0
            .iter()
            .position(|&stem| stem == NO_STEM)
            .unwrap_or(MAX_PHRASE_WORDS);
        &self.0[..len]
    }
}

/// How often a candidate phrase occurs, and where it is first written (the byte its first
/// word starts at).
#[derive(Debug, Clone, Copy)]
struct Seen {
    count: u32,
    start: u32,
}

/// Candidate phrases: runs of content words joined only by spaces in the `eligible`
/// sentences, counted by their stems.
fn candidate_phrases(text: &str, terms: &Terms, eligible: impl Fn(usize) -> bool) -> FxHashMap<Stems, Seen> {
    let mut phrases: FxHashMap<Stems, Seen> = FxHashMap::default();
    for (_, range) in terms
        .sentence_tokens
        .iter()
        .enumerate()
        .filter(|&(index, _)| eligible(index))
    {
        let tokens = &terms.tokens[range.clone()];
        let mut run_start = 0;
        for end in 1..=tokens.len() {
            // A stopword or a number between two words breaks the run as any other character.
            let breaks = end == tokens.len()
                || !text[tokens[end - 1].span().end..tokens[end].span().start]
                    .chars()
                    .all(|c| c == ' ');
            if !breaks {
                continue;
            }
            let run = &tokens[run_start..end];
            for length in 1..=run.len().min(MAX_PHRASE_WORDS) {
                for window in run.windows(length) {
                    let seen = phrases.entry(Stems::of(window)).or_insert(Seen {
                        count: 0,
                        start: window[0].span().start as u32,
                    });
                    seen.count += 1;
                }
            }
            run_start = end;
        }
    }
    phrases
}

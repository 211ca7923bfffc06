//! Key phrases: runs of up to three content words that recur, or single frequent words,
//! weighted by how often their stems occur and how early they appear.

use rustc_hash::FxHashMap;

use super::features::SentenceFeatures;
use crate::quotes::is_verb_of_saying;
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
    let eligible = |index: usize| features.get(index).is_some_and(|sentence| sentence.eligible);
    let stems = StemCounts::of(terms, features, eligible);
    // A single word without a topic is never taken: left out before the bar, it blocks no
    // phrase from the count.
    let mut singles = stems.singles();
    singles.retain(|(_, seen)| !topicless_at(text, terms, seen.start as usize));
    let bar = stems.bar(&singles, limit);
    let phrases = candidate_phrases(text, terms, eligible, |window| stems.best_score(window) >= bar);
    let mut ranked: Vec<(f32, Stems, Seen)> = singles
        .into_iter()
        .chain(phrases.into_iter().filter(|(_, seen)| seen.count >= 2))
        .map(|(stems_of, seen)| (stems.score(stems_of.as_slice(), seen.count), stems_of, seen))
        .collect();
    // The best first, then the earliest written; the stems settle what is left.
    ranked.sort_unstable_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(a.2.start.cmp(&b.2.start))
            .then_with(|| a.1.as_slice().cmp(b.1.as_slice()))
    });

    let mut taken: Vec<TermId> = Vec::new();
    let mut keywords = Vec::new();
    for (_, stems, seen) in ranked {
        if keywords.len() >= limit {
            break;
        }
        if stems.as_slice().iter().any(|stem| taken.contains(stem)) {
            continue;
        }
        // Where the phrase is first written: from its first word to the last of its stems'.
        let first = terms
            .tokens
            .partition_point(|token| token.span().start < seen.start as usize);
        let last = first + stems.as_slice().len() - 1;
        let last_start = terms.tokens[last].span().start;
        if topicless_at(text, terms, seen.start as usize) || topicless_at(text, terms, last_start) {
            continue;
        }
        taken.extend(stems.as_slice().iter().copied());
        let span = terms.tokens[first].span().start..terms.tokens[last].span().end;
        keywords.push(text[span].to_owned());
    }
    keywords
}

/// True when the content word written at byte `start` has no topic all the same: it is one
/// of the words the language's stopword list lacks (French `a`, `selon`), or a verb of saying
/// (`said`, `sagte`), which every news article is full of. They count in the ranking, which
/// was measured to do better with them, but a key phrase neither starts nor ends with one.
fn topicless_at(text: &str, terms: &Terms, start: usize) -> bool {
    let Some(language) = terms.language else {
        return false;
    };
    let at = terms.tokens.partition_point(|token| token.span().start < start);
    terms.tokens.get(at).is_some_and(|token| {
        let lower = text[token.span()].to_lowercase();
        is_stopword(language, &lower) || is_verb_of_saying(language, &lower)
    })
}

/// Each stem's weight (its occurrences in the eligible sentences, doubled in the lead), how
/// often it occurs there, and where it is first written.
struct StemCounts {
    weight: Vec<f32>,
    count: Vec<u32>,
    first: Vec<u32>,
}

impl StemCounts {
    fn of(terms: &Terms, features: &[SentenceFeatures], eligible: impl Fn(usize) -> bool) -> Self {
        let size = terms.vocabulary_size;
        let (mut weight, mut count, mut first) = (vec![0.0f32; size], vec![0u32; size], vec![u32::MAX; size]);
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
                let term = token.term() as usize;
                weight[term] += boost;
                count[term] += 1;
                first[term] = first[term].min(token.span().start as u32);
            }
        }
        Self { weight, count, first }
    }

    /// A phrase's score: the mean weight of its stems, times the square roots of its count
    /// and of its length.
    fn score(&self, stems: &[TermId], count: u32) -> f32 {
        let mean = stems.iter().map(|&term| self.weight[term as usize]).sum::<f32>() / stems.len() as f32;
        mean * (count as f32).sqrt() * (stems.len() as f32).sqrt()
    }

    /// The most a phrase of the content words `window` can score: it occurs no more often
    /// than its rarest stem (and a phrase of several words must occur twice).
    fn best_score(&self, window: &[Token]) -> f32 {
        let stems = Stems::of(window);
        let rarest = stems
            .as_slice()
            .iter()
            .map(|&term| self.count[term as usize])
            .min()
            .unwrap_or(0);
        if rarest < 2 {
            return f32::NEG_INFINITY;
        }
        self.score(stems.as_slice(), rarest)
    }

    /// Every stem met in the eligible sentences as a one-word phrase.
    fn singles(&self) -> Vec<(Stems, Seen)> {
        (0..self.count.len())
            .filter(|&term| self.count[term] > 0)
            .map(|term| {
                let mut stems = [NO_STEM; MAX_PHRASE_WORDS];
                stems[0] = term as TermId;
                let seen = Seen {
                    count: self.count[term],
                    start: self.first[term],
                };
                (Stems(stems), seen)
            })
            .collect()
    }

    /// The score a phrase of several words needs to be worth counting: that of the
    /// `CANDIDATE_MARGIN × limit`-th best single word. Each phrase taken blocks at most
    /// [`MAX_PHRASE_WORDS`] single words, so at least `limit` words scoring this much are
    /// taken before any phrase scoring less is reached: leaving those out changes nothing,
    /// and keeps a long text's table of phrases small.
    fn bar(&self, singles: &[(Stems, Seen)], limit: usize) -> f32 {
        let mut scores: Vec<f32> = singles
            .iter()
            .map(|(stems, seen)| self.score(stems.as_slice(), seen.count))
            .collect();
        let rank = CANDIDATE_MARGIN * limit;
        if limit == 0 || scores.len() <= rank {
            return f32::NEG_INFINITY;
        }
        let (_, &mut bar, _) = scores.select_nth_unstable_by(rank - 1, |a, b| b.total_cmp(a));
        bar
    }
}

/// How many single words per key phrase asked for are ranked before phrases of several words
/// are counted: [`MAX_PHRASE_WORDS`] blocked by each phrase taken, and the phrase itself.
const CANDIDATE_MARGIN: usize = MAX_PHRASE_WORDS + 1;

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

/// Candidate phrases of two or more words: runs of content words joined only by spaces in the
/// `eligible` sentences, counted by their stems, those `worth` counting.
fn candidate_phrases(
    text: &str,
    terms: &Terms,
    eligible: impl Fn(usize) -> bool,
    worth: impl Fn(&[Token]) -> bool,
) -> FxHashMap<Stems, Seen> {
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
            for length in 2..=run.len().min(MAX_PHRASE_WORDS) {
                for window in run.windows(length).filter(|window| worth(window)) {
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

//! Choosing sentences: the best-scored first, within the budget, skipping near-repeats of a
//! sentence already chosen and sentences that lean on an unchosen sentence before them.

use super::features::SentenceFeatures;
use super::vectors::SentenceVectors;

/// Two sentences this similar say the same thing; the second adds nothing.
const REDUNDANT: f32 = 0.45;
/// Redundancy is checked against this many chosen sentences, keeping selection linear.
const REDUNDANCY_WINDOW: usize = 32;

/// How much a summary may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Budget {
    /// At most this many sentences.
    pub sentences: usize,
    /// At most this many words, if limited.
    pub words: Option<usize>,
}

/// Picks the sentences of the summary, returned in article order. Never empty when the
/// article has a sentence: if nothing fits, the best sentence is chosen anyway.
pub fn select(
    scores: &[f64],
    features: &[SentenceFeatures],
    vectors: &SentenceVectors,
    budget: Budget,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..features.len())
        .filter(|&index| features[index].eligible)
        .collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    let mut chosen: Vec<usize> = Vec::new();
    let mut is_chosen = vec![false; features.len()];
    let mut words = 0;
    for avoid_repeats in [true, false] {
        // Sentences passed over only because they lean on an unchosen sentence before them.
        let mut waiting = vec![false; features.len()];
        for &first in &order {
            let mut candidate = Some(first);
            while let Some(index) = candidate.take() {
                if chosen.len() >= budget.sentences {
                    break;
                }
                let sentence = &features[index];
                let fits = budget.words.is_none_or(|limit| words + sentence.words <= limit);
                if is_chosen[index] || !fits {
                    continue;
                }
                if sentence.dangling && index > 0 && !is_chosen[index - 1] {
                    waiting[index] = true;
                    continue;
                }
                if avoid_repeats
                    && chosen
                        .iter()
                        .take(REDUNDANCY_WINDOW)
                        .any(|&other| vectors.sentence(index).cosine(&vectors.sentence(other)) > REDUNDANT)
                {
                    continue;
                }
                chosen.push(index);
                is_chosen[index] = true;
                words += sentence.words;
                // A better-scored sentence that waited for this one may now follow it.
                candidate = (index + 1 < features.len() && waiting[index + 1]).then_some(index + 1);
            }
        }
    }
    if chosen.is_empty() && budget.sentences > 0 {
        let best = order
            .first()
            .copied()
            .or_else(|| (!features.is_empty()).then_some(0));
        chosen.extend(best);
    }
    chosen.sort_unstable();
    chosen
}

#[cfg(test)]
mod tests {
    use super::{select, Budget};
    use crate::summarize::features::SentenceFeatures;
    use crate::summarize::vectors::SentenceVectors;

    fn sentence(dangling: bool) -> SentenceFeatures {
        SentenceFeatures {
            eligible: true,
            story_position: 0,
            centrality: 0.0,
            title_overlap: None,
            words: 10,
            dangling,
            detachable: 0,
            quoted: 0.0,
            in_person: false,
        }
    }

    #[test]
    fn a_sentence_that_waited_for_its_predecessor_follows_it() {
        let features = [sentence(false), sentence(false), sentence(true), sentence(false)];
        let vectors = SentenceVectors::without_terms(features.len());
        let budget = Budget {
            sentences: 2,
            words: None,
        };
        // Sentence 2 outranks sentence 1 but leans on it: once 1 is in, 2 comes before 3.
        let chosen = select(&[0.1, 0.5, 0.9, 0.4], &features, &vectors, budget);
        assert_eq!(chosen, vec![1, 2]);
    }
}

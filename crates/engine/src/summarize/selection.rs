//! Choosing sentences: the best-scored first, within the budget, skipping near-repeats of a
//! sentence already chosen and sentences that lean on an unchosen sentence before them.

use super::features::SentenceFeatures;
use super::vectors::SparseVector;

/// Two sentences this similar say the same thing; the second adds nothing.
const REDUNDANT: f32 = 0.55;
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
    vectors: &[SparseVector],
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
        for &index in &order {
            if chosen.len() >= budget.sentences {
                break;
            }
            let sentence = &features[index];
            let fits = budget.words.is_none_or(|limit| words + sentence.words <= limit);
            let leans_on_unchosen = sentence.dangling && index > 0 && !is_chosen[index - 1];
            if is_chosen[index] || !fits || leans_on_unchosen {
                continue;
            }
            if avoid_repeats
                && chosen
                    .iter()
                    .take(REDUNDANCY_WINDOW)
                    .any(|&other| vectors[index].cosine(&vectors[other]) > REDUNDANT)
            {
                continue;
            }
            chosen.push(index);
            is_chosen[index] = true;
            words += sentence.words;
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

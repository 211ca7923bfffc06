//! Key phrases: runs of up to three content words that recur, or single frequent words,
//! weighted by how often their stems occur and how early they appear.

use rustc_hash::FxHashMap;

use super::features::SentenceFeatures;
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
            if let Some(term) = token.term {
                weight[term as usize] += boost;
            }
        }
    }

    // Candidate phrases: runs of content words joined only by spaces, counted by their stems.
    let mut phrases: FxHashMap<Vec<TermId>, (usize, std::ops::Range<usize>)> = FxHashMap::default();
    for (_, range) in terms
        .sentence_tokens
        .iter()
        .enumerate()
        .filter(|&(index, _)| eligible(index))
    {
        let tokens = &terms.tokens[range.clone()];
        let mut run_start = 0;
        for end in 1..=tokens.len() {
            let breaks = end == tokens.len()
                || tokens[end].term.is_none()
                || tokens[end - 1].term.is_none()
                || !text[tokens[end - 1].span.end..tokens[end].span.start]
                    .chars()
                    .all(|c| c == ' ');
            if !breaks {
                continue;
            }
            let run = &tokens[run_start..end];
            if run.first().is_some_and(|token| token.term.is_some()) {
                for length in 1..=run.len().min(MAX_PHRASE_WORDS) {
                    for window in run.windows(length) {
                        let stems: Vec<TermId> = window.iter().filter_map(|token| token.term).collect();
                        let span = window[0].span.start..window[length - 1].span.end;
                        phrases.entry(stems).or_insert((0, span)).0 += 1;
                    }
                }
            }
            run_start = end;
        }
    }

    let mut ranked: Vec<(f32, &Vec<TermId>, &std::ops::Range<usize>)> = phrases
        .iter()
        .filter(|(stems, (count, _))| stems.len() == 1 || *count >= 2)
        .map(|(stems, (count, span))| {
            let mean = stems.iter().map(|&term| weight[term as usize]).sum::<f32>() / stems.len() as f32;
            let score = mean * (*count as f32).sqrt() * (stems.len() as f32).sqrt();
            (score, stems, span)
        })
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.2.start.cmp(&b.2.start)));

    let mut taken: Vec<TermId> = Vec::new();
    let mut keywords = Vec::new();
    for (_, stems, span) in ranked {
        if keywords.len() >= limit {
            break;
        }
        if stems.iter().any(|stem| taken.contains(stem)) {
            continue;
        }
        taken.extend(stems.iter().copied());
        keywords.push(text[span.clone()].to_owned());
    }
    keywords
}

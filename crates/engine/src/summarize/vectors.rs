//! Sentences as sparse, unit-length TF-IDF vectors over the article's stems, where a
//! stem's IDF counts the sentences it appears in.

use crate::text::{TermId, Terms};

/// A sparse vector: (term, weight) pairs sorted by term, of unit length (or empty).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVector(Vec<(TermId, f32)>);

impl SparseVector {
    /// The cosine similarity of two unit vectors, between 0 and 1.
    pub fn cosine(&self, other: &Self) -> f32 {
        let (mut left, mut right) = (self.0.iter().peekable(), other.0.iter().peekable());
        let mut dot = 0.0;
        while let (Some(&&(a, x)), Some(&&(b, y))) = (left.peek(), right.peek()) {
            match a.cmp(&b) {
                std::cmp::Ordering::Less => {
                    left.next();
                }
                std::cmp::Ordering::Greater => {
                    right.next();
                }
                std::cmp::Ordering::Equal => {
                    dot += x * y;
                    left.next();
                    right.next();
                }
            }
        }
        dot
    }

    /// The cosine similarity with a dense unit vector.
    pub fn cosine_dense(&self, dense: &[f32]) -> f32 {
        self.0
            .iter()
            .map(|&(term, weight)| weight * dense.get(term as usize).copied().unwrap_or(0.0))
            .sum()
    }
}

/// Each sentence's vector, and the article's centroid (the normalized sum of them).
#[derive(Debug, Clone)]
pub struct SentenceVectors {
    /// One vector per sentence.
    pub sentences: Vec<SparseVector>,
    /// The direction of the whole article, dense, of unit length.
    pub centroid: Vec<f32>,
}

impl SentenceVectors {
    /// Builds the vectors of every sentence of `terms`, in one pass over its tokens.
    pub fn build(terms: &Terms) -> Self {
        let sentence_count = terms.sentence_tokens.len();
        let mut sentence_frequency = vec![0u32; terms.vocabulary_size];
        let mut counts: Vec<Vec<(TermId, f32)>> = Vec::with_capacity(sentence_count);
        for index in 0..sentence_count {
            let mut ids: Vec<TermId> = terms
                .sentence(index)
                .iter()
                .filter_map(|token| token.term)
                .collect();
            ids.sort_unstable();
            let mut counted: Vec<(TermId, f32)> = Vec::new();
            for id in ids {
                match counted.last_mut() {
                    Some((last, count)) if *last == id => *count += 1.0,
                    _ => {
                        counted.push((id, 1.0));
                        sentence_frequency[id as usize] += 1;
                    }
                }
            }
            counts.push(counted);
        }
        let total = sentence_count.max(1) as f32;
        let idf: Vec<f32> = sentence_frequency
            .iter()
            .map(|&df| (1.0 + total / df.max(1) as f32).ln())
            .collect();
        let mut centroid = vec![0.0f32; terms.vocabulary_size];
        let sentences = counts
            .into_iter()
            .map(|mut weights| {
                for (term, weight) in &mut weights {
                    *weight = (1.0 + weight.ln()) * idf[*term as usize];
                }
                let norm = weights
                    .iter()
                    .map(|(_, weight)| weight * weight)
                    .sum::<f32>()
                    .sqrt();
                if norm > 0.0 {
                    weights.iter_mut().for_each(|(_, weight)| *weight /= norm);
                }
                for &(term, weight) in &weights {
                    centroid[term as usize] += weight;
                }
                SparseVector(weights)
            })
            .collect();
        let norm = centroid.iter().map(|weight| weight * weight).sum::<f32>().sqrt();
        if norm > 0.0 {
            centroid.iter_mut().for_each(|weight| *weight /= norm);
        }
        Self { sentences, centroid }
    }
}

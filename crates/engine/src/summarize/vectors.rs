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

    /// The dot product with a dense vector: the cosine similarity when both have unit length.
    pub fn dot_dense(&self, dense: &[f32]) -> f32 {
        self.0
            .iter()
            .map(|&(term, weight)| weight * dense.get(term as usize).copied().unwrap_or(0.0))
            .sum()
    }

    /// Adds this vector to a dense one (terms beyond its end are ignored).
    pub fn add_to(&self, dense: &mut [f32]) {
        for &(term, weight) in &self.0 {
            if let Some(slot) = dense.get_mut(term as usize) {
                *slot += weight;
            }
        }
    }

    /// The squared length: 1 for a unit vector, 0 for an empty one.
    pub fn norm_squared(&self) -> f32 {
        self.0.iter().map(|&(_, weight)| weight * weight).sum()
    }
}

/// Each sentence's vector.
#[derive(Debug, Clone)]
pub struct SentenceVectors {
    /// One vector per sentence.
    pub sentences: Vec<SparseVector>,
    /// How many terms the vectors range over: the length of a dense vector in their space.
    pub dimensions: usize,
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
                .filter_map(|token| token.term())
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
                SparseVector(weights)
            })
            .collect();
        Self {
            sentences,
            dimensions: terms.vocabulary_size,
        }
    }
}

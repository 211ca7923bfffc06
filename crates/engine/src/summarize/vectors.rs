//! Sentences as sparse, unit-length TF-IDF vectors over the article's stems, where a
//! stem's IDF counts the sentences it appears in.

use crate::text::{TermId, Terms};

/// A sparse vector: (term, weight) pairs sorted by term, of unit length (or empty), borrowed
/// from the [`SentenceVectors`] that hold every sentence's.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SparseVector<'a>(&'a [(TermId, f32)]);

impl SparseVector<'_> {
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
        for &(term, weight) in self.0 {
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

/// Each sentence's vector, all kept in one buffer: a long text has hundreds of thousands.
#[derive(Debug, Clone)]
pub struct SentenceVectors {
    /// Every sentence's (term, weight) pairs, one sentence after another.
    entries: Vec<(TermId, f32)>,
    /// Where each sentence's pairs end in `entries`.
    ends: Vec<usize>,
    /// How many terms the vectors range over: the length of a dense vector in their space.
    pub dimensions: usize,
}

impl SentenceVectors {
    /// The vector of sentence `index` (empty past the last sentence).
    pub fn sentence(&self, index: usize) -> SparseVector<'_> {
        let start = index.checked_sub(1).map_or(0, |previous| self.ends[previous]);
        SparseVector(self.ends.get(index).map_or(&[], |&end| &self.entries[start..end]))
    }

    /// Every sentence's vector, in order.
    pub fn iter(&self) -> impl Iterator<Item = SparseVector<'_>> {
        (0..self.ends.len()).map(|index| self.sentence(index))
    }

    /// The vectors of `count` sentences without a term.
    #[cfg(test)]
    pub fn without_terms(count: usize) -> Self {
        Self {
            entries: Vec::new(),
            ends: vec![0; count],
            dimensions: 0,
        }
    }

    /// Builds the vectors of every sentence of `terms`, in one pass over its tokens.
    pub fn build(terms: &Terms) -> Self {
        let sentence_count = terms.sentence_tokens.len();
        let mut sentence_frequency = vec![0u32; terms.vocabulary_size];
        // Term counts first, one entry a distinct term of each sentence; weights after.
        let mut entries: Vec<(TermId, f32)> = Vec::with_capacity(terms.tokens.len());
        let mut ends = Vec::with_capacity(sentence_count);
        for index in 0..sentence_count {
            let mut ids: Vec<TermId> = terms.sentence(index).iter().map(|token| token.term()).collect();
            ids.sort_unstable();
            let first = entries.len();
            for id in ids {
                match entries[first..].last_mut() {
                    Some((last, count)) if *last == id => *count += 1.0,
                    _ => {
                        entries.push((id, 1.0));
                        sentence_frequency[id as usize] += 1;
                    }
                }
            }
            ends.push(entries.len());
        }
        let total = sentence_count.max(1) as f32;
        let idf: Vec<f32> = sentence_frequency
            .iter()
            .map(|&df| (1.0 + total / df.max(1) as f32).ln())
            .collect();
        let mut start = 0;
        for &end in &ends {
            normalize(&mut entries[start..end], &idf);
            start = end;
        }
        Self {
            entries,
            ends,
            dimensions: terms.vocabulary_size,
        }
    }
}

/// Turns one sentence's term counts into TF-IDF weights of unit length.
fn normalize(weights: &mut [(TermId, f32)], idf: &[f32]) {
    for (term, weight) in weights.iter_mut() {
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
}

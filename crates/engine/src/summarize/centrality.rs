//! Directed centrality (after PacSum, Zheng and Lapata 2019): a sentence is central when the
//! story after it keeps returning to its words, and less so when it only repeats what came
//! before it. Computed in one pass with running sums, so it stays linear in the text.

use super::vectors::SentenceVectors;

/// For each sentence, its similarity to every later sentence minus its similarity to every
/// earlier one (sums of cosines), floored at 0. Larger means more central.
pub fn directed_centrality(vectors: &SentenceVectors) -> Vec<f32> {
    let dimensions = vectors.dimensions;
    let mut all = vec![0.0f32; dimensions];
    for sentence in vectors.iter() {
        sentence.add_to(&mut all);
    }
    let mut earlier = vec![0.0f32; dimensions];
    vectors
        .iter()
        .map(|sentence| {
            let before = sentence.dot_dense(&earlier);
            let itself = sentence.norm_squared();
            sentence.add_to(&mut earlier);
            let after = sentence.dot_dense(&all) - before - itself;
            (after - before).max(0.0)
        })
        .collect()
}

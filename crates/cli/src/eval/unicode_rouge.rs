//! ROUGE for languages with accented letters. Google's `rouge-score` (and `rougers`, which
//! reproduces it) keeps only the letters a to z, so `été` and `déclaré` lose their accents
//! and `à` vanishes; here a word is a run of letters of any script and digits, lower-cased,
//! then stemmed by the language's Snowball stemmer. Scores are F1 of ROUGE-1, ROUGE-2 and
//! ROUGE-L (the longest common subsequence of the two texts as single sequences).

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

/// F1 of ROUGE-1, ROUGE-2 and ROUGE-L, each between 0 and 1.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct RougeF1 {
    pub rouge1: f64,
    pub rouge2: f64,
    pub rouge_l: f64,
}

/// Scores a candidate against a reference, both tokenized and stemmed in one language.
pub struct UnicodeRouge {
    stemmer: Stemmer,
}

impl UnicodeRouge {
    /// A scorer that stems with `algorithm`.
    pub fn new(algorithm: Algorithm) -> Self {
        Self {
            stemmer: Stemmer::create(algorithm),
        }
    }

    /// The stemmed, lower-cased words of `text`: runs of letters (accents included) and
    /// digits; apostrophes, hyphens and every other mark separate words.
    pub fn tokens(&self, text: &str) -> Vec<String> {
        text.split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(|word| self.stemmer.stem(&word.to_lowercase()).into_owned())
            .collect()
    }

    /// The F1 scores of `candidate` against `reference`; all 0 when either has no word.
    pub fn score(&self, reference: &str, candidate: &str) -> RougeF1 {
        let (reference, candidate) = (self.tokens(reference), self.tokens(candidate));
        RougeF1 {
            rouge1: ngram_f1(&reference, &candidate, 1),
            rouge2: ngram_f1(&reference, &candidate, 2),
            rouge_l: f1(
                longest_common_subsequence(&reference, &candidate),
                candidate.len(),
                reference.len(),
            ),
        }
    }
}

/// F1 of the `n`-grams the two token sequences share, each counted at most as often as in
/// either.
fn ngram_f1(reference: &[String], candidate: &[String], n: usize) -> f64 {
    let (reference_counts, candidate_counts) = (ngram_counts(reference, n), ngram_counts(candidate, n));
    let shared = candidate_counts
        .iter()
        .map(|(gram, &count)| count.min(reference_counts.get(gram).copied().unwrap_or(0)))
        .sum();
    let grams = |tokens: &[String]| (tokens.len() + 1).saturating_sub(n);
    f1(shared, grams(candidate), grams(reference))
}

/// How often each `n`-gram of `tokens` occurs.
fn ngram_counts(tokens: &[String], n: usize) -> HashMap<&[String], usize> {
    let mut counts = HashMap::new();
    for gram in tokens.windows(n) {
        *counts.entry(gram).or_default() += 1;
    }
    counts
}

/// The length of the longest common subsequence of `a` and `b`, in O(|a|·|b|) time and
/// O(|b|) room.
fn longest_common_subsequence(a: &[String], b: &[String]) -> usize {
    let mut row = vec![0usize; b.len() + 1];
    for token in a {
        let mut diagonal = 0;
        for (j, other) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = if token == other {
                diagonal + 1
            } else {
                above.max(row[j])
            };
            diagonal = above;
        }
    }
    row[b.len()]
}

/// F1 of `matched` items among `predicted` and `expected`, between 0 and 1.
fn f1(matched: usize, predicted: usize, expected: usize) -> f64 {
    if matched == 0 {
        return 0.0;
    }
    let precision = matched as f64 / predicted as f64;
    let recall = matched as f64 / expected as f64;
    2.0 * precision * recall / (precision + recall)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn french() -> UnicodeRouge {
        UnicodeRouge::new(Algorithm::French)
    }

    #[test]
    fn keeps_accented_letters_and_stems_in_french() {
        assert_eq!(
            french().tokens("L'été a été déclaré « chaud » à Paris en 2023."),
            ["l", "été", "a", "été", "déclar", "chaud", "à", "paris", "en", "2023"]
        );
        assert_eq!(french().tokens("Les élections"), french().tokens("les élection"));
    }

    #[test]
    fn scores_by_hand() {
        // Reference: le maire a démissionné lundi (5 words); candidate: le maire démissionne
        // (3 words). Stems: démissionné and démissionne share `démission`.
        // ROUGE-1: 3 shared; P = 3/3, R = 3/5, F1 = 2·1·0.6/1.6 = 0.75.
        // ROUGE-2: bigrams shared: `le maire` only; P = 1/2, R = 1/4, F1 = 1/3.
        // ROUGE-L: LCS `le maire démission` = 3, as ROUGE-1.
        let scores = french().score("Le maire a démissionné lundi.", "Le maire démissionne.");
        assert!((scores.rouge1 - 0.75).abs() < 1e-9, "{scores:?}");
        assert!((scores.rouge2 - 1.0 / 3.0).abs() < 1e-9, "{scores:?}");
        assert!((scores.rouge_l - 0.75).abs() < 1e-9, "{scores:?}");
    }

    #[test]
    fn counts_repeats_at_most_as_often_as_the_reference_has_them() {
        // Candidate `été été été`, reference `été chaud`: one match; P = 1/3, R = 1/2, F1 = 0.4.
        let scores = french().score("été chaud", "été été été");
        assert!((scores.rouge1 - 0.4).abs() < 1e-9, "{scores:?}");
        // LCS in order: `b a` against `a b` is 1.
        let scores = french().score("alpha bravo", "bravo alpha");
        assert!((scores.rouge_l - 0.5).abs() < 1e-9, "{scores:?}");
        assert_eq!(french().score("", "mot"), RougeF1::default());
        assert_eq!(french().score("mot", ""), RougeF1::default());
    }
}

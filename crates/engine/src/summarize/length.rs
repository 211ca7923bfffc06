//! How long a summary may be.

/// The length a reader asks for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// At most this many sentences.
    Sentences(usize),
    /// At most this many words (at least one sentence when the article has any).
    Words(usize),
    /// This share of the article's sentences, between 0 and 1 (at least one sentence).
    Ratio(f64),
}

impl Length {
    /// A short summary: three sentences.
    pub const SHORT: Self = Self::Sentences(3);
    /// A medium summary: five sentences.
    pub const MEDIUM: Self = Self::Sentences(5);
    /// A long summary: a quarter of the article.
    pub const LONG: Self = Self::Ratio(0.25);

    /// How many lead sentences fit, given each sentence's word count.
    pub fn sentence_budget(self, word_counts: &[usize]) -> usize {
        let total = word_counts.len();
        match self {
            Self::Sentences(count) => count.min(total),
            Self::Ratio(ratio) => {
                let ratio = if ratio.is_finite() {
                    ratio.clamp(0.0, 1.0)
                } else {
                    0.0
                };
                ((total as f64 * ratio).round() as usize).clamp(total.min(1), total)
            }
            Self::Words(budget) => {
                let mut used = 0;
                let fitting = word_counts
                    .iter()
                    .take_while(|&&words| {
                        used += words;
                        used <= budget
                    })
                    .count();
                fitting.max(total.min(1))
            }
        }
    }
}

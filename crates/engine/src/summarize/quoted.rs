//! How much of each sentence is direct quotation. Quotes lend a story colour and voices, but
//! a summary tells the news in the reporter's own words, so quoted sentences rank lower.

use std::ops::Range;

/// For each sentence, the share of its bytes inside quote marks (marks included), between 0
/// and 1, given the text's quoted `passages` (marks included, in order). One pass over them,
/// so a quote running over several sentences counts in each of them.
pub fn quoted_shares(passages: &[Range<usize>], sentences: &[Range<usize>]) -> Vec<f32> {
    let mut next = 0;
    sentences
        .iter()
        .map(|span| {
            while next < passages.len() && passages[next].end <= span.start {
                next += 1;
            }
            let inside: usize = passages[next..]
                .iter()
                .take_while(|passage| passage.start < span.end)
                .map(|passage| {
                    passage
                        .end
                        .min(span.end)
                        .saturating_sub(passage.start.max(span.start))
                })
                .sum();
            (inside as f32 / span.len().max(1) as f32).min(1.0)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::quoted_shares;
    use crate::text::QuoteMarks;

    #[test]
    fn measures_the_quoted_share_of_each_sentence() {
        let text = "The mayor resigned on Friday. \"I am done,\" she said. Voters were told later.";
        let sentences = [0..29, 30..52, 53..text.len()];
        let passages: Vec<_> = QuoteMarks
            .find(text)
            .iter()
            .map(|passage| passage.outer())
            .collect();
        let shares = quoted_shares(&passages, &sentences);
        assert_eq!(shares[0], 0.0);
        assert!(shares[1] > 0.4 && shares[1] < 0.7, "{}", shares[1]);
        assert_eq!(shares[2], 0.0);
    }
}

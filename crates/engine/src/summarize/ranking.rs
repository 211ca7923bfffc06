//! The score of each sentence: a weighted sum of explainable parts. News puts what matters
//! first, so position weighs most (unless the opening is a hook, see [`super::hook`]);
//! centrality lifts the sentences that the rest of the story elaborates on; length favours
//! sentences that read well on their own; direct quotation counts against a sentence, as a
//! summary reports rather than quotes, and so, a little, does the first or second person
//! outside quote marks (see [`super::person`]). When the article opens with a headline, the score is
//! blended with each sentence's overlap with it.

use super::features::SentenceFeatures;
use super::hook::position_rank;
use crate::text::Language;

/// How much each part of the score counts: position, centrality and length sum to 1,
/// `quotation` is taken off a wholly quoted sentence (in proportion for a partly quoted one),
/// `person` off a sentence in the first or second person outside quote marks, and `title` is the share given to headline overlap when there is a headline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankingWeights {
    /// Weight of the position in the story.
    pub position: f32,
    /// Weight of the similarity to the whole article.
    pub centrality: f32,
    /// Weight of a comfortable length.
    pub length: f32,
    /// Penalty for direct quotation, times the quoted share of the sentence.
    pub quotation: f32,
    /// Penalty for a sentence in the first or second person outside quote marks.
    pub person: f32,
    /// Share of the score given to overlap with the headline, when the article has one.
    pub title: f32,
}

impl Default for RankingWeights {
    /// The weights of English news (tuned on CNN/Daily Mail), and of languages without their own.
    fn default() -> Self {
        Self {
            position: 0.5,
            centrality: 0.3,
            length: 0.2,
            quotation: 0.25,
            person: 0.07,
            title: 0.25,
        }
    }
}

impl RankingWeights {
    /// The weights for articles in `language`: French news (tuned on OrangeSum) opens less
    /// often with its gist than English news does, so position counts less there and
    /// centrality more; every other language, and an unknown one, has the default.
    pub fn for_language(language: Option<Language>) -> Self {
        match language {
            Some(Language::French) => Self {
                position: 0.25,
                centrality: 0.6,
                length: 0.15,
                ..Self::default()
            },
            _ => Self::default(),
        }
    }
}

/// Sentences with at least the first and at most the second number of words read best in a
/// summary. Shorter ones score less in proportion; longer ones with the cube of the ratio, as
/// a long sentence dilutes a short summary.
const COMFORTABLE_WORDS: (usize, usize) = (10, 30);

impl RankingWeights {
    /// The score of each sentence, between 0 and 1; 0 for ineligible sentences.
    pub fn score(&self, features: &[SentenceFeatures]) -> Vec<f64> {
        let top_centrality = features
            .iter()
            .filter(|sentence| sentence.eligible)
            .map(|sentence| sentence.centrality)
            .fold(0.0f32, f32::max);
        features
            .iter()
            .map(|sentence| {
                if !sentence.eligible {
                    return 0.0;
                }
                let centrality = if top_centrality > 0.0 {
                    sentence.centrality / top_centrality
                } else {
                    0.0
                };
                let position = 1.0 / (1.0 + position_rank(sentence.story_position, centrality)).sqrt();
                let (short, long) = COMFORTABLE_WORDS;
                let length = if sentence.words < short {
                    sentence.words as f32 / short as f32
                } else if sentence.words > long {
                    (long as f32 / sentence.words as f32).powi(3)
                } else {
                    1.0
                };
                let body = self.position * position + self.centrality * centrality + self.length * length
                    - self.quotation * sentence.quoted
                    - if sentence.in_person { self.person } else { 0.0 };
                let body = body.max(0.0);
                f64::from(match sentence.title_overlap {
                    Some(overlap) => (1.0 - self.title) * body + self.title * overlap,
                    None => body,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::RankingWeights;
    use crate::summarize::features::SentenceFeatures;
    use crate::text::Language;

    fn sentence(story_position: usize, in_person: bool) -> SentenceFeatures {
        SentenceFeatures {
            eligible: true,
            story_position,
            centrality: 1.0,
            title_overlap: None,
            words: 20,
            dangling: false,
            detachable: 0,
            quoted: 0.0,
            in_person,
        }
    }

    #[test]
    fn the_first_or_second_person_costs_a_little() {
        let scores =
            RankingWeights::default().score(&[sentence(0, false), sentence(0, true), sentence(3, false)]);
        // Position 1, centrality 1, length 1: 0.5 + 0.3 + 0.2.
        assert!((scores[0] - 1.0).abs() < 1e-6, "{}", scores[0]);
        assert!((scores[1] - 0.93).abs() < 1e-6, "{}", scores[1]);
        // The fourth sentence's position prior is 1/2: 0.25 + 0.3 + 0.2.
        assert!((scores[2] - 0.75).abs() < 1e-6, "{}", scores[2]);
    }

    #[test]
    fn french_weighs_centrality_over_position() {
        let lead = SentenceFeatures {
            centrality: 0.5,
            ..sentence(0, false)
        };
        let central = sentence(3, false);
        // English: 0.5 + 0.15 + 0.2 = 0.85 for the lead, 0.75 for the fourth sentence.
        let english =
            RankingWeights::for_language(Some(Language::English)).score(&[lead.clone(), central.clone()]);
        assert!(english[0] > english[1], "{english:?}");
        // French: 0.25 + 0.3 + 0.15 = 0.7 for the lead, 0.125 + 0.6 + 0.15 = 0.875.
        let french = RankingWeights::for_language(Some(Language::French)).score(&[lead, central]);
        assert!((french[0] - 0.7).abs() < 1e-6, "{french:?}");
        assert!((french[1] - 0.875).abs() < 1e-6, "{french:?}");
        assert_eq!(RankingWeights::for_language(None), RankingWeights::default());
    }
}

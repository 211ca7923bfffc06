//! Who is quoted: one row a speaker (their mentions merged by the speaker resolution into one
//! name), with how many quotes are theirs and their share of the quoted words.

use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use super::QuoteReport;

/// The name quotes without a speaker are filed under.
pub const UNATTRIBUTED: &str = "Unattributed";

/// One speaker's part in an article's quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerShare {
    /// The speaker's name, or "Unattributed".
    pub name: String,
    /// How many quotes are theirs.
    pub quotes: usize,
    /// Their share of all quoted words, in whole percent.
    pub word_share: usize,
}

/// The name a quote is filed under: its speaker's, or [`UNATTRIBUTED`].
pub fn speaker_name(quote: &QuoteReport) -> &str {
    quote
        .speaker
        .as_ref()
        .map_or(UNATTRIBUTED, |speaker| speaker.name.as_str())
}

/// The speakers of `quotes`, most quoted words first; a quote's words are those of its quoted
/// parts, never of an attribution interrupting it.
pub fn speaker_shares(quotes: &[QuoteReport]) -> Vec<SpeakerShare> {
    let mut tallies: Vec<(&str, usize, usize)> = Vec::new();
    let mut index_of: FxHashMap<&str, usize> = FxHashMap::default();
    for quote in quotes {
        let words: usize = quote
            .parts
            .iter()
            .map(|part| part.text.split_whitespace().count())
            .sum();
        let name = speaker_name(quote);
        let index = *index_of.entry(name).or_insert_with(|| {
            tallies.push((name, 0, 0));
            tallies.len() - 1
        });
        tallies[index].1 += 1;
        tallies[index].2 += words;
    }
    let all_words = tallies.iter().map(|(_, _, words)| words).sum::<usize>().max(1);
    let mut shares: Vec<SpeakerShare> = tallies
        .into_iter()
        .map(|(name, quotes, words)| SpeakerShare {
            name: name.to_owned(),
            quotes,
            word_share: (100 * words + all_words / 2) / all_words,
        })
        .collect();
    shares.sort_by(|a, b| b.word_share.cmp(&a.word_share).then(b.quotes.cmp(&a.quotes)));
    shares
}

//! Who is quoted: each speaker with their number of quotes and share of the quoted words.

use std::collections::HashMap;

use nutgraf_engine::report::QuoteReport;
use serde::{Deserialize, Serialize};

/// One speaker's part in the article's quotes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpeakerShare {
    /// The speaker's name, or "Unattributed".
    pub name: String,
    /// How many quotes are theirs.
    pub quotes: usize,
    /// Their share of all quoted words, in percent.
    pub word_share: usize,
}

/// The name a quote is filed under.
pub fn speaker_name(quote: &QuoteReport) -> &str {
    quote
        .speaker
        .as_ref()
        .map_or("Unattributed", |speaker| speaker.name.as_str())
}

/// Speakers by number of quoted words, most first.
pub fn speaker_shares(quotes: &[QuoteReport]) -> Vec<SpeakerShare> {
    let mut tallies: Vec<(String, usize, usize)> = Vec::new();
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    for quote in quotes {
        let words = quote.text.split_whitespace().count();
        let name = speaker_name(quote);
        let index = *index_of.entry(name).or_insert_with(|| {
            tallies.push((name.to_owned(), 0, 0));
            tallies.len() - 1
        });
        tallies[index].1 += 1;
        tallies[index].2 += words;
    }
    let all_words: usize = tallies.iter().map(|(_, _, words)| words).sum::<usize>().max(1);
    let mut shares: Vec<SpeakerShare> = tallies
        .into_iter()
        .map(|(name, quotes, words)| SpeakerShare {
            name,
            quotes,
            word_share: (100 * words + all_words / 2) / all_words,
        })
        .collect();
    shares.sort_by(|a, b| b.word_share.cmp(&a.word_share).then(b.quotes.cmp(&a.quotes)));
    shares
}

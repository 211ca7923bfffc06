//! Membership in the detector's word lists. Every list is sorted byte-wise (those of
//! [`crate::lexicon`] by `build.rs`), so a lookup is a binary search.

use crate::lexicon::{compare_bytes, WordList};

/// A sorted word list: the lexicon's [`WordList`]s, or a slice of words kept in code.
pub(crate) trait SortedWords: Copy {
    /// True when `word` is in the list.
    fn has(self, word: &str) -> bool;
}

impl SortedWords for WordList {
    fn has(self, word: &str) -> bool {
        self.contains(word)
    }
}

impl SortedWords for &[&str] {
    fn has(self, word: &str) -> bool {
        self.binary_search_by(|probe| compare_bytes(probe.as_bytes(), word.as_bytes()))
            .is_ok()
    }
}

/// True when `word` is in the sorted `list`.
pub(crate) fn is_listed(list: impl SortedWords, word: &str) -> bool {
    list.has(word)
}

/// True when `word`, lower-cased, is in the sorted `list`; ASCII words are lower-cased
/// without allocating.
pub(crate) fn is_listed_lowercased(list: impl SortedWords, word: &str) -> bool {
    let mut buffer = [0u8; 32];
    if word.is_ascii() && word.len() <= buffer.len() {
        let lowered = &mut buffer[..word.len()];
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        return std::str::from_utf8(lowered).is_ok_and(|lower| is_listed(list, lower));
    }
    is_listed(list, &word.to_lowercase())
}

/// The phrases of the sorted `list` whose first word is `first`.
pub(crate) fn phrases_starting_with<'a>(
    list: &'static [&'static [&'static str]],
    first: &'a str,
) -> impl Iterator<Item = &'static [&'static str]> + 'a {
    let start = list.partition_point(|phrase| phrase.first().is_some_and(|word| *word < first));
    list[start..]
        .iter()
        .copied()
        .take_while(move |phrase| phrase.first() == Some(&first))
}

/// True when `list` is strictly increasing, as [`is_listed`] needs: for the lists still kept
/// in code.
#[cfg(test)]
pub(crate) fn is_sorted(list: &[&str]) -> bool {
    list.windows(2).all(|pair| pair[0] < pair[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_phrases_that_start_with_a_word() {
        const PHRASES: &[&[&str]] = &[&["cut", "in"], &["put", "it"], &["put", "out"], &["puts", "it"]];
        let found: Vec<&[&str]> = phrases_starting_with(PHRASES, "put").collect();
        assert_eq!(found, [&["put", "it"][..], &["put", "out"][..]]);
        assert_eq!(phrases_starting_with(PHRASES, "pu").count(), 0);
        assert_eq!(phrases_starting_with(PHRASES, "went").count(), 0);
    }
}

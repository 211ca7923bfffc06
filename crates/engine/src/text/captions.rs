//! Sentences glued together without a stop. Picture captions pasted into a story lose their
//! line breaks and read `... a black miniskirt The fashion fan carried a tote ...`.

/// Capitalised words that open a sentence and, between two lower-case words, start one.
const OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "In", "On", "This", "These", "His", "Her", "Their", "An", "But",
    "And", "After", "When", "As", "Some",
];

/// Openers that start a glued sentence even after a capitalised name (`at Old Trafford The
/// afternoon`): words that, capitalised mid-sentence, are hardly ever part of a name or title.
const OPENERS_AFTER_NAMES: &[&str] = &[
    "The", "He", "She", "They", "We", "His", "Her", "Their", "This", "These",
];

/// Byte offsets in `sentence` where a glued sentence starts: an opener after a lower-case
/// word or a number (or, for [`OPENERS_AFTER_NAMES`], a name) without punctuation, followed
/// by a lower-case word or a number. Only capital letters after a space are looked at
/// closely, so the pass costs little.
pub fn glued_starts(sentence: &str) -> Vec<usize> {
    let bytes = sentence.as_bytes();
    (1..bytes.len())
        .filter(|&at| bytes[at].is_ascii_uppercase() && sentence[..at].ends_with(char::is_whitespace))
        .filter(|&at| {
            let word_end = sentence[at..]
                .find(char::is_whitespace)
                .map_or(sentence.len(), |length| at + length);
            let previous = sentence[..at].split_whitespace().next_back().unwrap_or_default();
            let next = sentence[word_end..].split_whitespace().next().unwrap_or_default();
            let opener = &sentence[at..word_end];
            OPENERS.contains(&opener)
                && (ends_plain(previous) || (OPENERS_AFTER_NAMES.contains(&opener) && is_name(previous)))
                && starts_plain(next)
        })
        .collect()
}

/// A word in lower case or a number, with no punctuation after it: `miniskirt`, `2013`.
fn ends_plain(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        && word.chars().last().is_some_and(char::is_alphanumeric)
}

/// A capitalised word such as a name, with no punctuation after it: `Trafford`, `Farage`;
/// not an acronym in capitals (`ALL`).
fn is_name(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_some_and(char::is_lowercase)
        && word.chars().last().is_some_and(char::is_alphanumeric)
}

/// A word that begins in lower case or with a digit: `fashion`, `2012,`.
fn starts_plain(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

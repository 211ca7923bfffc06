//! Sentences glued together without a stop. Picture captions pasted into a story lose their
//! line breaks and read `... a black miniskirt The fashion fan carried a tote ...`.

/// Capitalised words that open a sentence and, between two lower-case words, start one.
const OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "In", "On", "This", "These", "His", "Her", "Their", "An", "But",
    "And", "After", "When", "As", "Some",
];

/// Byte offsets in `sentence` where a glued sentence starts: an opener after a lower-case
/// word or a number without punctuation, followed by a lower-case word or a number.
pub fn glued_starts(sentence: &str) -> Vec<usize> {
    let words: Vec<(usize, &str)> = sentence
        .split_whitespace()
        .map(|word| (word.as_ptr() as usize - sentence.as_ptr() as usize, word))
        .collect();
    words
        .windows(3)
        .filter(|w| {
            w[1].1.starts_with(|c: char| c.is_ascii_uppercase())
                && ends_plain(w[0].1)
                && starts_plain(w[2].1)
                && OPENERS.contains(&w[1].1)
        })
        .map(|w| w[1].0)
        .collect()
}

/// A word in lower case or a number, with no punctuation after it: `miniskirt`, `2013`.
fn ends_plain(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        && word.chars().last().is_some_and(char::is_alphanumeric)
}

/// A word that begins in lower case or with a digit: `fashion`, `2012,`.
fn starts_plain(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

//! Telling speech from other quoted words: scare quotes (`so-called “peace plan”`), titles of
//! films and books, nicknames and short fragments are quoted but not said.

use crate::text::QuotedPassage;

/// What a quoted passage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum QuotedRole {
    /// Someone's words, to be reported as a direct quote.
    Speech,
    /// A scare quote, title, nickname or fragment woven into a sentence.
    Fragment,
}

/// Words right before a quote that show it names or labels something.
const LABELLING_WORDS: &[&str] = &[
    "a",
    "album",
    "an",
    "anthem",
    "apodado",
    "as",
    "baptisé",
    "book",
    "branded",
    "called",
    "denominado",
    "dit",
    "dite",
    "dubbed",
    "entitled",
    "film",
    "genannt",
    "hashtag",
    "headline",
    "her",
    "his",
    "its",
    "label",
    "labeled",
    "labelled",
    "llamada",
    "llamado",
    "movie",
    "named",
    "nicknamed",
    "novel",
    "our",
    "phrase",
    "play",
    "series",
    "show",
    "slogan",
    "so-called",
    "sogenannte",
    "sogenannten",
    "song",
    "term",
    "termed",
    "the",
    "their",
    "titled",
    "word",
    "words",
];

/// Quoted passages with at least this many words read as speech even without a cue.
const SPEECH_WORDS: usize = 6;

/// Decides whether `passage` is speech. `has_cue` says whether a reporting cue is attached to
/// it (right before or right after the marks).
pub(crate) fn role_of(text: &str, passage: &QuotedPassage, has_cue: bool) -> QuotedRole {
    let inner = text.get(passage.inner.clone()).unwrap_or_default();
    let words = inner.split_whitespace().count();
    let before = text.get(..passage.open.start).unwrap_or_default();
    let previous_word = before
        .split_whitespace()
        .next_back()
        .unwrap_or_default()
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_lowercase();
    let labelled = super::lists::is_listed(LABELLING_WORDS, previous_word.as_str());
    if has_cue && !(labelled && words < 3) {
        return QuotedRole::Speech;
    }
    if labelled || is_title(inner) {
        return QuotedRole::Fragment;
    }
    let opens_clause = before
        .trim_end_matches([' ', '\t', '\u{a0}'])
        .chars()
        .next_back()
        .is_none_or(|c| {
            matches!(
                c,
                '\n' | '\r' | ':' | '.' | '!' | '?' | '(' | '—' | '–' | '-' | ','
            )
        });
    let ends_sentence = inner
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '.' | '!' | '?' | '…' | ',' | ';' | '。' | '！' | '？'));
    let starts_capital = inner
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| !c.is_lowercase());
    if words >= SPEECH_WORDS && opens_clause && (ends_sentence || starts_capital)
        || words >= 2 * SPEECH_WORDS && opens_clause
        || words >= 3 && opens_clause && ends_sentence && starts_capital
    {
        QuotedRole::Speech
    } else {
        QuotedRole::Fragment
    }
}

/// A short passage with every long word capitalised and no final stop: a title or a name.
fn is_title(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.is_empty() || words.len() > 8 {
        return false;
    }
    if inner.trim_end().ends_with(['.', '!', '?', ',']) {
        return false;
    }
    words
        .iter()
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() > 3)
        .all(|word| {
            word.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        && words
            .iter()
            .any(|word| word.chars().next().is_some_and(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::QuoteMarks;

    #[test]
    fn word_lists_are_sorted() {
        assert!(super::super::lists::is_sorted(LABELLING_WORDS), "LABELLING_WORDS");
    }

    fn role(text: &str, has_cue: bool) -> QuotedRole {
        let passages = QuoteMarks.find(text);
        role_of(text, &passages[0], has_cue)
    }

    #[test]
    fn scare_quotes_and_titles_are_fragments() {
        assert_eq!(
            role("They call it a so-called “peace plan” again.", false),
            QuotedRole::Fragment
        );
        assert_eq!(
            role("We watched “The Empire Strikes Back” last night.", false),
            QuotedRole::Fragment
        );
        assert_eq!(
            role("Known as “the operator” in town.", false),
            QuotedRole::Fragment
        );
    }

    #[test]
    fn sentences_in_marks_are_speech() {
        assert_eq!(
            role("“We have to understand the Ukrainian position.”", false),
            QuotedRole::Speech
        );
        assert_eq!(role("“No,” he said.", true), QuotedRole::Speech);
    }
}

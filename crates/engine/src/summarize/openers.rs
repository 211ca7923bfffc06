//! Sentences that cannot stand alone: they open with a pronoun or connective that points
//! back to the sentence before. A connective alone ("But", "However,") can be cut off, which
//! leaves a sentence that stands alone.

use super::features::MIN_WORDS;
use crate::text::quote_marks::{quote_mark, QuoteMark};

/// Openers besides the connectives of [`DETACHABLE`] that need the previous sentence to make
/// sense, lower-cased: pronouns, determiners and `or`.
const POINTING_WORDS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "them",
    "his",
    "her",
    "its",
    "their",
    "this",
    "that",
    "these",
    "those",
    "or",
    "there",
    "such",
    "both",
    "another",
    "other",
    "others",
    "the latter",
    "the former",
    "er",
    "sie",
    "es",
    "il",
    "elle",
    "ils",
    "elles",
    "él",
    "ella",
    "ellos",
];

/// True when `sentence` opens with a pronoun or connective that refers to what came before.
pub fn opens_dangling(sentence: &str) -> bool {
    let start = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let first_word_len = start.find(|c: char| !c.is_alphanumeric()).unwrap_or(start.len());
    if first_word_len == 0 || first_word_len > LONGEST_OPENER_WORD {
        return false;
    }
    let mut buffer = [0u8; OPENING_BYTES];
    let opening = lower_case_opening(start, &mut buffer);
    let first_byte = opening.as_bytes().first();
    let connectives = DETACHABLE.iter().map(|&(connective, _)| connective);
    POINTING_WORDS.iter().copied().chain(connectives).any(|opener| {
        opener.as_bytes().first() == first_byte
            && opening
                .strip_prefix(opener)
                .is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    })
}

/// The first characters of `text` in lower case, as many as fit in `buffer` (no allocation:
/// this runs once per sentence).
fn lower_case_opening<'a>(text: &str, buffer: &'a mut [u8; OPENING_BYTES]) -> &'a str {
    let mut len = 0;
    for c in text.chars().flat_map(char::to_lowercase) {
        if len + c.len_utf8() > buffer.len() {
            break;
        }
        len += c.encode_utf8(&mut buffer[len..]).len();
    }
    std::str::from_utf8(&buffer[..len]).unwrap_or_default()
}

/// Connectives that point back to the sentence before, lower-cased, with whether a comma must
/// follow them to be cut off ("However," but "But" alone): what is left states the same fact
/// on its own.
const DETACHABLE: &[(&str, bool)] = &[
    ("but", false),
    ("and", false),
    ("yet", false),
    ("aber", false),
    ("mais", false),
    ("pero", false),
    ("however", true),
    ("also", true),
    ("so", true),
    ("still", true),
    ("then", true),
    ("thus", true),
    ("hence", true),
    ("therefore", true),
    ("meanwhile", true),
    ("moreover", true),
    ("furthermore", true),
    ("besides", true),
    ("instead", true),
    ("otherwise", true),
    ("nevertheless", true),
    ("nonetheless", true),
    ("consequently", true),
    ("additionally", true),
    ("likewise", true),
    ("similarly", true),
    ("indeed", true),
    ("later", true),
    ("in addition", true),
    ("as a result", true),
    ("on the other hand", true),
    ("even so", true),
    ("after that", true),
    ("at the same time", true),
    ("jedoch", true),
    ("cependant", true),
    ("sin embargo", true),
];

/// The byte length of a connective at the start of `sentence`, with its comma and the spaces
/// after it, when cutting it off leaves a sentence that stands alone; 0 otherwise. What is
/// left stands alone when it has at least [`MIN_WORDS`] words, does not itself open with a
/// pointer back ("But he …"), and is not elliptical ("But not before …").
pub fn detachable_connective_len(sentence: &str) -> usize {
    // Only a connective that opens the sentence: one inside a quotation stays with it.
    let start = sentence.trim_start();
    let Some(rest) = DETACHABLE
        .iter()
        .find_map(|&(connective, comma)| after_connective(start, connective, comma))
    else {
        return 0;
    };
    let rest = rest.trim_start();
    let first_word = rest
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    let stands_alone = rest
        .starts_with(|c: char| c.is_alphanumeric() || quote_mark(c).is_some_and(QuoteMark::usually_opens))
        && rest.split_whitespace().count() >= MIN_WORDS
        && !first_word.eq_ignore_ascii_case("not")
        && !opens_dangling(rest);
    if stands_alone {
        sentence.len() - rest.len()
    } else {
        0
    }
}

/// What follows `connective` (and its comma) at the start of `text`, when `text` opens with it.
fn after_connective<'a>(text: &'a str, connective: &str, needs_comma: bool) -> Option<&'a str> {
    if !text.get(..connective.len())?.eq_ignore_ascii_case(connective) {
        return None;
    }
    let rest = &text[connective.len()..];
    match rest.strip_prefix(',') {
        Some(after_comma) => Some(after_comma),
        None if !needs_comma && rest.starts_with(char::is_whitespace) => Some(rest),
        None => None,
    }
}

/// No opener's first word is longer than this many bytes ("consequently", "nevertheless").
const LONGEST_OPENER_WORD: usize = 13;
/// Enough of a sentence's opening, in bytes, to hold the longest opener and what follows it.
const OPENING_BYTES: usize = 24;

#[cfg(test)]
mod tests {
    use super::{detachable_connective_len, opens_dangling};

    #[test]
    fn spots_openers_that_point_back() {
        for dangling in [
            "He said no.",
            "However, prices rose.",
            "“It is over,” she said.",
            "This was new.",
            "In addition, two died.",
            "On the other hand, costs fell.",
            "Él dijo que no.",
        ] {
            assert!(opens_dangling(dangling), "{dangling}");
        }
        for standalone in [
            "Helen said no.",
            "Theresa May spoke.",
            "Italy won.",
            "The mayor spoke.",
            "Thistle grows.",
            "In Addis Ababa, talks began.",
            "On the other side, costs fell.",
        ] {
            assert!(!opens_dangling(standalone), "{standalone}");
        }
    }

    #[test]
    fn cuts_off_a_connective_only_when_what_is_left_stands_alone() {
        for (sentence, left) in [
            (
                "But the biggest challenge could be keeping hold of him.",
                "the biggest challenge could be keeping hold of him.",
            ),
            (
                "However, the attack followed the release of videos.",
                "the attack followed the release of videos.",
            ),
            (
                "And, among consumers today, authenticity means more.",
                "among consumers today, authenticity means more.",
            ),
            (
                "In addition, two more bodies were found on Sunday.",
                "two more bodies were found on Sunday.",
            ),
            (
                "But “we will win this fight,” the mayor said.",
                "“we will win this fight,” the mayor said.",
            ),
        ] {
            let cut = detachable_connective_len(sentence);
            assert_eq!(&sentence[cut..], left, "{sentence}");
        }
        for whole in [
            "But he denied the charges in court on Monday.",
            "“But the plan will never work,” the mayor said.",
            "However the votes are counted, the result is clear.",
            "But not before he made history by naming a woman.",
            "And maybe he should know.",
            "Butler said the team would win the title.",
            "So far, ten people have died in the floods.",
            "Then-President Obama signed the bill into law.",
            "The mayor spoke to reporters on Monday evening.",
        ] {
            assert_eq!(detachable_connective_len(whole), 0, "{whole}");
        }
    }
}

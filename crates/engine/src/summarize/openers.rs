//! Sentences that cannot stand alone: they open with a pronoun or connective that points
//! back to the sentence before.

/// Openers that need the previous sentence to make sense, lower-cased.
const DANGLING: &[&str] = &[
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
    "but",
    "however",
    "also",
    "and",
    "or",
    "so",
    "yet",
    "still",
    "then",
    "thus",
    "hence",
    "therefore",
    "meanwhile",
    "moreover",
    "furthermore",
    "besides",
    "instead",
    "otherwise",
    "nevertheless",
    "nonetheless",
    "consequently",
    "additionally",
    "likewise",
    "similarly",
    "indeed",
    "later",
    "there",
    "such",
    "both",
    "another",
    "other",
    "others",
    "the latter",
    "the former",
    "in addition",
    "as a result",
    "on the other hand",
    "even so",
    "after that",
    "at the same time",
    "er",
    "sie",
    "es",
    "aber",
    "jedoch",
    "il",
    "elle",
    "ils",
    "elles",
    "mais",
    "cependant",
    "él",
    "ella",
    "ellos",
    "pero",
    "sin embargo",
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
    DANGLING.iter().any(|opener| {
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

/// No opener's first word is longer than this many bytes ("consequently", "nevertheless").
const LONGEST_OPENER_WORD: usize = 13;
/// Enough of a sentence's opening, in bytes, to hold the longest opener and what follows it.
const OPENING_BYTES: usize = 24;

#[cfg(test)]
mod tests {
    use super::opens_dangling;

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
}

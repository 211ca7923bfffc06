//! Sentences glued at a stop, with no space after it (`approved by Merkel.Then she left`), as
//! text copied from a PDF or a web page often is. The tokenizer ends a word there and the
//! sentence splitter weighs the stop as it weighs any other, so that both read the same
//! sentences.

/// True when the terminator (`.`, `!`, `?`) at byte `at` of `text` may end a sentence glued to
/// the next: a word of two letters or more, its last in lower case, before it, and right after
/// it a capital and a lower-case letter (`Merkel.Als`, `late!The`). Not `U.S.`, `Ph.D.`,
/// `amazon.de`, `e.V.`, `3.5`, nor anything in a web or e-mail address.
pub(crate) fn is_glued_stop(text: &str, at: usize) -> bool {
    if !matches!(text.as_bytes().get(at), Some(b'.' | b'!' | b'?')) {
        return false;
    }
    let (before, after) = (&text[..at], &text[at + 1..]);
    let mut next = after.chars();
    let capitalised = matches!(
        (next.next(), next.next()),
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase()
    );
    let mut previous = before.chars().rev();
    let lower_word = matches!(
        (previous.next(), previous.next()),
        (Some(last), Some(one_before)) if last.is_lowercase() && one_before.is_alphabetic()
    );
    if !(capitalised && lower_word) {
        return false;
    }
    let chunk_start = before.trim_end_matches(|c: char| !c.is_whitespace()).len();
    let chunk_end = after
        .find(char::is_whitespace)
        .map_or(text.len(), |space| at + 1 + space);
    let chunk = &text[chunk_start..chunk_end];
    !(chunk.contains("://") || chunk.contains("www.") || chunk.contains('@'))
}

#[cfg(test)]
mod tests {
    use super::is_glued_stop;

    fn glued(text: &str) -> bool {
        let at = text.find(['.', '!', '?']).expect("a stop");
        is_glued_stop(text, at)
    }

    #[test]
    fn a_lower_case_word_a_stop_and_a_capitalised_word() {
        assert!(glued("approved by Merkel.Then she left"));
        assert!(glued("Das sagte Merkel.Als sie ging"));
        assert!(glued("it was late!The end"));
        // After a space wider than a byte.
        assert!(glued("ab\u{3000}cd.Ef"));
    }

    #[test]
    fn not_abbreviations_numbers_or_addresses() {
        for text in [
            "the U.S. said",
            "a Ph.D. student",
            "on amazon.de today",
            "der e.V. hat",
            "up 3.5 points",
            "see www.example.Com now",
            "mail jo.Smith@example.com",
            "go to https://news.Example.org",
            "it ended.",
            "a.B",
        ] {
            assert!(!glued(text), "{text}");
        }
    }
}

//! Text written without capitals (a lower-case transcript, an all-caps wire story) carries
//! none of the signals the engine reads from them: where sentences start, where a quotation
//! opens a statement, the pronoun `I`. This restores those capitals in a copy of the same
//! length, so every offset into it is an offset into the reading form.

use std::borrow::Cow;
use std::ops::Range;

use super::caseless::Casing;
use super::german_capitals::german_capital_starts;
use super::letter_case::latin_upper_case;
use super::names::name_starts;
use super::quote_marks::quote_mark;
use super::sentences::SentenceSplitter;
use super::Language;

/// `text`, written without capitals (`casing` is [`Casing::Lower`] or [`Casing::Upper`]),
/// with the capitals of a sentence's first word, of a quotation opening a statement, of names
/// and of the pronoun `I` restored. All-caps text is first put in lower case, as far as its
/// capitals can be restored (Latin letters; other scripts stay as written); the capitals of a
/// lower-case text (acronyms) stay. Every change keeps each character's length in bytes. The
/// sentences found on the way come with it.
pub fn case_restored(
    text: Cow<'_, str>,
    casing: Casing,
    language: Option<Language>,
) -> (String, Vec<Range<usize>>) {
    // A lower-case text is restored in place when it is already a copy of its own.
    let mut restored: String = match casing {
        Casing::Upper => text.chars().map(restorable_lower).collect(),
        _ => text.into_owned(),
    };
    let sentences = SentenceSplitter::caseless()
        .in_language(language)
        .split(&restored);
    let mut starts: Vec<usize> = sentences
        .iter()
        .filter_map(|sentence| first_letter(&restored, sentence.start))
        .collect();
    starts.extend(quotation_openings(&restored));
    starts.extend(pronoun_i(&restored));
    starts.extend(name_starts(&restored));
    if language == Some(Language::German) {
        starts.extend(german_capital_starts(&restored));
    }
    for at in starts {
        capitalize_at(&mut restored, at);
    }
    (restored, sentences)
}

/// The lower case of `c` when it is a letter whose capital [`latin_upper_case`] gives back.
fn restorable_lower(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(one), None) if latin_upper_case(one) == Some(c) => one,
        _ => c,
    }
}

/// Puts the Latin letter at byte `at` in upper case (its length stays the same).
fn capitalize_at(text: &mut String, at: usize) {
    let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
        return;
    };
    if let Some(upper) = latin_upper_case(c) {
        let mut buffer = [0u8; 4];
        text.replace_range(at..at + c.len_utf8(), upper.encode_utf8(&mut buffer));
    }
}

/// `text` with the letters at byte offsets `starts` in upper case, as [`case_restored`] puts
/// them: for the tests of the finders of those offsets.
#[cfg(test)]
pub(super) fn with_capitals_at(text: &str, starts: &[usize]) -> String {
    let mut capitalized = text.to_owned();
    for &at in starts {
        capitalize_at(&mut capitalized, at);
    }
    capitalized
}

/// The first letter of the sentence starting at `start`, past opening marks, brackets and
/// list markers, within a few characters.
fn first_letter(text: &str, start: usize) -> Option<usize> {
    text.get(start..)?
        .char_indices()
        .take(4)
        .find(|&(_, c)| c.is_alphanumeric())
        .filter(|&(_, c)| c.is_alphabetic())
        .map(|(at, _)| start + at)
}

/// The first letters of quotations that open a statement: after a colon or a comma
/// (`he said, "we will"`), or at the start of a line. A quotation after a word is a fragment
/// of the sentence (`called it "a disaster"`) and stays as written.
fn quotation_openings(text: &str) -> Vec<usize> {
    let mut found = Vec::new();
    for (at, c) in text.char_indices() {
        // A straight single mark is an apostrophe as often as a quotation mark.
        if c == '\'' || !quote_mark(c).is_some_and(|mark| mark.can_open() && mark.usually_opens()) {
            continue;
        }
        let before = text[..at].trim_end_matches([' ', '\u{a0}']);
        let introduced = before.is_empty() || before.ends_with([':', ',', '\n']);
        let opens = text[..at].is_empty() || text[..at].ends_with(char::is_whitespace);
        if introduced && opens {
            found.extend(first_letter(text, at + c.len_utf8()));
        }
    }
    found
}

/// The `i` of `i`, `i'm`, `i’ve`, `i'd`, `i'll` standing alone.
fn pronoun_i(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for (at, _) in text.match_indices('i') {
        let alone_before = at == 0 || !is_word_byte(bytes[at - 1]);
        let after = &text[at + 1..];
        let alone_after = after.is_empty()
            || !is_word_byte(bytes[at + 1])
                && !after.starts_with(['.', '-'])
                && (!after.starts_with(['\'', '’'])
                    || ["'m", "'ve", "'d", "'ll", "’m", "’ve", "’d", "’ll"]
                        .iter()
                        .any(|ending| after.starts_with(ending)));
        if alone_before && alone_after {
            found.push(at);
        }
    }
    found
}

/// True for a byte that is part of a word: an ASCII letter or digit, or any byte of a
/// non-ASCII character.
fn is_word_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte >= 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_sentence_quotation_and_pronoun_capitals() {
        let text = "the mayor spoke on monday. he said, \"we will win.\" i think he called it \"a plan\" and i'm sure.";
        assert_eq!(
            case_restored(Cow::Borrowed(text), Casing::of(text), None).0,
            "The mayor spoke on monday. He said, \"We will win.\" I think he called it \"a plan\" and I'm sure."
        );
    }

    #[test]
    fn puts_all_caps_in_lower_case_first() {
        let text = "THE MAYOR SPOKE ON MONDAY. HE SAID IT WAS ÉTÉ.";
        assert_eq!(
            case_restored(Cow::Borrowed(text), Casing::of(text), None).0,
            "The mayor spoke on monday. He said it was été."
        );
    }

    #[test]
    fn keeps_acronyms_and_scripts_it_cannot_restore() {
        let text = "the agents of the FBI said on monday that the case was closed. it is over now.";
        assert_eq!(
            case_restored(Cow::Borrowed(text), Casing::of(text), None).0,
            "The agents of the FBI said on monday that the case was closed. It is over now."
        );
        let russian = "МЭР СКАЗАЛ НЕТ. ОН УШЁЛ ДОМОЙ ПОСЛЕ ОБЕДА.";
        assert_eq!(
            case_restored(Cow::Borrowed(russian), Casing::of(russian), None).0,
            russian
        );
    }

    #[test]
    fn restores_the_capitals_of_names() {
        let text = "SEN. JOHN SMITH SAID HE WOULD VOTE NO. \"IT IS WRONG,\" SMITH'S AIDE SAID.";
        assert_eq!(
            case_restored(Cow::Borrowed(text), Casing::of(text), None).0,
            "Sen. John Smith said he would vote no. \"It is wrong,\" Smith's aide said."
        );
    }
}

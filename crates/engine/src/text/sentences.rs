//! Sentence segmentation that survives real articles: abbreviations, initials, decimals,
//! quotes after the full stop, attributions after a quoted question, headlines without a
//! final stop, and the full stops of Chinese and Japanese.

use std::ops::Range;

use super::abbreviations::{is_reporting_verb, Abbreviation};
use super::captions::glued_starts;
use super::quote_marks;

/// Splits text into sentences, reported as byte ranges with surrounding whitespace trimmed.
#[derive(Debug, Default, Clone, Copy)]
pub struct SentenceSplitter;

impl SentenceSplitter {
    /// Returns the byte range of every sentence in `text`, in order, never overlapping and
    /// never empty. Every non-whitespace character belongs to exactly one sentence.
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        let mut sentences = Vec::new();
        for line in logical_lines(text) {
            split_line(text, line, &mut sentences);
        }
        let mut unglued = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            unglue(text, sentence, &mut unglued);
        }
        unglued
    }
}

/// Terminal punctuation that may end a sentence.
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// Full stops of scripts written without spaces; they end a sentence without one.
fn is_wide_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Marks that may follow a terminator and still belong to the sentence it ends.
fn is_closing(c: char) -> bool {
    quote_marks::may_close(c) || matches!(c, ')' | ']' | '}' | '）' | '】')
}

/// Marks that may open a sentence before its first letter.
fn is_opening(c: char) -> bool {
    quote_marks::may_open(c) || matches!(c, '(' | '[' | '¿' | '¡' | '（' | '—' | '-' | '*' | '•')
}

/// Splits the text into lines that end a sentence at their end. A blank line always ends
/// one; a single line break ends one unless the line reads as hard-wrapped prose (it does not
/// end in a stop and the next line begins in lower case).
fn logical_lines(text: &str) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let end = offset + raw.len();
        let content = raw.trim_end();
        let next_starts_lower = text[end..]
            .trim_start_matches([' ', '\t'])
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let ends_in_stop = content
            .trim_end_matches(is_closing)
            .chars()
            .last()
            .is_some_and(|c| is_terminator(c) || is_wide_terminator(c) || c == ':');
        let blank_follows = text[end..].starts_with(['\n', '\r']) || content.trim().is_empty();
        if ends_in_stop || blank_follows || !next_starts_lower {
            lines.push(start..end);
            start = end;
        }
        offset = end;
    }
    if start < text.len() {
        lines.push(start..text.len());
    }
    lines
}

/// Splits one logical line, pushing its sentences.
fn split_line(text: &str, line: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut sentence_start = line.start;
    let mut chars = text[line.clone()].char_indices().peekable();
    while let Some((relative, c)) = chars.next() {
        let at = line.start + relative;
        if is_wide_terminator(c) {
            let mut end = at + c.len_utf8();
            while let Some(&(next_relative, next)) = chars.peek() {
                if !(is_wide_terminator(next) || is_closing(next)) {
                    break;
                }
                end = line.start + next_relative + next.len_utf8();
                chars.next();
            }
            push_trimmed(text, sentence_start..end, out);
            sentence_start = end;
            continue;
        }
        if !is_terminator(c) {
            continue;
        }
        // The run of stops and closing marks that follows.
        let mut end = at + c.len_utf8();
        while let Some(&(next_relative, next)) = chars.peek() {
            if !(is_terminator(next) || is_closing(next)) {
                break;
            }
            end = line.start + next_relative + next.len_utf8();
            chars.next();
        }
        // A closing guillemet set off by a space belongs to the sentence: `« C’est fini. »`.
        let after = &text[end..line.end];
        let spaced_closer = after.char_indices().nth(1).filter(|&(_, c)| c == '»' || c == '›');
        if let (Some(space), Some((at, closer))) = (after.chars().next(), spaced_closer) {
            if space.is_whitespace() {
                end += at + closer.len_utf8();
                while chars
                    .peek()
                    .is_some_and(|&(relative, _)| line.start + relative < end)
                {
                    chars.next();
                }
            }
        }
        let after = &text[end..line.end];
        if !after.starts_with(char::is_whitespace) && !after.is_empty() {
            continue;
        }
        if c == '.' && after.trim_start_matches(' ').starts_with('.') && after.starts_with(' ') {
            // A spaced ellipsis: `. . .`
            continue;
        }
        if ends_sentence(text, sentence_start, at, end, &text[end..line.end]) {
            push_trimmed(text, sentence_start..end, out);
            sentence_start = end;
        }
    }
    push_trimmed(text, sentence_start..line.end, out);
}

/// Decides whether the stop at `stop` (with its run of marks ending at `end`) ends the
/// sentence that began at `start`, given the text that follows on the line.
fn ends_sentence(text: &str, start: usize, stop: usize, end: usize, after: &str) -> bool {
    let mut following = after.split_whitespace();
    let Some(next_word) = following.next() else {
        return true;
    };
    let next_letters = next_word.trim_start_matches(is_opening);
    let Some(first) = next_letters.chars().next() else {
        return true;
    };
    let run = &text[stop..end];
    let closed_by_quote = run.chars().any(|c| is_closing(c) && c != ')');
    if first.is_lowercase() {
        // `"Why?" he asked.`, `approx. five`, `3. Oktober`: the sentence goes on.
        return false;
    }
    if closed_by_quote && run.contains(['?', '!', ',']) {
        // `"Why?" Smith asked.`: a name then a reporting verb continues the sentence.
        if let Some(verb) = following.next() {
            if first.is_uppercase() && is_reporting_verb(verb.trim_end_matches(|c: char| !c.is_alphabetic()))
            {
                return false;
            }
        }
    }
    if !text[stop..].starts_with('.') || run.starts_with("..") {
        return true;
    }
    let word = last_word(&text[start..stop]);
    if word.is_empty() {
        return true;
    }
    let starts_line = text[start..stop].trim_start() == word;
    if word.chars().all(|c| c.is_ascii_digit()) {
        // `1. First item` opens a list; `am 3. Oktober` and `der 2. Weltkrieg` are ordinals.
        // `word` ends the text before the stop once trailing spaces (`0\u{3000}.`) are gone.
        let head = text[start..stop].trim_end();
        let before = last_word(&head[..head.len() - word.len()]);
        let ordinal = word.len() <= 2
            && (Abbreviation::is_month_name(next_letters) || Abbreviation::introduces_ordinal(before));
        return !(starts_line || ordinal);
    }
    if closed_by_quote {
        return true;
    }
    match Abbreviation::classify(word) {
        Abbreviation::Title | Abbreviation::Inner => false,
        Abbreviation::Initial => !first.is_uppercase() || Abbreviation::starts_sentence(next_letters),
        Abbreviation::Either => !first.is_numeric() && Abbreviation::starts_sentence(next_letters),
        Abbreviation::Numbering => !(first.is_numeric() || is_roman_numeral(next_letters)),
        Abbreviation::Clock => !Abbreviation::continues_clock(next_letters),
        Abbreviation::None => true,
    }
}

/// The last whitespace-separated word, without the opening marks in front of it nor a
/// bracketed dateline glued to it: `(CNN)U.S.` gives `U.S.`.
fn last_word(text: &str) -> &str {
    let trimmed = text.trim_end();
    let from = trimmed
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == ')' || c == ']')
        .map_or(0, |(at, c)| at + c.len_utf8());
    trimmed[from..].trim_start_matches(is_opening)
}

/// True for a Roman numeral in capitals: `II`, `XIV`.
fn is_roman_numeral(word: &str) -> bool {
    let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
    !bare.is_empty() && bare.chars().all(|c| "IVXLCDM".contains(c))
}

/// Pushes the pieces of a sentence onto `out`, cut where another sentence was glued to it
/// without a stop (see `captions`).
fn unglue(text: &str, sentence: Range<usize>, out: &mut Vec<Range<usize>>) {
    let mut start = sentence.start;
    for at in glued_starts(&text[sentence.clone()]) {
        push_trimmed(text, start..sentence.start + at, out);
        start = sentence.start + at;
    }
    push_trimmed(text, start..sentence.end, out);
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = range.end - (slice.len() - slice.trim_end().len());
    if start < end {
        out.push(start..end);
    }
}

//! Sentence segmentation that survives real articles: abbreviations, initials, decimals,
//! quotes after the full stop, attributions after a quoted question, headlines without a
//! final stop, and the full stops of Chinese and Japanese.

use std::ops::Range;

use super::boundary::{ends_sentence, Reading, Stop};
use super::captions::glued_starts;
use super::caseless::is_caseless;
use super::document_stats::DocumentStats;
use super::glued_stops::is_glued_stop;
use super::language_abbreviations::LanguageAbbreviations;
use super::lines::logical_lines;
use super::quote_marks;
use super::Language;

/// Splits text into sentences, reported as byte ranges with surrounding whitespace trimmed.
///
/// By default the case of the word after a full stop is a signal (`approx. five` goes on,
/// `Inc. The` ends); [`SentenceSplitter::caseless`] reads text all in lower case or all in
/// capitals, where it is none.
#[derive(Debug, Default, Clone, Copy)]
pub struct SentenceSplitter {
    caseless: bool,
    /// The language's own abbreviations and ordinals, read besides those of every language.
    own: LanguageAbbreviations,
}

impl SentenceSplitter {
    /// A splitter for text without the signal of capital letters (a lower-case transcript,
    /// ALL-CAPS copy): a full stop and a space end a sentence unless the word before is an
    /// abbreviation that goes on (listed, in any case, or learned from the text itself).
    pub fn caseless() -> Self {
        Self {
            caseless: true,
            ..Self::default()
        }
    }

    /// This splitter, reading also the abbreviations and ordinals of `language` (German
    /// `5 Mio. Euro`, `beim 1. FC Köln`; French `MM. Dupont`); only those every language
    /// shares when it is `None`.
    pub fn in_language(self, language: Option<Language>) -> Self {
        Self {
            own: LanguageAbbreviations::of(language),
            ..self
        }
    }

    /// The splitter that suits `text`: [`Self::caseless`] when [`is_caseless`] says the text
    /// has no usable capitals, the default otherwise.
    pub fn for_text(text: &str) -> Self {
        Self {
            caseless: is_caseless(text),
            ..Self::default()
        }
    }

    /// True for a splitter made by [`Self::caseless`] (or for caseless text).
    pub fn is_caseless(&self) -> bool {
        self.caseless
    }

    /// Returns the byte range of every sentence in `text`, in order, never overlapping and
    /// never empty. Every non-whitespace character belongs to exactly one sentence.
    pub fn split(&self, text: &str) -> Vec<Range<usize>> {
        let stats;
        let reading = if self.caseless {
            stats = DocumentStats::learn(text);
            Reading::Caseless(&stats)
        } else {
            Reading::Cased
        };
        let mut sentences = Vec::new();
        for line in logical_lines(text, self.caseless) {
            split_line(reading, self.own, text, line, &mut sentences);
        }
        if self.caseless {
            // Glued captions are found by their capitals, which caseless text does not have.
            return sentences;
        }
        let mut unglued = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            unglue(text, sentence, &mut unglued);
        }
        unglued
    }
}

/// Terminal punctuation that may end a sentence.
pub(super) fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
}

/// True when `line` ends in a stop that may end a sentence, or a colon, before any closing
/// marks and brackets: a headline or a list item does not.
pub(crate) fn ends_in_stop(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(is_closing)
        .ends_with(|c: char| is_terminator(c) || is_wide_terminator(c) || c == ':')
}

/// True when `line` ends like prose, not like a headline or a list item: in a stop, a colon or
/// a semicolon, before any closing marks and brackets.
pub fn ends_like_prose(line: &str) -> bool {
    ends_in_stop(line) || line.trim_end().trim_end_matches(is_closing).ends_with(';')
}

/// Full stops of scripts written without spaces; they end a sentence without one.
pub(super) fn is_wide_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Marks that may follow a terminator and still belong to the sentence it ends.
pub(super) fn is_closing(c: char) -> bool {
    quote_marks::may_close(c) || matches!(c, ')' | ']' | '}' | '）' | '】')
}

/// Marks that may open a sentence before its first letter.
pub(super) fn is_opening(c: char) -> bool {
    quote_marks::may_open(c) || matches!(c, '(' | '[' | '¿' | '¡' | '（' | '—' | '-' | '*' | '•')
}

/// Splits one logical line, pushing its sentences.
fn split_line(
    reading: Reading,
    own: LanguageAbbreviations,
    text: &str,
    line: Range<usize>,
    out: &mut Vec<Range<usize>>,
) {
    let mut sentence_start = line.start;
    let mut chars = text[line.clone()].char_indices().peekable();
    while let Some((relative, c)) = chars.next() {
        let at = line.start + relative;
        if is_wide_terminator(c) {
            let end = consume_run(&mut chars, line.start, at + c.len_utf8(), |next| {
                is_wide_terminator(next) || is_closing(next)
            });
            push_trimmed(text, sentence_start..end, out);
            sentence_start = end;
            continue;
        }
        if !is_terminator(c) {
            continue;
        }
        // The run of stops and closing marks that follows.
        let end = consume_run(&mut chars, line.start, at + c.len_utf8(), |next| {
            is_terminator(next) || is_closing(next)
        });
        let end = spaced_closer_end(&text[..line.end], end);
        while chars
            .next_if(|&(relative, _)| line.start + relative < end)
            .is_some()
        {}
        let after = &text[end..line.end];
        let glued = end == at + c.len_utf8() && is_glued_stop(text, at);
        if !after.starts_with(char::is_whitespace) && !after.is_empty() && !glued {
            continue;
        }
        if c == '.' && after.trim_start_matches(' ').starts_with('.') && after.starts_with(' ') {
            // A spaced ellipsis: `. . .`
            continue;
        }
        let stop = Stop {
            text,
            start: sentence_start,
            at,
            end,
            line_end: line.end,
            own,
        };
        if ends_sentence(reading, &stop) {
            push_trimmed(text, sentence_start..end, out);
            sentence_start = end;
        }
    }
    push_trimmed(text, sentence_start..line.end, out);
}

/// Consumes the characters that `belongs` accepts, returning where the run that began
/// before them (and so far ends at `end`) ends; `base` is the offset of the characters.
fn consume_run(
    chars: &mut std::iter::Peekable<std::str::CharIndices>,
    base: usize,
    mut end: usize,
    belongs: impl Fn(char) -> bool,
) -> usize {
    while let Some((relative, next)) = chars.next_if(|&(_, next)| belongs(next)) {
        end = base + relative + next.len_utf8();
    }
    end
}

/// Where a sentence ending at `end` ends once a closing guillemet set off by a space joins
/// it, `« C’est fini. »`; not a guillemet that opens the next sentence, `»Bald.«`.
fn spaced_closer_end(line: &str, end: usize) -> usize {
    let after = &line[end..];
    let mut chars = after.char_indices();
    let (Some((_, space)), Some((at, closer))) = (chars.next(), chars.next()) else {
        return end;
    };
    let opens_next = chars.next().is_some_and(|(_, c)| c.is_alphanumeric());
    if space.is_whitespace() && (closer == '»' || closer == '›') && !opens_next {
        end + at + closer.len_utf8()
    } else {
        end
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(splitter: SentenceSplitter, text: &str) -> Vec<&str> {
        splitter.split(text).into_iter().map(|span| &text[span]).collect()
    }

    #[test]
    fn for_text_reads_a_lower_case_transcript_without_case() {
        let text = "so we went to the store. then we went home. mr. jones was there.";
        assert!(SentenceSplitter::for_text(text).is_caseless());
        assert_eq!(
            sentences(SentenceSplitter::for_text(text), text),
            [
                "so we went to the store.",
                "then we went home.",
                "mr. jones was there."
            ]
        );
        assert_eq!(sentences(SentenceSplitter::default(), text), [text]);
    }

    #[test]
    fn for_text_keeps_case_for_ordinary_prose() {
        let text = "He joined Acme Inc. in 2004. The company grew fast after that.";
        assert!(!SentenceSplitter::for_text(text).is_caseless());
        assert_eq!(
            sentences(SentenceSplitter::for_text(text), text),
            [
                "He joined Acme Inc. in 2004.",
                "The company grew fast after that."
            ]
        );
    }

    #[test]
    fn the_default_splitter_reads_case() {
        assert!(!SentenceSplitter::default().is_caseless());
        assert!(SentenceSplitter::caseless().is_caseless());
    }
}

//! An article as the quote detector reads it: its tokens, the cue starting at each token,
//! and its sentences.

use std::ops::Range;

use super::cues::Cue;
use crate::text::quote_marks::{mark_char, quote_mark, QuoteMark};
use crate::text::tokens::Token;

/// The article's tokens with the cue starting at each token, shared by the finders.
pub(crate) struct Article<'a> {
    /// The article.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The cue starting at each token, if any.
    pub cues: &'a [Option<Cue>],
    /// Each token in lower case.
    pub lower: &'a [String],
}

impl Article<'_> {
    /// The cue starting at token `index`.
    pub(crate) fn cue(&self, index: usize) -> Option<&Cue> {
        self.cues.get(index).and_then(Option::as_ref)
    }

    /// The word at token `index`, in lower case (`None` for punctuation).
    pub(crate) fn word(&self, index: usize) -> Option<&str> {
        self.tokens
            .get(index)
            .filter(|token| token.is_word())
            .and_then(|_| self.lower.get(index))
            .map(String::as_str)
    }

    /// True when the token ends a sentence: a stop that is not part of an abbreviation.
    pub(crate) fn ends_sentence(&self, index: usize) -> bool {
        let Some(token) = self.tokens.get(index) else {
            return true;
        };
        if token.is('!') || token.is('?') || token.is('…') || token.is('。') {
            return true;
        }
        if !token.is('.') {
            return false;
        }
        // `(D-Wis.)`: a stop inside brackets ends nothing.
        if self.tokens.get(index + 1).is_some_and(|next| next.is(')')) {
            return false;
        }
        let glued_abbreviation = index > 0 && {
            let previous = &self.tokens[index - 1];
            previous.span.end == token.span.start
                && previous.is_word()
                && previous.text(self.text).chars().count() <= 3
                && previous.is_capitalized(self.text)
                && self
                    .tokens
                    .get(index + 1)
                    .is_some_and(|next| next.is_capitalized(self.text))
        };
        !glued_abbreviation
    }

    /// The sentences as token ranges: a sentence ends at a stop followed by a capital, a
    /// digit or a quote mark (closing marks stay with it), and at every line break.
    /// `openers` are the byte offsets of the marks opening quoted passages: they begin a
    /// sentence rather than close the previous one.
    pub(crate) fn sentences(&self, openers: &[usize]) -> Vec<Range<usize>> {
        let mut sentences = Vec::new();
        let mut start = 0;
        let mut index = 0;
        while index < self.tokens.len() {
            if index > start && self.tokens[index].line_before {
                sentences.push(start..index);
                start = index;
            }
            if self.ends_sentence(index) {
                let mut end = index + 1;
                while self.tokens.get(end).is_some_and(|token| {
                    !token.line_before
                        && (is_closing(token.text(self.text))
                            && openers.binary_search(&token.span.start).is_err()
                            || self.ends_sentence(end))
                }) {
                    end += 1;
                }
                let next_opens = self.tokens.get(end).is_none_or(|next| {
                    next.line_before
                        || next.is_capitalized(self.text)
                        || next
                            .text(self.text)
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_ascii_digit())
                        || !next.is_word() && !matches!(next.text(self.text), "," | ";" | ":")
                });
                if next_opens {
                    sentences.push(start..end);
                    start = end;
                }
                index = end;
                continue;
            }
            index += 1;
        }
        if start < self.tokens.len() {
            sentences.push(start..self.tokens.len());
        }
        sentences
    }
}

/// Marks that close a quotation or a bracket and stay with the sentence they end: brackets
/// and the quote marks that usually close.
fn is_closing(token: &str) -> bool {
    matches!(token, ")" | "]")
        || mark_char(token)
            .and_then(quote_mark)
            .is_some_and(QuoteMark::usually_closes)
}

//! Lines opened by a speaker's label: headlines (`Pence: Flowers Won’t Be at Debate`) and
//! transcripts (`WALLACE: Let’s start with …`, `Q: …`). The label is the source, the colon
//! the cue, and the rest of the line what was said.

use std::ops::Range;

use super::article::Article;
use super::attribution::is_quote_mark;
use super::lists::is_listed;
use super::reported::Reported;
use crate::lexicon::LINK_LABELS;
use crate::text::stopwords::is_stopword;
use crate::text::Language;

/// The most words a speaker's label may have.
const MAX_LABEL_WORDS: usize = 4;

/// Fewest words the labelled statement may have.
const MIN_STATEMENT_WORDS: usize = 3;

impl Article<'_> {
    /// The labelled statement of the line whose first token is `first`, if it opens with a
    /// label: an optional opening quote mark, up to [`MAX_LABEL_WORDS`] capitalised words,
    /// and a colon with words after it on the same line.
    pub(crate) fn labelled_line(&self, first: usize) -> Option<Reported> {
        let mut at = first;
        if self
            .tokens
            .get(at)
            .is_some_and(|token| is_quote_mark(token.text(self.text)))
        {
            at += 1;
        }
        let label_start = at;
        while self
            .tokens
            .get(at)
            .is_some_and(|token| token.is_capitalized(self.text) && !(at > first && token.line_before()))
            && at - label_start < MAX_LABEL_WORDS
        {
            at += 1;
        }
        // A function word in title case (`Stealth Over Health:`) makes the label a headline's
        // phrase, not a speaker.
        if (label_start + 1..at).any(|word| self.is_title_case_function_word(word)) {
            return None;
        }
        let colon = at;
        if colon == label_start
            || !self.tokens.get(colon).is_some_and(|token| token.is(':'))
            || self.names_no_source(label_start..colon)
        {
            return None;
        }
        let mut end = colon + 1;
        while self.tokens.get(end).is_some_and(|token| !token.line_before()) {
            end += 1;
        }
        // A closing stop is not part of the statement.
        let mut content_end = end;
        while content_end > colon + 1 && self.tokens[content_end - 1].is('.') {
            content_end -= 1;
        }
        let content = colon + 1..content_end;
        let words = self.tokens[content.clone()]
            .iter()
            .filter(|token| token.is_word())
            .count();
        (words >= MIN_STATEMENT_WORDS).then_some(Reported {
            content,
            speaker: Some(label_start..colon),
            cue: colon..colon + 1,
            statement: true,
        })
    }

    /// True when a label is a link or section label (`WATCH BELOW`, `READ MORE`), an
    /// interview turn (`Q`) or only function words (`It’s`): words that name no source.
    fn names_no_source(&self, label: Range<usize>) -> bool {
        self.tokens[label].iter().all(|token| {
            let lower = token.text(self.text).to_lowercase();
            is_listed(LINK_LABELS, &lower) || is_stopword(Language::English, &lower.replace('’', "'"))
        })
    }

    /// True when the token at `at` is an English function word written with a capital and
    /// then lower case (`Over`, `The`), as headlines write them and names do not.
    fn is_title_case_function_word(&self, at: usize) -> bool {
        let word = self.tokens[at].text(self.text);
        word.chars().nth(1).is_some_and(char::is_lowercase)
            && is_stopword(Language::English, &word.to_lowercase())
    }
}

/// The first token of every line.
pub(crate) fn line_starts(view: &Article) -> Vec<usize> {
    (0..view.tokens.len())
        .filter(|&at| at == 0 || view.tokens[at].line_before())
        .collect()
}

/// True when `span` overlaps one of `spans`, sorted by start and mostly disjoint.
pub(crate) fn overlaps_any(spans: &[Range<usize>], span: &Range<usize>) -> bool {
    let after = spans.partition_point(|other| other.start < span.end);
    after > 0 && spans[after - 1].end > span.start
}

//! Photo captions: a line that ends with a credit in brackets (`(Ryan Remiorz/The Canadian
//! Press)`, `( THE CANADIAN PRESS FILE PHOTO )`). The people a caption names are pictured,
//! not the ones the article follows, so pronouns never stand for them.

use super::article::Article;
use super::lists::is_listed_lowercased;
use crate::lexicon::CREDIT_WORDS;

/// The most tokens a credit in brackets may have.
const MAX_CREDIT_TOKENS: usize = 12;

/// The most tokens scanned for the end of a line.
const MAX_LINE_TOKENS: usize = 400;

impl Article<'_> {
    /// True when the token at `index` is on a line that ends with a credit in brackets: an
    /// author and outlet split by `/`, or a credit word (`PHOTO`, `Getty Images`).
    pub(crate) fn in_caption(&self, index: usize) -> bool {
        let Some(last) = self.line_end(index) else {
            return false;
        };
        if !self.tokens[last].is(')') {
            return false;
        }
        let Some(open) = (last.saturating_sub(MAX_CREDIT_TOKENS)..last)
            .rev()
            .find(|&at| self.tokens[at].is('('))
        else {
            return false;
        };
        self.tokens[open + 1..last].iter().any(|token| {
            token.is('/') || token.is_word() && is_listed_lowercased(CREDIT_WORDS, token.text(self.text))
        })
    }

    /// The last token of the line holding token `index`, ignoring a closing stop.
    fn line_end(&self, index: usize) -> Option<usize> {
        let limit = (index + MAX_LINE_TOKENS).min(self.tokens.len());
        let next_line = (index + 1..limit).find(|&at| self.tokens[at].line_before());
        let mut last = match next_line {
            Some(start) => start - 1,
            None if limit == self.tokens.len() => limit.checked_sub(1)?,
            None => return None,
        };
        while last > index && self.tokens[last].is('.') {
            last -= 1;
        }
        Some(last)
    }
}

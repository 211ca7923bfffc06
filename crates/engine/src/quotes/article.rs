//! An article as the quote detector reads it: its tokens and the cue starting at each token.
//! Its sentences are the text layer's ([`crate::text::SentenceSplitter`]).

use super::cues::Cue;
use crate::text::lower_case_tokens::LowerCaseTokens;
use crate::text::tokens::Token;

/// The article's tokens with the cue starting at each token, shared by the finders.
pub(crate) struct Article<'a> {
    /// The article.
    pub text: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
    /// The cues, in order of the token each starts at.
    pub cues: &'a [Cue],
    /// Each token in lower case.
    pub lower: &'a LowerCaseTokens,
    /// Whether the text had no capitals of its own, only those the text layer restored
    /// ([`crate::text::Document::capitals_restored`]).
    pub capitals_restored: bool,
}

impl Article<'_> {
    /// The cue starting at token `index`.
    pub(crate) fn cue(&self, index: usize) -> Option<&Cue> {
        let at = self.cues.partition_point(|cue| cue.tokens.start < index);
        self.cues.get(at).filter(|cue| cue.tokens.start == index)
    }

    /// The word at token `index`, in lower case (`None` for punctuation).
    pub(crate) fn word(&self, index: usize) -> Option<&str> {
        self.tokens
            .get(index)
            .filter(|token| token.is_word())
            .map(|token| self.lower.get(self.text, token, index))
    }

    /// True when token `index` is a quote mark (none past the last token).
    pub(crate) fn is_quote_mark(&self, index: usize) -> bool {
        self.tokens
            .get(index)
            .and_then(|token| token.text(self.text).chars().next())
            .is_some_and(crate::text::is_quote_mark)
    }

    /// True when the token is a stop that ends a clause: not part of an abbreviation glued to
    /// a capital (`U.S. Army`) nor inside brackets (`(D-Wis.)`). The attribution scans use it
    /// to bound the words after a quote; sentences come from the text layer.
    pub(crate) fn ends_clause(&self, index: usize) -> bool {
        let Some(token) = self.tokens.get(index) else {
            return true;
        };
        if token.is('!') || token.is('?') || token.is('…') || token.is('。') {
            return true;
        }
        if !token.is('.') {
            return false;
        }
        // `(D-Wis.)`, `McConnell, R-Ky., said`, `the U.S.-based centre`: a stop before a
        // bracket, a comma or a hyphen glued to it ends nothing.
        if self
            .tokens
            .get(index + 1)
            .is_some_and(|next| next.is(')') || next.is(',') || next.is('-') && next.start() == token.end())
        {
            return false;
        }
        let glued_abbreviation = index > 0 && {
            let previous = &self.tokens[index - 1];
            previous.end() == token.start()
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
}

//! Photo captions: a line that ends with a credit in brackets (`(Ryan Remiorz/The Canadian
//! Press)`, `( THE CANADIAN PRESS FILE PHOTO )`). The people a caption names are pictured,
//! not the ones the article follows, so pronouns never stand for them.

use super::lists::is_listed_lowercased;
use crate::lexicon::CREDIT_WORDS;
use crate::text::tokens::Token;

/// The most tokens a credit in brackets may have.
const MAX_CREDIT_TOKENS: usize = 12;

/// The most tokens scanned for the end of a line.
const MAX_LINE_TOKENS: usize = 400;

/// True when the token at `index` of `tokens` (of `text`) is on a line that ends with a
/// credit in brackets: an author and outlet split by `/`, or a credit word (`PHOTO`, `Getty
/// Images`).
pub(crate) fn in_caption(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(last) = line_end(tokens, index) else {
        return false;
    };
    if !tokens[last].is(')') {
        return false;
    }
    let Some(open) = (last.saturating_sub(MAX_CREDIT_TOKENS)..last)
        .rev()
        .find(|&at| tokens[at].is('('))
    else {
        return false;
    };
    tokens[open + 1..last]
        .iter()
        .any(|token| token.is('/') || token.is_word() && is_listed_lowercased(CREDIT_WORDS, token.text(text)))
}

/// The last token of the line holding token `index`, ignoring a closing stop.
fn line_end(tokens: &[Token], index: usize) -> Option<usize> {
    let limit = (index + MAX_LINE_TOKENS).min(tokens.len());
    let next_line = (index + 1..limit).find(|&at| tokens[at].line_before());
    let mut last = match next_line {
        Some(start) => start - 1,
        None if limit == tokens.len() => limit.checked_sub(1)?,
        None => return None,
    };
    while last > index && tokens[last].is('.') {
        last -= 1;
    }
    Some(last)
}

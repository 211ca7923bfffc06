//! Words and punctuation of an article, with byte spans and line breaks, for pattern matching
//! over tokens (the quote finder's). One linear pass; every span lies on char boundaries.

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and full stops (`it’s`, `U.S`,
    /// `well-known`, `a-t-il`).
    Word,
    /// One punctuation or symbol character.
    Punct(char),
}

/// One token and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte range in the article.
    pub span: Range<usize>,
    /// Word or punctuation.
    pub kind: TokenKind,
    /// True when a line break separates this token from the previous one.
    pub line_before: bool,
}

impl Token {
    /// The token as written.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.clone()).unwrap_or_default()
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// True for the punctuation `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == TokenKind::Punct(c)
    }

    /// True for a word starting with an upper-case letter.
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.is_word() && self.text(text).chars().next().is_some_and(char::is_uppercase)
    }

    /// True for a word starting with a lower-case letter.
    pub fn is_lowercase(&self, text: &str) -> bool {
        self.is_word() && self.text(text).chars().next().is_some_and(char::is_lowercase)
    }
}

/// Characters joining two word parts into one word when a letter or digit follows.
fn joins_word(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&' | '·')
}

/// Splits `text` into words and punctuation.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4 + 1);
    let mut chars = text.char_indices().peekable();
    let mut line_before = false;
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                line_before = true;
            }
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = at + c.len_utf8();
            while let Some(&(next_at, next)) = chars.peek() {
                let following = text[next_at + next.len_utf8()..].chars().next();
                let joins = joins_word(next) && following.is_some_and(char::is_alphanumeric)
                    // `9/11`, `24/7`: a slash between digits.
                    || next == '/'
                        && text[..next_at].ends_with(|c: char| c.is_ascii_digit())
                        && following.is_some_and(|c| c.is_ascii_digit());
                if !(next.is_alphanumeric() || is_combining(next) || joins) {
                    break;
                }
                end = next_at + next.len_utf8();
                chars.next();
            }
            tokens.push(Token {
                span: at..end,
                kind: TokenKind::Word,
                line_before,
            });
        } else {
            tokens.push(Token {
                span: at..at + c.len_utf8(),
                kind: TokenKind::Punct(c),
                line_before,
            });
        }
        line_before = false;
    }
    tokens
}

/// True for a combining mark: it belongs to the letter before it and continues its word.
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// Every token in lower case, kept in one buffer rather than a string each.
#[derive(Debug, Default)]
pub(crate) struct LowerCaseTokens {
    buffer: String,
    /// Where each token's lower case ends in `buffer`.
    ends: Vec<usize>,
}

impl LowerCaseTokens {
    /// The lower case of each of `tokens` of `text`.
    pub(crate) fn new(text: &str, tokens: &[Token]) -> Self {
        let mut lower = Self {
            buffer: String::with_capacity(text.len()),
            ends: Vec::with_capacity(tokens.len()),
        };
        for token in tokens {
            let written = token.text(text);
            if written.is_ascii() {
                lower
                    .buffer
                    .extend(written.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                lower.buffer.push_str(&written.to_lowercase());
            }
            lower.ends.push(lower.buffer.len());
        }
        lower
    }

    /// The lower case of token `index`.
    pub(crate) fn get(&self, index: usize) -> Option<&str> {
        let end = *self.ends.get(index)?;
        let start = index.checked_sub(1).map_or(0, |previous| self.ends[previous]);
        self.buffer.get(start..end)
    }

    /// How many tokens there are.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }
}

/// The index of the first token starting at or after byte `at`.
pub(crate) fn token_at_or_after(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|token| token.span.start < at)
}

/// The byte ranges `spans` (sorted, as [`super::SentenceSplitter`] gives them) as token ranges
/// that cover every token once: each range runs from the first token at or after its span's
/// start to where the next one begins. A span holding no token start adds no range.
pub(crate) fn token_ranges(tokens: &[Token], spans: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut starts: Vec<usize> = spans
        .iter()
        .map(|span| token_at_or_after(tokens, span.start))
        .filter(|&start| start < tokens.len())
        .collect();
    starts.dedup();
    if let Some(first) = starts.first_mut() {
        *first = 0;
    }
    let ends = starts.iter().skip(1).copied().chain([tokens.len()]);
    starts.iter().zip(ends).map(|(&start, end)| start..end).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_inner_apostrophes_and_dots_in_words() {
        let text = "It’s the U.S. plan, Jones’ idea — a-t-il dit.";
        let words: Vec<&str> = tokenize(text).iter().map(|token| token.text(text)).collect();
        assert_eq!(
            words,
            ["It’s", "the", "U.S", ".", "plan", ",", "Jones", "’", "idea", "—", "a-t-il", "dit", "."]
        );
    }

    #[test]
    fn a_slash_joins_digits_only() {
        let text = "9/11 widow, 24/7, and/or 3/";
        let words: Vec<&str> = tokenize(text).iter().map(|token| token.text(text)).collect();
        assert_eq!(
            words,
            ["9/11", "widow", ",", "24/7", ",", "and", "/", "or", "3", "/"]
        );
    }

    #[test]
    fn byte_ranges_become_token_ranges_covering_every_token() {
        let text = "  He left. “We stay,” she said.\n\nNo.";
        let tokens = tokenize(text);
        let spans = crate::text::SentenceSplitter::default().split(text);
        assert_eq!(spans.len(), 3);
        assert_eq!(token_ranges(&tokens, &spans), [0..3, 3..11, 11..13]);
        // A span starting inside a word starts at the next token; the first range starts at 0.
        let inside_he = Range { start: 3, end: 7 };
        let everything = Range { start: 0, end: 13 };
        assert_eq!(token_ranges(&tokens, &[inside_he]), [everything]);
        assert_eq!(token_ranges(&tokens, &[]), Vec::<Range<usize>>::new());
        assert_eq!(token_ranges(&[], &spans), Vec::<Range<usize>>::new());
    }
}

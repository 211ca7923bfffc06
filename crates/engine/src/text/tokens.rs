//! Words and punctuation of an article, with byte spans and line breaks, for pattern matching
//! over tokens (the quote finder's). One linear pass; every span lies on char boundaries.

use std::ops::Range;

use super::glued_stops::is_glued_stop;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and full stops (`it’s`, `U.S`,
    /// `well-known`, `a-t-il`).
    Word,
    /// One punctuation or symbol character.
    Punct(char),
}

/// One token and where it is, in eight bytes: an article has about one token every five
/// bytes, and the quote finder keeps them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Token {
    /// Where it starts in the article.
    start: u32,
    /// [`LINE_BEFORE`], [`WORD`], and a word's length in bytes or a punctuation character.
    packed: u32,
}

/// `Token::packed`: a line break separates the token from the previous one.
const LINE_BEFORE: u32 = 1 << 31;
/// `Token::packed`: the token is a word; the low bits are its length, not a character.
const WORD: u32 = 1 << 30;
/// `Token::packed`: the bits holding a word's length or a punctuation character.
const VALUE: u32 = WORD - 1;

impl Token {
    /// A token of `kind` at byte `span` (which must end below [`crate::text::MAX_TEXT_BYTES`],
    /// so that it fits the packing), after a line break when `line_before`.
    fn new(span: Range<usize>, kind: TokenKind, line_before: bool) -> Self {
        let value = match kind {
            TokenKind::Word => WORD | (span.len() as u32 & VALUE),
            TokenKind::Punct(c) => c as u32,
        };
        Self {
            start: span.start as u32,
            packed: value | if line_before { LINE_BEFORE } else { 0 },
        }
    }

    /// Byte range in the article.
    pub fn span(&self) -> Range<usize> {
        self.start()..self.end()
    }

    /// Where the token starts in the article.
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// Where the token ends in the article.
    pub fn end(&self) -> usize {
        let len = match self.kind() {
            TokenKind::Word => (self.packed & VALUE) as usize,
            TokenKind::Punct(c) => c.len_utf8(),
        };
        self.start() + len
    }

    /// Word or punctuation.
    pub fn kind(&self) -> TokenKind {
        if self.packed & WORD != 0 {
            TokenKind::Word
        } else {
            // Only a char was packed without the WORD bit.
            TokenKind::Punct(char::from_u32(self.packed & VALUE).unwrap_or_default())
        }
    }

    /// True when a line break separates this token from the previous one.
    pub fn line_before(&self) -> bool {
        self.packed & LINE_BEFORE != 0
    }

    /// The token as written.
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span()).unwrap_or_default()
    }

    /// True for a word token.
    pub fn is_word(&self) -> bool {
        self.packed & WORD != 0
    }

    /// True for the punctuation `c`.
    pub fn is(&self, c: char) -> bool {
        self.packed & !LINE_BEFORE == c as u32
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

/// Splits `text` into words and punctuation, in a vector holding no spare room.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
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
                let joins = joins_word(next)
                    && following.is_some_and(char::is_alphanumeric)
                    // `Merkel.Als`: a glued sentence ends the word at its stop.
                    && !(next == '.' && is_glued_stop(text, next_at))
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
            tokens.push(Token::new(at..end, TokenKind::Word, line_before));
        } else {
            tokens.push(Token::new(
                at..at + c.len_utf8(),
                TokenKind::Punct(c),
                line_before,
            ));
        }
        line_before = false;
    }
    // A long text has millions of tokens: none of the room grown for them is kept.
    tokens.shrink_to_fit();
    tokens
}

/// True for a combining mark: it belongs to the letter before it and continues its word.
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// The index of the first token starting at or after byte `at`.
pub(crate) fn token_at_or_after(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|token| token.start() < at)
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

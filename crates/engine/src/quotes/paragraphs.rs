//! Which paragraph a token is in, from the line breaks before tokens, kept as the few
//! paragraph starts rather than a number for every token.

use crate::text::tokens::Token;

/// The paragraphs of an article's tokens: a line break before a token starts one.
pub(crate) struct Paragraphs {
    /// The index of every token with a line break before it, in order.
    starts: Vec<u32>,
    /// How many tokens there are.
    tokens: usize,
}

impl Paragraphs {
    /// The paragraphs of `tokens`.
    pub(crate) fn of(tokens: &[Token]) -> Self {
        let starts = tokens
            .iter()
            .enumerate()
            .filter(|(_, token)| token.line_before())
            .map(|(index, _)| index as u32)
            .collect();
        Self {
            starts,
            tokens: tokens.len(),
        }
    }

    /// The number of the paragraph of token `index`: how many line breaks come before it or
    /// at it, counted from 0 when the first token has none; 0 for an index past the last token.
    pub(crate) fn number(&self, index: usize) -> usize {
        if index >= self.tokens {
            return 0;
        }
        self.starts.partition_point(|&start| start as usize <= index)
    }
}

#[cfg(test)]
mod tests {
    use super::Paragraphs;
    use crate::text::tokens::tokenize;

    #[test]
    fn counts_the_line_breaks_up_to_each_token() {
        let tokens = tokenize("One two.\nThree.\n\nFour");
        let paragraphs = Paragraphs::of(&tokens);
        let numbers: Vec<usize> = (0..=tokens.len()).map(|index| paragraphs.number(index)).collect();
        assert_eq!(numbers, [0, 0, 0, 1, 1, 2, 0]);
    }
}

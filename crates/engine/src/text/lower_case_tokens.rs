//! The lower case of an article's tokens, as the quote finder's word lists are written. Most
//! words are written in lower case already and are read from the article itself; only the
//! others are kept, so the article is never copied whole.

use super::tokens::Token;

/// The lower case of every token whose lower case differs from how it is written.
#[derive(Debug, Default)]
pub(crate) struct LowerCaseTokens {
    /// Those tokens in lower case, one after another.
    buffer: String,
    /// For each of them, in token order: its index and where its lower case ends in `buffer`.
    changed: Vec<(u32, u32)>,
}

impl LowerCaseTokens {
    /// The lower case of `tokens` of `text`, in buffers holding no spare room.
    pub(crate) fn new(text: &str, tokens: &[Token]) -> Self {
        let mut lower = Self::default();
        for (index, token) in tokens.iter().enumerate() {
            let written = token.text(text);
            if is_plain_lower_case(written) {
                continue;
            }
            if written.is_ascii() {
                lower
                    .buffer
                    .extend(written.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                let lowered = written.to_lowercase();
                if lowered == written {
                    continue;
                }
                lower.buffer.push_str(&lowered);
            }
            lower.changed.push((index as u32, lower.buffer.len() as u32));
        }
        // Kept while the quotes are found: without the room grown for them.
        lower.buffer.shrink_to_fit();
        lower.changed.shrink_to_fit();
        lower
    }

    /// The lower case of `token`, token `index` of `text` (the text and tokens it was made
    /// from).
    pub(crate) fn get<'a>(&'a self, text: &'a str, token: &Token, index: usize) -> &'a str {
        let written = token.text(text);
        if is_plain_lower_case(written) {
            return written;
        }
        let Ok(at) = self
            .changed
            .binary_search_by_key(&index, |&(token, _)| token as usize)
        else {
            return written;
        };
        let start = at
            .checked_sub(1)
            .map_or(0, |previous| self.changed[previous].1 as usize);
        self.buffer
            .get(start..self.changed[at].1 as usize)
            .unwrap_or_default()
    }
}

/// True for ASCII without capitals: its own lower case, as most words are.
fn is_plain_lower_case(written: &str) -> bool {
    written
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::LowerCaseTokens;
    use crate::text::tokens::tokenize;

    #[test]
    fn gives_every_token_in_lower_case() {
        let text = "Él dijo: “ÇA VA,” said the U.S. envoy İstanbul";
        let tokens = tokenize(text);
        let lower = LowerCaseTokens::new(text, &tokens);
        let words: Vec<&str> = tokens
            .iter()
            .enumerate()
            .map(|(index, token)| lower.get(text, token, index))
            .collect();
        let expected: Vec<String> = tokens
            .iter()
            .map(|token| token.text(text).to_lowercase())
            .collect();
        assert_eq!(words, expected);
        assert_eq!(words[0], "él");
        assert_eq!(words[4], "ça");
    }
}

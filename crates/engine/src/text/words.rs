//! Words: maximal runs of letters and digits (keeping inner apostrophes and hyphens), and
//! each Han, Hiragana or Katakana character on its own, since those scripts use no spaces.

use std::ops::Range;

/// Splits text into words, reported as byte ranges.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordTokenizer;

impl WordTokenizer {
    /// Calls `found` with the byte range of each word of `text`, in order.
    pub fn for_each(&self, text: &str, mut found: impl FnMut(Range<usize>)) {
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if is_unspaced_script(c) {
                if let Some(from) = start.take() {
                    found(from..at);
                }
                found(at..at + c.len_utf8());
            } else if c.is_alphanumeric() {
                start.get_or_insert(at);
            } else if start.is_some()
                && is_joiner(c)
                && chars
                    .peek()
                    .is_some_and(|&(_, next)| next.is_alphanumeric() && !is_unspaced_script(next))
            {
                // `don't`, `well-known`: the joiner stays inside the word.
            } else if let Some(from) = start.take() {
                found(from..at);
            }
        }
        if let Some(from) = start {
            found(from..text.len());
        }
    }

    /// The byte ranges of the words of `text`.
    pub fn words(&self, text: &str) -> Vec<Range<usize>> {
        let mut words = Vec::new();
        self.for_each(text, |word| words.push(word));
        words
    }
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‐')
}

/// Han ideographs, kana and Hangul syllables: written without spaces between words.
fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

#[cfg(test)]
mod tests {
    use super::WordTokenizer;

    fn words(text: &str) -> Vec<&str> {
        WordTokenizer
            .words(text)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn keeps_inner_apostrophes_and_hyphens() {
        assert_eq!(
            words("Don't stop the well-known 3.5% rise—now!"),
            ["Don't", "stop", "the", "well-known", "3", "5", "rise", "now"]
        );
        assert_eq!(words("Jones’ dog 'hi'"), ["Jones", "dog", "hi"]);
    }

    #[test]
    fn splits_unspaced_scripts_by_character() {
        assert_eq!(words("東京で3人"), ["東", "京", "で", "3", "人"]);
        assert!(words("").is_empty());
        assert!(words("— … !").is_empty());
    }
}

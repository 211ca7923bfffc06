//! The largest text the engine reads: what it promises to read within its memory bound, and
//! the error that says a text is larger.

use std::fmt;

/// The largest text, in bytes of UTF-8, that the engine reads: 64 MiB, more than any article
/// (a long one is under 100 kB). Up to this size reading a text, summarizing it or finding its
/// quotes takes less than six times the text's size in memory at its peak (on top of the text
/// itself), so a text this large fits a browser tab's WebAssembly memory (4 GiB) many times
/// over. The engine's compact positions hold offsets up to 1 GiB, so this limit could be
/// raised that far. A front end should refuse a larger text with [`TextTooLarge`]'s message;
/// [`crate::Document::new`] reads only its first `MAX_TEXT_BYTES`.
pub const MAX_TEXT_BYTES: usize = 64 << 20;

/// A text longer than [`MAX_TEXT_BYTES`]: its length in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TextTooLarge(pub usize);

impl TextTooLarge {
    /// `Err` with the text's length when `text` is longer than [`MAX_TEXT_BYTES`].
    pub fn check(text: &str) -> Result<(), Self> {
        if text.len() > MAX_TEXT_BYTES {
            Err(Self(text.len()))
        } else {
            Ok(())
        }
    }
}

impl fmt::Display for TextTooLarge {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            formatter,
            "the text is {} MB; Nutgraf reads texts of up to {} MB: give it one article, or \
             a part of this text",
            megabytes(self.0, '.'),
            MAX_TEXT_BYTES / 1_000_000
        )
    }
}

impl std::error::Error for TextTooLarge {}

/// `bytes` in megabytes rounded to one decimal, written with `separator` (`5.0`, `1,1`).
/// Integer arithmetic only: formatting a float would bring the float printer into the
/// browser's module (about 6 KB gzipped).
pub fn megabytes(bytes: usize, separator: char) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}{separator}{}", tenths / 10, tenths % 10)
}

/// The part of `text` the engine reads: all of it, or its first [`MAX_TEXT_BYTES`] cut back
/// to a char boundary.
pub(crate) fn within_limit(text: &str) -> &str {
    if text.len() <= MAX_TEXT_BYTES {
        return text;
    }
    let mut end = MAX_TEXT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_only_a_text_beyond_the_limit() {
        let text = "é".repeat(MAX_TEXT_BYTES / 2) + "a";
        assert_eq!(TextTooLarge::check(&text), Err(TextTooLarge(MAX_TEXT_BYTES + 1)));
        assert_eq!(TextTooLarge::check(&text[..MAX_TEXT_BYTES]), Ok(()));
        assert!(TextTooLarge(MAX_TEXT_BYTES + 1)
            .to_string()
            .contains("up to 67 MB"));
        assert!(TextTooLarge(MAX_TEXT_BYTES + 1)
            .to_string()
            .starts_with("the text is 67.1 MB;"));
    }

    #[test]
    fn sizes_are_megabytes_to_one_decimal_in_the_languages_separator() {
        assert_eq!(megabytes(5_000_000, '.'), "5.0");
        assert_eq!(megabytes(1_049_999, ','), "1,0");
        assert_eq!(megabytes(1_050_000, ','), "1,1");
        assert_eq!(megabytes(12_345_678, '.'), "12.3");
        assert_eq!(megabytes(0, '.'), "0.0");
    }

    #[test]
    fn cuts_a_text_beyond_the_limit_at_a_char_boundary() {
        let text = "a".to_owned() + &"é".repeat(MAX_TEXT_BYTES / 2);
        assert_eq!(within_limit(&text).len(), MAX_TEXT_BYTES - 1);
        assert_eq!(within_limit("short"), "short");
    }
}

//! Conversion from byte offsets (used inside the engine) to Unicode scalar offsets (used at
//! every JSON boundary).

/// Answers "how many chars precede this byte offset" in O(block) time after one O(n) pass.
#[derive(Debug, Clone)]
pub struct CharOffsets<'a> {
    text: &'a str,
    /// Number of chars before each block of `BLOCK` bytes.
    chars_before_block: Vec<usize>,
}

const BLOCK: usize = 256;

impl<'a> CharOffsets<'a> {
    /// Indexes `text` for offset conversion.
    pub fn new(text: &'a str) -> Self {
        let mut chars_before_block = Vec::with_capacity(text.len() / BLOCK + 1);
        let mut count = 0;
        for (block, bytes) in text.as_bytes().chunks(BLOCK).enumerate() {
            debug_assert_eq!(block, chars_before_block.len());
            chars_before_block.push(count);
            count += bytes.iter().filter(|&&byte| !is_continuation(byte)).count();
        }
        Self {
            text,
            chars_before_block,
        }
    }

    /// The char offset of byte offset `byte`; offsets inside a char round down to its start,
    /// offsets past the end clamp to the char count.
    pub fn char_offset(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / BLOCK;
        let Some(&before) = self.chars_before_block.get(block) else {
            return self.text.chars().count();
        };
        let from = block * BLOCK;
        before
            + self.text.as_bytes()[from..byte]
                .iter()
                .filter(|&&b| !is_continuation(b))
                .count()
    }
}

fn is_continuation(byte: u8) -> bool {
    byte & 0b1100_0000 == 0b1000_0000
}

#[cfg(test)]
mod tests {
    use super::CharOffsets;

    #[test]
    fn counts_chars_not_bytes_across_blocks() {
        let text = "é".repeat(300) + "abc“x”";
        let offsets = CharOffsets::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(offsets.char_offset(byte), chars);
        }
        assert_eq!(offsets.char_offset(text.len()), text.chars().count());
        assert_eq!(offsets.char_offset(text.len() + 10), text.chars().count());
    }

    #[test]
    fn empty_text_has_offset_zero() {
        assert_eq!(CharOffsets::new("").char_offset(0), 0);
    }
}

//! Pairs of quote marks: curly, straight, guillemets, German low-high, and CJK brackets.

use std::ops::Range;

/// Finds text between matching quote marks; an unclosed mark ends at its paragraph.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuoteMarks;

impl QuoteMarks {
    /// Returns the byte range inside each outermost pair of quote marks, in order.
    pub fn find(&self, text: &str) -> Vec<Range<usize>> {
        let mut found = Vec::new();
        let mut open: Option<(usize, char)> = None;
        let mut previous = ' ';
        for (at, c) in text.char_indices() {
            match open {
                None => {
                    if let Some(closer) = closer_for(c, previous) {
                        open = Some((at + c.len_utf8(), closer));
                    }
                }
                Some((start, closer)) => {
                    if c == '\n' && text[at..].starts_with("\n\n") {
                        open = None;
                    } else if c == closer && (c != '"' || !previous.is_whitespace()) {
                        if start < at {
                            found.push(start..at);
                        }
                        open = None;
                    }
                }
            }
            previous = c;
        }
        found
    }
}

/// The mark that closes a quotation opened by `c`, if `c` opens one after `previous`.
fn closer_for(c: char, previous: char) -> Option<char> {
    match c {
        '“' => Some('”'),
        '„' => Some('“'),
        '«' => Some('»'),
        '‹' => Some('›'),
        '「' => Some('」'),
        '『' => Some('』'),
        '"' if previous.is_whitespace() || "([{—–-:".contains(previous) => Some('"'),
        _ => None,
    }
}

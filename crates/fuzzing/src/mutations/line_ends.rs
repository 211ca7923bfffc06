//! How a text's line ends and spaces change between systems: Windows line ends, no-break
//! spaces, one paragraph a line.

/// `text` with every `\n` written as `\r\n` and every other space no-break, as some Windows
/// programs copy it.
pub fn windows_style(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    let mut spaces = 0_usize;
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\r\n"),
            ' ' => {
                spaces += 1;
                out.push(if spaces.is_multiple_of(2) { '\u{a0}' } else { ' ' });
            }
            other => out.push(other),
        }
    }
    out
}

/// `text` with its blank lines made single line breaks: one paragraph a line.
pub fn paragraph_a_line(text: &str) -> String {
    text.split("\n\n")
        .map(str::trim)
        .filter(|piece| !piece.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::{paragraph_a_line, windows_style};

    #[test]
    fn writes_windows_line_ends_and_no_break_spaces() {
        assert_eq!(windows_style("a b c\nd"), "a b\u{a0}c\r\nd");
        assert_eq!(paragraph_a_line("One.\n\n\n\nTwo.\n\n"), "One.\nTwo.");
    }
}

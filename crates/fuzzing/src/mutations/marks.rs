//! Punctuation that people's pastes gain and lose: quotation marks of every convention,
//! dashes, colons and line breaks.

/// Quotation marks: straight, curly, guillemets, low-9 and single.
pub const QUOTE_MARKS: [&str; 11] = ["\"", "'", "“", "”", "‘", "’", "«", "»", "„", "‚", "‹"];

/// Dashes, colons and line breaks, the punctuation that separates clauses and lines.
pub const SEPARATORS: [&str; 8] = ["-", "–", "—", " — ", ":", ": ", "\n", "\n\n"];

/// `text` with `mark` inserted at the char boundary at or after byte `at` (clamped to the
/// text).
pub fn insert_at(text: &str, at: usize, mark: &str) -> String {
    let at = boundary_at_or_after(text, at);
    let mut out = String::with_capacity(text.len() + mark.len());
    out.push_str(&text[..at]);
    out.push_str(mark);
    out.push_str(&text[at..]);
    out
}

/// `text` with the `nth` (counted from 0, wrapping around) occurrence of any of `marks`
/// removed; unchanged when it has none.
pub fn delete_nth(text: &str, marks: &[&str], nth: usize) -> String {
    let found: Vec<(usize, usize)> = text
        .char_indices()
        .filter_map(|(at, _)| {
            marks
                .iter()
                .find(|mark| !mark.is_empty() && text[at..].starts_with(**mark))
                .map(|mark| (at, mark.len()))
        })
        .collect();
    match found.get(nth.checked_rem(found.len()).unwrap_or(0)) {
        Some(&(at, len)) => format!("{}{}", &text[..at], &text[at + len..]),
        None => text.to_owned(),
    }
}

/// `text` with every straight double quote turned into curly ones (`"` alternating `“`,
/// `”`) or, with `straighten`, every curly double quote into `"`.
pub fn swap_quote_style(text: &str, straighten: bool) -> String {
    if straighten {
        return text.replace(['“', '”', '„', '«', '»'], "\"");
    }
    let mut open = true;
    text.chars()
        .map(|c| match c {
            '"' => {
                open = !open;
                if open {
                    '”'
                } else {
                    '“'
                }
            }
            other => other,
        })
        .collect()
}

/// The first char boundary of `text` at or after byte `at`, or its end.
pub fn boundary_at_or_after(text: &str, at: usize) -> usize {
    (at.min(text.len())..=text.len())
        .find(|&index| text.is_char_boundary(index))
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::{delete_nth, insert_at, swap_quote_style, QUOTE_MARKS};

    #[test]
    fn inserts_on_a_char_boundary() {
        assert_eq!(insert_at("né", 2, "«"), "né«");
        assert_eq!(insert_at("ab", 1, "—"), "a—b");
        assert_eq!(insert_at("ab", 99, "\""), "ab\"");
    }

    #[test]
    fn deletes_the_nth_mark() {
        let text = "“Yes,” she said: “no.”";
        assert_eq!(delete_nth(text, &QUOTE_MARKS, 1), "“Yes, she said: “no.”");
        assert_eq!(delete_nth(text, &QUOTE_MARKS, 6), "“Yes,” she said: no.”");
        assert_eq!(delete_nth(text, &[":"], 0), "“Yes,” she said “no.”");
        assert_eq!(delete_nth("none", &QUOTE_MARKS, 3), "none");
    }

    #[test]
    fn swaps_straight_and_curly_quotes() {
        assert_eq!(
            swap_quote_style("\"A,\" he said. \"B.\"", false),
            "“A,” he said. “B.”"
        );
        assert_eq!(swap_quote_style("«A» „B“ “C”", true), "\"A\" \"B\" \"C\"");
    }
}

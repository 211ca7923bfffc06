//! Whole paragraphs moved, repeated, dropped or brought in from another article, as happens
//! when people copy part of a page, paste twice, or paste two stories at once.

/// The paragraphs of `text`: the pieces between blank lines (empty pieces dropped).
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n")
        .filter(|piece| !piece.trim().is_empty())
        .collect()
}

/// Paragraphs joined back with blank lines.
pub fn join(paragraphs: &[&str]) -> String {
    paragraphs.join("\n\n")
}

/// `text` with its paragraph `from` moved to position `to` (both taken modulo the count).
pub fn move_paragraph(text: &str, from: usize, to: usize) -> String {
    let mut pieces = paragraphs(text);
    if pieces.len() < 2 {
        return text.to_owned();
    }
    let piece = pieces.remove(from % pieces.len());
    pieces.insert(to % (pieces.len() + 1), piece);
    join(&pieces)
}

/// `text` with its paragraph `which` (modulo the count) repeated right after itself.
pub fn duplicate_paragraph(text: &str, which: usize) -> String {
    let mut pieces = paragraphs(text);
    if pieces.is_empty() {
        return text.to_owned();
    }
    let which = which % pieces.len();
    pieces.insert(which, pieces[which]);
    join(&pieces)
}

/// `text` without its paragraph `which` (modulo the count); a text of one paragraph is
/// kept.
pub fn delete_paragraph(text: &str, which: usize) -> String {
    let mut pieces = paragraphs(text);
    if pieces.len() < 2 {
        return text.to_owned();
    }
    let which = which % pieces.len();
    pieces.remove(which);
    join(&pieces)
}

/// `text` with the paragraph `which` of `other` (modulo its count) put in at position `at`
/// (modulo `text`'s count plus one).
pub fn splice_paragraph(text: &str, other: &str, which: usize, at: usize) -> String {
    let incoming = paragraphs(other);
    if incoming.is_empty() {
        return text.to_owned();
    }
    let mut pieces = paragraphs(text);
    pieces.insert(at % (pieces.len() + 1), incoming[which % incoming.len()]);
    join(&pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "One.\n\nTwo.\n\nThree.";

    #[test]
    fn moves_repeats_and_drops_paragraphs() {
        assert_eq!(move_paragraph(TEXT, 0, 2), "Two.\n\nThree.\n\nOne.");
        assert_eq!(duplicate_paragraph(TEXT, 4), "One.\n\nTwo.\n\nTwo.\n\nThree.");
        assert_eq!(delete_paragraph(TEXT, 2), "One.\n\nTwo.");
        assert_eq!(delete_paragraph("Alone.", 0), "Alone.");
    }

    #[test]
    fn splices_a_paragraph_of_another_article() {
        assert_eq!(
            splice_paragraph(TEXT, "Other A.\n\nOther B.", 1, 1),
            "One.\n\nOther B.\n\nTwo.\n\nThree."
        );
        assert_eq!(splice_paragraph("", "X.", 0, 0), "X.");
        assert_eq!(splice_paragraph(TEXT, "", 0, 0), TEXT);
    }
}

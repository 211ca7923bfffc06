//! Hard wrapping, as e-mail clients, terminals and PDF copies do it.

/// `text` with each paragraph (blank-line separated) re-flowed into lines of at most `width`
/// chars (a longer word gets a line of its own). With `hyphenate`, a word that would cross
/// the margin is broken there with a `-` at the end of the line, as a typesetter does, when
/// both pieces have at least two letters. Paragraph breaks are kept.
pub fn rewrap(text: &str, width: usize, hyphenate: bool) -> String {
    let width = width.max(8);
    text.split("\n\n")
        .map(|paragraph| wrap_paragraph(paragraph, width, hyphenate))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// One paragraph's words, wrapped at `width`.
fn wrap_paragraph(paragraph: &str, width: usize, hyphenate: bool) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in paragraph.split_whitespace() {
        let used = line.chars().count();
        let room = width.saturating_sub(used + usize::from(used > 0));
        if used > 0 && word.chars().count() > room {
            if let Some((head, tail)) = hyphenate.then(|| split_word(word, room)).flatten() {
                line.push(' ');
                line.push_str(&head);
                lines.push(std::mem::take(&mut line));
                line.push_str(&tail);
                continue;
            }
            lines.push(std::mem::take(&mut line));
        } else if used > 0 {
            line.push(' ');
        }
        line.push_str(word);
    }
    lines.push(line);
    lines.join("\n")
}

/// `word` broken into a head of at most `room - 1` chars ending in `-` and the rest, when
/// it is letters only and both pieces keep at least two of them.
fn split_word(word: &str, room: usize) -> Option<(String, String)> {
    let letters: Vec<char> = word.chars().collect();
    if !letters.iter().all(|c| c.is_alphabetic()) || room < 3 {
        return None;
    }
    let cut = (room - 1).min(letters.len().saturating_sub(2));
    if cut < 2 {
        return None;
    }
    let head: String = letters[..cut].iter().collect();
    Some((format!("{head}-"), letters[cut..].iter().collect()))
}

#[cfg(test)]
mod tests {
    use super::rewrap;

    #[test]
    fn wraps_each_paragraph_at_the_width() {
        let text = "The mayor said the bridge would open in May.\n\nIt did not.";
        assert_eq!(
            rewrap(text, 20, false),
            "The mayor said the\nbridge would open in\nMay.\n\nIt did not."
        );
    }

    #[test]
    fn hyphenates_a_word_crossing_the_margin() {
        assert_eq!(
            rewrap("The conflict continued for years.", 10, true),
            "The confl-\nict conti-\nnued for\nyears."
        );
        // Numbers and short words are moved whole.
        assert_eq!(rewrap("In 2024 it ended.", 9, true), "In 2024\nit ended.");
    }
}

//! The markers that open an item of a list: bullets, numbers and letters.

/// Bullets that open a list item when a space follows them.
const BULLETS: &[&str] = &["•", "-", "*", "–", "—", "·", "▪", "◦"];

/// True when `line` opens with a list marker followed by a space and more: a bullet, a number
/// of up to three digits with `.` or `)`, a letter with `)`, or either in brackets: `• …`,
/// `- …`, `1. …`, `12) …`, `a) …`, `(b) …`, `(3) …`.
pub fn opens_list_item(line: &str) -> bool {
    let line = line.trim_start();
    let marker = line.split_whitespace().next().unwrap_or_default();
    if line.len() <= marker.len() {
        return false;
    }
    if BULLETS.contains(&marker) {
        return true;
    }
    let inner = marker
        .strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
        .or_else(|| marker.strip_suffix(')'))
        .or_else(|| {
            marker
                .strip_suffix('.')
                .filter(|rest| rest.chars().all(|c| c.is_ascii_digit()))
        });
    inner.is_some_and(|inner| {
        let mut chars = inner.chars();
        let one_letter = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
        let number = !inner.is_empty() && inner.len() <= 3 && inner.chars().all(|c| c.is_ascii_digit());
        one_letter || number
    })
}

#[cfg(test)]
mod tests {
    use super::opens_list_item;

    #[test]
    fn tells_list_markers_from_words() {
        for item in [
            "• One",
            "- two",
            "* three",
            "1. First",
            "12) Twelfth",
            "a) option",
            "(b) option",
            "(3) third",
            "▪ four",
        ] {
            assert!(opens_list_item(item), "{item}");
        }
        for not_item in [
            "-",
            "1.",
            "1990. A year",
            "Mr. Smith",
            "ab) no",
            "(1234) no",
            "The end",
            "x-ray",
        ] {
            assert!(!opens_list_item(not_item), "{not_item}");
        }
    }
}

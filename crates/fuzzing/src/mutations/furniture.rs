//! Lines a copied web page or a forwarded e-mail brings along with an article.

/// Page and e-mail furniture: menus, bylines, share buttons, captions, footers, headers of
/// a forwarded message and quoted reply lines.
pub const FURNITURE: [&str; 16] = [
    "Advertisement",
    "Skip to main content",
    "Home | World | Politics | Business | Sport",
    "Share this article",
    "Share on Facebook Share on Twitter Email",
    "By Jane Doe, CNN",
    "Updated 4:31 PM ET, Tue March 3, 2020",
    "Photo: Reuters",
    "Subscribe to our newsletter",
    "Read more: The story behind the story",
    "© 2024 Example News. All rights reserved.",
    "---------- Forwarded message ---------",
    "From: Ana Lima <ana@example.com>",
    "Sent: Monday, March 2, 2020 9:14 AM",
    "> \"We will see,\" he wrote.",
    "Click here to read more",
];

/// `text` with `line` on a line of its own before the paragraph that starts at or after
/// byte `at` (or at the end); `at` need not fall on a char boundary.
pub fn insert_line(text: &str, at: usize, line: &str) -> String {
    let at = super::marks::boundary_at_or_after(text, at);
    let start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let mut out = String::with_capacity(text.len() + line.len() + 1);
    out.push_str(&text[..start]);
    out.push_str(line);
    out.push('\n');
    out.push_str(&text[start..]);
    out
}

#[cfg(test)]
mod tests {
    use super::insert_line;

    #[test]
    fn puts_the_line_at_the_start_of_a_line() {
        assert_eq!(
            insert_line("One.\nTwo.", 7, "Advertisement"),
            "One.\nAdvertisement\nTwo."
        );
        assert_eq!(insert_line("One.", 2, "Menu"), "Menu\nOne.");
        assert_eq!(insert_line("", 5, "Menu"), "Menu\n");
        assert_eq!(insert_line("é\nb", 1, "Menu"), "Menu\né\nb");
    }
}

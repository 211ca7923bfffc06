//! The reading form only ever leaves things out or turns them into spaces (line ends, Unicode
//! spaces, invisible characters, end-of-line hyphens, page furniture): the letters and digits
//! a person is shown for a span are those of the input's span, in order.

use super::Checked;

/// `reading` (what a report shows for a span) is consistent with `original` (that span of the
/// input): its letters and digits appear in `original`, in the same order, and it has no
/// carriage return (line ends read as `\n`).
pub fn check_reading(original: &str, reading: &str, what: &str) -> Checked {
    if reading.contains('\r') {
        return Err(format!(
            "{what}: the reading text {reading:?} keeps a carriage return"
        ));
    }
    let mut source = original.chars().filter(|c| c.is_alphanumeric());
    for wanted in reading.chars().filter(|c| c.is_alphanumeric()) {
        if !source.any(|c| c == wanted) {
            return Err(format!(
                "{what}: the reading text {reading:?} has {wanted:?} where the input's span \
                 {original:?} has none left"
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_reading;

    #[test]
    fn joined_lines_and_undone_hyphens_are_consistent() {
        assert_eq!(
            check_reading("the con-\nflict\r\n ends", "the conflict ends", "s"),
            Ok(())
        );
        assert_eq!(check_reading("Menu\nHome\nThe story.", "The story.", "s"), Ok(()));
        assert_eq!(check_reading("", "", "s"), Ok(()));
    }

    #[test]
    fn letters_not_in_the_span_or_out_of_order_are_not() {
        assert!(check_reading("the story", "the stories", "s").is_err());
        assert!(check_reading("ab", "ba", "s").is_err());
        assert!(check_reading("a\r\nb", "a\r\nb", "s")
            .unwrap_err()
            .contains("carriage"));
    }
}

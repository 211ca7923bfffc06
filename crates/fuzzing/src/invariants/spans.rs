//! Spans the engine returns: byte ranges that can be sliced out of the text they index.

use std::ops::Range;

use super::Checked;

/// `span` lies inside `text`, starts no later than it ends, and both ends fall on char
/// boundaries; `what` names the span in the message.
pub fn check_span(text: &str, span: &Range<usize>, what: &str) -> Checked {
    if span.start > span.end || span.end > text.len() {
        return Err(format!(
            "{what} {span:?} is outside the text's {} bytes",
            text.len()
        ));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{what} {span:?} splits a character"));
    }
    Ok(())
}

/// Every span is valid (see [`check_span`]) and each starts no earlier than the one before
/// ends: in order, never overlapping.
pub fn check_ordered<'a>(
    text: &str,
    spans: impl IntoIterator<Item = &'a Range<usize>>,
    what: &str,
) -> Checked {
    let mut previous_end = 0;
    for (index, span) in spans.into_iter().enumerate() {
        check_span(text, span, &format!("{what} {index}"))?;
        if span.start < previous_end {
            return Err(format!(
                "{what} {index} {span:?} starts before the one before it ends ({previous_end})"
            ));
        }
        previous_end = span.end;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_ordered, check_span};

    #[test]
    fn refuses_spans_out_of_bounds_backwards_or_inside_a_char() {
        let text = "a é b";
        assert_eq!(check_span(text, &(0..6), "s"), Ok(()));
        assert!(check_span(text, &(0..7), "s").unwrap_err().contains("outside"));
        let backwards = std::ops::Range { start: 3, end: 2 };
        assert!(check_span(text, &backwards, "s").unwrap_err().contains("outside"));
        assert!(check_span(text, &(3..4), "s").unwrap_err().contains("splits"));
    }

    #[test]
    fn refuses_overlapping_or_backward_spans() {
        let text = "one two three";
        assert_eq!(check_ordered(text, &[0..3, 4..7, 7..13], "s"), Ok(()));
        let error = check_ordered(text, &[0..5, 4..7], "sentence").unwrap_err();
        assert_eq!(error, "sentence 1 4..7 starts before the one before it ends (5)");
    }
}

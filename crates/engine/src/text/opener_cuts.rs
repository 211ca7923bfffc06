//! Sentences cut where a quotation opens right after a stop. The splitter reads a mark glued to
//! a full stop (`He left."We`) as closing the sentence; when the pairing knows the mark opens a
//! quotation, the quotation begins the next sentence.

use std::ops::Range;

use super::quote_marks::may_close;

/// `sentences` (sorted byte ranges, as [`super::SentenceSplitter`] gives them), each cut
/// before every opening mark in `openers` (sorted byte offsets) that follows a stop with no
/// space between, closing marks after the stop allowed (`.”“`). The pieces keep every byte of
/// the sentence they come from, in order; none is empty.
pub fn cut_at_openers(text: &str, sentences: Vec<Range<usize>>, openers: &[usize]) -> Vec<Range<usize>> {
    let mut cut = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let first = openers.partition_point(|&at| at <= sentence.start);
        let mut start = sentence.start;
        for &at in openers[first..].iter().take_while(|&&at| at < sentence.end) {
            if follows_stop(text.get(start..at).unwrap_or_default()) {
                cut.push(start..at);
                start = at;
            }
        }
        cut.push(start..sentence.end);
    }
    cut
}

/// True when `head` ends in a stop, possibly followed by closing marks, with no space after.
fn follows_stop(head: &str) -> bool {
    head.trim_end_matches(may_close)
        .ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces<'a>(text: &'a str, openers: &[usize]) -> Vec<&'a str> {
        let whole = Range {
            start: 0,
            end: text.len(),
        };
        cut_at_openers(text, Vec::from([whole]), openers)
            .into_iter()
            .map(|range| &text[range])
            .collect()
    }

    #[test]
    fn a_glued_opening_mark_begins_a_sentence() {
        let text = "He left.\"We stay,\" she said.";
        assert_eq!(pieces(text, &[8]), ["He left.", "\"We stay,\" she said."]);
        let text = "“Go.”“Now,” she said.";
        let at = text.find("“Now").unwrap_or_default();
        assert_eq!(pieces(text, &[0, at]), ["“Go.”", "“Now,” she said."]);
    }

    #[test]
    fn a_mark_inside_a_sentence_cuts_nothing() {
        let text = "He called it \"a disaster\" twice.";
        assert_eq!(pieces(text, &[13]), [text]);
        assert_eq!(pieces(text, &[0]), [text]);
    }
}

//! Pairs of quote marks: curly and straight, single and double, guillemets either way round,
//! German low-high, and CJK corner brackets. Apostrophes are never taken for marks; nested
//! quotes stay inside their outer quote; a quotation may run over several paragraphs when each
//! paragraph reopens it; an unclosed mark ends at its paragraph.
//!
//! What each character can open or close is [`super::quote_marks`]'s; this pairing decides,
//! from its neighbours, what one occurrence does.

use std::ops::Range;

use super::quote_marks::{doubles_as_double, is_quote_mark, quote_mark, Family, Side};
use super::tokens::is_combining;

/// One outermost quoted passage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedPassage {
    /// The opening mark.
    pub open: Range<usize>,
    /// The words between the marks, without surrounding spaces.
    pub inner: Range<usize>,
    /// The closing mark, or `None` when the paragraph ended first.
    pub close: Option<Range<usize>>,
}

impl QuotedPassage {
    /// From the opening mark to the closing mark (or the inner end) inclusive.
    pub fn outer(&self) -> Range<usize> {
        self.open.start..self.close.as_ref().map_or(self.inner.end, |close| close.end)
    }
}

/// Finds the outermost quoted passages of a text.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuoteMarks;

/// How deeply quotes may nest before further marks are ignored.
const MAX_DEPTH: usize = 6;

/// How far ahead (in bytes) to look for a better closing mark than a possessive `s’`.
const POSSESSIVE_LOOKAHEAD: usize = 300;

struct OpenMark {
    family: Family,
    mark: Range<usize>,
}

impl QuoteMarks {
    /// Returns the outermost quoted passages of `text`, in order.
    pub fn find(&self, text: &str) -> Vec<QuotedPassage> {
        let mut found = Vec::new();
        let mut stack: Vec<OpenMark> = Vec::new();
        let mut bottom_inner_start = 0;
        let mut reopening_at: Option<usize> = None;
        let mut previous = '\n';
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if c == '\n' || c == '\r' || c == '\u{2029}' {
                if let Some(bottom) = stack.first() {
                    let next_at = text[at..]
                        .find(|c: char| !c.is_whitespace())
                        .map(|offset| at + offset);
                    let reopens = next_at.is_some_and(|next_at| {
                        text[next_at..].starts_with(&text[bottom.mark.clone()])
                            && reopens_family(text, next_at, bottom.family)
                    });
                    if reopens {
                        stack.truncate(1);
                        reopening_at = next_at;
                    } else {
                        let inner = trim(text, bottom_inner_start..at);
                        if !inner.is_empty() {
                            found.push(QuotedPassage {
                                open: bottom.mark.clone(),
                                inner,
                                close: None,
                            });
                        }
                        stack.clear();
                    }
                }
                previous = c;
                continue;
            }
            if !is_quote_mark(c) {
                previous = c;
                continue;
            }
            // Two straight single quotes or two backticks stand for a double quote.
            let doubled = doubles_as_double(c) && text[at + 1..].starts_with(c);
            let width = if doubled { 2 } else { c.len_utf8() };
            let mark = at..at + width;
            let next = text[mark.end..].chars().next();
            if doubled {
                chars.next();
            }
            if reopening_at == Some(at) {
                reopening_at = None;
                previous = c;
                continue;
            }
            let symbol = if doubled { '"' } else { c };
            if let Some(depth) = closing_depth(text, &stack, symbol, previous, next, mark.end) {
                let closed = stack.len() > depth && depth == 0;
                if closed {
                    let inner = trim(text, bottom_inner_start..mark.start);
                    if !inner.is_empty() {
                        found.push(QuotedPassage {
                            open: stack[0].mark.clone(),
                            inner,
                            close: Some(mark.clone()),
                        });
                    }
                }
                stack.truncate(depth);
            } else if let Some(family) = opening_family(symbol, c == '`', previous, next) {
                if stack.len() < MAX_DEPTH {
                    if stack.is_empty() {
                        bottom_inner_start = mark.end;
                    }
                    stack.push(OpenMark { family, mark });
                }
            }
            previous = if doubled { '"' } else { c };
        }
        if let Some(bottom) = stack.first() {
            let inner = trim(text, bottom_inner_start..text.len());
            if !inner.is_empty() {
                found.push(QuotedPassage {
                    open: bottom.mark.clone(),
                    inner,
                    close: None,
                });
            }
        }
        found
    }
}

/// True when the mark at `at` opens a new paragraph of a quotation of `family`.
fn reopens_family(text: &str, at: usize, family: Family) -> bool {
    let Some(c) = text[at..].chars().next() else {
        return false;
    };
    let next = text[at + c.len_utf8()..].chars().next();
    let doubled = doubles_as_double(c) && text[at + 1..].starts_with(c);
    let symbol = if doubled { '"' } else { c };
    opening_family(symbol, c == '`', '\n', next) == Some(family)
}

/// The stack depth left after `c` closes an open quotation, if it closes one.
fn closing_depth(
    text: &str,
    stack: &[OpenMark],
    c: char,
    previous: char,
    next: Option<char>,
    after: usize,
) -> Option<usize> {
    let next_is_word = next.is_some_and(char::is_alphanumeric);
    let after_space = previous.is_whitespace();
    for (depth, open) in stack.iter().enumerate().rev() {
        let closes = quote_mark(c).is_some_and(|mark| mark.closes_family(open.family))
            && match open.family {
                // `say "no"`: a straight mark between a space and a word opens.
                Family::Double => !(c == '"' && after_space && next_is_word),
                // An apostrophe (`’n’`, a possessive `Jones’`) closes nothing.
                Family::Single => {
                    !after_space
                        && !next_is_word
                        && !is_possessive_with_later_close(text, previous, next, after)
                }
                Family::LowSingle => !after_space,
                _ => true,
            };
        if closes {
            return Some(depth);
        }
    }
    None
}

/// `Jones’ car`: an `s’` followed by a lower-case word is a possessive when another closing
/// mark follows before the paragraph ends.
fn is_possessive_with_later_close(text: &str, previous: char, next: Option<char>, after: usize) -> bool {
    if previous != 's' || next != Some(' ') {
        return false;
    }
    let rest = &text[after..];
    if !rest.trim_start().chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let mut limit = rest.len().min(POSSESSIVE_LOOKAHEAD);
    while !rest.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &rest[..limit];
    let window = window.split('\n').next().unwrap_or_default();
    window.char_indices().any(|(at, c)| {
        (c == '’' || c == '\'')
            && window[at + c.len_utf8()..]
                .chars()
                .next()
                .is_none_or(|n| !n.is_alphanumeric())
            && window[..at]
                .chars()
                .next_back()
                .is_some_and(|p| !p.is_whitespace())
    })
}

/// The family `c` opens after `previous` and before `next`, if it opens one there.
fn opening_family(c: char, backtick: bool, previous: char, next: Option<char>) -> Option<Family> {
    let next_is_space = next.is_none_or(char::is_whitespace);
    let next_is_word = next.is_some_and(char::is_alphanumeric);
    let free_before = !previous.is_alphanumeric()
        && !is_combining(previous)
        && !matches!(previous, '.' | ',' | '!' | '?' | ';' | '%');
    let next_is_digit = next.is_some_and(|n| n.is_ascii_digit());
    let mark = quote_mark(c)?;
    let family = mark.opens?;
    let opens = match (family, mark.usual) {
        // ”…” opens after a space, before a word.
        (Family::RightDouble, _) => previous.is_whitespace() && !next_is_space,
        // »…« and ›…‹ open where no letter precedes.
        (_, Side::Closing) => !previous.is_alphanumeric() && !next_is_space,
        // Straight marks are inch signs and apostrophes as often as quotes; ``…'' always opens.
        (Family::Double, Side::Either) => backtick || free_before && !next_is_space,
        (Family::Single, Side::Either) => free_before && next_is_word && !next_is_digit,
        // `the ‘90s`: a ‘ before a digit is an apostrophe.
        (Family::Single, _) => free_before && !next_is_space && !next_is_digit,
        // ‚ looks like a comma.
        (Family::LowSingle, _) => previous.is_whitespace() && next_is_word,
        _ => true,
    };
    opens.then_some(family)
}

/// `range` without leading and trailing whitespace.
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let Some(slice) = text.get(range.clone()) else {
        return range.start..range.start;
    };
    let start = range.start + (slice.len() - slice.trim_start().len());
    let end = (range.end - (slice.len() - slice.trim_end().len())).max(start);
    start..end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        QuoteMarks
            .find(text)
            .iter()
            .map(|passage| &text[passage.inner.clone()])
            .collect()
    }

    #[test]
    fn pairs_every_convention() {
        assert_eq!(inner("He said “yes” and ‘no’."), ["yes", "no"]);
        assert_eq!(inner("Er sagte: „Ja“ und »nein«."), ["Ja", "nein"]);
        assert_eq!(inner("Il a dit : « Oui » puis ‹ non ›."), ["Oui", "non"]);
        assert_eq!(inner("彼は「はい」と『いいえ』"), ["はい", "いいえ"]);
        assert_eq!(inner("''Hopefully,'' the president said"), ["Hopefully,"]);
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            inner("It’s Jones’ car from the ’90s, isn't it?"),
            Vec::<&str>::new()
        );
        assert_eq!(
            inner("‘It’s Jones’ car, not mine,’ she said."),
            ["It’s Jones’ car, not mine,"]
        );
    }

    #[test]
    fn nested_quotes_stay_inside() {
        assert_eq!(inner("“He said ‘no’ to me,” she said."), ["He said ‘no’ to me,"]);
    }

    #[test]
    fn quotes_run_over_reopened_paragraphs_and_stop_at_unclosed_ones() {
        let text = "“First part.\n\n“Second part,” he said.\n\nThen “an unclosed one\n\nNothing here.";
        assert_eq!(inner(text), ["First part.\n\n“Second part,", "an unclosed one"]);
    }
}

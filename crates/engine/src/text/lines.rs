//! Which line breaks end a sentence: headlines, list items and paragraphs end one, lines of
//! hard-wrapped prose do not.

use std::ops::Range;

use super::abbreviations::continues_line;
use super::list_items::opens_list_item;
use super::sentences::ends_in_stop;

/// How many characters a line without a stop needs to read as hard-wrapped prose where case
/// carries no signal: headlines are shorter.
const WRAPPED_LINE_CHARS: usize = 70;

/// Splits the text into lines that end a sentence at their end. A blank line always ends
/// one, and so does a line ending in a stop or followed by a list item. Otherwise a single
/// line break goes on when the line reads as hard-wrapped prose: with case, when the next
/// line begins in lower case; without (`caseless`), when the line ends in a comma or a word
/// such as `the` or `and`, or is as long as wrapped lines are.
pub(super) fn logical_lines(text: &str, caseless: bool) -> Vec<Range<usize>> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let end = offset + raw.len();
        let content = raw.trim_end();
        let next = text[end..].trim_start_matches([' ', '\t']);
        let blank_follows = text[end..].starts_with(['\n', '\r']) || content.trim().is_empty();
        let goes_on = if caseless {
            reads_wrapped(content) && !opens_list_item(next)
        } else {
            next.chars().next().is_some_and(char::is_lowercase) && !starts_capitalised_item(next)
        };
        if ends_in_stop(content) || blank_follows || !goes_on {
            lines.push(start..end);
            start = end;
        }
        offset = end;
    }
    if start < text.len() {
        lines.push(start..text.len());
    }
    lines
}

/// True when a line without a stop reads as cut in the middle of a sentence, whatever the
/// case of its letters.
fn reads_wrapped(content: &str) -> bool {
    let last_word = content.split_whitespace().next_back().unwrap_or_default();
    content.ends_with([',', ';', '-'])
        || continues_line(last_word)
        || content.chars().count() >= WRAPPED_LINE_CHARS
}

/// True when `line` opens with a lettered list marker and a capital: `b) Second option`.
fn starts_capitalised_item(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let marker = words.next().unwrap_or_default();
    let next = words.next().unwrap_or_default();
    opens_list_item(line) && marker.ends_with(')') && next.chars().next().is_some_and(char::is_uppercase)
}

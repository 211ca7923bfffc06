//! The reading form of a pasted text: what a person reads on the page, in the form every part
//! of the engine reads. Line ends become `\n`; no-break, tab and other Unicode spaces become a
//! space and runs of them one; zero-width characters, soft hyphens and a BOM go; spaces at the
//! ends of lines go; lines broken by hard wrapping are joined, and words hyphenated across a
//! line end are whole again; a pasted web page's furniture (menus, junk lines between
//! paragraphs, footers; see [`furniture`](super::furniture)) goes, line break and all. Tidy
//! text reads as itself.

use super::furniture::furniture_lines;
use super::offset_map::{OffsetMap, ReadingBuilder};
use super::wrapping::{line_breaks, LineBreak};

/// The reading form of `text` and the map from its offsets to those of `text`.
pub fn reading_form(text: &str) -> (String, OffsetMap) {
    let lines = split_lines(text);
    let all_contents: Vec<&str> = lines.iter().map(|line| &text[line.content.clone()]).collect();
    // Only a line standing alone, not a piece of a wrapped paragraph, can be furniture.
    let all_breaks = line_breaks(&all_contents, text);
    let kept = |index: Option<usize>| {
        index.and_then(|index| all_breaks.get(index)) != Some(&LineBreak::Wrapped)
            && index
                .and_then(|index| all_breaks.get(index))
                .is_none_or(|b| *b == LineBreak::Kept)
    };
    let alone: Vec<bool> = (0..all_contents.len())
        .map(|index| kept(index.checked_sub(1)) && kept(Some(index)))
        .collect();
    let furniture = furniture_lines(&all_contents, &alone);
    // The lines read, furniture left out: wrapping joins the lines on either side of it.
    let (lines, contents): (Vec<&Line>, Vec<&str>) = lines
        .iter()
        .zip(&all_contents)
        .zip(&furniture)
        .filter(|(_, &furniture)| !furniture)
        .map(|((line, &content), _)| (line, content))
        .unzip();
    let breaks = line_breaks(&contents, text);
    let mut builder = ReadingBuilder::with_capacity(text.len());
    let mut read_to = 0;
    for (index, (line, content)) in lines.iter().zip(&contents).enumerate() {
        // Furniture before this line reads as nothing.
        builder.replace(line.content.start - read_to, "");
        read_to = line.end;
        let line_break = breaks.get(index).copied();
        let words = content.trim_matches(is_space);
        let leading = content.len() - content.trim_start_matches(is_space).len();
        // A hyphen cutting a word at the line end goes with the break.
        let shown = match line_break {
            Some(LineBreak::Hyphenated) => words.strip_suffix('-').unwrap_or(words),
            _ => words,
        };
        builder.replace(leading.min(content.len()), "");
        write_line(&mut builder, shown);
        builder.replace(content.len() - leading.min(content.len()) - shown.len(), "");
        let ending = &text[line.content.end..line.end];
        match line_break {
            None => builder.replace(ending.len(), ""),
            Some(LineBreak::Kept) if ending == "\n" => builder.copy(ending),
            Some(LineBreak::Kept) => builder.replace(ending.len(), "\n"),
            Some(LineBreak::Wrapped) => builder.replace(ending.len(), " "),
            Some(LineBreak::Hyphenated | LineBreak::AfterHyphen) => builder.replace(ending.len(), ""),
        }
    }
    builder.replace(text.len() - read_to, "");
    builder.finish()
}

/// One line of the text: its content and where it ends, its line break included.
struct Line {
    content: std::ops::Range<usize>,
    end: usize,
}

/// The lines of `text`, split at `\n`, `\r\n`, `\r`, form feeds and Unicode line and
/// paragraph separators.
fn split_lines(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = at + c.len_utf8();
        if c == '\r' && chars.next_if(|&(_, next)| next == '\n').is_some() {
            end += 1;
        }
        lines.push(Line {
            content: start..at,
            end,
        });
        start = end;
    }
    lines.push(Line {
        content: start..text.len(),
        end: text.len(),
    });
    lines
}

/// Writes one line's content with its spaces and invisible characters normalized.
fn write_line(builder: &mut ReadingBuilder, line: &str) {
    let mut copied_from = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if is_invisible(c) {
            builder.copy(&line[copied_from..at]);
            builder.replace(c.len_utf8(), "");
            copied_from = at + c.len_utf8();
        } else if is_space(c) {
            let mut end = at + c.len_utf8();
            while let Some((next_at, next)) = chars.next_if(|&(_, next)| is_space(next) || is_invisible(next))
            {
                end = next_at + next.len_utf8();
            }
            if c == ' ' && end == at + 1 {
                continue;
            }
            builder.copy(&line[copied_from..at]);
            builder.replace(end - at, " ");
            copied_from = end;
        }
    }
    builder.copy(&line[copied_from..]);
}

/// True for the characters that end a line.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{b}' | '\u{c}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// True for spaces within a line: the space, tab, no-break and the other Unicode spaces.
fn is_space(c: char) -> bool {
    c == ' ' || c == '\t' || (c.is_whitespace() && !is_line_break(c))
}

/// True for characters that show nothing: zero-width space and joiner-less marks, word
/// joiner, soft hyphen, byte-order mark, direction marks.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{200e}' | '\u{200f}'
    )
}

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

/// The reading form of `text` and the map from its offsets to those of `text`; `None` when
/// `text` reads as itself. `caseless` says the text has no capitals to read.
pub fn reading_form(text: &str, caseless: bool) -> Option<(String, OffsetMap)> {
    let to_normalize = has_characters_to_normalize(text);
    if !to_normalize && !text.contains('\n') {
        return None;
    }
    let all_lines = split_lines(text);
    let (lines, breaks) = lines_to_read(text, &all_lines, caseless);
    let nothing_left_out = lines.len() == all_lines.len();
    if !to_normalize && nothing_left_out && breaks.iter().all(|&line_break| line_break == LineBreak::Kept) {
        return None;
    }
    let mut builder = ReadingBuilder::with_capacity(text.len());
    let mut read_to = 0;
    for (index, line) in lines.iter().enumerate() {
        // Furniture before this line reads as nothing.
        builder.replace(line.content.start - read_to, "");
        read_to = line.end;
        write_line(&mut builder, text, line, breaks.get(index).copied());
    }
    builder.replace(text.len() - read_to, "");
    let (reading, map) = builder.finish();
    (reading != text).then_some((reading, map))
}

/// The lines of `lines` a person reads, page furniture left out, and what the break after
/// each of them stands for (the last has none).
fn lines_to_read<'a>(text: &str, lines: &'a [Line], caseless: bool) -> (Vec<&'a Line>, Vec<LineBreak>) {
    let contents: Vec<&str> = lines.iter().map(|line| &text[line.content.clone()]).collect();
    let breaks = line_breaks(&contents, text, caseless);
    // Only a line standing alone, not a piece of a wrapped paragraph, can be furniture.
    let kept = |index: Option<usize>| {
        index
            .and_then(|index| breaks.get(index))
            .is_none_or(|line_break| *line_break == LineBreak::Kept)
    };
    let alone: Vec<bool> = (0..contents.len())
        .map(|index| kept(index.checked_sub(1)) && kept(Some(index)))
        .collect();
    let furniture = furniture_lines(&contents, &alone);
    if !furniture.contains(&true) {
        return (lines.iter().collect(), breaks);
    }
    // Wrapping joins the lines on either side of the furniture left out.
    let (read, read_contents): (Vec<&Line>, Vec<&str>) = lines
        .iter()
        .zip(&contents)
        .zip(&furniture)
        .filter(|(_, &furniture)| !furniture)
        .map(|((line, &content), _)| (line, content))
        .unzip();
    let breaks = line_breaks(&read_contents, text, caseless);
    (read, breaks)
}

/// Writes one line of `text` and its line break: spaces and invisible characters at its ends
/// go, a hyphen cutting a word at its end goes with the break, and the break reads as
/// `line_break` says (`None` for the last line read).
fn write_line(builder: &mut ReadingBuilder, text: &str, line: &Line, line_break: Option<LineBreak>) {
    let content = &text[line.content.clone()];
    let words = content.trim_matches(is_blank);
    let leading = content.len() - content.trim_start_matches(is_blank).len();
    let shown = match line_break {
        Some(LineBreak::Hyphenated) => words.strip_suffix('-').unwrap_or(words),
        _ => words,
    };
    builder.replace(leading.min(content.len()), "");
    write_words(builder, shown);
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

/// True when `text` has a character the reading form changes, or spaces it trims or
/// collapses: one pass over the bytes, since every such character but the ASCII ones starts
/// with a byte that is rare in text (0xC2, 0xE1, 0xE2, 0xE3, 0xEF).
fn has_characters_to_normalize(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return true;
    }
    let mut previous = b'\n';
    for (at, &byte) in bytes.iter().enumerate() {
        let changes = match byte {
            b'\r' | b'\t' | 0x0b | 0x0c => true,
            b' ' => matches!(previous, b' ' | b'\n'),
            b'\n' => previous == b' ',
            0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef => text[at..]
                .chars()
                .next()
                .is_some_and(|c| is_space(c) || is_invisible(c) || is_line_break(c)),
            _ => false,
        };
        if changes {
            return true;
        }
        previous = byte;
    }
    false
}

/// One line of the text: its content and where it ends, its line break included.
struct Line {
    content: std::ops::Range<usize>,
    end: usize,
}

/// The lines of `text`, split at `\n`, `\r\n`, `\r`, form feeds and Unicode line and
/// paragraph separators.
fn split_lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut at = 0;
    while at < bytes.len() {
        let may_break = matches!(bytes[at], b'\n' | b'\r' | 0x0b | 0x0c | 0xc2 | 0xe2);
        let Some(c) = may_break.then(|| text[at..].chars().next()).flatten() else {
            at += 1;
            continue;
        };
        if !is_line_break(c) {
            at += c.len_utf8();
            continue;
        }
        let mut end = at + c.len_utf8();
        if c == '\r' && bytes.get(end) == Some(&b'\n') {
            end += 1;
        }
        lines.push(Line {
            content: start..at,
            end,
        });
        start = end;
        at = end;
    }
    lines.push(Line {
        content: start..text.len(),
        end: text.len(),
    });
    lines
}

/// Writes the words of a line with their spaces and invisible characters normalized.
fn write_words(builder: &mut ReadingBuilder, line: &str) {
    let bytes = line.as_bytes();
    let mut copied_from = 0;
    let mut at = 0;
    while at < bytes.len() {
        if !may_change(bytes, at) {
            at += 1;
            continue;
        }
        let Some(c) = line[at..].chars().next() else {
            break;
        };
        if is_invisible(c) {
            builder.copy(&line[copied_from..at]);
            builder.replace(c.len_utf8(), "");
            copied_from = at + c.len_utf8();
            at = copied_from;
        } else if is_space(c) {
            let run = line[at..]
                .char_indices()
                .find(|&(_, next)| !(is_space(next) || is_invisible(next)))
                .map_or(line.len() - at, |(length, _)| length);
            if !(c == ' ' && run == 1) {
                builder.copy(&line[copied_from..at]);
                builder.replace(run, " ");
                copied_from = at + run;
            }
            at += run;
        } else {
            at += c.len_utf8();
        }
    }
    builder.copy(&line[copied_from..]);
}

/// True when the byte at `at` may start a character the reading form changes: a space, a tab,
/// or the first byte of a Unicode space or invisible character (0xC2, 0xE1, 0xE2, 0xE3, 0xEF
/// start all of them).
fn may_change(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes[at],
        b' ' | b'\t' | 0x0b | 0x0c | 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef
    )
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

/// True for what a line may start or end with that shows nothing: spaces and invisible
/// characters.
fn is_blank(c: char) -> bool {
    is_space(c) || is_invisible(c)
}

/// True for characters that show nothing: zero-width space and joiner-less marks, word
/// joiner, soft hyphen, byte-order mark, direction marks.
pub(super) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{200e}' | '\u{200f}'
    )
}

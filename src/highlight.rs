//! Cutting the article into runs of plain and highlighted text for the reading view, from
//! the engine's char offsets.

/// How a run of the article is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Not highlighted.
    Plain,
    /// A summary sentence.
    Summary,
    /// The passage the reader asked to see.
    Active,
}

/// A run of the article: its text, how it is shown, and its char offset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run<'a> {
    /// The text of the run.
    pub text: &'a str,
    /// How it is shown.
    pub mark: Mark,
    /// Its char offset in the article.
    pub start: usize,
}

/// Splits `text` at the given char ranges: `summary` ranges (sorted, not overlapping) and an
/// optional `active` range, which wins where they overlap. Ranges out of bounds are clipped.
pub fn runs<'a>(text: &'a str, summary: &[(usize, usize)], active: Option<(usize, usize)>) -> Vec<Run<'a>> {
    let mut cuts: Vec<usize> = vec![0];
    for &(start, end) in summary.iter().chain(active.iter()) {
        cuts.push(start);
        cuts.push(end);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let bytes = char_to_byte(text, &cuts);
    let mark_at = |offset: usize| -> Mark {
        if active.is_some_and(|(start, end)| start <= offset && offset < end) {
            Mark::Active
        } else if summary
            .iter()
            .any(|&(start, end)| start <= offset && offset < end)
        {
            Mark::Summary
        } else {
            Mark::Plain
        }
    };
    cuts.iter()
        .enumerate()
        .filter_map(|(index, &start)| {
            let (from, to) = (bytes[index], bytes.get(index + 1).copied().unwrap_or(text.len()));
            (from < to).then(|| Run {
                text: &text[from..to],
                mark: mark_at(start),
                start,
            })
        })
        .collect()
}

/// The byte offset of each char offset in `sorted_chars` (clipped to the text's end).
fn char_to_byte(text: &str, sorted_chars: &[usize]) -> Vec<usize> {
    let mut bytes = Vec::with_capacity(sorted_chars.len());
    let mut indices = text
        .char_indices()
        .map(|(byte, _)| byte)
        .chain(std::iter::once(text.len()));
    let mut position = 0;
    let mut current = indices.next().unwrap_or(text.len());
    for &wanted in sorted_chars {
        while position < wanted {
            match indices.next() {
                Some(byte) => {
                    current = byte;
                    position += 1;
                }
                None => break,
            }
        }
        bytes.push(current);
    }
    bytes
}

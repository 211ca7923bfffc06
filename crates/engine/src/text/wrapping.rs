//! Hard-wrapped text told apart from text with a paragraph a line, from the lines themselves:
//! in wrapped text (e-mail, plain-text pages, PDF) most lines inside a block break only because
//! the next word would not have fitted, and such a break is a space, or nothing when it cuts a
//! hyphenated word (`con-` / `flict`).

use rustc_hash::FxHashMap;

use super::list_items::opens_list_item;
use super::reading::is_invisible;
use super::sentences::ends_in_stop;

/// What a line break inside the text stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineBreak {
    /// A real break: the end of a paragraph, a heading, a list item or a line of verse.
    Kept,
    /// A break made by wrapping: it reads as a space.
    Wrapped,
    /// A break made by wrapping inside a word hyphenated at the line end: the hyphen and the
    /// break read as nothing (`con-` / `flict` is `conflict`).
    Hyphenated,
    /// A break made by wrapping after the hyphen of a compound: it reads as nothing and the
    /// hyphen stays (`three-` / `year-long` is `three-year-long`).
    AfterHyphen,
}

/// Wrapped text has lines no longer than this (in chars) for the most part.
const WIDEST_WRAP: usize = 200;
/// Nor shorter than this: shorter lines are lists, verse or navigation.
const NARROWEST_WRAP: usize = 30;
/// A line counts as full when it is within a twelfth of the width.
const WIDTH_SLACK: usize = 12;
/// At least this share of the breaks inside blocks must be forced by the width.
const FORCED_SHARE: f64 = 0.6;

/// Decides, for each line but the last of `lines` (their content without the line break),
/// what the break after it stands for. `text` is the whole text, searched for how the
/// article writes a hyphenated word elsewhere; `caseless` says it has no capitals to read
/// (see [`is_caseless`](super::is_caseless)).
pub fn line_breaks(lines: &[&str], text: &str, caseless: bool) -> Vec<LineBreak> {
    let breaks = lines.len().saturating_sub(1);
    let Some(width) = wrap_width(lines, caseless) else {
        return vec![LineBreak::Kept; breaks];
    };
    let mut words = WordCounts::new(text);
    (0..breaks)
        .map(|index| {
            let (line, next) = (lines[index].trim(), lines[index + 1].trim());
            if is_blank(line) || is_blank(next) {
                return LineBreak::Kept;
            }
            if !is_forced(line, next, width, caseless) || opens_list_item(next) || next.starts_with('>') {
                LineBreak::Kept
            } else {
                hyphenation(line, next, &mut words, caseless)
            }
        })
        .collect()
}

/// True when `line` shows nothing: spaces and invisible characters only (a byte-order mark,
/// a zero-width space).
fn is_blank(line: &str) -> bool {
    line.chars().all(|c| c.is_whitespace() || is_invisible(c))
}

/// The width the text was wrapped at, when it reads as wrapped: most breaks inside blocks of
/// lines are forced by a width between [`NARROWEST_WRAP`] and [`WIDEST_WRAP`].
fn wrap_width(lines: &[&str], caseless: bool) -> Option<usize> {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|line| !is_blank(line))
        .map(|line| line.trim().chars().count())
        .filter(|&length| length > 0)
        .collect();
    if lengths.len() < 3 {
        return None;
    }
    lengths.sort_unstable();
    let width = lengths[lengths.len() * 9 / 10];
    if !(NARROWEST_WRAP..=WIDEST_WRAP).contains(&width) {
        return None;
    }
    let (mut inside, mut forced) = (0, 0);
    for pair in lines.windows(2) {
        let (line, next) = (pair[0].trim(), pair[1].trim());
        if is_blank(line) || is_blank(next) {
            continue;
        }
        inside += 1;
        forced += usize::from(is_forced(line, next, width, caseless));
    }
    (inside >= 2 && forced as f64 >= FORCED_SHARE * inside as f64).then_some(width)
}

/// True when `line` broke because the first word of `next` would not have fitted in `width`
/// (less a little, since the width is estimated and lines cut after a hyphen run over), or
/// because it stops mid-sentence and `next` goes on in lower case.
fn is_forced(line: &str, next: &str, width: usize, caseless: bool) -> bool {
    if line.is_empty() || next.is_empty() {
        return false;
    }
    let first_word = next.split_whitespace().next().unwrap_or_default();
    let fits = line.chars().count() + 1 + first_word.chars().count() <= width - width / WIDTH_SLACK;
    let mid_sentence = !ends_in_stop(line) && first_word.chars().next().is_some_and(|c| goes_on(c, caseless));
    !fits || mid_sentence
}

/// True when a word opening with `c` may go on a sentence or a word from the line before: a
/// lower-case letter, or any letter in text without capitals (see [`is_caseless`](super::is_caseless)).
fn goes_on(c: char, caseless: bool) -> bool {
    c.is_lowercase() || caseless && c.is_alphabetic()
}

/// How a forced break after `line` joins it to `next`: through a hyphen cutting a word, after
/// a compound's own hyphen, or as a space. A soft hyphen always cuts a word.
fn hyphenation(line: &str, next: &str, words: &mut WordCounts, caseless: bool) -> LineBreak {
    if line.ends_with('\u{ad}') {
        let goes_on = next.chars().next().is_some_and(char::is_alphanumeric);
        return if goes_on {
            LineBreak::Hyphenated
        } else {
            LineBreak::Wrapped
        };
    }
    let Some(head) = line.strip_suffix('-') else {
        return LineBreak::Wrapped;
    };
    let prefix = trailing_word(head);
    let suffix = leading_word(next);
    let cut_word = !prefix.is_empty()
        && prefix.chars().all(char::is_alphabetic)
        && suffix.chars().next().is_some_and(|c| goes_on(c, caseless));
    if !cut_word {
        // `-- ` dashes, numbers (`1990-` / `95`), names (`Jean-` / `Pierre`).
        return if prefix.is_empty() || head.ends_with(['-', ' ']) {
            LineBreak::Wrapped
        } else {
            LineBreak::AfterHyphen
        };
    }
    let (prefix, suffix) = (prefix.to_lowercase(), suffix.to_lowercase());
    let with_hyphen = words.count(&format!("{prefix}-{suffix}"));
    if suffix.contains('-') || with_hyphen > words.count(&format!("{prefix}{suffix}")) {
        LineBreak::AfterHyphen
    } else {
        LineBreak::Hyphenated
    }
}

/// How often a text writes each word (in lower case, inner hyphens kept), counted in one pass
/// the first time a line ends in a hyphen, so that each hyphen costs a lookup.
struct WordCounts<'a> {
    text: &'a str,
    counts: Option<FxHashMap<String, usize>>,
}

impl<'a> WordCounts<'a> {
    fn new(text: &'a str) -> Self {
        Self { text, counts: None }
    }

    /// How often the text writes `word` (given in lower case), in any case.
    fn count(&mut self, word: &str) -> usize {
        let text = self.text;
        let counts = self.counts.get_or_insert_with(|| {
            let mut counts = FxHashMap::default();
            for word in text.split(|c: char| !(c.is_alphanumeric() || c == '-')) {
                if word.contains(char::is_alphabetic) {
                    *counts.entry(word.to_lowercase()).or_insert(0) += 1;
                }
            }
            counts
        });
        counts.get(word).copied().unwrap_or(0)
    }
}

/// The letters and hyphens that end `text`.
fn trailing_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rfind(|&(_, c)| !c.is_alphanumeric())
        .map_or(0, |(at, c)| at + c.len_utf8());
    &text[start..]
}

/// The word that opens `text`, without the punctuation after it.
fn leading_word(text: &str) -> &str {
    let word = text.split_whitespace().next().unwrap_or_default();
    word.trim_end_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::LineBreak::{AfterHyphen, Hyphenated, Kept, Wrapped};
    use super::*;

    const WRAPPED: &str = "\
The FBI will also have a command center to monitor potential security
threats related to the election. U.S. intelligence officials have warned
of Russian efforts to use hacking to interfere with the election
process.

A second paragraph follows after a blank line, and it is long enough to
wrap as well, with a three-year-long story in it, and long-running con-
flict in it.";

    #[test]
    fn joins_the_lines_of_wrapped_paragraphs() {
        let lines: Vec<&str> = WRAPPED.lines().collect();
        assert_eq!(
            line_breaks(&lines, WRAPPED, false),
            [Wrapped, Wrapped, Wrapped, Kept, Kept, Wrapped, Hyphenated]
        );
    }

    #[test]
    fn keeps_a_compound_hyphen_at_a_line_end() {
        let text = "\
It was the end of a long and difficult negotiation that lasted for three-
year-long periods, and of a much longer story of well-known faces and of
well-known places, all of them told again and again in the usual well-
known way.";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            line_breaks(&lines, text, false),
            [AfterHyphen, Wrapped, AfterHyphen]
        );
    }

    #[test]
    fn keeps_the_lines_of_a_paragraph_a_line() {
        let text = "Headline of the story\n\
            The first paragraph is one long line of text, as people write in editors that wrap lines themselves, and it goes on for a while.\n\
            A second paragraph.\n\
            A third paragraph that is a little longer than the second one was.";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(line_breaks(&lines, text, false), [Kept, Kept, Kept]);
    }

    #[test]
    fn keeps_list_items_and_short_lines() {
        let text = "\
The plan has three parts, and each of them is described below in detail
- the first part, which is long enough to be wrapped at the width here
- the second part, which is also long enough to be wrapped at the width
- the third.";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(line_breaks(&lines, text, false), [Kept, Kept, Kept]);
        let menu = ["Home", "World", "Politics", "Business", "Sign in"];
        assert_eq!(line_breaks(&menu, "", false), [Kept; 4]);
    }
}

//! The forms in which people paste an article: hard-wrapped as from an e-mail, hyphenated as
//! from a PDF, all in one case, with Windows line ends and straight quotes, one paragraph a
//! line, or copied off a web page with its menus and junk. Each form is made from the clean
//! text deterministically (no randomness), together with a map that moves char offsets of the
//! clean text (where the gold annotations are) into the pasted text.

use std::ops::Range;

/// Lines of the `wrapped` and `hyphenated` forms hold at most this many chars (unless one word
/// is longer).
const WIDTH: usize = 72;

/// The `lines` form cuts a text that has no paragraphs after this many sentences.
const SENTENCES_PER_PARAGRAPH: usize = 3;

/// The `webpage` form's menu, before the article.
const NAVIGATION: &str = "Home\nWorld\nPolitics\nBusiness\nSign in\nSubscribe\n";

/// The `webpage` form's footer, after the article.
const FOOTER: &str =
    "\n© 2024 Example News. All rights reserved.\nPrivacy Policy | Terms of Use | Contact us";

/// The `webpage` form's lines between paragraphs, used in turn after every second paragraph.
const JUNK: [&str; 5] = [
    "Advertisement",
    "Share this article",
    "Read more: Five things to know about the new city budget",
    "Click here to subscribe to our newsletter",
    "We use cookies to improve your experience. By continuing, you accept our Cookie Policy.",
];

/// The `webpage2` form's header: a second site's menu, before the article.
const NAVIGATION_2: &str =
    "Skip to main content\nMenu\nNews\nSport\nCulture\nOpinion\nLifestyle\nSearch\nLog in\n";

/// The `webpage2` form's footer, after the article.
const FOOTER_2: &str = "\n\nBack to top\n\nAbout us · Contact · Careers · Advertise with us · Privacy\n\n\
                        © Example Media Group Ltd 2024";

/// The `webpage2` form's blocks between paragraphs, used in turn after every third paragraph:
/// a related link, a photo credit, a comment count, a box of the most read stories, a
/// newsletter box and a video link.
const JUNK_2: [&str; 6] = [
    "Related: Storm leaves thousands without power across the region",
    "Photo: Jane Doe/Getty Images",
    "Comments (12)",
    "Most read\n1. Council approves new budget after long debate\n2. Ten places to visit this summer",
    "Newsletter\nGet the day's top stories in your inbox every morning.\nEnter your email address\nSign up",
    "Watch: Flooding in the city centre (2:14)",
];

/// One way of pasting an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// The text as given.
    Clean,
    /// Paragraphs hard-wrapped at 72 columns, a blank line between them.
    Wrapped,
    /// Wrapped, with words split across lines by a hyphen wherever that fills a line (PDF).
    Hyphenated,
    /// All in lower case.
    Lower,
    /// All in upper case.
    Upper,
    /// CRLF line ends, straight quotes, no-break spaces after sentence ends and here and there.
    Windows,
    /// One paragraph a line; a text without paragraphs is cut every three sentences.
    Lines,
    /// `Lines` between a web page's menu and footer, with junk lines between paragraphs.
    Webpage,
    /// A second site: paragraphs apart by a blank line, another menu and footer, other junk
    /// (links, credits, boxes) between paragraphs.
    Webpage2,
}

impl Form {
    /// Every form, `Clean` first.
    pub const ALL: [Form; 9] = [
        Form::Clean,
        Form::Wrapped,
        Form::Hyphenated,
        Form::Lower,
        Form::Upper,
        Form::Windows,
        Form::Lines,
        Form::Webpage,
        Form::Webpage2,
    ];

    /// The form's short, stable name, used in JSON and tables.
    pub fn id(self) -> &'static str {
        match self {
            Form::Clean => "clean",
            Form::Wrapped => "wrapped",
            Form::Hyphenated => "hyphenated",
            Form::Lower => "lower",
            Form::Upper => "upper",
            Form::Windows => "windows",
            Form::Lines => "lines",
            Form::Webpage => "webpage",
            Form::Webpage2 => "webpage2",
        }
    }

    /// `clean` as pasted in this form, with the map of its chars.
    pub fn paste(self, clean: &str) -> Pasted {
        let chars: Vec<char> = clean.chars().collect();
        let mut out = Builder::with_capacity(clean.len());
        match self {
            Form::Clean => chars.iter().for_each(|&c| out.put(c)),
            Form::Lower => chars.iter().for_each(|&c| out.put(single(c.to_lowercase(), c))),
            Form::Upper => chars.iter().for_each(|&c| out.put(single(c.to_uppercase(), c))),
            Form::Wrapped | Form::Hyphenated => {
                let hyphenate = self == Form::Hyphenated;
                let body = |out: &mut Builder, range: Range<usize>| wrap(out, &chars, range, hyphenate);
                lay_out(&mut out, &chars, &paragraphs(&chars), |_| "\n\n".to_owned(), body);
            }
            Form::Windows => {
                let body = |out: &mut Builder, range: Range<usize>| windows_body(out, &chars, range);
                lay_out(
                    &mut out,
                    &chars,
                    &paragraphs(&chars),
                    |_| "\r\n\r\n".to_owned(),
                    body,
                );
                return out.finish("\r\n");
            }
            Form::Lines => {
                let body = |out: &mut Builder, range: Range<usize>| range.for_each(|i| out.put(chars[i]));
                lay_out(
                    &mut out,
                    &chars,
                    &line_paragraphs(&chars),
                    |_| "\n".to_owned(),
                    body,
                );
            }
            Form::Webpage => {
                out.insert(NAVIGATION);
                let body = |out: &mut Builder, range: Range<usize>| range.for_each(|i| out.put(chars[i]));
                lay_out(&mut out, &chars, &line_paragraphs(&chars), junk_separator, body);
                return out.finish(FOOTER);
            }
            Form::Webpage2 => {
                out.insert(NAVIGATION_2);
                let body = |out: &mut Builder, range: Range<usize>| range.for_each(|i| out.put(chars[i]));
                lay_out(&mut out, &chars, &line_paragraphs(&chars), junk_block, body);
                return out.finish(FOOTER_2);
            }
        }
        out.finish("")
    }
}

/// An article as pasted, with where each of the clean text's chars went.
#[derive(Debug, Clone)]
pub struct Pasted {
    /// The pasted text.
    pub text: String,
    /// For each char index of the clean text, and for its length, the char index in `text`
    /// where that char now sits (a dropped whitespace char sits on the whitespace that
    /// replaced it). Never decreasing.
    map: Vec<usize>,
}

impl Pasted {
    /// Where clean char `index` sits in the pasted text; an index past the clean text's end
    /// goes where its end went.
    pub fn position(&self, index: usize) -> usize {
        self.map
            .get(index)
            .or(self.map.last())
            .copied()
            .unwrap_or_default()
    }

    /// The pasted span holding the clean span `clean`: from where its first char went to just
    /// past where its last char went (so text inserted after it is left out).
    pub fn span(&self, clean: Range<usize>) -> Range<usize> {
        let start = self.position(clean.start);
        if clean.end <= clean.start {
            return start..start;
        }
        start..self.position(clean.end - 1) + 1
    }
}

/// A pasted text being written, with its map.
struct Builder {
    text: String,
    /// How many chars `text` has.
    len: usize,
    map: Vec<usize>,
}

impl Builder {
    fn with_capacity(bytes: usize) -> Self {
        Self {
            text: String::with_capacity(bytes + bytes / 8),
            len: 0,
            map: Vec::with_capacity(bytes + 1),
        }
    }

    /// Writes `c` in place of the next clean char.
    fn put(&mut self, c: char) {
        self.map.push(self.len);
        self.text.push(c);
        self.len += 1;
    }

    /// Drops the next clean char, which now sits on the char written last.
    fn merge(&mut self) {
        self.map.push(self.len.saturating_sub(1));
    }

    /// Drops the next clean char, which now sits on the char written next.
    fn skip(&mut self) {
        self.map.push(self.len);
    }

    /// Writes text that is not in the clean text.
    fn insert(&mut self, text: &str) {
        self.text.push_str(text);
        self.len += text.chars().count();
    }

    /// Maps the clean text's end here, then writes `tail` after it.
    fn finish(mut self, tail: &str) -> Pasted {
        self.map.push(self.len);
        self.insert(tail);
        Pasted {
            text: self.text,
            map: self.map,
        }
    }
}

/// The one char of a case mapping, or `fallback` when it has several.
fn single(mut mapped: impl Iterator<Item = char>, fallback: char) -> char {
    match (mapped.next(), mapped.next()) {
        (Some(c), None) => c,
        _ => fallback,
    }
}

/// The paragraphs of `chars`: the stretches between whitespace runs that hold a line break,
/// without the whitespace at either end of the text.
fn paragraphs(chars: &[char]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = None;
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            let run = i;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            if i == chars.len() || chars[run..i].contains(&'\n') {
                if let Some(start) = start.take() {
                    found.push(start..run);
                }
            }
        } else {
            start.get_or_insert(i);
            i += 1;
        }
    }
    found.extend(start.map(|start| start..chars.len()));
    found
}

/// The paragraphs of the `lines` form: the text's own, or, when it has one only, stretches of
/// three sentences.
fn line_paragraphs(chars: &[char]) -> Vec<Range<usize>> {
    let found = paragraphs(chars);
    match found.as_slice() {
        [only] => cut_sentences(chars, only.clone()),
        _ => found,
    }
}

/// `paragraph` cut into stretches of `SENTENCES_PER_PARAGRAPH` sentences, at spaces that
/// follow a sentence end and come before a capital (see `ends_sentence`).
fn cut_sentences(chars: &[char], paragraph: Range<usize>) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = paragraph.start;
    let mut sentences: usize = 0;
    for i in paragraph.clone() {
        if chars[i] == ' ' && ends_sentence(chars, i) {
            sentences += 1;
            if sentences.is_multiple_of(SENTENCES_PER_PARAGRAPH) {
                found.push(start..i);
                start = i + 1;
            }
        }
    }
    found.push(start..paragraph.end);
    found
}

/// True when the space at `space` follows a sentence end ('.', '?' or '!', perhaps then a
/// closing quote) and comes before a capital (perhaps after an opening quote), and the
/// sentence end is not that of a short capitalised abbreviation ("Mr.", "U.S.").
fn ends_sentence(chars: &[char], space: usize) -> bool {
    let before = &chars[..space];
    let end = match before {
        [.., end, '"' | '”' | '’' | '\''] | [.., end] => *end,
        [] => return false,
    };
    let next = chars[space + 1..]
        .iter()
        .find(|c| !matches!(c, '"' | '“' | '‘' | '\''));
    if !matches!(end, '.' | '?' | '!') || !next.is_some_and(|c| c.is_uppercase()) {
        return false;
    }
    let word: Vec<&char> = before.iter().rev().take_while(|c| !c.is_whitespace()).collect();
    let short_capitalised = word.len() <= 4 && word.last().is_some_and(|c| c.is_uppercase());
    end != '.' || !short_capitalised
}

/// The separator before paragraph `index` of the `webpage` form: a line break, and after every
/// second paragraph one of the `JUNK` lines on its own line.
fn junk_separator(index: usize) -> String {
    if index.is_multiple_of(2) {
        format!("\n{}\n", JUNK[(index / 2 - 1) % JUNK.len()])
    } else {
        "\n".to_owned()
    }
}

/// The separator before paragraph `index` of the `webpage2` form: a blank line, and after
/// every third paragraph one of the `JUNK_2` blocks between blank lines.
fn junk_block(index: usize) -> String {
    if index.is_multiple_of(3) {
        format!("\n\n{}\n\n", JUNK_2[(index / 3 - 1) % JUNK_2.len()])
    } else {
        "\n\n".to_owned()
    }
}

/// Writes `paragraphs` of `chars` with `body`, `separator(k)` before paragraph k > 0 in place of
/// the whitespace between them; whitespace before the first and after the last is dropped.
fn lay_out(
    out: &mut Builder,
    chars: &[char],
    paragraphs: &[Range<usize>],
    separator: impl Fn(usize) -> String,
    mut body: impl FnMut(&mut Builder, Range<usize>),
) {
    let mut done = 0;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        if index == 0 {
            (done..paragraph.start).for_each(|_| out.skip());
        } else {
            let separator = separator(index);
            let mut separator_chars = separator.chars();
            if let Some(first) = separator_chars.next() {
                out.put(first);
                out.insert(separator_chars.as_str());
            }
            (done + 1..paragraph.start).for_each(|_| out.merge());
        }
        body(out, paragraph.clone());
        done = paragraph.end;
    }
    (done..chars.len()).for_each(|_| out.skip());
}

/// Writes one paragraph wrapped at `WIDTH` columns, a space at a wrap point turned into a line
/// break; with `hyphenate`, a word that does not fit is split across the lines by a hyphen
/// whenever `split_point` finds a place for it.
fn wrap(out: &mut Builder, chars: &[char], paragraph: Range<usize>, hyphenate: bool) {
    let mut line = 0;
    let mut i = paragraph.start;
    while i < paragraph.end {
        let gap_start = i;
        while i < paragraph.end && chars[i].is_whitespace() {
            i += 1;
        }
        let word_start = i;
        while i < paragraph.end && !chars[i].is_whitespace() {
            i += 1;
        }
        let (gap, word) = (&chars[gap_start..word_start], &chars[word_start..i]);
        let room = WIDTH.saturating_sub(line + gap.len());
        if line == 0 || word.len() <= room {
            gap.iter().chain(word).for_each(|&c| out.put(c));
            line += gap.len() + word.len();
        } else if let Some(cut) = split_point(word, room).filter(|_| hyphenate) {
            gap.iter().chain(&word[..cut]).for_each(|&c| out.put(c));
            out.insert(if word[cut - 1] == '-' { "\n" } else { "-\n" });
            word[cut..].iter().for_each(|&c| out.put(c));
            line = word.len() - cut;
        } else {
            out.put('\n');
            gap.iter().skip(1).for_each(|_| out.merge());
            word.iter().for_each(|&c| out.put(c));
            line = word.len();
        }
    }
}

/// Where to split `word` so that its first part, with the hyphen, fills at most `room` chars:
/// just after a hyphen of its own when it has one; else, for a word of at least seven letters
/// (punctuation around it aside), after at least three letters and before at least three,
/// between two consonants or before a consonant and a vowel when one such place fits.
fn split_point(word: &[char], room: usize) -> Option<usize> {
    if word.len() > 2 && word[1..word.len() - 1].contains(&'-') {
        return (2..word.len() - 1)
            .rev()
            .find(|&cut| cut <= room && word[cut - 1] == '-' && word[cut] != '-');
    }
    let lead = word.iter().take_while(|c| !c.is_alphabetic()).count();
    let trail = word[lead..]
        .iter()
        .rev()
        .take_while(|c| !c.is_alphabetic())
        .count();
    let core = &word[lead..word.len() - trail];
    if core.len() < 7 || !core.iter().all(|c| c.is_alphabetic()) {
        return None;
    }
    let fits = |&p: &usize| lead + p < room;
    let plausible = |&p: &usize| {
        let vowel = |c: char| "aeiouyAEIOUY".contains(c);
        !vowel(core[p]) && (!vowel(core[p - 1]) || core.get(p + 1).is_some_and(|&c| vowel(c)))
    };
    let candidates = || (3..=core.len() - 3).rev().filter(fits);
    let p = candidates().find(plausible).or_else(|| candidates().next())?;
    Some(lead + p)
}

/// Writes one paragraph as a Windows word processor would copy it: straight quotes, no-break
/// spaces after sentence ends (". " before a capital) and in place of every seventh other space.
fn windows_body(out: &mut Builder, chars: &[char], paragraph: Range<usize>) {
    let mut spaces: usize = 0;
    for i in paragraph {
        let c = match chars[i] {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            ' ' if i > 0 && chars[i - 1] == '.' && chars.get(i + 1).is_some_and(|c| c.is_uppercase()) => {
                '\u{a0}'
            }
            ' ' => {
                spaces += 1;
                if spaces.is_multiple_of(7) {
                    '\u{a0}'
                } else {
                    ' '
                }
            }
            other => other,
        };
        out.put(c);
    }
}

#[cfg(test)]
mod tests;

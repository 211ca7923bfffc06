//! Names in text written without capitals. A caseless text still says where its names are:
//! a common first name before a word that is no function word (`john smith`), a title before
//! a word (`mr. smith`, `sen. ted cruz`), and then, as a text that introduces a person goes
//! on to name them by surname alone, every other use of a surname found so (`smith said`).
//! The first names and surnames are the US Census 1990 lists (see `lexicon/make_names.py`).

use std::collections::HashSet;
use std::ops::Range;
use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::abbreviations::{is_month_name, is_weekday};
use super::name_words::{FIRST_NAMES, SHORT_FIRST_NAMES, SURNAMES};
use super::stopwords::stopword_languages;
use super::words::WordTokenizer;
use crate::lexicon::{
    COMMON_BEFORE, FULL_TITLES, NAME_FOLLOWERS, REPORTING_VERBS, SHORT_TITLES, TIME_AFTER_SPEECH,
    TITLE_DETERMINERS,
};

/// The shortest share, one use in this many, of a word's uses after [`COMMON_BEFORE`] words
/// that makes it a common word.
const COMMON_SHARE: usize = 3;

/// How often an unlisted word must come before a verb of speech to be taken for a surname.
const MIN_SPEECHES: usize = 2;

/// How a name word is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Listed {
    /// Only as a name.
    Name,
    /// Also as an ordinary word (`mark`, `young`).
    AlsoWord,
}

/// Parses a list of `make_names.py`: one name a line, `*` after one that is also a word.
fn parse(list: &'static str) -> FxHashMap<&'static str, Listed> {
    list.lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| match line.strip_suffix('*') {
            Some(name) => (name, Listed::AlsoWord),
            None => (line, Listed::Name),
        })
        .collect()
}

fn first_names() -> &'static FxHashMap<&'static str, Listed> {
    static LIST: OnceLock<FxHashMap<&'static str, Listed>> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut names = parse(SHORT_FIRST_NAMES);
        names.extend(parse(FIRST_NAMES));
        names
    })
}

fn surnames() -> &'static FxHashMap<&'static str, Listed> {
    static LIST: OnceLock<FxHashMap<&'static str, Listed>> = OnceLock::new();
    LIST.get_or_init(|| parse(SURNAMES))
}

/// A word of the text, as the name finder reads it.
#[derive(Debug, Clone)]
struct Word<'a> {
    range: Range<usize>,
    /// In lower case, without a possessive ending.
    bare: &'a str,
    /// Only spaces (at most one line's) between the previous word and this one, or a title's
    /// or initial's full stop and a space.
    joined: bool,
}

impl Word<'_> {
    fn is_function_word(&self) -> bool {
        stopword_languages(self.bare) != 0
    }

    /// Could be part of a name: letters only, no function word, no verb of speech.
    fn may_be_name(&self) -> bool {
        self.bare.chars().all(char::is_alphabetic)
            && !self.is_function_word()
            && !NAME_FOLLOWERS.contains(self.bare)
    }

    /// True when the word ends in a possessive (`obama's`).
    fn is_possessive(&self) -> bool {
        self.bare.len() < self.range.len()
    }

    fn is_initial(&self, text: &str) -> bool {
        self.bare.chars().count() == 1 && text[self.range.end..].starts_with('.')
    }
}

/// The words of a lower-case text, kept in eight bytes each (a [`Word`] is made from the
/// text when asked for): the name finder reads every word of the text at once.
struct Words<'a> {
    text: &'a str,
    /// Each word's start, and its end with [`JOINED`] set when it is joined to the word before.
    packed: Vec<(u32, u32)>,
}

/// The bit of a packed word's end that says it is joined to the word before (offsets are
/// below [`MAX_TEXT_BYTES`](super::MAX_TEXT_BYTES), far below this bit).
const JOINED: u32 = 1 << 31;

impl<'a> Words<'a> {
    /// The words of lower-case `text`, counted first so that the list is allocated once.
    fn of(text: &'a str) -> Self {
        let mut count = 0;
        WordTokenizer.for_each(text, |_| count += 1);
        let mut packed: Vec<(u32, u32)> = Vec::with_capacity(count);
        let mut previous_end = None;
        WordTokenizer.for_each(text, |range| {
            let joined = previous_end.is_some_and(|end| matches!(&text[end..range.start], " " | ". "));
            let flag = if joined { JOINED } else { 0 };
            packed.push((range.start as u32, range.end as u32 | flag));
            previous_end = Some(range.end);
        });
        Self { text, packed }
    }

    fn len(&self) -> usize {
        self.packed.len()
    }

    /// The word at `index`, if there is one.
    fn get(&self, index: usize) -> Option<Word<'a>> {
        let &(start, end) = self.packed.get(index)?;
        let joined = end & JOINED != 0;
        let range = start as usize..(end & !JOINED) as usize;
        let word = &self.text[range.clone()];
        let bare = ["'s", "’s"]
            .iter()
            .find_map(|ending| word.strip_suffix(ending))
            .unwrap_or(word);
        Some(Word { range, bare, joined })
    }

    /// The word at `index`, which must be one of the words.
    fn at(&self, index: usize) -> Word<'a> {
        self.get(index).unwrap_or(Word {
            range: 0..0,
            bare: "",
            joined: false,
        })
    }

    /// The words in order.
    fn iter(&self) -> impl Iterator<Item = Word<'a>> + '_ {
        (0..self.len()).map(|index| self.at(index))
    }
}

/// A name found in context: the words `from..=to`, the last one its surname.
struct Span {
    from: usize,
    to: usize,
    /// After a short title (`mr.`): a name even when its surname is a common word here.
    sure: bool,
}

/// The names that context shows in `text`: after a title, or a first name and its surname.
/// The spans are in text order and do not overlap.
fn name_spans(text: &str, words: &Words<'_>) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut index = 0;
    while index < words.len() {
        match span_at(text, words, index) {
            Some(span) => {
                index = span.to + 1;
                spans.push(span);
            }
            None => index += 1,
        }
    }
    spans
}

/// The name that the word at `index` opens or shows, in this order of trust: an unlisted
/// name after it ([`unknown_name`]), a name after it as a title ([`title_span`]), or a
/// name it opens as a first name ([`first_name_span`]). The span ends at or after `index`.
fn span_at(text: &str, words: &Words<'_>, index: usize) -> Option<Span> {
    if let Some(to) = unknown_name(text, words, index) {
        return Some(Span {
            from: index + 1,
            to,
            sure: false,
        });
    }
    title_span(text, words, index).or_else(|| first_name_span(text, words, index))
}

/// The word after the one at `index` when it is joined to it and may be part of a name.
fn next_name_word<'a>(words: &Words<'a>, index: usize) -> Option<Word<'a>> {
    words
        .get(index + 1)
        .filter(|next| next.joined && next.may_be_name())
}

/// True when a verb of speech follows the word at `index`, joined to it (`smith said`).
fn speech_follows(words: &Words<'_>, index: usize) -> bool {
    words
        .get(index + 1)
        .is_some_and(|verb| verb.joined && REPORTING_VERBS.contains(verb.bare))
}

/// The word at `index` as a title and the name after it: a short title (`mr. smith`, then
/// sure of the name) or a full one that no determiner makes a common noun (`president obama`,
/// not `the president said`). A listed first name after the title takes the next word, its
/// surname, along (`sen. ted cruz`), through an initial (`rep. elijah e. cummings`). None when
/// the word is no title or no name follows.
fn title_span(text: &str, words: &Words<'_>, index: usize) -> Option<Span> {
    let word = words.at(index);
    let next = next_name_word(words, index)?;
    let gap = &text[word.range.end..next.range.start];
    let short_title = SHORT_TITLES.contains(word.bare) && !word.is_possessive();
    let title = FULL_TITLES.contains(word.bare)
        && gap == " "
        && !index
            .checked_sub(1)
            .is_some_and(|before| TITLE_DETERMINERS.contains(words.at(before).bare));
    if !short_title && !title {
        return None;
    }
    // `rep. elijah e. cummings`: the surname comes after an initial.
    let first_name = first_names().contains_key(next.bare) && !next.is_possessive();
    let initial = first_name
        && words
            .get(index + 2)
            .is_some_and(|word| word.joined && word.is_initial(text));
    let before_surname = index + 1 + usize::from(initial);
    let with_first_name = first_name
        && next_name_word(words, before_surname).is_some_and(|surname| {
            let gap = &text[words.at(before_surname).range.end..surname.range.start];
            gap == if initial { ". " } else { " " }
        });
    Some(Span {
        from: index,
        to: if with_first_name {
            before_surname + 1
        } else {
            index + 1
        },
        sure: short_title,
    })
}

/// The word at `index` as a listed first name and the surname after it, a space apart
/// (`john smith`), through an initial (`john f. kennedy`). A first name that is also a word
/// (`mark`) needs more: a surname listed only as a name, or a comma or verb of speech after
/// the surname (`mark garthwaite, executive director`, `josh matlow told`). None otherwise.
fn first_name_span(text: &str, words: &Words<'_>, index: usize) -> Option<Span> {
    let word = words.at(index);
    let next = next_name_word(words, index)?;
    let first = *first_names().get(word.bare)?;
    if &text[word.range.end..next.range.start] != " " || word.is_possessive() {
        return None;
    }
    let to = if next.is_initial(text) {
        next_name_word(words, index + 1).map(|_| index + 2)?
    } else {
        index + 1
    };
    let introduced = text[words.at(to).range.end..].starts_with(',') || speech_follows(words, to);
    let trusted =
        first == Listed::Name || surnames().get(words.at(to).bare) == Some(&Listed::Name) || introduced;
    trusted.then_some(Span {
        from: index,
        to,
        sure: false,
    })
}

/// A name of two words that no list knows, after the word at `index`, shown by its place: after
/// a verb of speech (`said lorne fitch,`) or a quotation's closing comma (`,” alexei
/// malashenko, a ...`), and before a comma or a verb of speech. Its last word, when found.
fn unknown_name(text: &str, words: &Words<'_>, index: usize) -> Option<usize> {
    let (first, last) = (words.get(index + 1)?, words.get(index + 2)?);
    let after_speech = REPORTING_VERBS.contains(words.at(index).bare) && first.joined;
    let gap = text[words.at(index).range.end..first.range.start].trim();
    let after_quotation = matches!(gap, ",”" | ",\"" | "”," | "\",");
    let plain = |word: &Word<'_>| {
        word.may_be_name()
            && !word.is_possessive()
            && !TIME_AFTER_SPEECH.contains(word.bare)
            && !is_weekday(word.bare)
            && !is_month_name(word.bare)
    };
    let ends = text[last.range.end..].starts_with(',') || speech_follows(words, index + 2);
    ((after_speech || after_quotation)
        && plain(&first)
        && last.bare.chars().all(char::is_alphabetic)
        && !last.is_function_word()
        && !NAME_FOLLOWERS.contains(last.bare)
        && !TIME_AFTER_SPEECH.contains(last.bare)
        && text[first.range.end..last.range.start] == *" "
        && ends)
        .then_some(index + 2)
}

/// The words of `candidates` that `text` uses as common words: at least one use in
/// [`COMMON_SHARE`] comes after a determiner or pronoun (`the campaign`, `she would`).
fn common_words<'a>(words: &Words<'a>, candidates: &HashSet<&'a str>) -> HashSet<&'a str> {
    let mut uses: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (index, word) in words.iter().enumerate() {
        if candidates.contains(word.bare) {
            let entry = uses.entry(word.bare).or_default();
            entry.0 += 1;
            // `the campaign`, but not `the clinton campaign`, where the word modifies another.
            let modifies = words
                .get(index + 1)
                .is_some_and(|next| next.joined && next.may_be_name() && !word.is_possessive());
            if index > 0 && word.joined && !modifies && COMMON_BEFORE.contains(words.at(index - 1).bare) {
                entry.1 += 1;
            }
        }
    }
    uses.into_iter()
        .filter(|&(_, (all, after_common))| after_common * COMMON_SHARE >= all)
        .map(|(word, _)| word)
        .collect()
}

/// The byte offsets of the first letters of the names in `text`, which is in lower case.
pub fn name_starts(text: &str) -> Vec<usize> {
    let words = Words::of(text);
    let mut spans = name_spans(text, &words);
    // `hillary clinton ... the clinton campaign`: a surname of the text opens no name.
    let surnames_seen: HashSet<&str> = spans.iter().map(|span| words.at(span.to).bare).collect();
    spans.retain(|span| span.sure || !surnames_seen.contains(words.at(span.from).bare));
    // `lonechild said` twice: a word that speaks again and again is a surname.
    let mut speakers: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (index, word) in words.iter().enumerate() {
        let before_speech = speech_follows(&words, index) && !word.is_possessive();
        let after_number = index > 0 && words.at(index - 1).bare.chars().any(|c| c.is_ascii_digit());
        if before_speech
            && !after_number
            && word.may_be_name()
            && !TIME_AFTER_SPEECH.contains(word.bare)
            && !word.bare.ends_with('s')
            && word.bare.len() > 2
        {
            let entry = speakers.entry(word.bare).or_default();
            entry.0 = index;
            entry.1 += 1;
        }
    }
    spans.extend(
        speakers
            .values()
            .filter(|&&(_, count)| count >= MIN_SPEECHES)
            .map(|&(index, _)| Span {
                from: index,
                to: index,
                sure: false,
            }),
    );
    let candidates: HashSet<&str> = spans.iter().map(|span| words.at(span.to).bare).collect();
    let common = common_words(&words, &candidates);
    let mut capitals: Vec<usize> = Vec::new();
    let mut surnames_found: HashSet<&str> = HashSet::new();
    for span in &spans {
        let surname = words.at(span.to).bare;
        if !common.contains(surname) {
            surnames_found.insert(surname);
        } else if !span.sure {
            continue;
        }
        capitals.extend((span.from..=span.to).map(|index| words.at(index).range.start));
    }
    for word in words.iter() {
        if surnames_found.contains(word.bare) && !word.is_function_word() {
            capitals.push(word.range.start);
        }
    }
    capitals.sort_unstable();
    capitals.dedup();
    capitals
}

#[cfg(test)]
mod tests {
    use super::name_starts;
    use crate::text::case_restoration::with_capitals_at;

    /// `text` with the first letters of its names put in capitals.
    fn names_capitalized(text: &str) -> String {
        with_capitals_at(text, &name_starts(text))
    }

    #[test]
    fn a_first_name_and_its_surname_then_the_surname_alone() {
        assert_eq!(
            names_capitalized(
                "the plan came from sarah huckabee on monday. later huckabee's aide said huckabee agreed."
            ),
            "the plan came from Sarah Huckabee on monday. later Huckabee's aide said Huckabee agreed."
        );
    }

    #[test]
    fn a_name_after_a_title() {
        assert_eq!(
            names_capitalized(
                "he met sen. ted cruz and mr. obama. president obama said no, but the president said yes."
            ),
            "he met Sen. Ted Cruz and Mr. Obama. President Obama said no, but the president said yes."
        );
    }

    #[test]
    fn a_first_name_that_is_also_a_word_needs_more() {
        assert_eq!(
            names_capitalized("they mark time. mark kelly, the astronaut, spoke."),
            "they mark time. Mark Kelly, the astronaut, spoke."
        );
    }

    #[test]
    fn a_title_a_first_name_an_initial_and_a_surname() {
        assert_eq!(
            names_capitalized("said rep. elijah e. cummings, who knew him."),
            "said Rep. Elijah E. Cummings, who knew him."
        );
    }

    #[test]
    fn a_short_first_name_the_census_lacks() {
        assert_eq!(
            names_capitalized("city councillor liz dunn and advocate josh matlow told reporters."),
            "city councillor Liz Dunn and advocate Josh Matlow told reporters."
        );
        // `josh` is also a word: without a verb of speech or a comma after, no name.
        assert_eq!(
            names_capitalized("they josh matlow about it."),
            "they josh matlow about it."
        );
    }

    #[test]
    fn an_unlisted_name_shown_by_its_place() {
        assert_eq!(
            names_capitalized("\"it is late,\" said lorne fitch, a biologist. fitch said more."),
            "\"it is late,\" said Lorne Fitch, a biologist. Fitch said more."
        );
        assert_eq!(
            names_capitalized("lonechild said yes. then lonechild said no. officials said nothing."),
            "Lonechild said yes. then Lonechild said no. officials said nothing."
        );
    }

    #[test]
    fn a_surname_the_text_uses_as_a_word_is_left_alone() {
        // `campaign` after `clinton`, a first name too, is a common word here.
        assert_eq!(
            names_capitalized("susan clinton spoke. the clinton campaign said the campaign would end."),
            "Susan Clinton spoke. the Clinton campaign said the campaign would end."
        );
    }
}

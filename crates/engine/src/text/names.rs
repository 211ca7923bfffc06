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
use super::stopwords::stopword_languages;
use super::words::WordTokenizer;

/// The US Census 1990 first names (see `lexicon/make_names.py`).
const FIRST_NAMES: &str = include_str!("../../lexicon/first_names.txt");
/// The US Census 1990 surnames (see `lexicon/make_names.py`).
const SURNAMES: &str = include_str!("../../lexicon/surnames.txt");

/// Titles written short, with or without their full stop: the next word is a name.
const SHORT_TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "sgt", "cmdr",
    "adm", "rev", "hon", "supt", "insp", "det", "atty", "amb",
];

/// Titles written in full: the next word is a name unless the title is a common noun there
/// (`the president said`).
const TITLES: &[&str] = &[
    "president",
    "senator",
    "governor",
    "minister",
    "secretary",
    "chancellor",
    "mayor",
    "judge",
    "congressman",
    "congresswoman",
    "ambassador",
    "sheriff",
    "chairman",
    "chairwoman",
    "commissioner",
    "pope",
    "rabbi",
    "reverend",
    "senators",
    "presidents",
];

/// Words before a title that make it a common noun: `the president`, `his secretary`.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "that", "whose", "every",
    "each", "any", "no", "which", "what",
];

/// Words that follow a name without being part of it.
const NOT_NAMES: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "wrote",
    "writes",
    "noted",
    "notes",
    "explained",
    "explains",
    "argued",
    "argues",
    "claimed",
    "claims",
    "stated",
    "states",
    "replied",
    "replies",
    "insisted",
    "insists",
    "warned",
    "warns",
    "announced",
    "announces",
    "recalled",
    "recalls",
    "continued",
    "continues",
    "according",
    "himself",
    "herself",
    "also",
    "however",
    "who",
    "whose",
    "whom",
    "jr",
    "sr",
    "would",
    "could",
    "should",
    "might",
    "must",
    "may",
    "can",
    "will",
    "shall",
];

/// Words before a word that make it a common word rather than a surname: `the campaign`,
/// `she would`.
const COMMON_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "this", "that", "these", "those",
    "he", "she", "it", "they", "we", "i", "you", "to", "who", "which", "no", "any", "some", "every", "each",
    "more", "most", "very",
];

/// The shortest share, one use in this many, of a word's uses after [`COMMON_BEFORE`] words
/// that makes it a common word.
const COMMON_SHARE: usize = 3;

/// Verbs of speech after which two words and a comma are a name: `said lorne fitch, a ...`.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "asked",
    "explained",
    "wrote",
    "noted",
    "echoes",
];

/// Words of time that follow a verb of speech without being a name: `said last week,`.
const TIME_WORDS: &[&str] = &[
    "last",
    "next",
    "this",
    "week",
    "weekend",
    "year",
    "month",
    "night",
    "morning",
    "afternoon",
    "evening",
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "ago",
    "earlier",
    "later",
    "recently",
    "previously",
    "then",
    "again",
    "repeatedly",
    "publicly",
    "privately",
];

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
    LIST.get_or_init(|| parse(FIRST_NAMES))
}

fn surnames() -> &'static FxHashMap<&'static str, Listed> {
    static LIST: OnceLock<FxHashMap<&'static str, Listed>> = OnceLock::new();
    LIST.get_or_init(|| parse(SURNAMES))
}

/// A word of the text.
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
            && !NOT_NAMES.contains(&self.bare)
    }

    fn is_initial(&self, text: &str) -> bool {
        self.bare.chars().count() == 1 && text[self.range.end..].starts_with('.')
    }
}

/// The words of lower-case `text`.
fn words(text: &str) -> Vec<Word<'_>> {
    let mut words: Vec<Word<'_>> = Vec::new();
    WordTokenizer.for_each(text, |range| {
        let word = &text[range.clone()];
        let bare = ["'s", "’s"]
            .iter()
            .find_map(|ending| word.strip_suffix(ending))
            .unwrap_or(word);
        let gap = words
            .last()
            .map_or("", |previous| &text[previous.range.end..range.start]);
        let joined = !words.is_empty() && (gap == " " || gap == ". ");
        words.push(Word { range, bare, joined });
    });
    words
}

/// A name found in context: the words `from..=to`, the last one its surname.
struct Span {
    from: usize,
    to: usize,
    /// After a short title (`mr.`): a name even when its surname is a common word here.
    sure: bool,
}

/// The names that context shows in `text`: after a title, or a first name and its surname.
fn name_spans(text: &str, words: &[Word<'_>]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut index = 0;
    while index < words.len() {
        let word = &words[index];
        if let Some(to) = unknown_name(text, words, index) {
            spans.push(Span {
                from: index + 1,
                to,
                sure: false,
            });
            index = to + 1;
            continue;
        }
        let next = words
            .get(index + 1)
            .filter(|next| next.joined && next.may_be_name());
        let Some(next) = next else {
            index += 1;
            continue;
        };
        let gap = &text[word.range.end..next.range.start];
        let possessive = word.bare.len() < word.range.len();
        let short_title = SHORT_TITLES.contains(&word.bare) && !possessive;
        let title = TITLES.contains(&word.bare)
            && gap == " "
            && !index
                .checked_sub(1)
                .is_some_and(|before| DETERMINERS.contains(&words[before].bare));
        if short_title || title {
            // `sen. ted cruz`: a first name after the title takes its surname along.
            let mut to = index + 1;
            let surname = words.get(index + 2).filter(|w| w.joined && w.may_be_name());
            if first_names().contains_key(next.bare)
                && next.bare.len() == next.range.len()
                && surname.is_some_and(|surname| text[next.range.end..surname.range.start] == *" ")
            {
                to = index + 2;
            }
            spans.push(Span {
                from: index,
                to,
                sure: short_title,
            });
            index = to + 1;
            continue;
        }
        let first = first_names().get(word.bare).copied();
        if first.is_some() && gap == " " && !possessive {
            let mut to = index + 1;
            // `john f. kennedy`
            if next.is_initial(text) {
                if words.get(index + 2).is_some_and(|w| w.joined && w.may_be_name()) {
                    to = index + 2;
                } else {
                    index += 1;
                    continue;
                }
            }
            // `mark garthwaite, executive director`, `josh matlow told`
            let introduced = text[words[to].range.end..].starts_with(',')
                || words
                    .get(to + 1)
                    .is_some_and(|verb| verb.joined && SPEECH.contains(&verb.bare));
            let trusted = first == Some(Listed::Name)
                || surnames().get(words[to].bare) == Some(&Listed::Name)
                || introduced;
            if trusted {
                spans.push(Span {
                    from: index,
                    to,
                    sure: false,
                });
                index = to + 1;
                continue;
            }
        }
        index += 1;
    }
    spans
}

/// A name of two words that no list knows, after the word at `index`, shown by its place: after
/// a verb of speech (`said lorne fitch,`) or a quotation's closing comma (`,” alexei
/// malashenko, a ...`), and before a comma or a verb of speech. Its last word, when found.
fn unknown_name(text: &str, words: &[Word<'_>], index: usize) -> Option<usize> {
    let (first, last) = (words.get(index + 1)?, words.get(index + 2)?);
    let after_speech = SPEECH.contains(&words[index].bare) && first.joined;
    let gap = text[words[index].range.end..first.range.start].trim();
    let after_quotation = matches!(gap, ",”" | ",\"" | "”," | "\",");
    let plain = |word: &Word<'_>| {
        word.may_be_name()
            && word.bare.len() == word.range.len()
            && !TIME_WORDS.contains(&word.bare)
            && !is_weekday(word.bare)
            && !is_month_name(word.bare)
    };
    let ends = text[last.range.end..].starts_with(',')
        || words
            .get(index + 3)
            .is_some_and(|verb| verb.joined && SPEECH.contains(&verb.bare));
    ((after_speech || after_quotation)
        && plain(first)
        && last.bare.chars().all(char::is_alphabetic)
        && !last.is_function_word()
        && !NOT_NAMES.contains(&last.bare)
        && !TIME_WORDS.contains(&last.bare)
        && text[first.range.end..last.range.start] == *" "
        && ends)
        .then_some(index + 2)
}

/// The words of `candidates` that `text` uses as common words: at least one use in
/// [`COMMON_SHARE`] comes after a determiner or pronoun (`the campaign`, `she would`).
fn common_words<'a>(words: &[Word<'a>], candidates: &HashSet<&'a str>) -> HashSet<&'a str> {
    let mut uses: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (index, word) in words.iter().enumerate() {
        if candidates.contains(word.bare) {
            let entry = uses.entry(word.bare).or_default();
            entry.0 += 1;
            // `the campaign`, but not `the clinton campaign`, where the word modifies another.
            let modifies = words
                .get(index + 1)
                .is_some_and(|next| next.joined && next.may_be_name() && word.bare.len() == word.range.len());
            if index > 0 && word.joined && !modifies && COMMON_BEFORE.contains(&words[index - 1].bare) {
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
    let words = words(text);
    let mut spans = name_spans(text, &words);
    // `hillary clinton ... the clinton campaign`: a surname of the text opens no name.
    let surnames_seen: HashSet<&str> = spans.iter().map(|span| words[span.to].bare).collect();
    spans.retain(|span| span.sure || !surnames_seen.contains(words[span.from].bare));
    // `lonechild said` twice: a word that speaks again and again is a surname.
    let mut speakers: FxHashMap<&str, (usize, usize)> = FxHashMap::default();
    for (index, word) in words.iter().enumerate() {
        let before_speech = words.get(index + 1).is_some_and(|verb| {
            verb.joined && SPEECH.contains(&verb.bare) && word.bare.len() == word.range.len()
        });
        let after_number = index > 0 && words[index - 1].bare.chars().any(|c| c.is_ascii_digit());
        if before_speech
            && !after_number
            && word.may_be_name()
            && !TIME_WORDS.contains(&word.bare)
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
    let candidates: HashSet<&str> = spans.iter().map(|span| words[span.to].bare).collect();
    let common = common_words(&words, &candidates);
    let mut capitals: Vec<usize> = Vec::new();
    let mut surnames_found: HashSet<&str> = HashSet::new();
    for span in &spans {
        let surname = words[span.to].bare;
        if !common.contains(surname) {
            surnames_found.insert(surname);
        } else if !span.sure {
            continue;
        }
        capitals.extend(words[span.from..=span.to].iter().map(|word| word.range.start));
    }
    for word in &words {
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

    /// `text` with the first letters of its names put in capitals.
    fn names_capitalized(text: &str) -> String {
        let starts = name_starts(text);
        text.char_indices()
            .map(|(at, c)| {
                if starts.contains(&at) {
                    c.to_ascii_uppercase()
                } else {
                    c
                }
            })
            .collect()
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

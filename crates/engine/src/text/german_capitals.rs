//! German writes every noun with a capital. A German text pasted without capitals has lost
//! them, and with them what the quote finder reads a speaker from (`der sprecher des
//! ministeriums`, `bundesfinanzminister peer steinbrück`). Without a dictionary some nouns can
//! still be told: the word an article leads to, past its adjectives (`der neue trainer`); a
//! word with a noun's ending (`regierung`, `mannschaft`) or a speaker's (`regierungssprecher`);
//! and the name after a person's title (`innenminister otto schily`), wherever it recurs.

use std::collections::HashSet;
use std::ops::Range;

use super::stopwords::is_stopword;
use super::words::WordTokenizer;
use super::Language;
use crate::lexicon::de::{
    AUXILIARIES, DETERMINERS, NOUN_ENDINGS, PERSON_TITLES, SPEAKER_NOUNS, SPEECH_VERBS, SUBJUNCTIVE_VERBS,
};
use crate::lexicon::WordList;

/// The most adjectives between an article and its noun (`den zweiten bemannten raumflug`).
pub(crate) const MAX_ADJECTIVES: usize = 2;

/// The endings of a German adjective after an article (`zweiten`, `neue`, `großer`).
const ADJECTIVE_ENDINGS: [&str; 4] = ["e", "en", "er", "es"];

/// A word's stem before a noun ending is at least this long (`ung` ends `regierung`, not
/// `jung`).
const MIN_STEM: usize = 3;

/// The most words of a name after a person's title.
const MAX_NAME_WORDS: usize = 2;

/// The byte offsets of the first letters of the nouns and names of `text` (a German text
/// written in lower case) that take a capital.
pub fn german_capital_starts(text: &str) -> Vec<usize> {
    let words = Words::of(text);
    let mut starts = Vec::new();
    let mut names: HashSet<&str> = HashSet::new();
    for index in 0..words.len() {
        let word = words.text(index);
        if DETERMINERS.contains(word) {
            starts.extend(noun_after_article(&words, index).map(|noun| words.start(noun)));
        }
        if has_noun_ending(word) {
            starts.push(words.start(index));
            if ends_with_any(PERSON_TITLES, word) {
                for name in name_after_title(&words, index) {
                    names.insert(words.text(name));
                }
            }
        }
    }
    starts.extend(
        (0..words.len())
            .filter(|&index| names.contains(words.text(index)))
            .map(|index| words.start(index)),
    );
    starts
}

/// The words of a text, lower case, and whether only spaces stand between each and the next.
struct Words<'a> {
    text: &'a str,
    spans: Vec<Range<usize>>,
}

impl<'a> Words<'a> {
    fn of(text: &'a str) -> Self {
        Self {
            text,
            spans: WordTokenizer.words(text),
        }
    }

    fn len(&self) -> usize {
        self.spans.len()
    }

    fn text(&self, index: usize) -> &'a str {
        &self.text[self.spans[index].clone()]
    }

    fn start(&self, index: usize) -> usize {
        self.spans[index].start
    }

    /// True when word `index` and the next stand in the same phrase: only spaces between them.
    fn joined_to_next(&self, index: usize) -> bool {
        self.spans.get(index + 1).is_some_and(|next| {
            self.text[self.spans[index].end..next.start]
                .chars()
                .all(|c| c == ' ')
        })
    }
}

/// The noun an article at word `article` leads to: the next word, or past at most
/// [`MAX_ADJECTIVES`] words with an adjective's ending the word they lead to; none when a
/// word on the way may not be a noun (a verb, a stopword, a number).
fn noun_after_article(words: &Words, article: usize) -> Option<usize> {
    let mut at = article + 1;
    if !words.joined_to_next(article) || at >= words.len() {
        return None;
    }
    for _ in 0..MAX_ADJECTIVES {
        let adjective = has_adjective_ending(words.text(at));
        if !(adjective && words.joined_to_next(at) && noun_candidate(words.text(at + 1))) {
            break;
        }
        at += 1;
    }
    noun_candidate(words.text(at)).then_some(at)
}

/// The words of a name right after the person's title at word `title`: up to
/// [`MAX_NAME_WORDS`] words that may be nouns, in the same phrase.
fn name_after_title(words: &Words, title: usize) -> Vec<usize> {
    let mut name = Vec::new();
    let mut at = title;
    while name.len() < MAX_NAME_WORDS && words.joined_to_next(at) && noun_candidate(words.text(at + 1)) {
        at += 1;
        if has_noun_ending(words.text(at)) {
            break;
        }
        name.push(at);
    }
    name
}

/// True when the lower-case German `word` may be a noun as far as the word lists tell: no
/// stopword, verb of saying or verb in the subjunctive (`sagte`, `sei`, `ist`). The quote
/// finder reads it too.
pub(crate) fn may_be_noun(word: &str) -> bool {
    !SPEECH_VERBS.contains(word) && !SUBJUNCTIVE_VERBS.contains(word) && !is_stopword(Language::German, word)
}

/// True when `word` ends as a German adjective after an article does.
pub(crate) fn has_adjective_ending(word: &str) -> bool {
    ADJECTIVE_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

/// True when `word`, a word of the text, is taken for a noun here: letters only (and
/// hyphens), no auxiliary, and a noun as far as [`may_be_noun`] tells.
fn noun_candidate(word: &str) -> bool {
    word.chars().all(|c| c.is_alphabetic() || c == '-') && !AUXILIARIES.contains(word) && may_be_noun(word)
}

/// True when `word` ends as only a noun does, or as a speaker's noun (`sprecher`,
/// `staatsanwaltschaft`).
fn has_noun_ending(word: &str) -> bool {
    ends_with_any(NOUN_ENDINGS, word) || ends_with_any(SPEAKER_NOUNS, word)
}

/// True when `word` is one of `endings`, or a longer word ending in one after a stem of at
/// least [`MIN_STEM`] bytes.
fn ends_with_any(endings: WordList, word: &str) -> bool {
    endings
        .iter()
        .any(|ending| word == ending || word.len() >= ending.len() + MIN_STEM && word.ends_with(ending))
}

#[cfg(test)]
mod tests {
    use super::german_capital_starts;
    use crate::text::case_restoration::with_capitals_at;

    /// `text` with a capital at each start found.
    fn capitalized(text: &str) -> String {
        with_capitals_at(text, &german_capital_starts(text))
    }

    #[test]
    fn nouns_after_articles_and_with_a_noun_s_ending() {
        assert_eq!(
            capitalized("der neue trainer der mannschaft sagte, die lage sei ernst."),
            "der neue Trainer der Mannschaft sagte, die Lage sei ernst."
        );
        assert_eq!(
            capitalized("die regierung habe die zahlen nicht geprüft"),
            "die Regierung habe die Zahlen nicht geprüft"
        );
    }

    #[test]
    fn the_name_after_a_person_s_title_wherever_it_recurs() {
        assert_eq!(
            capitalized("sagte bundesfinanzminister peer steinbrück am montag. steinbrück blieb dabei."),
            "sagte Bundesfinanzminister Peer Steinbrück am montag. Steinbrück blieb dabei."
        );
    }

    #[test]
    fn verbs_and_stopwords_stay_in_lower_case() {
        assert_eq!(
            capitalized("das ministerium teilte mit, der sprecher werde sich äußern."),
            "das Ministerium teilte mit, der Sprecher werde sich äußern."
        );
    }
}

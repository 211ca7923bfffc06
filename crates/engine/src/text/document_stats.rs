//! What a document without capital letters teaches about its own full stops. Where case
//! carries no signal, the splitter learns two things from the text itself: which words open
//! sentences (they often follow an unmistakable boundary and seldom an ordinary word), and
//! which short words are abbreviations (always written with a full stop, and more than once
//! followed by a word that this document only uses inside sentences).

use rustc_hash::{FxHashMap, FxHashSet};

use super::abbreviations::Abbreviation;

/// How often a word must open a sentence before it counts as a sentence starter.
const MIN_STARTS: usize = 2;
/// How often a word must be followed by a mid-sentence word before it counts as an
/// abbreviation.
const MIN_ABBREVIATION_EVIDENCE: usize = 2;
/// The longest word (in letters) that may be learned as an abbreviation.
const MAX_ABBREVIATION_LETTERS: usize = 5;
/// The shortest ordinary word whose full stop counts as an unmistakable sentence end.
const MIN_FINAL_WORD_LETTERS: usize = 4;

/// Sentence starters and abbreviations learned from one document, in lower case.
#[derive(Debug, Default, Clone)]
pub struct DocumentStats {
    starters: FxHashSet<String>,
    abbreviations: FxHashSet<String>,
}

/// How a word ends: what punctuation follows its last letter or digit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    /// Nothing: the sentence surely goes on.
    Plain,
    /// One full stop, perhaps with closing marks.
    Stop,
    /// A question or exclamation mark.
    Strong,
    /// Anything else: a comma, an ellipsis, a colon.
    Other,
}

/// One word of the text, in eight bytes: a caseless text is read word by word, all at once.
#[derive(Debug)]
struct Token {
    /// Its number among the distinct words, in [`Words::distinct`].
    word: u32,
    ending: Ending,
    line_start: bool,
}

/// The words of a text in order, each distinct word (lower-cased without the marks around it)
/// kept once.
#[derive(Debug, Default)]
struct Words {
    tokens: Vec<Token>,
    distinct: Vec<String>,
}

impl Words {
    /// The word of `token`.
    fn of(&self, token: &Token) -> &str {
        &self.distinct[token.word as usize]
    }
}

impl DocumentStats {
    /// Learns starters and abbreviations from `text`, ignoring the case of its letters.
    pub fn learn(text: &str) -> Self {
        let words = tokenize(text);
        let tokens = &words.tokens;
        let candidates = candidate_abbreviations(&words);
        let (starts, inside) = count_positions(&words, &candidates);
        let count = |map: &FxHashMap<&str, usize>, word: &str| map.get(word).copied().unwrap_or(0);
        let starters = starts
            .iter()
            .filter(|&(word, &n)| n >= MIN_STARTS && n > count(&inside, word))
            .map(|(word, _)| (*word).to_string())
            .collect();
        let is_inside_word = |word: &str| count(&inside, word) > 0 && count(&starts, word) == 0;
        let mut evidence: FxHashMap<&str, usize> = FxHashMap::default();
        for pair in tokens.windows(2) {
            let (word, next) = (words.of(&pair[0]), words.of(&pair[1]));
            if candidates.contains(word) && is_inside_word(next) {
                *evidence.entry(word).or_default() += 1;
            }
        }
        let abbreviations = evidence
            .into_iter()
            .filter(|&(_, n)| n >= MIN_ABBREVIATION_EVIDENCE)
            .map(|(word, _)| word.to_string())
            .collect();
        Self {
            starters,
            abbreviations,
        }
    }

    /// True when `word` (any case, marks around it aside) opened sentences in this document
    /// more often than it continued them, and at least twice.
    pub fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(&bare_lower(word))
    }

    /// True when `word` (any case, without or with its full stop) was learned as an
    /// abbreviation of this document.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.contains(&bare_lower(word))
    }
}

/// Short words of letters that no list knows, written with a full stop at least twice and
/// never without one: the words that might be abbreviations.
fn candidate_abbreviations(words: &Words) -> FxHashSet<&str> {
    let mut stopped: FxHashMap<&str, usize> = FxHashMap::default();
    let mut unstopped: FxHashSet<&str> = FxHashSet::default();
    for token in &words.tokens {
        if token.ending == Ending::Stop {
            *stopped.entry(words.of(token)).or_default() += 1;
        } else {
            unstopped.insert(words.of(token));
        }
    }
    stopped
        .into_iter()
        .filter(|&(word, n)| n >= MIN_ABBREVIATION_EVIDENCE && !unstopped.contains(word))
        .filter(|&(word, _)| {
            let letters = word.chars().count();
            (2..=MAX_ABBREVIATION_LETTERS).contains(&letters)
                && word.chars().all(char::is_alphabetic)
                && Abbreviation::classify_caseless(word) == Abbreviation::None
        })
        .map(|(word, _)| word)
        .collect()
}

/// How often each word opens a sentence for sure (first in the text or on a line, or after a
/// sure sentence end) and how often it follows a word without punctuation.
fn count_positions<'a>(
    words: &'a Words,
    candidates: &FxHashSet<&str>,
) -> (FxHashMap<&'a str, usize>, FxHashMap<&'a str, usize>) {
    let mut starts: FxHashMap<&str, usize> = FxHashMap::default();
    let mut inside: FxHashMap<&str, usize> = FxHashMap::default();
    let tokens = &words.tokens;
    for (index, token) in tokens.iter().enumerate() {
        let previous = index.checked_sub(1).and_then(|at| tokens.get(at));
        let word = words.of(token);
        match previous {
            _ if token.line_start => *starts.entry(word).or_default() += 1,
            None => *starts.entry(word).or_default() += 1,
            Some(previous) if previous.ending == Ending::Plain => {
                *inside.entry(word).or_default() += 1;
            }
            Some(previous) if ends_surely(words.of(previous), previous.ending, candidates) => {
                *starts.entry(word).or_default() += 1;
            }
            Some(_) => {}
        }
    }
    (starts, inside)
}

/// True when `ending`, the punctuation after `word`, surely ends a sentence: a question or
/// exclamation mark, or a full stop after a long word that is no known or possible
/// abbreviation.
fn ends_surely(word: &str, ending: Ending, candidates: &FxHashSet<&str>) -> bool {
    match ending {
        Ending::Strong => true,
        Ending::Stop => {
            word.chars().count() >= MIN_FINAL_WORD_LETTERS
                && word.chars().all(char::is_alphabetic)
                && !candidates.contains(word)
                && Abbreviation::classify_caseless(word) == Abbreviation::None
        }
        Ending::Plain | Ending::Other => false,
    }
}

/// The words of `text`, lower-cased without the marks around them, with how they end.
fn tokenize(text: &str) -> Words {
    let mut words = Words::default();
    let mut numbers: FxHashMap<String, u32> = FxHashMap::default();
    for line in text.lines() {
        let mut line_start = true;
        for raw in line.split_whitespace() {
            let word = bare_lower(raw);
            if word.is_empty() {
                continue;
            }
            let tail = raw.trim_end_matches(|c: char| !c.is_alphanumeric());
            let tail = &raw[tail.len()..];
            let number = match numbers.get(&word) {
                Some(&number) => number,
                None => {
                    let number = words.distinct.len() as u32;
                    words.distinct.push(word.clone());
                    numbers.insert(word, number);
                    number
                }
            };
            words.tokens.push(Token {
                word: number,
                ending: ending_of(tail),
                line_start,
            });
            line_start = false;
        }
    }
    words
}

/// How the punctuation after a word's last letter ends it.
fn ending_of(tail: &str) -> Ending {
    if tail.is_empty() {
        Ending::Plain
    } else if tail.contains(['?', '!']) {
        Ending::Strong
    } else if tail.contains("..") || tail.contains('…') {
        Ending::Other
    } else if tail.contains('.') {
        Ending::Stop
    } else {
        Ending::Other
    }
}

/// `word` in lower case without the non-alphanumeric marks around it.
fn bare_lower(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_that_open_sentences_are_starters() {
        let stats = DocumentStats::learn(
            "police said the man fled. police found him later. he was seen near acme inc. police \
             arrested him.",
        );
        assert!(stats.is_starter("police"));
        assert!(stats.is_starter("POLICE"));
        assert!(!stats.is_starter("him"));
        assert!(!stats.is_starter("the"));
    }

    #[test]
    fn a_word_used_inside_sentences_is_no_starter() {
        let stats = DocumentStats::learn("rain fell. rain stopped. we saw rain and more rain and rain.");
        assert!(!stats.is_starter("rain"));
    }

    #[test]
    fn a_short_word_always_stopped_before_inner_words_is_an_abbreviation() {
        let stats = DocumentStats::learn(
            "the bank sold zeta hldgs. shares to a fund. a fund bought shares today. analysts say \
             zeta hldgs. shares rose.",
        );
        assert!(stats.is_abbreviation("hldgs"));
        assert!(stats.is_abbreviation("HLDGS."));
        assert!(!stats.is_abbreviation("fund"));
    }

    #[test]
    fn a_word_also_written_without_a_stop_is_no_abbreviation() {
        let stats = DocumentStats::learn(
            "they left. shares fell and we left soon. they left. shares fell. shares and more.",
        );
        assert!(!stats.is_abbreviation("left"));
    }

    #[test]
    fn nothing_is_learned_from_empty_text() {
        let stats = DocumentStats::learn("");
        assert!(!stats.is_starter("the"));
        assert!(!stats.is_abbreviation("inc"));
    }
}

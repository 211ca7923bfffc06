//! Words ending in a full stop that usually do not end a sentence, and the words that show a
//! new sentence has begun after one that might.

use crate::lexicon::{
    WordList, ABBREVIATION_EITHER, ABBREVIATION_FINAL, ABBREVIATION_INNER, ABBREVIATION_NUMBERING,
    ABBREVIATION_TITLES, CLOCK_ABBREVIATIONS, CLOCK_CONTINUERS, CLOCK_REGIONS, LINE_CONTINUERS, MONTH_NAMES,
    ORDINAL_CONTEXT, REPORTING_VERBS, SENTENCE_STARTERS, SPACED_ABBREVIATIONS, STRONG_STARTERS, TIME_ZONES,
    WEEKDAYS,
};

/// What a word followed by a full stop is, for the purpose of ending a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Abbreviation {
    /// A title or a word that always precedes more of the sentence: `Mr.`, `Dr.`, `Sen.`, `e.g.`.
    Title,
    /// An abbreviation that is never final in practice: `approx.`, `Jan.`, `No.`.
    Inner,
    /// One letter, a capital (any case where case carries no signal): an initial
    /// (`J. K. Rowling`) unless a sentence plainly starts next.
    Initial,
    /// May end a sentence or not: `Inc.`, `U.S.`, `D.C.`.
    Either,
    /// Numbers what follows: `No. 10`, `Fig. 3`, `art. 5`. Goes on only before a number.
    Numbering,
    /// A time of day, `a.m.` or `p.m.`: goes on only before a day, a month or a time zone.
    Clock,
    /// An ordinary word: its full stop ends the sentence.
    None,
}

impl Abbreviation {
    /// Classifies the word written before a full stop (without the stop itself). One letter
    /// is an initial only in capitals.
    pub fn classify(word: &str) -> Self {
        Self::classify_in(word, false)
    }

    /// Classifies the word written before a full stop, where the case of letters carries no
    /// signal: one letter in either case is an initial, and lists match in any case.
    pub fn classify_caseless(word: &str) -> Self {
        Self::classify_in(word, true)
    }

    fn classify_in(word: &str, caseless: bool) -> Self {
        let lower = word.trim_end_matches('.').to_lowercase();
        let mut letters = lower.chars();
        if let (Some(only), None) = (letters.next(), letters.next()) {
            if only.is_alphabetic() && (caseless || word.chars().all(char::is_uppercase)) {
                return Self::Initial;
            }
        }
        if ABBREVIATION_FINAL.contains(&lower) {
            Self::None
        } else if ABBREVIATION_TITLES.contains(&lower) {
            Self::Title
        } else if ABBREVIATION_INNER.contains(&lower) {
            Self::Inner
        } else if ABBREVIATION_NUMBERING.contains(&lower) {
            Self::Numbering
        } else if CLOCK_ABBREVIATIONS.contains(&lower) {
            Self::Clock
        } else if ABBREVIATION_EITHER.contains(&lower) || is_dotted_acronym(&lower) {
            Self::Either
        } else {
            Self::None
        }
    }

    /// True when `word` (as written after a possible boundary) usually opens a sentence.
    pub fn starts_sentence(word: &str) -> bool {
        let bare = word
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        SENTENCE_STARTERS.contains(&bare)
    }

    /// True when `word`, in any case, usually opens a sentence and hardly ever follows an
    /// abbreviation or an initial inside one: `the`, `he`, `however`.
    pub fn strongly_starts_sentence(word: &str) -> bool {
        is_bare_word_in(STRONG_STARTERS, word)
    }

    /// True when `word` continues a time of day: a weekday, a month, a time zone in capitals
    /// (`ET`, `GMT`, `UTC`) or a region (`Eastern`).
    pub fn continues_clock(word: &str) -> bool {
        let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
        let zone = bare.chars().all(|c| c.is_ascii_uppercase()) && is_time_zone(bare);
        zone || is_month_name(bare) || is_weekday(bare) || is_bare_word_in(CLOCK_REGIONS, bare)
    }

    /// Like [`Self::continues_clock`] where case carries no signal: time zones in any case,
    /// and the words that go on after a time (`on`, `local`, `tomorrow`).
    pub fn continues_clock_caseless(word: &str) -> bool {
        Self::continues_clock(word) || is_time_zone(word) || is_bare_word_in(CLOCK_CONTINUERS, word)
    }

    /// True when `first` and `second` (each as written, full stops allowed) are the two halves
    /// of an abbreviation written with a space: `z. B.`, `p. ex.`.
    pub fn is_spaced_pair(first: &str, second: &str) -> bool {
        let bare = |word: &str| word.trim_end_matches('.').to_owned();
        // Every pair is of short words: most calls end here, without lower-casing.
        let short = |word: &str| word.trim_end_matches('.').chars().nth(2).is_none();
        if !(short(first) && short(second)) {
            return false;
        }
        let (first, second) = (bare(first).to_lowercase(), bare(second).to_lowercase());
        SPACED_ABBREVIATIONS
            .iter()
            .any(|&(a, b)| a == first && b == second)
    }

    /// True when `word` makes a following small number with a full stop an ordinal.
    pub fn introduces_ordinal(word: &str) -> bool {
        ORDINAL_CONTEXT.contains(&word.to_lowercase())
    }

    /// True when `word` is the name of a month in one of the supported languages.
    pub fn is_month_name(word: &str) -> bool {
        is_month_name(word)
    }
}

/// True when `word` (trailing punctuation aside, any case) names a month in one of the
/// supported languages.
pub fn is_month_name(word: &str) -> bool {
    is_bare_word_in(MONTH_NAMES, word)
}

/// True when `word` (trailing punctuation aside, any case) names a day of the week in English.
pub fn is_weekday(word: &str) -> bool {
    is_bare_word_in(WEEKDAYS, word)
}

/// True when `word` (trailing punctuation aside, any case) is the abbreviation of a time zone.
pub fn is_time_zone(word: &str) -> bool {
    is_bare_word_in(TIME_ZONES, word)
}

/// True when `word`, without trailing punctuation and lower-cased, is in `list`.
fn is_bare_word_in(list: WordList, word: &str) -> bool {
    list.contains(&bare_word(word))
}

/// `word` without trailing punctuation, lower-cased.
fn bare_word(word: &str) -> String {
    word.trim_end_matches(|c: char| !c.is_alphabetic()).to_lowercase()
}

/// True when `word` (trailing punctuation aside, any case) is a word that, last on a line
/// without a stop, shows that the sentence goes on on the next line: `the`, `of`, `and`.
pub fn continues_line(word: &str) -> bool {
    is_bare_word_in(LINE_CONTINUERS, word)
}

/// True for a verb that introduces speech after a quotation: `"Why?" Smith asked.`
pub fn is_reporting_verb(word: &str) -> bool {
    REPORTING_VERBS.contains(&word.to_lowercase())
}

/// Letters separated by full stops: `u.s`, `a.k.a`, `ph.d`.
fn is_dotted_acronym(lower: &str) -> bool {
    lower.contains('.')
        && lower.split('.').all(|part| {
            !part.is_empty() && part.chars().count() <= 2 && part.chars().all(char::is_alphabetic)
        })
}

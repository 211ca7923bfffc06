//! A language's own abbreviations and ordinals, besides those the splitter reads in every
//! language (`lexicon/lists/abbreviation_*.txt`): German `5 Mio. Euro`, `S. 12`, `beim 1. FC Köln`,
//! `zum 100. Geburtstag`, `v. a.`; French `MM. Dupont`, `janv. 2019`, `chap. 3`. The lists are
//! data, in `lexicon/<code>/`.

use super::abbreviations::Abbreviation;
use super::Language;
use crate::lexicon::{self, WordList};

/// The abbreviations of one language, lower-cased and without their full stops; each list
/// sorted, as the lexicon generates it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct LanguageAbbreviations {
    titles: WordList,
    inner: WordList,
    either: WordList,
    numbering: WordList,
    /// Words after which a small number with a full stop is an ordinal.
    ordinal_context: WordList,
    /// Nouns before which a number with a full stop is an ordinal.
    ordinal_nouns: WordList,
    /// Abbreviations written as two words with a space.
    spaced: &'static [&'static [&'static str]],
}

/// An ordinal before one of a language's ordinal nouns has at most this many digits.
const ORDINAL_NOUN_DIGITS: usize = 3;

impl LanguageAbbreviations {
    /// The lists of `language`; none for a language without its own.
    pub fn of(language: Option<Language>) -> Self {
        match language {
            Some(Language::German) => Self {
                titles: lexicon::de::ABBREVIATION_TITLES,
                inner: lexicon::de::ABBREVIATION_INNER,
                either: lexicon::de::ABBREVIATION_EITHER,
                numbering: lexicon::de::ABBREVIATION_NUMBERING,
                ordinal_context: lexicon::de::ORDINAL_CONTEXT,
                ordinal_nouns: lexicon::de::ORDINAL_NOUNS,
                spaced: lexicon::de::SPACED_ABBREVIATIONS,
            },
            Some(Language::French) => Self {
                titles: lexicon::fr::ABBREVIATION_TITLES,
                inner: lexicon::fr::ABBREVIATION_INNER,
                numbering: lexicon::fr::ABBREVIATION_NUMBERING,
                ..Self::default()
            },
            _ => Self::default(),
        }
    }

    /// What `word` (as written before a full stop, without it) is in this language, when it
    /// is one of its own abbreviations.
    pub fn classify(&self, word: &str) -> Option<Abbreviation> {
        if self.titles.is_empty() && self.numbering.is_empty() {
            return None;
        }
        let lower = word.trim_end_matches('.').to_lowercase();
        let is_in = |list: WordList| list.contains(&lower);
        if is_in(self.titles) {
            Some(Abbreviation::Title)
        } else if is_in(self.inner) {
            Some(Abbreviation::Inner)
        } else if is_in(self.either) {
            Some(Abbreviation::Either)
        } else if is_in(self.numbering) {
            Some(Abbreviation::Numbering)
        } else {
            None
        }
    }

    /// True when the number `digits` with a full stop, between the words `before` and `next`,
    /// is an ordinal in this language: after one of its ordinal words (`beim 1. FC`) or before
    /// one of its ordinal nouns (`100. Geburtstag`).
    pub fn is_ordinal(&self, before: &str, digits: &str, next: &str) -> bool {
        let bare = |word: &str| {
            word.trim_end_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        };
        (digits.len() <= 2 && self.ordinal_context.contains(&bare(before)))
            || (digits.len() <= ORDINAL_NOUN_DIGITS && self.ordinal_nouns.contains(&bare(next)))
    }

    /// True when `first` and `second` (as written, full stops allowed) are the two halves of
    /// one of this language's abbreviations written with a space: `v. a.`.
    pub fn is_spaced_pair(&self, first: &str, second: &str) -> bool {
        let bare = |word: &str| word.trim_end_matches('.').to_lowercase();
        !self.spaced.is_empty() && {
            let (first, second) = (bare(first), bare(second));
            self.spaced
                .iter()
                .any(|pair| pair.len() == 2 && pair[0] == first && pair[1] == second)
        }
    }
}

//! Stopwords of each supported language: NLTK's lists, taken from the `stop-words` crate at
//! build time (see `build.rs`), and for French and German the words those lists lack.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::Language;
use crate::lexicon::{self, WordList};

include!(concat!(env!("OUT_DIR"), "/stopwords.rs"));

/// The languages (one bit each, in `Language::ALL` order) whose stopword `lowercase_word` is.
pub fn stopword_languages(lowercase_word: &str) -> u8 {
    static LANGUAGES_OF: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    let languages_of = LANGUAGES_OF.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (bit, words) in STOPWORDS.iter().enumerate() {
            for word in words.iter() {
                *map.entry(word).or_insert(0) |= 1 << bit;
            }
        }
        map
    });
    languages_of.get(lowercase_word).copied().unwrap_or(0)
}

/// True when `lowercase_word` is one of NLTK's stopwords of `language`: a summary's terms
/// leave those out.
pub fn is_nltk_stopword(language: Language, lowercase_word: &str) -> bool {
    stopword_languages(lowercase_word) & language.bit() != 0
}

/// True when `lowercase_word` is one of `language`'s stopwords: NLTK's, or one of the words
/// its list lacks (`lexicon/<code>/lists/extra_stopwords.txt`), which key phrases leave out.
pub fn is_stopword(language: Language, lowercase_word: &str) -> bool {
    is_nltk_stopword(language, lowercase_word) || extra_stopwords(language).contains(lowercase_word)
}

/// The words without a topic that NLTK's list of `language` lacks, sorted.
fn extra_stopwords(language: Language) -> WordList {
    match language {
        Language::French => lexicon::fr::EXTRA_STOPWORDS,
        Language::German => lexicon::de::EXTRA_STOPWORDS,
        _ => WordList::EMPTY,
    }
}

#[cfg(test)]
mod tests {
    use super::{is_nltk_stopword, is_stopword, stopword_languages};
    use crate::text::Language;

    #[test]
    fn a_language_s_own_extra_stopwords_count_for_it_alone() {
        assert!(is_stopword(Language::French, "le"));
        assert!(is_stopword(Language::French, "a"));
        assert!(is_stopword(Language::French, "selon"));
        assert!(!is_stopword(Language::French, "maire"));
        assert!(is_stopword(Language::German, "laut"));
        assert!(!is_stopword(Language::English, "laut"));
        assert!(!is_nltk_stopword(Language::French, "selon"));
        // Detection reads NLTK's lists only: `selon` says nothing of the language.
        assert_eq!(stopword_languages("selon"), 0);
    }
}

//! Stopwords of each supported language: NLTK's lists, taken from the `stop-words` crate at
//! build time (see `build.rs`).

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::Language;

include!(concat!(env!("OUT_DIR"), "/stopwords.rs"));

/// The languages (one bit each, in `Language::ALL` order) whose stopword `lowercase_word` is.
pub fn stopword_languages(lowercase_word: &str) -> u8 {
    static LANGUAGES_OF: OnceLock<FxHashMap<&'static str, u8>> = OnceLock::new();
    let languages_of = LANGUAGES_OF.get_or_init(|| {
        let mut map = FxHashMap::default();
        for (bit, words) in STOPWORDS.iter().enumerate() {
            for word in words.iter() {
                *map.entry(*word).or_insert(0) |= 1 << bit;
            }
        }
        map
    });
    languages_of.get(lowercase_word).copied().unwrap_or(0)
}

/// True when `lowercase_word` is one of `language`'s stopwords.
pub fn is_stopword(language: Language, lowercase_word: &str) -> bool {
    stopword_languages(lowercase_word) & language.bit() != 0
}

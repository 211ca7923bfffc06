//! Stopwords of each supported language: NLTK's lists, taken from the `stop-words` crate at
//! build time (see `build.rs`).

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::Language;

include!(concat!(env!("OUT_DIR"), "/stopwords.rs"));

/// True when `lowercase_word` is one of `language`'s stopwords.
pub fn is_stopword(language: Language, lowercase_word: &str) -> bool {
    static SETS: OnceLock<Vec<FxHashSet<&'static str>>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        STOPWORDS
            .iter()
            .map(|words| words.iter().copied().collect())
            .collect()
    });
    let index = Language::ALL
        .iter()
        .position(|&candidate| candidate == language)
        .unwrap_or(0);
    sets[index].contains(lowercase_word)
}

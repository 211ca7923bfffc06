//! Stopwords of each supported language, from the NLTK lists of the `stop-words` crate.

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::Language;

/// True when `lowercase_word` is one of `language`'s stopwords.
pub fn is_stopword(language: Language, lowercase_word: &str) -> bool {
    static SETS: OnceLock<Vec<FxHashSet<&'static str>>> = OnceLock::new();
    let sets = SETS.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|language| {
                stop_words::lookup(language.code())
                    .unwrap_or_default()
                    .iter()
                    .copied()
                    .collect()
            })
            .collect()
    });
    let index = Language::ALL
        .iter()
        .position(|&candidate| candidate == language)
        .unwrap_or(0);
    sets[index].contains(lowercase_word)
}

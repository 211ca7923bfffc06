//! Elided words glued to the next by an apostrophe (`l'histoire`, `qu'il`, `dell'anno`): in
//! French and Italian the word that counts is the one after the apostrophe.

use super::Language;
use crate::lexicon;

/// The byte length of an elided word and its apostrophe at the start of `word` in
/// `language` (`l'` of `l'histoire`), when something follows it; 0 otherwise.
pub fn elided_len(language: Option<Language>, word: &str) -> usize {
    let elisions = match language {
        Some(Language::French) => lexicon::fr::ELISIONS,
        Some(Language::Italian) => lexicon::it::ELISIONS,
        _ => return 0,
    };
    let Some((at, apostrophe)) = word
        .char_indices()
        .take(LONGEST_ELISION + 1)
        .find(|&(_, c)| c == '\'' || c == '’')
    else {
        return 0;
    };
    let after = at + apostrophe.len_utf8();
    let elided = word[..at].to_ascii_lowercase();
    if after < word.len() && elisions.contains(&elided) {
        after
    } else {
        0
    }
}

/// No elided word is longer than this many letters (`lorsqu`, `puisqu`, `quoiqu`).
const LONGEST_ELISION: usize = 6;

#[cfg(test)]
mod tests {
    use super::elided_len;
    use crate::text::Language;

    #[test]
    fn finds_the_elided_word_before_the_apostrophe() {
        let french = Some(Language::French);
        assert_eq!(elided_len(french, "l'histoire"), 2);
        assert_eq!(elided_len(french, "L’Assemblée"), 4);
        assert_eq!(elided_len(french, "qu'il"), 3);
        assert_eq!(elided_len(french, "jusqu'ici"), 6);
        assert_eq!(elided_len(french, "aujourd'hui"), 0);
        assert_eq!(elided_len(french, "histoire"), 0);
        assert_eq!(elided_len(french, "l'"), 0);
        assert_eq!(elided_len(Some(Language::Italian), "dell'anno"), 5);
        assert_eq!(elided_len(Some(Language::English), "l'histoire"), 0);
        assert_eq!(elided_len(None, "d'Artagnan"), 0);
    }
}

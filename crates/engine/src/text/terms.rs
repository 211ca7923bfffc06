//! An article's words as terms: lower-cased, stemmed in the article's language, with
//! stopwords marked, each distinct stem numbered once.

use std::borrow::Cow;
use std::ops::Range;

use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;

use super::{stopwords::is_stopword, Language, LanguageDetector, WordTokenizer};

/// The number of a distinct stem within one article.
pub type TermId = u32;

/// One word of the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Where the word is, as a byte range.
    pub span: Range<usize>,
    /// Its stem's number, or `None` for a stopword.
    pub term: Option<TermId>,
}

/// The words of an article, sentence by sentence.
#[derive(Debug, Clone)]
pub struct Terms {
    /// The detected language, or `None` when it is none of the supported ones.
    pub language: Option<Language>,
    /// Every word, in order.
    pub tokens: Vec<Token>,
    /// For each sentence, the range of `tokens` inside it.
    pub sentence_tokens: Vec<Range<usize>>,
    /// How many distinct stems there are; every `TermId` is below this.
    pub vocabulary_size: usize,
}

impl Terms {
    /// Tokenizes, detects the language, and stems the words of each sentence of `text`.
    pub fn analyze(text: &str, sentences: &[Range<usize>]) -> Self {
        let tokenizer = WordTokenizer;
        let mut spans = Vec::new();
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            let first = spans.len();
            tokenizer.for_each(&text[sentence.clone()], |word| {
                spans.push(sentence.start + word.start..sentence.start + word.end)
            });
            sentence_tokens.push(first..spans.len());
        }
        let lowercase: Vec<Cow<str>> = spans.iter().map(|span| lower_case(&text[span.clone()])).collect();
        let language = LanguageDetector.detect(lowercase.iter().map(|word| word.as_ref()));
        let stemmer = Stemmer::create(language.unwrap_or(Language::English).stemmer());
        let stopword_language = language.unwrap_or(Language::English);

        // Stem each distinct word once; number each distinct stem once.
        let mut word_terms: FxHashMap<&str, Option<TermId>> = FxHashMap::default();
        let mut stem_ids: FxHashMap<String, TermId> = FxHashMap::default();
        let tokens = spans
            .into_iter()
            .zip(&lowercase)
            .map(|(span, word)| {
                let term = *word_terms.entry(word.as_ref()).or_insert_with(|| {
                    let is_content =
                        !is_stopword(stopword_language, word) && word.chars().any(char::is_alphabetic);
                    is_content.then(|| {
                        let next = stem_ids.len() as TermId;
                        *stem_ids.entry(stemmer.stem(word).into_owned()).or_insert(next)
                    })
                });
                Token { span, term }
            })
            .collect();
        Self {
            language,
            tokens,
            sentence_tokens,
            vocabulary_size: stem_ids.len(),
        }
    }

    /// The words of sentence `index`.
    pub fn sentence(&self, index: usize) -> &[Token] {
        self.sentence_tokens
            .get(index)
            .map_or(&[], |range| &self.tokens[range.clone()])
    }
}

/// `word` in lower case, borrowed when it already is (most words of prose are).
fn lower_case(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|byte| byte.is_ascii() && !byte.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::Terms;
    use crate::text::Language;

    #[test]
    fn stems_content_words_and_marks_stopwords() {
        let text = "The officials were running. An official runs.";
        let terms = Terms::analyze(text, &[0..27, 28..text.len()]);
        assert_eq!(terms.language, Some(Language::English));
        let first: Vec<_> = terms.sentence(0).iter().map(|token| token.term).collect();
        let second: Vec<_> = terms.sentence(1).iter().map(|token| token.term).collect();
        assert_eq!(first[0], None, "`The` is a stopword");
        assert_eq!(first[1], second[1], "officials and official share a stem");
        assert_eq!(first[3], second[2], "running and runs share a stem");
        assert_eq!(terms.vocabulary_size, 2);
    }
}

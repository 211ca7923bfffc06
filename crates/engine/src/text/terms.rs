//! An article's words as terms: lower-cased, stemmed in the article's language, with
//! stopwords marked, each distinct stem numbered once.

use std::borrow::Cow;
use std::ops::Range;

use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;

use super::language::SAMPLE_WORDS;
use super::{stopwords::is_stopword, Language, LanguageDetector, WordTokenizer};

/// The number of a distinct stem within one article.
pub type TermId = u32;

/// One word of the article, in twelve bytes: the summarizer keeps every word of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the word starts, in bytes.
    start: u32,
    /// Where it ends, in bytes.
    end: u32,
    /// Its stem's number, or [`STOPWORD`].
    term: TermId,
}

/// `Token::term` of a stopword (or a word without letters): no stem number.
const STOPWORD: TermId = TermId::MAX;

impl Token {
    /// The word at byte range `span` (which ends below [`super::MAX_TEXT_BYTES`]), its stem
    /// not yet known.
    fn new(span: Range<usize>) -> Self {
        Self {
            start: span.start as u32,
            end: span.end as u32,
            term: STOPWORD,
        }
    }

    /// Where the word is, as a byte range.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Its stem's number, or `None` for a stopword.
    pub fn term(&self) -> Option<TermId> {
        (self.term != STOPWORD).then_some(self.term)
    }
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
    /// Tokenizes, detects the language, and stems the words of each sentence of `text`. Only
    /// the words are kept, not their lower case: each is lower-cased again when stemmed.
    pub fn analyze(text: &str, sentences: &[Range<usize>]) -> Self {
        let (mut tokens, sentence_tokens) = words(text, sentences);
        let sample: Vec<Cow<str>> = tokens
            .iter()
            .take(SAMPLE_WORDS)
            .map(|token| lower_case(&text[token.span()]))
            .collect();
        let language = LanguageDetector.detect(sample.iter().map(|word| word.as_ref()));
        let stemmer = Stemmer::create(language.unwrap_or(Language::English).stemmer());
        let stopword_language = language.unwrap_or(Language::English);

        // Stem each distinct word once; number each distinct stem once.
        let mut word_terms: FxHashMap<Cow<str>, TermId> = FxHashMap::default();
        let mut stem_ids: FxHashMap<String, TermId> = FxHashMap::default();
        for token in &mut tokens {
            let word = lower_case(&text[token.span()]);
            token.term = match word_terms.get(word.as_ref()) {
                Some(&term) => term,
                None => {
                    let is_content =
                        !is_stopword(stopword_language, &word) && word.chars().any(char::is_alphabetic);
                    let term = if is_content {
                        let next = stem_ids.len() as TermId;
                        *stem_ids.entry(stemmer.stem(&word).into_owned()).or_insert(next)
                    } else {
                        STOPWORD
                    };
                    word_terms.insert(word, term);
                    term
                }
            };
        }
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

/// The words of `sentences` of `text`, their stems not yet known, and for each sentence the
/// range of them inside it.
fn words(text: &str, sentences: &[Range<usize>]) -> (Vec<Token>, Vec<Range<usize>>) {
    let mut tokens = Vec::new();
    let mut sentence_tokens = Vec::with_capacity(sentences.len());
    for sentence in sentences {
        let first = tokens.len();
        WordTokenizer.for_each(&text[sentence.clone()], |word| {
            tokens.push(Token::new(sentence.start + word.start..sentence.start + word.end))
        });
        sentence_tokens.push(first..tokens.len());
    }
    // They are kept to the end: give back what growing by doubling left over.
    tokens.shrink_to_fit();
    (tokens, sentence_tokens)
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
        let first: Vec<_> = terms.sentence(0).iter().map(|token| token.term()).collect();
        let second: Vec<_> = terms.sentence(1).iter().map(|token| token.term()).collect();
        assert_eq!(first[0], None, "`The` is a stopword");
        assert_eq!(first[1], second[1], "officials and official share a stem");
        assert_eq!(first[3], second[2], "running and runs share a stem");
        assert_eq!(terms.vocabulary_size, 2);
    }
}

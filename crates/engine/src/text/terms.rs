//! An article's words as terms: lower-cased, stemmed in the article's language, with
//! stopwords and elided articles (`l'`, `qu'`) left out, each distinct stem numbered once.

use std::borrow::Cow;
use std::ops::Range;

use rust_stemmers::Stemmer;
use rustc_hash::FxHashMap;

use super::elisions::elided_len;
use super::{stopwords::is_nltk_stopword, Language, WordTokenizer};

/// The number of a distinct stem within one article.
pub type TermId = u32;

/// One content word of the article (no stopword, no number), in twelve bytes: the summarizer
/// keeps every one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where the word starts, in bytes.
    start: u32,
    /// Where it ends, in bytes.
    end: u32,
    /// Its stem's number.
    term: TermId,
}

impl Token {
    /// Where the word is, as a byte range.
    pub fn span(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Its stem's number.
    pub fn term(&self) -> TermId {
        self.term
    }
}

/// The content words of an article, sentence by sentence.
#[derive(Debug, Clone)]
pub struct Terms {
    /// The document's language, or `None` when it is none of the supported ones.
    pub language: Option<Language>,
    /// Every content word, in order: the stopwords and numbers are only counted.
    pub tokens: Vec<Token>,
    /// For each sentence, the range of `tokens` inside it.
    pub sentence_tokens: Vec<Range<usize>>,
    /// For each sentence, how many words it has, stopwords and numbers included.
    pub sentence_words: Vec<usize>,
    /// How many distinct stems there are; every `TermId` is below this.
    pub vocabulary_size: usize,
}

impl Terms {
    /// Tokenizes and stems the words of each sentence of `text` (which ends below
    /// [`super::MAX_TEXT_BYTES`]) in `language` (English stemming when `None`), in one pass.
    pub fn analyze(text: &str, sentences: &[Range<usize>], language: Option<Language>) -> Self {
        let mut vocabulary = Vocabulary::new(language.unwrap_or(Language::English));
        let mut tokens = Vec::new();
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        let mut sentence_words = Vec::with_capacity(sentences.len());
        for sentence in sentences {
            let (first, mut words) = (tokens.len(), 0);
            WordTokenizer.for_each(&text[sentence.clone()], |word| {
                words += 1;
                let (start, end) = (sentence.start + word.start, sentence.start + word.end);
                // `l'histoire`: the term is the word after the elided article.
                let start = start + elided_len(language, &text[start..end]);
                if let Some(term) = vocabulary.term(&text[start..end]) {
                    let (start, end) = (start as u32, end as u32);
                    tokens.push(Token { start, end, term });
                }
            });
            sentence_tokens.push(first..tokens.len());
            sentence_words.push(words);
        }
        // They are kept to the end: give back what growing by doubling left over.
        tokens.shrink_to_fit();
        Self {
            language,
            tokens,
            sentence_tokens,
            sentence_words,
            vocabulary_size: vocabulary.stem_ids.len(),
        }
    }

    /// The content words of sentence `index`.
    pub fn sentence(&self, index: usize) -> &[Token] {
        self.sentence_tokens
            .get(index)
            .map_or(&[], |range| &self.tokens[range.clone()])
    }

    /// How many words of `sentence` of `text`, stopwords and numbers included, start at or
    /// after byte `from`.
    pub fn words_from(text: &str, sentence: Range<usize>, from: usize) -> usize {
        let mut count = 0;
        WordTokenizer.for_each(&text[sentence.clone()], |word| {
            count += usize::from(sentence.start + word.start >= from);
        });
        count
    }
}

/// The stems met so far: each distinct word stemmed once, each distinct stem numbered once.
struct Vocabulary<'a> {
    language: Language,
    stemmer: Stemmer,
    /// Each word met, in lower case, and its stem's number (`None` for a stopword).
    word_terms: FxHashMap<Cow<'a, str>, Option<TermId>>,
    stem_ids: FxHashMap<String, TermId>,
}

impl<'a> Vocabulary<'a> {
    fn new(language: Language) -> Self {
        Self {
            language,
            stemmer: Stemmer::create(language.stemmer()),
            word_terms: FxHashMap::default(),
            stem_ids: FxHashMap::default(),
        }
    }

    /// The number of the stem of `written`, or `None` for a stopword or a word without
    /// letters.
    fn term(&mut self, written: &'a str) -> Option<TermId> {
        let word = lower_case(written);
        if let Some(&term) = self.word_terms.get(word.as_ref()) {
            return term;
        }
        let is_content = !is_nltk_stopword(self.language, &word) && word.chars().any(char::is_alphabetic);
        let term = is_content.then(|| {
            let next = self.stem_ids.len() as TermId;
            *self
                .stem_ids
                .entry(self.stemmer.stem(&word).into_owned())
                .or_insert(next)
        });
        self.word_terms.insert(word, term);
        term
    }
}

/// `word` in lower case, borrowed when it already is (most words of prose are).
pub(super) fn lower_case(word: &str) -> Cow<'_, str> {
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
    fn stems_content_words_and_counts_stopwords() {
        let text = "The officials were running. An official runs 20 miles.";
        let terms = Terms::analyze(text, &[0..27, 28..text.len()], Some(Language::English));
        assert_eq!(terms.language, Some(Language::English));
        let first: Vec<_> = terms.sentence(0).iter().map(|token| token.term()).collect();
        let second: Vec<_> = terms.sentence(1).iter().map(|token| token.term()).collect();
        assert_eq!(first.len(), 2, "`The` and `were` are stopwords");
        assert_eq!(first[0], second[0], "officials and official share a stem");
        assert_eq!(first[1], second[1], "running and runs share a stem");
        assert_eq!(second.len(), 3, "`20` is no term, `miles` is");
        assert_eq!(terms.vocabulary_size, 3);
        assert_eq!(terms.sentence_words, [4, 5]);
        assert_eq!(Terms::words_from(text, 28..text.len(), 31), 4);
    }

    #[test]
    fn reads_a_french_word_after_its_elided_article() {
        let text = "L'histoire du village. Une histoire qu'il aime.";
        let terms = Terms::analyze(text, &[0..22, 23..text.len()], Some(Language::French));
        let first = terms.sentence(0);
        assert_eq!(&text[first[0].span()], "histoire");
        let second: Vec<_> = terms
            .sentence(1)
            .iter()
            .map(|token| &text[token.span()])
            .collect();
        assert_eq!(second, ["histoire", "aime"], "`qu'il` is `il`, a stopword");
        assert_eq!(first[0].term(), terms.sentence(1)[0].term());
        assert_eq!(terms.sentence_words, [3, 4]);
    }
}

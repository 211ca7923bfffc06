//! The languages Nutgraf reads, told apart by their commonest words.

use std::borrow::Cow;

use rust_stemmers::Algorithm;

use super::terms::lower_case;
use super::WordTokenizer;

/// A language the engine supports with stemming and stopwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    German,
    French,
    Spanish,
    Italian,
    Portuguese,
    Dutch,
}

impl Language {
    /// Every supported language, English first.
    pub const ALL: [Self; 7] = [
        Self::English,
        Self::German,
        Self::French,
        Self::Spanish,
        Self::Italian,
        Self::Portuguese,
        Self::Dutch,
    ];

    /// The ISO 639-1 code, as reported in JSON.
    pub fn code(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::German => "de",
            Self::French => "fr",
            Self::Spanish => "es",
            Self::Italian => "it",
            Self::Portuguese => "pt",
            Self::Dutch => "nl",
        }
    }

    /// The language of an ISO 639-1 code (`de`, `FR`), if it is a supported one.
    pub fn of_code(code: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|language| language.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The ISO 639-1 code of `language`, or "und" (undetermined) for none of the supported.
    pub fn code_of(language: Option<Self>) -> &'static str {
        language.map_or("und", Self::code)
    }

    /// The language's name in English, for people.
    pub fn name(self) -> &'static str {
        match self {
            Self::English => "English",
            Self::German => "German",
            Self::French => "French",
            Self::Spanish => "Spanish",
            Self::Italian => "Italian",
            Self::Portuguese => "Portuguese",
            Self::Dutch => "Dutch",
        }
    }

    /// This language's bit in a set of languages, in `ALL` order.
    pub fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The Snowball stemmer for this language.
    pub fn stemmer(self) -> Algorithm {
        match self {
            Self::English => Algorithm::English,
            Self::German => Algorithm::German,
            Self::French => Algorithm::French,
            Self::Spanish => Algorithm::Spanish,
            Self::Italian => Algorithm::Italian,
            Self::Portuguese => Algorithm::Portuguese,
            Self::Dutch => Algorithm::Dutch,
        }
    }
}

/// Guesses the language of a text from the share of each language's stopwords among its
/// first words. Returns `None` when no supported language is plausible.
#[derive(Debug, Default, Clone, Copy)]
pub struct LanguageDetector;

/// Enough words to tell the languages apart; later words add cost, not certainty.
pub(crate) const SAMPLE_WORDS: usize = 400;

impl LanguageDetector {
    /// The most likely language of `lowercase_words`, if at least a tenth of them are its stopwords.
    pub fn detect<'a>(&self, lowercase_words: impl IntoIterator<Item = &'a str>) -> Option<Language> {
        let mut hits = [0usize; Language::ALL.len()];
        let mut total = 0;
        for word in lowercase_words.into_iter().take(SAMPLE_WORDS) {
            total += 1;
            let languages = super::stopwords::stopword_languages(word);
            for (slot, language) in hits.iter_mut().zip(Language::ALL) {
                *slot += usize::from(languages & language.bit() != 0);
            }
        }
        let (best, &count) = hits
            .iter()
            .enumerate()
            .max_by_key(|&(index, count)| (*count, usize::MAX - index))?;
        (count * 10 >= total && count > 0).then_some(Language::ALL[best])
    }
}

/// The language of the first [`SAMPLE_WORDS`] words of `text`, read only that far.
pub(super) fn language_of(text: &str) -> Option<Language> {
    let mut sample: Vec<Cow<str>> = Vec::with_capacity(SAMPLE_WORDS);
    // Whitespace always ends a word, so the text is tokenized piece by piece, up to the sample.
    for piece in text.split_whitespace() {
        if sample.len() >= SAMPLE_WORDS {
            break;
        }
        WordTokenizer.for_each(piece, |word| {
            if sample.len() < SAMPLE_WORDS {
                sample.push(lower_case(&piece[word]));
            }
        });
    }
    LanguageDetector.detect(sample.iter().map(|word| word.as_ref()))
}

#[cfg(test)]
mod tests {
    use super::{Language, LanguageDetector};

    fn detect(text: &str) -> Option<Language> {
        let lower = text.to_lowercase();
        LanguageDetector.detect(lower.split_whitespace())
    }

    #[test]
    fn tells_the_supported_languages_apart() {
        assert_eq!(
            detect("The minister said that the plan would be ready by the end of the year."),
            Some(Language::English)
        );
        assert_eq!(
            detect("Der Minister sagte, dass der Plan bis zum Ende des Jahres fertig sein werde."),
            Some(Language::German)
        );
        assert_eq!(
            detect("Le ministre a déclaré que le plan serait prêt avant la fin de l'année."),
            Some(Language::French)
        );
        assert_eq!(
            detect("El ministro afirmó que el plan estará listo antes de que termine el año."),
            Some(Language::Spanish)
        );
        assert_eq!(
            detect("Il ministro ha detto che il piano sarà pronto entro la fine dell'anno."),
            Some(Language::Italian)
        );
        assert_eq!(
            detect("O ministro disse que o plano estará pronto até o fim do ano para todos."),
            Some(Language::Portuguese)
        );
        assert_eq!(
            detect("De minister zei dat het plan aan het eind van het jaar klaar is."),
            Some(Language::Dutch)
        );
    }

    #[test]
    fn reads_and_writes_its_codes() {
        assert_eq!(Language::of_code("fr"), Some(Language::French));
        assert_eq!(Language::of_code("DE"), Some(Language::German));
        assert_eq!(Language::of_code("auto"), None);
        assert_eq!(Language::of_code(""), None);
        assert_eq!(Language::code_of(Some(Language::Dutch)), "nl");
        assert_eq!(Language::code_of(None), "und");
        assert_eq!(Language::Portuguese.name(), "Portuguese");
    }

    #[test]
    fn admits_when_it_cannot_tell() {
        assert_eq!(detect(""), None);
        assert_eq!(detect("東京 大阪 京都"), None);
    }
}

//! Sentences that cannot stand alone: they open with a pronoun or connective that points
//! back to the sentence before. A connective alone ("But", "However,") can be cut off, which
//! leaves a sentence that stands alone. Each language has its own openers, kept as word lists
//! (`lexicon/lists/pointing_openers.txt`, `lexicon/<code>/lists/…`).

use super::features::MIN_WORDS;
use crate::lexicon::{self, WordList};
use crate::text::quote_marks::{quote_mark, QuoteMark};
use crate::text::Language;

/// The openers of one language that point back to the sentence before, lower-cased.
#[derive(Debug, Clone, Copy)]
pub struct Openers {
    /// Pronouns, determiners and connectives that cannot be cut off.
    pointing: WordList,
    /// Connectives cut off without a comma after them ("But").
    cut_alone: WordList,
    /// Connectives cut off only with a comma after them ("However,").
    cut_with_comma: WordList,
}

impl Openers {
    /// The openers of `language`; English ones when it is unknown, none for a language
    /// without lists (Italian, Portuguese, Dutch).
    pub fn of(language: Option<Language>) -> Self {
        match language {
            None | Some(Language::English) => Self {
                pointing: lexicon::POINTING_OPENERS,
                cut_alone: lexicon::CONNECTIVES_CUT_ALONE,
                cut_with_comma: lexicon::CONNECTIVES_CUT_WITH_COMMA,
            },
            Some(Language::French) => Self {
                pointing: lexicon::fr::POINTING_OPENERS,
                cut_alone: lexicon::fr::CONNECTIVES_CUT_ALONE,
                cut_with_comma: lexicon::fr::CONNECTIVES_CUT_WITH_COMMA,
            },
            Some(Language::German) => Self {
                pointing: lexicon::de::POINTING_OPENERS,
                cut_alone: lexicon::de::CONNECTIVES_CUT_ALONE,
                cut_with_comma: WordList::EMPTY,
            },
            Some(Language::Spanish) => Self {
                pointing: lexicon::es::POINTING_OPENERS,
                cut_alone: lexicon::es::CONNECTIVES_CUT_ALONE,
                cut_with_comma: lexicon::es::CONNECTIVES_CUT_WITH_COMMA,
            },
            Some(Language::Italian | Language::Portuguese | Language::Dutch) => Self {
                pointing: WordList::EMPTY,
                cut_alone: WordList::EMPTY,
                cut_with_comma: WordList::EMPTY,
            },
        }
    }

    /// True when `sentence` opens with a pronoun or connective that refers to what came before.
    pub fn opens_dangling(&self, sentence: &str) -> bool {
        let start = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
        let first_word_len = start.find(|c: char| !c.is_alphanumeric()).unwrap_or(start.len());
        if first_word_len == 0 || first_word_len > LONGEST_OPENER_WORD {
            return false;
        }
        let mut buffer = [0u8; OPENING_BYTES];
        let opening = lower_case_opening(start, &mut buffer);
        let first_byte = opening.as_bytes().first();
        let mut openers = self
            .pointing
            .iter()
            .chain(self.cut_alone.iter())
            .chain(self.cut_with_comma.iter());
        openers.any(|opener| {
            opener.as_bytes().first() == first_byte && opening.strip_prefix(opener).is_some_and(ends_word)
        })
    }

    /// The byte length of a connective at the start of `sentence`, with its comma and the
    /// spaces after it, when cutting it off leaves a sentence that stands alone; 0 otherwise.
    /// What is left stands alone when it has at least [`MIN_WORDS`] words, does not itself
    /// open with a pointer back ("But he …"), and is not elliptical ("But not before …").
    pub fn detachable_len(&self, sentence: &str) -> usize {
        // Only a connective that opens the sentence: one inside a quotation stays with it.
        let start = sentence.trim_start();
        let alone = self.cut_alone.iter().map(|connective| (connective, false));
        let with_comma = self.cut_with_comma.iter().map(|connective| (connective, true));
        let Some(rest) = alone
            .chain(with_comma)
            .find_map(|(connective, comma)| after_connective(start, connective, comma))
        else {
            return 0;
        };
        let rest = rest.trim_start();
        let first_word = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        let stands_alone = rest.starts_with(|c: char| {
            c.is_alphanumeric() || quote_mark(c).is_some_and(QuoteMark::usually_opens)
        }) && rest.split_whitespace().count() >= MIN_WORDS
            && !first_word.eq_ignore_ascii_case("not")
            && !self.opens_dangling(rest);
        if stands_alone {
            sentence.len() - rest.len()
        } else {
            0
        }
    }
}

/// True when `sentence`, in `language`, opens with a pronoun or connective that refers to
/// what came before (see [`Openers::opens_dangling`]).
pub fn opens_dangling(sentence: &str, language: Option<Language>) -> bool {
    Openers::of(language).opens_dangling(sentence)
}

/// True when `rest`, what follows an opener, shows the opener is a whole word: not more
/// letters, nor a hyphen joining it to them (`Then-President`, `Mais-Rouge`).
fn ends_word(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some('-' | '‐') => chars.next().is_none_or(|c| !c.is_alphanumeric()),
        Some(c) => !c.is_alphanumeric(),
    }
}

/// The first characters of `text` in lower case, as many as fit in `buffer` (no allocation:
/// this runs once per sentence).
fn lower_case_opening<'a>(text: &str, buffer: &'a mut [u8; OPENING_BYTES]) -> &'a str {
    let mut len = 0;
    for c in text.chars().flat_map(char::to_lowercase) {
        if len + c.len_utf8() > buffer.len() {
            break;
        }
        len += c.encode_utf8(&mut buffer[len..]).len();
    }
    std::str::from_utf8(&buffer[..len]).unwrap_or_default()
}

/// What follows `connective` (and its comma) at the start of `text`, when `text` opens with it.
fn after_connective<'a>(text: &'a str, connective: &str, needs_comma: bool) -> Option<&'a str> {
    let opening = text.get(..connective.len())?;
    if !opening
        .chars()
        .flat_map(char::to_lowercase)
        .eq(connective.chars())
    {
        return None;
    }
    let rest = &text[connective.len()..];
    match rest.strip_prefix(',') {
        Some(after_comma) => Some(after_comma),
        None if !needs_comma && rest.starts_with(char::is_whitespace) => Some(rest),
        None => None,
    }
}

/// No opener's first word is longer than this many bytes ("consequently", "néanmoins").
const LONGEST_OPENER_WORD: usize = 13;
/// Enough of a sentence's opening, in bytes, to hold the longest opener and what follows it.
const OPENING_BYTES: usize = 32;

#[cfg(test)]
mod tests {
    use super::{opens_dangling, Openers};
    use crate::text::Language;

    const ENGLISH: Option<Language> = Some(Language::English);

    fn detachable_connective_len(sentence: &str) -> usize {
        Openers::of(ENGLISH).detachable_len(sentence)
    }

    #[test]
    fn spots_openers_that_point_back() {
        for dangling in [
            "He said no.",
            "However, prices rose.",
            "“It is over,” she said.",
            "This was new.",
            "In addition, two died.",
            "On the other hand, costs fell.",
        ] {
            assert!(opens_dangling(dangling, ENGLISH), "{dangling}");
            assert!(opens_dangling(dangling, None), "{dangling}");
        }
        for standalone in [
            "Helen said no.",
            "Theresa May spoke.",
            "Italy won.",
            "The mayor spoke.",
            "Thistle grows.",
            "In Addis Ababa, talks began.",
            "On the other side, costs fell.",
        ] {
            assert!(!opens_dangling(standalone, ENGLISH), "{standalone}");
        }
    }

    #[test]
    fn cuts_off_a_connective_only_when_what_is_left_stands_alone() {
        for (sentence, left) in [
            (
                "But the biggest challenge could be keeping hold of him.",
                "the biggest challenge could be keeping hold of him.",
            ),
            (
                "However, the attack followed the release of videos.",
                "the attack followed the release of videos.",
            ),
            (
                "And, among consumers today, authenticity means more.",
                "among consumers today, authenticity means more.",
            ),
            (
                "In addition, two more bodies were found on Sunday.",
                "two more bodies were found on Sunday.",
            ),
            (
                "But “we will win this fight,” the mayor said.",
                "“we will win this fight,” the mayor said.",
            ),
        ] {
            let cut = detachable_connective_len(sentence);
            assert_eq!(&sentence[cut..], left, "{sentence}");
        }
        for whole in [
            "But he denied the charges in court on Monday.",
            "“But the plan will never work,” the mayor said.",
            "However the votes are counted, the result is clear.",
            "But not before he made history by naming a woman.",
            "And maybe he should know.",
            "Butler said the team would win the title.",
            "So far, ten people have died in the floods.",
            "Then-President Obama signed the bill into law.",
            "The mayor spoke to reporters on Monday evening.",
        ] {
            assert_eq!(detachable_connective_len(whole), 0, "{whole}");
        }
    }

    #[test]
    fn each_language_has_its_own_openers() {
        let french = Some(Language::French);
        for dangling in [
            "Il a démissionné lundi.",
            "Elles ont refusé l'offre.",
            "Cela change tout pour la ville.",
            "C'est ainsi que le projet est né.",
            "Mais le maire a refusé.",
            "Cependant, la ville a refusé.",
            "Par ailleurs, deux écoles ferment.",
            "Ses proches ont témoigné.",
        ] {
            assert!(opens_dangling(dangling, french), "{dangling}");
        }
        for standalone in [
            "Ce lundi, le gouvernement a annoncé un plan.",
            "Cette année, la récolte est bonne.",
            "Ilona Martin a démissionné.",
            "Le maire a refusé.",
            "Mais-Rouge est un village.",
        ] {
            assert!(!opens_dangling(standalone, french), "{standalone}");
        }
        let german = Some(Language::German);
        for dangling in [
            "Er trat am Montag zurück.",
            "Jedoch ist der Plan gescheitert.",
            "Aber die Stadt lehnte ab.",
            "Doch die Regierung blieb hart.",
            "Dies war neu.",
            "Außerdem schließen zwei Schulen.",
        ] {
            assert!(opens_dangling(dangling, german), "{dangling}");
        }
        for standalone in [
            "Erika Schmidt trat zurück.",
            "Die Stadt lehnte ab.",
            "Aberdeen liegt in Schottland.",
        ] {
            assert!(!opens_dangling(standalone, german), "{standalone}");
        }
        assert!(opens_dangling("Él dijo que no.", Some(Language::Spanish)));
        // A French pronoun says nothing in English, an English one nothing in French.
        assert!(!opens_dangling("Il Divo sang at the gala.", ENGLISH));
        assert!(!opens_dangling("He Jiankui a été libéré.", french));
        assert!(!opens_dangling(
            "Il ministro ha parlato.",
            Some(Language::Italian)
        ));
    }

    #[test]
    fn cuts_off_a_connective_in_each_language_where_it_leaves_a_sentence() {
        for (language, sentence, left) in [
            (
                Language::French,
                "Mais le gouvernement a maintenu sa réforme des retraites.",
                "le gouvernement a maintenu sa réforme des retraites.",
            ),
            (
                Language::French,
                "Cependant, la mairie a rouvert les deux écoles du quartier.",
                "la mairie a rouvert les deux écoles du quartier.",
            ),
            (
                Language::German,
                "Aber die Regierung hielt an der Reform der Renten fest.",
                "die Regierung hielt an der Reform der Renten fest.",
            ),
        ] {
            let cut = Openers::of(Some(language)).detachable_len(sentence);
            assert_eq!(&sentence[cut..], left, "{sentence}");
        }
        for (language, whole) in [
            // No comma: `Cependant` stays, and so the sentence is dangling.
            (
                Language::French,
                "Cependant la mairie a rouvert les deux écoles du quartier.",
            ),
            (
                Language::French,
                "Mais il a maintenu sa réforme des retraites cette semaine.",
            ),
            // The verb follows a German adverb: cut off, it would leave `ist der Plan …`.
            (
                Language::German,
                "Jedoch ist der Plan der Regierung am Ende gescheitert.",
            ),
        ] {
            assert_eq!(Openers::of(Some(language)).detachable_len(whole), 0, "{whole}");
        }
    }
}

//! The words that introduce speech: reporting verbs in every tense (English by lemma and
//! inflection, German, French and Spanish by form), verbs of thought that report a `that`
//! clause, and multi-word cues such as `according to`, `selon`, `según` and `laut`.

use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::lists::{is_listed, is_listed_lowercased, phrases_starting_with};
use crate::lexicon::{
    WordList, ADVERBS_OF_TIME, BEFORE_BARE_VERBS, BELIEF_LEMMAS, CUE_FILLERS, DOCUMENT_NOUNS, DOCUMENT_VERBS,
    EVIDENCE_NOUNS, FOREIGN_SPEECH, HEADLINE_VERBS, INFINITIVE_VERBS, INFLECTED_ONLY, IRREGULAR_VERBS,
    NOUN_LIKE, NOUN_MARKERS, SOURCE_FOLLOWS, SOURCE_PRECEDES, SPEECH_LEMMAS, SPEECH_PHRASES, STANCE_LEMMAS,
    THOUGHT_LEMMAS, WEEKDAYS,
};
use crate::text::quote_marks::{mark_char, quote_mark, Weight};
use crate::text::tokens::Token;
use crate::text::Language;

/// What a cue says about the words around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueClass {
    /// A verb of saying: `said`, `told`, `a déclaré`. It reports speech in any construction,
    /// and its speaker may follow it (`said Smith`).
    Speech,
    /// A verb of thought or finding: `believes`, `found`. It reports only a `that` clause.
    Thought,
    /// A verb of stance or advocacy: `criticized`, `wants`, `called for`. It reports its
    /// object or an infinitive, but never introduces a quote.
    Stance,
    /// A phrase whose source follows it: `according to`, `selon`, `laut`.
    SourceFollows,
    /// A word whose source precedes it: `zufolge`.
    SourcePrecedes,
}

/// A cue found at a token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Cue {
    /// The token indices the cue covers.
    pub tokens: Range<usize>,
    /// How the cue behaves.
    pub class: CueClass,
    /// An English `-ing` participle (`stating`, `adding`): the speaker is the clause subject.
    pub participle: bool,
}

/// How many words back from a verb the noun of records heading its subject may stand
/// (`video of the incident shows`).
const EVIDENCE_REACH: usize = 6;

/// True when a noun of records or measurements heads the words right before `index`, with
/// nothing but words between (`a new poll shows`, `the average of recent polls shows`).
pub(crate) fn follows_evidence(text: &str, tokens: &[Token], index: usize) -> bool {
    let lowest = index.saturating_sub(EVIDENCE_REACH);
    (lowest..index)
        .rev()
        .take_while(|&at| tokens[at].is_word())
        .any(|at| is_listed_lowercased(EVIDENCE_NOUNS, tokens[at].text(text)))
}

/// True when a document noun stands right before `index`: `the letter reads`.
fn follows_document(text: &str, tokens: &[Token], index: usize) -> bool {
    index
        .checked_sub(1)
        .and_then(|at| tokens.get(at))
        .is_some_and(|previous| is_listed_lowercased(DOCUMENT_NOUNS, previous.text(text)))
}

/// True when a pronoun or a name (not opening the sentence) stands right before `index`.
fn follows_named_subject(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|at| tokens.get(at)) else {
        return false;
    };
    let lower = previous.text(text).to_lowercase();
    matches!(lower.as_str(), "he" | "she" | "it" | "who" | "which")
        || previous.is_capitalized(text) && !is_sentence_start(text, tokens, index - 1)
}

/// True for a form of an English verb of belief (`believes`, `thought`, `worried`; not
/// `hoping`), or for what a finding `finds`, `found`, `shows` or `showed`: verbs whose clause
/// may go without `that`.
pub(crate) fn reports_bare_clause(lower: &str) -> bool {
    match english_lemma(lower) {
        Some((lemma, _)) if is_listed(BELIEF_LEMMAS, lemma) => lower != "hoping",
        _ => matches!(lower, "finds" | "found" | "shows" | "showed"),
    }
}

/// True for a verb of saying whose report may be an infinitive: `vowed to`, `urged Congress
/// to`, `told his aides to`.
pub(crate) fn reports_infinitive(lower: &str) -> bool {
    is_listed(INFINITIVE_VERBS, lower)
        || english_lemma(lower).is_some_and(|(lemma, _)| is_listed(INFINITIVE_VERBS, lemma))
}

/// True for a word that may stand between a cue and what it reports.
pub(crate) fn is_cue_filler(lower: &str) -> bool {
    is_listed(CUE_FILLERS, lower) || is_adverb_of_time(lower)
}

/// True for an adverb of time or manner, or a weekday, that may follow a reporting verb:
/// `said today`, `flatly denied`, `said Monday`.
pub(crate) fn is_adverb_of_time(lower: &str) -> bool {
    is_listed(ADVERBS_OF_TIME, lower) || is_listed(WEEKDAYS, lower)
}

/// The cue starting at token `index`, if one does.
#[cfg(test)]
pub(crate) fn cue_at(text: &str, tokens: &[Token], index: usize) -> Option<Cue> {
    let lower = tokens.get(index)?.text(text).to_lowercase();
    cue_at_lower(text, tokens, index, &lower)
}

/// The cue starting at token `index`, whose lower-case form is `lower`, if one does.
pub(crate) fn cue_at_lower(text: &str, tokens: &[Token], index: usize, lower: &str) -> Option<Cue> {
    let token = tokens.get(index)?;
    if !token.is_word() {
        return None;
    }
    if let Some(cue) = phrase_cue(text, tokens, index, lower) {
        return Some(cue);
    }
    if is_listed(SOURCE_PRECEDES, lower) {
        return Some(Cue {
            tokens: index..index + 1,
            class: CueClass::SourcePrecedes,
            participle: false,
        });
    }
    if !token.is_lowercase(text)
        && !is_sentence_start(text, tokens, index)
        && !in_headline(text, tokens, index)
    {
        return None;
    }
    if is_listed(FOREIGN_SPEECH, lower)
        || is_listed(crate::lexicon::fr::SPEECH_VERBS, lower)
        || is_listed(DOCUMENT_VERBS, lower) && follows_document(text, tokens, index)
    {
        return Some(Cue {
            tokens: index..index + 1,
            class: CueClass::Speech,
            participle: false,
        });
    }
    english_cue(text, tokens, index, lower)
}

/// A phrase cue starting at token `index`, whose lower-case form is `lower`: a source
/// phrase (`according to`, `selon`), or a verb phrase (`shot back`) in lower case or opening a
/// sentence.
fn phrase_cue(text: &str, tokens: &[Token], index: usize, lower: &str) -> Option<Cue> {
    if let Some(phrase) = phrases_starting_with(SOURCE_FOLLOWS, lower)
        .find(|phrase| phrase_matches(text, tokens, index, lower, phrase))
    {
        return Some(Cue {
            tokens: index..index + phrase.len(),
            class: CueClass::SourceFollows,
            participle: false,
        });
    }
    let phrase = phrases_starting_with(SPEECH_PHRASES, lower).find(|phrase| {
        phrase_matches(text, tokens, index, lower, phrase)
            && (tokens[index].is_lowercase(text) || is_sentence_start(text, tokens, index))
    })?;
    Some(Cue {
        tokens: index..index + phrase.len(),
        class: CueClass::Speech,
        participle: false,
    })
}

/// The English verb form at token `index`, whose lower-case form is `lower`, as a cue: when it
/// is a form of a lemma of the lexicons and the words before it make it a verb.
fn english_cue(text: &str, tokens: &[Token], index: usize, lower: &str) -> Option<Cue> {
    let (lemma, inflection) = english_lemma(lower)?;
    let class = if is_listed(SPEECH_LEMMAS, lemma) {
        CueClass::Speech
    } else if is_listed(STANCE_LEMMAS, lemma) {
        CueClass::Stance
    } else {
        CueClass::Thought
    };
    if inflection != Inflection::Base && follows_determiner(text, tokens, index) {
        return None;
    }
    let after_evidence = follows_evidence(text, tokens, index);
    if inflection == Inflection::S
        && is_listed(NOUN_LIKE, lemma)
        && !follows_named_subject(text, tokens, index)
        && !after_evidence
    {
        return None;
    }
    if inflection == Inflection::Base && is_listed(INFLECTED_ONLY, lemma) && !after_evidence {
        return None;
    }
    let after_name = lemma == "say" && index > 0 && tokens[index - 1].is_capitalized(text);
    if inflection == Inflection::Base
        && !after_name
        && !after_evidence
        && !follows_plural_subject(text, tokens, index)
    {
        return None;
    }
    Some(Cue {
        tokens: index..index + 1,
        class,
        participle: inflection == Inflection::Ing && !follows_be(text, tokens, index),
    })
}

/// `is stressing`, `are now telling`: a form of `be` before an `-ing` form makes it the
/// finite verb of its clause, not a participle.
fn follows_be(text: &str, tokens: &[Token], index: usize) -> bool {
    let mut at = index;
    while at > 0 && index - at < 3 {
        at -= 1;
        let token = &tokens[at];
        if !token.is_word() {
            return false;
        }
        match token.text(text).to_lowercase().as_str() {
            "is" | "are" | "was" | "were" | "am" | "been" | "be" | "’s" => return true,
            "also" | "now" | "still" | "not" | "publicly" | "increasingly" | "again" => continue,
            _ => return false,
        }
    }
    false
}

/// `Lindsey Graham Says`: a capitalised verb after a capitalised word in a line that ends
/// without a stop or with one right after the verb, as headlines are written.
fn in_headline(text: &str, tokens: &[Token], index: usize) -> bool {
    let previous_capitalized = index > 0 && tokens[index - 1].is_capitalized(text);
    let word = tokens[index].text(text);
    previous_capitalized
        && is_listed(HEADLINE_VERBS, word)
        && tokens
            .get(index + 1)
            .is_none_or(|next| next.line_before() || next.is('.') || next.is(':') || next.is(','))
}

/// True when the words from `index` spell `phrase` (lower case).
fn phrase_matches(text: &str, tokens: &[Token], index: usize, lower: &str, phrase: &[&str]) -> bool {
    phrase.first() == Some(&lower)
        && phrase.iter().enumerate().skip(1).all(|(offset, expected)| {
            tokens.get(index + offset).is_some_and(|token| {
                token.is_word()
                    && token.text(text).len() == expected.len()
                    && token.text(text).to_lowercase() == *expected
            })
        })
}

/// True when token `index` opens the text, or follows a stop, a colon, a dash or a double
/// mark that usually opens a quotation (“ " „ « 「).
fn is_sentence_start(text: &str, tokens: &[Token], index: usize) -> bool {
    index == 0
        || tokens.get(index - 1).is_some_and(|previous| {
            previous.line_before() && index == 1
                || matches!(previous.text(text), "." | "!" | "?" | ":" | "—")
                || mark_char(previous.text(text))
                    .and_then(quote_mark)
                    .is_some_and(|mark| mark.weight == Weight::Double && mark.usually_opens())
        })
}

fn follows_determiner(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|at| tokens.get(at)) else {
        return false;
    };
    let previous_text = previous.text(text);
    previous.is_word()
        && (is_listed(NOUN_MARKERS, previous_text.to_lowercase().as_str())
            || previous_text.ends_with("’s")
            || previous_text.ends_with("'s"))
}

/// Words after which a bare verb form is a verb: `they say`, `critics argue`, `will tell`.
fn follows_plural_subject(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(previous) = index.checked_sub(1).and_then(|at| tokens.get(at)) else {
        return false;
    };
    if !previous.is_word() {
        return false;
    }
    let lower = previous.text(text).to_lowercase();
    is_listed(BEFORE_BARE_VERBS, lower.as_str())
        || lower.chars().count() > 3
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && !lower.ends_with("'s")
            && !lower.ends_with("’s")
}

/// True when `lower`, a lower-cased word, is a verb of saying in `language`: `said`, `told`,
/// `sagte`, `erklärte`, `déclaré`. Every news article is full of them, and they say nothing
/// of its topic.
pub(crate) fn is_verb_of_saying(language: Language, lower: &str) -> bool {
    match language {
        Language::English => english_lemma(lower).is_some_and(|(lemma, _)| is_listed(SPEECH_LEMMAS, lemma)),
        Language::German => is_listed(crate::lexicon::de::SPEECH_VERBS, lower),
        Language::French => is_listed(crate::lexicon::fr::SPEECH_VERBS, lower),
        _ => false,
    }
}

/// How an English verb form is inflected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Inflection {
    Base,
    S,
    Ed,
    Ing,
}

/// The English lexicons by lemma; a form two lemmas share is the first one's.
const ENGLISH_LEXICONS: [WordList; 4] = [SPEECH_LEMMAS, BELIEF_LEMMAS, THOUGHT_LEMMAS, STANCE_LEMMAS];

/// The lemma of an English verb form from any lexicon, with its inflection.
fn english_lemma(lower: &str) -> Option<(&'static str, Inflection)> {
    english_forms().get(lower).copied()
}

/// Every inflected form of every English lemma, built once: `say`, `says`, `saying`,
/// `said`; `emphasize`, `emphasized`, `emphasizing`, …
fn english_forms() -> &'static FxHashMap<String, (&'static str, Inflection)> {
    static FORMS: OnceLock<FxHashMap<String, (&'static str, Inflection)>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut forms = FxHashMap::default();
        for lexicon in ENGLISH_LEXICONS {
            for lemma in lexicon.iter() {
                for (form, inflection) in inflections(lemma) {
                    forms.entry(form).or_insert((lemma, inflection));
                }
            }
        }
        for &(form, lemma) in IRREGULAR_VERBS {
            let inflection = if form.ends_with("ing") {
                Inflection::Ing
            } else {
                Inflection::Ed
            };
            if ENGLISH_LEXICONS.iter().any(|lexicon| lexicon.contains(lemma)) {
                forms.insert(form.to_owned(), (lemma, inflection));
            }
        }
        forms
    })
}

/// The regular forms of an English verb: base, third person, past and `-ing`.
fn inflections(lemma: &str) -> Vec<(String, Inflection)> {
    let mut forms = vec![(lemma.to_owned(), Inflection::Base)];
    let last = lemma.chars().next_back().unwrap_or_default();
    let before_last = lemma.chars().rev().nth(1).unwrap_or_default();
    let vowel = |c: char| "aeiou".contains(c);
    let stem_without_last = &lemma[..lemma.len() - last.len_utf8()];
    if last == 'y' && !vowel(before_last) {
        forms.push((format!("{stem_without_last}ies"), Inflection::S));
        forms.push((format!("{stem_without_last}ied"), Inflection::Ed));
    } else if lemma.ends_with(['s', 'x', 'z', 'o']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        forms.push((format!("{lemma}es"), Inflection::S));
        forms.push((format!("{lemma}ed"), Inflection::Ed));
    } else if last == 'e' {
        forms.push((format!("{lemma}s"), Inflection::S));
        forms.push((format!("{lemma}d"), Inflection::Ed));
    } else {
        forms.push((format!("{lemma}s"), Inflection::S));
        forms.push((format!("{lemma}ed"), Inflection::Ed));
        forms.push((format!("{lemma}{last}ed"), Inflection::Ed));
    }
    if last == 'e' && !lemma.ends_with("ee") {
        forms.push((format!("{stem_without_last}ing"), Inflection::Ing));
    } else {
        forms.push((format!("{lemma}ing"), Inflection::Ing));
        if !vowel(last) && last != 'y' && last != 'w' {
            forms.push((format!("{lemma}{last}ing"), Inflection::Ing));
        }
    }
    forms
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn class_of(sentence: &str, word: &str) -> Option<CueClass> {
        let tokens = tokenize(sentence);
        let index = tokens.iter().position(|token| token.text(sentence) == word)?;
        cue_at(sentence, &tokens, index).map(|cue| cue.class)
    }

    #[test]
    fn knows_verbs_of_belief_and_of_promising() {
        for word in ["believes", "thought", "worried", "found", "shows"] {
            assert!(reports_bare_clause(word), "{word}");
        }
        for word in ["hoping", "said", "showing", "decided"] {
            assert!(!reports_bare_clause(word), "{word}");
        }
        for word in ["vowed", "told", "urging", "warnte"] {
            assert!(reports_infinitive(word), "{word}");
        }
        for word in ["said", "believes", "sagte"] {
            assert!(!reports_infinitive(word), "{word}");
        }
    }

    #[test]
    fn verbs_of_saying_in_other_lists_are_speech_cues() {
        let speech_lemma =
            |word: &str| english_lemma(word).is_some_and(|(lemma, _)| is_listed(SPEECH_LEMMAS, lemma));
        for verb in crate::lexicon::REPORTING_VERBS {
            assert!(speech_lemma(verb) || verb == "laughed", "{verb}");
        }
        for verb in INFINITIVE_VERBS {
            assert!(
                speech_lemma(verb)
                    || is_listed(FOREIGN_SPEECH, verb)
                    || is_listed(crate::lexicon::fr::SPEECH_VERBS, verb),
                "{verb}"
            );
        }
    }

    #[test]
    fn knows_verbs_in_every_tense() {
        for (sentence, word) in [
            ("he said so", "said"),
            ("she says so", "says"),
            ("he told me", "told"),
            ("they emphasized it", "emphasized"),
            ("stating, yes", "stating"),
            ("he replied", "replied"),
            ("she has admitted it", "admitted"),
            ("er sagte", "sagte"),
            ("il a déclaré", "déclaré"),
            ("ella afirmó", "afirmó"),
        ] {
            assert_eq!(class_of(sentence, word), Some(CueClass::Speech), "{sentence}");
        }
        assert_eq!(class_of("they believe that", "believe"), Some(CueClass::Thought));
        assert_eq!(class_of("the reports said", "reports"), None);
        assert_eq!(
            class_of("according to him", "according"),
            Some(CueClass::SourceFollows)
        );
    }
}

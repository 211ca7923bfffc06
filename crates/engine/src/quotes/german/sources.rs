//! Sources named by a preposition rather than a verb: `laut der Polizei`, `gemäß dem
//! Bericht`, `der Polizei zufolge`, `nach Angaben des Ministeriums`, `nach den Worten von …`.

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use super::speakers::{noun_phrase_at, quoted_name_at};
use crate::lexicon::de::{ATTRIBUTION_PREPOSITIONS, DETERMINERS, SOURCE_NOUNS};
use crate::text::german_capitals::has_adjective_ending;

/// How many tokens before `zufolge` its source may start.
const MAX_SOURCE_BEFORE: usize = 10;

/// A source a sentence names, and the words that name it as one.
pub(super) struct Source {
    /// The source, when a noun phrase names it.
    pub speaker: Option<Range<usize>>,
    /// `laut`, `zufolge`, `nach Angaben`, as tokens.
    pub cue: Range<usize>,
}

/// The first source named by a preposition in the tokens `sentence`.
pub(super) fn source_in(view: &Article, sentence: Range<usize>) -> Option<Source> {
    sentence
        .clone()
        .find_map(|at| source_at(view, at, sentence.clone()))
}

/// The source whose preposition is token `at`.
fn source_at(view: &Article, at: usize, sentence: Range<usize>) -> Option<Source> {
    let word = view.word(at)?;
    if is_listed(ATTRIBUTION_PREPOSITIONS, word) {
        // `laut der Polizei`, `laut „Reuters“`.
        let speaker =
            noun_phrase_at(view, at + 1, sentence.end).or_else(|| quoted_name_at(view, at + 1, sentence.end));
        return Some(Source {
            speaker,
            cue: at..at + 1,
        });
    }
    if word == "zufolge" {
        let earliest = at.saturating_sub(MAX_SOURCE_BEFORE).max(sentence.start);
        let speaker = (earliest..at)
            .filter_map(|start| noun_phrase_at(view, start, at))
            .find(|phrase| phrase.end == at);
        return Some(Source {
            speaker,
            cue: at..at + 1,
        });
    }
    if word == "nach" {
        return before_nach(view, at, sentence.start).or_else(|| after_nach(view, at, sentence.end));
    }
    None
}

/// How many adjectives may stand between `nach` and its noun (`nach ersten offiziellen
/// Angaben`).
const MAX_ADJECTIVES_AFTER_NACH: usize = 2;

/// `nach Angaben der Polizei`, `nach den Worten des Ministers`, `nach Ansicht von Lee`,
/// `nach ersten Angaben`, `nach Schäubles Idee`, `nach Polizeiangaben`: the source after the
/// `nach` at token `at`, a noun of the list (or a compound ending in one) after an article or
/// a possessive, adjectives and a name in the genitive; its speaker the noun phrase after it,
/// else the name before it, else the compound that names it (`Polizeiangaben`).
fn after_nach(view: &Article, at: usize, end: usize) -> Option<Source> {
    let mut noun = at + 1;
    if view
        .word(noun)
        .is_some_and(|word| is_listed(DETERMINERS, word) || is_possessive(word))
    {
        noun += 1;
    }
    // `nach Schäubles Idee`: a name in the genitive before the noun.
    let owner = view
        .word(noun)
        .filter(|word| word.ends_with('s') && !is_source_noun(word))
        .filter(|_| view.tokens[noun].is_capitalized(view.text))
        .filter(|_| {
            view.tokens
                .get(noun + 1)
                .is_some_and(|next| next.is_capitalized(view.text))
        })
        .map(|_| noun..noun + 1);
    if owner.is_some() {
        noun += 1;
    }
    let mut adjectives = 0;
    let word = loop {
        let word = view.word(noun).filter(|_| noun < end)?;
        if is_source_noun(word) {
            break word;
        }
        // The test of the noun comes first: in a text without capitals `angaben` ends as an
        // adjective does.
        let adjective = view.tokens[noun].is_lowercase(view.text) && has_adjective_ending(word);
        if !adjective || adjectives == MAX_ADJECTIVES_AFTER_NACH {
            return None;
        }
        adjectives += 1;
        noun += 1;
    };
    let compound = !is_listed(SOURCE_NOUNS, word);
    let from = noun + 1 + usize::from(matches!(view.word(noun + 1), Some("von" | "vom")));
    let follows = view
        .word(from)
        .is_some_and(|word| matches!(word, "der" | "des" | "eines" | "einer") || from > noun + 1)
        || view
            .tokens
            .get(from)
            .is_some_and(|token| token.is_capitalized(view.text));
    let speaker = follows
        .then(|| noun_phrase_at(view, from, end))
        .flatten()
        .or(owner)
        .or_else(|| compound.then_some(noun..noun + 1));
    Some(Source {
        speaker,
        cue: at..noun + 1,
    })
}

/// A noun of the list, alone or ending a compound (`Angaben`, `Polizeiangaben`).
fn is_source_noun(word: &str) -> bool {
    is_listed(SOURCE_NOUNS, word)
        || SOURCE_NOUNS
            .iter()
            .any(|source| word.len() > source.len() + 2 && word.ends_with(source))
}

/// A possessive or relative determiner before a noun (`ihren`, `dessen`, `eigenen`).
pub(super) fn is_possessive(word: &str) -> bool {
    ["sein", "ihr", "unser", "eigen"]
        .iter()
        .any(|stem| word.starts_with(stem) && word.len() <= stem.len() + 2)
        || matches!(word, "dessen" | "deren")
}

/// `Seiner Ansicht nach`, `Ihrer Meinung nach`: a possessive and a source noun opening the
/// sentence before `nach` at token `at` name the source themselves (inside a clause, `die
/// ihrer Meinung nach …` names the subject's view, no source of the sentence's).
fn before_nach(view: &Article, at: usize, sentence_start: usize) -> Option<Source> {
    let owner = sentence_start;
    let noun = owner + 1;
    if at != noun + 1 {
        return None;
    }
    let named = view.word(noun).is_some_and(|word| is_listed(SOURCE_NOUNS, word))
        && view.word(owner).is_some_and(is_possessive);
    named.then_some(Source {
        speaker: Some(owner..noun + 1),
        cue: at..at + 1,
    })
}

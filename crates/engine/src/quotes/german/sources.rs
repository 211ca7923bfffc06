//! Sources named by a preposition rather than a verb: `laut der Polizei`, `gemäß dem
//! Bericht`, `der Polizei zufolge`, `nach Angaben des Ministeriums`, `nach den Worten von …`.

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use super::speakers::noun_phrase_at;
use crate::lexicon::de::{ATTRIBUTION_PREPOSITIONS, SOURCE_NOUNS};

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
        return Some(Source {
            speaker: noun_phrase_at(view, at + 1, sentence.end),
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
        // `nach Angaben der Polizei`, `nach den Worten des Ministers`, `nach Ansicht von Lee`.
        let noun = at + 1 + usize::from(matches!(view.word(at + 1), Some("den" | "der" | "dem")));
        if view.word(noun).is_some_and(|noun| is_listed(SOURCE_NOUNS, noun)) {
            let from = noun + 1 + usize::from(matches!(view.word(noun + 1), Some("von" | "vom")));
            return Some(Source {
                speaker: noun_phrase_at(view, from, sentence.end),
                cue: at..noun + 1,
            });
        }
    }
    None
}

//! Speakers as German noun phrases: a pronoun (`er`, `sie`), or an article, adjectives and
//! capitalised words with their genitive and brackets (`der Sprecher des Ministeriums`,
//! `Bundesfinanzminister Peer Steinbrück (SPD)`, `die Polizei`).

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use crate::lexicon::de::{AUXILIARIES, DETERMINERS, NOT_SPEAKERS, SPEAKER_NOUNS, SUBJECT_PRONOUNS};
use crate::text::is_quote_mark;
use crate::text::stopwords::is_stopword;
use crate::text::Language;

/// The most tokens a speaker's noun phrase may have.
const MAX_PHRASE: usize = 14;

/// How many tokens (adverbs, times) may stand between a verb and the subject after it.
const MAX_SKIPPED: usize = 4;

/// The subject of the verb at `verb` in its `clause` (token range) of `sentence`. A pronoun
/// right after the verb is (`lehnt er ab`); else, of the noun phrases opening the clause
/// (`Der Minister sagte`), opening the sentence when the verb follows a comma (`Lee, der
/// Minister, sagte`), after the verb or its auxiliary (`sagte der Minister`, `hatte Lee
/// gesagt`), and before the verb, the first that names a person or a body
/// ([`names_speaker`]), or else the first of them.
pub(super) fn subject_of(
    view: &Article,
    verb: usize,
    after_verb: usize,
    clause: Range<usize>,
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    let anchor = auxiliary_before(view, clause.start..verb).unwrap_or(verb);
    let after = if anchor == verb { after_verb } else { anchor + 1 };
    if view
        .word(after)
        .is_some_and(|word| is_listed(SUBJECT_PRONOUNS, word))
    {
        return Some(after..after + 1);
    }
    let opening = (clause.start < anchor)
        .then(|| noun_phrase_at(view, clause.start, anchor))
        .flatten();
    let after_comma = anchor > sentence.start && view.tokens[anchor - 1].is(',');
    let sentence_opening = (after_comma && sentence.start < anchor)
        .then(|| noun_phrase_at(view, sentence.start, anchor))
        .flatten();
    let following = phrase_after(view, after, clause.end.max(after));
    let inside = (clause.start..anchor).find_map(|at| noun_phrase_at(view, at, anchor));
    // `Lee nannte es „gut“ und stellte fest, …`: the subject of the sentence's first verb.
    let first = noun_phrase_at(view, sentence.start, anchor.max(sentence.start));
    let candidates = [opening, sentence_opening, following, inside, first];
    candidates
        .iter()
        .flatten()
        .find(|phrase| names_speaker(view, phrase))
        .or_else(|| candidates.iter().flatten().next())
        .cloned()
}

/// True when a noun phrase names a person or a body that speaks: a name of two capitalised
/// words (`Peer Steinbrück`), or a noun for one (`der Sprecher`, `die Polizei`).
pub(super) fn names_speaker(view: &Article, phrase: &Range<usize>) -> bool {
    let named = phrase
        .clone()
        .zip(phrase.start + 1..phrase.end)
        .any(|(first, second)| {
            is_name_word(view, first)
                && is_name_word(view, second)
                && view.tokens[first].end() < view.tokens[second].start()
        });
    named
        || phrase.clone().any(|at| {
            view.tokens[at].is_capitalized(view.text)
                && view
                    .word(at)
                    .is_some_and(|word| SPEAKER_NOUNS.iter().any(|ending| word.ends_with(ending)))
        })
}

/// The finite auxiliary of a participle (`hatte … gesagt`, `wurde … mitgeteilt`) in `range`.
fn auxiliary_before(view: &Article, range: Range<usize>) -> Option<usize> {
    range
        .rev()
        .find(|&at| view.word(at).is_some_and(|word| is_listed(AUXILIARIES, word)))
}

/// The noun phrase starting within a few words after `from`, before `end`, not past a
/// punctuation mark.
pub(super) fn phrase_after(view: &Article, from: usize, end: usize) -> Option<Range<usize>> {
    let mut at = from;
    while at < end.min(from + MAX_SKIPPED + 1) {
        if !view.tokens[at].is_word() {
            // `schrieb „Die Zeit“`: a name in quote marks.
            let quoted = view.tokens[at]
                .text(view.text)
                .chars()
                .next()
                .is_some_and(is_quote_mark);
            let name = quoted.then(|| noun_phrase_at(view, at + 1, end)).flatten();
            return name.map(|name| at..(name.end + 1).min(end));
        }
        // `sagte gegenüber der Zeitung`, `sagte dem Spiegel`: whom it was said to.
        if matches!(view.word(at), Some("gegenüber" | "dem")) {
            let object = noun_phrase_at(view, at + 1, end).map_or(at + 1, |phrase| phrase.end);
            let skipped = if view.word(at) == Some("dem") {
                noun_phrase_at(view, at, end).map_or(at + 1, |phrase| phrase.end)
            } else {
                object
            };
            at = skipped;
            continue;
        }
        if let Some(phrase) = noun_phrase_at(view, at, end) {
            return Some(phrase);
        }
        at += 1;
    }
    None
}

/// The noun phrase that starts at token `start` and ends before `end`: a subject pronoun,
/// or an article or a name with what follows it; `None` when none starts there.
pub(super) fn noun_phrase_at(view: &Article, start: usize, end: usize) -> Option<Range<usize>> {
    let word = view.word(start)?;
    if is_listed(SUBJECT_PRONOUNS, word) {
        return Some(start..start + 1);
    }
    let determiner = is_listed(DETERMINERS, word);
    if !determiner && !is_name_word(view, start) {
        return None;
    }
    let limit = end.min(start + MAX_PHRASE);
    let mut last = if determiner { None } else { Some(start) };
    let mut at = start + 1;
    while at < limit {
        let token = &view.tokens[at];
        if token.is('(') {
            // `(SPD)`: a party or an abbreviation in brackets belongs to the name.
            match (at + 1..limit).find(|&close| view.tokens[close].is(')')) {
                Some(close) if last.is_some() && close - at <= 4 => {
                    last = Some(close);
                    at = close + 1;
                    continue;
                }
                _ => break,
            }
        }
        let Some(word) = view.word(at) else {
            break;
        };
        if is_name_word(view, at) {
            last = Some(at);
        } else if last.is_none() && is_adjective(view, at, word) {
            // `der zuständige Sprecher`: adjectives between the article and the noun.
        } else if last.is_some() && matches!(word, "des" | "der" | "von" | "vom") {
            // `der Sprecher des Ministeriums`, `Präsident von Frankreich`.
        } else if last.is_some()
            && is_adjective(view, at, word)
            && view
                .word(at - 1)
                .is_some_and(|before| matches!(before, "des" | "der" | "von" | "vom"))
        {
            // `der Sprecher des zuständigen Ministeriums`.
        } else {
            break;
        }
        at += 1;
    }
    last.map(|last| start..last + 1)
}

/// A capitalised word that can name or describe someone: not a stop word (`Am`, `Auch`), an
/// adverb or a word of time (`Lediglich`, `Januar`).
fn is_name_word(view: &Article, index: usize) -> bool {
    view.tokens[index].is_capitalized(view.text)
        && view
            .word(index)
            .is_some_and(|word| !is_stopword(Language::German, word) && !is_listed(NOT_SPEAKERS, word))
}

/// A lower-case word with an adjective's ending (`zuständige`, `neuen`, `früherer`).
fn is_adjective(view: &Article, index: usize, word: &str) -> bool {
    view.tokens[index].is_lowercase(view.text)
        && ["e", "en", "er", "es", "em"]
            .iter()
            .any(|ending| word.ends_with(ending))
        && word.chars().count() > 3
}

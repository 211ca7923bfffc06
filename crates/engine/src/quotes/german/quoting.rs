//! Words a medium quotes someone with (`Der Spiegel zitiert den Prediger mit den Worten „…“`,
//! `„…“, zitiert die „Zeit“ Lee`, `Lee wird von der Zeitung zitiert`): the one quoted speaks
//! them, not the medium, and `zitiert` is the medium's act, no cue of the speaker's.

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use super::speakers::{
    document_in, is_passive, noun_phrase_at, passive_agent, passive_auxiliary_before, passive_clause_start,
    quoted_name_at,
};
use crate::lexicon::de::PREPOSITIONS;

/// How many words (`dazu`, `gestern`) may stand before a noun phrase after the verb.
const MAX_SKIPPED: usize = 3;

/// Who is quoted, and whether a medium that quotes them is named too.
pub(super) struct Quoted {
    /// The one the words are quoted from.
    pub person: Range<usize>,
    /// True when the medium that quotes is named (`Die Zeitung zitiert Lee`, `Lee wird von der
    /// Zeitung zitiert`): `zitiert` is then its act, no cue of the person's.
    pub by_medium: bool,
}

/// The one the verb of quoting at `verb` (`zitiert`, `zitierte`) quotes in `sentence`: the
/// passive's subject (`Lee wird … zitiert`, `wird Lee zitiert`), else the object after the
/// verb, which is the noun phrase after it when a subject opens the clause (`Die Zeitung
/// zitiert Lee`) and the second after it when none does (`„…“, zitiert die Zeitung Lee`);
/// `None` when the verb quotes nobody it names.
pub(super) fn quoted_person(view: &Article, verb: usize, sentence: Range<usize>) -> Option<Quoted> {
    if !view.word(verb).is_some_and(|word| word.starts_with("zitier")) {
        return None;
    }
    let start = passive_clause_start(view, verb, sentence.clone());
    if is_passive(view, verb, sentence.clone()) {
        let by_medium =
            passive_agent(view, verb, sentence.clone()).is_some() || document_in(view, start..verb).is_some();
        let person = match passive_auxiliary_before(view, verb, sentence) {
            Some(auxiliary) => noun_phrase_at(view, start, auxiliary)
                .filter(|phrase| phrase.end == auxiliary)
                .or_else(|| phrases_after(view, auxiliary + 1, verb).into_iter().next()),
            None => phrases_after(view, start, verb).into_iter().next(),
        }?;
        return Some(Quoted { person, by_medium });
    }
    let unquoted_start = (start..verb)
        .rev()
        .find(|&at| view.is_quote_mark(at))
        .map_or(start, |mark| mark + 1);
    let opened_by_subject =
        noun_phrase_at(view, unquoted_start, verb).is_some_and(|phrase| phrase.end == verb);
    // The clause after the verb, names in quote marks within it (`zitiert die „Zeit“ Lee`).
    let end = (verb + 1..sentence.end)
        .find(|&at| {
            let token = &view.tokens[at];
            [',', ';', ':', '.', '!', '?'].iter().any(|&mark| token.is(mark))
        })
        .unwrap_or(sentence.end);
    let mut after = phrases_after(view, verb + 1, end);
    let by_medium = opened_by_subject || after.len() == 2;
    let person = if opened_by_subject {
        after.into_iter().next()
    } else {
        after.pop()
    }?;
    Some(Quoted { person, by_medium })
}

/// The first two noun phrases (or names in quote marks) from `from` to `end`, past a few
/// words and the objects of prepositions (`aus der Zeitung`).
fn phrases_after(view: &Article, from: usize, end: usize) -> Vec<Range<usize>> {
    let mut phrases = Vec::new();
    let mut at = from;
    let mut skipped = 0;
    while at < end && phrases.len() < 2 && skipped <= MAX_SKIPPED {
        if let Some(name) = quoted_name_at(view, at, end) {
            at = name.end;
            phrases.push(name);
        } else if view.word(at).is_some_and(|word| is_listed(PREPOSITIONS, word)) {
            at = noun_phrase_at(view, at + 1, end).map_or(at + 1, |phrase| phrase.end);
            skipped += 1;
        } else if let Some(phrase) = noun_phrase_at(view, at, end) {
            at = phrase.end;
            phrases.push(phrase);
        } else if view.tokens[at].is_word() || view.is_quote_mark(at) {
            // `dazu`, `gestern`, and the article before a name in marks (`die „Zeit“`).
            at += 1;
            skipped += 1;
        } else {
            break;
        }
    }
    phrases
}

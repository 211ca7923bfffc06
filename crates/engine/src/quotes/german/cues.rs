//! The words that introduce German speech: a verb of saying (`sagte`, `erklärte`, `gesagt`),
//! a separable one split across its clause (`teilte … mit`, `kündigte … an`) or joined at its
//! end (`wie er mitteilte`), and `heißt es`.

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::{is_listed, phrases_starting_with};
use super::direct::clause_end;
use crate::lexicon::de::{SEPARABLE_SPEECH_VERBS, SPEECH_VERBS, SUBORDINATING_CONJUNCTIONS};

/// How far (in tokens) the particle of a separable verb may follow its verb.
const MAX_PARTICLE_DISTANCE: usize = 15;

/// A verb of saying in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct VerbCue {
    /// The verb, and the particle of a separable verb, as a token range (`teilte … mit`).
    pub tokens: Range<usize>,
    /// The verb's token.
    pub verb: usize,
    /// The last token of the cue: the particle, or the verb.
    pub last: usize,
}

impl VerbCue {
    /// Where the tokens after the verb that may name its subject end: at the particle of a
    /// separable verb (`teilte das Unternehmen mit`), else at the end of its clause, taking
    /// in a name in quote marks (`schreibt die „Zeit“`).
    pub(super) fn subject_end(&self, view: &Article, sentence_end: usize) -> usize {
        if self.last > self.verb {
            return self.last;
        }
        let end = clause_end(view, self.verb + 1, sentence_end);
        // A name of up to four capitalised words in marks (`die „Neue Zürcher Zeitung“`).
        let close = (end + 2..sentence_end.min(end + 6)).find(|&at| view.is_quote_mark(at));
        let opens_name = view.is_quote_mark(end)
            && close.is_some_and(|close| {
                (end + 1..close).all(|at| {
                    view.tokens[at].is_capitalized(view.text)
                        || view.tokens[at].is_lowercase(view.text) && at > end + 1
                }) && view.tokens[end + 1].is_capitalized(view.text)
            });
        match close {
            Some(close) if opens_name => close + 1,
            _ => end,
        }
    }
}

/// The verbs of saying in the tokens `range`, in order.
pub(super) fn verb_cues(view: &Article, range: Range<usize>) -> Vec<VerbCue> {
    range
        .clone()
        .filter_map(|index| verb_cue_at(view, index, range.clone()))
        .collect()
}

/// The verb of saying at token `index` of the tokens `range`, read as [`verb_cues`] reads it
/// there, when there is one.
pub(super) fn verb_cue_at(view: &Article, index: usize, range: Range<usize>) -> Option<VerbCue> {
    if !range.contains(&index) {
        return None;
    }
    let word = view.word(index)?;
    let heisst_es = is_heisst_es(view, index, word);
    // Lower case: `Angaben` is a noun, `angaben` a verb.
    let joined = view.tokens[index].is_lowercase(view.text) && is_joined_separable(word);
    // `das Schreiben`, `die Fragen`: a capitalised word inside a sentence is a noun (in a
    // text whose capitals were given back, the words of this list never got one).
    let noun = !view.capitals_restored && index > range.start && view.tokens[index].is_capitalized(view.text);
    // `von einer „Krise“ zu sprechen`: an infinitive after `zu` says nothing itself.
    let infinitive = index > range.start && view.word(index - 1) == Some("zu") && word.ends_with('n');
    if heisst_es || joined || !noun && !infinitive && is_listed(SPEECH_VERBS, word) {
        let last = index + usize::from(heisst_es);
        return Some(VerbCue {
            tokens: index..last + 1,
            verb: index,
            last,
        });
    }
    let particle = particle_of(view, index, word, range.end)?;
    Some(VerbCue {
        tokens: index..particle + 1,
        verb: index,
        last: particle,
    })
}

/// A separable verb of saying with its particle joined to it, as a clause that ends in its
/// verb writes it (`wie die Polizei mitteilte`, `dass er ankündigte`).
fn is_joined_separable(word: &str) -> bool {
    SEPARABLE_SPEECH_VERBS.iter().any(|phrase| match phrase {
        [verb, particle] => {
            word.len() == verb.len() + particle.len() && word.starts_with(particle) && word.ends_with(verb)
        }
        _ => false,
    })
}

/// `heißt es`, `hieß es`: a statement with no speaker of its own.
fn is_heisst_es(view: &Article, index: usize, word: &str) -> bool {
    matches!(word, "heißt" | "hieß") && view.word(index + 1) == Some("es")
}

/// The particle ending the clause of the separable verb at `index` (`teilte … mit.`).
fn particle_of(view: &Article, index: usize, word: &str, end: usize) -> Option<usize> {
    let particles: Vec<&str> = phrases_starting_with(SEPARABLE_SPEECH_VERBS, word)
        .filter_map(|phrase| phrase.last().copied())
        .collect();
    if particles.is_empty() {
        return None;
    }
    let limit = end.min(index + 1 + MAX_PARTICLE_DISTANCE);
    let mut inserted_clause_end = None;
    for at in index + 1..limit {
        let token = &view.tokens[at];
        if inserted_clause_end.is_some_and(|close| at <= close) {
            continue;
        }
        // `warf Lee, nachdem es bekannt wurde, vor`: a clause set in by commas and opened by a
        // conjunction stands inside the verb's.
        if token.is(',')
            && view
                .word(at + 1)
                .is_some_and(|word| is_listed(SUBORDINATING_CONJUNCTIONS, word))
        {
            inserted_clause_end = (at + 2..end).find(|&close| view.tokens[close].is(','));
            if inserted_clause_end.is_some() {
                continue;
            }
        }
        if !token.is_word() {
            if token.is(',')
                || token.is('.')
                || token.is(':')
                || token.is(';')
                || token.is('?')
                || token.is('!')
            {
                return None;
            }
            continue;
        }
        let Some(candidate) = view.word(at) else {
            continue;
        };
        let ends_clause = view.tokens.get(at + 1).is_none_or(|next| !next.is_word());
        if ends_clause && particles.contains(&candidate) {
            return Some(at);
        }
    }
    None
}

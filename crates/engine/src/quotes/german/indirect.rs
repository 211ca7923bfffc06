//! Indirect speech in German: the clause after a verb of saying and a comma (`Er sagte, die
//! Lage sei ernst`, `Sie erklärte, dass …`), the clause before one (`Die Lage sei ernst, sagte
//! er`, `…, so der Sprecher`), and a sentence whose source a preposition names (`Laut der
//! Polizei …`, `Der Polizei zufolge …`).

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use super::super::{Found, QuoteKind};
use super::byte_span;
use super::cues::{verb_cue_at, verb_cues, VerbCue};
use super::direct::{clause_end, clause_of_verb};
use super::sources::source_in;
use super::speakers::{phrase_after, subject_of};
use crate::lexicon::de::SUBJUNCTIVE_VERBS;
use crate::text::stopwords::is_stopword;
use crate::text::Language;

/// The fewest words a reported statement has.
const MIN_WORDS: usize = 4;

/// How many tokens may stand between a verb of saying and the comma opening its statement
/// (`sagte der Sprecher des Ministeriums am Montag,`).
const MAX_TO_COMMA: usize = 10;

/// Words that open a reported statement or question without a subjunctive (`dass`, `ob`).
const STATEMENT_OPENERS: [&str; 9] = [
    "dass", "ob", "wie", "warum", "weshalb", "wer", "was", "wann", "wo",
];

/// The indirect speech of `sentences`, leaving out verbs inside the `quoted` byte spans.
pub(super) fn indirect_quotes(
    view: &Article,
    sentences: &[Range<usize>],
    quoted: &[Range<usize>],
) -> Vec<Found> {
    sentences
        .iter()
        .filter_map(|sentence| {
            let cues: Vec<VerbCue> = verb_cues(view, sentence.clone())
                .into_iter()
                .filter(|cue| {
                    !quoted
                        .iter()
                        .any(|span| span.contains(&view.tokens[cue.verb].start()))
                })
                .collect();
            let sentence = without_final_stop(view, sentence.clone());
            cues.iter()
                .find_map(|cue| statement_after(view, cue, sentence.clone()))
                .or_else(|| {
                    cues.iter()
                        .find_map(|cue| statement_before(view, cue, sentence.clone()))
                })
                .or_else(|| statement_before_so(view, sentence.clone()))
                .or_else(|| sourced_sentence(view, sentence.clone()))
        })
        .collect()
}

/// `Er sagte, die Lage sei ernst`: the statement after the verb's comma.
fn statement_after(view: &Article, cue: &VerbCue, sentence: Range<usize>) -> Option<Found> {
    let clause = clause_of_verb(view, cue.verb, sentence.clone());
    // `Wie die Polizei mitteilte, wurde …`: what follows the clause is the statement.
    let as_reported = view.word(clause.start) == Some("wie");
    // `meldete der Sender, Radio X, dass …`: an appositive may stand before the statement.
    let mut comma = clause_end(view, cue.last + 1, sentence.end);
    for _ in 0..2 {
        if comma >= sentence.end || !view.tokens[comma].is(',') || comma - cue.last > MAX_TO_COMMA {
            return None;
        }
        let content = comma + 1..joined_verb_of_saying(view, comma + 1, sentence.end);
        // `Wie Lee sagte, „…“`: a quoted passage is the direct finder's.
        let quoted = view.is_quote_mark(content.start);
        if as_reported && content.len() >= MIN_WORDS && !quoted || is_statement(view, content.clone()) {
            let speaker = subject_of(view, cue.verb, cue.verb + 1, clause, sentence);
            return Some(indirect(view, content, speaker, cue.tokens.clone()));
        }
        comma = clause_end(view, comma + 1, sentence.end);
    }
    None
}

/// Where a statement from `start` ends: before `und` and a verb of saying the reporter goes
/// on with (`sagte, die Lage sei ernst, und fügte hinzu: …`), a comma before them left out,
/// or at `end`.
fn joined_verb_of_saying(view: &Article, start: usize, end: usize) -> usize {
    let joined = (start + 1..end.saturating_sub(1))
        .find(|&at| view.word(at) == Some("und") && verb_cue_at(view, at + 1, at + 1..end).is_some());
    match joined {
        Some(at) if view.tokens[at - 1].is(',') => at - 1,
        Some(at) => at,
        None => end,
    }
}

/// `Die Lage sei ernst, sagte er`: the statement before a comma and the verb after it.
fn statement_before(view: &Article, cue: &VerbCue, sentence: Range<usize>) -> Option<Found> {
    if cue.verb < sentence.start + 2 || !view.tokens[cue.verb - 1].is(',') {
        return None;
    }
    let content = sentence.start..cue.verb - 1;
    if !is_statement(view, content.clone()) {
        return None;
    }
    let speaker = phrase_after(view, cue.verb + 1, cue.subject_end(view, sentence.end));
    Some(indirect(view, content, speaker, cue.tokens.clone()))
}

/// `Die Lage sei ernst, so der Sprecher`: the statement before `, so` and its source; with
/// the source set in by commas (`Die Lage sei, so der Sprecher, ernst`), the statement is the
/// words around it.
fn statement_before_so(view: &Article, sentence: Range<usize>) -> Option<Found> {
    let so = (sentence.start + 2..sentence.end)
        .find(|&at| view.word(at) == Some("so") && view.tokens[at - 1].is(','))?;
    let speaker = phrase_after(view, so + 1, sentence.end)?;
    let before = sentence.start..so - 1;
    // Past a name in marks (`so Lee in der „Zeit“, …`).
    let source_end = (so + 1..sentence.end).find(|&at| view.tokens[at].is(','));
    let Some(source_end) = source_end.filter(|&comma| comma + 1 < sentence.end) else {
        return is_statement(view, before.clone()).then(|| indirect(view, before, Some(speaker), so..so + 1));
    };
    if !is_statement(view, sentence.clone()) {
        return None;
    }
    let parts = vec![
        byte_span(view, before),
        byte_span(view, source_end + 1..sentence.end),
    ];
    Some(Found {
        kind: QuoteKind::Indirect,
        span: parts[0].start..parts[1].end,
        parts,
        speaker: Some(speaker),
        cue: Some(so..so + 1),
    })
}

/// `Laut der Polizei …`, `… der Polizei zufolge …`: the sentence, from its named source.
fn sourced_sentence(view: &Article, sentence: Range<usize>) -> Option<Found> {
    let source = source_in(view, sentence.clone())?;
    let opens_with_mark = view.is_quote_mark(sentence.start);
    // `Laut der Polizei, …`, `Der Polizei zufolge …`: a source opening the sentence is no
    // part of what it said.
    let phrase = source.speaker.clone().unwrap_or(source.cue.clone());
    let mut content = sentence.clone();
    if phrase.start.min(source.cue.start) == sentence.start {
        let end = phrase.end.max(source.cue.end);
        content.start = end + usize::from(view.tokens.get(end).is_some_and(|token| token.is(',')));
    }
    (content.len() >= MIN_WORDS && !opens_with_mark)
        .then(|| indirect(view, content, source.speaker, source.cue))
}

/// True when the tokens `content` read as a reported statement: enough words, not a quoted
/// passage of its own, opened by `dass`, `ob` or a question word, or holding a subjunctive.
fn is_statement(view: &Article, content: Range<usize>) -> bool {
    let words = content.clone().filter(|&at| view.tokens[at].is_word()).count();
    if words < MIN_WORDS {
        return false;
    }
    if view.is_quote_mark(content.start) {
        return false;
    }
    view.word(content.start)
        .is_some_and(|word| STATEMENT_OPENERS.contains(&word))
        || content.clone().any(|at| {
            view.word(at)
                .is_some_and(|word| is_listed(SUBJUNCTIVE_VERBS, word))
        })
        || ends_with_infinitive(view, content.clone())
        || content.clone().any(|at| is_subjunctive_form(view, at))
}

/// A verb in the Konjunktiv I of the third person (`besitze`, `erspare`): a lower-case word
/// ending in `e` after a capitalised subject and before a lower-case word, which an adjective
/// (`die neue Regel`) never is.
pub(super) fn is_subjunctive_form(view: &Article, at: usize) -> bool {
    let Some(word) = view.word(at) else {
        return false;
    };
    at > 0
        && word.ends_with('e')
        && word.chars().count() >= 5
        && view.tokens[at].is_lowercase(view.text)
        && !is_stopword(Language::German, word)
        && view.tokens[at - 1].is_capitalized(view.text)
        && view
            .tokens
            .get(at + 1)
            .is_some_and(|next| next.is_lowercase(view.text))
}

/// `warf ihm vor, die Vorschriften verletzt zu haben`, `forderte sie auf, wachsam zu bleiben`:
/// a statement of what someone should do or did, ending in `zu` and an infinitive.
fn ends_with_infinitive(view: &Article, content: Range<usize>) -> bool {
    let last_words: Vec<&str> = content.rev().filter_map(|at| view.word(at)).take(2).collect();
    matches!(last_words.as_slice(), [verb, "zu"] if verb.ends_with("en") || verb.ends_with("ern") || verb.ends_with("eln"))
}

/// The sentence without the stop that ends it.
fn without_final_stop(view: &Article, sentence: Range<usize>) -> Range<usize> {
    let mut end = sentence.end;
    while end > sentence.start + 1 && !view.tokens[end - 1].is_word() && !view.is_quote_mark(end - 1) {
        end -= 1;
    }
    sentence.start..end
}

/// An indirect quote of the tokens `content`.
fn indirect(
    view: &Article,
    content: Range<usize>,
    speaker: Option<Range<usize>>,
    cue: Range<usize>,
) -> Found {
    let span = byte_span(view, content);
    Found {
        kind: QuoteKind::Indirect,
        parts: vec![span.clone()],
        span,
        speaker,
        cue: Some(cue),
    }
}

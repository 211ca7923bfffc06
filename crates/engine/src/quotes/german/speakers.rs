//! Speakers as German noun phrases: a pronoun (`er`, `sie`), or an article, adjectives and
//! capitalised words with their genitive and brackets (`der Sprecher des Ministeriums`,
//! `Bundesfinanzminister Peer Steinbrück (SPD)`, `die Polizei`).

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use super::cues::{verb_cue_at, verb_cues};
use super::direct::is_verb_like;
use crate::lexicon::de::{
    ABSTRACT_NOUN_ENDINGS, ADVERBS, AUXILIARIES, DETERMINERS, NOT_SPEAKERS, OBJECT_DETERMINERS, PREPOSITIONS,
    RELATIVE_PRONOUNS, SPEAKER_NOUNS, STATEMENT_NOUNS, SUBJECT_PRONOUNS, SUBJUNCTIVE_VERBS,
};
use crate::text::stopwords::is_stopword;
use crate::text::Language;

/// The most tokens a speaker's noun phrase may have.
const MAX_PHRASE: usize = 14;

/// How many tokens (adverbs, times) may stand between a verb and the subject after it.
const MAX_SKIPPED: usize = 4;

/// The subject of the verb at `verb` in its `clause` (token range) of `sentence`, as the one
/// who speaks, the first of: the source a document or a passive names ([`named_source`]);
/// `er`, `ich`, `wir` right after the verb or its auxiliary (`lehnt er ab`); for a verb after
/// `und`, the subject of the verb it is joined to ([`joined_to`]); in a relative clause, its
/// subject ([`relative_clause_subject`]); the noun phrase before the finite verb
/// ([`forefield_subject`]); `sie` right after the verb; the
/// holder of a view (`Für den Minister ist …`); after a clause and a comma, the phrase after
/// the verb ([`subject_after_comma`]); else, of the noun phrases opening the clause, before an
/// apposition or opening the sentence, after the verb, and before it, the first that names a
/// person or a body ([`names_speaker`]), or else the first of them, or else the phrase a
/// relative clause before the verb's clause describes ([`described_before`]). A phrase that
/// cannot be a subject ([`can_be_subject`]) is none of these, and `es` is one only of a verb
/// of saying (`Es weist den Vorwurf zurück`, not `Es soll sich um … handeln`).
pub(super) fn subject_of(
    view: &Article,
    verb: usize,
    after_verb: usize,
    clause: Range<usize>,
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    let subject = subject_as_written(view, verb, after_verb, clause, sentence.clone())?;
    let expletive =
        view.word(subject.start) == Some("es") && verb_cue_at(view, verb, verb..sentence.end).is_none();
    if expletive {
        return None;
    }
    Some(demonstrative_antecedent(view, &subject, sentence).unwrap_or(subject))
}

/// `Im Gespräch mit dem Anwalt, Paul Lee, sagte dieser`: for a `subject` that is a
/// demonstrative, the last noun phrase before it in `sentence` that names a speaker.
fn demonstrative_antecedent(
    view: &Article,
    subject: &Range<usize>,
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    let demonstrative = subject.len() == 1
        && view
            .word(subject.start)
            .is_some_and(|word| matches!(word, "dieser" | "diese" | "letzterer" | "letztere"));
    if !demonstrative {
        return None;
    }
    let mut antecedent = None;
    let mut at = sentence.start;
    while at < subject.start {
        match noun_phrase_at(view, at, subject.start) {
            Some(phrase) => {
                if names_speaker(view, &phrase) {
                    antecedent = Some(phrase.clone());
                }
                at = phrase.end.max(at + 1);
            }
            None => at += 1,
        }
    }
    antecedent
}

/// The subject of [`subject_of`] as the sentence writes it, a demonstrative left as it is.
fn subject_as_written(
    view: &Article,
    verb: usize,
    after_verb: usize,
    clause: Range<usize>,
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    if let Some(source) = named_source(view, verb, clause.clone(), sentence.clone()) {
        return Some(source);
    }
    if is_agentless_passive(view, verb, sentence.clone()) {
        // `wurde im „Standard“ als „…“ bezeichnet`: the paper; `Darin wird der Minister
        // aufgefordert, „…“`: nobody, its subject is spoken about.
        let start = passive_clause_start(view, verb, sentence);
        return document_in(view, start..verb);
    }
    let anchor = auxiliary_before(view, clause.start..verb).unwrap_or(verb);
    let after = if anchor == verb { after_verb } else { anchor + 1 };
    let pronoun_after = view
        .word(after)
        .filter(|word| is_listed(SUBJECT_PRONOUNS, word) && *word != "es")
        .map(|word| (word, after..after + 1));
    if let Some((_, pronoun)) = pronoun_after.clone().filter(|(word, _)| *word != "sie") {
        return Some(pronoun);
    }
    if let Some((verb, verb_clause)) = joined_to(view, clause.clone(), anchor, sentence.clone()) {
        return subject_of(view, verb, verb + 1, verb_clause, sentence);
    }
    if let Some(subject) = relative_clause_subject(view, clause.start, anchor, sentence.clone()) {
        return Some(subject);
    }
    let opening = (clause.start < anchor)
        .then(|| noun_phrase_at(view, clause.start, anchor))
        .flatten()
        .filter(|phrase| can_be_subject(view, phrase));
    let following = phrase_after(view, after, clause.end.max(after));
    if let Some(subject) = forefield_subject(view, opening.clone(), anchor, following.clone()) {
        return Some(subject);
    }
    if let Some((_, pronoun)) = pronoun_after {
        return Some(pronoun);
    }
    if let Some(holder) = view_holder(view, clause.start, anchor).filter(|holder| holder.end == anchor) {
        return Some(holder);
    }
    let (after_comma, sentence_opening) =
        subject_after_comma(view, anchor, following.clone(), sentence.clone());
    if after_comma.is_some() {
        return after_comma;
    }
    let inside = first_subject_in(view, clause.start..anchor);
    // `Lee nannte es „gut“ und stellte fest, …`: the subject of the sentence's first verb.
    let first = noun_phrase_at(view, sentence.start, anchor.max(sentence.start));
    // `Engagement Deutschlands Bereits im Mai hatte Lee …`, `Jede Schuld an der Affäre weist
    // Lee von sich`: a phrase that a preposition or an adverb keeps from the verb is no
    // subject of it.
    let opening = opening.filter(|phrase| {
        !view
            .word(phrase.end)
            .is_some_and(|word| is_listed(PREPOSITIONS, word) || is_listed(ADVERBS, word))
            && !view
                .tokens
                .get(phrase.end)
                .is_some_and(|token| token.is_capitalized(view.text))
    });
    let candidates = [opening, sentence_opening, following, inside, first];
    let subjects = || {
        candidates
            .iter()
            .flatten()
            .filter(|phrase| can_be_subject(view, phrase))
    };
    subjects()
        .find(|phrase| names_speaker(view, phrase))
        .or_else(|| subjects().next())
        .cloned()
        .or_else(|| described_before(view, clause.start, sentence))
}

/// The source that speaks for a statement without being the verb's subject: the document of
/// `heißt es in …` ([`document_said_in`], looked for back to the sentence's start but not
/// into quoted words: `Im letzten Satz der Anordnung, die …, heißt es`), or the agent of a
/// passive (`wurde von Lee gesagt`, [`passive_agent`]).
fn named_source(
    view: &Article,
    verb: usize,
    clause: Range<usize>,
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    let unquoted_start = (sentence.start..clause.start)
        .rev()
        .find(|&at| view.is_quote_mark(at))
        .map_or(sentence.start, |mark| mark + 1);
    document_said_in(view, verb, unquoted_start..clause.end).or_else(|| passive_agent(view, verb, sentence))
}

/// For a verb after `und` or `oder` (its finite verb at `anchor`, in `clause`), the verb whose
/// subject it shares and that verb's clause: the first verb of its clause (`Lee befand … und
/// nannte es „…“`); the verb reporting a report that verb is in (`Er sagte, Europa brauche die
/// Briten und fügte hinzu`); after a comma, the sentence's first verb (`Lee erklärte, es sei
/// …, und verglich`).
fn joined_to(
    view: &Article,
    clause: Range<usize>,
    anchor: usize,
    sentence: Range<usize>,
) -> Option<(usize, Range<usize>)> {
    let coordinated = anchor > clause.start
        && view
            .word(anchor - 1)
            .is_some_and(|word| matches!(word, "und" | "oder"));
    if !coordinated {
        return None;
    }
    if anchor - 1 == clause.start && clause.start > sentence.start {
        let before = sentence.start..clause.start;
        return first_verb_outside_marks(view, before.clone()).map(|verb| (verb, before));
    }
    let first_verb = first_verb_outside_marks(view, clause.start..anchor - 1)?;
    let reported = view
        .word(first_verb)
        .is_some_and(|word| is_listed(SUBJUNCTIVE_VERBS, word));
    let reporting = reported
        .then(|| verb_cues(view, sentence.start..clause.start).pop())
        .flatten();
    match reporting {
        Some(cue) => Some((cue.verb, sentence.start..clause.start)),
        None => Some((first_verb, clause.start..anchor - 1)),
    }
}

/// The first word in the tokens `range` that can be a verb, words in quote marks passed over
/// (`Unter dem Motto „Freiheit statt Angst“ zogen sie`).
fn first_verb_outside_marks(view: &Article, range: Range<usize>) -> Option<usize> {
    let mut quoted = false;
    range.into_iter().find(|&at| {
        if view.is_quote_mark(at) {
            quoted = !quoted;
        }
        !quoted && is_verb_like(view, at)
    })
}

/// The subject of a relative clause opened at `pronoun` by one that can be its subject, its
/// verb at `anchor`: another subject right after it (`die der Verband als „…“ bezeichnete`),
/// or else the pronoun with the noun phrase before its comma that it stands for (`ein
/// Kommentar, der` in `ein Kommentar, der die Entscheidung als „…“ bezeichnet`).
fn relative_clause_subject(
    view: &Article,
    pronoun: usize,
    anchor: usize,
    sentence: Range<usize>,
) -> Option<Range<usize>> {
    let subject_pronoun = view
        .word(pronoun)
        .is_some_and(|word| matches!(word, "der" | "die" | "das" | "welcher" | "welche" | "welches"));
    if pronoun <= sentence.start || !view.tokens[pronoun - 1].is(',') || !subject_pronoun {
        return None;
    }
    // After `die`, `das`, which may be objects, a phrase in the nominative's form (`der
    // Verband`, `ein Sprecher`, `Lee`) is the subject.
    let may_be_object = !matches!(view.word(pronoun), Some("der" | "welcher"));
    let another_subject = noun_phrase_at(view, pronoun + 1, anchor).filter(|phrase| {
        names_speaker(view, phrase)
            || view.word(phrase.start).is_some_and(|word| {
                is_listed(SUBJECT_PRONOUNS, word)
                    || may_be_object && (matches!(word, "der" | "ein") || !is_listed(DETERMINERS, word))
            })
    });
    if another_subject.is_some() {
        return another_subject;
    }
    phrase_before(view, pronoun - 1, sentence.start).map(|phrase| phrase.start..pronoun + 1)
}

/// `Wie Lee, der den Prozess verfolgte, dazu feststellt`: for a clause opening at `start`
/// right after a relative clause set in by commas, the noun phrase that clause describes.
fn described_before(view: &Article, start: usize, sentence: Range<usize>) -> Option<Range<usize>> {
    if start <= sentence.start || !view.tokens[start - 1].is(',') {
        return None;
    }
    let opening = (sentence.start..start - 1)
        .rev()
        .find(|&at| view.tokens[at].is(','))?;
    view.word(opening + 1)
        .is_some_and(|word| is_listed(RELATIVE_PRONOUNS, word))
        .then(|| phrase_before(view, opening, sentence.start))
        .flatten()
}

/// The longest noun phrase that ends right before token `end`, starting at or after `floor`.
fn phrase_before(view: &Article, end: usize, floor: usize) -> Option<Range<usize>> {
    (end.saturating_sub(MAX_PHRASE).max(floor)..end)
        .filter_map(|start| noun_phrase_at(view, start, end))
        .find(|phrase| phrase.end == end)
}

/// `Für den Minister ist die Lage „ernst“`: whose view a clause opening at `start` with `für`
/// gives, the phrase after it naming a speaker, before `end`.
pub(super) fn view_holder(view: &Article, start: usize, end: usize) -> Option<Range<usize>> {
    if view.word(start) != Some("für") {
        return None;
    }
    noun_phrase_at(view, start + 1, end).filter(|holder| names_speaker(view, holder))
}

/// `Das Fazit von Lee`, `Zitat des Ministers`: for a speaker's `phrase` headed by a noun for
/// what someone said, the owner after `von` or in the genitive, who speaks, and the
/// noun with its article, the cue.
pub(super) fn statement_owner(view: &Article, phrase: &Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
    let noun = phrase.start
        + usize::from(
            view.word(phrase.start)
                .is_some_and(|word| is_listed(DETERMINERS, word)),
        );
    if noun + 2 >= phrase.end
        || !view
            .word(noun)
            .is_some_and(|word| is_listed(STATEMENT_NOUNS, word))
    {
        return None;
    }
    let owner = match view.word(noun + 1)? {
        "von" | "vom" => noun_phrase_at(view, noun + 2, phrase.end),
        "des" | "der" => noun_phrase_at(view, noun + 1, phrase.end),
        _ => None,
    }?;
    Some((owner, phrase.start..noun + 1))
}

/// Verb second: the noun phrase `opening` the clause and filling the place before the finite
/// verb at `anchor` is its subject (`Der Minister sagte`, `Lee hat gesagt`), unless it names
/// no speaker and is no pronoun while the phrase `following` the verb names one (`Die
/// Anwendung stellte der Vorsitzende in Frage`, `Ähnlich äußerte sich der Präsident`).
fn forefield_subject(
    view: &Article,
    opening: Option<Range<usize>>,
    anchor: usize,
    following: Option<Range<usize>>,
) -> Option<Range<usize>> {
    let forefield = opening.filter(|phrase| phrase.end == anchor)?;
    let pronoun = view
        .word(forefield.start)
        .is_some_and(|word| is_listed(SUBJECT_PRONOUNS, word));
    match following.filter(|phrase| names_speaker(view, phrase)) {
        Some(phrase) if !pronoun && !names_speaker(view, &forefield) => Some(phrase),
        _ => Some(forefield),
    }
}

/// For a finite verb at `anchor` right after a comma of `sentence`: the phrase `following`
/// it when a clause of its own stands before the comma (`Sie wisse es, hatte Lee gesagt`),
/// else none; and, as a candidate, the noun phrase before an apposition (`Lee, der Minister,
/// sagte`, `Wie der Richter, Paul Lee, ausführte`; an apposition is a noun phrase or words
/// without a verb: `ein Vertreter des Vereins „…“ (V)`) or the one opening the sentence.
fn subject_after_comma(
    view: &Article,
    anchor: usize,
    following: Option<Range<usize>>,
    sentence: Range<usize>,
) -> (Option<Range<usize>>, Option<Range<usize>>) {
    if anchor <= sentence.start || !view.tokens[anchor - 1].is(',') {
        return (None, None);
    }
    let comma = anchor - 1;
    let clause_start_before = |mark: usize| {
        (sentence.start..mark)
            .rev()
            .find(|&at| view.tokens[at].is(','))
            .map_or(sentence.start, |at| at + 1)
    };
    let apposition = Some(clause_start_before(comma)).filter(|&start| {
        noun_phrase_at(view, start, comma).is_some_and(|phrase| phrase.end + 1 >= comma)
            || start < comma && !(start..comma).any(|at| is_verb_like(view, at))
    });
    match apposition {
        None if following.is_some() => (following, None),
        Some(start) if start > sentence.start + 1 => (
            None,
            first_subject_in(view, clause_start_before(start - 1)..start - 1),
        ),
        _ => (None, noun_phrase_at(view, sentence.start, anchor)),
    }
}

/// `Im Bericht heißt es`, `heißt es in der Erklärung`, `Aus Paris hieß es`, `Im Entwurf
/// steht der Satz`: the document or the place a statement comes from speaks for it, the
/// noun phrase after `in`, `im`, `auf` or `aus` (adjectives after it passed over: `im
/// letzten Satz`) in the tokens `range` holding the verb at `verb`; or the one it comes
/// from (`hieß es vom Ministerium`).
fn document_said_in(view: &Article, verb: usize, range: Range<usize>) -> Option<Range<usize>> {
    if !view
        .word(verb)
        .is_some_and(|word| matches!(word, "heißt" | "hieß" | "geheißen" | "steht" | "stand"))
    {
        return None;
    }
    document_in(view, range.clone()).or_else(|| {
        range
            .clone()
            .filter(|&at| view.word(at).is_some_and(|word| matches!(word, "von" | "vom")))
            .find_map(|at| noun_phrase_at(view, at + 1, range.end))
    })
}

/// The noun phrase after `in`, `im`, `auf` or `aus` in the tokens `range` (adjectives after
/// it passed over: `im letzten Satz`), or a name in quote marks after it (`im „Standard“`).
pub(super) fn document_in(view: &Article, range: Range<usize>) -> Option<Range<usize>> {
    range
        .clone()
        .filter(|&at| {
            view.word(at)
                .is_some_and(|word| matches!(word, "in" | "im" | "auf" | "aus"))
        })
        .find_map(|at| {
            quoted_name_at(view, at + 1, range.end).or_else(|| {
                (at + 1..(at + 3).min(range.end)).find_map(|start| noun_phrase_at(view, start, range.end))
            })
        })
}

/// A name in quote marks opening at token `open`, marks included, before `end`.
pub(super) fn quoted_name_at(view: &Article, open: usize, end: usize) -> Option<Range<usize>> {
    if open >= end || !view.is_quote_mark(open) {
        return None;
    }
    let name = noun_phrase_at(view, open + 1, end)?;
    (name.end < end && view.is_quote_mark(name.end)).then_some(open..name.end + 1)
}

/// `wurde von der Polizei mitgeteilt`, `wurde von Lee als „…“ bezeichnet`: the agent after
/// `von` of the participle at `verb`, whose finite auxiliary (a form of `werden`) stands
/// before it in its clause of `sentence` (quoted words within it included).
pub(super) fn passive_agent(view: &Article, verb: usize, sentence: Range<usize>) -> Option<Range<usize>> {
    let auxiliary = passive_auxiliary_before(view, verb, sentence)?;
    // The last `von` (`die Gefahr von Bränden wird vom Wetterdienst … eingestuft`).
    (auxiliary + 1..verb)
        .rev()
        .filter(|&at| view.word(at).is_some_and(|word| matches!(word, "von" | "vom")))
        .find_map(|at| noun_phrase_at(view, at + 1, verb))
}

/// The form of `werden` before the participle at `verb` in its clause of `sentence` (bounded
/// by commas, colons and semicolons, quoted words within it included).
pub(super) fn passive_auxiliary_before(view: &Article, verb: usize, sentence: Range<usize>) -> Option<usize> {
    let start = passive_clause_start(view, verb, sentence);
    (start..verb)
        .rev()
        .find(|&at| view.word(at).is_some_and(is_passive_auxiliary))
}

/// Where the clause of the verb at `verb` starts: after the last comma, colon or semicolon of
/// `sentence` before it that is not between quote marks (`wurde als „Partei, Verein“
/// bezeichnet`).
pub(super) fn passive_clause_start(view: &Article, verb: usize, sentence: Range<usize>) -> usize {
    let mut marks = 0;
    for at in (sentence.start..verb).rev() {
        let token = &view.tokens[at];
        if view.is_quote_mark(at) {
            marks += 1;
        } else if marks % 2 == 0 && (token.is(',') || token.is(';') || token.is(':')) {
            return at + 1;
        }
    }
    sentence.start
}

/// True when the verb at `verb` is a passive participle without its agent (`wurde als „…“
/// bezeichnet`), other than `zitiert`, whose subject is the one who speaks.
pub(super) fn is_agentless_passive(view: &Article, verb: usize, sentence: Range<usize>) -> bool {
    is_passive(view, verb, sentence.clone())
        && !view.word(verb).is_some_and(is_quoting)
        && passive_agent(view, verb, sentence).is_none()
}

/// True when the verb at `verb` is a participle in the passive: a form of `werden` before it
/// in its clause (`wurde von Lee als „…“ bezeichnet`) or right after it (`die als „…“
/// beschrieben wurden`).
pub(super) fn is_passive(view: &Article, verb: usize, sentence: Range<usize>) -> bool {
    view.word(verb + 1)
        .is_some_and(|word| is_passive_auxiliary(word) || word == "worden")
        || passive_auxiliary_before(view, verb, sentence).is_some()
}

/// A form of `werden` that makes a passive.
fn is_passive_auxiliary(word: &str) -> bool {
    matches!(word, "wird" | "wurde" | "wurden" | "werden")
}

/// `zitiert`: a verb whose passive subject is the one who speaks (`Lee wird mit den Worten
/// zitiert`).
fn is_quoting(word: &str) -> bool {
    word.starts_with("zitiert")
}

/// The first noun phrase in the tokens `range` that can be a subject, reading past those that
/// cannot whole (`des Ministeriums` is passed over, not `Ministeriums` taken).
fn first_subject_in(view: &Article, range: Range<usize>) -> Option<Range<usize>> {
    let mut at = range.start;
    while at < range.end {
        match noun_phrase_at(view, at, range.end) {
            Some(phrase) if can_be_subject(view, &phrase) => return Some(phrase),
            Some(phrase) => at = phrase.end,
            None => at += 1,
        }
    }
    None
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
                && !view.word(second).is_some_and(is_abstract_noun)
                && !is_noun_and_genitive(view, first, second)
        });
    // `der Sprecher des Ministeriums`, not `das Auftreten der Polizei`: the noun before a
    // genitive or `von` says who the phrase is.
    let head_end = (phrase.start + 1..phrase.end)
        .find(|&at| {
            view.word(at)
                .is_some_and(|word| matches!(word, "des" | "der" | "von" | "vom"))
        })
        .unwrap_or(phrase.end);
    named
        || (phrase.start..head_end).any(|at| {
            view.tokens[at].is_capitalized(view.text)
                && view
                    .word(at)
                    .is_some_and(|word| SPEAKER_NOUNS.iter().any(|ending| word.ends_with(ending)))
        })
}

/// `die Absage Hartmanns`, `das Engagement Deutschlands`: a noun after an article, then a name
/// in the genitive, which is no name of two words.
fn is_noun_and_genitive(view: &Article, first: usize, second: usize) -> bool {
    first > 0
        && view
            .word(first - 1)
            .is_some_and(|word| is_listed(DETERMINERS, word))
        && view.word(second).is_some_and(|word| word.ends_with('s'))
}

/// A noun for a thing, not a person, by its ending (`Entscheidung`, `Sicherheit`,
/// `Situation`, `Ergebnis`): no part of a name.
fn is_abstract_noun(word: &str) -> bool {
    ABSTRACT_NOUN_ENDINGS.iter().any(|ending| word.ends_with(ending))
}

/// The finite auxiliary of a participle (`hatte … gesagt`, `wurde … mitgeteilt`) in `range`.
fn auxiliary_before(view: &Article, range: Range<usize>) -> Option<usize> {
    range
        .rev()
        .find(|&at| view.word(at).is_some_and(|word| is_listed(AUXILIARIES, word)))
}

/// The noun phrase starting within a few words after `from`, before `end`, not past a
/// punctuation mark, that can be a subject: the objects of prepositions and the phrases of an
/// object's case are passed over (`sagte gegenüber der Zeitung Lee`, `sagte dem Spiegel`).
pub(super) fn phrase_after(view: &Article, from: usize, end: usize) -> Option<Range<usize>> {
    let mut at = from;
    let mut skipped = 0;
    while at < end && skipped <= MAX_SKIPPED {
        if !view.tokens[at].is_word() {
            // `schrieb „Die Zeit“`: a name in quote marks.
            let name = view
                .is_quote_mark(at)
                .then(|| noun_phrase_at(view, at + 1, end))
                .flatten();
            return name.map(|name| at..(name.end + 1).min(end));
        }
        skipped += 1;
        // `hieß es`, `gibt es`: an `es` after its verb is no one.
        if view.word(at) == Some("es") {
            at += 1;
            continue;
        }
        if view.word(at).is_some_and(|word| is_listed(PREPOSITIONS, word)) {
            at = noun_phrase_at(view, at + 1, end).map_or(at + 1, |phrase| phrase.end);
            continue;
        }
        if let Some(phrase) = noun_phrase_at(view, at, end) {
            if can_be_subject(view, &phrase) {
                return Some(phrase);
            }
            at = phrase.end;
            continue;
        }
        at += 1;
    }
    None
}

/// True when a noun phrase can be a subject: not opened by an article of an object's case
/// (`dem Minister`, `den Vorschlag`) nor by `der` before an adjective of one (`der
/// englischen Zeitung`), and not the object of a preposition before it (`über Lee`).
pub(super) fn can_be_subject(view: &Article, phrase: &Range<usize>) -> bool {
    let Some(first) = view.word(phrase.start) else {
        return false;
    };
    let objects_case = is_listed(OBJECT_DETERMINERS, first)
        || first == "der"
            && phrase.len() > 2
            && view.tokens[phrase.start + 1].is_lowercase(view.text)
            && view
                .word(phrase.start + 1)
                .is_some_and(|word| word.ends_with("en"));
    // `Von der Leyen sagte`: a capitalised `Von` before a name is part of it.
    // `Die das Unglück überlebende Frau`: a phrase right after an article is inside another.
    let embedded = phrase.start > 0
        && view
            .word(phrase.start - 1)
            .is_some_and(|word| is_listed(DETERMINERS, word));
    let after_preposition = phrase.start > 0
        && view
            .word(phrase.start - 1)
            .is_some_and(|word| is_listed(PREPOSITIONS, word))
        && !view.tokens[phrase.start - 1].text(view.text).starts_with("Von");
    !objects_case && !after_preposition && !embedded
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
            && view.word(at - 1).is_some_and(|before| {
                matches!(before, "des" | "der" | "von" | "vom") || is_adjective(view, at - 1, before)
            })
        {
            // `der Sprecher des zuständigen Ministeriums`, `Vertreter der kritischen
            // thailändischen Presse`.
        } else {
            break;
        }
        at += 1;
    }
    // `sagte dieser`: a demonstrative standing for a noun phrase.
    let stands_alone = last.is_none() && matches!(word, "dieser" | "diese" | "letzterer" | "letztere");
    last.map(|last| start..last + 1)
        .or_else(|| stands_alone.then_some(start..start + 1))
}

/// A capitalised word that can name or describe someone: not a stop word (`Am`, `Auch`), an
/// adverb or a word of time (`Lediglich`, `Januar`), a preposition or a participle used as
/// an adverb (`Abschließend`); or an age as a noun (`der 58-Jährige`); a compound whose
/// last part is capitalised counts as one (`eBay-Sprecher`).
fn is_name_word(view: &Article, index: usize) -> bool {
    let token = &view.tokens[index];
    let text = token.text(view.text);
    let age = token.is_word()
        && text.starts_with(|c: char| c.is_ascii_digit())
        && text
            .split_once('-')
            .is_some_and(|(_, noun)| noun.starts_with(char::is_uppercase));
    let adverbial_participle = text.chars().count() >= 9 && text.ends_with("end");
    // `documenta-Homepage`, `eBay-Sprecher`: a compound ends in its noun.
    let compound = token.is_word()
        && text
            .rsplit_once('-')
            .is_some_and(|(_, noun)| noun.starts_with(char::is_uppercase));
    age || (token.is_capitalized(view.text) || compound)
        && !adverbial_participle
        && view.word(index).is_some_and(|word| {
            !is_stopword(Language::German, word)
                && !is_listed(NOT_SPEAKERS, word)
                && !is_listed(PREPOSITIONS, word)
        })
}

/// A lower-case word with an adjective's ending (`zuständige`, `neuen`, `früherer`), or an
/// age as one (`84-jährige`).
fn is_adjective(view: &Article, index: usize, word: &str) -> bool {
    let age = word.starts_with(|c: char| c.is_ascii_digit())
        && word
            .split_once('-')
            .is_some_and(|(_, rest)| rest.starts_with(char::is_lowercase));
    (view.tokens[index].is_lowercase(view.text) || age)
        && ["e", "en", "er", "es", "em"]
            .iter()
            .any(|ending| word.ends_with(ending))
        && word.chars().count() > 3
}

//! Quoted passages in German text: a whole statement in marks (`„…“, sagte er.`, `Er sagte:
//! „…“`) and a quoted fragment inside a sentence (`nannte diese Zahlen „aus der Luft
//! gegriffen“`), each a direct quote; names and titles in marks (`der Film „…“`) are none.

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use super::super::{Found, QuoteKind};
use super::cues::{verb_cue_at, verb_cues, VerbCue};
use super::indirect::is_subjunctive_form;
use super::quoting::quoted_person;
use super::reports::reported_by;
use super::sentence_of;
use super::sources::{is_possessive, source_in};
use super::speakers::{
    document_in, is_agentless_passive, names_speaker, noun_phrase_at, passive_clause_start, phrase_after,
    statement_owner, subject_of, view_holder,
};
use crate::lexicon::de::{
    ADVERBS, AUXILIARIES, BEFORE_TITLES, DETERMINERS, MODAL_VERBS, PREPOSITIONS, RELATIVE_PRONOUNS,
    SPEECH_VERBS, SUBJECT_PRONOUNS, SUBJUNCTIVE_VERBS, SUBORDINATING_CONJUNCTIONS, TITLE_NOUNS,
};
use crate::text::german_capitals::{has_adjective_ending, may_be_noun, MAX_ADJECTIVES};
use crate::text::stopwords::is_stopword;
use crate::text::tokens::token_at_or_after;
use crate::text::Language;
use crate::text::QuotedPassage;

/// A quoted passage of at least this many words is speech unless a title noun names it.
const SPEECH_WORDS: usize = 5;

/// A quoted sentence (ending in `.`, `!`, `?`) of at least this many words is speech.
const MIN_STATEMENT_WORDS: usize = 3;

/// A quote's speaker and cue, as token ranges, when found.
type SpeakerAndCue = (Option<Range<usize>>, Option<Range<usize>>);

/// A direct quote, and whether it may continue the attribution of a quote before it.
pub(super) struct DirectQuote {
    pub found: Found,
    /// False when its sentence is a statement of the writer's own that names no speaker.
    pub continues: bool,
    /// For a quote without a speaker in a report in the subjunctive, the reporter named
    /// sentences before, when no quote before it is there to continue.
    pub reporter: Option<Range<usize>>,
}

/// The quoted passages of `sentences` that are speech, as direct quotes.
pub(super) fn direct_quotes(
    view: &Article,
    sentences: &[Range<usize>],
    passages: &[QuotedPassage],
) -> Vec<DirectQuote> {
    let outers: Vec<Range<usize>> = passages.iter().map(QuotedPassage::outer).collect();
    let mut found = Vec::new();
    for passage in passages {
        let open = token_at_or_after(view.tokens, passage.open.start);
        let after = token_at_or_after(view.tokens, passage.outer().end);
        let Some(sentence) = sentence_of(sentences, open).map(|index| sentences[index].clone()) else {
            continue;
        };
        let outside = |cue: &VerbCue| {
            let at = view.tokens[cue.verb].start();
            !outers.iter().any(|outer| outer.contains(&at))
        };
        let cues: Vec<VerbCue> = verb_cues(view, sentence.clone())
            .into_iter()
            .filter(outside)
            .collect();
        let source = source_in(view, sentence.clone());
        let closing_sentence = sentence_of(sentences, after)
            .map(|index| sentences[index].clone())
            .unwrap_or_else(|| sentence.clone());
        let followed_by = attribution_after(view, after, closing_sentence, open == sentence.start);
        let has_cue = !cues.is_empty() || source.is_some() || followed_by.is_some();
        if !is_speech(view, passage, open, has_cue) {
            continue;
        }
        // A verb that names nobody yields to a source the sentence names (`laut der Polizei
        // … wurde zu „…“ aufgerufen`).
        let names_someone = |(speaker, _): &SpeakerAndCue| speaker.is_some() || source.is_none();
        // `Laut der Polizei ist die Demo, zu der Gruppen aufgerufen hatten, „…“`: a verb in a
        // relative clause yields to the source too.
        let main_cues: Vec<VerbCue> = if source.is_some() {
            cues.iter()
                .filter(|cue| !in_relative_clause(view, cue.verb, sentence.clone()))
                .cloned()
                .collect()
        } else {
            cues.clone()
        };
        let attribution = bracketed_after_speaker(view, open, sentence.start)
            .or_else(|| owned_statement(view, open, sentence.clone()))
            .or(followed_by.filter(names_someone))
            .or_else(|| {
                attribution(view, &main_cues, open..after, sentence.clone(), &outers).filter(names_someone)
            })
            .or_else(|| source.map(|source| (source.speaker, Some(source.cue))))
            .or_else(|| introduced_by_colon(view, sentences, open, &sentence, &outers))
            .or_else(|| label(view, open, sentence.clone()))
            .or_else(|| said_in_next(view, sentences, &sentence))
            .or_else(|| spoken_of(view, open..after, sentence.clone()))
            .or_else(|| clause_verb(view, open..after, sentence.clone()))
            .or_else(|| after_speaker(view, sentences, open, &sentence, &outers));
        let continues = continues_attribution(view, attribution.as_ref(), sentence.clone());
        let (speaker, cue) = with_statement_owner(view, attribution.unwrap_or_default());
        let speaker_none = speaker.is_none();
        let (speaker, cue) = with_quoted_person(view, sentences, (speaker, cue));
        found.push(DirectQuote {
            found: Found {
                kind: QuoteKind::Direct,
                span: passage.inner.clone(),
                parts: vec![passage.inner.clone()],
                speaker,
                cue,
            },
            continues,
            reporter: if continues && speaker_none {
                reported_by(view, sentences, open..after, &sentence, &outers)
            } else {
                None
            },
        });
    }
    found
}

/// Whether a quote with `attribution` may continue the attribution of a quote before it: not
/// when the rule that matched found neither speaker nor cue (a clause of the writer's own) nor
/// when its cue is a passive without its agent (`wird als „…“ bezeichnet`), which names nobody.
fn continues_attribution(
    view: &Article,
    attribution: Option<&SpeakerAndCue>,
    sentence: Range<usize>,
) -> bool {
    match attribution {
        Some((None, None)) => false,
        Some((None, Some(cue))) => !is_agentless_passive(view, cue.start, sentence),
        _ => true,
    }
}

/// `Das Fazit von Lee überrascht nicht: „…“`: with no verb of saying for a cue (nor
/// `lautete`, which gives the words), a speaker's phrase headed by a noun for what was said
/// gives its owner as the speaker and the noun as the cue; any other attribution as it is.
fn with_statement_owner(view: &Article, (speaker, cue): SpeakerAndCue) -> SpeakerAndCue {
    let said = cue.as_ref().is_some_and(|cue| {
        view.word(cue.start).is_some_and(|word| {
            is_listed(SPEECH_VERBS, word)
                || matches!(word, "geheißen" | "lautet" | "lautete" | "lauten" | "lauteten")
        })
    });
    let owner = speaker
        .as_ref()
        .filter(|_| !said)
        .and_then(|speaker| statement_owner(view, speaker));
    match owner {
        Some((owner, noun)) => (Some(owner), Some(noun)),
        None => (speaker, cue),
    }
}

/// `Die Zeitung zitiert Lee mit den Worten „…“`: the person a verb of quoting quotes speaks,
/// with no cue of their own when a medium quotes them; any other attribution as it is.
fn with_quoted_person(
    view: &Article,
    sentences: &[Range<usize>],
    (speaker, cue): SpeakerAndCue,
) -> SpeakerAndCue {
    let quoted = cue.as_ref().filter(|cue| cue.len() == 1).and_then(|cue| {
        let sentence = sentences.get(sentence_of(sentences, cue.start)?)?;
        quoted_person(view, cue.start, sentence.clone())
    });
    match quoted {
        Some(quoted) => (Some(quoted.person), cue.filter(|_| !quoted.by_medium)),
        None => (speaker, cue),
    }
}

/// True when the passage opening at token `open` is speech: long, opening in lower case (in
/// a text with capitals of its own), or in a sentence with a cue, and not a name or title
/// (`der Roman „…“`, `die „Welt“`).
fn is_speech(view: &Article, passage: &QuotedPassage, open: usize, sentence_has_cue: bool) -> bool {
    let inner = view.text.get(passage.inner.clone()).unwrap_or_default();
    let before = open.checked_sub(1).and_then(|at| view.word(at));
    let named = before.is_some_and(|word| is_listed(TITLE_NOUNS, word) || word.starts_with("sogenannt"));
    if named || inner.is_empty() {
        return false;
    }
    let words = inner.split_whitespace().count();
    let lower = !view.capitals_restored
        && inner
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
    if !lower && !ends_statement(inner) && open > 0 && names_what_follows(view, open - 1) {
        return false;
    }
    // `Lee: „Wir kommen.“`, `„…“, sagte er. „Die Mannschaft hat gekämpft.“`: a sentence of
    // its own after a colon or on its own is speech.
    let after_colon = open > 0 && view.tokens[open - 1].is(':');
    let statement = ends_statement(inner) && words >= MIN_STATEMENT_WORDS;
    words >= SPEECH_WORDS || lower || sentence_has_cue || after_colon && statement
}

/// True when a quoted passage ends as a sentence does (`.`, `!`, `?`, `…`).
fn ends_statement(inner: &str) -> bool {
    inner.trim_end().ends_with(['.', '!', '?', '…'])
}

/// True when the token before a capitalised quoted passage makes it a name: a definite
/// article or a preposition (`die „Welt“`, `laut „Reuters“`, `im „Spiegel“`), an adjective
/// after an article (`die liberale „El Mundo“`), or a noun it names (`Enzyklika „…“`). In a
/// text without capitals of its own, a noun is told by the article before it, past its
/// adjectives (`des typs „…“`, `den zweiten bemannten raumflug „…“`).
fn names_what_follows(view: &Article, before: usize) -> bool {
    let token = &view.tokens[before];
    let Some(word) = view.word(before) else {
        return false;
    };
    if is_listed(BEFORE_TITLES, word) {
        return true;
    }
    if token.is_capitalized(view.text) {
        return !is_listed(SPEECH_VERBS, word) && before > 0 && !view.tokens[before - 1].is(':');
    }
    (view.capitals_restored && may_be_noun(word) && follows_article(view, before))
        || (token.is_lowercase(view.text)
            && has_adjective_ending(word)
            && view
                .word(before.wrapping_sub(1))
                .is_some_and(|article| matches!(article, "der" | "die" | "das" | "den" | "dem" | "des")))
}

/// True when an article or another determiner comes before the word at `index`, directly or
/// past at most
/// [`MAX_ADJECTIVES`] words with an adjective's ending.
fn follows_article(view: &Article, index: usize) -> bool {
    let mut at = index;
    for _ in 0..=MAX_ADJECTIVES {
        let Some(before) = at.checked_sub(1).and_then(|before| view.word(before)) else {
            return false;
        };
        if is_listed(DETERMINERS, before) {
            return true;
        }
        if !may_be_noun(before) || !has_adjective_ending(before) {
            return false;
        }
        at -= 1;
    }
    false
}

/// The speaker and cue of a quote (`passage`, its tokens, marks included) from the verbs of
/// its sentence: the last before the quote, else the first after it, not past a comma and
/// the next words in marks (`outers`, byte ranges), which are that verb's (`„…“, kurz
/// „PACs“ genannt`; `Von „…“ oder „…“ sprechen Kritiker` shares it); a verb in a relative
/// clause (`Lee kritisierte Kim, der dazu aufgerufen hatte, als „…“`) only when no other
/// verb is there.
fn attribution(
    view: &Article,
    cues: &[VerbCue],
    passage: Range<usize>,
    sentence: Range<usize>,
    outers: &[Range<usize>],
) -> Option<SpeakerAndCue> {
    let open = passage.start;
    let end = passage
        .end
        .checked_sub(1)
        .map_or(0, |last| view.tokens[last].end());
    let next_quote = outers
        .iter()
        .filter(|outer| outer.start >= end)
        .map(|outer| outer.start)
        .min()
        .unwrap_or(usize::MAX);
    let comma_between = |tokens: Range<usize>| tokens.into_iter().any(|at| view.tokens[at].is(','));
    let in_main_clause: Vec<&VerbCue> = cues
        .iter()
        .filter(|cue| !in_relative_clause(view, cue.verb, sentence.clone()))
        .collect();
    let candidates = if in_main_clause.is_empty() {
        cues.iter().collect()
    } else {
        in_main_clause
    };
    let cue = candidates.iter().rev().find(|cue| cue.verb < open).or_else(|| {
        candidates.iter().find(|cue| {
            cue.verb > open
                && !(view.tokens[cue.verb].start() > next_quote && comma_between(passage.end..cue.verb))
        })
    })?;
    Some((
        subject_of_verb(view, cue.verb, sentence),
        Some(cue.tokens.clone()),
    ))
}

/// True when the verb at `verb` stands in a relative clause of `sentence`: one opened by a
/// comma and a relative pronoun, after a preposition or not (`, der dazu aufgerufen hatte`,
/// `, zu der Gruppen aufgerufen hatten`).
fn in_relative_clause(view: &Article, verb: usize, sentence: Range<usize>) -> bool {
    let clause = clause_around(view, verb, sentence);
    clause.start > 0 && view.tokens[clause.start - 1].is(',') && opens_relative_clause(view, clause.start)
}

/// True when a relative pronoun, after a preposition or not, stands at token `start` (`der`,
/// `mit dem`); not after a conjunction written like a preposition (`bis der Bär kommt`).
fn opens_relative_clause(view: &Article, start: usize) -> bool {
    let preposition = view
        .word(start)
        .is_some_and(|word| is_listed(PREPOSITIONS, word) && !is_listed(SUBORDINATING_CONJUNCTIONS, word));
    view.word(start + usize::from(preposition))
        .is_some_and(|word| is_listed(RELATIVE_PRONOUNS, word))
}

/// The verb or `so` right after a quote's closing mark (`„…“, sagte der Minister`, `„…“, so
/// Lee`), in the tokens `sentence`, with the speaker after it; when the quote
/// `opens_sentence`, any verb with a speaker after it (`„…“, freute sich der Trainer`).
fn attribution_after(
    view: &Article,
    after: usize,
    sentence: Range<usize>,
    opens_sentence: bool,
) -> Option<SpeakerAndCue> {
    let next = if view.tokens.get(after).is_some_and(|token| token.is(',')) {
        after + 1
    } else {
        after
    };
    if next >= sentence.end || next < sentence.start {
        return None;
    }
    if let Some(cue) = verb_cue_at(view, next, next..sentence.end) {
        let end = cue.subject_end(view, sentence.end);
        // `„…“, sagte der Minister`; with no subject after it, the verb closes a clause the
        // quote stands in (`wurde von Lee als „…“ bezeichnet`).
        let speaker = phrase_after(view, cue.verb + 1, end)
            .or_else(|| subject_of_verb(view, cue.verb, sentence.clone()));
        return Some((speaker, Some(cue.tokens.clone())));
    }
    if view.word(next) == Some("so") {
        let end = clause_end(view, next + 1, sentence.end);
        if let Some(speaker) = phrase_after(view, next + 1, end) {
            // `„…“, so beschrieb ihn Lee`: the verb after `so` is the cue.
            let verb = next + 1;
            let cue = if verb < speaker.start && is_verb_like(view, verb) {
                verb
            } else {
                next
            };
            return Some((Some(speaker), Some(cue..cue + 1)));
        }
    }
    // `„…“, freute sich der Trainer`, `„…“, zeigte sich Lee zufrieden`: any verb right after
    // a quote opening the sentence and its comma, its subject a speaker after it, attributes
    // the quote (after a clause holding a quote, the verb is the main clause's).
    if opens_sentence && next > after && is_verb_like(view, next) {
        let from = next + 1 + usize::from(view.word(next + 1) == Some("sich"));
        let end = clause_end(view, from, sentence.end);
        let speaker = phrase_after(view, from, end).filter(|phrase| {
            names_speaker(view, phrase)
                || view
                    .word(phrase.start)
                    .is_some_and(|word| is_listed(SUBJECT_PRONOUNS, word))
        });
        if let Some(speaker) = speaker {
            return Some((Some(speaker), Some(next..next + 1)));
        }
    }
    None
}

/// A quote opening its sentence after one that ends in a colon and holds a verb of saying
/// (`Er sagte: ¶ „…“`) is that verb's.
fn introduced_by_colon(
    view: &Article,
    sentences: &[Range<usize>],
    open: usize,
    sentence: &Range<usize>,
    outers: &[Range<usize>],
) -> Option<SpeakerAndCue> {
    if open != sentence.start || open == 0 || !view.tokens[open - 1].is(':') {
        return None;
    }
    let previous = sentences.get(sentence_of(sentences, open - 1)?)?.clone();
    let cue = verb_cues(view, previous.clone()).into_iter().rev().find(|cue| {
        !outers
            .iter()
            .any(|outer| outer.contains(&view.tokens[cue.verb].start()))
    })?;
    Some((
        subject_of_verb(view, cue.verb, previous),
        Some(cue.tokens.clone()),
    ))
}

/// `der IAEA-Chef Mohammed ElBaradei („…“)`: a quote in brackets right after a noun phrase
/// naming a speaker is that speaker's.
fn bracketed_after_speaker(view: &Article, open: usize, sentence_start: usize) -> Option<SpeakerAndCue> {
    if open < sentence_start + 2 || !view.tokens[open - 1].is('(') {
        return None;
    }
    let bracket = open - 1;
    let earliest = bracket.saturating_sub(8).max(sentence_start);
    (earliest..bracket)
        .filter_map(|start| noun_phrase_at(view, start, bracket))
        .find(|phrase| phrase.end == bracket && names_speaker(view, phrase))
        .map(|speaker| (Some(speaker), None))
}

/// A quote opening its sentence, in the paragraph of a sentence without quotes that says who
/// speaks (`Lee verurteilte die Politik. „…“`, `Sie fügte hinzu. „…“`): that sentence's verb of
/// saying and its subject, or else its subject when it names a speaker and a verb follows it.
fn after_speaker(
    view: &Article,
    sentences: &[Range<usize>],
    open: usize,
    sentence: &Range<usize>,
    outers: &[Range<usize>],
) -> Option<SpeakerAndCue> {
    if open != sentence.start || open == 0 {
        return None;
    }
    let previous = sentences.get(sentence_of(sentences, open - 1)?)?.clone();
    let bytes = view.tokens[previous.start].start()..view.tokens[open].start();
    if overlaps_quote(outers, &bytes) || view.text.get(bytes).is_none_or(|between| between.contains('\n')) {
        return None;
    }
    if let Some(cue) = verb_cues(view, previous.clone()).into_iter().next() {
        return Some((
            subject_of_verb(view, cue.verb, previous),
            Some(cue.tokens.clone()),
        ));
    }
    let subject = noun_phrase_at(view, previous.start, previous.end)?;
    let pronoun = view
        .word(subject.start)
        .is_some_and(|word| is_listed(SUBJECT_PRONOUNS, word));
    // `Lee verurteilte …`, `Lee, der Minister, verurteilte …`: the subject, not an object
    // opening the sentence.
    let verb_follows = subject.end < previous.end
        && (is_verb_like(view, subject.end)
            || view.tokens[subject.end].is(',')
            || view.word(subject.end).is_some_and(is_finite_be_or_have));
    ((pronoun || names_speaker(view, &subject)) && verb_follows).then_some((Some(subject), None))
}

/// `Auf den Vorwurf der CDU, es handele sich um einen „…“, …`: words quoted in the reported
/// statement after a noun for what was said and its owner (in the genitive or after `von`)
/// and a comma, past no other comma but those of relative clauses, are the owner's, the noun
/// the cue.
fn owned_statement(view: &Article, open: usize, sentence: Range<usize>) -> Option<SpeakerAndCue> {
    let reported = sentence.clone().any(|at| {
        view.word(at)
            .is_some_and(|word| is_listed(SUBJUNCTIVE_VERBS, word))
    });
    if !reported {
        return None;
    }
    (sentence.start..open).rev().find_map(|at| {
        let (owner, noun) = statement_owner(view, &(at..open))?;
        let comma = owner.end;
        let inside = comma < open
            && view.tokens[comma].is(',')
            && (comma + 1..open)
                .filter(|&at| view.tokens[at].is(','))
                .all(|at| opens_relative_clause(view, at + 1));
        inside.then_some((Some(owner), Some(noun)))
    })
}

/// `In dem Schreiben war von einem „…“ die Rede`: words spoken of (`von … die Rede sein`),
/// the cue `die Rede`, are the document's the clause names, or nobody's; `passage` is the
/// quote's tokens, marks included.
fn spoken_of(view: &Article, passage: Range<usize>, sentence: Range<usize>) -> Option<SpeakerAndCue> {
    let of = (sentence.start..passage.start)
        .rev()
        .find(|&at| matches!(view.word(at), Some("von" | "vom")))?;
    let rede = passage.end + 1;
    let spoken = view.word(passage.end) == Some("die")
        && view.word(rede) == Some("rede")
        && (sentence.start..of).any(|at| {
            view.word(at)
                .is_some_and(|word| matches!(word, "ist" | "war" | "sei" | "wäre"))
        });
    spoken.then(|| (document_in(view, sentence.start..of), Some(passage.end..rede + 1)))
}

/// `… eine „Versicherung“ haben. Dies gab der Verband bekannt.`: the sentence after the
/// quote's, in its paragraph, opened by `Das` or `Dies` and a verb of saying, says who spoke.
fn said_in_next(
    view: &Article,
    sentences: &[Range<usize>],
    sentence: &Range<usize>,
) -> Option<SpeakerAndCue> {
    let next = sentences
        .get(sentence_of(sentences, sentence.start)? + 1)?
        .clone();
    let between = view.tokens[sentence.end - 1].end()..view.tokens[next.start].start();
    let pointing = view
        .word(next.start)
        .is_some_and(|word| matches!(word, "das" | "dies"));
    if !pointing || view.text.get(between).is_none_or(|gap| gap.contains('\n')) {
        return None;
    }
    let cue = verb_cue_at(view, next.start + 1, next.clone())?;
    let speaker = phrase_after(view, cue.verb + 1, cue.subject_end(view, next.end))?;
    Some((Some(speaker), Some(cue.tokens)))
}

/// `Bundesinnenminister Schäuble: „…“`, `Ein Beamter der Polizei: „…“`: a speaker named
/// before a colon, with no verb, labels the quote after it.
fn label(view: &Article, open: usize, sentence: Range<usize>) -> Option<SpeakerAndCue> {
    if open <= sentence.start || !view.tokens[open - 1].is(':') {
        return None;
    }
    let named = noun_phrase_at(view, sentence.start, open - 1)?;
    // Lower-case words are stop words or adjectives before a noun (`der stellvertretende
    // Sprecher`), never a verb.
    let verbless = (sentence.start..open - 1).all(|at| {
        !view.tokens[at].is_lowercase(view.text)
            || view
                .word(at)
                .is_some_and(|word| is_stopword(Language::German, word))
            || view.tokens[at + 1].is_capitalized(view.text)
    });
    verbless.then_some((Some(named), None))
}

/// Any verb that introduces a quote after a colon (`würdigte er: „…“`, `So hatte Lee
/// zugesichert: „…“`): the finite verb of the sentence's first clause, after its subject or
/// opening it, or else the first verb before the colon, or else a modal verb of the first
/// clause (`Zunächst wollte er „…“ vorlegen`), or else its finite auxiliary (`Für den
/// Minister ist die Lage „ernst“`), with its subject; `passage` is the quote's
/// tokens, marks included.
fn clause_verb(view: &Article, passage: Range<usize>, sentence: Range<usize>) -> Option<SpeakerAndCue> {
    let open = passage.start;
    if open <= sentence.start {
        return None;
    }
    let colon_before = (sentence.start..open).rev().find(|&at| view.tokens[at].is(':'));
    // A subjunctive outside the quote (`hätte` in `„Man hätte …“` is the speaker's own).
    let reported = (sentence.start..open).chain(passage.end..sentence.end).any(|at| {
        view.word(at)
            .is_some_and(|word| is_listed(SUBJUNCTIVE_VERBS, word))
    });
    // `würdigte er: „…“`, `Lee bezweifelte das: Er habe „…“`: the clause before a colon
    // introduces the quote right after it, or the report after it; after a colon, a quote in
    // a statement of its own belongs to that statement (`Steuern: Die SPD will „…“`).
    let (sentence, colon) = match colon_before {
        Some(colon) if colon + 1 == open || reported => (sentence, Some(colon)),
        Some(colon) => (colon + 1..sentence.end, None),
        None => (sentence, None),
    };
    if open <= sentence.start {
        return None;
    }
    let after_colon = colon.is_some();
    if reported && !after_colon {
        return reporter(view, open, sentence.clone())
            .map(|speaker| {
                // The finite verb after the subject (`Lee hatte gehofft`, `Lee ist der Meinung`).
                let verb = speaker.end;
                let finite = view.tokens[verb].is_lowercase(view.text)
                    && (is_verb_like(view, verb) || view.word(verb).is_some_and(is_finite_be_or_have));
                (Some(speaker), finite.then_some(verb..verb + 1))
            })
            .or_else(|| reporter_after_verb(view, open, sentence.clone()))
            .or_else(|| {
                // `Für den Theologen Lee sei der Rücktritt „…“`: a view, said with no verb.
                let holder = view_holder(view, sentence.start, open).filter(|holder| {
                    view.word(holder.end)
                        .is_some_and(|word| is_listed(SUBJUNCTIVE_VERBS, word))
                })?;
                Some((Some(holder), None))
            });
    }
    // `wurde vom Wetterdienst als „sehr hoch“ eingestuft`: the verb closing the clause right
    // after a quote it judges.
    let judged = matches!(view.word(open - 1), Some("als" | "für"));
    if judged && !after_colon && passage.end < sentence.end && is_verb_like(view, passage.end) {
        let verb = passage.end;
        return Some((subject_of_verb(view, verb, sentence), Some(verb..verb + 1)));
    }
    let colon = colon.unwrap_or(open);
    let first_clause = sentence.start..clause_end(view, sentence.start, colon);
    let verb = noun_phrase_at(view, first_clause.start, first_clause.end)
        .map(|subject| subject.end)
        .filter(|&at| at < first_clause.end && is_verb_like(view, at))
        .or_else(|| first_clause.clone().find(|&at| is_verb_like(view, at)))
        .or_else(|| (sentence.start..colon).find(|&at| is_verb_like(view, at)))
        .or_else(|| {
            first_clause
                .clone()
                .find(|&at| view.word(at).is_some_and(|word| is_listed(MODAL_VERBS, word)))
        })
        .or_else(|| {
            first_clause
                .clone()
                .find(|&at| view.word(at).is_some_and(is_finite_be_or_have))
        })?;
    // `Die Regierung zeigte sich bestürzt und verurteilte den „…“`: a verb joined by `und`
    // before the quote is the one that quotes.
    let verb = (verb + 2..open.min(colon))
        .rev()
        .find(|&at| view.word(at - 1) == Some("und") && is_verb_like(view, at))
        .unwrap_or(verb);
    let clause = clause_of_verb(view, verb, sentence.start..colon);
    let speaker = subject_of(view, verb, verb + 1, clause, sentence.clone());
    // `feierte die Absage als „…“`, `hält ihn für „…“`: the verb that judges is the cue.
    // `Der Minister konstatierte eine „Kluft“`: a verb whose subject names a speaker
    // introduces the words it quotes.
    let by_speaker = speaker
        .as_ref()
        .is_some_and(|speaker| names_speaker(view, speaker));
    // `Die Pflichten seien klar festgelegt: „…“`: in reported speech, a subject naming no
    // speaker leaves the quote to the report it continues.
    let pronoun = speaker.as_ref().is_some_and(|speaker| {
        view.word(speaker.start)
            .is_some_and(|word| is_listed(SUBJECT_PRONOUNS, word))
    });
    if reported && !by_speaker && !pronoun {
        return None;
    }
    // `Seine Zuversicht gründet sich auf …: „…“`: what belongs to someone named before is
    // theirs to say; the quote continues their attribution.
    let owned = !by_speaker
        && speaker
            .as_ref()
            .and_then(|speaker| view.word(speaker.start))
            .is_some_and(is_possessive);
    if owned {
        return None;
    }
    // `Ausnahmen sind möglich, wenn ein „…“ besteht`: a statement of the writer's own, its
    // subject naming no speaker, quotes words nobody is named for; one with a subjunctive
    // (`Ein Drittel richte sich gegen „…“`) continues a report.
    if !after_colon && !judged && !by_speaker && !pronoun {
        let continues_report = (sentence.start..open)
            .chain(passage.end..sentence.end)
            .any(|at| is_subjunctive_form(view, at));
        return (!continues_report).then_some((None, None));
    }
    Some((
        speaker,
        (after_colon || judged || by_speaker).then_some(verb..verb + 1),
    ))
}

/// The speaker of a fragment in reported speech: `Lee ist der Meinung, dass … „…“ sei`, the
/// subject opening the sentence (after `Auch`, `Doch`), naming a speaker, when the fragment
/// follows its first clause; `Sie seien „…“`, none, as the fragment continues the report
/// before it.
fn reporter(view: &Article, open: usize, sentence: Range<usize>) -> Option<Range<usize>> {
    let first_clause_end = clause_end(view, sentence.start, open);
    if first_clause_end >= open {
        return None;
    }
    let particle = view.word(sentence.start).is_some_and(|word| {
        (is_stopword(Language::German, word) || is_listed(ADVERBS, word))
            && !is_listed(DETERMINERS, word)
            && !is_listed(SUBJECT_PRONOUNS, word)
    });
    let start = sentence.start + usize::from(particle);
    noun_phrase_at(view, start, first_clause_end).filter(|subject| names_speaker(view, subject))
}

/// `Vor Gericht sieht Lee darin einen Angriff, es stehe „…“`: the subject right after the
/// finite verb of the first clause, a name or a speaker, speaks a fragment in the reported
/// speech after that clause; the verb is the cue.
fn reporter_after_verb(view: &Article, open: usize, sentence: Range<usize>) -> Option<SpeakerAndCue> {
    let first_clause = sentence.start..clause_end(view, sentence.start, open);
    if first_clause.end >= open {
        return None;
    }
    // Not an adjective (`angesichts der schwierigen Lage`): a verb with an adjective's ending
    // is in the past (`erklärte`, `betonten`).
    let verb = first_clause.clone().find(|&at| {
        is_verb_like(view, at)
            && view.word(at).is_some_and(|word| {
                !has_adjective_ending(word) || word.ends_with("te") || word.ends_with("ten")
            })
    })?;
    let speaker = phrase_after(view, verb + 1, first_clause.end).filter(|phrase| {
        phrase.start == verb + 1
            && (names_speaker(view, phrase)
                || phrase.len() == 1 && view.tokens[phrase.start].is_capitalized(view.text))
    })?;
    Some((Some(speaker), Some(verb..verb + 1)))
}

/// A finite auxiliary (`ist`, `hatte`, `wurde`), or `sind`, `waren`.
fn is_finite_be_or_have(word: &str) -> bool {
    is_listed(AUXILIARIES, word) || matches!(word, "sind" | "waren")
}

/// A lower-case word that can be a verb: no stop word, no adverb, no adjective between an
/// article and its noun (`der ehemalige Minister`) and none with an ending no verb has right
/// before its noun (`wissenschaftlicher Mitarbeiter`, `verstrahltes Wasser`).
pub(super) fn is_verb_like(view: &Article, index: usize) -> bool {
    let token = &view.tokens[index];
    let Some(word) = view.word(index) else {
        return false;
    };
    let before_noun = view
        .tokens
        .get(index + 1)
        .is_some_and(|next| next.is_capitalized(view.text));
    let after_article = index > 0
        && view
            .word(index - 1)
            .is_some_and(|word| is_listed(DETERMINERS, word) || is_stopword(Language::German, word));
    let adjective =
        before_noun && (after_article || ["er", "es", "em"].iter().any(|ending| word.ends_with(ending)));
    // `auf das Echo reagierend`: a present participle is no clause's verb.
    let participle = word.chars().count() >= 7 && word.ends_with("end");
    token.is_lowercase(view.text)
        && !is_stopword(Language::German, word)
        && !is_listed(ADVERBS, word)
        && !adjective
        && !participle
}

/// The subject of the verb at token `verb`, looked for in its clause of `sentence`
/// ([`clause_of_verb`]).
pub(super) fn subject_of_verb(view: &Article, verb: usize, sentence: Range<usize>) -> Option<Range<usize>> {
    let clause = clause_of_verb(view, verb, sentence.clone());
    subject_of(view, verb, verb + 1, clause, sentence)
}

/// The clause of the verb at token `verb` within `bounds`, which words in marks within it do
/// not end (`weil die Regierung es als „…“ bezeichnet hat`, `lenkte er die Fähre „Eagle“ zum
/// Mond und meldete`) unless an `und` or `oder` after them opens a clause with a subject of
/// its own (`Die Menge rief „…“ und der Redner sagte`).
pub(super) fn clause_of_verb(view: &Article, verb: usize, bounds: Range<usize>) -> Range<usize> {
    let clause = clause_around(view, verb, bounds.clone());
    let quoted_before = clause.start > bounds.start
        && view.is_quote_mark(clause.start - 1)
        && !(clause.start..verb)
            .any(|at| at + 1 != verb && view.word(at).is_some_and(|word| matches!(word, "und" | "oder")));
    if quoted_before {
        passive_clause_start(view, verb, bounds).min(clause.start)..clause.end
    } else {
        clause
    }
}

/// True when a passage in quote marks (`outers`, byte ranges) overlaps the bytes `bytes`.
pub(super) fn overlaps_quote(outers: &[Range<usize>], bytes: &Range<usize>) -> bool {
    outers
        .iter()
        .any(|outer| outer.start < bytes.end && bytes.start < outer.end)
}

/// The clause around token `index`: bounded by commas, colons, semicolons, dashes
/// and quote marks, and by `bounds`.
pub(super) fn clause_around(view: &Article, index: usize, bounds: Range<usize>) -> Range<usize> {
    let mut start = index;
    while start > bounds.start && !is_clause_mark(view, start - 1) {
        start -= 1;
    }
    start..clause_end(view, index, bounds.end)
}

/// The first clause mark at or after `from`, or `end`.
pub(super) fn clause_end(view: &Article, from: usize, end: usize) -> usize {
    (from..end).find(|&at| is_clause_mark(view, at)).unwrap_or(end)
}

/// A punctuation token that bounds a clause.
fn is_clause_mark(view: &Article, index: usize) -> bool {
    let token = &view.tokens[index];
    !token.is_word()
        && (token.is(',')
            || token.is(';')
            || token.is(':')
            || token.is('.')
            || token.is('!')
            || token.is('?')
            || token.is('–')
            || view.is_quote_mark(index))
}

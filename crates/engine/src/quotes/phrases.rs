//! The noun phrase that names a speaker next to a cue: the subject before a verb
//! (`a source familiar with the plans said`, `Hugh Hill, a doctor, said`), the inverted
//! subject after it (`said Mr. Smith`), the source after `according to`, and the subject of a
//! clause whose participle introduces a quote (`Rubio emphasized …, stating`).

use std::ops::Range;

use super::lists::{is_listed, is_listed_lowercased};
use crate::lexicon::{
    ADVERBIAL_OPENERS, BETWEEN_SUBJECT_AND_VERB, CLAUSE_OPENERS, COMMON_VERBS, NAME_ABBREVIATIONS,
    OFFICE_NOUNS, PERSON_NOUNS, PHRASE_BOUNDARIES, ROLE_WORDS, SUBJECT_OPENERS, TIME_PLACE_PREPOSITIONS,
};
use crate::text::tokens::Token;

/// Subject pronouns in the supported languages (also read by `speakers.rs`).
pub(crate) use crate::lexicon::SUBJECT_PRONOUNS;

/// The most words a speaker phrase may have.
const MAX_PHRASE_WORDS: usize = 12;

/// True when `.` at `index` is part of the preceding abbreviation or initial.
pub(crate) fn is_name_stop(text: &str, tokens: &[Token], index: usize) -> bool {
    let (Some(stop), Some(previous)) = (
        tokens.get(index),
        index.checked_sub(1).and_then(|i| tokens.get(i)),
    ) else {
        return false;
    };
    if !stop.is('.') || previous.end() != stop.start() || !previous.is_word() {
        return false;
    }
    let word = previous.text(text);
    let mut letters = word.chars();
    let initial = matches!((letters.next(), letters.next()), (Some(c), None) if c.is_uppercase());
    initial || word.contains('.') || is_listed(NAME_ABBREVIATIONS, word.to_lowercase().as_str())
}

/// True when the token at `index` may be part of a noun phrase.
fn fits_phrase(text: &str, tokens: &[Token], index: usize) -> bool {
    let Some(token) = tokens.get(index) else {
        return false;
    };
    if token.is_word() {
        let word = token.text(text);
        return !is_listed_lowercased(PHRASE_BOUNDARIES, word)
            || token.is_capitalized(text) && !is_listed_lowercased(CLAUSE_OPENERS, word);
    }
    is_name_stop(text, tokens, index)
        || matches!(token.text(text), "-" | "&" | "’" | "'")
            && index > 0
            && tokens[index - 1].end() == token.start()
}

/// The noun phrase ending just before the verb at `verb` (token index), skipping adverbs and
/// auxiliaries, never reaching before token `floor`. Returns a token range.
pub(crate) fn subject_before(
    text: &str,
    tokens: &[Token],
    verb: usize,
    floor: usize,
) -> Option<Range<usize>> {
    let mut end = verb;
    while end > floor {
        let token = &tokens[end - 1];
        let word = token.text(text);
        if token.is_word()
            && !token.is_capitalized(text)
            && is_listed_lowercased(BETWEEN_SUBJECT_AND_VERB, word)
            || token.is_word() && crate::text::is_weekday(word)
        {
            end -= 1;
        } else {
            break;
        }
    }
    // `I laughed and said`, `Smith paused and added`: the subject of the verb before `and`.
    if end >= floor + 3
        && tokens[end - 1].text(text) == "and"
        && tokens[end - 2].is_lowercase(text)
        && tokens[end - 2].text(text).ends_with("ed")
    {
        return subject_before(text, tokens, end - 2, floor);
    }
    // `I think …`, `we asked …`: a first- or second-person pronoun is the whole subject.
    if end > floor
        && tokens[end - 1].is_word()
        && matches!(tokens[end - 1].text(text), "I" | "we" | "We" | "you" | "You")
    {
        return Some(end - 1..end);
    }
    // `Rep. Jason Chaffetz (R-Utah) said`: skip a parenthesis after the subject.
    if end > floor && tokens[end - 1].is(')') {
        if let Some(open) = (floor..end - 1).rev().take(12).find(|&at| tokens[at].is('(')) {
            let start = phrase_start(text, tokens, open, floor)?;
            return Some(start..end);
        }
    }
    if end > floor && tokens[end - 1].is(',') {
        return appositive_subject(text, tokens, end - 1, floor);
    }
    let start = phrase_start(text, tokens, end, floor)?;
    // `Tore Sohlberg and Lehla Abreder said`: names joined by `and` speak together.
    let joined = start >= floor + 2
        && tokens[start].is_capitalized(text)
        && tokens[start - 1].text(text) == "and"
        && tokens[start - 2].is_capitalized(text);
    if joined {
        if let Some(first) = phrase_start(text, tokens, start - 1, floor) {
            return Some(first..end);
        }
    }
    Some(start..end)
}

/// The phrase a relative `who` at token `who` stands for: `Mr. Kamin, who said` → `Mr. Kamin`,
/// `an architect who said` → `an architect`.
pub(crate) fn antecedent(text: &str, tokens: &[Token], who: usize, floor: usize) -> Option<Range<usize>> {
    let end = if who > floor && tokens[who - 1].is(',') {
        who - 1
    } else {
        who
    };
    let start = phrase_start(text, tokens, end, floor)?;
    // `paying an architect who`: the phrase starts at its first article; `a staffer at the
    // State Department who`: the person is the head, before the first preposition.
    let start = (start..end)
        .find(|&at| matches!(tokens[at].text(text), "a" | "an" | "the"))
        .unwrap_or(start);
    let end = (start + 1..end)
        .find(|&at| {
            matches!(
                tokens[at].text(text),
                "at" | "for" | "from" | "in" | "of" | "on" | "to" | "with"
            )
        })
        .unwrap_or(end);
    // `Tatiana Stanovaya, an independent expert who`: the description is an appositive of the
    // name before its comma.
    let described = start > floor + 1
        && tokens[start - 1].is(',')
        && matches!(tokens[start].text(text), "a" | "an" | "the");
    if described {
        if let Some(name) = phrase_start(text, tokens, start - 1, floor) {
            if tokens[name].is_capitalized(text) && is_proper_name(text, tokens, name..start - 1) {
                return Some(name..start - 1);
            }
        }
    }
    Some(start..end)
}

/// True when the words `range` can be the subject of a reporting verb: they open with a name,
/// a pronoun, a number, a determiner or a plural noun of people, and do not end in a verb.
pub(crate) fn plausible_subject(text: &str, tokens: &[Token], range: Range<usize>) -> bool {
    let (Some(first), Some(last)) = (
        tokens.get(range.start),
        range.end.checked_sub(1).and_then(|at| tokens.get(at)),
    ) else {
        return false;
    };
    let first_lower = first.text(text).to_lowercase();
    let opens = first.is_capitalized(text)
        || first
            .text(text)
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        || is_listed(SUBJECT_PRONOUNS, first_lower.as_str())
        || is_listed(SUBJECT_OPENERS, first_lower.as_str())
        || first_lower.ends_with("’s")
        || first_lower.ends_with("'s");
    let last_lower = last.text(text).to_lowercase();
    (opens || !first_lower.ends_with("ed")) && !is_listed(COMMON_VERBS, last_lower.as_str())
}

/// True when the words `range` after an inverted verb read as the reported clause rather
/// than its speaker: a preposition first (`agreed with the finding`), a subject pronoun with
/// words after it (`said he obtained housing`), or a
/// verb-like word (ending in `-ed`, or a common verb) followed by a determiner or possessive
/// (`says the program changed his life`, `said cold weather takes a toll`), which a speaker's
/// phrase (`said the embattled mayor`) does not have.
pub(crate) fn reads_as_clause(text: &str, tokens: &[Token], range: Range<usize>) -> bool {
    let words: Vec<String> = tokens[range]
        .iter()
        .filter(|token| token.is_word())
        .map(|token| token.text(text).to_lowercase())
        .collect();
    // `agreed with the finding`: a preposition opens no speaker's phrase.
    let preposition_first = words.first().is_some_and(|first| {
        matches!(
            first.as_str(),
            "with" | "about" | "on" | "in" | "at" | "for" | "to" | "from" | "by" | "of" | "over"
        )
    });
    let pronoun_then_more =
        words.len() > 1 && matches!(words[0].as_str(), "he" | "she" | "they" | "we" | "i" | "it");
    let verb_then_object = words.windows(2).skip(1).any(|pair| {
        let verb_like =
            pair[0].len() > 3 && pair[0].ends_with("ed") || is_listed(COMMON_VERBS, pair[0].as_str());
        verb_like
            && matches!(
                pair[1].as_str(),
                "a" | "an"
                    | "the"
                    | "his"
                    | "her"
                    | "its"
                    | "their"
                    | "our"
                    | "my"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
            )
    });
    preposition_first || pronoun_then_more || verb_then_object
}

/// Where a phrase ending before token `end` starts (going left over phrase tokens).
fn phrase_start(text: &str, tokens: &[Token], end: usize, floor: usize) -> Option<usize> {
    let mut start = end;
    let mut words = 0;
    while start > floor && fits_phrase(text, tokens, start - 1) && words < MAX_PHRASE_WORDS {
        start -= 1;
        if tokens[start].is_word() {
            words += 1;
        }
    }
    // A phrase does not start with a joining mark.
    while start < end && !tokens[start].is_word() {
        start += 1;
    }
    (start < end).then_some(start)
}

/// `Hugh Hill, a doctor, said`: the phrase before the comma at `comma`, with the name before
/// it when the phrase is an appositive; `The senator, who spoke first, said` skips the
/// relative clause.
fn appositive_subject(text: &str, tokens: &[Token], comma: usize, floor: usize) -> Option<Range<usize>> {
    let inner_start = appositive_start(text, tokens, comma, floor);
    let relative_start = (floor..comma).rev().take(16).find(|&at| tokens[at].is(','))?;
    let first = tokens.get(relative_start + 1)?;
    let first_lower = first.text(text).to_lowercase();
    let before = phrase_start(text, tokens, relative_start, floor);
    if matches!(first_lower.as_str(), "who" | "which" | "whose" | "whom") {
        let before = before?;
        return Some(before..relative_start);
    }
    let inner_start = inner_start?;
    if inner_start != relative_start + 1 {
        return None;
    }
    let before = before?;
    if is_proper_name(text, tokens, inner_start..comma)
        && !is_proper_name(text, tokens, before + 1..relative_start)
    {
        // `the harbour master, Tom Reyes, said`: a role, then the name it belongs to.
        Some(inner_start..comma)
    } else if tokens[before..relative_start]
        .iter()
        .any(|token| token.is_capitalized(text))
    {
        Some(before..comma)
    } else {
        None
    }
}

/// Where an appositive ending before the comma at `comma` starts: a phrase, which may name a
/// post abroad (`Canada’s ambassador to China`).
fn appositive_start(text: &str, tokens: &[Token], comma: usize, floor: usize) -> Option<usize> {
    let start = phrase_start(text, tokens, comma, floor)?;
    let to_a_name = start >= floor + 2
        && tokens[start].is_capitalized(text)
        && tokens[start - 1].text(text) == "to"
        && tokens[start - 2].is_lowercase(text);
    if to_a_name {
        return phrase_start(text, tokens, start - 1, floor);
    }
    Some(start)
}

/// Whether every word of the tokens in `range` is capitalized, as in a name (`Tom Reyes`)
/// and unlike a role (`harbour master`).
pub(crate) fn is_proper_name(text: &str, tokens: &[Token], range: Range<usize>) -> bool {
    tokens[range]
        .iter()
        .filter(|token| token.is_word())
        .all(|token| token.is_capitalized(text))
}

/// The noun phrase starting at token `from` (after an inverted verb or `according to`),
/// ending at punctuation or a clause boundary, never reaching `limit`.
pub(crate) fn phrase_after(text: &str, tokens: &[Token], from: usize, limit: usize) -> Option<Range<usize>> {
    let limit = limit.min(tokens.len());
    let mut end = from;
    let mut words = 0;
    while end < limit
        && (fits_phrase(text, tokens, end) || joins_names(text, tokens, end, from))
        && words < MAX_PHRASE_WORDS
    {
        if end > from && opens_time_or_place(text, tokens, end) {
            break;
        }
        if tokens[end].is_word() {
            words += 1;
        }
        end += 1;
    }
    while end > from && !tokens[end - 1].is_word() && !is_name_stop(text, tokens, end - 1) {
        end -= 1;
    }
    (end > from).then_some(from..end)
}

/// `Heart and Stroke`: an `and` between two capitalised words, past the first word of a
/// phrase starting at token `from`, joins the parts of a name.
fn joins_names(text: &str, tokens: &[Token], at: usize, from: usize) -> bool {
    at > from
        && tokens[at].text(text) == "and"
        && tokens[at - 1].is_capitalized(text)
        && tokens.get(at + 1).is_some_and(|next| next.is_capitalized(text))
}

/// `on Tuesday`, `am Montag in Berlin`, `at the rally`: a preposition of time or place that
/// ends a speaker's phrase after the verb (`said Angela Merkel am Montag`).
fn opens_time_or_place(text: &str, tokens: &[Token], at: usize) -> bool {
    let is_preposition = tokens[at].is_word() && is_listed(TIME_PLACE_PREPOSITIONS, tokens[at].text(text));
    is_preposition
        && tokens.get(at + 1).is_some_and(|next| {
            next.is_capitalized(text)
                || next.text(text).chars().next().is_some_and(|c| c.is_ascii_digit())
                || matches!(
                    next.text(text),
                    "the" | "a" | "an" | "der" | "die" | "das" | "le" | "la"
                )
        })
}

/// The most lower-case words a role between two capitalised runs may have (`senior
/// manager`).
const MAX_ROLE_WORDS: usize = 3;

/// `Former premier Brian Gallant`, `Heart and Stroke senior manager Erin Kim`: where the name
/// after the capitalised run ending before token `end` ends, when lower-case words ending in a
/// role or office (`premier`, `senior manager`) lead to it, never reaching `limit`.
fn past_role_to_name(text: &str, tokens: &[Token], end: usize, limit: usize) -> Option<usize> {
    let role_end = (end..limit.min(end + MAX_ROLE_WORDS))
        .take_while(|&at| tokens[at].is_word() && tokens[at].is_lowercase(text))
        .last()?
        + 1;
    let role = tokens[role_end - 1].text(text);
    let is_role =
        is_listed(OFFICE_NOUNS, role) || is_listed(ROLE_WORDS, role) || is_listed(PERSON_NOUNS, role);
    if !is_role
        || !tokens
            .get(role_end)
            .is_some_and(|token| token.is_capitalized(text))
    {
        return None;
    }
    let mut name_end = role_end;
    while name_end < limit && (tokens[name_end].is_capitalized(text) || is_name_stop(text, tokens, name_end))
    {
        name_end += 1;
    }
    Some(name_end)
}

/// True for the plural of a noun for people (`senators`, `officials`, `residents`).
fn is_plural_of_people(word: &str) -> bool {
    word.strip_suffix('s').is_some_and(|singular| {
        is_listed(ROLE_WORDS, singular)
            || is_listed(OFFICE_NOUNS, singular)
            || is_listed(PERSON_NOUNS, singular)
    })
}

/// How many tokens a role's complement may have before the name set off after it.
const MAX_ROLE_COMPLEMENT: usize = 16;

/// `Director, security response at Symantec, Kevin Haley, agreed`: the name set off by commas
/// after a clause's opening role word (`run`), never reaching `limit`.
fn name_after_role(text: &str, tokens: &[Token], run: Range<usize>, limit: usize) -> Option<Range<usize>> {
    let role = tokens[run.start].text(text).to_lowercase();
    let is_role =
        run.len() == 1 && (is_listed(ROLE_WORDS, role.as_str()) || is_listed(OFFICE_NOUNS, role.as_str()));
    if !is_role || !tokens.get(run.end).is_some_and(|token| token.is(',')) {
        return None;
    }
    let comma = (run.end + 1..limit.min(run.end + 1 + MAX_ROLE_COMPLEMENT)).find(|&at| tokens[at].is(','))?;
    let mut end = comma + 1;
    while end < limit && (tokens[end].is_capitalized(text) || is_name_stop(text, tokens, end)) {
        end += 1;
    }
    let set_off = end > comma + 2 && tokens.get(end).is_some_and(|token| token.is(','));
    set_off.then_some(comma + 1..end)
}

/// The subject at the start of the clause beginning at token `start`: a pronoun, a run of
/// capitalised words, or a determiner and the words before the first verb-like word.
pub(crate) fn clause_subject(
    text: &str,
    tokens: &[Token],
    start: usize,
    limit: usize,
) -> Option<Range<usize>> {
    let mut at = start;
    // Skip an opening adverbial that ends in a comma: `On Tuesday, Rubio said`.
    if let Some(comma) = (start..limit.min(start + 20)).find(|&i| tokens[i].is(',')) {
        if tokens
            .get(start)
            .is_some_and(|token| is_listed_lowercased(ADVERBIAL_OPENERS, token.text(text)))
        {
            at = comma + 1;
            // `On July 6, 2015, Sanders said`: a year after the date belongs to it.
            let year = |at: usize| {
                tokens
                    .get(at)
                    .is_some_and(|token| token.text(text).bytes().all(|b| b.is_ascii_digit()))
                    && tokens.get(at + 1).is_some_and(|token| token.is(','))
            };
            if year(at) {
                at += 2;
            }
        }
    }
    let first = tokens.get(at)?;
    if !first.is_word() || at >= limit {
        return None;
    }
    let lower = first.text(text).to_lowercase();
    if is_listed(SUBJECT_PRONOUNS, lower.as_str()) {
        return Some(at..at + 1);
    }
    let determiner = matches!(lower.as_str(), "the" | "a" | "an");
    let mut end = at;
    while end < limit
        && !determiner
        && (tokens[end].is_capitalized(text)
            || is_name_stop(text, tokens, end)
            || end > at
                && tokens[end].text(text) == "of"
                && tokens.get(end + 1).is_some_and(|t| t.is_capitalized(text)))
    {
        end += 1;
    }
    if end > at {
        if let Some(name) = name_after_role(text, tokens, at..end, limit) {
            return Some(name);
        }
        // `Republican senators are eager`: a plural of people after the capitalised words.
        // Not a verb with its object (`O’Neill chairs the board`) nor a name's role.
        let plural = end == at + 1
            && end < limit
            && tokens[end].is_lowercase(text)
            && is_plural_of_people(tokens[end].text(text))
            && !tokens.get(end + 1).is_some_and(|next| {
                next.is_capitalized(text)
                    || matches!(
                        next.text(text),
                        "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "that"
                    )
            });
        if plural {
            return Some(at..end + 1);
        }
        return Some(at..past_role_to_name(text, tokens, end, limit).unwrap_or(end));
    }
    if matches!(
        lower.as_str(),
        "the" | "a" | "an" | "another" | "one" | "two" | "some" | "several" | "many"
    ) {
        let mut end = at + 1;
        while end < limit && end < at + 5 && tokens[end].is_word() {
            let word = tokens[end].text(text);
            if is_listed(PHRASE_BOUNDARIES, word.to_lowercase().as_str())
                || word.ends_with("ed") && end > at + 1
            {
                break;
            }
            end += 1;
        }
        return Some(at..end);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn subject(text: &str, verb: &str) -> Option<String> {
        let tokens = tokenize(text);
        let index = tokens.iter().position(|token| token.text(text) == verb)?;
        let range = subject_before(text, &tokens, index, 0)?;
        Some(text[tokens[range.start].start()..tokens[range.end - 1].end()].to_owned())
    }

    #[test]
    fn finds_subjects_before_verbs() {
        assert_eq!(subject("Rubio also said", "said").as_deref(), Some("Rubio"));
        assert_eq!(
            subject("But a source familiar with the plans said", "said").as_deref(),
            Some("a source familiar with the plans")
        );
        assert_eq!(
            subject("Hugh Hill, a doctor, said", "said").as_deref(),
            Some("Hugh Hill, a doctor")
        );
        assert_eq!(
            subject("the harbour master, Tom Reyes, told", "told").as_deref(),
            Some("Tom Reyes")
        );
        assert_eq!(
            subject("The company's founder, Ana Lima, said", "said").as_deref(),
            Some("Ana Lima")
        );
        assert_eq!(
            subject("Mr. Smith, who spoke first, said", "said").as_deref(),
            Some("Mr. Smith")
        );
        assert_eq!(
            subject("The Post has learned", "learned").as_deref(),
            Some("The Post")
        );
    }

    #[test]
    fn a_relative_who_stands_for_the_phrase_before_it() {
        let antecedent_of = |text: &str| {
            let tokens = tokenize(text);
            let who = tokens.iter().position(|token| token.text(text) == "who")?;
            let range = antecedent(text, &tokens, who, 0)?;
            Some(text[tokens[range.start].start()..tokens[range.end - 1].end()].to_owned())
        };
        assert_eq!(
            antecedent_of("said Mr. Kamin, who emphasized").as_deref(),
            Some("Mr. Kamin")
        );
        assert_eq!(
            antecedent_of("not paying an architect who said").as_deref(),
            Some("an architect")
        );
    }
}

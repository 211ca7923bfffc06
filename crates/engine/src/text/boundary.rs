//! Whether one stop ends the sentence it closes: the word before it (an abbreviation, an
//! initial, a number), the word after it (its case, when case is a signal; a sentence starter;
//! a reporting verb after a quotation), and the marks around it.

use super::abbreviations::{is_reporting_verb, Abbreviation};
use super::document_stats::DocumentStats;
use super::language_abbreviations::LanguageAbbreviations;
use super::sentences::{is_closing, is_opening, is_terminator};

/// How the splitter reads the letters: with their case as a signal, or without it, helped by
/// what the document itself taught.
#[derive(Debug, Clone, Copy)]
pub(super) enum Reading<'a> {
    /// A capital after a stop may start a sentence; a lower-case word never does.
    Cased,
    /// The case of letters means nothing: text all in lower case or all in capitals.
    Caseless(&'a DocumentStats),
}

/// One terminator in the text, with its context.
pub(super) struct Stop<'a> {
    /// The whole text.
    pub text: &'a str,
    /// Where the sentence the stop may end began.
    pub start: usize,
    /// Where the terminator is.
    pub at: usize,
    /// Where the run of terminators and closing marks that follows it ends.
    pub end: usize,
    /// Where the logical line ends.
    pub line_end: usize,
    /// The text's language's own abbreviations and ordinals.
    pub own: LanguageAbbreviations,
}

/// Decides whether `stop` ends the sentence it closes.
pub(super) fn ends_sentence(reading: Reading, stop: &Stop) -> bool {
    let text = stop.text;
    let after = &text[stop.end..stop.line_end];
    let mut following = after.split_whitespace();
    let Some(next_word) = following.next() else {
        return true;
    };
    let next = next_word.trim_start_matches(is_opening);
    let Some(first) = next.chars().next() else {
        return true;
    };
    let run = &text[stop.at..stop.end];
    let closed_by_quote = run.chars().any(|c| is_closing(c) && c != ')');
    if closed_by_quote && citation_follows(after) {
        // `"Is it over?" (Smith 12).`: the citation belongs to the quotation.
        return false;
    }
    if matches!(reading, Reading::Cased) && first.is_lowercase() {
        // `"Why?" he asked.`, `approx. five`, `3. Oktober`: the sentence goes on.
        return false;
    }
    if closed_by_quote
        && run.contains(['?', '!', ','])
        && attribution_follows(reading, next, following.next())
    {
        return false;
    }
    if !text[stop.at..].starts_with('.') || run.starts_with("..") {
        let ellipsis = run.starts_with("..") || run.starts_with('…');
        return !(ellipsis && matches!(reading, Reading::Caseless(_))) || is_starter(reading, next);
    }
    let word = last_word(&text[stop.start..stop.at]);
    if word.is_empty() {
        return true;
    }
    if word == "." && matches!(reading, Reading::Caseless(_)) {
        // The last stop of a spaced ellipsis, `. . .`.
        return is_starter(reading, next);
    }
    let starts_line = text[stop.start..stop.at].trim_start() == word;
    if word.chars().all(|c| c.is_ascii_digit()) {
        return number_ends(stop, word, next, starts_line);
    }
    if closed_by_quote {
        return true;
    }
    if matches!(reading, Reading::Caseless(_)) && closes_bracketed_word(stop) {
        // `rep. gwen moore (d-wis.) said`: an abbreviation in brackets, which only a sentence
        // starter after it ends.
        return is_starter(reading, next);
    }
    if starts_line && is_roman_numeral(word) {
        // A numbered heading: `II. Methods`.
        return false;
    }
    let head = text[stop.start..stop.at].trim_end();
    let before = last_word(&head[..head.len() - word.len()]);
    if Abbreviation::is_spaced_pair(word, next)
        || Abbreviation::is_spaced_pair(before, word)
        || stop.own.is_spaced_pair(word, next)
        || stop.own.is_spaced_pair(before, word)
    {
        // `z. B.`, `p. ex.`, `v. a.`
        return false;
    }
    abbreviation_ends(reading, stop.own.classify(word), word, next)
}

/// Decides whether a full stop after `word` ends the sentence, by what `word` is (`own`, when
/// it is one of the language's own abbreviations) and what the `next` word (without opening
/// marks) is.
fn abbreviation_ends(reading: Reading, own: Option<Abbreviation>, word: &str, next: &str) -> bool {
    let first = next.chars().next().unwrap_or(' ');
    let class = own.unwrap_or_else(|| match reading {
        Reading::Cased => Abbreviation::classify(word),
        Reading::Caseless(stats) => match Abbreviation::classify_caseless(word) {
            Abbreviation::None if stats.is_abbreviation(word) => Abbreviation::Either,
            class => class,
        },
    });
    match class {
        Abbreviation::Title | Abbreviation::Inner => false,
        Abbreviation::Initial => match reading {
            Reading::Cased => !first.is_uppercase() || Abbreviation::starts_sentence(next),
            Reading::Caseless(_) => is_starter(reading, next),
        },
        Abbreviation::Either => !first.is_numeric() && is_starter(reading, next),
        Abbreviation::Numbering => !(first.is_numeric() || is_roman_numeral(next)),
        Abbreviation::Clock => match reading {
            Reading::Cased => !Abbreviation::continues_clock(next),
            Reading::Caseless(_) => !Abbreviation::continues_clock_caseless(next),
        },
        Abbreviation::None => true,
    }
}

/// Decides whether a full stop after the number `word` ends the sentence: not after a list
/// number (`1. First item`, `Reasons: 1. Price`) nor an ordinal (`am 3. Oktober`).
fn number_ends(stop: &Stop, word: &str, next: &str, starts_line: bool) -> bool {
    // `word` ends the text before the stop once trailing spaces (`0\u{3000}.`) are gone.
    let head = stop.text[stop.start..stop.at].trim_end();
    let before = last_word(&head[..head.len() - word.len()]);
    let ordinal = (word.len() <= 2
        && (Abbreviation::is_month_name(next) || Abbreviation::introduces_ordinal(before)))
        || stop.own.is_ordinal(before, word, next);
    let listed = before.ends_with(':');
    !(starts_line || ordinal || listed)
}

/// True when `word` usually opens a sentence: in cased text a word from the list of openers;
/// in caseless text a strong opener (`the`, `he`) or one the document taught.
fn is_starter(reading: Reading, word: &str) -> bool {
    match reading {
        Reading::Cased => Abbreviation::starts_sentence(word),
        Reading::Caseless(stats) => Abbreviation::strongly_starts_sentence(word) || stats.is_starter(word),
    }
}

/// True when, after a quotation closed by `?`, `!` or `,`, the words `next` and `then` name
/// who spoke: `"Why?" Smith asked.`, and without case, `"why?" asked the judge.`
fn attribution_follows(reading: Reading, next: &str, then: Option<&str>) -> bool {
    let verb = |word: &str| is_reporting_verb(word.trim_end_matches(|c: char| !c.is_alphabetic()));
    match reading {
        Reading::Cased => next.starts_with(char::is_uppercase) && then.is_some_and(verb),
        Reading::Caseless(_) => verb(next) || then.is_some_and(verb),
    }
}

/// True when `after` opens with a short citation in brackets ended by a stop: `(Smith 55).`
fn citation_follows(after: &str) -> bool {
    let Some(inside) = after.trim_start().strip_prefix('(') else {
        return false;
    };
    inside.find(')').is_some_and(|close| {
        let cited = &inside[..close];
        cited.chars().count() <= 40
            && !cited.contains(['?', '!', '('])
            && inside[close + 1..].starts_with(is_terminator)
    })
}

/// The last whitespace-separated word, without the opening marks in front of it nor a
/// bracketed dateline glued to it: `(CNN)U.S.` gives `U.S.`.
fn last_word(text: &str) -> &str {
    let trimmed = text.trim_end();
    let from = trimmed
        .char_indices()
        .rfind(|&(_, c)| c.is_whitespace() || c == ')' || c == ']')
        .map_or(0, |(at, c)| at + c.len_utf8());
    trimmed[from..].trim_start_matches(is_opening)
}

/// True when the stop is the last mark of one word in brackets: `(D-Wis.)`, `(Ret.)`.
fn closes_bracketed_word(stop: &Stop) -> bool {
    let head = stop.text[stop.start..stop.at].trim_end();
    stop.text[stop.at..stop.end].contains(')')
        && head
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|word| word.len() > 1 && word.starts_with('('))
}

/// True for a Roman numeral in capitals: `II`, `XIV`.
fn is_roman_numeral(word: &str) -> bool {
    let bare = word.trim_end_matches(|c: char| !c.is_alphabetic());
    !bare.is_empty() && bare.chars().all(|c| "IVXLCDM".contains(c))
}

//! Where a reported clause begins and ends: past the adverbials after its cue (`said on
//! Tuesday that`), at a word that may open a clause, and at the end of the sentence or where
//! a new clause or report begins.

use super::{is_closing_mark, MIN_CONTENT_WORDS};
use crate::lexicon::{ADVERBIAL_SMALL_WORDS, IRREGULAR_PAST_TENSES, NOT_CLAUSE_STARTS};
use crate::quotes::article::Article;
use crate::quotes::attribution::is_quote_mark;
use crate::quotes::cues::{is_adverb_of_time, is_cue_filler, CueClass};
use crate::quotes::lists::is_listed;
use crate::quotes::phrases::subject_before;

/// Most tokens a reported clause may run to.
const MAX_CLAUSE_TOKENS: usize = 400;

impl Article<'_> {
    /// Where a reported clause starting at `from` ends: at the sentence end, or where a
    /// semicolon, a dash, or a comma before `but`, `although` or another report begins a new
    /// clause.
    pub(super) fn clause_end(&self, from: usize, end: usize) -> usize {
        let first_possible = from + MIN_CONTENT_WORDS;
        let end = end.min(from + MAX_CLAUSE_TOKENS);
        (first_possible..end)
            .find(|&at| self.begins_new_clause(at, end))
            .unwrap_or(end)
    }

    /// True when a new clause begins at token `at`, before `end`: at a semicolon, a spaced
    /// dash, `and` or `but` before a new report, or a comma before a new clause.
    fn begins_new_clause(&self, at: usize, end: usize) -> bool {
        let token = &self.tokens[at];
        if token.is(';') || (token.is('—') || token.is('–')) && self.tokens[at - 1].end() < token.start()
        {
            return true;
        }
        if token.is_word() && matches!(self.word(at), Some("and" | "but")) {
            return self.new_report_after(at, end);
        }
        token.is(',') && self.comma_ends_clause(at)
    }

    /// `… and Democrats accused the GOP …`, `… and warned that …`: a verb of saying in the
    /// past tense after the `and` or `but` at `at`, right after it or after a subject that
    /// starts there, begins a new report.
    fn new_report_after(&self, at: usize, end: usize) -> bool {
        (at + 1..end.min(at + 6)).any(|verb| {
            self.cue(verb).is_some_and(|cue| {
                !matches!(cue.class, CueClass::SourceFollows | CueClass::SourcePrecedes) && !cue.participle
            }) && self.word(verb).is_some_and(is_past_tense)
                && (verb == at + 1
                    || subject_before(self.text, self.tokens, verb, at + 1)
                        .is_some_and(|subject| subject.start == at + 1))
        })
    }

    /// True when the comma at `comma` ends a clause: before `but`, `although`, a participle
    /// cue, or `and` with a new subject or a conjunction (`, and when …`).
    fn comma_ends_clause(&self, comma: usize) -> bool {
        // `“a terrible situation,” but …`: closing marks after the comma.
        let mut at = comma;
        while self
            .tokens
            .get(at + 1)
            .is_some_and(|next| is_closing_mark(next.text(self.text)))
        {
            at += 1;
        }
        let next = self.word(at + 1);
        if next == Some("and")
            && self
                .word(at + 2)
                .is_some_and(|word| matches!(word, "when" | "while" | "if" | "as" | "after" | "then" | "yet"))
        {
            return true;
        }
        next.is_some_and(|word| {
            matches!(
                word,
                "but" | "although" | "though" | "while" | "whereas" | "however"
            )
        }) || self.cue(at + 1).is_some_and(|cue| cue.participle)
            || next == Some("and")
                && self
                    .word(at + 2)
                    .is_some_and(|word| matches!(word, "he" | "she" | "they" | "it"))
    }

    /// The first token from `from` past adverbials of time, place and medium (`on Tuesday`,
    /// `in a statement`, `last week`, `recently`), never past `end`.
    pub(super) fn skip_adverbials(&self, mut from: usize, end: usize) -> usize {
        loop {
            let Some(word) = self.word(from) else {
                return from;
            };
            if from >= end {
                return from;
            }
            if is_adverb_of_time(word) {
                from += 1;
                continue;
            }
            if matches!(
                word,
                "on" | "in" | "at" | "during" | "last" | "this" | "earlier" | "late"
            ) {
                // A short phrase ending in a word of time or medium.
                let phrase_end = (from + 1..end.min(from + 5)).find(|&at| {
                    self.word(at)
                        .is_some_and(|word| is_cue_filler(word) && !is_small_word(word))
                });
                let all_fillers = phrase_end.is_some_and(|phrase_end| {
                    (from + 1..phrase_end).all(|at| {
                        self.word(at)
                            .is_some_and(|word| is_cue_filler(word) || is_small_word(word))
                    })
                });
                if let (Some(phrase_end), true) = (phrase_end, all_fillers) {
                    from = phrase_end + 1;
                    continue;
                }
            }
            return from;
        }
    }

    /// True when a reported clause may begin at `at`: anything but a preposition, a
    /// particle or a bare interjection.
    pub(super) fn starts_clause(&self, at: usize) -> bool {
        let Some(token) = self.tokens.get(at) else {
            return false;
        };
        if !token.is_word() {
            return is_closing_mark(token.text(self.text)) || is_quote_mark(token.text(self.text));
        }
        if token.is_capitalized(self.text)
            || token
                .text(self.text)
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        {
            return true;
        }
        self.word(at)
            .is_some_and(|word| !is_listed(NOT_CLAUSE_STARTS, word))
    }
}

/// Articles, possessives and prepositions inside an adverbial phrase.
pub(super) fn is_small_word(word: &str) -> bool {
    is_listed(ADVERBIAL_SMALL_WORDS, word)
}

/// A verb form in the past tense: `accused`, `said`, `told`.
pub(super) fn is_past_tense(word: &str) -> bool {
    word.ends_with("ed") || is_listed(IRREGULAR_PAST_TENSES, word)
}

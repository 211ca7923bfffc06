//! Reports a verb of saying or thinking introduces, with or without `that`: `Rubio said
//! (that) …`, `X told reporters on Tuesday that …`, `He believes the country is ready`, `…,
//! adding that …`, `vowed to …`.

use std::ops::Range;

use super::clause::is_small_word;
use super::{is_closing_mark, Reported};
use crate::lexicon::{ADDRESSEE_VERBS, BELIEF_CLAUSE_OPENERS, PREAMBLE_WORDS};
use crate::quotes::article::Article;
use crate::quotes::cues::{
    follows_evidence, is_adverb_of_time, is_cue_filler, reports_bare_clause, reports_infinitive, Cue,
    CueClass,
};
use crate::quotes::lists::is_listed;
use crate::quotes::phrases::{clause_subject, subject_before};
use crate::text::quote_marks::mark_char;

/// How far after a cue a `that` may open the reported clause.
const MAX_PREAMBLE: usize = 10;

impl Article<'_> {
    /// `Rubio said that …`, `He believes the country is ready`: the clause reported by the
    /// verb of saying or thinking at `at`, and its subject; `complained about the rules` is a
    /// stance.
    pub(super) fn that_clause(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        // `complained about the rules`, `spoke of a stone`: what the words were about.
        let next = self.skip_adverbials(cue.tokens.end, body.end);
        if self
            .word(next)
            .is_some_and(|word| matches!(word, "about" | "of" | "against" | "over"))
        {
            return self.stance(body, at, cue);
        }
        let subject = self.reporting_subject(body.clone(), at, cue)?;
        if subject.end > at {
            return None;
        }
        let from = self.report_start(body.clone(), at, cue)?;
        // `vowed to`, `told his aides to`: an intention or an order, not a statement;
        // `asked the barber about beards`, `asked if …`: a question put, not an answer.
        let asks = self.word(at).is_some_and(|word| word.starts_with("ask"));
        let statement = cue.class == CueClass::Speech && self.word(from) != Some("to") && !asks;
        let content = from..self.clause_end(from, body.end);
        self.enough(content.clone()).then_some(Reported {
            content,
            speaker: Some(subject),
            cue: cue.tokens.clone(),
            statement,
        })
    }

    /// Who said or thought what the verb at `at` reports: the subject before it (or a
    /// relative `who`); for a participle, the subject of the sentence or the speaker before.
    fn reporting_subject(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Range<usize>> {
        let (text, tokens) = (self.text, self.tokens);
        if cue.participle {
            // `…, adding that …`, `began by saying he would …`: the subject of the sentence
            // said it.
            let introduced = at > body.start
                && (tokens[at - 1].is(',')
                    || self.word(at - 1).is_some_and(|word| {
                        matches!(word, "by" | "after" | "from" | "before" | "while" | "and")
                    }));
            let that = self.skip_adverbials(cue.tokens.end, body.end);
            if !introduced && self.word(that) != Some("that") {
                return None;
            }
            return self.participle_speaker(body.start, at);
        }
        subject_before(text, tokens, at, body.start)
            .or_else(|| {
                // `an architect who said he was stiffed`: the relative pronoun.
                (at > body.start && matches!(self.word(at - 1), Some("who" | "which"))).then(|| at - 1..at)
            })
            .or_else(|| {
                // `Dr. Connie Mariano, who served …, said that …`; `… and warned that …`
                (at > body.start && (tokens[at - 1].is(',') || self.word(at - 1) == Some("and")))
                    .then(|| clause_subject(text, tokens, body.start, at))
                    .flatten()
            })
    }

    /// Where the clause reported by the verb at `at` starts: past whom it addresses, any
    /// adverbials and commas, at its `that` (or `to` after a verb of thought), at a `that` a
    /// few words on, or right there when the verb may report a clause without one.
    fn report_start(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<usize> {
        let mut from = cue.tokens.end;
        if self.word(at).is_some_and(|word| is_listed(ADDRESSEE_VERBS, word)) {
            // Skip whom they told: `told reporters`, `told CNN on Tuesday`.
            if let Some(past_addressee) = self.addressee(from, body.end) {
                from = past_addressee;
            }
        }
        from = self.skip_adverbials(from, body.end);
        while from < body.end && self.tokens[from].is(',') {
            from += 1;
        }
        let has_that = self
            .word(from)
            .is_some_and(|word| matches!(word, "that" | "dass" | "que"));
        let infinitive = cue.class == CueClass::Thought && self.word(from) == Some("to");
        if has_that || infinitive {
            return Some(from);
        }
        if let Some(that) = self.that_ahead(from, body.end) {
            return Some(that);
        }
        self.reports_without_that(body.end, at, cue, from).then_some(from)
    }

    /// True when the verb at `at` reports the clause at `from` (before `end`) without `that`:
    /// a belief (`He believes the country is ready`), what records show (`A poll shows Trump
    /// with a lead`), an infinitive (`vowed to`), or for a verb of saying any clause that does
    /// not open with a colon or a closing quote mark.
    fn reports_without_that(&self, end: usize, at: usize, cue: &Cue, from: usize) -> bool {
        let shown = follows_evidence(self.text, self.tokens, at) && self.starts_clause(from);
        if cue.class == CueClass::Thought && !self.bare_belief(at, from) && !shown {
            return false;
        }
        if (from..end).next().is_some_and(|i| {
            self.tokens[i].is(':') || is_closing_mark(self.tokens[i].text(self.text)) && !self.opens_word(i)
        }) {
            return false;
        }
        let promises = self.word(from) == Some("to") && self.word(at).is_some_and(reports_infinitive);
        self.starts_clause(from) || promises
    }

    /// Whom a verb of telling addresses: a pronoun, a name (`CNN`, `Fox News`), or a short
    /// noun phrase (`reporters`, `the committee`), ending before `end`.
    fn addressee(&self, from: usize, end: usize) -> Option<usize> {
        let mut at = from;
        while at < end
            && self.word(at).is_some_and(|word| {
                matches!(word, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our")
            })
        {
            at += 1;
        }
        let first = self.tokens.get(at).filter(|_| at < end)?;
        if !first.is_word() || self.word(at) == Some("that") {
            return None;
        }
        let mut past = at + 1;
        if first.is_capitalized(self.text) {
            while past < end
                && (self.tokens[past].is_capitalized(self.text)
                    || self.tokens[past].is('.') && self.tokens[past - 1].end() == self.tokens[past].start())
            {
                past += 1;
            }
        }
        Some(past)
    }

    /// `said at an event in Colorado Springs that …`: a `that` a few words on, after nothing
    /// but a phrase of place or time.
    fn that_ahead(&self, from: usize, end: usize) -> Option<usize> {
        (from..end.min(from + MAX_PREAMBLE)).find_map(|at| match self.word(at) {
            Some("that") => Some(Some(at)),
            Some(word) if is_preamble_word(word) || self.tokens[at].is_capitalized(self.text) => None,
            None if matches!(self.tokens[at].text(self.text), "," | ".")
                || mark_char(self.tokens[at].text(self.text)).is_some() =>
            {
                None
            }
            _ => Some(None),
        })?
    }

    /// `He believes the country is ready`: a verb of belief whose clause opens with a subject
    /// pronoun, a determiner or a name.
    fn bare_belief(&self, verb: usize, from: usize) -> bool {
        let believes = self.word(verb).is_some_and(reports_bare_clause);
        let opens = self
            .tokens
            .get(from)
            .is_some_and(|token| token.is_capitalized(self.text))
            || self.word(from).is_some_and(|word| {
                // `it’s`, `they’re`: the pronoun before the apostrophe.
                let word = word.split(['’', '\'']).next().unwrap_or_default();
                is_listed(BELIEF_CLAUSE_OPENERS, word)
            });
        believes && opens
    }

    /// True when the mark at `at` opens a word glued to it (`"budget`), rather than closing.
    fn opens_word(&self, at: usize) -> bool {
        self.tokens
            .get(at + 1)
            .is_some_and(|next| next.is_word() && next.start() == self.tokens[at].end())
    }
}

/// Words of a phrase of place, time or occasion between a verb and its `that`.
fn is_preamble_word(word: &str) -> bool {
    is_cue_filler(word) || is_small_word(word) || is_adverb_of_time(word) || is_listed(PREAMBLE_WORDS, word)
}

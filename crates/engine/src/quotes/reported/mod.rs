//! Reported (indirect) speech without quote marks, one construction a file: `According to a
//! source, …` ([`according_to`]), `…, officials said.` ([`trailing`]), `Rubio said (that) …`
//! and `X told reporters …` ([`that_clause`]), `Trump criticized the deal` ([`stance`]), `the
//! claim that …` ([`noun_report`]) and `Asked whether …` ([`question`]). Where a reported
//! clause begins and ends is [`clause`]'s; who said what a participle (`…, adding that …`)
//! introduces, [`participle`]'s.

mod according_to;
mod clause;
mod noun_report;
mod participle;
mod question;
mod stance;
mod that_clause;
mod trailing;

use std::ops::Range;

use super::article::Article;
use super::cues::{Cue, CueClass};
use crate::text::quote_marks::{mark_char, may_close};
use noun_report::is_report_noun;

/// One reported statement found in a sentence, as token ranges.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Reported {
    /// What was reported.
    pub content: Range<usize>,
    /// Who reported it.
    pub speaker: Option<Range<usize>>,
    /// The cue.
    pub cue: Range<usize>,
    /// True for something said or written (`said that …`, `according to`); false for a
    /// belief, a stance, an intention or a question put (`believes`, `criticized`, `vowed
    /// to`, `asked whether`), which are attributions but not quotes.
    pub statement: bool,
}

/// Fewest words a reported statement may have.
const MIN_CONTENT_WORDS: usize = 3;

impl Article<'_> {
    /// The reported statement in the sentence made of tokens `sentence`, if there is one.
    /// `blocked` tells which tokens lie inside quoted speech and may not hold a cue.
    pub(crate) fn reported(&self, sentence: Range<usize>, blocked: &dyn Fn(usize) -> bool) -> Vec<Reported> {
        let mut end = sentence.end;
        while end > sentence.start
            && !self.tokens[end - 1].is_word()
            && !is_closing_mark(self.tokens[end - 1].text(self.text))
        {
            end -= 1;
        }
        let body = sentence.start..end;
        let cues: Vec<(usize, &Cue)> = body
            .clone()
            .filter_map(|at| self.cue(at).map(|cue| (at, cue)))
            .filter(|&(at, _)| !blocked(at) && !self.is_passive(body.start, at))
            .collect();
        // An attribution closing the sentence (`…, officials said.`) outranks the verbs
        // inside the statement it closes.
        let trailing = cues.iter().rev().find_map(|&(at, cue)| match cue.class {
            CueClass::Speech => self.trailing(body.clone(), at, cue),
            _ => None,
        });
        if let Some(trailing) = trailing {
            return vec![trailing];
        }
        // Otherwise every report in turn: `X said A, but Y said B.`
        let mut found: Vec<Reported> = Vec::new();
        let mut from = body.start;
        for at in body.clone() {
            if at < from {
                continue;
            }
            let report = match self.cue(at) {
                Some(cue) if !blocked(at) && !self.is_passive(body.start, at) => {
                    self.reported_at(body.clone(), at, cue)
                }
                Some(_) => None,
                None if self.word(at).is_some_and(is_report_noun) && !blocked(at) => {
                    self.noun_report(body.clone(), at)
                }
                None => None,
            };
            if let Some(report) = report {
                from = report.content.end;
                found.push(report);
            }
        }
        found
    }

    /// The report of the cue at `at`, by the kind of cue.
    fn reported_at(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        match cue.class {
            CueClass::SourceFollows => self.according_to(body, at, cue),
            CueClass::SourcePrecedes => self.source_before(body, at, cue),
            CueClass::Stance => self.stance(body, at, cue),
            CueClass::Speech | CueClass::Thought => self
                .trailing(body.clone(), at, cue)
                .or_else(|| self.question_put(body.clone(), at, cue))
                .or_else(|| self.that_clause(body, at, cue)),
        }
    }

    /// `it was said`, `he was told`: a form of `be` before the verb makes it passive, and its
    /// subject is not the speaker.
    fn is_passive(&self, start: usize, at: usize) -> bool {
        // `is stressing` is progressive, not passive.
        if self.word(at).is_some_and(|word| word.ends_with("ing")) {
            return false;
        }
        let mut index = at;
        while index > start {
            index -= 1;
            match self.word(index) {
                Some("was" | "were" | "is" | "are" | "been" | "being" | "be" | "wurde" | "fue" | "été") => {
                    return true
                }
                Some("also" | "not" | "widely" | "often" | "reportedly" | "never" | "previously") => continue,
                _ => return false,
            }
        }
        false
    }

    /// True when only an adverb or conjunction stands between the sentence start and `at`.
    fn leads_sentence(&self, start: usize, at: usize) -> bool {
        at - start <= 1
            && self
                .word(start)
                .is_some_and(|word| matches!(word, "but" | "and" | "also" | "yet"))
    }

    /// True when `content` has enough words to be a statement.
    fn enough(&self, content: Range<usize>) -> bool {
        content.start < content.end
            && self.tokens[content]
                .iter()
                .filter(|token| token.is_word())
                .count()
                >= MIN_CONTENT_WORDS
    }
}

/// True when the token is a quote mark that may close a quotation (see [`may_close`]).
fn is_closing_mark(token: &str) -> bool {
    mark_char(token).is_some_and(may_close)
}

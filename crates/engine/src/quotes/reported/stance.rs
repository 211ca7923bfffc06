//! Stances: `Trump criticized the deal`, `She wants to triple the program`, `He called for a
//! vote`, `called it “shameful”`. The object of a verb of stance is reported, but as an
//! attribution, not a quote.

use std::ops::Range;

use super::clause::is_past_tense;
use super::{is_closing_mark, Reported};
use crate::lexicon::{AUXILIARIES, NOT_OBJECT_STARTS, PARTICLES};
use crate::quotes::article::Article;
use crate::quotes::cues::Cue;
use crate::quotes::lists::is_listed;
use crate::quotes::phrases::{plausible_subject, subject_before};

impl Article<'_> {
    /// `Trump criticized the deal`, `She wants to triple the program`, `He called for a vote`:
    /// the object of a verb of stance, to the end of its clause.
    pub(super) fn stance(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        let subject = self.stance_subject(body.clone(), at, cue)?;
        if !plausible_subject(self.text, self.tokens, subject.clone()) {
            return None;
        }
        let mut from = self.skip_adverbials(cue.tokens.end, body.end);
        let particle = self.word(from);
        if particle
            .is_some_and(|word| matches!(word, "for" | "on" | "against" | "about" | "out" | "of" | "over"))
        {
            from += 1;
        }
        // `spoke about the plan`, not `spoke for five minutes`.
        let talks = self.word(at).is_some_and(|word| {
            word.starts_with("spo") || word.starts_with("spe") || word.starts_with("talk")
        });
        if talks && !particle.is_some_and(|word| matches!(word, "about" | "of" | "on")) {
            return None;
        }
        let first = self.word(from)?;
        // `called it “shameful”`, `called him a kind man`: a verb of naming reports its
        // object and what it is called, even when the object is a pronoun.
        let names_pronoun = matches!(first, "it" | "him" | "them" | "her" | "himself" | "herself")
            && self.names(at)
            && self.tokens.get(from + 1).is_some_and(|next| {
                next.is_word() && !self.word(from + 1).is_some_and(is_particle)
                    || is_closing_mark(next.text(self.text))
            });
        if is_listed(NOT_OBJECT_STARTS, first) && !names_pronoun {
            return None;
        }
        let content = from..self.object_end(from, body.end);
        // A bare name is object enough: `Trump attacked Machado`.
        let has_word = self.tokens[content.clone()].iter().any(|token| token.is_word());
        has_word.then_some(Reported {
            content,
            speaker: Some(subject),
            cue: cue.tokens.clone(),
            statement: false,
        })
    }

    /// Who holds the stance of the verb at `at`: its subject, or for a participle after a
    /// comma (`…, citing a threat to public health`) the subject of the sentence or the
    /// speaker of the verb of saying just before.
    fn stance_subject(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Range<usize>> {
        if !cue.participle {
            return subject_before(self.text, self.tokens, at, body.start);
        }
        if at <= body.start || !self.tokens[at - 1].is(',') {
            return None;
        }
        self.participle_speaker(body.start, at)
    }

    /// True for a verb of naming (`called`, `dubbed`, `labeled`, `branded`, `termed`), whose
    /// object is followed by what it is called.
    fn names(&self, verb: usize) -> bool {
        self.word(verb).is_some_and(|word| {
            ["call", "dub", "label", "brand", "term"]
                .iter()
                .any(|stem| word.starts_with(stem))
        })
    }

    /// Where the object of a verb of stance starting at `from` ends: within its clause, at a
    /// relative clause (`the plan, which …`) or at a second verb joined by `and` or `but`
    /// (`has championed gay rights and extended benefits to …`).
    fn object_end(&self, from: usize, end: usize) -> usize {
        // A clause that ends before the object would start has an empty object.
        let clause_end = self.clause_end(from, end).max(from);
        (from + 1..clause_end)
            .find(|&at| {
                if self.tokens[at].is(',') {
                    return self.word(at + 1).is_some_and(|word| {
                        matches!(
                            word,
                            "which" | "who" | "where" | "when" | "as" | "after" | "before" | "since"
                        )
                    });
                }
                matches!(self.word(at), Some("and" | "but"))
                    && self
                        .word(at + 1)
                        .is_some_and(|next| is_auxiliary(next) || is_past_tense(next))
            })
            .unwrap_or(clause_end)
    }
}

/// Auxiliaries and adverbs that open a second verb phrase after `and` or `but`.
fn is_auxiliary(word: &str) -> bool {
    is_listed(AUXILIARIES, word)
}

/// Particles of phrasal verbs: `called it off`, `called them out`.
fn is_particle(word: &str) -> bool {
    is_listed(PARTICLES, word)
}

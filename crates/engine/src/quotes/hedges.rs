//! Attributions the writer makes without naming a source: `Obama is expected to join
//! Clinton`, `Sanders seemed to be of two minds`, `the fax machine appears to have been
//! broken`. The clause holding the hedging verb is the statement, and it has no speaker.

use std::ops::Range;

use super::article::Article;
use super::reported::Reported;

/// How many tokens back from the hedging verb its clause may start.
const MAX_SUBJECT_TOKENS: usize = 30;

impl Article<'_> {
    /// The hedged statement whose verb starts at token `at` of the sentence `body`, if the
    /// verb hedges: a form of `be` and `expected to`, a form of `seem`, or a form of `appear`
    /// followed by `to`, `that` or an adjective of likelihood.
    pub(crate) fn hedge(&self, body: Range<usize>, at: usize) -> Option<Reported> {
        let cue = self.hedge_cue(at)?;
        if cue.start <= body.start {
            return None;
        }
        let start = self.hedged_clause_start(body.start, cue.start);
        if start >= cue.start {
            return None;
        }
        let end = self.clause_end(cue.end, body.end);
        Some(Reported {
            content: start..end,
            speaker: None,
            cue,
        })
    }

    /// The tokens of the hedging verb at `at`: `is expected`, `seemed`, `appears`.
    fn hedge_cue(&self, at: usize) -> Option<Range<usize>> {
        let word = self.word(at)?;
        let next = self.word(at + 1);
        match word {
            "seem" | "seems" | "seemed" => next.is_some_and(|next| next != "like").then_some(at..at + 1),
            "appear" | "appears" | "appeared" => next
                .is_some_and(|next| {
                    matches!(
                        next,
                        "to" | "that" | "likely" | "unlikely" | "certain" | "poised" | "ready" | "set"
                    )
                })
                .then_some(at..at + 1),
            "is" | "are" | "was" | "were" => {
                (next == Some("expected") && self.word(at + 2) == Some("to")).then_some(at..at + 2)
            }
            _ => None,
        }
    }

    /// Where the clause of a hedging verb at `verb` starts: after the last comma, colon,
    /// semicolon or dash before it (and any conjunction after that), or at a relative
    /// pronoun (`who is expected to …`); never more than [`MAX_SUBJECT_TOKENS`] back.
    fn hedged_clause_start(&self, start: usize, verb: usize) -> usize {
        let lowest = start.max(verb.saturating_sub(MAX_SUBJECT_TOKENS));
        let mut from = lowest;
        for at in (lowest..verb).rev() {
            let token = &self.tokens[at];
            if matches!(self.word(at), Some("who" | "which")) {
                return at;
            }
            if token.is(',') || token.is(';') || token.is(':') || token.is('—') || token.is('–') {
                from = at + 1;
                break;
            }
        }
        while from < verb
            && matches!(
                self.word(from),
                Some("and" | "but" | "so" | "yet" | "while" | "although" | "though" | "because")
            )
        {
            from += 1;
        }
        from
    }
}

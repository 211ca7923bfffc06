//! Questions put to someone: `When asked by a reporter whether …, Trump said …`, `Asked about
//! the plan, …`. They are attributions, not quotes.

use std::ops::Range;

use super::Reported;
use crate::quotes::article::Article;
use crate::quotes::cues::Cue;
use crate::quotes::phrases::phrase_after;

impl Article<'_> {
    /// `When asked by a reporter whether …, Trump said …`, `Asked about the plan, …`: a
    /// question put to someone, reported up to the comma that ends the phrase; whoever asked
    /// it, after `by`, is the source.
    pub(super) fn question_put(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        if self.word(at) != Some("asked") {
            return None;
        }
        let reduced = at == body.start
            || at == body.start + 1 && self.leads_sentence(body.start, at)
            || at > body.start
                && matches!(
                    self.word(at - 1),
                    Some("when" | "after" | "if" | "once" | "as" | "before" | "while" | "until")
                );
        if !reduced {
            return None;
        }
        let mut from = cue.tokens.end;
        let mut asker = None;
        if self.word(from) == Some("by") {
            let phrase = phrase_after(self.text, self.tokens, from + 1, body.end)?;
            from = phrase.end;
            asker = Some(phrase);
        }
        if !self.word(from).is_some_and(|word| {
            matches!(
                word,
                "whether" | "if" | "why" | "how" | "what" | "when" | "where" | "who" | "about" | "to"
            )
        }) {
            return None;
        }
        let end = (from + 1..body.end)
            .find(|&i| self.tokens[i].is(','))
            .unwrap_or(body.end);
        let content = from..end;
        let words = self.tokens[content.clone()]
            .iter()
            .filter(|token| token.is_word())
            .count();
        (words >= 2).then_some(Reported {
            content,
            speaker: asker,
            cue: cue.tokens.clone(),
            statement: false,
        })
    }
}

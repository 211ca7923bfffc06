//! Reports whose attribution closes them: `Content, X said.`, `Content, said X.`, and
//! `Content, X said, more content.`

use std::ops::Range;

use super::Reported;
use crate::quotes::article::Article;
use crate::quotes::cues::{Cue, CueClass};
use crate::quotes::phrases::{phrase_after, plausible_subject, reads_as_clause, subject_before};

impl Article<'_> {
    /// `Content, X said.` / `Content, said X.`: the report before an attribution set off by a
    /// comma at the end of the sentence `body` (or before a comma and more content).
    pub(super) fn trailing(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        if cue.participle {
            return None;
        }
        let (speaker, clause_start) = self.trailing_speaker(body.clone(), at, cue)?;
        let tokens = self.tokens;
        let after = self.skip_adverbials(cue.tokens.end.max(speaker.end), body.end);
        let content = if after >= body.end || after + 1 >= body.end && !tokens[after].is_word() {
            // At the end: `Content, X said.`
            body.start..clause_start
        } else if tokens[after].is(',') {
            // In the middle: `Content, X said, more content.` The report is the whole sentence
            // unless an appositive follows an inverted speaker.
            if speaker.start > at {
                body.start..clause_start
            } else {
                body.start..self.clause_end(after + 1, body.end)
            }
        } else {
            return None;
        };
        self.enough(content.clone()).then_some(Reported {
            content,
            speaker: Some(speaker),
            cue: cue.tokens.clone(),
            statement: cue.class == CueClass::Speech,
        })
    }

    /// The speaker of a closing attribution and the comma that sets it off: after the verb
    /// (`, said X.`, `, said X, a lawyer.`) or before it (`, X said.`).
    fn trailing_speaker(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<(Range<usize>, usize)> {
        let (text, tokens) = (self.text, self.tokens);
        if at > body.start && tokens[at - 1].is(',') {
            let speaker = phrase_after(text, tokens, cue.tokens.end, body.end)?;
            // `, said Mr. Smith`, not `, said parents still want schools`.
            if !plausible_subject(text, tokens, speaker.clone())
                || reads_as_clause(text, tokens, speaker.clone())
                || speaker.clone().any(|i| self.cue(i).is_some())
            {
                return None;
            }
            return Some((speaker, at - 1));
        }
        let subject = subject_before(text, tokens, at, body.start)?;
        if subject.start == body.start || !tokens[subject.start - 1].is(',') {
            return None;
        }
        let comma = subject.start - 1;
        Some((subject, comma))
    }
}

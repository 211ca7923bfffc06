//! Reports whose source a phrase names: `According to X, …`, `…, according to X.`, `Laut
//! Polizei …` and `Der Regierung zufolge …`.

use std::ops::Range;

use super::Reported;
use crate::quotes::article::Article;
use crate::quotes::cues::Cue;
use crate::quotes::phrases::phrase_after;

/// The most tokens a source may have before a cue that follows it (`zufolge`).
const MAX_SOURCE_BEFORE: usize = 5;

impl Article<'_> {
    /// `According to X, content.` or `Content, according to X.`: the source after a phrase
    /// that opens or closes the sentence `body`.
    pub(super) fn according_to(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        let source = phrase_after(self.text, self.tokens, cue.tokens.end, body.end)?;
        let (source, content) = if at == body.start || self.leads_sentence(body.start, at) {
            self.leading_source(source, body.end)?
        } else {
            // `Content, according to X.` or `Content according to X`.
            let content_end = if at > body.start && self.tokens[at - 1].is(',') {
                at - 1
            } else {
                at
            };
            (source, body.start..content_end)
        };
        self.enough(content.clone()).then_some(Reported {
            content,
            speaker: Some(source),
            cue: cue.tokens.clone(),
            statement: true,
        })
    }

    /// `According to X, content.`; `Laut Polizei wurde niemand verletzt.`: the source up to
    /// its comma (or, without one, its capitalised words), and the content after it up to
    /// `end`.
    fn leading_source(&self, source: Range<usize>, end: usize) -> Option<(Range<usize>, Range<usize>)> {
        if let Some(comma) = (source.end..end).find(|&i| self.tokens[i].is(',')) {
            return Some((source, comma + 1..end));
        }
        let name_end = (source.start..source.end)
            .find(|&i| !self.tokens[i].is_capitalized(self.text))
            .unwrap_or(source.end);
        (name_end > source.start).then_some((source.start..name_end, name_end..end))
    }

    /// `Der Regierung zufolge steigen die Preise.`: the source is the few words that open
    /// the sentence before the cue.
    pub(super) fn source_before(&self, body: Range<usize>, at: usize, cue: &Cue) -> Option<Reported> {
        let source = body.start..at;
        let content = cue.tokens.end..body.end;
        (at > body.start && at - body.start <= MAX_SOURCE_BEFORE && self.enough(content.clone())).then_some(
            Reported {
                content,
                speaker: Some(source),
                cue: cue.tokens.clone(),
                statement: true,
            },
        )
    }
}

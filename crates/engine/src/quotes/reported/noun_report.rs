//! Reports headed by a noun of saying or thinking: `the claim that …`, `his warning that …`,
//! `Tulsa police’s claim that …`. They are attributions, not quotes.

use std::ops::Range;

use super::Reported;
use crate::lexicon::REPORT_NOUNS;
use crate::quotes::article::Article;
use crate::quotes::lists::is_listed;

impl Article<'_> {
    /// `the claim that …`, `his warning that …`: a noun of saying or thinking followed by
    /// `that`; the owner before it (`Tulsa police’s claim`) is the source when there is one.
    pub(super) fn noun_report(&self, body: Range<usize>, at: usize) -> Option<Reported> {
        let noun = self.word(at)?;
        if !is_report_noun(noun) || self.word(at + 1) != Some("that") {
            return None;
        }
        let content = at + 1..self.clause_end(at + 1, body.end);
        let owner = (at > body.start)
            .then(|| at - 1)
            .filter(|&before| {
                let word = self.tokens[before].text(self.text);
                word.ends_with("’s")
                    || word.ends_with("'s")
                    || matches!(word.to_lowercase().as_str(), "his" | "her" | "their" | "its")
            })
            .map(|before| {
                let start = (body.start..before)
                    .rev()
                    .take_while(|&i| self.tokens[i].is_capitalized(self.text))
                    .last()
                    .unwrap_or(before);
                start..before + 1
            });
        self.enough(content.clone()).then_some(Reported {
            content,
            speaker: owner,
            cue: at..at + 1,
            statement: false,
        })
    }
}

/// Nouns that report what someone said or thought when `that` follows them.
pub(super) fn is_report_noun(word: &str) -> bool {
    is_listed(REPORT_NOUNS, word)
}

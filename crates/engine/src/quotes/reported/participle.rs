//! Who said what a participle introduces: `Rubio emphasized the point, stating that …`,
//! `“…,” the mayor said, adding that …`, `…, citing a threat to public health`.

use std::ops::Range;

use super::is_closing_mark;
use crate::quotes::article::Article;
use crate::quotes::cues::CueClass;
use crate::quotes::phrases::{clause_subject, phrase_after, subject_before};

/// How many tokens back from a participle the verb of saying it follows may stand.
const AFTER_QUOTE_WINDOW: usize = 16;

impl Article<'_> {
    /// The speaker of the participle at `at` in the sentence starting at `start`: the subject
    /// of the sentence, or the speaker of the verb of saying just before.
    pub(super) fn participle_speaker(&self, start: usize, at: usize) -> Option<Range<usize>> {
        clause_subject(self.text, self.tokens, start, at).or_else(|| self.previous_speaker(start, at))
    }

    /// `“…,” the mayor said, adding that …`: the speaker of the verb of saying just before
    /// the participle at `at`, after any quote that opens the sentence.
    fn previous_speaker(&self, start: usize, at: usize) -> Option<Range<usize>> {
        let lowest = start.max(at.saturating_sub(AFTER_QUOTE_WINDOW));
        let floor = (lowest..at)
            .rev()
            .find(|&i| is_closing_mark(self.tokens[i].text(self.text)))
            .map_or(start, |mark| mark + 1);
        let (verb, cue) = (floor..at)
            .rev()
            .find_map(|i| self.cue(i).map(|cue| (i, cue)))
            .filter(|(_, cue)| cue.class == CueClass::Speech && !cue.participle)?;
        let comma = at.checked_sub(1).filter(|&comma| self.tokens[comma].is(','))?;
        // `“…,” said Mr. Smith, adding …`: the speaker follows the verb.
        let verb_opens = verb == floor || verb > 0 && self.tokens[verb - 1].is(',');
        let inverted = phrase_after(self.text, self.tokens, cue.tokens.end, comma)
            .filter(|speaker| verb_opens && speaker.end == comma);
        inverted.or_else(|| subject_before(self.text, self.tokens, verb, floor))
    }
}

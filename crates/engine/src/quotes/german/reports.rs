//! Words quoted in a report that runs over several sentences in the subjunctive (`Die Zeitung
//! berichtet von dem Treffen. Dort sei man sich einig. Der Plan bestehe aus „…“`): they are
//! the reporter's, the subject of the verb of saying that opened the report.

use std::ops::Range;

use super::super::article::Article;
use super::super::lists::is_listed;
use super::cues::verb_cues;
use super::direct::{overlaps_quote, subject_of_verb};
use super::indirect::is_subjunctive_form;
use super::sentence_of;
use crate::lexicon::de::SUBJUNCTIVE_VERBS;

/// How many sentences back a report may have been opened.
const MAX_REPORT_SENTENCES: usize = 3;

/// The speaker of the quoted tokens `passage` in `sentence`, a sentence in the subjunctive:
/// the subject of the verb of saying of the sentence before it, or of the one before that
/// while the sentences between are in the subjunctive too; none across a paragraph, a
/// sentence in the indicative, or words in quote marks (`outers`, byte ranges). The verb,
/// sentences away, is no cue of the quote's.
pub(super) fn reported_by(
    view: &Article,
    sentences: &[Range<usize>],
    passage: Range<usize>,
    sentence: &Range<usize>,
    outers: &[Range<usize>],
) -> Option<Range<usize>> {
    let outside = (sentence.start..passage.start).chain(passage.end..sentence.end);
    if !outside.clone().any(|at| is_reported_at(view, at)) {
        return None;
    }
    let mut index = sentence_of(sentences, sentence.start)?;
    for _ in 0..MAX_REPORT_SENTENCES {
        index = index.checked_sub(1)?;
        let previous = sentences[index].clone();
        let bytes = view.tokens[previous.start].start()..view.tokens[previous.end - 1].end();
        let between = view.tokens[previous.end - 1].end()..view.tokens[sentence.start].start();
        if overlaps_quote(outers, &bytes) || view.text.get(between).is_none_or(|gap| gap.contains('\n')) {
            return None;
        }
        if let Some(cue) = verb_cues(view, previous.clone()).into_iter().next() {
            return subject_of_verb(view, cue.verb, previous);
        }
        if !previous.clone().any(|at| is_reported_at(view, at)) {
            return None;
        }
    }
    None
}

/// True when token `at` is a verb in the subjunctive (`sei`, `habe`, `bestehe`).
fn is_reported_at(view: &Article, at: usize) -> bool {
    view.word(at)
        .is_some_and(|word| is_listed(SUBJUNCTIVE_VERBS, word))
        || is_subjunctive_form(view, at)
}

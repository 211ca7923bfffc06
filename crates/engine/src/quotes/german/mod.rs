//! Quotations in German text, one construction a file: quoted passages, whole or a fragment
//! inside a sentence (`direct`), indirect speech after or before a verb of saying
//! (`indirect`), sources named by `laut`, `zufolge`, `nach Angaben` (`sources`), the cues
//! that introduce them (`cues`) and the speakers as German noun phrases (`speakers`). The
//! shared machinery (tokens, quote marks, sentences, naming the speakers) is the English
//! finder's.

mod cues;
mod direct;
mod indirect;
mod quoting;
mod reports;
mod sources;
mod speakers;

use std::ops::Range;

use super::article::Article;
use super::paragraphs::Paragraphs;
use super::{Found, QuoteKind};
use crate::text::tokens::token_at_or_after;
use crate::text::QuotedPassage;

/// The quotations of a German article: its `sentences` as token ranges, its quoted
/// `passages`; spans as byte ranges, speakers and cues as token ranges, in article order.
pub(super) fn german_quotes(
    view: &Article,
    sentences: &[Range<usize>],
    passages: &[QuotedPassage],
) -> Vec<Found> {
    let direct = direct::direct_quotes(view, sentences, passages);
    let standalone: Vec<Range<usize>> = direct
        .iter()
        .filter(|quote| !quote.continues)
        .map(|quote| quote.found.span.clone())
        .collect();
    let reporters: Vec<(Range<usize>, Range<usize>)> = direct
        .iter()
        .filter_map(|quote| Some((quote.found.span.clone(), quote.reporter.clone()?)))
        .collect();
    let mut found: Vec<Found> = direct.into_iter().map(|quote| quote.found).collect();
    let quoted: Vec<Range<usize>> = found.iter().map(|quote| quote.span.clone()).collect();
    found.extend(indirect::indirect_quotes(view, sentences, &quoted));
    found.sort_by_key(|quote| quote.span.start);
    continue_attributions(view, &mut found, &standalone, &reporters);
    found
}

/// How many paragraphs after an attributed quote an unattributed direct quote may continue it.
const CONTINUED_PARAGRAPHS: usize = 2;

/// Gives a direct quote without an attribution the speaker and cue of the quote before it,
/// at most [`CONTINUED_PARAGRAPHS`] paragraphs back: a run of quotes is attributed once. The
/// `standalone` spans, quoted in statements of the writer's own, continue none; a quote in a
/// report opened by someone else than that quote's speaker takes the `reporters` (span,
/// speaker) speaker instead, and no cue.
fn continue_attributions(
    view: &Article,
    found: &mut [Found],
    standalone: &[Range<usize>],
    reporters: &[(Range<usize>, Range<usize>)],
) {
    let paragraph = Paragraphs::of(view.tokens);
    let mut last: Option<(usize, Range<usize>, Option<Range<usize>>)> = None;
    for quote in found.iter_mut() {
        let here = paragraph.number(token_at_or_after(view.tokens, quote.span.start));
        match &quote.speaker {
            Some(speaker) => last = Some((here, speaker.clone(), quote.cue.clone())),
            None if quote.kind == QuoteKind::Direct && !standalone.contains(&quote.span) => {
                let reporter = reporters
                    .iter()
                    .find(|(span, _)| *span == quote.span)
                    .map(|(_, reporter)| reporter);
                let continued = last.as_ref().filter(|(there, speaker, _)| {
                    here <= there + CONTINUED_PARAGRAPHS
                        && reporter.is_none_or(|reporter| reporter == speaker)
                });
                if let Some((_, speaker, cue)) = continued {
                    quote.speaker = Some(speaker.clone());
                    quote.cue = quote.cue.clone().or_else(|| cue.clone());
                } else if let Some(reporter) = reporter {
                    quote.speaker = Some(reporter.clone());
                }
            }
            None => {}
        }
    }
}

/// The sentence (index into `sentences`) holding token `index`.
fn sentence_of(sentences: &[Range<usize>], index: usize) -> Option<usize> {
    let at = sentences.partition_point(|sentence| sentence.end <= index);
    sentences
        .get(at)
        .filter(|sentence| sentence.start <= index)
        .map(|_| at)
}

/// The byte span from the first to the last token of `tokens`.
fn byte_span(view: &Article, tokens: Range<usize>) -> Range<usize> {
    view.tokens[tokens.start].start()..view.tokens[tokens.end - 1].end()
}

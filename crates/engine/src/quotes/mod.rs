//! Quotations: what was said, by whom, and with which verb.
//!
//! The finder works in passes over one token list (`text::tokens`, read through `article`):
//! quote marks are paired (`text::QuoteMarks`), each quoted passage is judged speech or not
//! (`speech`), speech is attributed to a speaker and a cue (`attribution`, using the
//! lexicon in `cues` and the noun phrases of `phrases`), the sentences are searched for
//! reported speech (`reported`), and every speaker is given the fullest name the article
//! uses (`speakers`). Word lists are sorted and searched through `lists`. The work is
//! linear in the length of the text: every look-around is bounded.

mod article;
mod attribution;
mod captions;
mod cues;
mod descriptions;
mod german;
mod labels;
mod lists;
mod organisations;
mod paragraphs;
mod phrases;
mod reported;
mod speaker_spans;
mod speakers;
mod speech;

use std::ops::Range;

use crate::text::lower_case_tokens::LowerCaseTokens;
use crate::text::tokens::{token_at_or_after, token_ranges, tokenize, Token};
use crate::text::{cut_at_openers, QuotedPassage};
use crate::text::{Document, Language};

use article::Article;
use attribution::Attribution;
use captions::in_caption;
pub(crate) use cues::is_verb_of_saying;
use cues::{cue_at_lower, Cue};
use paragraphs::Paragraphs;
use phrases::{antecedent, clause_subject};
use reported::Reported;
use speakers::NameBook;
use speech::{role_of, QuotedRole};

/// How a quotation is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Words between quote marks.
    Direct,
    /// Reported speech without quote marks.
    Indirect,
    /// Reported speech containing a quoted fragment.
    Mixed,
}

impl QuoteKind {
    /// The name used in JSON: "direct", "indirect" or "mixed".
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Direct => "direct",
            Self::Indirect => "indirect",
            Self::Mixed => "mixed",
        }
    }
}

/// Who said a quotation, as the article names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// Where the article names the speaker for this quote.
    pub span: Range<usize>,
    /// The fullest name the article gives that speaker.
    pub name: String,
}

/// One quotation found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The quoted words (inside the marks, for a direct quote), as a byte range.
    pub span: Range<usize>,
    /// The quoted parts of `span`, in order: `span` itself, or, for a direct quote its
    /// attribution interrupts (`“…,” said Ana Lima. “…”`), the words inside each pair of
    /// marks, so that the attribution is never shown as part of the quote.
    pub parts: Vec<Range<usize>>,
    /// Who said it, when the article says.
    pub speaker: Option<Speaker>,
    /// The verb or phrase that introduced it (`said`, `according to`), when there is one.
    pub cue: Option<Range<usize>>,
}

/// Finds the quotations in an article.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuoteFinder;

/// A quotation before its speaker is named: spans as byte ranges, speaker and cue as tokens.
struct Found {
    kind: QuoteKind,
    span: Range<usize>,
    parts: Vec<Range<usize>>,
    speaker: Option<Range<usize>>,
    cue: Option<Range<usize>>,
}

/// A quoted passage judged to be speech, with the tokens of its marks.
struct SpeechPassage {
    passage: QuotedPassage,
    open_token: usize,
    /// The first token after the closing mark.
    after_token: usize,
    /// The first token of the clause the quote belongs to.
    clause_start: usize,
    attribution: Option<Attribution>,
}

/// The most tokens an attribution interrupting a quotation may have.
const MAX_INTERRUPTION: usize = 60;

/// How many tokens back the clause introducing a quote may start.
const CLAUSE_LOOKBACK: usize = 40;

impl QuoteFinder {
    /// Returns the quotations in `text`, in article order; spans index `text`.
    pub fn find(&self, text: &str) -> Vec<Quote> {
        self.find_in(&Document::new(text))
    }

    /// Returns the quotations in a document, in article order; spans index its original text.
    pub fn find_in(&self, document: &Document) -> Vec<Quote> {
        let original = |span: Range<usize>| document.to_original(span);
        self.find_in_analysed(
            document.analysed(),
            document.sentences(),
            document.quotations(),
            document.language(),
            document.capitals_restored(),
        )
        .into_iter()
        .map(|quote| Quote {
            kind: quote.kind,
            span: original(quote.span),
            parts: quote.parts.into_iter().map(original).collect(),
            speaker: quote.speaker.map(|speaker| Speaker {
                span: original(speaker.span),
                name: speaker.name,
            }),
            cue: quote.cue.map(original),
        })
        .collect()
    }

    /// The quotations in the analysed form of a document in `language`, split into
    /// `sentences`, with its quoted `passages`; spans index it. The speakers are named once
    /// the finder's own records (lower case, cues, speech passages) are freed, as naming them
    /// is where memory peaks.
    fn find_in_analysed(
        &self,
        text: &str,
        sentences: &[Range<usize>],
        passages: &[QuotedPassage],
        language: Option<Language>,
        capitals_restored: bool,
    ) -> Vec<Quote> {
        let tokens = tokenize(text);
        let unnamed = match language {
            Some(Language::German) => {
                german_unnamed_quotes(text, &tokens, sentences, passages, capitals_restored)
            }
            _ => unnamed_quotes(text, &tokens, sentences, passages, capitals_restored),
        };
        name_speakers(text, &tokens, unnamed)
    }
}

/// The quotations of an article before their speakers are named, with what naming them
/// reads: spans as byte ranges, speakers and cues as token ranges.
struct Unnamed {
    /// The quotations, in article order.
    found: Vec<Found>,
    /// The sentences as token ranges, in order.
    sentences: Vec<Range<usize>>,
    /// The outer spans of the quoted passages that are speech, in order.
    speech_spans: Vec<Range<usize>>,
    /// The sources of attributions that are no quotes (`Foster believes`), as token ranges.
    sources: Vec<Range<usize>>,
}

/// The quotations of `text` (its `tokens`, split into `sentences`, with its quoted
/// `passages`), their speakers as the article words them.
fn unnamed_quotes(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    passages: &[QuotedPassage],
    capitals_restored: bool,
) -> Unnamed {
    let lower = LowerCaseTokens::new(text, tokens);
    let cues: Vec<Cue> = tokens
        .iter()
        .enumerate()
        .filter_map(|(index, token)| cue_at_lower(text, tokens, index, lower.get(text, token, index)))
        .collect();
    let view = Article {
        text,
        tokens,
        cues: &cues,
        lower: &lower,
        capitals_restored,
    };
    let paragraph = Paragraphs::of(tokens);
    let passages = passages.to_vec();
    let sentences = sentence_tokens(text, tokens, sentences, &passages);
    let sentence_starts: Vec<usize> = sentences.iter().map(|sentence| sentence.start).collect();
    let (speech, fragments) = speech_passages(&view, &sentence_starts, passages);
    let mut attribution_cues: Vec<usize> = speech
        .iter()
        .filter_map(|quote| {
            quote
                .attribution
                .as_ref()
                .map(|attribution| attribution.cue.start)
        })
        .collect();
    attribution_cues.sort_unstable();
    let speech_spans: Vec<Range<usize>> = speech.iter().map(|quote| quote.passage.outer()).collect();
    let speech_cues: Vec<Option<usize>> = speech
        .iter()
        .map(|quote| {
            quote
                .attribution
                .as_ref()
                .map(|attribution| attribution.cue.start)
        })
        .collect();
    let mut found = direct_quotes(&view, &speech, &paragraph);
    let (reported, absorbed, sources) = reported_quotes(
        &view,
        &sentences,
        &speech_spans,
        &speech_cues,
        &attribution_cues,
        &fragments,
    );
    // Quoted speech that finishes a reported statement is part of it, not a quote of its own.
    found.retain(|quote| !inside(&absorbed, quote.span.start));
    // Grown by exactly the reported quotes: a long text has tens of thousands.
    found.reserve_exact(reported.len());
    found.extend(reported);
    found.sort_by_key(|quote| quote.span.start);
    let labelled = labelled_lines(&view, &found);
    if !labelled.is_empty() {
        found.reserve_exact(labelled.len());
        found.extend(labelled);
        found.sort_by_key(|quote| quote.span.start);
    }
    for quote in &mut found {
        quote.speaker = quote.speaker.take().and_then(|span| view.speaker_span(span));
    }
    continue_speakers(&view, &paragraph, &mut found);
    // Kept while the speakers are named, where memory peaks: without spare room.
    found.shrink_to_fit();
    Unnamed {
        found,
        sentences,
        speech_spans,
        sources,
    }
}

/// The quotations of a German text (see [`german`]), their speakers as the article words them.
fn german_unnamed_quotes(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    passages: &[QuotedPassage],
    capitals_restored: bool,
) -> Unnamed {
    let lower = LowerCaseTokens::new(text, tokens);
    let view = Article {
        text,
        tokens,
        cues: &[],
        lower: &lower,
        capitals_restored,
    };
    let sentences = sentence_tokens(text, tokens, sentences, passages);
    let found = german::german_quotes(&view, &sentences, passages);
    let speech_spans = passages.iter().map(QuotedPassage::outer).collect();
    Unnamed {
        found,
        sentences,
        speech_spans,
        sources: Vec::new(),
    }
}

/// The document's `sentences` as token ranges, cut where a quoted passage opens right after a
/// stop (`He left."We…`), so a quotation begins its own sentence.
fn sentence_tokens(
    text: &str,
    tokens: &[Token],
    sentences: &[Range<usize>],
    passages: &[QuotedPassage],
) -> Vec<Range<usize>> {
    let openers: Vec<usize> = passages.iter().map(|passage| passage.open.start).collect();
    token_ranges(tokens, &cut_at_openers(text, sentences.to_vec(), &openers))
}

/// Sorts the quoted passages into speech (attributed where possible) and fragments.
fn speech_passages(
    view: &Article,
    sentence_starts: &[usize],
    passages: Vec<QuotedPassage>,
) -> (Vec<SpeechPassage>, Vec<QuotedPassage>) {
    let mut speech = Vec::new();
    let mut fragments = Vec::new();
    let mut previous_end = 0;
    for passage in passages {
        let open_token = token_at_or_after(view.tokens, passage.open.start);
        // A mark the tokenizer kept inside a word opens nothing.
        if view
            .tokens
            .get(open_token)
            .is_none_or(|token| token.start() != passage.open.start)
        {
            continue;
        }
        let after_token = token_at_or_after(view.tokens, passage.outer().end);
        let floor = clause_floor(view, sentence_starts, open_token, previous_end);
        let after = passage.close.as_ref().and_then(|_| view.after(after_token));
        let before = view.before(open_token, floor);
        let attribution = match (after, before) {
            (Some(after), _) if after.speaker.is_some() => Some(after),
            (after, Some(before)) => Some(before).or(after),
            (after, None) => after,
        };
        let mut role = role_of(view.text, &passage, attribution.is_some());
        if attribution.is_none() && continues_sentence(view.text, &passage) {
            role = QuotedRole::Fragment;
        }
        previous_end = after_token;
        if role == QuotedRole::Speech {
            speech.push(SpeechPassage {
                passage,
                open_token,
                after_token,
                clause_start: floor,
                attribution,
            });
        } else {
            fragments.push(passage);
        }
    }
    (speech, fragments)
}

/// True when a quoted passage opens in lower case in the middle of a line: it finishes a
/// sentence that began outside the marks.
fn continues_sentence(text: &str, passage: &QuotedPassage) -> bool {
    let inner = text.get(passage.inner.clone()).unwrap_or_default();
    let starts_lower = inner
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let before = text
        .get(..passage.open.start)
        .unwrap_or_default()
        .trim_end_matches([' ', '\t', '\u{a0}']);
    let mid_line = before.chars().next_back().is_some_and(|c| c != '\n' && c != '\r');
    starts_lower && mid_line
}

/// The first token of the clause that ends at `open`: the start of its sentence, or after a
/// line break or an earlier quote, and no more than [`CLAUSE_LOOKBACK`] tokens back. A quote
/// opening a paragraph after one ending in a colon looks into that paragraph.
fn clause_floor(view: &Article, sentence_starts: &[usize], open: usize, previous_end: usize) -> usize {
    let lowest = open.saturating_sub(CLAUSE_LOOKBACK).max(previous_end);
    let introduced_by_colon = open > 0 && view.tokens[open - 1].is(':');
    let mut floor = open;
    while floor > lowest {
        let boundary = sentence_starts.binary_search(&floor).is_ok() || view.tokens[floor].line_before();
        if boundary && !(floor == open && introduced_by_colon) {
            break;
        }
        floor -= 1;
    }
    floor
}

/// The direct quotes: interrupted quotes merged, unattributed ones given the speaker of the
/// quote before them when it is in the same or the previous paragraph.
fn direct_quotes(view: &Article, speech: &[SpeechPassage], paragraph: &Paragraphs) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut last_attributed: Option<(usize, Option<Range<usize>>)> = None;
    let mut merged_into_previous = false;
    for (index, current) in speech.iter().enumerate() {
        if merged_into_previous {
            merged_into_previous = false;
            if let Some(last) = found.last_mut() {
                last.span.end = current.passage.inner.end;
                last.parts.push(current.passage.inner.clone());
                if last.speaker.is_none() {
                    if let Some(attribution) = &current.attribution {
                        last.speaker = attribution.speaker.clone();
                        last.cue = Some(attribution.cue.clone());
                    }
                }
            }
            continue;
        }
        let here = paragraph.number(current.open_token);
        let (speaker, cue) = match &current.attribution {
            Some(attribution) => (attribution.speaker.clone(), Some(attribution.cue.clone())),
            None => match &last_attributed {
                Some((where_, speaker)) if here <= where_ + 1 => (speaker.clone(), None),
                _ => (None, None),
            },
        };
        if speaker.is_some() {
            last_attributed = Some((here, speaker.clone()));
        }
        // `He told the host, “it was …”`: a clause that is only its speaker and cue introduces
        // the quote, which is direct even in lower case (`It was, he said, “a stone …”` is not).
        let introduced = current.attribution.as_ref().is_some_and(|attribution| {
            attribution.clause_end.is_none()
                && attribution
                    .speaker
                    .as_ref()
                    .is_some_and(|speaker| speaker.start == current.clause_start)
                && current.open_token > 0
                && matches!(view.tokens[current.open_token - 1].text(view.text), "," | ":")
        });
        let (kind, span) = if continues_sentence(view.text, &current.passage) && !introduced {
            // `The country “has made changes,” he said.`: the quote finishes a sentence begun
            // outside the marks, so the statement is the whole clause.
            let start = match &current.attribution {
                Some(attribution) if attribution.clause_end.is_none() => attribution.cue.end,
                _ => current.clause_start,
            };
            let start = view
                .tokens
                .get(start)
                .map_or(current.passage.open.start, |token| token.start());
            (
                QuoteKind::Mixed,
                start.min(current.passage.open.start)..current.passage.inner.end,
            )
        } else {
            (QuoteKind::Direct, current.passage.inner.clone())
        };
        found.push(Found {
            kind,
            parts: vec![span.clone()],
            span,
            speaker,
            cue,
        });
        if let (Some(attribution), Some(next)) = (&current.attribution, speech.get(index + 1)) {
            if let Some(clause_end) = attribution.clause_end {
                // The next quote continues this one unless it has a speaker of its own.
                let own_attribution = next
                    .attribution
                    .as_ref()
                    .is_some_and(|next_attribution| next_attribution.cue != attribution.cue);
                merged_into_previous =
                    !own_attribution && interrupts(view, clause_end, next, current.after_token);
            }
        }
    }
    found
}

/// `“…,” he said, “…”` and `“…,” he said. “…”`: the next quote opens on the same line, right
/// after the attribution clause or the sentence it ends, with no other quote mark between.
fn interrupts(view: &Article, clause_end: usize, next: &SpeechPassage, after_quote: usize) -> bool {
    if clause_end <= after_quote
        || next.open_token < clause_end
        || next.open_token - after_quote > MAX_INTERRUPTION
    {
        return false;
    }
    (after_quote..=next.open_token).all(|at| !view.tokens[at].line_before())
}

/// Reported speech in the sentences, with the outer spans of the quoted speech that
/// finishes a reported statement and is absorbed into it, and the sources of the attributions
/// that are no quotes (`Foster believes`), who are people the article follows all the same.
fn reported_quotes(
    view: &Article,
    sentences: &[Range<usize>],
    speech_spans: &[Range<usize>],
    speech_cues: &[Option<usize>],
    attribution_cues: &[usize],
    fragments: &[QuotedPassage],
) -> (Vec<Found>, Vec<Range<usize>>, Vec<Range<usize>>) {
    // Cues inside quoted speech, and cues already attributing a quote, report nothing more.
    let blocked = |token: usize| {
        attribution_cues.binary_search(&token).is_ok()
            || view
                .tokens
                .get(token)
                .is_some_and(|token| inside(speech_spans, token.start()))
    };
    let mut found = Vec::new();
    let mut absorbed: Vec<Range<usize>> = Vec::new();
    let mut sources = Vec::new();
    for sentence in sentences.iter().cloned() {
        let (first, last) = (sentence.start, sentence.end);
        // A quote is something a source said or wrote: beliefs, stances, intentions and
        // questions put are attributions but not quotes, and a statement nobody made is none.
        let (statements, others): (Vec<Reported>, Vec<Reported>) = view
            .reported(first..last, &blocked)
            .into_iter()
            .filter(|reported| reported.speaker.is_some())
            .partition(|reported| reported.statement);
        sources.extend(others.into_iter().filter_map(|reported| reported.speaker));
        for reported in statements {
            let mut span =
                view.tokens[reported.content.start].start()..view.tokens[reported.content.end - 1].end();
            // A statement running into quoted speech stops where the speech begins, unless
            // the speech finishes it: `He said the plan would “change everything.”`, a quote
            // with no verb of its own and no colon or dash before it, is taken in.
            let mut finished_by_quote = false;
            let first_after = speech_spans.partition_point(|outer| outer.end <= span.start);
            if let Some(outer) = speech_spans
                .get(first_after)
                .filter(|outer| outer.start < span.end && span.start < outer.end)
            {
                let kept = view
                    .text
                    .get(span.start..outer.start)
                    .unwrap_or_default()
                    .trim_end();
                if kept.split_whitespace().count() < 3 {
                    continue;
                }
                let own_cue = speech_cues
                    .get(first_after)
                    .copied()
                    .flatten()
                    .is_some_and(|cue| cue != reported.cue.start);
                let introduced = kept.ends_with([':', '-', '—', '–', '―']);
                if own_cue || introduced {
                    span.end = span.start + kept.trim_end_matches([',', ';', ':', ' ']).len();
                } else {
                    span.end = span.end.max(outer.end);
                    absorbed.push(outer.clone());
                    finished_by_quote = true;
                }
            }
            let first_inside = fragments.partition_point(|fragment| fragment.open.start < span.start);
            let has_fragment = fragments
                .get(first_inside)
                .is_some_and(|fragment| fragment.inner.end <= span.end);
            found.push(Found {
                parts: vec![span.clone()],
                kind: if has_fragment || finished_by_quote {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                },
                span,
                speaker: reported.speaker,
                cue: Some(reported.cue),
            });
        }
    }
    (found, absorbed, sources)
}

/// How many paragraphs after an attributed quote an unattributed direct quote may continue it.
const CONTINUED_PARAGRAPHS: usize = 2;

/// Gives a direct quote without an attribution the speaker of the quote before it, when that
/// one is at most [`CONTINUED_PARAGRAPHS`] paragraphs back: a run of quotes is attributed once.
fn continue_speakers(view: &Article, paragraph: &Paragraphs, found: &mut [Found]) {
    let mut last: Option<(usize, Range<usize>)> = None;
    for quote in found.iter_mut() {
        let token = token_at_or_after(view.tokens, quote.span.start);
        let here = paragraph.number(token);
        match &quote.speaker {
            // A quote running over paragraphs is continued from its last one.
            Some(speaker) => {
                let last_token = token_at_or_after(view.tokens, quote.span.end.saturating_sub(1));
                last = Some((paragraph.number(last_token).max(here), speaker.clone()));
            }
            None if quote.kind == QuoteKind::Direct => {
                quote.speaker = last
                    .as_ref()
                    .filter(|(there, _)| here <= there + CONTINUED_PARAGRAPHS)
                    .map(|(_, speaker)| speaker.clone());
            }
            None => {}
        }
    }
}

/// The statements of lines opened by a speaker's label (`Pence: …`, `WALLACE: …`) that no
/// other quotation already covers.
fn labelled_lines(view: &Article, found: &[Found]) -> Vec<Found> {
    let spans: Vec<Range<usize>> = found.iter().map(|quote| quote.span.clone()).collect();
    labels::line_starts(view)
        .into_iter()
        .filter_map(|first| view.labelled_line(first))
        .filter_map(|labelled| {
            let span =
                view.tokens[labelled.content.start].start()..view.tokens[labelled.content.end - 1].end();
            (!labels::overlaps_any(&spans, &span)).then_some(Found {
                kind: QuoteKind::Indirect,
                parts: vec![span.clone()],
                span,
                speaker: labelled.speaker,
                cue: Some(labelled.cue),
            })
        })
        .collect()
}

/// Names every speaker canonically, in article order, so pronouns find the speakers and the
/// people named before them: the subjects of sentences and the `sources` of attributions
/// that are no quotes.
fn name_speakers(text: &str, tokens: &[Token], unnamed: Unnamed) -> Vec<Quote> {
    let Unnamed {
        found,
        sentences,
        speech_spans,
        sources,
    } = unnamed;
    let starts = sentences
        .iter()
        .filter_map(|sentence| tokens.get(sentence.start))
        .map(|token| token.start() as u32)
        .collect();
    let mut book =
        NameBook::new(text, tokens, |token| in_caption(text, tokens, token)).with_sentence_starts(starts);
    // (the words naming a person, true when they are an attribution's source)
    let mut subjects: Vec<(Range<usize>, bool)> = Vec::new();
    for sentence in &sentences {
        let (first, last) = (sentence.start, sentence.end);
        if tokens
            .get(first)
            .is_some_and(|token| inside(&speech_spans, token.start()))
            || in_caption(text, tokens, first)
        {
            continue;
        }
        if let Some(subject) = clause_subject(text, tokens, first, last) {
            if tokens[subject.start].is_capitalized(text) {
                subjects.push((subject, false));
            }
        }
    }
    // Read once the subjects are found: freed before the quotes are named, where memory peaks.
    drop((sentences, speech_spans));
    subjects.extend(sources.into_iter().map(|source| (source, true)));
    subjects.sort_by_key(|(subject, _)| subject.start);
    let mut subjects = subjects.into_iter().peekable();
    found
        .into_iter()
        .map(|quote| {
            let mention = quote
                .speaker
                .as_ref()
                .map(|speaker| tokens[speaker.start].start());
            let position = mention.unwrap_or(quote.span.start);
            while let Some((subject, source)) =
                subjects.next_if(|(subject, _)| tokens[subject.start].start() < position)
            {
                let at = tokens[subject.start].start();
                book.note_person(text, tokens, subject, at, source);
            }
            let speaker = quote.speaker.map(|speaker| {
                let span = tokens[speaker.start].start()..tokens[speaker.end - 1].end();
                // `Mr. Kamin, who emphasized …`: named for the person, not the relative pronoun;
                // `ein Kommentar, der`: for the phrase the pronoun after it stands for.
                let relative =
                    speaker.len() == 1 && tokens[speaker.start].text(text).eq_ignore_ascii_case("who");
                let with_relative = speaker.len() > 2
                    && tokens[speaker.end - 2].is(',')
                    && lists::is_listed_lowercased(
                        crate::lexicon::de::RELATIVE_PRONOUNS,
                        tokens[speaker.end - 1].text(text),
                    );
                let named = relative
                    .then(|| antecedent(text, tokens, speaker.start, 0))
                    .flatten()
                    .or_else(|| with_relative.then(|| speaker.start..speaker.end - 2))
                    .unwrap_or(speaker);
                book.naming_speaker_of(quote.span.clone());
                let name = book.canonical(text, tokens, named, span.start);
                Speaker { span, name }
            });
            let cue = quote
                .cue
                .map(|cue| tokens[cue.start].start()..tokens[cue.end - 1].end());
            Quote {
                kind: quote.kind,
                span: quote.span,
                parts: quote.parts,
                speaker,
                cue,
            }
        })
        .collect()
}

/// True when byte `at` lies within one of the sorted, disjoint `spans`.
fn inside(spans: &[Range<usize>], at: usize) -> bool {
    let index = spans.partition_point(|span| span.end <= at);
    spans.get(index).is_some_and(|span| span.start <= at)
}

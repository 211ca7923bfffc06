//! Quotes scored against German Wikinews articles annotated with who said what
//! (`de-quotes-dev.jsonl`): each article's `text` and its `quotes`, every span a list of
//! `[start, end]` parts in char offsets.
//!
//! A quote's span runs from the start of its first part to the end of its last. A found quote
//! matches an annotated one when their overlap is at least half of each, one to one, largest
//! overlap first; its speaker and cue are right when their spans overlap the annotated ones
//! (with none annotated, when none is found). "Direct" scores the annotated quotes of type
//! `Direct` against the found quotes of kind "direct"; "speech" scores the types `Direct`,
//! `Indirect` and `Reported` against every found quote, where a found quote matching an
//! annotated free indirect one (`FreeIndirect`, `IndirectFreeIndirect`: speech continued
//! without a verb, which the annotators mark but do not count as speech) is neither right nor
//! wrong. The articles are scored whole and in two halves, split by the parity of the first
//! byte of the MD5 digest of their id: tune on half a, check on half b.

use std::ops::Range;
use std::path::Path;

use md5::{Digest, Md5};
use nutgraf_engine::report::QuoteReport;
use nutgraf_engine::text::Language;
use nutgraf_engine::{Document, QuoteFinder, QuotesReport};
use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::german_forms;
use super::ggt::match_one_to_one;
use super::json_lines::read_json_lines;
use super::panics::Panics;
use super::paste_forms::Pasted;
use super::quotes::{overlap, Tally};

/// The file scored, in the data folder.
const FILE: &str = "de-quotes-dev.jsonl";

/// A found quote and an annotated one match when their overlap is at least this share of each.
const MIN_OVERLAP: f64 = 0.5;

/// What the German evaluation produced.
pub struct GermanEvaluation {
    /// The table for a person.
    pub table: String,
    /// The figures: whole file, and halves `a` and `b`; null when the file is absent.
    pub json: Value,
    /// The figures of each form the articles are pasted in (see `german_forms`); null when
    /// the file is absent.
    pub forms: Value,
}

/// One article of the file.
#[derive(Deserialize)]
pub(super) struct GermanArticle {
    pub(super) id: String,
    pub(super) text: String,
    pub(super) quotes: Vec<GermanQuote>,
}

/// One annotated quote; each span is its parts, `[start, end]` in chars.
#[derive(Deserialize)]
pub(super) struct GermanQuote {
    #[serde(rename = "type")]
    kind: String,
    quote: Vec<[usize; 2]>,
    #[serde(default)]
    speaker: Vec<[usize; 2]>,
    #[serde(default)]
    cue: Vec<[usize; 2]>,
}

/// How an annotated quote's type is scored.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Scored {
    /// `Direct`: scored as direct and as speech.
    Direct,
    /// `Indirect`, `Reported`: scored as speech.
    Speech,
    /// `FreeIndirect`, `IndirectFreeIndirect`: a found quote matching one is not counted.
    Neutral,
}

/// An annotated quote as scored: its whole span, its speaker's and cue's parts.
pub(super) struct Annotated {
    scored: Scored,
    span: Range<usize>,
    speaker: Vec<Range<usize>>,
    cue: Vec<Range<usize>>,
}

impl Annotated {
    pub(super) fn new(quote: &GermanQuote) -> Option<Self> {
        let parts = |span: &[[usize; 2]]| -> Vec<Range<usize>> {
            span.iter()
                .filter(|[start, end]| start < end)
                .map(|[start, end]| *start..*end)
                .collect()
        };
        let quote_parts = parts(&quote.quote);
        let start = quote_parts.iter().map(|part| part.start).min()?;
        let end = quote_parts.iter().map(|part| part.end).max()?;
        let scored = match quote.kind.as_str() {
            "Direct" => Scored::Direct,
            "Indirect" | "Reported" => Scored::Speech,
            _ => Scored::Neutral,
        };
        Some(Self {
            scored,
            span: start..end,
            speaker: parts(&quote.speaker),
            cue: parts(&quote.cue),
        })
    }

    /// The same quote in `pasted`, its spans moved there.
    pub(super) fn moved(&self, pasted: &Pasted) -> Self {
        let moved = |parts: &[Range<usize>]| parts.iter().map(|part| pasted.span(part.clone())).collect();
        Self {
            scored: self.scored,
            span: pasted.span(self.span.clone()),
            speaker: moved(&self.speaker),
            cue: moved(&self.cue),
        }
    }
}

/// Scores the quote finder on `data/de-quotes-dev.jsonl`, whole and by halves.
pub fn evaluate(data: &Path) -> Result<GermanEvaluation, String> {
    let path = data.join(FILE);
    if !path.is_file() {
        return Ok(GermanEvaluation {
            table: format!("\nskipped German quotes: {} does not exist\n", path.display()),
            json: Value::Null,
            forms: Value::Null,
        });
    }
    let articles = read_articles(&path)?;
    let mut panics = Panics::default();
    let mut whole = Halves::default();
    let mut read_as_german = 0;
    for article in &articles {
        let input = || format!("{FILE} {}", article.id);
        let found = panics.guard(input, || found_in(&article.text));
        let (german, found) = found.unwrap_or_default();
        read_as_german += usize::from(german);
        let annotated: Vec<Annotated> = article.quotes.iter().filter_map(Annotated::new).collect();
        whole.add(&article.id, &annotated, &found);
    }
    let mut table = format!(
        "\nGerman quotes, {FILE} ({} articles, {read_as_german} read as German), overlap of half of each span\n{}",
        articles.len(),
        Tally::header("half")
    );
    let mut json = Map::new();
    for (name, tallies) in [("all", &whole.all), ("a", &whole.a), ("b", &whole.b)] {
        table.push_str(&tallies.direct.row(name, "direct"));
        table.push_str(&tallies.speech.row(name, "speech"));
        let figures = json!({"direct": tallies.direct.json(), "speech": tallies.speech.json()});
        if name == "all" {
            if let Value::Object(figures) = figures {
                json.extend(figures);
            }
        } else {
            json.insert(name.to_owned(), figures);
        }
    }
    table.push_str(&panics.line());
    let (forms_table, forms) = german_forms::evaluate(&articles);
    table.push_str(&forms_table);
    Ok(GermanEvaluation {
        table,
        json: Value::Object(json),
        forms,
    })
}

/// Whether `text` is read as German, and the quotes found in it.
pub(super) fn found_in(text: &str) -> (bool, Vec<QuoteReport>) {
    let document = Document::new(text);
    let report = QuotesReport::of(&document, &QuoteFinder.find_in(&document));
    (document.language() == Some(Language::German), report.quotes)
}

/// The articles of the file.
fn read_articles(path: &Path) -> Result<Vec<GermanArticle>, String> {
    read_json_lines(path)
}

/// True when the article `id` is in half a: the first byte of its id's MD5 digest is even.
fn in_half_a(id: &str) -> bool {
    Md5::digest(id.as_bytes())[0] % 2 == 0
}

/// The direct and speech counts of a set of articles.
#[derive(Default)]
pub(super) struct Tallies {
    pub(super) direct: Tally,
    pub(super) speech: Tally,
}

impl Tallies {
    /// Scores one article's `found` quotes against its `annotated` ones.
    pub(super) fn add(&mut self, annotated: &[Annotated], found: &[QuoteReport]) {
        let direct_annotated: Vec<&Annotated> = annotated
            .iter()
            .filter(|quote| quote.scored == Scored::Direct)
            .collect();
        let direct_found: Vec<&QuoteReport> = found.iter().filter(|quote| quote.kind == "direct").collect();
        add(&mut self.direct, &direct_annotated, &direct_found);
        let every_annotated: Vec<&Annotated> = annotated.iter().collect();
        let every_found: Vec<&QuoteReport> = found.iter().collect();
        add(&mut self.speech, &every_annotated, &every_found);
    }
}

/// The tallies of the whole file and of each half.
#[derive(Default)]
struct Halves {
    all: Tallies,
    a: Tallies,
    b: Tallies,
}

impl Halves {
    /// Scores one article's `found` quotes against its `annotated` ones.
    fn add(&mut self, id: &str, annotated: &[Annotated], found: &[QuoteReport]) {
        let half = if in_half_a(id) { &mut self.a } else { &mut self.b };
        for tallies in [&mut self.all, half] {
            tallies.add(annotated, found);
        }
    }
}

/// Counts `found` against `annotated` in `tally`; annotations of neutral types take their
/// matches out of the count instead of scoring them.
fn add(tally: &mut Tally, annotated: &[&Annotated], found: &[&QuoteReport]) {
    let spans: Vec<Range<usize>> = annotated.iter().map(|quote| quote.span.clone()).collect();
    let found_spans: Vec<Range<usize>> = found.iter().map(|quote| quote.start..quote.end).collect();
    let pairs = match_one_to_one(&spans, &found_spans, MIN_OVERLAP);
    let neutral = |a: usize| annotated[a].scored == Scored::Neutral;
    let scored = annotated
        .iter()
        .filter(|quote| quote.scored != Scored::Neutral)
        .count();
    let predicted = found.len() - pairs.iter().filter(|(a, _)| neutral(*a)).count();
    let matches = pairs.into_iter().filter(|(a, _)| !neutral(*a)).map(|(a, p)| {
        let quote = annotated[a];
        let speaker = found[p]
            .speaker
            .as_ref()
            .map(|speaker| speaker.start..speaker.end);
        let cue = found[p].cue.as_ref().map(|cue| cue.start..cue.end);
        (agrees(&quote.speaker, speaker), agrees(&quote.cue, cue))
    });
    tally.record(scored, predicted, matches);
}

/// A found span agrees with the annotated parts when it overlaps one of them; with none
/// annotated, when none is found.
fn agrees(annotated: &[Range<usize>], found: Option<Range<usize>>) -> bool {
    match found {
        Some(found) => annotated.iter().any(|part| overlap(part, &found) > 0),
        None => annotated.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use nutgraf_engine::report::SpeakerReport;

    fn found(kind: &str, span: Range<usize>, speaker: Option<Range<usize>>) -> QuoteReport {
        QuoteReport {
            kind: kind.to_owned(),
            text: String::new(),
            start: span.start,
            end: span.end,
            parts: Vec::new(),
            shown: String::new(),
            speaker: speaker.map(|speaker| SpeakerReport {
                text: String::new(),
                start: speaker.start,
                end: speaker.end,
                name: String::new(),
            }),
            cue: None,
        }
    }

    fn annotated(kind: &str, quote: [usize; 2], speaker: Option<[usize; 2]>) -> Annotated {
        Annotated::new(&GermanQuote {
            kind: kind.to_owned(),
            quote: vec![quote],
            speaker: speaker.into_iter().collect(),
            cue: Vec::new(),
        })
        .expect("a quote with a part")
    }

    #[test]
    fn a_quote_spans_its_parts() {
        let quote = GermanQuote {
            kind: "Direct".to_owned(),
            quote: vec![[30, 40], [5, 12]],
            speaker: Vec::new(),
            cue: Vec::new(),
        };
        assert_eq!(Annotated::new(&quote).map(|quote| quote.span), Some(5..40));
        let empty = GermanQuote {
            quote: Vec::new(),
            ..quote
        };
        assert!(Annotated::new(&empty).is_none());
    }

    #[test]
    fn free_indirect_matches_are_neither_right_nor_wrong() {
        let quotes = [
            annotated("Indirect", [0, 10], Some([20, 25])),
            annotated("FreeIndirect", [30, 40], None),
        ];
        let annotated: Vec<&Annotated> = quotes.iter().collect();
        let reports = [
            found("indirect", 0..10, Some(21..23)),
            found("indirect", 30..40, None),
            found("indirect", 50..60, None),
        ];
        let found: Vec<&QuoteReport> = reports.iter().collect();
        let mut tally = Tally::default();
        add(&mut tally, &annotated, &found);
        assert_eq!((tally.annotated, tally.predicted, tally.matched), (1, 2, 1));
        assert_eq!(tally.speaker_right, 1);
        // The cue: none annotated, none found.
        assert_eq!(tally.cue_right, 1);
    }

    #[test]
    fn halves_split_by_the_digest_of_the_id() {
        // MD5("a") opens with 0x0c, MD5("x") with 0x9d, MD5("train/10022") with 0xdf.
        assert!(in_half_a("a"));
        assert!(!in_half_a("x"));
        assert!(!in_half_a("train/10022"));
    }
}

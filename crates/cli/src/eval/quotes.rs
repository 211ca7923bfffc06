//! Quote detection scored against PolNeAR's annotated attributions.
//!
//! Every attribution event of an article's first annotation file is one expected quotation:
//! its Content from the first to the last character, its Source and its Cue. A predicted
//! quotation matches an annotated one when their overlap covers at least half of each (pairs
//! are taken one to one, largest overlap first). Direct quotations are the annotated contents
//! that open and close with a quote mark, scored against the predictions of kind "direct";
//! "all" scores every annotation against every prediction.
//!
//! The dev articles are scored again in every form people paste them in (`quote_forms`), and
//! GenderGapTracker's annotated quotes are scored after them (`ggt`).

use std::collections::BTreeMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use nutgraf_engine::report::QuoteReport;
use nutgraf_engine::text::is_quote_mark;
use nutgraf_engine::QuotesReport;
use serde_json::{json, Value};

use super::ggt::match_one_to_one;
use super::paste_forms::Pasted;
use super::scores::{percent, round2, MatchScores};
use super::{german_quotes, ggt, quote_forms, Evaluation};
use crate::output::quotes_report;

/// The corpus splits scored, in the order they are reported.
const SPLITS: [&str; 2] = ["dev", "train"];

/// Scores the quote finder on `data/polnear/{train,dev}`.
pub fn evaluate(data: &Path) -> Result<Evaluation, String> {
    let corpus = data.join("polnear");
    let mut table = String::new();
    table.push_str(&Tally::header("split"));
    let mut json = serde_json::Map::new();
    let mut dev = Vec::new();
    if !corpus.is_dir() {
        table = format!("skipped PolNeAR: {} does not exist\n", corpus.display());
    }
    for split in SPLITS.into_iter().filter(|_| corpus.is_dir()) {
        let articles = load_split(&corpus.join(split))?;
        let mut direct = Tally::default();
        let mut all = Tally::default();
        for article in &articles {
            let report = quotes_report(&article.text);
            add_article(&mut direct, &mut all, &article.annotations, &report);
        }
        if split == "dev" {
            dev = articles;
        }
        let mut split_json = serde_json::Map::new();
        for (name, tally) in [("direct", &direct), ("all", &all)] {
            table.push_str(&tally.row(split, name));
            split_json.insert(name.to_owned(), tally.json());
        }
        json.insert(split.to_owned(), Value::Object(split_json));
    }
    let (forms_table, polnear_forms) = quote_forms::evaluate(&dev);
    table.push_str(&forms_table);
    let ggt = ggt::evaluate(data)?;
    table.push_str(&ggt.table);
    json.insert("ggt".to_owned(), ggt.clean);
    let german = german_quotes::evaluate(data)?;
    table.push_str(&german.table);
    json.insert("de".to_owned(), german.json);
    json.insert(
        "forms".to_owned(),
        json!({"polnear_dev": polnear_forms, "ggt": ggt.forms, "de": german.forms}),
    );
    Ok(Evaluation {
        table,
        json: Value::Object(json),
    })
}

/// Scores one article's quotations, `report`, against its `annotations`: the direct ones
/// against the predictions of kind "direct" into `direct`, all against all into `all`.
pub(super) fn add_article(
    direct: &mut Tally,
    all: &mut Tally,
    annotations: &[Annotation],
    report: &QuotesReport,
) {
    let direct_annotations: Vec<&Annotation> = annotations
        .iter()
        .filter(|annotation| annotation.direct)
        .collect();
    let direct_predictions: Vec<&QuoteReport> = report
        .quotes
        .iter()
        .filter(|quote| quote.kind == "direct")
        .collect();
    direct.add(&direct_annotations, &direct_predictions);
    let every_annotation: Vec<&Annotation> = annotations.iter().collect();
    let every_prediction: Vec<&QuoteReport> = report.quotes.iter().collect();
    all.add(&every_annotation, &every_prediction);
}

/// One article with the attributions its first annotator marked.
pub(super) struct Article {
    /// The article's file name, without `.txt`.
    pub(super) name: String,
    /// The article, clean.
    pub(super) text: String,
    /// Its attributions, in char offsets into `text`.
    pub(super) annotations: Vec<Annotation>,
}

/// One annotated attribution, in char offsets.
#[derive(Clone)]
pub(super) struct Annotation {
    /// From the first to the last character of the Content.
    content: Range<usize>,
    /// The Source's pieces (empty when none was marked).
    source: Vec<Range<usize>>,
    /// The Cue's pieces (empty when none was marked).
    cue: Vec<Range<usize>>,
    /// True when the Content opens and closes with a quote mark in the clean text.
    direct: bool,
    /// The last capitalised word of the Source in the clean text, lower-cased.
    source_name: Option<String>,
}

impl Annotation {
    /// An attribution of the clean text `chars`, with what is read from that text filled in.
    fn new(chars: &[char], content: Range<usize>, source: Vec<Range<usize>>, cue: Vec<Range<usize>>) -> Self {
        let source_text: Vec<String> = source
            .iter()
            .map(|piece| {
                chars
                    .get(piece.clone())
                    .map(String::from_iter)
                    .unwrap_or_default()
            })
            .collect();
        let mut annotation = Self {
            content,
            source,
            cue,
            direct: false,
            source_name: last_name(&source_text.join(" ")),
        };
        annotation.direct = annotation.is_direct(chars);
        annotation
    }

    /// The same attribution in `pasted`, its spans moved there.
    pub(super) fn moved(&self, pasted: &Pasted) -> Self {
        let move_all =
            |pieces: &[Range<usize>]| pieces.iter().map(|piece| pasted.span(piece.clone())).collect();
        Self {
            content: pasted.span(self.content.clone()),
            source: move_all(&self.source),
            cue: move_all(&self.cue),
            direct: self.direct,
            source_name: self.source_name.clone(),
        }
    }

    /// True when the content opens and closes with a quote mark (at its ends or just outside).
    fn is_direct(&self, chars: &[char]) -> bool {
        let mut start = self.content.start;
        let mut end = self.content.end.min(chars.len());
        while start < end && chars[start].is_whitespace() {
            start += 1;
        }
        while end > start && chars[end - 1].is_whitespace() {
            end -= 1;
        }
        if start >= end {
            return false;
        }
        let opens = is_quote_mark(chars[start]) || start > 0 && is_quote_mark(chars[start - 1]);
        let closes_inside = is_quote_mark(chars[end - 1])
            || end >= 2 && is_quote_mark(chars[end - 2]) && matches!(chars[end - 1], '.' | ',' | '?' | '!');
        let closes = closes_inside || chars.get(end).copied().is_some_and(is_quote_mark);
        opens && closes
    }
}

/// Reads every article of one split that has an annotation file.
fn load_split(dir: &Path) -> Result<Vec<Article>, String> {
    let attributions = dir.join("attributions");
    let entries = fs::read_dir(&attributions).map_err(|error| {
        format!(
            "cannot read {}: {error}; is the PolNeAR corpus unpacked there?",
            attributions.display()
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "ann"))
        .collect();
    files.sort();
    // The first annotation file, by name, of each article.
    let mut first_by_article: BTreeMap<String, PathBuf> = BTreeMap::new();
    for file in files {
        let Some(name) = file.file_stem().and_then(|stem| stem.to_str()) else {
            continue;
        };
        let article = name
            .rsplit_once('_')
            .map_or(name, |(article, _annotator)| article)
            .to_owned();
        first_by_article.entry(article).or_insert(file);
    }
    let mut articles = Vec::new();
    for (article, ann_file) in first_by_article {
        let text_file = dir.join("text").join(format!("{article}.txt"));
        let text = fs::read_to_string(&text_file)
            .map_err(|error| format!("cannot read {}: {error}", text_file.display()))?;
        let standoff = fs::read_to_string(&ann_file)
            .map_err(|error| format!("cannot read {}: {error}", ann_file.display()))?;
        let chars: Vec<char> = text.chars().collect();
        articles.push(Article {
            annotations: parse_standoff(&chars, &standoff),
            name: article,
            text,
        });
    }
    Ok(articles)
}

/// The attribution events of a brat standoff file that have a Content.
fn parse_standoff(chars: &[char], standoff: &str) -> Vec<Annotation> {
    let mut spans: BTreeMap<&str, Vec<Range<usize>>> = BTreeMap::new();
    let mut events = Vec::new();
    for line in standoff.lines() {
        let mut fields = line.split('\t');
        let (Some(id), Some(body)) = (fields.next(), fields.next()) else {
            continue;
        };
        if id.starts_with('T') {
            let Some((_kind, offsets)) = body.split_once(' ') else {
                continue;
            };
            let pieces: Vec<Range<usize>> = offsets
                .split(';')
                .filter_map(|piece| {
                    let mut numbers = piece.split_whitespace().map(str::parse::<usize>);
                    match (numbers.next(), numbers.next()) {
                        (Some(Ok(start)), Some(Ok(end))) if start <= end => Some(start..end),
                        _ => None,
                    }
                })
                .collect();
            spans.insert(id, pieces);
        } else if id.starts_with('E') {
            let roles: BTreeMap<&str, &str> = body
                .split_whitespace()
                .skip(1)
                .filter_map(|role| role.split_once(':'))
                .collect();
            events.push(roles);
        }
    }
    events
        .into_iter()
        .filter_map(|roles| {
            let pieces_of = |role: &str| {
                roles
                    .get(role)
                    .and_then(|id| spans.get(id))
                    .cloned()
                    .unwrap_or_default()
            };
            let content = pieces_of("Content");
            let start = content.iter().map(|piece| piece.start).min()?;
            let end = content.iter().map(|piece| piece.end).max()?;
            Some(Annotation::new(
                chars,
                start..end,
                pieces_of("Source"),
                pieces_of("Cue"),
            ))
        })
        .collect()
}

/// A found quotation matches an annotated one when they share at least half of each.
const HALF_OF_EACH: f64 = 0.5;

/// Counts for one kind of quotation over one split (PolNeAR's, and the German data's).
#[derive(Default)]
pub(super) struct Tally {
    pub(super) annotated: usize,
    pub(super) predicted: usize,
    pub(super) matched: usize,
    pub(super) speaker_right: usize,
    pub(super) cue_right: usize,
}

impl Tally {
    /// Matches one article's predictions to its annotations and counts the outcome.
    fn add(&mut self, annotations: &[&Annotation], predictions: &[&QuoteReport]) {
        let annotated: Vec<Range<usize>> = annotations
            .iter()
            .map(|annotation| annotation.content.clone())
            .collect();
        let found: Vec<Range<usize>> = predictions
            .iter()
            .map(|prediction| prediction.start..prediction.end)
            .collect();
        let matches = match_one_to_one(&annotated, &found, HALF_OF_EACH)
            .into_iter()
            .map(|(a, p)| {
                (
                    speaker_agrees(annotations[a], predictions[p]),
                    cue_agrees(annotations[a], predictions[p]),
                )
            });
        self.record(annotations.len(), predictions.len(), matches);
    }

    /// Counts one article: how many quotes were `annotated` and `predicted`, and for each
    /// match whether its speaker and its cue agree.
    pub(super) fn record(
        &mut self,
        annotated: usize,
        predicted: usize,
        matches: impl IntoIterator<Item = (bool, bool)>,
    ) {
        self.annotated += annotated;
        self.predicted += predicted;
        for (speaker, cue) in matches {
            self.matched += 1;
            self.speaker_right += usize::from(speaker);
            self.cue_right += usize::from(cue);
        }
    }

    fn scores(&self) -> MatchScores {
        MatchScores::of(self.matched, self.predicted, self.annotated)
    }

    /// The figures as JSON: precision, recall, F1, speaker and cue right, in %, and the counts.
    pub(super) fn json(&self) -> Value {
        json!({
            "precision": round2(self.scores().precision),
            "recall": round2(self.scores().recall),
            "f1": round2(self.scores().f1),
            "speaker": round2(percent(self.speaker_right, self.matched)),
            "cue": round2(percent(self.cue_right, self.matched)),
            "annotated": self.annotated,
            "predicted": self.predicted,
        })
    }

    /// The heading of the table [`Self::row`] writes, its first column named `first`.
    pub(super) fn header(first: &str) -> String {
        format!(
            "{first:<6} {:<7} {:>9} {:>9} {:>9} {:>7} {:>7} {:>9} {:>9}\n",
            "quotes", "precision", "recall", "F1", "speaker", "cue", "annotated", "predicted"
        )
    }

    /// A table row: `split`, `name`, then the figures.
    pub(super) fn row(&self, split: &str, name: &str) -> String {
        format!(
            "{split:<6} {name:<7} {:>9.2} {:>9.2} {:>9.2} {:>7.2} {:>7.2} {:>9} {:>9}\n",
            self.scores().precision,
            self.scores().recall,
            self.scores().f1,
            percent(self.speaker_right, self.matched),
            percent(self.cue_right, self.matched),
            self.annotated,
            self.predicted
        )
    }
}

/// The predicted speaker is right when it overlaps the annotated Source or names the same
/// person (the Source's last capitalised word is the last word of the canonical name, in any
/// case, so that a text all in one case is judged fairly); with no Source annotated, it is
/// right when none is predicted.
fn speaker_agrees(annotation: &Annotation, prediction: &QuoteReport) -> bool {
    let Some(speaker) = &prediction.speaker else {
        return annotation.source.is_empty();
    };
    if annotation
        .source
        .iter()
        .any(|piece| overlap(piece, &(speaker.start..speaker.end)) > 0)
    {
        return true;
    }
    match (&annotation.source_name, last_word(&speaker.name)) {
        (Some(source), Some(name)) => *source == name,
        _ => false,
    }
}

/// The words of a name.
fn name_words(text: &str) -> impl DoubleEndedIterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|word| !word.is_empty())
}

/// A name's word lower-cased, without a possessive ending.
fn bare(word: &str) -> String {
    let word = word.to_lowercase();
    word.trim_end_matches("’s").trim_end_matches("'s").to_owned()
}

/// The last word of a name, in any case, lower-cased, without a possessive ending.
fn last_word(text: &str) -> Option<String> {
    name_words(text).next_back().map(bare)
}

/// The last capitalised word of a name, lower-cased, without a possessive ending.
fn last_name(text: &str) -> Option<String> {
    name_words(text)
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .map(bare)
        .next_back()
}

/// The predicted cue is right when it overlaps the annotated Cue; with no Cue annotated, it is
/// right when none is predicted.
fn cue_agrees(annotation: &Annotation, prediction: &QuoteReport) -> bool {
    match &prediction.cue {
        Some(cue) => annotation
            .cue
            .iter()
            .any(|piece| overlap(piece, &(cue.start..cue.end)) > 0),
        None => annotation.cue.is_empty(),
    }
}

/// How many chars two spans share.
pub(super) fn overlap(a: &Range<usize>, b: &Range<usize>) -> usize {
    a.end.min(b.end).saturating_sub(a.start.max(b.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_events_with_discontinuous_content() {
        let standoff = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 15;20 25\tx\n\
                        E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n";
        let annotations = parse_standoff(&['x'; 30], standoff);
        assert_eq!(annotations.len(), 1);
        assert_eq!(annotations[0].content, 11..25);
        assert_eq!(annotations[0].source, vec![0..5]);
    }

    #[test]
    fn direct_contents_open_and_close_with_marks() {
        let chars: Vec<char> = "He said “no way.” Then".chars().collect();
        let direct = Annotation::new(&chars, 8..17, Vec::new(), Vec::new());
        assert!(direct.direct);
        let reported = Annotation::new(&chars, 0..7, Vec::new(), Vec::new());
        assert!(!reported.direct);
    }

    #[test]
    fn last_names_ignore_possessives() {
        assert_eq!(
            last_name("Hillary Clinton’s campaign").as_deref(),
            Some("clinton")
        );
        assert_eq!(last_name("a source"), None);
        assert_eq!(last_word("HILLARY CLINTON’S").as_deref(), Some("clinton"));
        assert_eq!(last_word("hillary clinton").as_deref(), Some("clinton"));
    }
}

//! Quotes scored against GenderGapTracker's annotations (`ggt-dev.jsonl`), matched as that
//! team scores its own system: an annotated quote is located in the text by plain substring
//! search (those not found are skipped and counted); a found quote matches an annotated one
//! when their overlap is at least 30% of each of the two spans, one to one, largest overlap
//! first; its speaker is right when a word of the annotated `reference` (or of `speaker` when
//! there is no reference) is a word of the found speaker's name or text, and its verb is right
//! when it shares a word with the found cue (judged where the annotation names a verb). Words are lower-cased `\w+` tokens of two chars
//! or more, stop words (`ggt-stopwords.txt`) aside. Scored on the clean text and on every
//! paste form, the located spans moved through the form's map.

use std::collections::BTreeSet;
use std::ops::Range;
use std::path::Path;
use std::sync::OnceLock;

use nutgraf_engine::report::QuoteReport;
use nutgraf_engine::QuotesReport;
use serde::Deserialize;
use serde_json::{json, Map, Value};

use super::json_lines::read_json_lines;
use super::panics::Panics;
use super::paste_forms::{Form, Pasted};
use super::quotes::overlap;
use super::scores::{percent, round2, MatchScores};
use crate::output::quotes_report;

/// The stop words, one a line, '#' starting a comment.
const STOPWORDS: &str = include_str!("ggt-stopwords.txt");

/// A found quote and an annotated one match when their overlap is at least this share of each.
const MIN_OVERLAP: f64 = 0.3;

/// What the GenderGapTracker evaluation produced.
pub struct GgtEvaluation {
    /// The table for a person.
    pub table: String,
    /// The figures on the clean text.
    pub clean: Value,
    /// The figures on each form, by form id.
    pub forms: Value,
}

/// One article of `ggt-dev.jsonl`.
#[derive(Deserialize)]
struct GgtArticle {
    id: String,
    text: String,
    quotes: Vec<GgtQuote>,
}

/// One annotated quote.
#[derive(Deserialize)]
struct GgtQuote {
    quote: String,
    #[serde(default)]
    speaker: String,
    #[serde(default)]
    verb: String,
    #[serde(default)]
    reference: String,
}

/// An annotated quote found in the clean text, with the words its speaker and verb are judged by.
struct Located {
    span: Range<usize>,
    speaker_words: BTreeSet<String>,
    verb_words: BTreeSet<String>,
}

/// An article with its quotes located.
struct Article {
    id: String,
    text: String,
    located: Vec<Located>,
    not_located: usize,
}

/// Scores the quote finder on `data/ggt-dev.jsonl`, clean and in every paste form.
pub fn evaluate(data: &Path) -> Result<GgtEvaluation, String> {
    let path = data.join("ggt-dev.jsonl");
    if !path.is_file() {
        return Ok(GgtEvaluation {
            table: format!("\nskipped GenderGapTracker: {} does not exist\n", path.display()),
            clean: Value::Null,
            forms: Value::Null,
        });
    }
    let articles = read_articles(&path)?;
    let mut panics = Panics::default();
    let mut table = format!(
        "\nGenderGapTracker dev ({} articles), overlap of 30% of each span\n{:<11} {:>9} {:>9} {:>9} {:>7} {:>7} {:>7} {:>9} {:>9} {:>12}\n",
        articles.len(),
        "form",
        "precision",
        "recall",
        "F1",
        "speaker",
        "verb",
        "matched",
        "annotated",
        "predicted",
        "not located"
    );
    let mut forms = Map::new();
    for form in Form::ALL {
        let mut tally = Tally::default();
        for article in &articles {
            let pasted = form.paste(&article.text);
            let text = pasted.text.as_str();
            let input = || format!("GGT {} ({})", article.id, form.id());
            let report = panics
                .guard(input, || quotes_report(text))
                .unwrap_or_else(|| QuotesReport {
                    language: "und".to_owned(),
                    quotes: Vec::new(),
                    speakers: Vec::new(),
                });
            tally.add(article, &pasted, &quoted_parts(&report.quotes));
        }
        table.push_str(&tally.row(form.id()));
        forms.insert(form.id().to_owned(), tally.json());
    }
    table.push_str(&panics.line());
    let clean = forms.get(Form::Clean.id()).cloned().unwrap_or(Value::Null);
    Ok(GgtEvaluation {
        table,
        clean,
        forms: Value::Object(forms),
    })
}

/// The articles of the file, their quotes located.
fn read_articles(path: &Path) -> Result<Vec<Article>, String> {
    let articles: Vec<GgtArticle> = read_json_lines(path)?;
    Ok(articles.into_iter().map(locate).collect())
}

/// `article` with each annotated quote located at its first occurrence in the text.
fn locate(article: GgtArticle) -> Article {
    let mut located = Vec::new();
    let mut not_located = 0;
    for quote in &article.quotes {
        let found = article
            .text
            .find(&quote.quote)
            .filter(|_| !quote.quote.is_empty());
        let Some(byte) = found else {
            not_located += 1;
            continue;
        };
        let start = article.text[..byte].chars().count();
        let who = if quote.reference.trim().is_empty() {
            &quote.speaker
        } else {
            &quote.reference
        };
        located.push(Located {
            span: start..start + quote.quote.chars().count(),
            speaker_words: words(who),
            verb_words: words(&quote.verb),
        });
    }
    Article {
        id: article.id,
        text: article.text,
        located,
        not_located,
    }
}

/// The lower-cased `\w+` tokens of `text` of two chars or more that are not stop words.
fn words(text: &str) -> BTreeSet<String> {
    static STOP: OnceLock<BTreeSet<&'static str>> = OnceLock::new();
    let stop = STOP.get_or_init(|| {
        STOPWORDS
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect()
    });
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|word| word.chars().count() >= 2)
        .map(str::to_lowercase)
        .filter(|word| !stop.contains(word.as_str()))
        .collect()
}

/// Counts over the articles for one form.
#[derive(Default)]
struct Tally {
    annotated: usize,
    not_located: usize,
    predicted: usize,
    matched: usize,
    speaker_right: usize,
    /// Matched quotes whose annotation names a verb (184 of the 719 annotations name none).
    verb_judged: usize,
    verb_right: usize,
}

impl Tally {
    /// Matches the `found` quotes of `article` pasted as `pasted` to its located annotated
    /// quotes, moved into the pasted text, and counts the outcome.
    fn add(&mut self, article: &Article, pasted: &Pasted, found: &[QuoteReport]) {
        self.annotated += article.located.len();
        self.not_located += article.not_located;
        self.predicted += found.len();
        let spans: Vec<Range<usize>> = article
            .located
            .iter()
            .map(|quote| pasted.span(quote.span.clone()))
            .collect();
        let found_spans: Vec<Range<usize>> = found.iter().map(|quote| quote.start..quote.end).collect();
        for (a, p) in match_one_to_one(&spans, &found_spans, MIN_OVERLAP) {
            self.matched += 1;
            let quote = &article.located[a];
            self.speaker_right += usize::from(speaker_right(quote, &found[p]));
            if !quote.verb_words.is_empty() {
                self.verb_judged += 1;
                self.verb_right += usize::from(verb_right(quote, &found[p]));
            }
        }
    }

    fn scores(&self) -> MatchScores {
        MatchScores::of(self.matched, self.predicted, self.annotated)
    }

    /// The figures as JSON; speaker right is a share of the matched quotes, verb right of
    /// those among them whose annotation names a verb.
    fn json(&self) -> Value {
        json!({
            "precision": round2(self.scores().precision),
            "recall": round2(self.scores().recall),
            "f1": round2(self.scores().f1),
            "speaker": round2(percent(self.speaker_right, self.matched)),
            "verb": round2(percent(self.verb_right, self.verb_judged)),
            "matched": self.matched,
            "matched_with_verb": self.verb_judged,
            "annotated": self.annotated,
            "predicted": self.predicted,
            "not_located": self.not_located,
        })
    }

    /// A table row for `form`.
    fn row(&self, form: &str) -> String {
        format!(
            "{form:<11} {:>9.2} {:>9.2} {:>9.2} {:>7.2} {:>7.2} {:>7} {:>9} {:>9} {:>12}\n",
            self.scores().precision,
            self.scores().recall,
            self.scores().f1,
            percent(self.speaker_right, self.matched),
            percent(self.verb_right, self.verb_judged),
            self.matched,
            self.annotated,
            self.predicted,
            self.not_located
        )
    }
}

/// Each found quote as GenderGapTracker annotates quotes, one unbroken stretch of the text:
/// a direct quote its attribution interrupts counts as each of its parts, with its speaker
/// and cue.
fn quoted_parts(found: &[QuoteReport]) -> Vec<QuoteReport> {
    found
        .iter()
        .flat_map(|quote| {
            quote.parts.iter().map(|part| QuoteReport {
                text: part.text.clone(),
                shown: part.text.clone(),
                start: part.start,
                end: part.end,
                parts: vec![part.clone()],
                ..quote.clone()
            })
        })
        .collect()
}

/// The pairs (annotated index, found index) whose overlap is at least `min_overlap` of each
/// span, one to one, the largest overlaps taken first.
pub(super) fn match_one_to_one(
    annotated: &[Range<usize>],
    found: &[Range<usize>],
    min_overlap: f64,
) -> Vec<(usize, usize)> {
    let mut candidates = Vec::new();
    for (a, span) in annotated.iter().enumerate() {
        for (p, quote) in found.iter().enumerate() {
            let shared = overlap(span, quote);
            let enough = |len: usize| shared as f64 >= min_overlap * len as f64;
            if shared > 0 && enough(span.len()) && enough(quote.len()) {
                candidates.push((shared, a, p));
            }
        }
    }
    candidates.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)).then(x.2.cmp(&y.2)));
    let mut annotated_used = vec![false; annotated.len()];
    let mut found_used = vec![false; found.len()];
    let mut pairs = Vec::new();
    for (_, a, p) in candidates {
        if !annotated_used[a] && !found_used[p] {
            annotated_used[a] = true;
            found_used[p] = true;
            pairs.push((a, p));
        }
    }
    pairs
}

/// True when a word of the annotated speaker is a word of the found speaker's name or text.
fn speaker_right(quote: &Located, found: &QuoteReport) -> bool {
    found.speaker.as_ref().is_some_and(|speaker| {
        let mut named = words(&speaker.name);
        named.extend(words(&speaker.text));
        !quote.speaker_words.is_disjoint(&named)
    })
}

/// True when the annotated verb shares a word with the found cue.
fn verb_right(quote: &Located, found: &QuoteReport) -> bool {
    found
        .cue
        .as_ref()
        .is_some_and(|cue| !quote.verb_words.is_disjoint(&words(&cue.text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use nutgraf_engine::report::SpanReport;

    #[test]
    fn words_are_lower_cased_tokens_without_stop_words() {
        let expected: BTreeSet<String> = ["doug", "mccallum", "b_c"].map(String::from).into();
        assert_eq!(words("He, Doug McCallum of B_C, a"), expected);
    }

    #[test]
    fn matches_on_30_percent_of_each_span() {
        let found = |start, end| Range { start, end };
        let annotated = [Range { start: 0, end: 10 }];
        // 3 of 10 annotated chars and 3 of 10 found: a match; 3 of 11 found: none.
        assert_eq!(
            match_one_to_one(&annotated, &[found(7, 17)], MIN_OVERLAP),
            vec![(0, 0)]
        );
        assert!(match_one_to_one(&annotated, &[found(7, 18)], MIN_OVERLAP).is_empty());
        // One to one, the larger overlap first.
        assert_eq!(
            match_one_to_one(&[0..10, 5..15], &[found(5, 15)], MIN_OVERLAP),
            vec![(1, 0)]
        );
    }

    #[test]
    fn an_interrupted_quote_counts_as_each_part() {
        let part = |text: &str, start, end| SpanReport {
            text: text.to_owned(),
            start,
            end,
        };
        let interrupted = QuoteReport {
            kind: "direct".to_owned(),
            text: "We won,” said Lee. “Twice.".to_owned(),
            start: 1,
            end: 27,
            parts: vec![part("We won,", 1, 8), part("Twice.", 21, 27)],
            shown: "“We won … Twice.”".to_owned(),
            speaker: None,
            cue: None,
        };
        let spans: Vec<(usize, usize, String)> = quoted_parts(&[interrupted])
            .into_iter()
            .map(|quote| (quote.start, quote.end, quote.text))
            .collect();
        assert_eq!(
            spans,
            [(1, 8, "We won,".to_owned()), (21, 27, "Twice.".to_owned())]
        );
    }

    #[test]
    fn locates_quotes_by_substring_in_chars() {
        let article = GgtArticle {
            id: "x".to_owned(),
            text: "“Oui,” dit-elle. Yes.".to_owned(),
            quotes: ["Yes.", "No."]
                .map(|quote| GgtQuote {
                    quote: quote.to_owned(),
                    speaker: "she".to_owned(),
                    verb: "said".to_owned(),
                    reference: String::new(),
                })
                .into(),
        };
        let article = locate(article);
        assert_eq!(article.not_located, 1);
        assert_eq!(article.located[0].span, 17..21);
    }
}

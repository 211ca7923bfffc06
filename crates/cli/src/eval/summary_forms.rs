//! Summaries of the articles as people paste them (see `paste_forms`): for each form, Nutgraf's
//! three sentences and Lead-3 on the same pasted text, scored with ROUGE against the same
//! references as the clean text. A summary is scored by the sentences' reading texts (what
//! `SummaryReport` and `Summarizer::lead` give), not by slices of the pasted text.

use std::path::Path;

use nutgraf_engine::{Document, Length, Summarizer, SummaryReport};
use rougers::RougeScorer;
use serde_json::{json, Map, Value};

use super::panics::Panics;
use super::paste_forms::Form;
use super::scores::round2;
use super::summaries::{read_stories, summary_of, Story, Tally};

/// The files scored over the forms, with their names in the JSON.
const FILES: [(&str, &str); 2] = [("cnndm-dev.jsonl", "cnndm"), ("writers-dev.jsonl", "writers")];

/// The tallies of one form: Lead-3, then Nutgraf's three sentences.
type FormTallies = [Tally; 2];

/// Scores every form of every story of `FILES`; returns the table and the JSON
/// `{"cnndm": {"<form>": {"nutgraf3", "lead3", "margin_over_lead3"}}, "writers": {...}}`.
pub fn evaluate(data: &Path, scorer: &RougeScorer) -> Result<(String, Value), String> {
    let summarizer = Summarizer::default();
    let mut panics = Panics::default();
    let mut table = String::new();
    let mut json = Map::new();
    for (file, name) in FILES {
        let stories = read_stories(&data.join(file))?;
        let mut tallies: Vec<FormTallies> = vec![Default::default(); Form::ALL.len()];
        for story in &stories {
            let references = story.references();
            if references.is_empty() {
                continue;
            }
            for (form, tally) in Form::ALL.iter().zip(&mut tallies) {
                score_form(&summarizer, scorer, story, *form, &references, tally, &mut panics);
            }
        }
        table.push_str(&format!(
            "\n{file} as pasted ({} stories): nutgraf3 ROUGE F1 and Lead-3 on the same text\n",
            stories.len()
        ));
        table.push_str(&format!(
            "{:<12}{:>8}{:>8}{:>8}{:>10}{:>9}{:>10}\n",
            "form", "R1", "R2", "RLsum", "Lead-3 R1", "margin", "R1-clean"
        ));
        let clean_r1 = tallies
            .first()
            .map_or(0.0, |[_, nutgraf]| mean(nutgraf, nutgraf.rouge1));
        let mut file_json = Map::new();
        for (form, [lead, nutgraf]) in Form::ALL.iter().zip(&tallies) {
            table.push_str(&row(form.id(), lead, nutgraf, clean_r1));
            file_json.insert(form.id().to_owned(), form_json(lead, nutgraf));
        }
        json.insert(name.to_owned(), Value::Object(file_json));
    }
    table.push_str(&panics.line());
    Ok((table, Value::Object(json)))
}

/// Pastes `story` in `form`, summarizes it and its Lead-3, and adds their scores to `tally`.
fn score_form(
    summarizer: &Summarizer,
    scorer: &RougeScorer,
    story: &Story,
    form: Form,
    references: &[String],
    tally: &mut FormTallies,
    panics: &mut Panics,
) {
    let pasted = form.paste(&story.text);
    let text = pasted.text.as_str();
    let input = || format!("{} ({})", story.id, form.id());
    let outputs = panics.guard(input, || {
        let document = Document::new(text);
        let summary = summarizer.summarize_document(&document, Length::Sentences(3));
        let report = SummaryReport::of(&document, &summary);
        let nutgraf = report
            .sentences
            .into_iter()
            .map(|sentence| (sentence.index, sentence.text))
            .collect();
        let lead = summarizer.lead(&document, 3).into_iter().enumerate().collect();
        [summary_of(lead), summary_of(nutgraf)]
    });
    let outputs = outputs.unwrap_or_default();
    for (system, (sentences, dangling)) in outputs.iter().enumerate() {
        let scores = scorer
            .score_multi(references, &sentences.join("\n"))
            .unwrap_or_default();
        tally[system].add(&scores, *dangling);
    }
}

/// A mean over the stories of `tally`, in %.
fn mean(tally: &Tally, sum: f64) -> f64 {
    100.0 * sum / tally.stories.max(1) as f64
}

/// One form's table row: Nutgraf's R1, R2, RLsum, Lead-3's R1, the R1 margin, and Nutgraf's R1
/// less its R1 on the clean text.
fn row(form: &str, lead: &Tally, nutgraf: &Tally, clean_r1: f64) -> String {
    let r1 = mean(nutgraf, nutgraf.rouge1);
    let lead_r1 = mean(lead, lead.rouge1);
    format!(
        "{form:<12}{r1:>8.2}{:>8.2}{:>8.2}{lead_r1:>10.2}{:>+9.2}{:>+10.2}\n",
        mean(nutgraf, nutgraf.rouge2),
        mean(nutgraf, nutgraf.rouge_lsum),
        r1 - lead_r1,
        r1 - clean_r1,
    )
}

/// One form's JSON: `{"nutgraf3": {...}, "lead3": {...}, "margin_over_lead3": {...}}`, the
/// margins taken from the unrounded means.
fn form_json(lead: &Tally, nutgraf: &Tally) -> Value {
    let margin = |sum: fn(&Tally) -> f64| round2(mean(nutgraf, sum(nutgraf)) - mean(lead, sum(lead)));
    json!({
        "nutgraf3": nutgraf.json(),
        "lead3": lead.json(),
        "margin_over_lead3": {
            "rouge1": margin(|tally| tally.rouge1),
            "rouge2": margin(|tally| tally.rouge2),
            "rougeLsum": margin(|tally| tally.rouge_lsum),
        },
    })
}

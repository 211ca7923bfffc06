//! Summaries scored with ROUGE (Google's `rouge-score`, reproduced by the `rougers` crate)
//! against the highlights journalists wrote (`cnndm-dev.jsonl`) and the summaries of
//! professional writers (`writers-dev.jsonl`), beside the Lead baseline: the first sentences
//! of the story as the engine's own splitter cuts them.
//!
//! After the clean text, both files are scored again in every form people paste them in
//! (`summary_forms`); then French summaries are scored on OrangeSum (`orangesum`).

use std::path::Path;

use nutgraf_engine::summarize::openers::opens_dangling;
use nutgraf_engine::text::Language;
use nutgraf_engine::{Document, Length, Summarizer};
use rougers::{RougeScorer, Scores};
use serde::Deserialize;
use serde_json::{json, Value};

use super::json_lines::read_json_lines;
use super::scores::round2;
use super::{orangesum, summary_forms, Evaluation};

/// One story of either file.
#[derive(Deserialize)]
pub(super) struct Story {
    /// Its identifier in the file.
    #[serde(default)]
    pub(super) id: String,
    pub(super) text: String,
    #[serde(default)]
    reference: Option<String>,
    #[serde(default)]
    references: Vec<String>,
}

impl Story {
    /// The references that are not blank: `reference`, then `references`.
    pub(super) fn references(&self) -> Vec<String> {
        let mut all: Vec<String> = self.reference.iter().cloned().collect();
        all.extend(self.references.iter().cloned());
        all.retain(|reference| !reference.trim().is_empty());
        all
    }

    /// CNN stories carry "(CNN)" near the start; the rest of cnndm-dev is mostly Daily Mail.
    fn is_cnn(&self) -> bool {
        self.text.chars().take(120).collect::<String>().contains("(CNN")
    }
}

/// ROUGE F1 sums and dangling-opener counts for one system on one set of stories.
#[derive(Default, Clone)]
pub(super) struct Tally {
    pub(super) stories: usize,
    pub(super) rouge1: f64,
    pub(super) rouge2: f64,
    pub(super) rouge_lsum: f64,
    dangling: usize,
}

impl Tally {
    /// Adds one story's scores, and whether its summary has a dangling opener.
    pub(super) fn add(&mut self, scores: &Scores, dangling: bool) {
        let f1 = |name: &str| {
            scores
                .get(name.parse().expect("a ROUGE type"))
                .map_or(0.0, |score| score.fmeasure)
        };
        self.stories += 1;
        self.rouge1 += f1("rouge1");
        self.rouge2 += f1("rouge2");
        self.rouge_lsum += f1("rougeLsum");
        self.dangling += usize::from(dangling);
    }

    /// The means in %, and the count of stories.
    pub(super) fn json(&self) -> Value {
        let mean = |sum: f64| {
            if self.stories == 0 {
                0.0
            } else {
                round2(100.0 * sum / self.stories as f64)
            }
        };
        json!({
            "rouge1": mean(self.rouge1),
            "rouge2": mean(self.rouge2),
            "rougeLsum": mean(self.rouge_lsum),
            "dangling_openers": mean(self.dangling as f64),
            "stories": self.stories,
        })
    }
}

/// The systems compared, by name.
const SYSTEMS: [&str; 4] = ["lead3", "nutgraf3", "lead_k", "nutgraf_k"];

/// Scores the summarizer against Lead on `data/cnndm-dev.jsonl` and `data/writers-dev.jsonl`.
pub fn evaluate(data: &Path) -> Result<Evaluation, String> {
    let scorer =
        RougeScorer::new(["rouge1", "rouge2", "rougeLsum"], true).map_err(|error| error.to_string())?;
    let summarizer = Summarizer::default();
    let mut results = serde_json::Map::new();
    let mut table = String::from("ROUGE F1 (stemmed) and share of summaries with a dangling opener, in %\n");
    for (file, subsets) in [
        ("cnndm-dev.jsonl", &["all", "cnn", "other"][..]),
        ("writers-dev.jsonl", &["all"][..]),
    ] {
        let path = data.join(file);
        let stories = read_stories(&path)?;
        let mut tallies = vec![vec![Tally::default(); SYSTEMS.len()]; subsets.len()];
        for story in &stories {
            let references = story.references();
            if references.is_empty() {
                continue;
            }
            let sentence_count = references[0]
                .lines()
                .filter(|line| !line.trim().is_empty())
                .count()
                .max(1);
            let outputs = [
                lead(&summarizer, &story.text, 3),
                nutgraf(&summarizer, &story.text, 3),
                lead(&summarizer, &story.text, sentence_count),
                nutgraf(&summarizer, &story.text, sentence_count),
            ];
            for (system, (sentences, dangling)) in outputs.iter().enumerate() {
                let scores = scorer
                    .score_multi(&references, &sentences.join("\n"))
                    .unwrap_or_default();
                for (subset, name) in subsets.iter().enumerate() {
                    let belongs = match *name {
                        "cnn" => story.is_cnn(),
                        "other" => !story.is_cnn(),
                        _ => true,
                    };
                    if belongs {
                        tallies[subset][system].add(&scores, *dangling);
                    }
                }
            }
        }
        let name = file.trim_end_matches(".jsonl").trim_end_matches("-dev");
        let mut file_json = serde_json::Map::new();
        table.push_str(&format!("\n{file} ({} stories)\n", stories.len()));
        table.push_str(&format!(
            "{:<18}{:>9}{:>9}{:>11}{:>10}\n",
            "system", "R1", "R2", "RLsum", "dangling"
        ));
        for (subset, subset_name) in subsets.iter().enumerate() {
            let mut subset_json = serde_json::Map::new();
            for (system, system_name) in SYSTEMS.iter().enumerate() {
                let tally = &tallies[subset][system];
                let figures = tally.json();
                table.push_str(&format!(
                    "{:<18}{:>9.2}{:>9.2}{:>11.2}{:>10.1}\n",
                    format!("{system_name} ({subset_name})"),
                    figures["rouge1"].as_f64().unwrap_or(0.0),
                    figures["rouge2"].as_f64().unwrap_or(0.0),
                    figures["rougeLsum"].as_f64().unwrap_or(0.0),
                    figures["dangling_openers"].as_f64().unwrap_or(0.0),
                ));
                subset_json.insert((*system_name).to_owned(), figures);
            }
            // Margins come from the unrounded means, so rounding never adds to them.
            let (lead3, nutgraf3) = (&tallies[subset][0], &tallies[subset][1]);
            let margin = |sum: fn(&Tally) -> f64| {
                round2(100.0 * (sum(nutgraf3) - sum(lead3)) / nutgraf3.stories.max(1) as f64)
            };
            let (rouge1, rouge2, rouge_lsum) = (
                margin(|tally| tally.rouge1),
                margin(|tally| tally.rouge2),
                margin(|tally| tally.rouge_lsum),
            );
            table.push_str(&format!(
                "{:<18}{rouge1:>+9.2}{rouge2:>+9.2}{rouge_lsum:>+11.2}\n",
                format!("margin ({subset_name})"),
            ));
            subset_json.insert(
                "margin_over_lead3".to_owned(),
                json!({"rouge1": rouge1, "rouge2": rouge2, "rougeLsum": rouge_lsum}),
            );
            file_json.insert((*subset_name).to_owned(), Value::Object(subset_json));
        }
        results.insert(name.to_owned(), Value::Object(file_json));
    }
    let (forms_table, forms_json) = summary_forms::evaluate(data, &scorer)?;
    table.push_str(&forms_table);
    results.insert("forms".to_owned(), forms_json);
    let (orangesum_table, orangesum_json) = orangesum::evaluate(data, &summarizer)?;
    table.push_str(&orangesum_table);
    if let Some(orangesum_json) = orangesum_json {
        results.insert("orangesum".to_owned(), orangesum_json);
    }
    Ok(Evaluation {
        table,
        json: Value::Object(results),
    })
}

/// The stories of a JSON-lines file.
pub(super) fn read_stories(path: &Path) -> Result<Vec<Story>, String> {
    read_json_lines(path)
}

/// The first `count` sentences, and whether one of them leans on an unchosen sentence.
fn lead(summarizer: &Summarizer, text: &str, count: usize) -> (Vec<String>, bool) {
    let lead = summarizer.lead(&Document::new(text), count);
    summary_of(lead.into_iter().enumerate().collect())
}

/// Nutgraf's summary of `count` sentences, and whether a sentence leans on an unchosen one.
fn nutgraf(summarizer: &Summarizer, text: &str, count: usize) -> (Vec<String>, bool) {
    let summary = summarizer.summarize(text, Length::Sentences(count));
    let chosen = summary
        .sentences
        .iter()
        .map(|sentence| (sentence.index, text[sentence.span.clone()].to_owned()))
        .collect();
    summary_of(chosen)
}

/// The sentences of a summary given with their indices in the article, and whether one of
/// them opens with an English pronoun or connective while the sentence before it is not in
/// the summary.
pub(super) fn summary_of(chosen: Vec<(usize, String)>) -> (Vec<String>, bool) {
    let indices: Vec<usize> = chosen.iter().map(|(index, _)| *index).collect();
    let dangling = chosen.iter().any(|(index, sentence)| {
        *index > 0 && !indices.contains(&(index - 1)) && opens_dangling(sentence, Some(Language::English))
    });
    (
        chosen.into_iter().map(|(_, sentence)| sentence).collect(),
        dangling,
    )
}

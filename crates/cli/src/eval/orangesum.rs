//! French summaries: OrangeSum news articles (`orangesum-dev.jsonl`) against their
//! professional one- or two-sentence abstracts, scored with [`UnicodeRouge`] and French
//! stemming, for Nutgraf and Lead at 1 and 2 sentences. The file is scored whole and in two
//! halves by the md5 of each story's id: an even digest is half `a` (tuned on), an odd one
//! half `b` (checked).

use std::path::Path;

use md5::{Digest, Md5};
use nutgraf_engine::{Document, Length, Summarizer};
use rust_stemmers::Algorithm;
use serde_json::{json, Map, Value};

use super::scores::round2;
use super::summaries::{read_stories, Story};
use super::unicode_rouge::{RougeF1, UnicodeRouge};

/// The file scored, in the data folder.
const FILE: &str = "orangesum-dev.jsonl";
/// The systems compared, by name: each is Lead or Nutgraf at a number of sentences.
const SYSTEMS: [(&str, usize); 4] = [("lead1", 1), ("lead2", 2), ("nutgraf1", 1), ("nutgraf2", 2)];
/// The parts of the file scored.
const SUBSETS: [&str; 3] = ["all", "a", "b"];

/// The table and the JSON (`None` when the file is absent) of the OrangeSum scores.
pub fn evaluate(data: &Path, summarizer: &Summarizer) -> Result<(String, Option<Value>), String> {
    let path = data.join(FILE);
    if !path.is_file() {
        return Ok((
            format!(
                "\n{FILE}: skipped, the file is absent ({} does not exist)\n",
                path.display()
            ),
            None,
        ));
    }
    let stories = read_stories(&path)?;
    let scorer = UnicodeRouge::new(Algorithm::French);
    let mut sums = [[RougeSum::default(); SYSTEMS.len()]; SUBSETS.len()];
    for story in &stories {
        let Some(reference) = story.references().into_iter().next() else {
            continue;
        };
        let half = if in_half_a(&story.id) { 1 } else { 2 };
        for (system, (name, count)) in SYSTEMS.iter().enumerate() {
            let summary = if name.starts_with("lead") {
                lead(summarizer, story, *count)
            } else {
                nutgraf(summarizer, story, *count)
            };
            let scores = scorer.score(&reference, &summary);
            sums[0][system].add(scores);
            sums[half][system].add(scores);
        }
    }
    let mut table = format!(
        "\n{FILE} ({} stories; a: md5 of id even, b: odd), ROUGE F1 in %, Unicode words, French stems\n",
        stories.len()
    );
    table.push_str(&format!("{:<18}{:>9}{:>9}{:>9}\n", "system", "R1", "R2", "RL"));
    let mut results = Map::new();
    for (subset, subset_name) in SUBSETS.iter().enumerate() {
        let mut subset_json = Map::new();
        for (system, (system_name, _)) in SYSTEMS.iter().enumerate() {
            let means = sums[subset][system].means();
            table.push_str(&format!(
                "{:<18}{:>9.2}{:>9.2}{:>9.2}\n",
                format!("{system_name} ({subset_name})"),
                means.rouge1,
                means.rouge2,
                means.rouge_l
            ));
            subset_json.insert(
                (*system_name).to_owned(),
                json!({"rouge1": means.rouge1, "rouge2": means.rouge2, "rougeL": means.rouge_l,
                       "stories": sums[subset][system].stories}),
            );
        }
        for (lead, nutgraf, name) in [(0, 2, "margin_over_lead1"), (1, 3, "margin_over_lead2")] {
            let margin = sums[subset][nutgraf].margin_over(&sums[subset][lead]);
            table.push_str(&format!(
                "{:<18}{:>+9.2}{:>+9.2}{:>+9.2}\n",
                format!("{name} ({subset_name})").replace("margin_over_", "over "),
                margin.rouge1,
                margin.rouge2,
                margin.rouge_l
            ));
            subset_json.insert(
                name.to_owned(),
                json!({"rouge1": margin.rouge1, "rouge2": margin.rouge2, "rougeL": margin.rouge_l}),
            );
        }
        results.insert((*subset_name).to_owned(), Value::Object(subset_json));
    }
    Ok((table, Some(Value::Object(results))))
}

/// True when the md5 digest of `id`, read as a number, is even.
pub fn in_half_a(id: &str) -> bool {
    Md5::digest(id.as_bytes())[15] % 2 == 0
}

/// The first `count` sentences of the story, one a line.
fn lead(summarizer: &Summarizer, story: &Story, count: usize) -> String {
    summarizer.lead(&Document::new(&story.text), count).join("\n")
}

/// Nutgraf's summary of `count` sentences, one a line; the language is detected.
fn nutgraf(summarizer: &Summarizer, story: &Story, count: usize) -> String {
    let summary = summarizer.summarize(&story.text, Length::Sentences(count));
    summary
        .sentences
        .iter()
        .map(|sentence| &story.text[sentence.span.clone()])
        .collect::<Vec<_>>()
        .join("\n")
}

/// Sums of F1 scores over stories.
#[derive(Debug, Clone, Copy, Default)]
struct RougeSum {
    stories: usize,
    sum: RougeF1,
}

impl RougeSum {
    fn add(&mut self, scores: RougeF1) {
        self.stories += 1;
        self.sum.rouge1 += scores.rouge1;
        self.sum.rouge2 += scores.rouge2;
        self.sum.rouge_l += scores.rouge_l;
    }

    /// The means in %, rounded to two decimals.
    fn means(&self) -> RougeF1 {
        self.per_story(self.sum)
    }

    /// How far these means are above `other`'s, in %, from the unrounded means.
    fn margin_over(&self, other: &Self) -> RougeF1 {
        self.per_story(RougeF1 {
            rouge1: self.sum.rouge1 - other.sum.rouge1,
            rouge2: self.sum.rouge2 - other.sum.rouge2,
            rouge_l: self.sum.rouge_l - other.sum.rouge_l,
        })
    }

    /// `sums` divided by the number of stories, in %, rounded to two decimals.
    fn per_story(&self, sums: RougeF1) -> RougeF1 {
        let mean = |sum: f64| round2(100.0 * sum / self.stories.max(1) as f64);
        RougeF1 {
            rouge1: mean(sums.rouge1),
            rouge2: mean(sums.rouge2),
            rouge_l: mean(sums.rouge_l),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::in_half_a;

    #[test]
    fn splits_by_the_parity_of_the_md5_digest() {
        // md5("a") = 0cc175b9c0f1b6a831c399e269772661, ends in 0x61: odd.
        // md5("b") = 92eb5ffee6ae2fec3ad71c777531578f, ends in 0x8f: odd.
        // md5("c") = 4a8a08f09d37b73795649038408b5f33, ends in 0x33: odd.
        // md5("d") = 8277e0910d750195b448797616e091ad, ends in 0xad: odd.
        // md5("e") = e1671797c52e15f763380b45e841ec32, ends in 0x32: even.
        assert!(!in_half_a("a"));
        assert!(!in_half_a("d"));
        assert!(in_half_a("e"));
    }
}

//! The quote finder on PolNeAR's dev articles as people paste them (see `paste_forms`): the
//! gold spans are moved into each pasted form through its char map and scored as on the clean
//! text (see `quotes`).

use nutgraf_engine::QuotesReport;
use serde_json::{json, Map, Value};

use super::panics::Panics;
use super::paste_forms::Form;
use super::quotes::{add_article, Annotation, Article, Tally};
use crate::output::quotes_report;

/// Scores every form of every article; returns the table and the JSON
/// `{"<form>": {"direct": {...}, "all": {...}}}`.
pub fn evaluate(articles: &[Article]) -> (String, Value) {
    let mut panics = Panics::default();
    let mut table = format!(
        "\nPolNeAR dev as pasted ({} articles)\n{}",
        articles.len(),
        Tally::header(&format!("{:<11}", "form"))
    );
    let mut json = Map::new();
    for form in Form::ALL {
        let (mut direct, mut all) = (Tally::default(), Tally::default());
        for article in articles {
            let pasted = form.paste(&article.text);
            let text = pasted.text.as_str();
            let input = || format!("{} ({})", article.name, form.id());
            // An article the engine panicked on counts as one where it found nothing.
            let report = panics
                .guard(input, || quotes_report(text))
                .unwrap_or_else(|| QuotesReport {
                    language: "und".to_owned(),
                    quotes: Vec::new(),
                    speakers: Vec::new(),
                });
            let annotations: Vec<Annotation> = article
                .annotations
                .iter()
                .map(|annotation| annotation.moved(&pasted))
                .collect();
            add_article(&mut direct, &mut all, &annotations, &report);
        }
        table.push_str(&direct.row(&format!("{:<11}", form.id()), "direct"));
        table.push_str(&all.row(&format!("{:<11}", form.id()), "all"));
        json.insert(
            form.id().to_owned(),
            json!({"direct": direct.json(), "all": all.json()}),
        );
    }
    table.push_str(&panics.line());
    (table, Value::Object(json))
}

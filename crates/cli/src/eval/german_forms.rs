//! The quote finder on the German articles as people paste them (see `paste_forms`): the
//! annotated spans are moved into each pasted form through its char map and scored as on the
//! clean text (see `german_quotes`), over the whole file.

use serde_json::{json, Map, Value};

use super::german_quotes::{found_in, Annotated, GermanArticle, Tallies};
use super::panics::Panics;
use super::paste_forms::Form;
use super::quotes::Tally;

/// Scores every form of every article; returns the table and the JSON
/// `{"<form>": {"direct": {...}, "speech": {...}}}`.
pub fn evaluate(articles: &[GermanArticle]) -> (String, Value) {
    let mut panics = Panics::default();
    let mut table = format!(
        "\nGerman quotes as pasted ({} articles)\n{}",
        articles.len(),
        Tally::header(&format!("{:<11}", "form"))
    );
    let mut json = Map::new();
    let annotations: Vec<Vec<Annotated>> = articles
        .iter()
        .map(|article| article.quotes.iter().filter_map(Annotated::new).collect())
        .collect();
    for form in Form::ALL {
        let mut tallies = Tallies::default();
        for (article, annotated) in articles.iter().zip(&annotations) {
            let pasted = form.paste(&article.text);
            let input = || format!("{} ({})", article.id, form.id());
            // An article the engine panicked on counts as one where it found nothing.
            let (_, found) = panics.guard(input, || found_in(&pasted.text)).unwrap_or_default();
            let moved: Vec<Annotated> = annotated.iter().map(|quote| quote.moved(&pasted)).collect();
            tallies.add(&moved, &found);
        }
        table.push_str(&tallies.direct.row(&format!("{:<11}", form.id()), "direct"));
        table.push_str(&tallies.speech.row(&format!("{:<11}", form.id()), "speech"));
        json.insert(
            form.id().to_owned(),
            json!({"direct": tallies.direct.json(), "speech": tallies.speech.json()}),
        );
    }
    table.push_str(&panics.line());
    (table, Value::Object(json))
}

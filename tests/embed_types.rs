//! `embed/embed.d.ts`, the types shipped beside `embed.js`, names exactly the fields of the
//! JSON the embed returns and exactly the values the engine writes, so a TypeScript user's
//! `tsc --strict` is right about them. Native: the embed's JSON is plain Rust.
#![cfg(not(target_arch = "wasm32"))]

use nutgraf_app::embed::{quotes_json, summary_json, SummaryOptions};
use nutgraf_engine::text::Language;
use nutgraf_engine::QuoteKind;
use serde_json::Value;

const TYPES: &str = include_str!("../embed/embed.d.ts");

const ARTICLE: &str = "The city council approved the new budget on Monday after a long debate. \
Mayor Jane Ortiz said the plan adds money for parks and for the libraries of every district. \
“This is a budget for every neighbourhood,” Ortiz said. \
Critics said the plan raises fees for small businesses that are still recovering. \
The vote was 7 to 2, and the budget takes effect in July.";

/// The fields `export interface NAME` declares, with those of the interface it extends.
fn fields(name: &str) -> Vec<String> {
    let start = TYPES
        .find(&format!("export interface {name} "))
        .unwrap_or_else(|| panic!("embed.d.ts has no interface {name}"));
    let body = &TYPES[start..];
    let header = body.lines().next().unwrap_or_default();
    let mut fields: Vec<String> = header
        .split_once(" extends ")
        .map(|(_, parent)| fields(parent.trim_end_matches(" {")))
        .unwrap_or_default();
    for line in body.lines().skip(1).take_while(|line| *line != "}") {
        let Some(declaration) = line.strip_prefix("  ") else {
            continue;
        };
        if let Some((field, _)) = declaration.split_once(':') {
            if field
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '?')
            {
                fields.push(field.trim_end_matches('?').to_owned());
            }
        }
    }
    fields.sort();
    fields
}

/// The string literals of `export type NAME = "a" | "b" ...;`.
fn literals(name: &str) -> Vec<String> {
    let start = TYPES
        .find(&format!("export type {name} = "))
        .unwrap_or_else(|| panic!("embed.d.ts has no type {name}"));
    let declaration = &TYPES[start..start + TYPES[start..].find(';').unwrap_or(0)];
    let mut literals: Vec<String> = declaration
        .split('"')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    literals.sort();
    literals
}

fn keys(value: &Value) -> Vec<String> {
    let mut keys: Vec<String> = value.as_object().expect("an object").keys().cloned().collect();
    keys.sort();
    keys
}

#[test]
fn the_interfaces_name_the_fields_of_the_json() {
    let summary: Value =
        serde_json::from_str(&summary_json(ARTICLE, "{}").expect("a summary")).expect("JSON");
    assert_eq!(fields("SummaryReport"), keys(&summary));
    assert_eq!(fields("SentenceReport"), keys(&summary["sentences"][0]));
    let found: Value = serde_json::from_str(&quotes_json(ARTICLE).expect("quotes")).expect("JSON");
    assert_eq!(fields("QuotesReport"), keys(&found));
    let quote = &found["quotes"][1];
    assert_eq!(quote["kind"], "direct", "{found}");
    assert_eq!(fields("QuoteReport"), keys(quote));
    assert_eq!(fields("SpeakerReport"), keys(&quote["speaker"]));
    assert_eq!(fields("SpanReport"), keys(&quote["cue"]));
    assert_eq!(fields("SpanReport"), ["end", "start", "text"]);
    assert_eq!(fields("SpeakerShare"), keys(&found["speakers"][0]));
}

#[test]
fn the_unions_name_the_values_the_engine_writes() {
    let mut languages: Vec<String> = Language::ALL
        .iter()
        .map(|language| language.code().to_owned())
        .collect();
    languages.push("und".to_owned());
    languages.sort();
    assert_eq!(literals("Language"), languages);
    let mut kinds: Vec<String> = [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed]
        .iter()
        .map(|kind| kind.as_str().to_owned())
        .collect();
    kinds.sort();
    assert_eq!(literals("QuoteKind"), kinds);
    assert_eq!(literals("LengthKey"), ["length", "ratio", "sentences", "words"]);
    for key in literals("LengthKey") {
        let value = if key == "length" { "\"short\"" } else { "1" };
        let options = SummaryOptions::parse(&format!("{{\"{key}\": {value}}}"));
        assert!(options.is_ok_and(|options| options.length().is_ok()), "{key}");
    }
}

//! The interface's catalogs (`src/i18n/`), natively: every language says everything, with the
//! same blanks to fill, in its own typography.
#![cfg(not(target_arch = "wasm32"))]

use nutgraf_app::i18n::{fill, Locale};
use serde_json::{Map, Value};

/// Each catalog's strings by field (the language names as one string).
fn strings(locale: Locale) -> Map<String, Value> {
    match serde_json::to_value(locale.catalog()) {
        Ok(Value::Object(fields)) => fields,
        other => panic!("a catalog serializes to an object, not {other:?}"),
    }
}

fn text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        Value::Array(names) => names.iter().map(text).collect::<Vec<_>>().join(", "),
        other => panic!("a catalog holds strings, not {other:?}"),
    }
}

#[test]
fn every_language_fills_the_same_blanks_and_leaves_nothing_empty() {
    let english = strings(Locale::English);
    for locale in [Locale::German, Locale::French] {
        let translated = strings(locale);
        assert_eq!(translated.len(), english.len());
        for (field, value) in &translated {
            let (ours, theirs) = (text(value), text(&english[field]));
            assert!(!ours.trim().is_empty(), "{locale:?}.{field} is empty");
            assert_eq!(
                ours.matches("{}").count(),
                theirs.matches("{}").count(),
                "{locale:?}.{field}: {ours}"
            );
        }
    }
}

#[test]
fn most_strings_are_translated() {
    let english = strings(Locale::English);
    for locale in [Locale::German, Locale::French] {
        let translated = strings(locale);
        let same: Vec<&String> = translated
            .iter()
            .filter(|(field, value)| text(value) == text(&english[*field]))
            .map(|(field, _)| field)
            .collect();
        // Words the languages share (`Format`, `Article`, `Interface`) are the only ones alike.
        assert!(same.len() <= 3, "{locale:?} left in English: {same:?}");
    }
}

#[test]
fn french_has_a_no_break_space_before_double_punctuation_and_inside_guillemets() {
    for (field, value) in strings(Locale::French) {
        let text = text(&value);
        for bad in [" :", " ;", " ?", " !", "« ", " »", " %"] {
            assert!(
                !text.contains(bad),
                "fr.{field} has a breaking space in {bad:?}: {text}"
            );
        }
    }
}

#[test]
fn blanks_are_filled_in_order() {
    assert_eq!(
        fill(Locale::French.catalog().summary_ready, &[&3, &17, &2]),
        "Résumé prêt\u{a0}: 3 phrases sur 17. 2 citations trouvées."
    );
    assert_eq!(fill("{} of {}", &[&1]), "1 of ");
    assert_eq!(fill("no blanks", &[&1]), "no blanks");
}

#[test]
fn a_language_tag_picks_its_interface_language() {
    let table = [
        ("de-CH", Some(Locale::German)),
        ("fr", Some(Locale::French)),
        ("EN-gb", Some(Locale::English)),
        ("es-ES", None),
        ("", None),
    ];
    for (tag, expected) in table {
        assert_eq!(Locale::of_tag(tag), expected, "{tag}");
    }
}

//! The app's JSON read back through the browser's JSON parser (`src/json_reading.rs`), run in
//! headless Chromium by wasm-bindgen-test: everything serde_json writes reads back as itself,
//! the JSON earlier versions saved still reads, and anything else is refused.
#![cfg(target_arch = "wasm32")]

use nutgraf_app::i18n::Locale;
use nutgraf_app::json_reading::{length_choice, settings, unsaved};
use nutgraf_app::settings::{LengthChoice, Settings, SummaryLayout, Unsaved};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const LENGTHS: [LengthChoice; 6] = [
    LengthChoice::Short,
    LengthChoice::Medium,
    LengthChoice::Long,
    LengthChoice::Sentences(7),
    LengthChoice::Words(60),
    LengthChoice::Percent(25),
];

#[wasm_bindgen_test]
fn every_setting_serde_json_writes_reads_back_as_itself() {
    let locales = [
        None,
        Some(Locale::English),
        Some(Locale::German),
        Some(Locale::French),
    ];
    for length in LENGTHS {
        for layout in [SummaryLayout::Bullets, SummaryLayout::Paragraph] {
            for locale in locales {
                let written = Settings {
                    length,
                    layout,
                    locale,
                };
                let json = serde_json::to_string(&written).expect("settings are written");
                assert_eq!(settings(&json), Some(written.clone()), "{json}");
            }
        }
        let json = serde_json::to_string(&length).expect("a length is written");
        assert_eq!(length_choice(&json), Some(length), "{json}");
    }
}

#[wasm_bindgen_test]
fn settings_saved_by_earlier_versions_still_read() {
    let expected = Settings {
        length: LengthChoice::Words(60),
        layout: SummaryLayout::Paragraph,
        locale: Some(Locale::French),
    };
    let json = r#"{"length":{"Words":60},"layout":"Paragraph","locale":"French"}"#;
    assert_eq!(settings(json), Some(expected));
    assert_eq!(settings("{}"), Some(Settings::default()));
    let only_layout = Settings {
        layout: SummaryLayout::Paragraph,
        ..Settings::default()
    };
    assert_eq!(settings(r#"{ "layout": "Paragraph" }"#), Some(only_layout));
    assert_eq!(
        settings(r#"{"locale":null,"length":"Long"}"#).map(|read| read.length),
        Some(LengthChoice::Long)
    );
}

#[wasm_bindgen_test]
fn what_is_not_settings_is_refused() {
    for json in [
        "",
        "not json",
        "5",
        "\"Short\"",
        r#"{"length":"Tiny"}"#,
        r#"{"length":{"Sentences":2.5}}"#,
        r#"{"length":{"Sentences":-3}}"#,
        r#"{"length":{"Sentences":5,"Words":6}}"#,
        r#"{"length":{"Pages":5}}"#,
        r#"{"layout":"bullets"}"#,
        r#"{"locale":"Klingon"}"#,
    ] {
        assert_eq!(settings(json), None, "{json}");
    }
    assert_eq!(length_choice("{\"Sentences\":0.5}"), None);
}

#[wasm_bindgen_test]
fn an_unsaved_text_reads_back_whole() {
    let written = Unsaved {
        text: "„Zitat“ — \"quoted\"\nline two \u{1F600}".to_owned(),
        edited: 1_733_500_000_123.0,
    };
    let json = serde_json::to_string(&written).expect("written");
    assert_eq!(unsaved(&json), Some(written));
    assert_eq!(unsaved(r#"{"text":"only the text"}"#), None);
    assert_eq!(unsaved(r#"{"text":5,"edited":1}"#), None);
    assert_eq!(unsaved("[]"), None);
}

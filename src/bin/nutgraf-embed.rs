//! The embeddable engine: `embed.js` loads this WebAssembly and calls `summarize` and
//! `quotes`, which return the command line's JSON as a string. No Yew, no page: only the
//! engine and its JSON.

use wasm_bindgen::prelude::*;

/// The summary of `text` as `nutgraf summarize --json` prints it. `options` is JSON:
/// `{"sentences": 3}`, `{"words": 60}`, `{"ratio": 0.2}`, `{"length": "short"}`, or empty.
#[wasm_bindgen]
pub fn summarize(text: &str, options: &str) -> Result<String, JsError> {
    nutgraf_app::embed::summary_json(text, options).map_err(|message| JsError::new(&message))
}

/// The quotations of `text` as `nutgraf quotes --json` prints them.
#[wasm_bindgen]
pub fn quotes(text: &str) -> Result<String, JsError> {
    nutgraf_app::embed::quotes_json(text).map_err(|message| JsError::new(&message))
}

/// The widget's words as JSON, in the first interface language among `languages` (language
/// tags, most preferred first), else in English.
#[wasm_bindgen]
pub fn labels(languages: Vec<String>) -> String {
    nutgraf_app::embed::labels_json(&languages)
}

/// Installs the panic hook: a panic in the engine throws an `Error` named `EnginePanic` with
/// the panic's message, which `embed.js` tells from a refusal; it then drops this instance
/// (its state is no longer sound) and loads a fresh one for the next call.
fn main() {
    std::panic::set_hook(Box::new(|info| {
        let error = js_sys::Error::new(&info.to_string());
        error.set_name("EnginePanic");
        wasm_bindgen::throw_val(error.into());
    }));
}

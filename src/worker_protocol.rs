//! The messages between the page and the engine's web worker. A request is a JavaScript array
//! `[id, length as JSON, text, language code or ""]`, so that the text travels as a JavaScript string; a reply is a
//! [`WorkerReply`] in bincode, whose decoding on the page's thread takes a fraction of the time
//! JSON would (the analysis of 5 MB is about 15 MB as JSON).

use js_sys::{Array, Uint8Array};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use nutgraf_engine::text::Language;

use crate::analysis::Analysis;
use crate::settings::LengthChoice;

/// A text to analyze, numbered so that answers to older requests can be told apart.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisRequest {
    /// Increases with every request the page sends.
    pub id: u64,
    /// The article.
    pub text: String,
    /// The summary length.
    pub length: LengthChoice,
    /// The article's language; `None` to detect it.
    pub language: Option<Language>,
}

impl AnalysisRequest {
    /// The message asking the worker to analyze `text` with `length`, in `language` (detected
    /// when `None`), as request `id`.
    pub fn message(id: u64, text: &str, length: LengthChoice, language: Option<Language>) -> JsValue {
        let length = serde_json::to_string(&length).unwrap_or_default();
        Array::of4(
            &JsValue::from_f64(id as f64),
            &JsValue::from_str(&length),
            &crate::js_text::to_js(text),
            &JsValue::from_str(language.map_or("", Language::code)),
        )
        .into()
    }

    /// The request a [`message`](Self::message) holds; `None` for anything else.
    pub fn from_message(message: &JsValue) -> Option<Self> {
        let parts: &Array = wasm_bindgen::JsCast::dyn_ref(message)?;
        Some(Self {
            id: parts.get(0).as_f64()? as u64,
            length: crate::json_reading::length_choice(&parts.get(1).as_string()?)?,
            text: parts.get(2).as_string()?,
            language: Language::of_code(&parts.get(3).as_string()?),
        })
    }
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum WorkerReply {
    /// The worker has started and takes requests.
    Ready,
    /// The worker began analyzing request `id`.
    Started(u64),
    /// The analysis of request `id`.
    Done(u64, Analysis),
    /// The engine panicked on request `id`: the worker is unusable from now on.
    Failed(u64, String),
}

impl WorkerReply {
    /// The reply as a message: bytes in a buffer of their own, to be transferred.
    pub fn message(&self) -> Uint8Array {
        Uint8Array::from(bincode::serialize(self).unwrap_or_default().as_slice())
    }

    /// The reply a [`message`](Self::message) holds; `None` for anything else.
    pub fn from_message(message: &JsValue) -> Option<Self> {
        let bytes: &Uint8Array = wasm_bindgen::JsCast::dyn_ref(message)?;
        bincode::deserialize(&bytes.to_vec()).ok()
    }
}

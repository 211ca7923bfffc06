//! The JSON the app writes with serde_json (its settings and its unsaved text in local
//! storage, the summary length in a request to the worker), read back through the browser's
//! own JSON parser: serde_json's reader would add about 12 KB gzipped to the page.
//!
//! serde stays the one authority on the shapes: a value is read as the candidate whose
//! serde_json text is the value's own JSON text, so a renamed variant cannot be misread.

use js_sys::{Object, Reflect, JSON};
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};

use crate::i18n::Locale;
use crate::settings::{LengthChoice, Settings, SummaryLayout, Unsaved};

/// The settings in `json`; a field left out is the default, and `None` when `json` is not
/// settings (as serde_json's reader would refuse it).
pub fn settings(json: &str) -> Option<Settings> {
    let object = parsed_object(json)?;
    let defaults = Settings::default();
    Some(Settings {
        length: field(&object, "length", length_choice_value)?.unwrap_or(defaults.length),
        layout: field(&object, "layout", layout)?.unwrap_or(defaults.layout),
        locale: field(&object, "locale", locale)?.unwrap_or(defaults.locale),
    })
}

/// The unsaved text in `json`; `None` when `json` is not one.
pub fn unsaved(json: &str) -> Option<Unsaved> {
    let object = parsed_object(json)?;
    Some(Unsaved {
        text: field(&object, "text", JsValue::as_string)??,
        edited: field(&object, "edited", JsValue::as_f64)??,
    })
}

/// The summary length in `json`; `None` when `json` is not one.
pub fn length_choice(json: &str) -> Option<LengthChoice> {
    length_choice_value(&JSON::parse(json).ok()?)
}

/// `json` parsed, when it is a JSON object.
fn parsed_object(json: &str) -> Option<Object> {
    JSON::parse(json).ok()?.dyn_into::<Object>().ok()
}

/// The field `name` of `object` read by `read`: `Some(None)` when it is left out, `None` when
/// it is there but unreadable.
fn field<T>(object: &Object, name: &str, read: fn(&JsValue) -> Option<T>) -> Option<Option<T>> {
    let value = Reflect::get(object, &JsValue::from_str(name)).ok()?;
    if value.is_undefined() {
        Some(None)
    } else {
        read(&value).map(Some)
    }
}

/// The summary length `value` holds, as serde_json writes one (`"Short"`, `{"Words":80}`).
fn length_choice_value(value: &JsValue) -> Option<LengthChoice> {
    // An amount is an object of one key (`{"Sentences":5}`): its number is the amount.
    let amount = value
        .dyn_ref::<Object>()
        .and_then(|object| Object::values(object).get(0).as_f64())
        .filter(|amount| amount.fract() == 0.0 && *amount >= 0.0)
        .map_or(0, |amount| amount as usize);
    written_as(
        value,
        [
            LengthChoice::Short,
            LengthChoice::Medium,
            LengthChoice::Long,
            LengthChoice::Sentences(amount),
            LengthChoice::Words(amount),
            LengthChoice::Percent(amount),
        ],
    )
}

/// The summary layout `value` holds.
fn layout(value: &JsValue) -> Option<SummaryLayout> {
    written_as(value, [SummaryLayout::Bullets, SummaryLayout::Paragraph])
}

/// The interface language `value` holds: `null` for the browser's own, or a locale.
fn locale(value: &JsValue) -> Option<Option<Locale>> {
    written_as(value, [None].into_iter().chain(Locale::ALL.map(Some)))
}

/// The first of `candidates` that serde_json writes as `value`'s JSON text.
fn written_as<T: Serialize>(value: &JsValue, candidates: impl IntoIterator<Item = T>) -> Option<T> {
    let text = JSON::stringify(value).ok()?.as_string()?;
    candidates
        .into_iter()
        .find(|candidate| serde_json::to_string(candidate).is_ok_and(|written| written == text))
}

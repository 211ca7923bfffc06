//! Pastes too long for a text area. A text area takes about 30 ms a megabyte to take in a
//! paste, in one task the page cannot answer during; a paste longer than
//! [`EDITABLE_LIMIT`] is therefore taken from the clipboard event itself and never put in
//! the text area, which shows the text as a card instead (`long_text_card`), as it shows any
//! text of more than that many bytes.

use js_sys::JsString;
use wasm_bindgen::prelude::*;
use web_sys::{ClipboardEvent, DataTransfer, HtmlTextAreaElement};

/// The longest text (in UTF-16 units, as JavaScript counts) the text area is given unasked.
pub const EDITABLE_LIMIT: u32 = 1_000_000;

#[wasm_bindgen]
extern "C" {
    /// A `DataTransfer` seen through [`Transfer::text_of`].
    type Transfer;
    /// `DataTransfer.getData`, as the JavaScript string itself (web-sys's copies it to Rust).
    #[wasm_bindgen(method, js_name = getData)]
    fn text_of(this: &Transfer, format: &str) -> JsString;
}

/// The text the text area would hold after `event`, when the paste is longer than
/// [`EDITABLE_LIMIT`]: the area's value with the pasted text in place of its selection, as
/// the browser would have made it. The browser's own paste is then cancelled. `None` (and
/// the browser pastes) for any shorter paste.
pub fn take_long_paste(event: &ClipboardEvent, area: &HtmlTextAreaElement) -> Option<JsString> {
    let pasted = pasted_text(event)?;
    if pasted.length() <= EDITABLE_LIMIT {
        return None;
    }
    event.prevent_default();
    let value: JsString = js_sys::Reflect::get(area, &JsValue::from_str("value"))
        .ok()
        .and_then(|value| value.dyn_into().ok())
        .unwrap_or_default();
    let length = value.length();
    let start = area
        .selection_start()
        .ok()
        .flatten()
        .unwrap_or(length)
        .min(length);
    let end = area
        .selection_end()
        .ok()
        .flatten()
        .unwrap_or(start)
        .clamp(start, length);
    Some(
        value
            .slice(0, start)
            .concat(&pasted)
            .concat(&value.slice(end, length)),
    )
}

/// The text `event` pastes, if it holds any.
pub fn pasted_text(event: &ClipboardEvent) -> Option<JsString> {
    let transfer: DataTransfer = event.clipboard_data()?;
    Some(transfer.unchecked_ref::<Transfer>().text_of("text/plain")).filter(|text| text.length() > 0)
}

//! Copying text for the person, through the browser's clipboard.

use wasm_bindgen_futures::JsFuture;

/// Copies `text`; returns whether the browser allowed it.
pub async fn copy(text: &str) -> bool {
    match web_sys::window().map(|window| window.navigator().clipboard()) {
        Some(clipboard) => JsFuture::from(clipboard.write_text(text)).await.is_ok(),
        None => false,
    }
}

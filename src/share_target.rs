//! The Web Share Target: sharing text or a link to the installed app opens it at
//! `./?title=…&text=…&url=…` (see `share_target` in `pwa/manifest.webmanifest`). The app
//! takes what was shared as its text, then removes it from the address bar.

use web_sys::UrlSearchParams;

/// The text shared to the app by this page load, if any: the shared title, text and link,
/// each on its own paragraph, without repeats. Cleans the address (with
/// `history.replaceState`) so that a reload does not paste it again.
pub fn take_shared_text() -> Option<String> {
    let window = web_sys::window()?;
    let search = window.location().search().ok()?;
    let text = shared_text(&search)?;
    let clean = window.location().pathname().ok()?;
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&clean));
    }
    Some(text)
}

/// The shared text in a query string such as `?title=…&text=…&url=…`, or `None` when it
/// shares nothing.
pub fn shared_text(search: &str) -> Option<String> {
    let params = UrlSearchParams::new_with_str(search).ok()?;
    let mut parts: Vec<String> = Vec::new();
    for name in ["title", "text", "url"] {
        let Some(value) = params.get(name) else { continue };
        let value = value.trim();
        // Apps often put the link into `text` too: keep each piece once.
        if !value.is_empty() && !parts.iter().any(|part| part.contains(value)) {
            parts.push(value.to_owned());
        }
    }
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

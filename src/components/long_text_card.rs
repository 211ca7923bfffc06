//! A text too long to edit comfortably, shown in the editor's place as its size: the text area
//! would block the page for as long as it takes to lay the text out (see `long_paste`). A paste
//! on the card replaces the text.

use js_sys::JsString;
use nutgraf_engine::text::megabytes;
use wasm_bindgen::JsCast;
use web_sys::ClipboardEvent;
use yew::prelude::*;

use crate::i18n::{fill, Catalog};
use crate::long_paste::pasted_text;

/// The card for a text of `bytes`: its size, and a button that calls `on_edit` to put the
/// text in the text area all the same; a paste on it calls `on_paste` with the pasted text.
pub fn long_text_card(
    words: &Catalog,
    bytes: usize,
    on_edit: Callback<()>,
    on_paste: Callback<JsString>,
) -> Html {
    let on_paste = Callback::from(move |event: Event| {
        if let Some(text) = event.dyn_ref::<ClipboardEvent>().and_then(pasted_text) {
            event.prevent_default();
            on_paste.emit(text);
        }
    });
    let size = megabytes(bytes, words.decimal_separator);
    html! {
        <div class="long-text" data-testid="long-text" role="group" aria-label={words.article_text} tabindex="0" onpaste={on_paste}>
            <p>{ fill(words.long_text, &[&size]) }</p>
            <button type="button" data-testid="edit-long-text" onclick={on_edit.reform(|_| ())}>
                { words.edit_long_text }
            </button>
        </div>
    }
}

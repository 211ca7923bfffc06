//! The JavaScript string a text was read from (the text area's value), kept beside the text so
//! that handing the same text back to JavaScript (to the engine's worker, to IndexedDB) costs
//! no conversion: for a 5 MB paste, each conversion would block the page for tens of
//! milliseconds.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use wasm_bindgen::JsValue;

thread_local! {
    /// The newest text read from JavaScript, and the string it was read from.
    static LATEST: RefCell<Option<(Weak<str>, JsValue)>> = const { RefCell::new(None) };
}

/// Reads a JavaScript string into a text, remembering the string for [`to_js`].
pub fn read(value: JsValue) -> Rc<str> {
    let text: Rc<str> = Rc::from(value.as_string().unwrap_or_default());
    LATEST.set(Some((Rc::downgrade(&text), value)));
    text
}

/// `text` as a JavaScript string: the very string it was read from, when it is the newest
/// text [`read`] (and still alive), else a fresh conversion.
pub fn to_js(text: &str) -> JsValue {
    LATEST
        .with_borrow(|latest| {
            latest
                .as_ref()
                .filter(|(read, _)| {
                    read.upgrade()
                        .is_some_and(|read| std::ptr::eq(Rc::as_ptr(&read), text))
                })
                .map(|(_, value)| value.clone())
        })
        .unwrap_or_else(|| JsValue::from_str(text))
}

//! What the browser tests share: starting from a browser that keeps no text.

use wasm_bindgen_futures::JsFuture;

/// Deletes every saved text (the stores opened by earlier tests let go when asked).
pub async fn delete_saved_texts() {
    let factory = web_sys::window()
        .and_then(|window| window.indexed_db().ok().flatten())
        .expect("IndexedDB");
    let request = factory.delete_database("nutgraf").expect("a deletion");
    let done = js_sys::Promise::new(&mut |resolve, _| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&resolve));
    });
    JsFuture::from(done).await.expect("deleted");
}

//! The text store (`src/text_store.rs`) in a real browser's IndexedDB, run in headless Chromium
//! by wasm-bindgen-test: tabs' saves never replace a newer text whatever their order, a text
//! moved from local storage is the oldest, and 50 MB are kept.
#![cfg(target_arch = "wasm32")]

use nutgraf_app::text_store::{SavedText, TextStore};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

mod support;

use support::delete_saved_texts;

async fn open() -> TextStore {
    TextStore::open().await.expect("the store opens")
}

fn saved(text: &str, edited: f64) -> Option<SavedText> {
    Some(SavedText {
        text: text.to_owned(),
        edited,
    })
}

#[wasm_bindgen_test]
async fn a_later_save_of_an_older_edit_never_replaces_a_newer_text() {
    delete_saved_texts().await;
    let (first_tab, second_tab) = (open().await, open().await);
    first_tab
        .save("The first tab's text.", 1_000.0)
        .await
        .expect("kept");
    second_tab
        .save("The second tab's newer text.", 3_000.0)
        .await
        .expect("kept");
    // The first tab saves an edit made before the second tab's, after it.
    first_tab
        .save("The first tab's older edit.", 2_000.0)
        .await
        .expect("kept");
    let reopened = open().await;
    assert_eq!(
        reopened.newest().await,
        Ok(saved("The second tab's newer text.", 3_000.0))
    );
    // Opening removed the older texts: the newest stays the newest.
    assert_eq!(
        open().await.newest().await,
        Ok(saved("The second tab's newer text.", 3_000.0))
    );
}

#[wasm_bindgen_test]
async fn a_text_moved_from_local_storage_is_older_than_any_save() {
    delete_saved_texts().await;
    let store = open().await;
    assert_eq!(store.newest().await, Ok(None));
    store
        .adopt(&SavedText {
            text: "Kept by the version before.".to_owned(),
            edited: 0.0,
        })
        .await
        .expect("moved");
    assert_eq!(
        store.newest().await,
        Ok(saved("Kept by the version before.", 0.0))
    );
    store.save("Typed since.", 5.0).await.expect("kept");
    assert_eq!(open().await.newest().await, Ok(saved("Typed since.", 5.0)));
}

#[wasm_bindgen_test]
async fn fifty_megabytes_are_kept() {
    delete_saved_texts().await;
    let text = "Fifty megabytes of one line. ".repeat(50_000_000 / 29 + 1);
    assert!(text.len() >= 50_000_000);
    open().await.save(&text, 7.0).await.expect("kept");
    let back = open().await.newest().await.expect("read").expect("a text");
    assert_eq!((back.text.len(), back.edited), (text.len(), 7.0));
    assert!(back.text == text);
}

#[wasm_bindgen_test]
fn a_text_kept_in_local_storage_meanwhile_is_taken_once() {
    use nutgraf_app::settings::{keep_unsaved, take_unsaved, Unsaved};
    let unsaved = Unsaved {
        text: "Pasted while the store was opening.".to_owned(),
        edited: 42.0,
    };
    assert!(keep_unsaved(&unsaved));
    assert_eq!(take_unsaved(), Some(unsaved));
    assert_eq!(take_unsaved(), None);
}

//! Browser tests of the app's components, run in headless Chromium by wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use nutgraf_app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "The city council approved the new budget on Monday. \
Mayor Jane Ortiz said the plan adds money for parks. \
“This is a budget for every neighbourhood,” Ortiz said. \
Critics said the plan raises fees. \
The vote was 7 to 2.";

/// Mounts the app in a fresh element of the test page.
async fn mount() -> Element {
    let document = document();
    let root = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    root
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

/// Puts `text` in the text area as a paste would, and lets the app render.
async fn paste(root: &Element, text: &str) {
    let area: HtmlTextAreaElement = root
        .query_selector("[data-testid=source-input]")
        .ok()
        .flatten()
        .expect("the text area")
        .unchecked_into();
    area.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    let event = Event::new_with_event_init_dict("input", &init).expect("an input event");
    area.dispatch_event(&event).expect("dispatched");
    yew::scheduler::flush().await;
}

fn texts(root: &Element, test_id: &str) -> Vec<String> {
    let nodes = root
        .query_selector_all(&format!("[data-testid={test_id}]"))
        .expect("a selector");
    (0..nodes.length())
        .filter_map(|index| nodes.item(index))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn shows_a_hint_before_any_text() {
    let root = mount().await;
    assert!(texts(&root, "summary").is_empty());
    assert!(root
        .text_content()
        .unwrap_or_default()
        .contains("as soon as you paste"));
}

#[wasm_bindgen_test]
async fn pasting_shows_the_summary_and_the_quotes() {
    let root = mount().await;
    paste(&root, ARTICLE).await;
    let summary = texts(&root, "summary-sentence");
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert_eq!(summary[0], "The city council approved the new budget on Monday.");
    let quotes = texts(&root, "quote-text");
    assert_eq!(
        quotes,
        vec!["This is a budget for every neighbourhood,".to_owned()]
    );
}

#[wasm_bindgen_test]
async fn whitespace_alone_shows_the_hint() {
    let root = mount().await;
    paste(&root, "   \n\n  ").await;
    assert!(
        texts(&root, "summary").is_empty(),
        "whitespace alone shows no summary"
    );
}

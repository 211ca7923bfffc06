//! Browser tests of the app, run in headless Chromium by wasm-bindgen-test: what needs a DOM
//! (the rendered page, the share target's address). The engine runs inline here (no worker
//! script is served to the test page). The app's pure parts are tested natively
//! (`app_state.rs`, `app_parts.rs`, `settings.rs`, `embed_api.rs`, `embed_types.rs`).
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use nutgraf_app::share_target::shared_text;
use nutgraf_app::{analysis::Analysis, App, AppProps, Engine};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlTextAreaElement, InputEvent, InputEventInit};

wasm_bindgen_test_configure!(run_in_browser);

mod support;

use support::delete_saved_texts;

const ARTICLE: &str = "The city council approved the new budget on Monday after a long debate. \
Mayor Jane Ortiz said the plan adds money for parks and for the libraries of every district. \
“This is a budget for every neighbourhood,” Ortiz said. \
Critics said the plan raises fees for small businesses that are still recovering. \
The vote was 7 to 2, and the budget takes effect in July.";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|window| window.document())
        .expect("a document")
}

/// Mounts the app in a fresh element, with nothing remembered from earlier tests.
async fn mount() -> Element {
    if let Some(storage) = web_sys::window().and_then(|window| window.local_storage().ok().flatten()) {
        storage.clear().expect("storage cleared");
    }
    delete_saved_texts().await;
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    yew::Renderer::<App>::with_root_and_props(
        root.clone(),
        AppProps {
            engine: Engine::Inline(Analysis::of),
        },
    )
    .render();
    settle().await;
    root
}

/// Lets the debounced analysis run and the app render.
async fn settle() {
    yew::scheduler::flush().await;
    TimeoutFuture::new(250).await;
    yew::scheduler::flush().await;
}

/// Puts `text` in the text area as typing (or a paste) would, and lets the app render.
async fn enter(root: &Element, text: &str, input_type: &str) {
    let area: HtmlTextAreaElement = find(root, "source-input").unchecked_into();
    area.set_value(text);
    let init = InputEventInit::new();
    init.set_bubbles(true);
    init.set_input_type(input_type);
    let event = InputEvent::new_with_event_init_dict("input", &init).expect("an input event");
    area.dispatch_event(&event).expect("dispatched");
    settle().await;
}

fn find(root: &Element, test_id: &str) -> Element {
    root.query_selector(&format!("[data-testid={test_id}]"))
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {test_id}"))
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

async fn click(root: &Element, test_id: &str) {
    find(root, test_id).unchecked_into::<HtmlElement>().click();
    settle().await;
}

/// Chooses `value` in a select menu, as a person would, and lets the app render.
async fn choose(root: &Element, test_id: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = find(root, test_id).unchecked_into();
    select.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    select
        .dispatch_event(&Event::new_with_event_init_dict("change", &init).expect("an event"))
        .expect("dispatched");
    settle().await;
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

/// Checks that the app shows [`ARTICLE`]'s summary (three sentences, the lead first) and its
/// quotes: two reported statements (no quotation marks) and one direct quote (in marks).
fn shows_the_articles_summary_and_quotes(root: &Element) {
    let summary = texts(root, "summary-sentence");
    assert_eq!(summary.len(), 3, "{summary:?}");
    assert_eq!(
        summary[0],
        "The city council approved the new budget on Monday after a long debate."
    );
    assert_eq!(
        texts(root, "quote-text"),
        [
            "the plan adds money for parks and for the libraries of every district",
            "“This is a budget for every neighbourhood”",
            "the plan raises fees for small businesses that are still recovering"
        ]
    );
}

#[wasm_bindgen_test]
async fn typing_shows_the_summary_the_quotes_and_the_compression() {
    let root = mount().await;
    enter(&root, ARTICLE, "insertText").await;
    shows_the_articles_summary_and_quotes(&root);
    assert_eq!(
        texts(&root, "quote-speaker"),
        ["Jane Ortiz", "Jane Ortiz", "critics"]
    );
    assert_eq!(texts(&root, "quote-kind"), ["reported", "direct", "reported"]);
    let compression = texts(&root, "compression").concat();
    assert!(compression.starts_with("3 of 5 sentences"), "{compression}");
    assert!(
        texts(&root, "status").concat().contains("Summary ready"),
        "the live region announces the result"
    );
}

/// [`ARTICLE`] as a PDF gives it: hard-wrapped at 60 columns, CRLF line ends, words
/// hyphenated across line ends.
const ARTICLE_FROM_A_PDF: &str = "The city council approved the new budget on Monday after a\r\n\
long debate. Mayor Jane Ortiz said the plan adds money for par-\r\n\
ks and for the libraries of every district. \u{201c}This is a budget\r\n\
for every neighbourhood,\u{201d} Ortiz said. Critics said the plan\r\n\
raises fees for small businesses that are still recovering.\r\n\
The vote was 7 to 2, and the budget takes effect in July.";

#[wasm_bindgen_test]
async fn text_pasted_from_a_pdf_reads_as_prose() {
    let root = mount().await;
    enter(&root, ARTICLE_FROM_A_PDF, "insertFromPaste").await;
    shows_the_articles_summary_and_quotes(&root);
}

#[wasm_bindgen_test]
async fn a_paste_opens_the_reading_view_with_the_summary_highlighted() {
    let root = mount().await;
    enter(&root, ARTICLE, "insertFromPaste").await;
    let marks = root
        .query_selector_all("[data-testid=source-view] mark")
        .expect("a selector");
    assert_eq!(
        marks.length(),
        3,
        "each summary sentence is marked in the article"
    );
    let first_sentence = root
        .query_selector("[data-testid=summary-sentence] button")
        .ok()
        .flatten()
        .expect("a button");
    first_sentence.unchecked_into::<HtmlElement>().click();
    settle().await;
    assert!(
        root.query_selector("mark.active").ok().flatten().is_some(),
        "clicking a sentence marks it in the article"
    );
}

#[wasm_bindgen_test]
async fn whitespace_alone_shows_the_hint_and_short_text_says_so() {
    let root = mount().await;
    enter(&root, "   \n\n  ", "insertText").await;
    assert!(
        texts(&root, "summary").is_empty(),
        "whitespace alone shows no summary"
    );
    enter(&root, "Too short.", "insertText").await;
    assert!(
        texts(&root, "problem").concat().contains("too short"),
        "{:?}",
        texts(&root, "problem")
    );
}

#[wasm_bindgen_test]
async fn the_sample_loads_and_clearing_can_be_undone() {
    let root = mount().await;
    click(&root, "load-sample").await;
    assert_eq!(texts(&root, "summary-sentence").len(), 3);
    click(&root, "clear").await;
    assert!(texts(&root, "summary").is_empty());
    click(&root, "undo-clear").await;
    assert_eq!(texts(&root, "summary-sentence").len(), 3, "the sample is back");
}

#[wasm_bindgen_test]
async fn the_speaker_filter_lists_only_that_speakers_quotes() {
    let root = mount().await;
    enter(&root, ARTICLE, "insertText").await;
    assert_eq!(texts(&root, "quote").len(), 3);
    choose(&root, "quote-filter", "critics").await;
    assert_eq!(texts(&root, "quote-speaker"), ["critics"]);
    assert_eq!(
        texts(&root, "speakers").concat().matches("Jane Ortiz").count(),
        1,
        "the overview still shows everyone"
    );
}

#[wasm_bindgen_test]
async fn changing_the_length_changes_the_summary() {
    let root = mount().await;
    click(&root, "load-sample").await;
    choose(&root, "length-kind", "medium").await;
    assert_eq!(texts(&root, "summary-sentence").len(), 5);
}

#[wasm_bindgen_test]
fn shared_title_text_and_link_become_the_text() {
    assert_eq!(shared_text(""), None);
    assert_eq!(shared_text("?share-target"), None);
    assert_eq!(
        shared_text("?title=Pier&text=The+pier+reopens.&url=https%3A%2F%2Fexample.com%2Fpier").as_deref(),
        Some("Pier\n\nThe pier reopens.\n\nhttps://example.com/pier")
    );
    // A link shared inside the text is kept once.
    assert_eq!(
        shared_text("?text=Read+https%3A%2F%2Fexample.com&url=https%3A%2F%2Fexample.com").as_deref(),
        Some("Read https://example.com")
    );
}

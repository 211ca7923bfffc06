//! Nothing typed is lost, end to end in a real Chromium: a paste survives a reload made at
//! once, 20 MB survive a reload, a tab's older text never replaces another tab's newer one,
//! a text saved by the version before IndexedDB comes back, and storage refused is told on
//! the status line.

use std::time::Duration;

use nutgraf_e2e::{
    put_in_page, repeated_article, wait_for_app, wait_for_card, wait_for_sentences, Browser, Setup,
    StaticServer,
};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("../../../crates/engine/tests/fixtures/harbour-article.txt");
/// What the status line says when storage is refused (`nutgraf_app::state::STORAGE_REFUSED`).
const STORAGE_REFUSED: &str = "This browser does not let Nutgraf keep your text after a reload (storage is \
     off, as in some private windows); it stays until you close the page.";

/// Waits until the editor holds `expected` (the saved text comes back a moment after the page
/// opens; a text too long to edit comes back as a card, and is then put in the editor).
fn wait_for_editor_text(browser: &Browser, expected: &str) {
    let mut last = Value::Null;
    browser.wait_longer_for(
        "the saved text in the editor",
        Duration::from_secs(60),
        |browser| {
            last = browser.execute(
                "document.querySelector('[data-testid=edit-long-text]')?.click();
             const area = document.querySelector('[data-testid=source-input]');
             return area ? [area.value.length, area.value.slice(0, 60)] : null;",
                json!([]),
            );
            (last[0].as_u64() == Some(expected.chars().count() as u64)).then_some(())
        },
    );
    assert_eq!(
        last[1].as_str(),
        Some(expected.chars().take(60).collect::<String>().as_str())
    );
}

/// Reloads the page and waits until the editor holds `expected` again.
fn reload_expecting(browser: &Browser, expected: &str) {
    browser.reload();
    wait_for_app(browser);
    wait_for_editor_text(browser, expected);
}

/// The lengths in chars of the texts IndexedDB holds, in no particular order.
fn saved_lengths(browser: &Browser) -> Vec<usize> {
    let saved = browser.execute_async(
        "const done = arguments[0];
         const opening = indexedDB.open('nutgraf');
         opening.onerror = () => done([]);
         opening.onsuccess = () => {
           const database = opening.result;
           if (!database.objectStoreNames.contains('texts')) { database.close(); return done([]); }
           const all = database.transaction('texts').objectStore('texts').getAll();
           all.onsuccess = () => { database.close(); done(all.result.map((record) => record.text.length)); };
           all.onerror = () => done([]);
         };",
        json!([]),
    );
    serde_json::from_value(saved).unwrap_or_default()
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn a_paste_survives_a_reload_at_once() {
    let setup = Setup::from_env("a_paste_survives_a_reload_at_once");
    let (_server, browser) = setup.open_app();
    browser.paste("source-input", SAMPLE);
    reload_expecting(&browser, SAMPLE);
    wait_for_sentences(&browser, 3);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn twenty_megabytes_survive_a_reload() {
    let setup = Setup::from_env("twenty_megabytes_survive_a_reload");
    let (_server, browser) = setup.open_app();
    let text = repeated_article(SAMPLE, 20_000_000);
    put_in_page(&browser, "nutgrafClipboard", &text);
    browser.execute(
        "const area = document.querySelector('[data-testid=source-input]');
         area.value = window.nutgrafClipboard;
         area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));",
        json!([]),
    );
    let chars = text.chars().count();
    browser.wait_longer_for("20 MB saved", Duration::from_secs(60), |browser| {
        saved_lengths(browser).contains(&chars).then_some(())
    });
    // Too long for the editor, it comes back as a card with its size.
    browser.reload();
    wait_for_app(&browser);
    let card = wait_for_card(&browser, Duration::from_secs(60));
    assert!(card.starts_with("This article is 20.0 MB long"), "{card}");
    wait_for_editor_text(&browser, &text);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn an_older_text_in_another_tab_never_replaces_a_newer_one() {
    const OLDER: &str = "The older text, typed in the first tab.";
    const EDITED: &str = "The older text, edited in the first tab.";
    let setup = Setup::from_env("an_older_text_in_another_tab_never_replaces_a_newer_one");
    let (server, browser) = setup.open_app();
    let first = browser.tab();
    browser.type_text("source-input", OLDER);
    std::thread::sleep(Duration::from_millis(800)); // saved 400 ms after the edit
    let second = browser.new_tab();
    browser.goto(&server.url("/"));
    wait_for_app(&browser);
    wait_for_editor_text(&browser, OLDER);
    // The first tab's clock stops, so its save (due 400 ms after an edit) waits; it edits; the
    // second tab makes a newer edit, saved 400 ms later; then the first tab's clock runs and
    // it saves its older edit, after the newer one. The second tab reloaded,
    // and a tab opened afterwards, show the newer text.
    browser.switch_to(&first);
    let clock = |policy: Value| browser.cdp("Emulation.setVirtualTimePolicy", policy);
    clock(json!({ "policy": "pause" }));
    browser.type_text("source-input", EDITED);
    browser.switch_to(&second);
    browser.type_text("source-input", SAMPLE);
    browser.wait_for("the second tab's save", |browser| {
        saved_lengths(browser)
            .contains(&SAMPLE.chars().count())
            .then_some(())
    });
    browser.switch_to(&first);
    clock(json!({ "policy": "advance", "budget": 2_000 }));
    browser.switch_to(&second);
    browser.wait_for("the first tab's own save", |browser| {
        saved_lengths(browser).contains(&EDITED.len()).then_some(())
    });
    reload_expecting(&browser, SAMPLE);
    browser.new_tab();
    browser.goto(&server.url("/"));
    wait_for_app(&browser);
    wait_for_editor_text(&browser, SAMPLE);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn a_text_the_previous_version_kept_in_local_storage_comes_back() {
    let setup = Setup::from_env("a_text_the_previous_version_kept_in_local_storage_comes_back");
    let (_server, browser) = setup.open_app();
    browser.execute(
        "localStorage.setItem('nutgraf.text', arguments[0]);",
        json!([SAMPLE]),
    );
    reload_expecting(&browser, SAMPLE);
    let legacy = browser.execute("return localStorage.getItem('nutgraf.text');", json!([]));
    assert_eq!(legacy, Value::Null, "moved into IndexedDB");
    reload_expecting(&browser, SAMPLE);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn storage_refused_is_told_on_the_status_line() {
    let setup = Setup::from_env("storage_refused_is_told_on_the_status_line");
    let server = StaticServer::start(&setup.dist);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    // As a browser that blocks storage for the site does, before the app's first script.
    browser.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "IDBFactory.prototype.open = function () { \
            throw new DOMException('The user denied permission to access the database.', 'SecurityError'); };" }),
    );
    browser.goto(&server.url("/"));
    wait_for_app(&browser);
    browser.type_text("source-input", SAMPLE);
    browser.wait_for("the storage message", |browser| {
        (browser.texts("status") == [STORAGE_REFUSED]).then_some(())
    });
    wait_for_sentences(&browser, 3);
}

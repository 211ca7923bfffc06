//! The app and the embed survive an engine failure, end to end in a real Chromium. The
//! release build `cargo xtask test` makes has the test-only `fault-injection` feature: a text
//! holding its marker makes the engine panic, as an engine bug would (a trap that poisons the
//! WebAssembly instance).

use nutgraf_e2e::{wait_for_sentences, Browser, Setup, StaticServer};
use nutgraf_engine::{Length, Summarizer, SummaryReport};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("../../../crates/engine/tests/fixtures/harbour-article.txt");
/// `nutgraf_app::fault_injection::MARKER`.
const MARKER: &str = "NUTGRAF-TEST-ENGINE-FAILURE";
/// What the status line says (`nutgraf_app::state::ENGINE_FAILED`).
const ENGINE_FAILED: &str =
    "Nutgraf could not read this text. Your text is kept: you can edit it or paste another one.";

fn editor_text(browser: &Browser) -> Value {
    browser.execute(
        "return document.querySelector('[data-testid=source-input]').value;",
        json!([]),
    )
}

#[test]
#[ignore = "needs Chromium and a release build with fault-injection: run `cargo xtask test`"]
fn the_app_says_a_text_could_not_be_read_keeps_it_and_reads_the_next() {
    let setup = Setup::from_env("the_app_says_a_text_could_not_be_read_keeps_it_and_reads_the_next");
    let (_server, browser) = setup.open_app();
    let failing = format!("{SAMPLE}\n\n{MARKER} said nothing more.");
    browser.type_text("source-input", &failing);
    let report = browser.wait_for("the engine failure notice", |browser| {
        browser.texts("failure-report").pop()
    });
    assert_eq!(browser.texts("status"), [ENGINE_FAILED]);
    assert_eq!(
        editor_text(&browser).as_str(),
        Some(failing.as_str()),
        "the text is kept"
    );
    assert!(browser.texts("busy").is_empty(), "no spinner left running");
    let chars = failing.chars().count();
    assert!(
        report.contains(&format!(
            "Text length: {chars} characters ({} bytes)",
            failing.len()
        )),
        "{report}"
    );
    assert!(report.contains("App version: 0.1.0"), "{report}");
    assert!(report.contains("fault injection: the text holds"), "{report}");
    assert!(
        !report.contains("harbour"),
        "the report never holds the text: {report}"
    );
    // The button copies the report.
    browser.cdp(
        "Browser.grantPermissions",
        json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
    );
    browser.execute(
        "document.querySelector('[data-testid=copy-report]').click();",
        json!([]),
    );
    browser.wait_for("the copy to be confirmed", |browser| {
        (browser.texts("status") == ["Report copied. Paste it into a message to whoever runs this site."])
            .then_some(())
    });
    let copied = browser.execute_async(
        "const done = arguments[0]; navigator.clipboard.readText().then(done, (error) => done(String(error)));",
        json!([]),
    );
    assert!(
        copied
            .as_str()
            .is_some_and(|copied| copied.trim_end() == report.trim_end()),
        "{copied}"
    );
    // The next text is read by a fresh engine.
    browser.type_text("source-input", SAMPLE);
    wait_for_sentences(&browser, 3);
    assert!(browser.texts("engine-failure").is_empty());
    // And the same failing text fails again, as plainly.
    browser.type_text("source-input", &failing);
    browser.wait_for("the engine failure notice again", |browser| {
        (browser.texts("status") == [ENGINE_FAILED]).then_some(())
    });
}

#[test]
#[ignore = "needs Chromium and a release build with fault-injection: run `cargo xtask test`"]
fn the_embeds_calls_reject_with_an_error_and_the_next_call_works() {
    let setup = Setup::from_env("the_embeds_calls_reject_with_an_error_and_the_next_call_works");
    let server = StaticServer::start(&setup.dist);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&server.url("/examples/blog.html"));
    let failing = format!("{SAMPLE}\n\n{MARKER} said nothing more.");
    let results = browser.execute_async(
        "const [url, failing, text, done] = arguments;
         const rejection = (promise) => promise.then(
           () => null,
           (error) => ({ isError: error instanceof Error, message: String(error.message) }),
         );
         import(url).then(async ({ summarize, quotes }) => {
           const results = {};
           results.summary = await rejection(summarize(failing));
           results.after = await summarize(text);
           results.quotes = await rejection(quotes(failing));
           results.quotesAfter = (await quotes(text)).quotes.length;
           done(results);
         }).catch((error) => done({ error: String(error) }));",
        json!([server.url("/embed.js"), failing, SAMPLE]),
    );
    assert_eq!(results["error"], Value::Null, "{results}");
    for call in ["summary", "quotes"] {
        let rejected = &results[call];
        assert_eq!(rejected["isError"], json!(true), "{call}: {results}");
        let message = rejected["message"].as_str().unwrap_or_default();
        assert!(
            message.starts_with("Nutgraf's engine stopped while reading this text (panicked at ")
                && message.contains("fault injection: the text holds NUTGRAF-TEST-ENGINE-FAILURE")
                && message.ends_with("The text may be unusual; the next call starts a fresh engine."),
            "{call}: {message}"
        );
    }
    let document = nutgraf_engine::Document::new(SAMPLE);
    let summary = Summarizer::default().summarize_document(&document, Length::SHORT);
    let expected = serde_json::to_value(SummaryReport::of(&document, &summary)).expect("JSON");
    let texts = |report: &Value| -> Vec<Value> {
        report["sentences"]
            .as_array()
            .map(|sentences| {
                sentences
                    .iter()
                    .map(|sentence| sentence["text"].clone())
                    .collect()
            })
            .unwrap_or_default()
    };
    assert_eq!(texts(&results["after"]).len(), 3, "{results}");
    assert_eq!(texts(&results["after"]), texts(&expected), "the next call works");
    assert!(
        results["quotesAfter"].as_u64().is_some_and(|found| found > 0),
        "{results}"
    );
}

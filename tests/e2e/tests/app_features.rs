//! The app's features, end to end in a real Chromium: persistence across reloads, export,
//! keyboard-only use, accessibility, and a phone's screen (what the app costs is measured in
//! `performance.rs`).

use std::time::Duration;

use nutgraf_e2e::{
    audit_every_view, choose, click, html_paragraphs, page_width, repeated_article, wait_for_app,
    wait_for_card, wait_for_sentences, Browser, Setup, ENTER, PATIENCE, TAB,
};
use nutgraf_engine::{Length, QuoteFinder, QuotesReport, Summarizer, SummaryReport};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("../../../crates/engine/tests/fixtures/harbour-article.txt");

/// A property of the element with `data-testid="<test_id>"`.
fn property(browser: &Browser, test_id: &str, name: &str) -> Value {
    browser.execute(
        "return document.querySelector(`[data-testid=\"${arguments[0]}\"]`)[arguments[1]];",
        json!([test_id, name]),
    )
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_text_and_settings_survive_a_reload() {
    let setup = Setup::from_env("the_text_and_settings_survive_a_reload");
    let (_server, browser) = setup.open_app();
    click(&browser, "load-sample");
    wait_for_sentences(&browser, 3);
    choose(&browser, "length-kind", "medium");
    wait_for_sentences(&browser, 5);
    std::thread::sleep(Duration::from_millis(800)); // the text is saved shortly after it changes
    browser.reload();
    wait_for_app(&browser);
    wait_for_sentences(&browser, 5);
    assert_eq!(property(&browser, "source-input", "value").as_str(), Some(SAMPLE));
    assert_eq!(
        property(&browser, "length-kind", "value").as_str(),
        Some("medium")
    );
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn clearing_can_be_undone() {
    let setup = Setup::from_env("clearing_can_be_undone");
    let (_server, browser) = setup.open_app();
    click(&browser, "load-sample");
    wait_for_sentences(&browser, 3);
    click(&browser, "clear");
    browser.wait_for("the cleared page", |browser| {
        browser.texts("summary").is_empty().then_some(())
    });
    click(&browser, "undo-clear");
    wait_for_sentences(&browser, 3);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn opened_files_become_text_and_html_is_never_run() {
    let setup = Setup::from_env("opened_files_become_text_and_html_is_never_run");
    let (_server, browser) = setup.open_app();
    let folder = std::env::temp_dir().join(format!("nutgraf-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("a temporary folder");
    let page = folder.join("story.html");
    let body = html_paragraphs(SAMPLE);
    std::fs::write(
        &page,
        format!(
            "<html><head><style>p {{ color: red }}</style><script>window.nutgrafHacked = true;</script></head>\
             <body><nav>Home | World | Sport</nav>{body}<img src=x onerror=\"window.nutgrafHacked = true\"></body></html>"
        ),
    )
    .expect("the HTML file is written");
    let input = browser
        .find_all("[data-testid=open-file]")
        .pop()
        .expect("the file input");
    browser.send_keys(&input, &page.to_string_lossy());
    wait_for_sentences(&browser, 3);
    let shown = browser.execute(
        "return document.querySelector('[data-testid=source-view]').textContent;",
        json!([]),
    );
    let shown = shown.as_str().unwrap_or_default();
    assert!(
        shown.contains("The harbour authority approved a plan on Tuesday"),
        "{shown}"
    );
    assert!(
        !shown.contains("color: red") && !shown.contains("nutgrafHacked") && !shown.contains("Home | World")
    );
    assert_eq!(
        browser.execute("return window.nutgrafHacked === true;", json!([])),
        json!(false),
        "nothing in the file ran"
    );

    let binary = folder.join("photo.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 0, 7, 255].repeat(64))
        .expect("the binary file is written");
    browser.send_keys(&input, &binary.to_string_lossy());
    let status = browser.wait_for("the refusal", |browser| {
        Some(browser.texts("status").concat()).filter(|status| status.contains("does not look like text"))
    });
    assert!(status.contains("photo.txt"), "{status}");
    wait_for_sentences(&browser, 3); // the article already there is kept

    // A file too long for the text area shows as a card in the editor's place.
    let long = folder.join("long.txt");
    std::fs::write(&long, repeated_article(SAMPLE, 2_000_000)).expect("the long file is written");
    click(&browser, "source-tab-edit");
    browser.send_keys(&input, &long.to_string_lossy());
    let card = wait_for_card(&browser, PATIENCE);
    assert!(card.starts_with("This article is 2.0 MB long"), "{card}");
    assert!(browser.texts("status").concat().contains("long.txt"));
    let _ = std::fs::remove_dir_all(&folder);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn quotes_are_shown_as_the_source_gave_them() {
    let setup = Setup::from_env("quotes_are_shown_as_the_source_gave_them");
    let (_server, browser) = setup.open_app();
    click(&browser, "load-sample");
    wait_for_sentences(&browser, 3);
    let quotes = browser.wait_for("the sample's quotes", |browser| {
        Some(browser.texts("quote-text")).filter(|quotes| quotes.len() >= 4)
    });
    // Reported speech without quotation marks; a direct quote its attribution interrupts
    // (`“…,” said Ana Lima, who runs …. “…”`) as its two parts in marks, without the attribution.
    assert_eq!(
        quotes[..4],
        [
            "Work will begin in the spring and should take about two years",
            "“We have waited long enough for this pier to reopen … Every week it stays closed costs us customers who may never come back.”",
            "that the engineers were ready and that the money was in place",
            "“The money is there and the engineers are ready”",
        ]
    );
    assert_eq!(browser.texts("quote-kind")[..2], ["reported", "direct"]);
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn exports_hold_markdown_quotes_and_the_cli_json() {
    let setup = Setup::from_env("exports_hold_markdown_quotes_and_the_cli_json");
    let (_server, browser) = setup.open_app();
    click(&browser, "load-sample");
    wait_for_sentences(&browser, 3);

    let preview = |browser: &Browser| {
        property(browser, "export-preview", "value")
            .as_str()
            .unwrap_or_default()
            .to_owned()
    };
    let summary_markdown = preview(&browser);
    assert_eq!(summary_markdown.lines().count(), 3, "{summary_markdown}");
    assert!(
        summary_markdown.lines().all(|line| line.starts_with("- ")),
        "{summary_markdown}"
    );

    choose(&browser, "export-format", "Quotes as Markdown");
    let quotes = browser.wait_for("the quotes export", |browser| {
        Some(preview(browser)).filter(|text| text.starts_with("> "))
    });
    // Direct quotes in quotation marks, their parts joined; reported speech without marks.
    assert!(
        quotes.contains("> “We have waited long enough for this pier to reopen … Every week"),
        "{quotes}"
    );
    assert!(
        quotes.contains("> Work will begin in the spring and should take about two years\n"),
        "{quotes}"
    );
    assert!(quotes.contains("> — "), "{quotes}");

    choose(&browser, "export-format", "Everything as JSON");
    let exported: Value = browser.wait_for("the JSON export", |browser| {
        serde_json::from_str(&preview(browser)).ok()
    });
    let summary = Summarizer::default().summarize(SAMPLE, Length::SHORT);
    let expected_summary = serde_json::to_value(SummaryReport::new(SAMPLE, &summary)).expect("JSON");
    let expected_quotes =
        serde_json::to_value(QuotesReport::new(SAMPLE, &QuoteFinder.find(SAMPLE))).expect("JSON");
    assert_eq!(
        exported["summary"], expected_summary,
        "the app's JSON is the command line's"
    );
    assert_eq!(
        exported["quotes"], expected_quotes,
        "the app's JSON is the command line's"
    );

    click(&browser, "export-download");
    let status = browser.wait_for("the download", |browser| {
        Some(browser.texts("status").concat()).filter(|status| status.contains("Downloaded"))
    });
    assert!(status.contains("nutgraf.json"), "{status}");
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_keyboard_alone_loads_a_sample_and_reveals_a_sentence() {
    let setup = Setup::from_env("the_keyboard_alone_loads_a_sample_and_reveals_a_sentence");
    let (_server, browser) = setup.open_app();
    let tab_to = |browser: &Browser, what: &str, check: &dyn Fn(&Browser) -> bool| {
        for _ in 0..40 {
            if check(browser) {
                return;
            }
            browser.press(&[TAB]);
        }
        panic!("Tab never reached {what}; focus is on {}", browser.focused());
    };
    tab_to(&browser, "the sample button", &|browser| {
        browser.focused() == "load-sample"
    });
    browser.press(&[ENTER]);
    wait_for_sentences(&browser, 3);
    let on_sentence = |browser: &Browser| {
        browser.execute(
            "return document.activeElement.classList.contains('sentence-link');",
            json!([]),
        ) == json!(true)
    };
    tab_to(&browser, "a summary sentence", &on_sentence);
    browser.press(&[ENTER]);
    browser.wait_for("the sentence marked in the article", |browser| {
        (!browser
            .find_all("[data-testid=source-view] mark.active")
            .is_empty())
        .then_some(())
    });
    let visible_focus = browser.execute(
        "const style = getComputedStyle(document.activeElement); return style.outlineStyle !== 'none' && style.outlineWidth !== '0px';",
        json!([]),
    );
    assert_eq!(
        visible_focus,
        json!(true),
        "the focused control shows a visible outline"
    );
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn axe_finds_no_serious_accessibility_violations() {
    let setup = Setup::from_env("axe_finds_no_serious_accessibility_violations");
    let axe_path = setup.axe_core("axe_finds_no_serious_accessibility_violations");
    let (_server, browser) = setup.open_app();
    audit_every_view(&browser, axe_path, || {
        click(&browser, "load-sample");
        wait_for_sentences(&browser, 3);
    });
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_page_fits_a_phone_and_fetches_only_its_own_files() {
    let setup = Setup::from_env("the_page_fits_a_phone_and_fetches_only_its_own_files");
    let (server, browser) = setup.open_app();
    browser.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": 360, "height": 740, "deviceScaleFactor": 2, "mobile": true}),
    );
    click(&browser, "load-sample");
    wait_for_sentences(&browser, 3);
    assert_eq!(page_width(&browser), 360, "nothing sticks out sideways at 360 px");
    let origin = server.url("");
    let foreign = browser.execute(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(arguments[0]));",
        json!([origin]),
    );
    assert_eq!(foreign, json!([]), "the page fetched something from elsewhere");
}

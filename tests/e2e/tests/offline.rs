//! Offline and installable, end to end: after one visit the app and the embed work with the
//! server gone; a new release (any changed file) is offered, and replaces the cached one;
//! the web app manifest parses and every icon it names exists.

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use nutgraf_e2e::{
    scratch_copy, wait_for_app, wait_for_sentences, wait_for_widget, Browser, Setup, StaticServer,
};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("../../../crates/engine/tests/fixtures/harbour-article.txt");

/// Waits until a service worker controls the page, its files all cached; returns the cache names.
fn wait_until_offline_ready(browser: &Browser) -> Vec<String> {
    browser.wait_longer_for(
        "the service worker to control the page",
        Duration::from_secs(60),
        |browser| {
            let ready = browser.execute_async(
                "const done = arguments[arguments.length - 1];
             if (!navigator.serviceWorker.controller) { done(null); return; }
             caches.keys().then(done, () => done(null));",
                json!([]),
            );
            ready.as_array().filter(|names| !names.is_empty()).map(|names| {
                names
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
        },
    )
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn after_one_visit_the_app_and_the_embed_work_offline() {
    let setup = Setup::from_env("after_one_visit_the_app_and_the_embed_work_offline");
    let (server, browser) = setup.open_app();
    let caches = wait_until_offline_ready(&browser);
    assert_eq!(caches.len(), 1, "{caches:?}");

    // The network goes away: the server stops, and nothing answers on its port.
    server.stop();
    let answered = server.requests();
    browser.reload();
    wait_for_app(&browser);
    browser.paste("source-input", SAMPLE);
    let summary = wait_for_sentences(&browser, 3);
    assert!(
        summary[0].starts_with("The harbour authority approved a plan on Tuesday"),
        "{summary:?}"
    );

    // The embed, on the example page this visit never opened, works offline too.
    browser.goto(&server.url("/examples/blog.html"));
    wait_for_widget(&browser, "summary-with-quotes", 3);
    assert_eq!(server.requests(), answered, "nothing reached the stopped server");
}

/// `index.html`'s description, and the one a new release gets in the test below.
const DESCRIPTION: &str =
    "Paste a news article and see, privately in your browser, its summary and who said what.";
const NEW_DESCRIPTION: &str =
    "Paste a news article and see, privately in your browser, its summary and who said what. (new release)";

/// The description of the page the browser shows.
fn description(browser: &Browser) -> String {
    let found = browser.execute(
        "return document.querySelector('meta[name=description]').content;",
        json!([]),
    );
    found.as_str().unwrap_or_default().to_owned()
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn a_new_release_is_offered_and_replaces_the_cached_one() {
    let test = "a_new_release_is_offered_and_replaces_the_cached_one";
    let setup = Setup::from_env(test);
    let xtask = std::env::var_os("NUTGRAF_XTASK").unwrap_or_else(|| {
        panic!("{test} cannot run: NUTGRAF_XTASK is not set. It rebuilds the service worker with the xtask program, which `cargo xtask test` names in NUTGRAF_XTASK")
    });
    let site = scratch_copy(&setup.dist, test);
    let server = StaticServer::start(&site);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&server.url("/"));
    wait_for_app(&browser);
    let old_caches = wait_until_offline_ready(&browser);

    // A new release: one changed file, then the post-build step as a release build runs it.
    let index = site.join("index.html");
    let page = std::fs::read_to_string(&index).expect("index.html");
    // The page's description marks the release: the title follows the interface's language.
    let release = page.replace(DESCRIPTION, NEW_DESCRIPTION);
    assert_ne!(page, release, "index.html has the expected description");
    std::fs::write(&index, release).expect("the new index.html is written");
    let status = Command::new(&xtask)
        .arg("post-build")
        .arg(&site)
        .status()
        .expect("the xtask program runs");
    assert!(status.success(), "xtask post-build failed");

    browser.reload();
    wait_for_app(&browser);
    assert_eq!(
        description(&browser),
        DESCRIPTION,
        "the cached release is served until the reader chooses the new one"
    );
    browser.wait_longer_for("the new version banner", Duration::from_secs(60), |browser| {
        (!browser.find_all("[data-testid=update-reload]").is_empty()).then_some(())
    });
    browser.execute(
        "document.querySelector('[data-testid=update-reload]').click();",
        json!([]),
    );
    browser.wait_longer_for("the new release", Duration::from_secs(60), |browser| {
        (description(browser) == NEW_DESCRIPTION).then_some(())
    });
    wait_for_app(&browser);
    let new_caches = wait_until_offline_ready(&browser);
    assert_eq!(new_caches.len(), 1, "the old cache is deleted: {new_caches:?}");
    assert_ne!(new_caches, old_caches, "a new release has a new cache");

    // And the new release is what works offline.
    server.stop();
    browser.reload();
    wait_for_app(&browser);
    assert_eq!(description(&browser), NEW_DESCRIPTION);
    let _ = std::fs::remove_dir_all(&site);
}

/// The width and height of a PNG file, from its header.
fn png_size(path: &Path) -> Option<(u32, u32)> {
    let bytes = std::fs::read(path).ok()?;
    if bytes.len() < 24 || &bytes[..8] != b"\x89PNG\r\n\x1a\n" || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let number = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((number(16), number(20)))
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn the_manifest_parses_and_every_icon_it_names_exists() {
    let setup = Setup::from_env("the_manifest_parses_and_every_icon_it_names_exists");
    let text = std::fs::read_to_string(setup.dist.join("manifest.webmanifest"))
        .expect("manifest.webmanifest at the root of the build");
    let manifest: Value = serde_json::from_str(&text).expect("the manifest is JSON");
    for field in [
        "name",
        "short_name",
        "start_url",
        "theme_color",
        "background_color",
    ] {
        assert!(
            manifest[field].as_str().is_some_and(|value| !value.is_empty()),
            "the manifest lacks {field}"
        );
    }
    assert_eq!(manifest["display"], "standalone");
    let icons = manifest["icons"].as_array().expect("icons");
    let mut purposes = Vec::new();
    for icon in icons {
        let src = icon["src"].as_str().expect("an icon's src");
        let size =
            png_size(&setup.dist.join(src)).unwrap_or_else(|| panic!("{src} is not a PNG in the build"));
        assert_eq!(
            icon["sizes"].as_str(),
            Some(format!("{}x{}", size.0, size.1).as_str()),
            "{src}"
        );
        purposes.push((size.0, icon["purpose"].as_str().unwrap_or("any").to_owned()));
    }
    for wanted in [(192, "any"), (512, "any"), (512, "maskable")] {
        assert!(
            purposes
                .iter()
                .any(|(size, purpose)| *size == wanted.0 && purpose == wanted.1),
            "no {wanted:?} icon in {purposes:?}"
        );
    }
    let share = &manifest["share_target"];
    assert_eq!(share["method"], "GET");
    assert_eq!(
        share["params"],
        json!({"title": "title", "text": "text", "url": "url"})
    );

    // The app's page links it, and Chromium reads it without errors.
    let server = StaticServer::start(&setup.dist);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    browser.goto(&server.url("/"));
    let parsed = browser.cdp("Page.getAppManifest", json!({}));
    assert_eq!(parsed["errors"], json!([]), "{parsed}");
    assert!(
        parsed["url"]
            .as_str()
            .is_some_and(|url| url.ends_with("/manifest.webmanifest")),
        "{parsed}"
    );
}

#[test]
#[ignore = "needs Chromium and a release build: run `cargo xtask test`"]
fn text_shared_to_the_app_opens_in_the_editor() {
    let setup = Setup::from_env("text_shared_to_the_app_opens_in_the_editor");
    let server = StaticServer::start(&setup.dist);
    let browser = Browser::launch(&setup.chromedriver, &setup.chromium);
    let query: String = [
        ("title", "Harbour news"),
        ("text", SAMPLE),
        ("url", "https://example.com/pier"),
    ]
    .iter()
    .map(|(name, value)| format!("{name}={}", percent_encode(value)))
    .collect::<Vec<_>>()
    .join("&");
    browser.goto(&server.url(&format!("/?{query}")));
    wait_for_app(&browser);
    wait_for_sentences(&browser, 3);
    let shown = browser.execute(
        "const area = document.querySelector('[data-testid=source-input]');
         const view = document.querySelector('[data-testid=source-view]');
         return [(area ? area.value : view.textContent), location.search];",
        json!([]),
    );
    let text = shown[0].as_str().unwrap_or_default();
    assert!(
        text.starts_with("Harbour news\n\nHarbour authority approves plan"),
        "{text}"
    );
    assert!(text.ends_with("https://example.com/pier"), "{text}");
    assert_eq!(shown[1], "", "the shared text leaves the address bar");
}

/// `value` percent-encoded for a query string.
fn percent_encode(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (byte as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

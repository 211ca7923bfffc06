//! End-to-end test support: a real Chromium driven over WebDriver, against a release build
//! served from a local port (`cargo xtask test` builds it into `target/dist-e2e/`).
//!
//! `cargo xtask test` sets `NUTGRAF_DIST`, `CHROMEDRIVER` and `CHROME`. Every test that needs
//! them is `#[ignore]`d, so plain `cargo test` lists it as ignored rather than passed; run with
//! `--include-ignored` (as `cargo xtask test` does), a missing environment is a failure:
//! [`Setup::from_env`] and [`shared_file`] panic with what is missing and how to get it.

mod server;
mod webdriver;

pub use server::StaticServer;
pub use webdriver::{Browser, Element, ENTER, PATIENCE, TAB};

use std::env;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

/// What an end-to-end test needs from its environment.
#[derive(Debug, Clone)]
pub struct Setup {
    /// The release build to serve.
    pub dist: PathBuf,
    /// The ChromeDriver binary.
    pub chromedriver: PathBuf,
    /// The Chromium binary.
    pub chromium: PathBuf,
    /// axe-core's `axe.min.js`, for accessibility checks, when installed.
    pub axe_core: Option<PathBuf>,
}

impl Setup {
    /// Reads the environment `cargo xtask test` provides; panics with what is missing and how to
    /// get it, so an end-to-end test never passes without having run.
    pub fn from_env(test: &str) -> Self {
        let var = |name: &str| env::var_os(name).map(PathBuf::from);
        let (dist, chromedriver, chromium) = (var("NUTGRAF_DIST"), var("CHROMEDRIVER"), var("CHROME"));
        let missing: Vec<&str> = [
            ("NUTGRAF_DIST", dist.is_none()),
            ("CHROMEDRIVER", chromedriver.is_none()),
            ("CHROME", chromium.is_none()),
        ]
        .into_iter()
        .filter_map(|(name, absent)| absent.then_some(name))
        .collect();
        match (dist, chromedriver, chromium) {
            (Some(dist), Some(chromedriver), Some(chromium)) => Self {
                dist,
                chromedriver,
                chromium,
                axe_core: var("AXE_CORE"),
            },
            _ => panic!(
                "{test} cannot run: {} {} not set. End-to-end tests need Chromium, ChromeDriver and a \
                 release build; run them with `cargo xtask test`, which builds target/dist-e2e/, \
                 finds or installs the browser and sets NUTGRAF_DIST, CHROMEDRIVER, CHROME, \
                 AXE_CORE and NUTGRAF_XTASK.",
                missing.join(", "),
                if missing.len() == 1 { "is" } else { "are" }
            ),
        }
    }

    /// The axe-core script's path from `AXE_CORE`; panics when `cargo xtask test` did not set it.
    pub fn axe_core(&self, test: &str) -> &Path {
        self.axe_core.as_deref().unwrap_or_else(|| {
            panic!(
                "{test} cannot run: AXE_CORE is not set. `cargo xtask test` installs axe-core and \
                 sets it to axe.min.js."
            )
        })
    }

    /// Serves the build, opens a browser on its index page, and waits for the app.
    pub fn open_app(&self) -> (StaticServer, Browser) {
        self.open_app_speaking("en-US")
    }

    /// [`Self::open_app`] in a browser whose preferred language is `language` (`de-DE`).
    pub fn open_app_speaking(&self, language: &str) -> (StaticServer, Browser) {
        let server = StaticServer::start(&self.dist);
        let browser = Browser::launch_speaking(&self.chromedriver, &self.chromium, language);
        browser.goto(&server.url("/"));
        wait_for_app(&browser);
        (server, browser)
    }
}

/// A copy of the release build in a fresh temporary folder, for a test that changes or adds
/// files (a hostile page, a new release) without touching `dist/`.
pub fn scratch_copy(dist: &Path, test: &str) -> PathBuf {
    let folder = env::temp_dir().join(format!("nutgraf-e2e-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    copy_folder(dist, &folder);
    folder
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|error| panic!("cannot create {}: {error}", to.display()));
    let entries =
        std::fs::read_dir(from).unwrap_or_else(|error| panic!("cannot list {}: {error}", from.display()));
    for entry in entries.flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target)
                .unwrap_or_else(|error| panic!("cannot copy {}: {error}", entry.path().display()));
        }
    }
}

/// An article's paragraphs (separated by blank lines) as HTML `<p>` elements.
pub fn html_paragraphs(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| format!("<p>{paragraph}</p>"))
        .collect()
}

/// At least `bytes` of article text: `article` again and again, each copy headed "Part N."
/// and its "Tuesday" made "day N", so that the parts differ.
pub fn repeated_article(article: &str, bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + article.len() + 64);
    let mut part = 0;
    while text.len() < bytes {
        part += 1;
        text.push_str(&format!("Part {part}.\n\n"));
        text.push_str(&article.replace("Tuesday", &format!("day {part}")));
        text.push_str("\n\n");
    }
    text
}

/// Puts a long `text` into the page as `window[name]`, handed over in pieces: one script
/// holding many megabytes would block the page while the driver decodes it, which no real
/// paste does.
pub fn put_in_page(browser: &Browser, name: &str, text: &str) {
    browser.execute("window[arguments[0]] = [];", json!([name]));
    let mut rest = text;
    while !rest.is_empty() {
        let mut cut = rest.len().min(256 * 1024);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        browser.execute(
            "window[arguments[0]].push(arguments[1]);",
            json!([name, &rest[..cut]]),
        );
        rest = &rest[cut..];
    }
    browser.execute(
        "window[arguments[0]] = window[arguments[0]].join('');",
        json!([name]),
    );
}

/// Pastes `prefix` and then `window[name]` (see [`put_in_page`]) on the first element matching
/// `selector`, as a browser does: the element takes focus, then one cancelable `paste` event
/// holds the text. Returns `performance.now()` from just before the event.
pub fn paste_event(browser: &Browser, selector: &str, prefix: &str, name: &str) -> f64 {
    let started = browser.execute(
        "const target = document.querySelector(arguments[0]);
         target.focus();
         const start = performance.now();
         const clipboard = new DataTransfer();
         clipboard.setData('text/plain', arguments[1] + window[arguments[2]]);
         target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }));
         return start;",
        json!([selector, prefix, name]),
    );
    started.as_f64().expect("a start time")
}

/// Waits until the app's summary shows `count` sentences, and returns them.
pub fn wait_for_sentences(browser: &Browser, count: usize) -> Vec<String> {
    browser.wait_for(&format!("{count} summary sentences"), |browser| {
        let sentences = browser.texts("summary-sentence");
        (sentences.len() == count).then_some(sentences)
    })
}

/// What the `<nutgraf-summary>` with `id` shows, read through its shadow root: its state
/// ("ready" once it shows a result), theme, status, and the texts of its sentences and
/// quotes; `null` before the element is defined.
pub fn widget(browser: &Browser, id: &str) -> Value {
    browser.execute(
        "const host = document.getElementById(arguments[0]);
         const root = host && host.shadowRoot;
         if (!root) return null;
         const card = root.querySelector('.card');
         return {
           state: card.dataset.state || '',
           theme: card.dataset.theme,
           status: root.querySelector('.status').textContent,
           sentences: [...root.querySelectorAll('.sentence')].map(e => e.textContent),
           quotes: [...root.querySelectorAll('.quote')].map(e => e.textContent),
         };",
        json!([id]),
    )
}

/// Waits until the widget with `id` shows `count` sentences, and returns what it shows.
pub fn wait_for_widget(browser: &Browser, id: &str, count: usize) -> Value {
    browser.wait_for(&format!("widget #{id} with {count} sentences"), |browser| {
        let shown = widget(browser, id);
        (shown["state"] == "ready" && shown["sentences"].as_array().map(Vec::len) == Some(count))
            .then_some(shown)
    })
}

/// Clicks the element with `data-testid="<test_id>"`.
pub fn click(browser: &Browser, test_id: &str) {
    browser.execute(
        "document.querySelector(`[data-testid=\"${arguments[0]}\"]`).click();",
        json!([test_id]),
    );
}

/// Chooses `value` in the `<select>` with `data-testid="<test_id>"`, as a person would.
pub fn choose(browser: &Browser, test_id: &str, value: &str) {
    browser.execute(
        "const select = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
         select.value = arguments[1];
         select.dispatchEvent(new Event('change', { bubbles: true }));",
        json!([test_id, value]),
    );
}

/// The serious and critical accessibility violations axe-core (the script at `axe`) finds on
/// the current page, one line each.
pub fn accessibility_violations(browser: &Browser, axe: &str) -> Value {
    let script = format!(
        "{axe}\n;const done = arguments[arguments.length - 1];
         axe.run(document, {{ resultTypes: ['violations'] }}).then(result => done(result.violations
           .filter(v => v.impact === 'serious' || v.impact === 'critical')
           .map(v => `${{v.id}} (${{v.impact}}): ${{v.help}} at ${{v.nodes.map(n => n.target.join(' ')).join(', ')}}`)));"
    );
    browser.execute_async(&script, json!([]))
}

/// Audits with axe-core (at `axe_path`) the empty page, then, after `show_results`, the
/// results with the reading view, with the editor, in the dark theme, and on a phone each of
/// its tabs (then back to the summary and the window's own size); panics naming the view and
/// the violations.
pub fn audit_every_view(browser: &Browser, axe_path: &Path, show_results: impl FnOnce()) {
    let axe = std::fs::read_to_string(axe_path).expect("axe-core's script");
    assert_eq!(
        accessibility_violations(browser, &axe),
        json!([]),
        "the empty page"
    );
    show_results();
    assert_eq!(
        accessibility_violations(browser, &axe),
        json!([]),
        "the page with results, reading view"
    );
    click(browser, "source-tab-edit");
    assert_eq!(
        accessibility_violations(browser, &axe),
        json!([]),
        "the page with results, editing"
    );
    browser.cdp(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
    );
    let dark = browser.execute(
        "return matchMedia('(prefers-color-scheme: dark)').matches;",
        json!([]),
    );
    assert_eq!(dark, json!(true), "dark mode is emulated");
    assert_eq!(
        accessibility_violations(browser, &axe),
        json!([]),
        "the page with results, dark theme"
    );
    emulate(browser, 390, 844, true, true);
    for view in ["summary", "quotes", "article"] {
        click(browser, &format!("view-{view}"));
        assert_eq!(
            accessibility_violations(browser, &axe),
            json!([]),
            "the page with results on a phone, its {view} tab, dark theme"
        );
    }
    click(browser, "view-summary");
    browser.cdp("Emulation.clearDeviceMetricsOverride", json!({}));
}

/// Waits up to `patience` for the card that stands in for the text area when the text is too
/// long for it, and gives the card's text.
pub fn wait_for_card(browser: &Browser, patience: Duration) -> String {
    browser.wait_longer_for("the card", patience, |browser| {
        Some(browser.texts("long-text").concat()).filter(|card| !card.is_empty())
    })
}

/// The page's width in CSS pixels (its scroll width): the width emulated when nothing sticks
/// out sideways. Compare it with that width, not the window's: a phone's window widens to what
/// sticks out.
pub fn page_width(browser: &Browser) -> u64 {
    browser
        .execute("return document.documentElement.scrollWidth;", json!([]))
        .as_u64()
        .expect("the page's scroll width")
}

/// Waits until the app has rendered its text area, the card standing in for it, or its
/// reading view.
pub fn wait_for_app(browser: &Browser) {
    browser.wait_for("the app to start", |browser| {
        (!browser
            .find_all("[data-testid=source-input], [data-testid=source-view], [data-testid=long-text]")
            .is_empty())
        .then_some(())
    });
}

/// A file of the shared workspace next to the repository (`../shared`). A user's clone has no
/// `../shared`: tests that need it are `#[ignore]`d, and run anyway they fail here, saying so.
pub fn shared_file(relative: &str, test: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared")
        .join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|error| {
        panic!(
            "{test} cannot run: cannot read {} ({error}). It needs the shared fixtures in \
             ../shared/fixtures next to the repository, which exist only on Nutgraf's own machines.",
            path.display()
        )
    })
}

/// The gzipped size of a file (`gzip -9`), in bytes. gzip reads the file itself: feeding it
/// through a pipe while its output waits unread would deadlock on a large file.
pub fn gzipped_size(path: &Path) -> usize {
    let output = Command::new("gzip")
        .arg("-9c")
        .arg(path)
        .stdout(Stdio::piped())
        .output()
        .expect("gzip runs");
    assert!(output.status.success(), "gzip cannot read {}", path.display());
    output.stdout.len()
}

/// The median of some measurements (the middle one of an odd count).
pub fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(f64::NAN)
}

/// Where the tests keep their screenshots for a reviewer to look at: `target/screenshots/`.
pub fn screenshot_folder() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots")
}

/// Saves the whole page (beyond the window, too) as `target/screenshots/<name>.png`.
pub fn screenshot(browser: &Browser, name: &str) -> PathBuf {
    let shot = browser.cdp(
        "Page.captureScreenshot",
        json!({ "format": "png", "captureBeyondViewport": true }),
    );
    let png = decode_base64(shot["data"].as_str().expect("the screenshot's data"));
    let folder = screenshot_folder();
    std::fs::create_dir_all(&folder)
        .unwrap_or_else(|error| panic!("cannot create {}: {error}", folder.display()));
    let path = folder.join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap_or_else(|error| panic!("cannot write {}: {error}", path.display()));
    path
}

/// The bytes of standard base64 text (padding and line breaks ignored).
fn decode_base64(text: &str) -> Vec<u8> {
    let value = |byte: u8| match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut bytes = Vec::with_capacity(text.len() / 4 * 3);
    let (mut buffer, mut bits) = (0u32, 0);
    for sixbits in text.bytes().filter_map(value) {
        buffer = (buffer << 6) | u32::from(sixbits);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
        }
    }
    bytes
}

/// Shows the page as on a phone (`mobile`) or a desktop window of `width` × `height` CSS
/// pixels, in the light or dark theme.
pub fn emulate(browser: &Browser, width: u32, height: u32, mobile: bool, dark: bool) {
    browser.cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({"width": width, "height": height, "deviceScaleFactor": if mobile { 2 } else { 1 }, "mobile": mobile}),
    );
    browser.cdp(
        "Emulation.setEmulatedMedia",
        json!({"features": [{"name": "prefers-color-scheme", "value": if dark { "dark" } else { "light" }}]}),
    );
}

#[cfg(test)]
mod tests {
    use super::decode_base64;

    #[test]
    fn base64_decodes_with_and_without_padding() {
        assert_eq!(decode_base64("TnV0Z3JhZg=="), b"Nutgraf");
        assert_eq!(decode_base64("TnV0"), b"Nut");
        assert_eq!(decode_base64("TnV0Z3Jh\nZg"), b"Nutgraf");
    }
}

//! A small WebDriver client: enough of the W3C protocol to drive Chromium through
//! ChromeDriver (navigate, find elements, read text, run scripts).

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The W3C key under which WebDriver returns an element reference.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The WebDriver key code of Tab.
pub const TAB: &str = "\u{E004}";
/// The WebDriver key code of Enter.
pub const ENTER: &str = "\u{E007}";

/// How long [`Browser::wait_for`] waits before failing.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A headless Chromium session, closed (with its driver) when dropped.
pub struct Browser {
    driver: Child,
    base: String,
    agent: ureq::Agent,
}

/// An element of the current page.
#[derive(Debug, Clone)]
pub struct Element(String);

impl Browser {
    /// Starts ChromeDriver on a free port and opens a headless Chromium session.
    pub fn launch(chromedriver: &Path, chromium: &Path) -> Self {
        Self::launch_speaking(chromedriver, chromium, "en-US")
    }

    /// [`Self::launch`] with a browser whose preferred language is `language` (a tag such as
    /// `de-DE`), as `navigator.language` and `Accept-Language` tell pages.
    pub fn launch_speaking(chromedriver: &Path, chromium: &Path, language: &str) -> Self {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .expect("a free port")
            .port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|error| panic!("cannot start {}: {error}", chromedriver.display()));
        let agent = ureq::AgentBuilder::new()
            .timeout(Duration::from_secs(120))
            .build();
        let mut browser = Self {
            driver,
            base: format!("http://127.0.0.1:{port}"),
            agent,
        };
        let started = Instant::now();
        while browser
            .agent
            .get(&format!("{}/status", browser.base))
            .call()
            .is_err()
        {
            assert!(started.elapsed() < PATIENCE, "chromedriver did not start");
            thread::sleep(Duration::from_millis(50));
        }
        let capabilities = json!({"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium.to_string_lossy(),
                "args": ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                         "--disable-background-networking", "--disable-component-update", "--no-first-run",
                         "--disable-sync", "--window-size=1280,900", format!("--lang={language}")],
                "prefs": { "intl.accept_languages": language }
            }
        }}});
        let session = browser.post("/session", &capabilities);
        let id = session["sessionId"].as_str().expect("a session id").to_owned();
        browser.base = format!("{}/session/{id}", browser.base);
        browser
    }

    /// Loads `url` and waits for it.
    pub fn goto(&self, url: &str) {
        self.post("/url", &json!({ "url": url }));
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its result.
    pub fn execute(&self, script: &str, args: Value) -> Value {
        self.post("/execute/sync", &json!({ "script": script, "args": args }))
    }

    /// Runs `script` (a function body whose last argument is a callback) and returns what it
    /// passes to the callback.
    pub fn execute_async(&self, script: &str, args: Value) -> Value {
        self.post("/execute/async", &json!({ "script": script, "args": args }))
    }

    /// Runs a Chrome DevTools Protocol command (through ChromeDriver) and returns its result.
    pub fn cdp(&self, command: &str, params: Value) -> Value {
        self.post("/goog/cdp/execute", &json!({ "cmd": command, "params": params }))
    }

    /// Opens a new tab, makes it current and returns its handle.
    pub fn new_tab(&self) -> String {
        let opened = self.post("/window/new", &json!({ "type": "tab" }));
        let handle = opened["handle"].as_str().expect("a window handle").to_owned();
        self.switch_to(&handle);
        handle
    }

    /// The current tab's handle.
    pub fn tab(&self) -> String {
        self.get("/window").as_str().expect("a window handle").to_owned()
    }

    /// Makes the tab with `handle` current.
    pub fn switch_to(&self, handle: &str) {
        self.post("/window", &json!({ "handle": handle }));
    }

    /// Reloads the current page and waits for it.
    pub fn reload(&self) {
        self.post("/refresh", &json!({}));
    }

    /// Presses and releases each key in turn, as a keyboard would, on the focused element.
    /// Keys are characters or WebDriver key codes such as [`TAB`] and [`ENTER`].
    pub fn press(&self, keys: &[&str]) {
        let actions: Vec<Value> = keys
            .iter()
            .flat_map(|key| {
                [
                    json!({"type": "keyDown", "value": key}),
                    json!({"type": "keyUp", "value": key}),
                ]
            })
            .collect();
        self.post(
            "/actions",
            &json!({"actions": [{"type": "key", "id": "keyboard", "actions": actions}]}),
        );
    }

    /// The `data-testid` (or tag name) of the focused element.
    pub fn focused(&self) -> String {
        self.execute(
            "const e = document.activeElement; return e ? (e.dataset.testid || e.textContent.trim().slice(0, 40) || e.tagName) : '';",
            json!([]),
        )
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    /// Every element matching a CSS selector.
    pub fn find_all(&self, selector: &str) -> Vec<Element> {
        let found = self.post(
            "/elements",
            &json!({ "using": "css selector", "value": selector }),
        );
        found
            .as_array()
            .map(|elements| {
                elements
                    .iter()
                    .filter_map(|element| element[ELEMENT_KEY].as_str())
                    .map(|id| Element(id.to_owned()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Types `text` into an element; for a file input, `text` is the path of the file to choose.
    pub fn send_keys(&self, element: &Element, text: &str) {
        self.post(&format!("/element/{}/value", element.0), &json!({ "text": text }));
    }

    /// The visible text of an element.
    pub fn text(&self, element: &Element) -> String {
        self.get(&format!("/element/{}/text", element.0))
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The visible text of every element with `data-testid="<test_id>"`.
    pub fn texts(&self, test_id: &str) -> Vec<String> {
        self.find_all(&format!("[data-testid=\"{test_id}\"]"))
            .iter()
            .map(|element| self.text(element))
            .collect()
    }

    /// Puts `text` into the element with `data-testid="<test_id>"` as a paste does: the
    /// whole value at once, then one `input` event.
    pub fn paste(&self, test_id: &str, text: &str) {
        self.input(test_id, text, "insertFromPaste");
    }

    /// Puts `text` into the element with `data-testid="<test_id>"` as typing does (the app's
    /// editor stays open): the whole value, then one `input` event.
    pub fn type_text(&self, test_id: &str, text: &str) {
        self.input(test_id, text, "insertText");
    }

    fn input(&self, test_id: &str, text: &str, input_type: &str) {
        self.execute(
            "const area = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
             area.focus();
             area.value = arguments[1];
             area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: arguments[2] }));",
            json!([test_id, text, input_type]),
        );
    }

    /// Polls `check` until it returns `Some`, failing with `what` after [`PATIENCE`].
    pub fn wait_for<T>(&self, what: &str, check: impl FnMut(&Self) -> Option<T>) -> T {
        self.wait_longer_for(what, PATIENCE, check)
    }

    /// Polls `check` until it returns `Some`, failing with `what` after `patience`.
    pub fn wait_longer_for<T>(
        &self,
        what: &str,
        patience: Duration,
        mut check: impl FnMut(&Self) -> Option<T>,
    ) -> T {
        let started = Instant::now();
        loop {
            if let Some(found) = check(self) {
                return found;
            }
            assert!(started.elapsed() < patience, "timed out waiting for {what}");
            thread::sleep(Duration::from_millis(50));
        }
    }

    fn post(&self, path: &str, body: &Value) -> Value {
        let response = self.agent.post(&format!("{}{path}", self.base)).send_json(body);
        value_of(path, response)
    }

    fn get(&self, path: &str) -> Value {
        value_of(path, self.agent.get(&format!("{}{path}", self.base)).call())
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.agent.delete(&self.base).call();
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// The `value` of a WebDriver response, panicking with the driver's message on an error.
fn value_of(path: &str, response: Result<ureq::Response, ureq::Error>) -> Value {
    match response {
        Ok(response) => response
            .into_json::<Value>()
            .map(|body| body["value"].clone())
            .unwrap_or(Value::Null),
        Err(ureq::Error::Status(code, response)) => {
            let body = response.into_string().unwrap_or_default();
            panic!("WebDriver {path} failed with {code}: {body}")
        }
        Err(error) => panic!("WebDriver {path} failed: {error}"),
    }
}

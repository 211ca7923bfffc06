//! The browser the tests drive: Chrome or Chromium with a ChromeDriver of the same major
//! version, named by `CHROME` and `CHROMEDRIVER` or found on PATH. When missing it is
//! installed from Debian's packages, and only for root; anyone else is told what to install.

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{find_on_path, first_line_of, run_logged, Outcome};
use crate::tool_root::ToolRoot;

/// Names Chrome and Chromium go by on PATH, in the order they are looked for.
const CHROME_NAMES: [&str; 5] = [
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
];

/// What to do when no browser is found and this user cannot install one.
const ADVICE: &str = "The browser tests need Chrome or Chromium and a ChromeDriver of the same \
    major version. Install them (Debian and Ubuntu: `sudo apt-get install chromium \
    chromium-driver`), or set CHROME and CHROMEDRIVER to their paths, and run again.";

/// Chromium's flags for headless tests, as root, in a container.
const HEADLESS_ARGS: [&str; 7] = [
    "--headless=new",
    "--no-sandbox",
    "--disable-dev-shm-usage",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
];

/// A browser and its driver.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Browser {
    /// Chrome or Chromium.
    pub chrome: PathBuf,
    /// ChromeDriver.
    pub chromedriver: PathBuf,
}

impl Browser {
    /// The browser found, or installed with apt when missing and this user is root.
    pub fn ensure(root: &ToolRoot) -> Outcome<Self> {
        let found = Self::find(env::var_os("CHROME"), env::var_os("CHROMEDRIVER"), &path())?;
        let browser = match found {
            Some(browser) => browser,
            None if is_root() => {
                install_with_apt(root)?;
                Self::find(None, None, &path())?
                    .ok_or(format!("apt installed Chromium, yet it is not on PATH. {ADVICE}"))?
            }
            None => {
                return Err(format!(
                    "Chrome or ChromeDriver is missing, and this user is not root. {ADVICE}"
                ))
            }
        };
        browser.check_versions()?;
        println!(
            "ok: {} and {}",
            browser.chrome.display(),
            browser.chromedriver.display()
        );
        Ok(browser)
    }

    /// The browser named by `chrome` and `chromedriver` (which must exist), or else found
    /// on `path`; `None` when either is nowhere.
    pub fn find(
        chrome: Option<OsString>,
        chromedriver: Option<OsString>,
        path: &OsString,
    ) -> Outcome<Option<Self>> {
        let named = |value: Option<OsString>, variable: &str| -> Outcome<Option<PathBuf>> {
            match value.map(PathBuf::from) {
                Some(file) if file.is_file() => Ok(Some(file)),
                Some(file) => Err(format!(
                    "{variable}={} is not a file: correct it or unset it. {ADVICE}",
                    file.display()
                )),
                None => Ok(None),
            }
        };
        let chrome = match named(chrome, "CHROME")? {
            Some(chrome) => Some(chrome),
            None => CHROME_NAMES.iter().find_map(|name| find_on_path(name, path)),
        };
        let chromedriver = match named(chromedriver, "CHROMEDRIVER")? {
            Some(driver) => Some(driver),
            None => find_on_path("chromedriver", path),
        };
        Ok(chrome
            .zip(chromedriver)
            .map(|(chrome, chromedriver)| Self { chrome, chromedriver }))
    }

    /// Fails when the browser's and the driver's major versions differ (ChromeDriver refuses
    /// such a browser with a message that hides the cause).
    fn check_versions(&self) -> Outcome {
        let chrome = first_line_of(&self.chrome, &["--version"]);
        let driver = first_line_of(&self.chromedriver, &["--version"]);
        match (
            chrome.as_deref().and_then(major_version),
            driver.as_deref().and_then(major_version),
        ) {
            (Some(chrome_major), Some(driver_major)) if chrome_major != driver_major => Err(format!(
                "{} is version {chrome_major} but {} is version {driver_major}. {ADVICE}",
                self.chrome.display(),
                self.chromedriver.display()
            )),
            _ => Ok(()),
        }
    }

    /// The WebDriver capabilities wasm-bindgen-test-runner reads
    /// (`WASM_BINDGEN_TEST_WEBDRIVER_JSON`): this browser, headless.
    pub fn webdriver_json(&self) -> String {
        let args: Vec<String> = HEADLESS_ARGS.iter().map(|arg| json_string(arg)).collect();
        format!(
            "{{\"goog:chromeOptions\": {{\"binary\": {}, \"args\": [{}]}}}}\n",
            json_string(&self.chrome.to_string_lossy()),
            args.join(", ")
        )
    }

    /// Writes [`Browser::webdriver_json`] to `file`.
    pub fn write_webdriver_json(&self, file: &Path) -> Outcome {
        if let Some(folder) = file.parent() {
            fs::create_dir_all(folder)
                .map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
        }
        fs::write(file, self.webdriver_json())
            .map_err(|error| format!("cannot write {}: {error}", file.display()))
    }
}

/// `apt-get update`, then Debian's `chromium` and `chromium-driver`.
fn install_with_apt(root: &ToolRoot) -> Outcome {
    println!("installing chromium and chromium-driver with apt (a few minutes)...");
    let advice = format!("apt-get could not install them. {ADVICE}");
    run_logged(
        Command::new("apt-get").arg("update"),
        &root.log("apt-get-update"),
        &advice,
    )?;
    run_logged(
        Command::new("apt-get")
            .args([
                "install",
                "-y",
                "--no-install-recommends",
                "chromium",
                "chromium-driver",
            ])
            .env("DEBIAN_FRONTEND", "noninteractive"),
        &root.log("apt-get-chromium"),
        &advice,
    )
}

/// The major version in a `--version` line: "Chromium 156.0.8078.114 built on Debian" is 156.
fn major_version(line: &str) -> Option<u32> {
    line.split_whitespace()
        .find(|word| word.contains('.') && word.starts_with(|c: char| c.is_ascii_digit()))?
        .split('.')
        .next()?
        .parse()
        .ok()
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            c if u32::from(c) < 0x20 => quoted.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

fn path() -> OsString {
    env::var_os("PATH").unwrap_or_default()
}

fn is_root() -> bool {
    first_line_of(Path::new("id"), &["-u"]).is_some_and(|uid| uid.trim() == "0")
}

#[cfg(test)]
mod tests;

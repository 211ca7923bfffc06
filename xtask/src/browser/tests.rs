use std::os::unix::fs::PermissionsExt;

use super::*;

fn scratch(name: &str) -> PathBuf {
    let folder = env::temp_dir().join(format!("nutgraf-xtask-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&folder);
    fs::create_dir_all(&folder).expect("a scratch folder");
    folder
}

fn executable(folder: &Path, name: &str) -> PathBuf {
    let file = folder.join(name);
    fs::write(&file, "#!/bin/sh\n").expect("a file");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o755)).expect("executable");
    file
}

#[test]
fn finds_the_browser_by_its_variables_then_on_path() {
    let folder = scratch("browser");
    let (bin, other) = (folder.join("bin"), folder.join("other"));
    fs::create_dir_all(&bin).expect("bin");
    fs::create_dir_all(&other).expect("other");
    let path = env::join_paths([&bin]).expect("a PATH");
    assert_eq!(Browser::find(None, None, &path), Ok(None), "nothing installed");
    let chrome = executable(&bin, "google-chrome");
    assert_eq!(Browser::find(None, None, &path), Ok(None), "no driver yet");
    let driver = executable(&bin, "chromedriver");
    let on_path = Browser {
        chrome: chrome.clone(),
        chromedriver: driver.clone(),
    };
    assert_eq!(Browser::find(None, None, &path), Ok(Some(on_path)));
    let chromium = executable(&bin, "chromium");
    assert_eq!(
        Browser::find(None, None, &path).map(|found| found.map(|browser| browser.chrome)),
        Ok(Some(chromium)),
        "chromium is looked for first"
    );
    let named = executable(&other, "my-chrome");
    assert_eq!(
        Browser::find(Some(named.clone().into()), None, &path),
        Ok(Some(Browser {
            chrome: named,
            chromedriver: driver,
        }))
    );
    let missing = Browser::find(Some(folder.join("absent").into()), None, &path).unwrap_err();
    assert!(
        missing.starts_with(&format!(
            "CHROME={} is not a file",
            folder.join("absent").display()
        )),
        "{missing}"
    );
    let _ = fs::remove_dir_all(&folder);
}

#[test]
fn reads_major_versions_and_writes_capabilities() {
    assert_eq!(
        major_version("Chromium 156.0.8078.114 built on Debian GNU/Linux 12 (bookworm)"),
        Some(156)
    );
    assert_eq!(
        major_version("ChromeDriver 156.0.8078.114 (ea19f97-refs/branch-heads/8078_108@{#5})"),
        Some(156)
    );
    assert_eq!(major_version("Google Chrome 131.0.6778.85 "), Some(131));
    assert_eq!(major_version("no version"), None);
    let browser = Browser {
        chrome: PathBuf::from("/opt/a \"b\"/chrome"),
        chromedriver: PathBuf::from("/usr/bin/chromedriver"),
    };
    assert_eq!(
        browser.webdriver_json(),
        "{\"goog:chromeOptions\": {\"binary\": \"/opt/a \\\"b\\\"/chrome\", \"args\": [\"--headless=new\", \
         \"--no-sandbox\", \"--disable-dev-shm-usage\", \"--disable-gpu\", \"--disable-background-networking\", \
         \"--disable-component-update\", \"--no-first-run\"]}}\n"
    );
}

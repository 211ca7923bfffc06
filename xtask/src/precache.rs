//! The service worker's precache: `sw.js`, written from the template `pwa/sw.js` with the
//! list of every built file and a cache version derived from all of them, so that any
//! changed file makes a new worker, which replaces the old cache when it takes over.

use std::fs;
use std::path::Path;

use crate::content_hash::ContentHash;
use crate::process::Outcome;
use crate::template::fill_placeholders;

/// The service worker's name at the root of the build.
pub const SERVICE_WORKER: &str = "sw.js";

/// Writes `dir/sw.js` from `template`, precaching every file under `dir` (and `./`, the
/// app's page) under a version derived from their names and contents.
pub fn write_service_worker(dir: &Path, template: &Path) -> Outcome {
    let mut files = Vec::new();
    list_files(dir, "", &mut files)?;
    files.retain(|file| file != SERVICE_WORKER);
    files.sort();
    let mut hash = ContentHash::default();
    for file in &files {
        let bytes = fs::read(dir.join(file)).map_err(|error| format!("cannot read {file}: {error}"))?;
        hash.add(file.as_bytes()).add(&bytes);
    }
    let version = hash.hex();
    let template_text = fs::read_to_string(template).map_err(|error| {
        format!(
            "cannot read the service worker template {}: {error}",
            template.display()
        )
    })?;
    let worker = fill(&template_text, &version, &files)?;
    fs::write(dir.join(SERVICE_WORKER), worker)
        .map_err(|error| format!("cannot write {SERVICE_WORKER}: {error}"))?;
    println!(
        "service worker: version {version}, {} files precached",
        files.len()
    );
    Ok(())
}

/// The files under `dir/prefix`, as paths relative to `dir` with `/` between folders.
fn list_files(dir: &Path, prefix: &str, files: &mut Vec<String>) -> Outcome {
    let folder = dir.join(prefix);
    let entries =
        fs::read_dir(&folder).map_err(|error| format!("cannot list {}: {error}", folder.display()))?;
    for entry in entries {
        let entry = entry.map_err(|error| format!("cannot list {}: {error}", folder.display()))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let relative = if prefix.is_empty() {
            name
        } else {
            format!("{prefix}/{name}")
        };
        if entry.path().is_dir() {
            list_files(dir, &relative, files)?;
        } else {
            files.push(relative);
        }
    }
    Ok(())
}

/// The template with the version and the precache list (a JSON array) in place.
fn fill(template: &str, version: &str, files: &[String]) -> Outcome<String> {
    let list: Vec<String> = std::iter::once("./")
        .chain(files.iter().map(String::as_str))
        .map(json_string)
        .collect();
    let precache = format!("[{}]", list.join(", "));
    fill_placeholders(
        template,
        &[
            ("__NUTGRAF_VERSION__", version),
            ("__NUTGRAF_PRECACHE__", &precache),
        ],
        "service worker",
        "pwa/sw.js",
    )
}

/// `text` as a JSON string.
fn json_string(text: &str) -> String {
    let mut quoted = String::from('"');
    for character in text.chars() {
        match character {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            control if control < ' ' => quoted.push_str(&format!("\\u{:04x}", control as u32)),
            other => quoted.push(other),
        }
    }
    quoted.push('"');
    quoted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_gets_the_version_and_every_file() {
        let filled = fill(
            "const VERSION = \"__NUTGRAF_VERSION__\"; const PRECACHE = __NUTGRAF_PRECACHE__;",
            "abc",
            &["index.html".to_owned(), "icons/a \"b\".png".to_owned()],
        );
        assert_eq!(
            filled.as_deref(),
            Ok(r#"const VERSION = "abc"; const PRECACHE = ["./", "index.html", "icons/a \"b\".png"];"#)
        );
        assert!(fill("nothing", "abc", &[]).is_err());
    }
}

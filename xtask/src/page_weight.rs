//! What the app page downloads, file by file, raw and gzipped (`gzip -9`, as a server would
//! send it), printed after `cargo xtask dist`. The end-to-end test `performance.rs` checks the
//! same total, measured from what a browser fetches, against the budget.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::process::Outcome;

/// The most the app page may load, gzipped (checked by `tests/e2e/tests/performance.rs`).
pub const BUDGET_BYTES: u64 = 250_000;

/// Whether a top-level file of the build is one the app page loads: everything but the
/// embed's files and the service worker (which fetches every file later, for offline use).
/// Of the folders, the page loads only its icon.
fn loaded_by_the_page(name: &str) -> bool {
    !(name.starts_with("embed.") || name.starts_with("nutgraf-embed-") || name == "sw.js")
}

/// Prints each file the app page loads with its raw and gzipped size, and the total.
pub fn report(dir: &Path) -> Outcome {
    let entries = fs::read_dir(dir).map_err(|error| format!("cannot list {}: {error}", dir.display()))?;
    let mut files: Vec<String> = entries
        .flatten()
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| loaded_by_the_page(name))
        .collect();
    files.sort();
    files.push("icons/icon-192.png".to_owned());
    println!(
        "\nwhat the app page loads (bytes):\n{:>9} {:>9}  file",
        "raw", "gzip -9"
    );
    let mut total = 0;
    for file in &files {
        let bytes = fs::read(dir.join(file)).map_err(|error| format!("cannot read {file}: {error}"))?;
        let gzipped = gzipped_len(&bytes)?;
        total += gzipped;
        println!("{:>9} {gzipped:>9}  {file}", bytes.len());
    }
    println!(
        "{:>9} {total:>9}  in all, gzipped (budget {BUDGET_BYTES}{})",
        "",
        if total > BUDGET_BYTES { ": OVER" } else { "" }
    );
    Ok(())
}

/// The length of `bytes` compressed by `gzip -9`.
fn gzipped_len(bytes: &[u8]) -> Outcome<u64> {
    let failed = |error: std::io::Error| format!("cannot run gzip to measure the build: {error}");
    let mut gzip = Command::new("gzip")
        .arg("-9c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(failed)?;
    if let Some(mut input) = gzip.stdin.take() {
        input.write_all(bytes).map_err(failed)?;
    }
    let output = gzip.wait_with_output().map_err(failed)?;
    Ok(output.stdout.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_the_app_but_not_the_embed_or_the_service_worker() {
        for name in [
            "index.html",
            "boot.js",
            "engine-worker.js",
            "nutgraf-app-0a1b_bg.wasm",
            "app-0a1b.css",
        ] {
            assert!(loaded_by_the_page(name), "{name}");
        }
        for name in ["embed.js", "embed.d.ts", "nutgraf-embed-0a1b_bg.wasm", "sw.js"] {
            assert!(!loaded_by_the_page(name), "{name}");
        }
    }

    #[test]
    fn gzip_measures_repetitive_bytes_small() {
        let size = gzipped_len(&[b'a'; 10_000]).expect("gzip runs");
        assert!(size < 100, "{size}");
    }
}

//! What the app page downloads, file by file, raw and gzipped (`gzip -9`, as a server would
//! send it), printed after `cargo xtask dist`. The end-to-end test `performance.rs` checks the
//! same total, measured from what a browser fetches.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::process::Outcome;

/// What the app page should load at most, gzipped (issue 17's target; the end-to-end test
/// `performance.rs` guards today's weight and prints this beside it).
pub const TARGET_BYTES: u64 = 250_000;

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
        let path = dir.join(file);
        let raw = fs::metadata(&path)
            .map_err(|error| format!("cannot read {file}: {error}"))?
            .len();
        let gzipped = gzipped_len(&path)?;
        total += gzipped;
        println!("{raw:>9} {gzipped:>9}  {file}");
    }
    println!(
        "{:>9} {total:>9}  in all, gzipped (target {TARGET_BYTES}{})",
        "",
        if total > TARGET_BYTES {
            ": not met yet"
        } else {
            ": met"
        }
    );
    Ok(())
}

/// The length of the file at `path` compressed by `gzip -9` (gzip reads the file itself: fed
/// through a pipe while its output waits unread, it would deadlock on a large file).
fn gzipped_len(path: &Path) -> Outcome<u64> {
    let output = Command::new("gzip")
        .arg("-9c")
        .arg(path)
        .stdout(Stdio::piped())
        .output()
        .map_err(|error| format!("cannot run gzip to measure the build: {error}"))?;
    if !output.status.success() {
        return Err(format!("gzip cannot read {}", path.display()));
    }
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
    fn gzip_measures_repetitive_bytes_small_and_a_large_file_without_blocking() {
        let path = std::env::temp_dir().join(format!("nutgraf-page-weight-{}", std::process::id()));
        fs::write(&path, [b'a'; 10_000]).expect("a temporary file");
        let size = gzipped_len(&path).expect("gzip runs");
        assert!(size < 100, "{size}");
        // Three megabytes that barely compress: fed through a pipe, this would block.
        let mut state = 0x9e37_79b9_7f4a_7c15_u64;
        let noise: Vec<u8> = (0..3_000_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                (state >> 56) as u8
            })
            .collect();
        fs::write(&path, &noise).expect("a temporary file");
        let size = gzipped_len(&path).expect("gzip runs");
        assert!(size > 1_000_000, "{size}");
        let _ = fs::remove_file(&path);
    }
}

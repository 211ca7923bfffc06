//! `cargo xtask serve|dist|test`: installs the pinned tools that are missing, then builds,
//! serves or tests Nutgraf. Run from anywhere inside the repository.

mod browser;
mod cargo_tool;
mod content_hash;
mod embed_bundle;
mod fuzz;
mod fuzz_options;
mod libfuzzer_stats;
mod npm_package;
mod page_weight;
mod pins;
mod post_build;
mod precache;
mod process;
mod tasks;
mod template;
mod test_tools;
mod tool_root;
mod toolchain;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

const USAGE: &str = "\
usage: cargo xtask <command>

commands:
  serve [--release]  install missing tools, build, and serve the app on http://127.0.0.1:8080
  dist               write an optimized release build to dist/ and print what the app page
                     loads, file by file, raw and gzipped
  post-build [DIR]   bundle embed.js and write sw.js in Trunk's staging folder (run by
                     Trunk's post_build hook) or in DIR
  test               run every test: formatting, clippy and the native tests first; then,
                     with the missing tools installed, browser (headless Chromium),
                     end-to-end (WebDriver against target/dist-e2e/) and the evaluation against
                     ../shared/data with its floors

Tools are installed, at the versions in xtask/src/pins.rs, only into
$XDG_CACHE_HOME/nutgraf/tools (~/.cache/nutgraf/tools); a tool already on PATH at its pinned
version is used as it is. The browser is CHROME and CHROMEDRIVER, or found on PATH.
  eval               score the summarizer and the quote finder on ../shared/data
  bench              run the engine's criterion benchmarks
  fuzz [--minutes N] [--target T] [--max-len BYTES]
                     run the libFuzzer targets (text, summarize, quotes, reports; all by
                     default, splitting N minutes, 4 by default) on nightly, installing
                     nightly and cargo-fuzz when missing; the corpus, crashes and logs go
                     to target/fuzz-*; fails naming every crash found";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    let outcome = match words.as_slice() {
        ["serve"] => tasks::serve(false),
        ["serve", "--release"] => tasks::serve(true),
        ["dist"] => tasks::dist(),
        ["post-build"] => post_build::post_build(None),
        ["post-build", dir] => post_build::post_build(Some(dir)),
        ["test"] => tasks::test(),
        ["eval"] => tasks::eval(),
        ["bench"] => tasks::bench(),
        ["fuzz", rest @ ..] => {
            fuzz_options::FuzzOptions::parse(rest).and_then(|options| fuzz::fuzz(&options))
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("\nxtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository root: the parent of this crate's directory.
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Cargo (the one running this xtask), at the repository root.
pub fn cargo() -> Command {
    let mut command = Command::new(env!("CARGO"));
    command.current_dir(workspace_root());
    command
}

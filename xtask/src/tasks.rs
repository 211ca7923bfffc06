//! The xtask commands: each installs what it needs, then runs its steps in order.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::process::{run, Outcome};
use crate::test_tools::TestTools;
use crate::tool_root::ToolRoot;
use crate::toolchain::Toolchain;
use crate::{cargo, workspace_root};

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Builds the app and serves it on http://127.0.0.1:8080, rebuilding on change.
pub fn serve(release: bool) -> Outcome {
    let tools = prepare()?;
    let mut trunk = tools.trunk();
    // No autoreload: its inline script would break the page's Content-Security-Policy.
    trunk.args([
        "serve",
        "--address",
        "127.0.0.1",
        "--port",
        "8080",
        "--no-autoreload",
    ]);
    if release {
        trunk.arg("--release");
    }
    println!("serving Nutgraf on http://127.0.0.1:8080 (Ctrl-C stops it)");
    run(
        &mut trunk,
        "trunk could not build or serve the app; its output above says why.",
    )
}

/// Writes an optimized release build to `dist/` and prints what the app page loads.
pub fn dist() -> Outcome {
    let tools = prepare()?;
    let dist = workspace_root().join("dist");
    build_dist(&tools, &dist, &[])?;
    crate::page_weight::report(&dist)
}

/// Runs every check and test: formatting, clippy and the native tests first (they need no
/// tool beyond Rust), then the browser, the release build, the end-to-end tests and the
/// evaluation, once their tools are ready.
pub fn test() -> Outcome {
    let started = Instant::now();
    native_checks()?;
    let root = ToolRoot::locate()?;
    let tools = step_with("tools for the browser stages", || TestTools::prepare(&root))?;
    browser_stages(&tools)?;
    step(
        "evaluation against ../shared/data (fails below the floors in crates/cli/eval-floors.json)",
        evaluate,
    )?;
    println!("\nall tests passed in {:.0?}", started.elapsed());
    Ok(())
}

/// Scores the summarizer and the quote finder on the annotated data, failing below the floors.
pub fn eval() -> Outcome {
    evaluate()
}

/// Runs the criterion benchmarks of the engine (medians in target/criterion).
pub fn bench() -> Outcome {
    run(
        cargo().args(["bench", "-p", "nutgraf-engine", "--bench", "engine"]),
        "a benchmark failed to build or run: its output above says why.",
    )
}

/// Formatting, clippy on every crate (the app too, natively) and the native tests.
fn native_checks() -> Outcome {
    step("formatting", || {
        run(
            cargo().args(["fmt", "--all", "--check"]),
            "run `cargo fmt --all` and commit the result.",
        )
    })?;
    step("clippy (native)", || {
        run(
            cargo().args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]),
            "fix the warnings clippy printed above.",
        )
    })?;
    step("native tests", || {
        run(
            cargo().args([
                "test",
                "--workspace",
                "--exclude=nutgraf-e2e",
                "--",
                "--include-ignored",
            ]),
            "a native test failed: its output above says which.",
        )
    })
}

/// Clippy for wasm32, the browser tests, the release build, the typed API and the
/// end-to-end tests.
fn browser_stages(tools: &TestTools) -> Outcome {
    step("clippy (the app, wasm32)", || {
        run(
            tools.toolchain.cargo().args([
                "clippy",
                "-p",
                "nutgraf-app",
                "--target",
                WASM_TARGET,
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            "fix the warnings clippy printed above.",
        )
    })?;
    step("browser tests (wasm-bindgen-test in headless Chromium)", || {
        browser_tests(tools)
    })?;
    step(
        "release build for the end-to-end tests (with the test-only `fault-injection` feature)",
        || build_dist(&tools.toolchain, &test_dist(), &["--features", "fault-injection"]),
    )?;
    step(
        "the typed API: tsc --strict on tests/typescript (against embed.d.ts)",
        || {
            run(
                Command::new("node")
                    .arg(&tools.tsc)
                    .args([
                        "--project",
                        "tests/typescript/tsconfig.json",
                        "--strict",
                        "--noEmit",
                    ])
                    .current_dir(workspace_root()),
                "the TypeScript example does not compile against embed/embed.d.ts: fix the types or \
             the example, as tsc says above.",
            )
        },
    )?;
    step(
        "end-to-end tests (Chromium over WebDriver against target/dist-e2e/)",
        || end_to_end_tests(tools),
    )
}

/// The app's tests in the browser, with the capabilities of the browser found.
fn browser_tests(tools: &TestTools) -> Outcome {
    let webdriver_json = workspace_root()
        .join("target")
        .join("xtask")
        .join("webdriver.json");
    tools.browser.write_webdriver_json(&webdriver_json)?;
    run(
        tools
            .toolchain
            .cargo()
            .args(["test", "-p", "nutgraf-app", "--target", WASM_TARGET])
            .env("CHROMEDRIVER", &tools.browser.chromedriver)
            .env("WASM_BINDGEN_TEST_WEBDRIVER_JSON", &webdriver_json)
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
        "a browser test failed: its output above says which.",
    )
}

/// WebDriver against `target/dist-e2e/`, with the browser and axe-core found.
fn end_to_end_tests(tools: &TestTools) -> Outcome {
    // The offline test rewrites a copied build's service worker with this very program.
    let xtask = std::env::current_exe().map_err(|error| format!("cannot find the xtask program: {error}"))?;
    run(
        cargo()
            .args([
                "test",
                "-p",
                "nutgraf-e2e",
                "--",
                "--include-ignored",
                "--test-threads=1",
            ])
            .env("NUTGRAF_DIST", test_dist())
            .env("NUTGRAF_XTASK", &xtask)
            .env("CHROMEDRIVER", &tools.browser.chromedriver)
            .env("CHROME", &tools.browser.chrome)
            .env("AXE_CORE", &tools.axe_core),
        "an end-to-end test failed: its output above says which.",
    )
}

fn evaluate() -> Outcome {
    for what in ["summaries", "quotes"] {
        run(
            cargo().args([
                "run",
                "--quiet",
                "--release",
                "-p",
                "nutgraf-cli",
                "--",
                "eval",
                what,
                "--check",
            ]),
            "the evaluation fell below a floor (or could not run): its output above says which.",
        )?;
    }
    Ok(())
}

/// The build's tools, the missing ones installed.
fn prepare() -> Outcome<Toolchain> {
    let started = Instant::now();
    let tools = Toolchain::prepare(&ToolRoot::locate()?)?;
    println!("tools ready in {:.1?}", started.elapsed());
    Ok(tools)
}

/// Where the end-to-end tests' build goes: apart from `dist/`, which only ever holds a build
/// without test-only code.
fn test_dist() -> PathBuf {
    workspace_root().join("target").join("dist-e2e")
}

/// A release build in `dir`; `extra` adds Trunk arguments (the end-to-end tests' build turns
/// on the test-only `fault-injection` feature, which `dist` and `serve` never do).
fn build_dist(tools: &Toolchain, dir: &Path, extra: &[&str]) -> Outcome {
    run(
        tools
            .trunk()
            .args(["build", "--release", "--dist"])
            .arg(dir)
            .args(extra),
        "trunk could not build the release; its output above says why.",
    )
}

/// Runs one named step and reports how long it took.
fn step(name: &str, body: impl FnOnce() -> Outcome) -> Outcome {
    step_with(name, body)
}

/// Runs one named step that makes a value, and reports how long it took.
fn step_with<T>(name: &str, body: impl FnOnce() -> Outcome<T>) -> Outcome<T> {
    println!("\n=== {name}");
    let started = Instant::now();
    let value = body()?;
    println!("=== {name}: ok in {:.1?}", started.elapsed());
    Ok(value)
}

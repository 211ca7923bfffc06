//! The xtask commands: each installs what it needs, then runs its steps in order.

use std::process::Command;
use std::time::Instant;

use crate::process::{run, Outcome};
use crate::toolchain::{Toolchain, CHROMEDRIVER, CHROMIUM};
use crate::workspace_root;

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// Builds the app and serves it on http://127.0.0.1:8080, rebuilding on change.
pub fn serve(release: bool) -> Outcome {
    let tools = prepare()?;
    let mut trunk = tools.command("trunk");
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

/// Writes an optimized release build to `dist/`.
pub fn dist() -> Outcome {
    let tools = prepare()?;
    build_dist(&tools)
}

/// Runs every check and test: formatting, clippy, native, browser and end-to-end.
pub fn test() -> Outcome {
    let tools = prepare()?;
    tools.ensure_browser()?;
    let axe_core = tools.ensure_axe_core()?;
    let started = Instant::now();
    let root = workspace_root();

    step("formatting", || {
        run(
            cargo(&tools).args(["fmt", "--all", "--check"]),
            "run `cargo fmt --all` and commit the result.",
        )
    })?;
    step("clippy (native)", || {
        run(
            cargo(&tools).args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ]),
            "fix the warnings clippy printed above.",
        )
    })?;
    step("clippy (the app, wasm32)", || {
        run(
            cargo(&tools).args([
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
    step("native tests", || {
        run(
            cargo(&tools).args([
                "test",
                "--workspace",
                "--exclude=nutgraf-e2e",
                "--",
                "--include-ignored",
            ]),
            "a native test failed: its output above says which.",
        )
    })?;
    step("browser tests (wasm-bindgen-test in headless Chromium)", || {
        run(
            cargo(&tools)
                .args(["test", "-p", "nutgraf-app", "--target", WASM_TARGET])
                .env("CHROMEDRIVER", CHROMEDRIVER)
                .env("WASM_BINDGEN_TEST_TIMEOUT", "120"),
            "a browser test failed: its output above says which.",
        )
    })?;
    step("release build for the end-to-end tests", || build_dist(&tools))?;
    // The offline test rewrites a copied build's service worker with this very program.
    let xtask = std::env::current_exe().map_err(|error| format!("cannot find the xtask program: {error}"))?;
    step("end-to-end tests (Chromium over WebDriver against dist/)", || {
        run(
            cargo(&tools)
                .args([
                    "test",
                    "-p",
                    "nutgraf-e2e",
                    "--",
                    "--include-ignored",
                    "--test-threads=1",
                ])
                .env("NUTGRAF_DIST", root.join("dist"))
                .env("NUTGRAF_XTASK", &xtask)
                .env("CHROMEDRIVER", CHROMEDRIVER)
                .env("CHROMIUM", CHROMIUM)
                .env("AXE_CORE", &axe_core),
            "an end-to-end test failed: its output above says which.",
        )
    })?;
    step(
        "evaluation against ../shared/data (fails below the floors in crates/cli/eval-floors.json)",
        || evaluate(&tools),
    )?;
    println!("\nall tests passed in {:.0?}", started.elapsed());
    Ok(())
}

/// Scores the summarizer and the quote finder on the annotated data, failing below the floors.
pub fn eval() -> Outcome {
    evaluate(&Toolchain::locate()?)
}

/// Runs the criterion benchmarks of the engine (medians in target/criterion).
pub fn bench() -> Outcome {
    run(
        cargo(&Toolchain::locate()?).args(["bench", "-p", "nutgraf-engine", "--bench", "engine"]),
        "a benchmark failed to build or run: its output above says why.",
    )
}

fn evaluate(tools: &Toolchain) -> Outcome {
    for what in ["summaries", "quotes"] {
        run(
            cargo(tools).args([
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

/// Locates the pinned tools and installs the missing ones.
fn prepare() -> Outcome<Toolchain> {
    let started = Instant::now();
    let tools = Toolchain::locate()?;
    tools.ensure_build_tools()?;
    println!("tools ready in {:.1?}", started.elapsed());
    Ok(tools)
}

fn build_dist(tools: &Toolchain) -> Outcome {
    run(
        tools
            .command("trunk")
            .args(["build", "--release", "--dist"])
            .arg(workspace_root().join("dist"))
            .current_dir(workspace_root()),
        "trunk could not build the release; its output above says why.",
    )
}

/// A cargo command run at the workspace root with the pinned tools on PATH.
fn cargo(tools: &Toolchain) -> Command {
    let mut command = tools.command(env!("CARGO"));
    command.current_dir(workspace_root());
    command
}

/// Runs one named step and reports how long it took.
fn step(name: &str, body: impl FnOnce() -> Outcome) -> Outcome {
    println!("\n=== {name}");
    let started = Instant::now();
    body()?;
    println!("=== {name}: ok in {:.1?}", started.elapsed());
    Ok(())
}

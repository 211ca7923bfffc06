//! What the browser stages of `cargo xtask test` need beyond formatting, clippy and the
//! native tests: the build's tools, the browser, axe-core and TypeScript, made ready side by side.

use std::path::PathBuf;
use std::thread;

use crate::browser::Browser;
use crate::npm_package::{AXE_CORE, TYPESCRIPT};
use crate::process::{failures, joined, Outcome};
use crate::tool_root::ToolRoot;
use crate::toolchain::Toolchain;

/// The tools of the browser stages, ready.
pub struct TestTools {
    /// The build's tools.
    pub toolchain: Toolchain,
    /// The browser and its driver.
    pub browser: Browser,
    /// axe-core's `axe.min.js`.
    pub axe_core: PathBuf,
    /// TypeScript's `tsc` script (run with node).
    pub tsc: PathBuf,
}

impl TestTools {
    /// Finds the tools, installing the missing ones side by side (builds, downloads and apt
    /// at once).
    pub fn prepare(root: &ToolRoot) -> Outcome<Self> {
        thread::scope(|scope| {
            let toolchain = scope.spawn(|| Toolchain::prepare(root));
            let browser = scope.spawn(|| Browser::ensure(root));
            let axe_core = scope.spawn(|| AXE_CORE.ensure(root));
            let typescript = scope.spawn(|| TYPESCRIPT.ensure(root));
            match (
                joined(toolchain),
                joined(browser),
                joined(axe_core),
                joined(typescript),
            ) {
                (Ok(toolchain), Ok(browser), Ok(axe_core), Ok(typescript)) => Ok(Self {
                    toolchain,
                    browser,
                    axe_core: axe_core.join("axe.min.js"),
                    tsc: typescript.join("bin").join("tsc"),
                }),
                (toolchain, browser, axe_core, typescript) => Err(failures([
                    toolchain.err(),
                    browser.err(),
                    axe_core.err(),
                    typescript.err(),
                ])),
            }
        })
    }
}

//! The build's tools, each at its pinned version (see `pins.rs`): the wasm32 target, Trunk,
//! wasm-bindgen-cli and wasm-opt. Those missing are installed side by side into the private
//! root (see `tool_root.rs`); commands get them first on their PATH.

use std::env;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;
use std::thread;

use crate::cargo_tool::CargoTool;
use crate::npm_package::BINARYEN;
use crate::pins;
use crate::process::{failures, joined, run, Outcome};
use crate::tool_root::ToolRoot;

const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The build's tools, ready.
pub struct Toolchain {
    trunk: PathBuf,
    wasm_bindgen_folder: PathBuf,
    wasm_opt_folder: PathBuf,
    wasm_bindgen_version: String,
}

impl Toolchain {
    /// Finds the build tools, installing the missing ones into `root` side by side.
    pub fn prepare(root: &ToolRoot) -> Outcome<Self> {
        ensure_wasm_target()?;
        let wasm_bindgen_version = pins::wasm_bindgen()?;
        let wasm_bindgen_cli = CargoTool::wasm_bindgen_cli(wasm_bindgen_version.clone());
        let (trunk, wasm_bindgen, binaryen) = thread::scope(|scope| {
            let trunk = scope.spawn(|| CargoTool::trunk().ensure(root));
            let wasm_bindgen = scope.spawn(|| wasm_bindgen_cli.ensure(root));
            let binaryen = scope.spawn(|| BINARYEN.ensure(root));
            (joined(trunk), joined(wasm_bindgen), joined(binaryen))
        });
        match (trunk, wasm_bindgen, binaryen) {
            (Ok(trunk), Ok(wasm_bindgen_folder), Ok(binaryen)) => Ok(Self {
                trunk: trunk.join("trunk"),
                wasm_bindgen_folder,
                wasm_opt_folder: binaryen.join("bin"),
                wasm_bindgen_version,
            }),
            (trunk, wasm_bindgen, binaryen) => {
                Err(failures([trunk.err(), wasm_bindgen.err(), binaryen.err()]))
            }
        }
    }

    /// A PATH with the pinned wasm-opt and wasm-bindgen first: Trunk and cargo's wasm32
    /// runner find them there, never another version.
    pub fn path(&self) -> OsString {
        let mut folders = vec![self.wasm_opt_folder.clone(), self.wasm_bindgen_folder.clone()];
        if let Some(path) = env::var_os("PATH") {
            folders.extend(env::split_paths(&path));
        }
        env::join_paths(folders).unwrap_or_default()
    }

    /// The pinned Trunk, told the pinned versions of the tools it runs.
    pub fn trunk(&self) -> Command {
        let mut command = Command::new(&self.trunk);
        command
            .env("PATH", self.path())
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .env("TRUNK_TOOLS_WASM_BINDGEN", &self.wasm_bindgen_version)
            .env("TRUNK_TOOLS_WASM_OPT", pins::wasm_opt())
            .current_dir(crate::workspace_root());
        command
    }

    /// Cargo at the workspace root, with the pinned tools first on its PATH.
    pub fn cargo(&self) -> Command {
        let mut command = crate::cargo();
        command.env("PATH", self.path());
        command
    }
}

fn ensure_wasm_target() -> Outcome {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|out| {
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .any(|line| line == WASM_TARGET)
        })
        .unwrap_or(false);
    if installed {
        println!("ok: rust target {WASM_TARGET}");
        return Ok(());
    }
    println!("installing the rust target {WASM_TARGET}...");
    run(
        Command::new("rustup").args(["target", "add", WASM_TARGET]),
        "rustup could not add the wasm32 target: check that rustup can reach its server, or \
         install the target by hand with `rustup target add wasm32-unknown-unknown`.",
    )
}

//! Every pinned tool version, in one place. The xtask installs and checks exactly these and
//! hands them to Trunk (`TRUNK_TOOLS_WASM_BINDGEN`, `TRUNK_TOOLS_WASM_OPT`), so no other file
//! names a tool's version. wasm-bindgen-cli is not written here: it must equal the
//! `wasm-bindgen` crate, so it is read from Cargo.lock (Cargo.toml pins the crate with `=`).

use std::fs;
use std::path::Path;

use crate::process::Outcome;

/// Trunk 0.22 needs rustc 1.96; 0.21.14 is the newest that builds with rustc 1.95.
pub const TRUNK: &str = "0.21.14";
/// npm's binaryen, for wasm-opt; Debian's wasm-opt 108 cannot read rustc 1.95's output.
pub const BINARYEN: &str = "132.0.0";
/// axe-core, injected into the page by the end-to-end accessibility test.
pub const AXE_CORE: &str = "4.14.1";
/// TypeScript, whose `tsc --strict` checks the example user of `embed.d.ts`.
pub const TYPESCRIPT: &str = "5.9.3";
/// cargo-fuzz, which builds and runs the libFuzzer targets in `fuzz/` on nightly.
pub const CARGO_FUZZ: &str = "0.13.2";

/// The version [`BINARYEN`]'s wasm-opt reports, as Trunk names it.
pub fn wasm_opt() -> String {
    wasm_opt_of(BINARYEN)
}

/// The version the wasm-opt of npm's binaryen `version` reports: `version_` and its major.
fn wasm_opt_of(version: &str) -> String {
    let major = version.split('.').next().unwrap_or(version);
    format!("version_{major}")
}

/// The wasm-bindgen-cli version: the `wasm-bindgen` crate's in the workspace's Cargo.lock.
pub fn wasm_bindgen() -> Outcome<String> {
    let lock = crate::workspace_root().join("Cargo.lock");
    locked_version(&lock, "wasm-bindgen")
}

/// The version of `package` that the lock file at `lock` holds.
fn locked_version(lock: &Path, package: &str) -> Outcome<String> {
    let text =
        fs::read_to_string(lock).map_err(|error| format!("cannot read {}: {error}", lock.display()))?;
    version_in_lock(&text, package).ok_or_else(|| {
        format!("Cargo.lock does not name {package}: run `cargo generate-lockfile` and try again")
    })
}

/// The version of `package` in the text of a Cargo.lock.
fn version_in_lock(lock: &str, package: &str) -> Option<String> {
    let header = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == header {
            let version = lines.next()?.strip_prefix("version = ")?;
            return Some(version.trim_matches('"').to_owned());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_packages_version_from_a_lock_file() {
        let lock = "[[package]]\nname = \"wasm-bindgen-shared\"\nversion = \"0.2.1\"\n\n\
                    [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(version_in_lock(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(version_in_lock(lock, "trunk"), None);
    }

    #[test]
    fn the_workspace_lock_pins_wasm_bindgen_exactly_as_cargo_toml_asks() {
        let version = wasm_bindgen().expect("Cargo.lock names wasm-bindgen");
        let manifest = fs::read_to_string(crate::workspace_root().join("Cargo.toml")).expect("Cargo.toml");
        assert!(
            manifest.contains(&format!("wasm-bindgen = \"={version}\"")),
            "Cargo.toml must pin wasm-bindgen to ={version}, as Cargo.lock holds"
        );
        assert_eq!(wasm_opt_of("132.0.0"), "version_132");
        assert_eq!(wasm_opt_of("133"), "version_133");
    }
}

//! Tools from the npm registry (binaryen's wasm-opt, axe-core, TypeScript): each pinned
//! version in a prefix of its own under the private root, installed only when missing.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::pins;
use crate::process::{run_logged, Outcome};
use crate::tool_root::ToolRoot;

/// An npm package at one version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NpmPackage {
    /// Its name on npm.
    pub name: &'static str,
    /// The pinned version.
    pub version: &'static str,
}

/// wasm-opt, from binaryen.
pub const BINARYEN: NpmPackage = NpmPackage {
    name: "binaryen",
    version: pins::BINARYEN,
};
/// axe-core, for the accessibility test.
pub const AXE_CORE: NpmPackage = NpmPackage {
    name: "axe-core",
    version: pins::AXE_CORE,
};
/// TypeScript's `tsc`, for the typed API's check.
pub const TYPESCRIPT: NpmPackage = NpmPackage {
    name: "typescript",
    version: pins::TYPESCRIPT,
};

impl NpmPackage {
    /// The package's folder (`.../node_modules/NAME`), installing it into its own prefix under
    /// `root` when that prefix does not hold this version.
    pub fn ensure(&self, root: &ToolRoot) -> Outcome<PathBuf> {
        let prefix = root.npm_prefix(self.name, self.version);
        let folder = prefix.join("node_modules").join(self.name);
        if is_version(&folder, self.version) {
            println!("ok: {} {} in {}", self.name, self.version, folder.display());
            return Ok(folder);
        }
        fs::create_dir_all(&prefix)
            .map_err(|error| format!("cannot create {}: {error}", prefix.display()))?;
        println!(
            "installing {}@{} from npm into {}...",
            self.name,
            self.version,
            prefix.display()
        );
        run_logged(
            Command::new("npm")
                .args(["install", "--no-audit", "--no-fund", "--save-exact", "--prefix"])
                .arg(&prefix)
                .arg(format!("{}@{}", self.name, self.version)),
            &root.log(&format!("{}-{}", self.name, self.version)),
            &format!(
                "npm could not install {}@{}: check that Node.js and npm are installed and that the \
                 npm registry is reachable, then run again.",
                self.name, self.version
            ),
        )?;
        if is_version(&folder, self.version) {
            Ok(folder)
        } else {
            Err(format!(
                "npm ran, but {} does not hold {}@{}",
                folder.display(),
                self.name,
                self.version
            ))
        }
    }
}

/// True when the package in `folder` is at `version`, by its package.json.
fn is_version(folder: &Path, version: &str) -> bool {
    fs::read_to_string(folder.join("package.json"))
        .is_ok_and(|manifest| manifest_version(&manifest) == Some(version))
}

/// The top-level `"version"` of a package.json, whatever its layout.
fn manifest_version(manifest: &str) -> Option<&str> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (index, c) in manifest.char_indices() {
        if in_string {
            (escaped, in_string) = (!escaped && c == '\\', escaped || c != '"');
            continue;
        }
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            '"' if depth == 1 => match version_value(&manifest[index..]) {
                Some(version) => return Some(version),
                None => in_string = true,
            },
            '"' => in_string = true,
            _ => {}
        }
    }
    None
}

/// The string after `"version":` at the start of `text`.
fn version_value(text: &str) -> Option<&str> {
    let value = text.strip_prefix("\"version\"")?.trim_start().strip_prefix(':')?;
    value.trim_start().strip_prefix('"')?.split('"').next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_version_npm_installed() {
        let manifest = "{\n  \"name\": \"typescript\",\n  \"author\": \"Microsoft Corp.\",\n  \
                        \"homepage\": \"https://www.typescriptlang.org/\",\n  \"version\": \"5.9.3\",\n  \
                        \"license\": \"Apache-2.0\"\n}\n";
        assert_eq!(manifest_version(manifest), Some("5.9.3"));
        assert_eq!(manifest_version("{}"), None);
        let nested = "{\n  \"scripts\": {\n    \"version\": \"echo\"\n  },\n  \"version\": \"4.14.1\"\n}";
        assert_eq!(manifest_version(nested), Some("4.14.1"));
        let four_spaces = "{\n    \"name\": \"version\",\n    \"note\": \"a \\\"quoted\\\" {\",\n    \"version\": \"5.9.3\"\n}";
        assert_eq!(manifest_version(four_spaces), Some("5.9.3"));
        assert_eq!(manifest_version("{\"version\":\"1.0.0\"}"), Some("1.0.0"));
    }

    #[test]
    fn a_package_is_installed_when_its_prefix_holds_its_version() {
        let scratch = std::env::temp_dir().join(format!("nutgraf-xtask-npm-{}", std::process::id()));
        let root = ToolRoot::for_user(None, Some(scratch.clone().into_os_string())).expect("a root");
        let package = NpmPackage {
            name: "left-pad",
            version: "1.3.0",
        };
        let folder = root
            .npm_prefix("left-pad", "1.3.0")
            .join("node_modules")
            .join("left-pad");
        assert_eq!(
            folder,
            scratch.join("nutgraf/tools/npm/left-pad-1.3.0/node_modules/left-pad")
        );
        assert!(!is_version(&folder, package.version));
        fs::create_dir_all(&folder).expect("a folder");
        fs::write(
            folder.join("package.json"),
            "{\"name\": \"left-pad\", \"version\": \"1.2.0\"}",
        )
        .expect("written");
        assert!(!is_version(&folder, package.version), "another version");
        fs::write(
            folder.join("package.json"),
            "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}",
        )
        .expect("written");
        assert!(is_version(&folder, package.version));
        assert_eq!(package.ensure(&root), Ok(folder), "found, not installed again");
        let _ = fs::remove_dir_all(&scratch);
    }
}

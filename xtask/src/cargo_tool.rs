//! Tools built from crates.io (Trunk, wasm-bindgen-cli): used where they already are at the
//! pinned version (the private root, or PATH), otherwise `cargo install`ed into the private
//! root. Never `--force`, never into `~/.cargo/bin`: nothing outside the root is touched.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::pins;
use crate::process::{find_on_path, reports_version, run_logged, Outcome};
use crate::tool_root::ToolRoot;

/// A crate whose binaries the build runs, at one version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CargoTool {
    /// The crate on crates.io.
    pub krate: &'static str,
    /// The pinned version.
    pub version: String,
    /// Its binaries the build runs; each must report the version.
    pub binaries: &'static [&'static str],
    /// Whether `cargo install --locked` works for it.
    pub locked: bool,
    /// About how long a build takes on 2 cores, for the message.
    pub minutes: u32,
}

impl CargoTool {
    /// Trunk, at [`pins::TRUNK`].
    pub fn trunk() -> Self {
        Self {
            krate: "trunk",
            version: pins::TRUNK.to_owned(),
            binaries: &["trunk"],
            locked: true,
            minutes: 11,
        }
    }

    /// wasm-bindgen-cli at `version`, which must equal the wasm-bindgen crate's. Its own lock
    /// file names a webpki-roots release the registry lacks, so it installs without `--locked`.
    pub fn wasm_bindgen_cli(version: String) -> Self {
        Self {
            krate: "wasm-bindgen-cli",
            version,
            binaries: &["wasm-bindgen", "wasm-bindgen-test-runner"],
            locked: false,
            minutes: 6,
        }
    }

    /// cargo-fuzz, at [`pins::CARGO_FUZZ`] (it builds with stable; only its targets need
    /// nightly).
    pub fn cargo_fuzz() -> Self {
        Self {
            krate: "cargo-fuzz",
            version: pins::CARGO_FUZZ.to_owned(),
            binaries: &["cargo-fuzz"],
            locked: true,
            minutes: 3,
        }
    }

    /// The folder holding every binary at the pinned version, installing into `root` when
    /// neither the root nor PATH has them.
    pub fn ensure(&self, root: &ToolRoot) -> Outcome<PathBuf> {
        let path = env::var_os("PATH").unwrap_or_default();
        if let Some(folder) = self.find(root, &path) {
            println!("ok: {} {} in {}", self.krate, self.version, folder.display());
            return Ok(folder);
        }
        println!(
            "installing {} {} into {} (about {} minutes on 2 cores)...",
            self.krate,
            self.version,
            root.path().display(),
            self.minutes
        );
        run_logged(
            &mut self.install_command(root),
            &root.log(&format!("{}-{}", self.krate, self.version)),
            &format!(
                "cargo could not install {} {}: check access to crates.io and that a C compiler \
                 is installed, then run again.",
                self.krate, self.version
            ),
        )?;
        self.find(root, &OsString::new()).ok_or_else(|| {
            format!(
                "{} {} was installed, but {} does not report that version",
                self.krate,
                self.version,
                root.bin().display()
            )
        })
    }

    /// The folder with the pinned binaries: the root's `bin`, or else the folder on `path`
    /// where the first binary is found, if every binary there reports the version.
    pub fn find(&self, root: &ToolRoot, path: &OsString) -> Option<PathBuf> {
        let on_path =
            find_on_path(self.binaries[0], path).and_then(|binary| binary.parent().map(Path::to_path_buf));
        [Some(root.bin()), on_path].into_iter().flatten().find(|folder| {
            self.binaries
                .iter()
                .all(|binary| reports_version(&folder.join(binary), &self.version))
        })
    }

    /// `cargo install --root ROOT CRATE --version VERSION [--locked]`, in a build folder of
    /// cargo's own (a `CARGO_TARGET_DIR` would make parallel installs wait for each other).
    pub fn install_command(&self, root: &ToolRoot) -> Command {
        let mut command = Command::new("cargo");
        command
            .arg("install")
            .arg("--root")
            .arg(root.path())
            .args([self.krate, "--version", &self.version])
            .env_remove("CARGO_TARGET_DIR");
        if self.locked {
            command.arg("--locked");
        }
        command
    }
}

#[cfg(test)]
mod tests {
    use std::fs;
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    /// A fresh folder for one test.
    fn scratch(name: &str) -> PathBuf {
        let folder = env::temp_dir().join(format!("nutgraf-xtask-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&folder);
        fs::create_dir_all(&folder).expect("a scratch folder");
        folder
    }

    /// A script `name` in `folder` that prints `line`.
    fn fake_binary(folder: &Path, name: &str, line: &str) {
        fs::create_dir_all(folder).expect("a folder");
        let binary = folder.join(name);
        fs::write(&binary, format!("#!/bin/sh\necho '{line}'\n")).expect("a script");
        fs::set_permissions(&binary, fs::Permissions::from_mode(0o755)).expect("executable");
    }

    #[test]
    fn installs_into_the_private_root_without_force() {
        let root = ToolRoot::for_user(Some("/home/ada".into()), None).expect("a root");
        let words = |tool: &CargoTool| -> Vec<String> {
            let command = tool.install_command(&root);
            command
                .get_args()
                .map(|arg| arg.to_string_lossy().into_owned())
                .collect()
        };
        assert_eq!(
            words(&CargoTool::trunk()),
            [
                "install",
                "--root",
                "/home/ada/.cache/nutgraf/tools",
                "trunk",
                "--version",
                pins::TRUNK,
                "--locked"
            ]
        );
        assert_eq!(
            words(&CargoTool::wasm_bindgen_cli("0.2.130".into())),
            [
                "install",
                "--root",
                "/home/ada/.cache/nutgraf/tools",
                "wasm-bindgen-cli",
                "--version",
                "0.2.130"
            ]
        );
    }

    #[test]
    fn uses_the_root_then_path_and_only_at_the_pinned_version() {
        let folder = scratch("find");
        let root = ToolRoot::for_user(None, Some(folder.join("cache").into_os_string())).expect("a root");
        let elsewhere = folder.join("elsewhere");
        let path = env::join_paths([&elsewhere]).expect("a PATH");
        let tool = CargoTool::wasm_bindgen_cli("0.2.130".into());
        assert_eq!(
            tool.find(&root, &path),
            None,
            "nothing installed: the install path is taken"
        );
        fake_binary(&elsewhere, "wasm-bindgen", "wasm-bindgen 0.2.130");
        assert_eq!(
            tool.find(&root, &path),
            None,
            "the test runner is missing beside it"
        );
        fake_binary(
            &elsewhere,
            "wasm-bindgen-test-runner",
            "wasm-bindgen-test-runner 0.2.130",
        );
        assert_eq!(
            tool.find(&root, &path),
            Some(elsewhere.clone()),
            "on PATH at the pinned version"
        );
        fake_binary(&root.bin(), "wasm-bindgen", "wasm-bindgen 0.2.99");
        fake_binary(
            &root.bin(),
            "wasm-bindgen-test-runner",
            "wasm-bindgen-test-runner 0.2.99",
        );
        assert_eq!(
            tool.find(&root, &path),
            Some(elsewhere),
            "the root's other version is passed over"
        );
        assert_eq!(tool.find(&root, &OsString::new()), None);
        fake_binary(&root.bin(), "wasm-bindgen", "wasm-bindgen 0.2.130");
        fake_binary(
            &root.bin(),
            "wasm-bindgen-test-runner",
            "wasm-bindgen-test-runner 0.2.130",
        );
        assert_eq!(tool.find(&root, &path), Some(root.bin()), "the root comes first");
        let _ = fs::remove_dir_all(&folder);
    }
}

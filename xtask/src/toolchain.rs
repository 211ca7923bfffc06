//! The pinned tools Nutgraf builds and tests with, installed only when missing, into places
//! that outlive a clone (cargo's bin dir and a cache dir under $HOME).

use std::env;
use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::process::{first_line_of, run, Outcome};

/// Trunk 0.22 needs rustc 1.96; 0.21.14 is the newest that builds with rustc 1.95.
const TRUNK_VERSION: &str = "0.21.14";
/// npm's binaryen 132; Debian's wasm-opt 108 cannot read rustc 1.95's output.
const BINARYEN_VERSION: &str = "132";
/// axe-core, injected into the page by the end-to-end accessibility test.
const AXE_CORE_VERSION: &str = "4.14.1";

/// Where the tools live once installed; `path()` puts them ahead of anything else on PATH.
pub struct Toolchain {
    cargo_bin: PathBuf,
    binaryen_bin: PathBuf,
    npm_cache: PathBuf,
}

impl Toolchain {
    /// Finds the install locations without installing anything.
    pub fn locate() -> Outcome<Self> {
        let home = env::var_os("HOME")
            .map(PathBuf::from)
            .ok_or("HOME is not set: set it to your home directory and run again")?;
        let cargo_home = env::var_os("CARGO_HOME").map_or_else(|| home.join(".cargo"), PathBuf::from);
        let cache = env::var_os("XDG_CACHE_HOME").map_or_else(|| home.join(".cache"), PathBuf::from);
        let npm_cache = cache.join("nutgraf");
        Ok(Self {
            cargo_bin: cargo_home.join("bin"),
            binaryen_bin: npm_cache
                .join(format!("binaryen-{BINARYEN_VERSION}"))
                .join("node_modules")
                .join(".bin"),
            npm_cache,
        })
    }

    /// A PATH with the pinned tools first, so that no other wasm-opt or trunk is picked up.
    pub fn path(&self) -> OsString {
        let mut dirs = vec![self.binaryen_bin.clone(), self.cargo_bin.clone()];
        if let Some(path) = env::var_os("PATH") {
            dirs.extend(env::split_paths(&path));
        }
        env::join_paths(dirs).unwrap_or_default()
    }

    /// A command that finds the pinned tools first on its PATH.
    pub fn command(&self, program: &str) -> Command {
        let mut command = Command::new(program);
        command
            .env("PATH", self.path())
            .env("TRUNK_SKIP_VERSION_CHECK", "true");
        command
    }

    /// Installs whatever the build needs and is missing: the wasm32 target, Trunk,
    /// wasm-bindgen-cli (the exact version in Cargo.lock) and wasm-opt.
    pub fn ensure_build_tools(&self) -> Outcome {
        self.ensure_wasm_target()?;
        self.ensure_wasm_bindgen()?;
        self.ensure_wasm_opt()?;
        self.ensure_trunk()
    }

    /// Installs what the browser tests need beyond the build: Debian's chromium and chromedriver.
    pub fn ensure_browser(&self) -> Outcome {
        if Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists() {
            println!("ok: chromium and chromedriver");
            return Ok(());
        }
        let advice = "Chromium and ChromeDriver come from Debian's packages `chromium` and \
                      `chromium-driver`: install them as root (`apt-get update && apt-get install -y \
                      chromium chromium-driver`) and run again.";
        if !is_root() {
            return Err(format!(
                "chromium or chromedriver is missing and this user is not root.\n{advice}"
            ));
        }
        println!("installing chromium and chromium-driver from Debian (a few minutes)...");
        run(Command::new("apt-get").arg("update"), advice)?;
        run(
            Command::new("apt-get")
                .args([
                    "install",
                    "-y",
                    "--no-install-recommends",
                    "chromium",
                    "chromium-driver",
                ])
                .env("DEBIAN_FRONTEND", "noninteractive"),
            advice,
        )
    }

    /// Installs axe-core from npm if missing, and returns the path of `axe.min.js`.
    pub fn ensure_axe_core(&self) -> Outcome<PathBuf> {
        let prefix = self.npm_cache.join(format!("axe-core-{AXE_CORE_VERSION}"));
        let script = prefix.join("node_modules").join("axe-core").join("axe.min.js");
        if script.exists() {
            println!("ok: axe-core {AXE_CORE_VERSION}");
            return Ok(script);
        }
        fs::create_dir_all(&prefix)
            .map_err(|error| format!("cannot create {}: {error}", prefix.display()))?;
        println!(
            "installing axe-core {AXE_CORE_VERSION} from npm into {}...",
            prefix.display()
        );
        npm_install(&prefix, &format!("axe-core@{AXE_CORE_VERSION}"))?;
        Ok(script)
    }

    fn ensure_wasm_target(&self) -> Outcome {
        let installed = Command::new("rustup")
            .args(["target", "list", "--installed"])
            .output()
            .map(|out| String::from_utf8_lossy(&out.stdout).contains("wasm32-unknown-unknown"))
            .unwrap_or(false);
        if installed {
            println!("ok: rust target wasm32-unknown-unknown");
            return Ok(());
        }
        println!("installing the rust target wasm32-unknown-unknown...");
        run(
            Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
            "rustup could not add the wasm32 target: check that rustup can reach its server, \
             or install the target by hand with `rustup target add wasm32-unknown-unknown`.",
        )
    }

    fn ensure_trunk(&self) -> Outcome {
        let trunk = self.cargo_bin.join("trunk");
        if reports_version(&trunk, &["--version"], TRUNK_VERSION) {
            println!("ok: trunk {TRUNK_VERSION}");
            return Ok(());
        }
        println!("installing trunk {TRUNK_VERSION} with cargo (about 11 minutes on 2 cores)...");
        run(
            Command::new("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]),
            &format!(
                "cargo could not install trunk {TRUNK_VERSION}: check access to crates.io and that \
                 a C compiler is installed, then run again."
            ),
        )
    }

    fn ensure_wasm_bindgen(&self) -> Outcome {
        let version = locked_version("wasm-bindgen")?;
        let wasm_bindgen = self.cargo_bin.join("wasm-bindgen");
        let runner = self.cargo_bin.join("wasm-bindgen-test-runner");
        if reports_version(&wasm_bindgen, &["--version"], &version) && runner.exists() {
            println!("ok: wasm-bindgen-cli {version}");
            return Ok(());
        }
        // Its own lock file names a webpki-roots release the registry lacks, so no `--locked`.
        println!("installing wasm-bindgen-cli {version} with cargo (about 6 minutes on 2 cores)...");
        run(
            Command::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version, "--force"]),
            &format!(
                "cargo could not install wasm-bindgen-cli {version}; it must equal the wasm-bindgen \
                 crate in Cargo.lock. Check access to crates.io and run again."
            ),
        )
    }

    fn ensure_wasm_opt(&self) -> Outcome {
        let wasm_opt = self.binaryen_bin.join("wasm-opt");
        let tag = format!("version_{BINARYEN_VERSION}");
        if reports_version(&wasm_opt, &["--version"], &tag) {
            println!("ok: wasm-opt {tag}");
            return Ok(());
        }
        let prefix = self
            .binaryen_bin
            .parent()
            .and_then(Path::parent)
            .ok_or("the binaryen cache path has no parent")?;
        fs::create_dir_all(prefix).map_err(|error| format!("cannot create {}: {error}", prefix.display()))?;
        println!(
            "installing wasm-opt (npm binaryen@{BINARYEN_VERSION}) into {}...",
            prefix.display()
        );
        npm_install(prefix, &format!("binaryen@{BINARYEN_VERSION}"))
    }
}

/// Installs one pinned npm package under `prefix`.
fn npm_install(prefix: &Path, package: &str) -> Outcome {
    run(
        Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(prefix)
            .arg(package),
        &format!(
            "npm could not install {package}: check that Node.js and npm are installed and that the npm \
             registry is reachable, then run again."
        ),
    )
}
/// Debian's Chromium, as the browser tests drive it.
pub const CHROMIUM: &str = "/usr/bin/chromium";
/// Debian's ChromeDriver, matching `CHROMIUM`.
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// True when `program args` runs and its first line mentions `version`.
fn reports_version(program: &Path, args: &[&str], version: &str) -> bool {
    first_line_of(program, args).is_some_and(|line| {
        line.split_whitespace()
            .any(|word| word.trim_matches(['(', ')']) == version)
    })
}

/// The version of `package` that Cargo.lock pins.
fn locked_version(package: &str) -> Outcome<String> {
    let lock = fs::read_to_string(crate::workspace_root().join("Cargo.lock"))
        .map_err(|error| format!("cannot read Cargo.lock: {error}"))?;
    let header = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == header {
            if let Some(version) = lines.next().and_then(|next| next.strip_prefix("version = ")) {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    Err(format!(
        "Cargo.lock does not name {package}: run `cargo generate-lockfile` and try again"
    ))
}

fn is_root() -> bool {
    first_line_of(Path::new("id"), &["-u"]).is_some_and(|uid| uid.trim() == "0")
}

//! Where Nutgraf's own tools live: `$XDG_CACHE_HOME/nutgraf/tools`, by default
//! `~/.cache/nutgraf/tools`. Nothing is installed anywhere else (never into `~/.cargo/bin`),
//! so deleting this folder uninstalls them all.

use std::env;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

use crate::process::Outcome;

/// The private install root: cargo's `--root` (binaries in `bin/`), npm prefixes in `npm/`,
/// and the install logs in `logs/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ToolRoot(PathBuf);

impl ToolRoot {
    /// The root for this user, from `XDG_CACHE_HOME` or `HOME`.
    pub fn locate() -> Outcome<Self> {
        Self::for_user(env::var_os("HOME"), env::var_os("XDG_CACHE_HOME"))
    }

    /// The root under `xdg_cache_home` when it is set (and absolute, as the XDG spec asks),
    /// or under `home/.cache`.
    pub fn for_user(home: Option<OsString>, xdg_cache_home: Option<OsString>) -> Outcome<Self> {
        let cache = match xdg_cache_home
            .map(PathBuf::from)
            .filter(|path| path.is_absolute())
        {
            Some(cache) => cache,
            None => {
                PathBuf::from(home.ok_or("HOME is not set: set it to your home directory and run again")?)
                    .join(".cache")
            }
        };
        Ok(Self(cache.join("nutgraf").join("tools")))
    }

    /// The root itself.
    pub fn path(&self) -> &Path {
        &self.0
    }

    /// Where `cargo install --root` puts binaries.
    pub fn bin(&self) -> PathBuf {
        self.0.join("bin")
    }

    /// The npm prefix of one package at one version.
    pub fn npm_prefix(&self, package: &str, version: &str) -> PathBuf {
        self.0.join("npm").join(format!("{package}-{version}"))
    }

    /// The log of installing `what`.
    pub fn log(&self, what: &str) -> PathBuf {
        self.0.join("logs").join(format!("{what}.log"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honours_xdg_cache_home_and_falls_back_to_home() {
        let root = |home: Option<&str>, xdg: Option<&str>| {
            ToolRoot::for_user(home.map(OsString::from), xdg.map(OsString::from)).map(|root| root.0)
        };
        assert_eq!(
            root(Some("/home/ada"), None),
            Ok(PathBuf::from("/home/ada/.cache/nutgraf/tools"))
        );
        assert_eq!(
            root(Some("/home/ada"), Some("/var/cache/ada")),
            Ok(PathBuf::from("/var/cache/ada/nutgraf/tools"))
        );
        // A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
        assert_eq!(
            root(Some("/home/ada"), Some("cache")),
            Ok(PathBuf::from("/home/ada/.cache/nutgraf/tools"))
        );
        assert_eq!(root(None, Some("/c")), Ok(PathBuf::from("/c/nutgraf/tools")));
        assert!(root(None, None).is_err());
        let tools = ToolRoot(PathBuf::from("/t"));
        assert_eq!(tools.bin(), PathBuf::from("/t/bin"));
        assert_eq!(
            tools.npm_prefix("typescript", "5.9.3"),
            PathBuf::from("/t/npm/typescript-5.9.3")
        );
        assert_eq!(
            tools.log("trunk-0.21.14"),
            PathBuf::from("/t/logs/trunk-0.21.14.log")
        );
    }
}

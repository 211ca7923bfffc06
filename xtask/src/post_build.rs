//! `cargo xtask post-build [DIR]`: what Trunk cannot do, run by Trunk after every build
//! (`[[hooks]] stage = "post_build"` in Trunk.toml) on its staging folder: bundle the embed,
//! then write the service worker over every built file. Given a folder, it works on that
//! one instead (a build already bundled keeps its embed; its service worker is rewritten).

use std::env;
use std::path::PathBuf;

use crate::process::Outcome;
use crate::{embed_bundle, precache, workspace_root};

/// Finishes the build in `dir`, or in Trunk's `$TRUNK_STAGING_DIR` when `dir` is `None`.
pub fn post_build(dir: Option<&str>) -> Outcome {
    let dir = match dir {
        Some(dir) => PathBuf::from(dir),
        None => env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or(
            "post-build runs from Trunk's post_build hook, which sets TRUNK_STAGING_DIR; \
             or give it the folder of a build: `cargo xtask post-build dist`",
        )?,
    };
    let root = workspace_root();
    embed_bundle::bundle(&dir, &root.join("embed"))?;
    precache::write_service_worker(&dir, &root.join("pwa").join("sw.js"))
}

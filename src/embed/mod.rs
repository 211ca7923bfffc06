//! What the embeddable bundle (`embed.js` and the `nutgraf-embed` WebAssembly) computes: the
//! command line's JSON for a text, so that a page's `summarize()` and `quotes()` calls return
//! exactly what `nutgraf summarize --json` and `nutgraf quotes --json` print.
//!
//! Plain Rust with no WebAssembly exports: `src/bin/nutgraf-embed.rs` exports these, so the
//! app's own WebAssembly, which never calls them, stays without the engine.

mod labels;
mod options;
mod reports;

pub use labels::labels_json;
pub use options::SummaryOptions;
pub use reports::{quotes_json, summary_json};

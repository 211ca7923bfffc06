//! A test-only way to make the engine fail as an engine bug would: with the cargo feature
//! `fault-injection` (which only `cargo xtask test`'s release build turns on), a text holding
//! [`MARKER`] panics inside the engine call, in the worker and in the embed alike, so that the
//! end-to-end tests can check that both recover. Without the feature, [`check`] does nothing
//! and is compiled away.

/// The text that makes a `fault-injection` build's engine panic.
pub const MARKER: &str = "NUTGRAF-TEST-ENGINE-FAILURE";

/// Panics when `text` holds [`MARKER`] and the `fault-injection` feature is on; otherwise
/// does nothing.
pub fn check(text: &str) {
    if cfg!(feature = "fault-injection") && text.contains(MARKER) {
        panic!("fault injection: the text holds {MARKER}");
    }
}

//! nutgraf-fuzzing: what the nightly fuzz targets (`fuzz/`) and the stable corpus replay
//! (`tests/corpus_replay.rs`) share.
//!
//! - [`invariants`]: the engine's own promises about any text (no panic; spans in bounds,
//!   ordered and on char boundaries; reading text consistent with its span; summary
//!   sentences among the document's; JSON reports that round-trip), each check returning a
//!   message that says which promise broke.
//! - [`mutations`]: a structure-aware mutator that changes an article the way people's
//!   pastes differ from it, deterministic from a seed.
//! - [`seeds`]: the real articles of `../shared/data` and `../shared/fixtures` to start from.

pub mod invariants;
pub mod libfuzzer;
pub mod mutations;
pub mod rng;
pub mod seeds;

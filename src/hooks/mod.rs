//! Hooks that connect the page to the engine and to the browser.

mod use_analysis;
mod use_persistence;

pub use use_analysis::{use_analysis, AnalysisState, Engine};
pub use use_persistence::use_persistence;

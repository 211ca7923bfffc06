//! Hooks that connect the page to the engine and to the browser.

mod use_analysis;

pub use use_analysis::{use_analysis, AnalysisState, Engine};

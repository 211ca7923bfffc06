//! Hooks that connect the page to the engine and to the browser.

mod analysis_runner;
mod text_saver;
mod use_analysis;
mod use_persistence;
mod worker_connection;

pub use use_analysis::{use_analysis, AnalysisState, Engine};
pub use use_persistence::{use_persistence, TextSaver};

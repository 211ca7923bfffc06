//! Panics of the engine counted during an evaluation, so that an input that breaks it is
//! named instead of ending the run. Release builds abort on a panic (`panic = "abort"` in the
//! workspace), so there a panic still ends the run; a debug build counts and names them.

use std::panic::{catch_unwind, AssertUnwindSafe};

/// The panics caught so far, described.
#[derive(Default)]
pub struct Panics {
    /// "<article> (<form>): <message>" for each panic.
    pub cases: Vec<String>,
}

impl Panics {
    /// Runs `work`, returning its result, or `None` after noting a panic on the input that
    /// `input` names.
    pub fn guard<T>(&mut self, input: impl FnOnce() -> String, work: impl FnOnce() -> T) -> Option<T> {
        match catch_unwind(AssertUnwindSafe(work)) {
            Ok(result) => Some(result),
            Err(payload) => {
                let message = payload
                    .downcast_ref::<&str>()
                    .map(|text| (*text).to_owned())
                    .or_else(|| payload.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "a panic without a message".to_owned());
                self.cases.push(format!("{}: {message}", input()));
                None
            }
        }
    }

    /// "panics: 0", or the count and each case on a line of its own.
    pub fn line(&self) -> String {
        let mut line = format!("panics: {}\n", self.cases.len());
        for case in &self.cases {
            line.push_str(&format!("  {case}\n"));
        }
        line
    }
}

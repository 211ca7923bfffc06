//! What `cargo xtask fuzz [--minutes N] [--target T] [--max-len BYTES]` asks for.

use crate::process::Outcome;

/// The fuzz targets in `fuzz/fuzz_targets`, in the order they run.
pub const TARGETS: [&str; 4] = ["text", "summarize", "quotes", "reports"];

/// The options of one `cargo xtask fuzz`.
#[derive(Debug, Clone, PartialEq)]
pub struct FuzzOptions {
    /// Minutes of fuzzing in all, split evenly between the targets.
    pub minutes: f64,
    /// The targets to run: one named, or all of [`TARGETS`].
    pub targets: Vec<&'static str>,
    /// libFuzzer's `-max_len`: the largest input, in bytes.
    pub max_len: usize,
}

impl Default for FuzzOptions {
    /// Four minutes over every target, inputs up to 4 KiB (an article of ordinary length
    /// keeps its shape; an execution stays in milliseconds).
    fn default() -> Self {
        Self {
            minutes: 4.0,
            targets: TARGETS.to_vec(),
            max_len: 4096,
        }
    }
}

impl FuzzOptions {
    /// Reads the words after `fuzz`; an unknown word or a bad value is an error saying what
    /// is accepted.
    pub fn parse(words: &[&str]) -> Outcome<Self> {
        let mut options = Self::default();
        let mut words = words.iter();
        while let Some(&word) = words.next() {
            let value = words.next().copied();
            match (word, value) {
                ("--minutes", Some(value)) => options.minutes = positive(word, value)?,
                ("--max-len", Some(value)) => options.max_len = positive(word, value)? as usize,
                ("--target", Some(value)) => options.targets = vec![target(value)?],
                _ => {
                    return Err(format!(
                        "`cargo xtask fuzz` does not take `{word}`: {}",
                        Self::USAGE
                    ))
                }
            }
        }
        Ok(options)
    }

    /// How the command is called.
    pub const USAGE: &'static str =
        "cargo xtask fuzz [--minutes N] [--target text|summarize|quotes|reports] [--max-len BYTES]";

    /// The seconds each target runs.
    pub fn seconds_each(&self) -> u64 {
        ((self.minutes * 60.0) / self.targets.len().max(1) as f64)
            .round()
            .max(1.0) as u64
    }
}

/// `value` of the option `name` as a number above 0.
fn positive(name: &str, value: &str) -> Outcome<f64> {
    match value.parse::<f64>() {
        Ok(number) if number > 0.0 && number.is_finite() => Ok(number),
        _ => Err(format!("{name} takes a number above 0, not `{value}`")),
    }
}

/// The target named `name`.
fn target(name: &str) -> Outcome<&'static str> {
    TARGETS.into_iter().find(|target| *target == name).ok_or_else(|| {
        format!(
            "there is no fuzz target `{name}`: pick one of {}",
            TARGETS.join(", ")
        )
    })
}

#[cfg(test)]
mod tests {
    use super::{FuzzOptions, TARGETS};

    #[test]
    fn reads_minutes_target_and_max_len() {
        assert_eq!(FuzzOptions::parse(&[]), Ok(FuzzOptions::default()));
        let options = FuzzOptions::parse(&["--minutes", "20", "--target", "quotes", "--max-len", "16384"])
            .expect("valid options");
        assert_eq!(options.targets, ["quotes"]);
        assert_eq!(options.max_len, 16_384);
        assert_eq!(options.seconds_each(), 1200);
        assert_eq!(
            FuzzOptions::parse(&["--minutes", "2"]).map(|o| o.seconds_each()),
            Ok(30)
        );
        assert_eq!(FuzzOptions::default().targets, TARGETS);
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        let error = FuzzOptions::parse(&["--target", "nope"]).unwrap_err();
        assert!(
            error.contains("pick one of text, summarize, quotes, reports"),
            "{error}"
        );
        assert!(FuzzOptions::parse(&["--minutes", "-1"]).is_err());
        assert!(FuzzOptions::parse(&["--minutes"]).is_err());
        assert!(FuzzOptions::parse(&["--fast"])
            .unwrap_err()
            .contains("does not take `--fast`"));
    }
}

//! The lowest scores CI accepts, kept in `crates/cli/eval-floors.json`: `{"summaries":
//! {"path.to.figure": floor, ...}, "quotes": {...}}`, where a path names a number in the
//! evaluation's JSON by its keys, joined with dots.

use serde_json::Value;

/// The floors file, parsed.
pub struct Floors(Value);

const FLOORS: &str = include_str!("../../eval-floors.json");

impl Floors {
    /// Reads the floors compiled in from `eval-floors.json`.
    pub fn load() -> Result<Self, String> {
        serde_json::from_str(FLOORS)
            .map(Self)
            .map_err(|error| format!("eval-floors.json is not valid JSON: {error}"))
    }

    /// Every figure of `results` below its floor for evaluation `what`, described.
    pub fn check(&self, what: &str, results: &Value) -> Vec<String> {
        let Some(floors) = self.0.get(what).and_then(Value::as_object) else {
            return Vec::new();
        };
        floors
            .iter()
            .filter_map(|(path, floor)| {
                let floor = floor.as_f64()?;
                let actual = path
                    .split('.')
                    .try_fold(results, |value, key| value.get(key))
                    .and_then(Value::as_f64);
                match actual {
                    Some(actual) if actual >= floor => None,
                    Some(actual) => Some(format!("{path} = {actual:.2}, floor {floor:.2}")),
                    None => Some(format!("{path} is missing from the results")),
                }
            })
            .collect()
    }
}

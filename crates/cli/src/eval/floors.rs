//! The scores CI accepts, kept in `crates/cli/eval-floors.json`: `{"summaries":
//! {"path.to.figure": floor, ...}, "quotes": {...}, "summaries_ceilings": {...}}`, where a
//! path names a number in the evaluation's JSON by its keys, joined with dots. A figure must
//! be at or above its floor, and at or below its ceiling (for rates of faults).

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

    /// Every figure of `results` below its floor or above its ceiling for evaluation `what`, described.
    pub fn check(&self, what: &str, results: &Value) -> Vec<String> {
        let mut failures = Vec::new();
        for (section, is_floor) in [(what.to_owned(), true), (format!("{what}_ceilings"), false)] {
            let Some(limits) = self.0.get(&section).and_then(Value::as_object) else {
                continue;
            };
            for (path, limit) in limits {
                let Some(limit) = limit.as_f64() else {
                    failures.push(format!("{section}.{path} in eval-floors.json is not a number"));
                    continue;
                };
                let actual = path
                    .split('.')
                    .try_fold(results, |value, key| value.get(key))
                    .and_then(Value::as_f64);
                match actual {
                    Some(actual) if (is_floor && actual >= limit) || (!is_floor && actual <= limit) => {}
                    Some(actual) => {
                        let kind = if is_floor { "floor" } else { "ceiling" };
                        failures.push(format!("{path} = {actual:.2}, {kind} {limit:.2}"));
                    }
                    None => failures.push(format!("{path} is missing from the results")),
                }
            }
        }
        failures
    }
}
